/** What an import records in the proposal's top-level `rfp`, and how columns are named to the user. */
import type { RfpColumns, RfpKind, RfpSource } from '../model';
import { columnLetter } from './columns';
import { RFP_ROLES, type RfpImport } from './types';

/** Column letters for XLSX and CSV, 1-based cell indices for DOCX. */
export function columnName(kind: RfpKind, col: number): string {
  return kind === 'docx' ? String(col + 1) : columnLetter(col);
}

export function rfpSourceFor(detected: RfpImport, file: string, importedAt: string, version?: string): RfpSource {
  const columns: RfpColumns = {};
  for (const role of RFP_ROLES) {
    const col = detected.columns[role];
    if (col !== undefined) columns[role] = detected.kind === 'docx' ? col + 1 : columnLetter(col);
  }
  return {
    file,
    kind: detected.kind,
    ...(detected.kind === 'xlsx' && detected.grid ? { sheet: detected.grid } : {}),
    ...(detected.table !== undefined ? { table: detected.table } : {}),
    ...(detected.headerRow > 0 ? { headerRow: detected.headerRow } : {}),
    columns,
    ...(version ? { version } : {}),
    importedAt,
  };
}
