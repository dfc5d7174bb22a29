/**
 * From a grid of cells to requirements: find the header row (not always row 1; one or two rows),
 * give columns their roles from the header words (or the user's overrides), then walk the rows:
 * section heading rows set the section, requirement rows become items with the customer's id and
 * wording verbatim and their source row.
 */
import { localized } from '../messages/localize';
import { columnFromSpec, columnLetter, detectRoles, markOf, priorityOf, roleScore, textHash } from './columns';
import { rfpIssues } from './rfpMessages';
import {
  RFP_ROLES,
  type GridRow,
  type RfpGrid,
  type RfpImport,
  type RfpIssue,
  type RfpItem,
  type RfpReadOptions,
  type RfpRole,
  type RoleColumns,
} from './types';

/** Rows looked at when searching for the header. */
const HEADER_SEARCH_ROWS = 30;

interface Header {
  /** Index into grid.rows of the (first) header row, -1 when none. */
  readonly index: number;
  readonly rows: number;
  /** Label parts per column, bottom row first. */
  readonly labels: string[][];
}

function nonEmptyCount(row: GridRow): number {
  let n = 0;
  for (const c of row.cells) if (c.trim()) n++;
  return n;
}

function rowRoleScore(row: GridRow, hidden: ReadonlySet<number>): number {
  const roles = new Set<RfpRole>();
  let total = 0;
  row.cells.forEach((c, col) => {
    if (hidden.has(col) || !c.trim() || c.length > 60) return;
    let best = 0;
    let bestRole: RfpRole | undefined;
    for (const role of RFP_ROLES) {
      const s = roleScore(c, role);
      if (s > best) {
        best = s;
        bestRole = role;
      }
    }
    if (bestRole && !roles.has(bestRole)) {
      roles.add(bestRole);
      total += best;
    }
  });
  return roles.size >= 2 && (roles.has('text') || roles.has('id')) ? total : 0;
}

function distinctValues(row: GridRow, hidden: ReadonlySet<number>): string[] {
  const seen = new Set<string>();
  row.cells.forEach((c, col) => {
    const t = c.trim();
    if (t && !hidden.has(col)) seen.add(t);
  });
  return [...seen];
}

/**
 * Whether `next` is the second row of a header starting at `top`: directly below, short labels,
 * and the top row has a cell merged across columns over different labels (a group heading) or
 * labels repeated by vertical merges while the lower row adds role words.
 */
function isTwoRowHeader(top: GridRow, next: GridRow): boolean {
  if (next.row !== top.row + 1 || next.repeatedHeader || top.spansAll) return false;
  if (!next.cells.every((c) => c.length <= 60)) return false;
  let groupBelow = false;
  let repeats = 0;
  let newRoleWords = 0;
  top.cells.forEach((c, col) => {
    const below = next.cells[col] ?? '';
    if (c && below === c) repeats++;
    if (c && below && below !== c && (top.cells[col - 1] === c || top.cells[col + 1] === c)) groupBelow = true;
    if (below && below !== c && RFP_ROLES.some((r) => roleScore(below, r) > 0)) newRoleWords++;
  });
  return groupBelow || (repeats > 0 && newRoleWords > 0);
}

function findHeader(grid: RfpGrid, hidden: ReadonlySet<number>, headerRow: number | undefined): Header {
  let index = -1;
  if (headerRow !== undefined) {
    index = grid.rows.findIndex((r) => r.row >= headerRow);
  } else {
    let best = 0;
    const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
    for (let i = 0; i < limit; i++) {
      const row = grid.rows[i];
      if (!row) continue;
      const score = rowRoleScore(row, hidden);
      if (score > best) {
        best = score;
        index = i;
      }
    }
  }
  if (!grid.rows[index]) return { index: -1, rows: 0, labels: [] };
  // The best-scoring row may be the lower row of a two-row header: start at the upper one then.
  const above = grid.rows[index - 1];
  const found = grid.rows[index];
  if (headerRow === undefined && above && found && isTwoRowHeader(above, found)) index--;
  const top = grid.rows[index];
  if (!top) return { index: -1, rows: 0, labels: [] };
  const next = grid.rows[index + 1];
  const rows = next && isTwoRowHeader(top, next) ? 2 : 1;
  const labels: string[][] = [];
  for (let col = 0; col < grid.columnCount; col++) {
    const parts: string[] = [];
    const bottom = rows === 2 ? (grid.rows[index + 1]?.cells[col] ?? '').trim() : '';
    const upper = (top.cells[col] ?? '').trim();
    if (bottom) parts.push(bottom);
    if (upper && upper !== bottom) parts.push(upper);
    labels.push(parts);
  }
  return { index, rows, labels };
}

/** A heading such as "4.2 Security", "二、功能要求", "第三章 技术要求", "A. General". */
const HEADING =
  /^(\d+(\.\d+)*\.?[\s\u3000]+\S|[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百\d]+[章节部分篇]|[A-Z][.)][\s]+\S)/;

function resolveOverrides(overrides: RfpReadOptions['columns'], grid: RfpGrid, issues: RfpIssue[]): RoleColumns {
  const out: RoleColumns = {};
  if (!overrides) return out;
  for (const role of RFP_ROLES) {
    const v = overrides[role];
    if (v === undefined) continue;
    const col = columnFromSpec(v);
    if (col === undefined) continue;
    if (col >= grid.columnCount)
      issues.push({ code: 'unknown-column', message: rfpIssues.unknownColumn(grid.name, role, String(v)) });
    out[role] = col;
  }
  return out;
}

function isRepeatedHeader(row: GridRow, header: GridRow | undefined, roles: RoleColumns): boolean {
  if (row.repeatedHeader) return true;
  if (!header) return false;
  let same = 0;
  let total = 0;
  for (const role of RFP_ROLES) {
    const col = roles[role];
    if (col === undefined) continue;
    const h = (header.cells[col] ?? '').trim();
    if (!h) continue;
    total++;
    if ((row.cells[col] ?? '').trim() === h) same++;
  }
  return total > 0 && same >= Math.max(2, Math.ceil(total / 2));
}

/** Reads the requirements of one grid. */
export function readGrid(grid: RfpGrid, options: RfpReadOptions, gridNames: readonly string[]): RfpImport {
  const issues: RfpIssue[] = [];
  const hidden = new Set(grid.hiddenColumns);
  const header = findHeader(grid, hidden, options.headerRow);
  if (header.index < 0 && options.headerRow === undefined)
    issues.push({ code: 'no-header', message: rfpIssues.noHeader(grid.name) });
  const headerIndex = header.index < 0 ? 0 : header.index;
  const labels =
    header.index < 0 ? (grid.rows[0]?.cells ?? []).map((c) => (c.trim() ? [c.trim()] : [])) : header.labels;
  const overrides = resolveOverrides(options.columns, grid, issues);
  // Columns the user named keep only the role given; the others are detected around them.
  const skip = new Set<number>([...hidden, ...Object.values(overrides)]);
  const detected = detectRoles(labels, skip);
  const roles: RoleColumns = {};
  for (const role of RFP_ROLES) {
    const col = overrides[role] ?? detected[role];
    if (col !== undefined) roles[role] = col;
  }
  const firstData = header.index < 0 ? (options.headerRow === undefined ? 1 : 0) : headerIndex + header.rows;
  const dataRows = grid.rows.slice(firstData);

  if (roles.text === undefined) {
    // The column with the longest texts, among those without a role.
    const used = new Set(Object.values(roles));
    let best = -1;
    let bestLen = 0;
    for (let col = 0; col < grid.columnCount; col++) {
      if (used.has(col) || hidden.has(col)) continue;
      let len = 0;
      for (const r of dataRows.slice(0, 200)) len += (r.cells[col] ?? '').length;
      if (len > bestLen) {
        bestLen = len;
        best = col;
      }
    }
    if (best >= 0) {
      roles.text = best;
      issues.push({
        code: 'no-text-column',
        message: rfpIssues.noTextColumn(grid.name, grid.kind === 'docx' ? String(best + 1) : columnLetter(best)),
      });
    }
  }

  const cell = (row: GridRow, role: RfpRole): string => {
    const col = roles[role];
    return col === undefined ? '' : (row.cells[col] ?? '');
  };
  const headerTop = header.index < 0 ? undefined : grid.rows[header.index];
  const items: RfpItem[] = [];
  const missingId: number[] = [];
  let section: string | undefined;
  for (let i = 0; i < dataRows.length; i++) {
    const row = dataRows[i];
    if (!row || nonEmptyCount(row) === 0) continue;
    if (isRepeatedHeader(row, headerTop, roles)) continue;
    const values = distinctValues(row, hidden);
    const text = cell(row, 'text');
    const id = cell(row, 'id').trim();
    if (values.length === 1) {
      const v = values[0] ?? '';
      const inTextOnly = text.trim() === v && !id;
      if (row.spansAll || !text.trim() || (HEADING.test(v) && v.length <= 80 && !inTextOnly)) {
        section = v;
        continue;
      }
    }
    // "4.2" + "Security" with nothing else, and the next ids start with "4.2.": a heading row.
    if (id && text.trim() && text.length <= 80 && !cell(row, 'priority').trim()) {
      let nextId = '';
      for (let j = i + 1; j < dataRows.length && !nextId; j++) {
        const r = dataRows[j];
        if (r) nextId = cell(r, 'id').trim();
      }
      if (nextId.startsWith(`${id}.`) && values.length === 2) {
        section = `${id} ${text.trim()}`;
        continue;
      }
    }
    if (!text.trim()) continue;
    if (!id) missingId.push(row.row);
    const mark = markOf(text) ?? markOf(id) ?? markOf(cell(row, 'priority'));
    const priority = priorityOf(cell(row, 'priority')) ?? (mark === '★' ? 'must' : mark === '▲' ? 'should' : undefined);
    const ownSection = cell(row, 'section').trim() || section || row.heading;
    const item: RfpItem = {
      id,
      text,
      row: row.row,
      textHash: textHash(text),
      ...(ownSection ? { section: ownSection } : {}),
      ...(priority ? { priority } : {}),
      ...(mark ? { mark } : {}),
      ...(row.table !== undefined ? { table: row.table } : {}),
      ...(cell(row, 'compliance').trim() ? { compliance: cell(row, 'compliance') } : {}),
      ...(cell(row, 'response').trim() ? { response: cell(row, 'response') } : {}),
      ...(cell(row, 'reference').trim() ? { reference: cell(row, 'reference') } : {}),
    };
    items.push(item);
  }

  if (missingId.length > 0) issues.push({ code: 'missing-id', message: rfpIssues.missingId(grid.name, missingId) });
  const counts = new Map<string, number>();
  for (const it of items) if (it.id) counts.set(it.id, (counts.get(it.id) ?? 0) + 1);
  const dups = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  if (dups.length > 0) issues.push({ code: 'duplicate-id', message: rfpIssues.duplicateId(grid.name, dups) });
  const usedCols = new Set(Object.values(roles));
  const idleHidden = grid.hiddenColumns.filter((c) => !usedCols.has(c));
  if (idleHidden.length > 0)
    issues.push({ code: 'hidden-columns', message: rfpIssues.hiddenColumns(grid.name, idleHidden.map(columnLetter)) });
  if (grid.truncatedRows > 0)
    issues.push({
      code: 'rows-truncated',
      message: rfpIssues.rowsTruncated(grid.name, grid.rows.length, grid.truncatedRows),
    });
  if (grid.longCells.length > 0)
    issues.push({
      code: 'cell-truncated',
      message: rfpIssues.cellTruncated(grid.name, grid.longCells, options.maxCellChars ?? 32_767),
    });

  const headerRowNumber =
    header.index < 0 ? (options.headerRow ?? grid.rows[0]?.row ?? 0) : (grid.rows[header.index]?.row ?? 0);
  return {
    kind: grid.kind,
    grids: gridNames,
    grid: grid.name,
    ...(grid.table !== undefined ? { table: grid.table } : {}),
    headerRow: headerRowNumber,
    headerRows: header.index < 0 ? 1 : header.rows,
    columns: roles,
    columnLabels: labels.map((parts) => [...parts].reverse().join(' / ')),
    hiddenColumns: grid.hiddenColumns,
    items,
    candidates: [],
    issues,
  };
}

/** How promising a grid looks as the requirement table (for choosing a sheet). */
export function gridScore(grid: RfpGrid): number {
  const hidden = new Set(grid.hiddenColumns);
  let best = 0;
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = grid.rows[i];
    if (row) best = Math.max(best, rowRoleScore(row, hidden));
  }
  return best * 1000 + Math.min(grid.rows.length, 999);
}

/** Each role's name, for previews and pickers. */
export const ROLE_LABELS: Record<RfpRole, ReturnType<typeof localized>> = {
  id: localized('Customer id', '客户编号'),
  section: localized('Section', '章节'),
  text: localized('Requirement', '需求'),
  priority: localized('Priority', '优先级'),
  compliance: localized('Compliance', '偏离情况'),
  response: localized('Response', '投标响应'),
  reference: localized('Reference', '说明'),
};
