/**
 * What the RFP importer reads out of a customer's file, before anything becomes a requirement.
 * Readers for each file kind (xlsx.ts, csv.ts, docx.ts) produce `RfpGrid`s; `table.ts` finds the
 * header, the column roles and the sections in a grid and yields `RfpItem`s.
 */
import type { Localized } from '../messages/localize';
import type { Priority, RfpKind, RfpMark } from '../model';

export const RFP_ROLES = ['id', 'section', 'text', 'priority', 'compliance', 'response', 'reference'] as const;
export type RfpRole = (typeof RFP_ROLES)[number];

/** A role -> 0-based column index map. */
export type RoleColumns = Partial<Record<RfpRole, number>>;

export interface GridRow {
  /** 1-based: sheet row (XLSX), record number (CSV), row within its table (DOCX). */
  readonly row: number;
  /** DOCX: 1-based index of the table among the body's tables. */
  readonly table?: number;
  /** Cell texts by 0-based column; merged ranges already filled with their value. */
  readonly cells: readonly string[];
  /** True when one merged cell spans every column of the row (a heading row). */
  readonly spansAll?: boolean;
  /** DOCX: a header row Word repeats on each page (w:tblHeader) or the repeated header of a continued table. */
  readonly repeatedHeader?: boolean;
  /** DOCX: the nearest heading paragraph above the table. */
  readonly heading?: string;
}

/** One table of cells: a sheet, a CSV file, or a DOCX table (continued tables joined). */
export interface RfpGrid {
  readonly kind: RfpKind;
  /** Sheet name (XLSX), 'CSV', or 'Table N' (DOCX). */
  readonly name: string;
  /** DOCX: 1-based index of the first table of the group. */
  readonly table?: number;
  /** Non-empty rows in order. */
  readonly rows: readonly GridRow[];
  readonly columnCount: number;
  /** 0-based indices of hidden columns (XLSX). */
  readonly hiddenColumns: readonly number[];
  /** Rows left out after the row cap. */
  readonly truncatedRows: number;
  /** Cells cut to the cell-size cap, as "B12" style locations. */
  readonly longCells: readonly string[];
}

export interface RfpItem {
  /** The customer's id, verbatim (may be empty when the table has none). */
  readonly id: string;
  readonly section?: string;
  /** The customer's wording, verbatim. */
  readonly text: string;
  readonly priority?: Priority;
  readonly mark?: RfpMark;
  readonly row: number;
  readonly table?: number;
  readonly paragraph?: number;
  readonly textHash: string;
  /** What the customer's compliance, response and reference cells already hold. */
  readonly compliance?: string;
  readonly response?: string;
  readonly reference?: string;
}

export type RfpIssueCode =
  | 'rows-truncated'
  | 'cell-truncated'
  | 'no-header'
  | 'no-text-column'
  | 'missing-id'
  | 'duplicate-id'
  | 'hidden-columns'
  | 'unknown-column';

/** Something the user should know about the import; the import still went ahead. */
export interface RfpIssue {
  readonly code: RfpIssueCode;
  readonly message: Localized;
}

/** What was detected in one grid, and the items read from it. */
export interface RfpImport {
  readonly kind: RfpKind;
  /** Every sheet (XLSX) or table group (DOCX) name, to choose from. */
  readonly grids: readonly string[];
  /** The grid read. */
  readonly grid: string;
  /** DOCX: 1-based index of the first table read. */
  readonly table?: number;
  /** 1-based first header row (0 when no header was found). */
  readonly headerRow: number;
  /** 1 or 2 header rows. */
  readonly headerRows: number;
  readonly columns: RoleColumns;
  /** Header label of each column (two-row headers joined with " / "). */
  readonly columnLabels: readonly string[];
  readonly hiddenColumns: readonly number[];
  readonly items: readonly RfpItem[];
  /** DOCX prose sentences with shall / must / 应 / 须, for the user to confirm. */
  readonly candidates: readonly RfpItem[];
  readonly issues: readonly RfpIssue[];
}

export interface RfpReadOptions {
  /** XLSX sheet name or DOCX table group name ('Table 3') to read. */
  readonly sheet?: string;
  /** 1-based header row to use instead of detecting it. */
  readonly headerRow?: number;
  /** Role -> column letter ('C') or 1-based index overrides. */
  readonly columns?: Partial<Record<RfpRole, string | number>>;
  /** Most data rows read from one grid. */
  readonly maxRows?: number;
  /** Longest cell kept (characters); longer ones are cut with an issue. */
  readonly maxCellChars?: number;
}

export const DEFAULT_MAX_ROWS = 100_000;
/** Excel's own limit for one cell. */
export const DEFAULT_MAX_CELL_CHARS = 32_767;
