/**
 * Every user-visible text of the RFP importer, in English and Simplified Chinese. A refused file
 * throws `RfpImportError` (what is wrong and what to do); a finished import carries `RfpIssue`s.
 */
import { localized, type Localized } from '../messages/localize';

export type RfpErrorReason =
  | 'xls-binary'
  | 'encrypted'
  | 'pdf'
  | 'unknown-kind'
  | 'zip-bomb'
  | 'xml-entities'
  | 'corrupt'
  | 'no-sheet'
  | 'no-table'
  | 'no-requirements'
  | 'bad-column';

export class RfpImportError extends Error {
  constructor(
    readonly reason: RfpErrorReason,
    readonly text: Localized,
  ) {
    super(text.en);
    this.name = 'RfpImportError';
  }
}

export const rfpErrors = {
  xlsBinary: (file: string): Localized =>
    localized(
      `${file} is an old binary Excel 97-2003 file (.xls), which cannot be read. Open it in Excel or LibreOffice and save it as an Excel Workbook (.xlsx), then import that file.`,
      `${file} 是旧版 Excel 97-2003 二进制文件（.xls），无法读取。请在 Excel 或 LibreOffice 中打开并另存为 Excel 工作簿（.xlsx），再导入该文件。`,
    ),
  encrypted: (file: string): Localized =>
    localized(
      `${file} is password-protected (encrypted). Open it, remove the password (File > Info > Protect > Encrypt with Password, clear it) and save a copy as .xlsx or .docx, then import the copy.`,
      `${file} 受密码保护（已加密）。请打开文件，删除密码（文件 > 信息 > 保护 > 用密码进行加密，清空）并另存一份 .xlsx 或 .docx 副本，再导入该副本。`,
    ),
  pdf: (file: string): Localized =>
    localized(
      `${file} is a PDF, which has no table structure to import. Ask the customer for the Word or Excel original, or export the requirement table to .xlsx and import that.`,
      `${file} 是 PDF 文件，没有可导入的表格结构。请向客户索取 Word 或 Excel 原件，或将需求表导出为 .xlsx 后再导入。`,
    ),
  unknownKind: (file: string): Localized =>
    localized(
      `${file} is not an XLSX, CSV or DOCX file. Save the requirements as .xlsx, .csv or .docx and import that.`,
      `${file} 不是 XLSX、CSV 或 DOCX 文件。请将需求另存为 .xlsx、.csv 或 .docx 后再导入。`,
    ),
  zipBomb: (file: string, detail: string): Localized =>
    localized(
      `${file} was refused: it would unpack to more data than an RFP can hold (${detail}). This is how a zip bomb looks; if the file is genuine, save it again from Excel or Word.`,
      `已拒绝 ${file}：解压后的数据量超出招标文件的合理范围（${detail}），这是压缩炸弹的特征；如果文件确实无误，请在 Excel 或 Word 中重新保存。`,
    ),
  xmlEntities: (file: string, part: string): Localized =>
    localized(
      `${file} was refused: its part ${part} declares a DOCTYPE (XML entities), which Office files never do. Entities are not expanded; save the file again from Excel or Word.`,
      `已拒绝 ${file}：其中的 ${part} 声明了 DOCTYPE（XML 实体），正常的 Office 文件不会这样做。不会展开实体；请在 Excel 或 Word 中重新保存该文件。`,
    ),
  corrupt: (file: string, detail: string): Localized =>
    localized(
      `${file} could not be read: ${detail}. Open it in Excel, Word or LibreOffice and save it again.`,
      `无法读取 ${file}：${detail}。请在 Excel、Word 或 LibreOffice 中打开并重新保存。`,
    ),
  noSheet: (file: string, sheet: string, sheets: readonly string[]): Localized =>
    localized(
      `${file} has no sheet or table "${sheet}". It has: ${sheets.join(', ') || '(none)'}.`,
      `${file} 中没有名为“${sheet}”的工作表或表格。现有：${sheets.join('、') || '（无）'}。`,
    ),
  noTable: (file: string): Localized =>
    localized(
      `${file} holds no table of requirements (no sheet with cells, no Word table).`,
      `${file} 中没有需求表格（没有含数据的工作表，也没有 Word 表格）。`,
    ),
  noRequirements: (file: string, grid: string): Localized =>
    localized(
      `No requirement rows were found in ${file} (${grid}). Check the header row and the requirement column (--header-row, --columns text=C).`,
      `在 ${file}（${grid}）中未找到需求行。请检查表头行和需求列（--header-row、--columns text=C）。`,
    ),
  badColumn: (value: string): Localized =>
    localized(
      `"${value}" is not a column: use a letter (A to XFD) or a 1-based number.`,
      `“${value}”不是有效的列：请使用列字母（A 到 XFD）或从 1 开始的序号。`,
    ),
};

export const rfpIssues = {
  rowsTruncated: (grid: string, kept: number, cut: number): Localized =>
    localized(
      `${grid}: only the first ${kept} rows were read; ${cut} more rows were left out (the row limit). Split the sheet to import the rest.`,
      `${grid}：只读取了前 ${kept} 行，其余 ${cut} 行因超出行数上限未导入。请拆分工作表后导入其余部分。`,
    ),
  cellTruncated: (grid: string, cells: readonly string[], max: number): Localized =>
    localized(
      `${grid}: ${cells.length} cell(s) longer than ${max} characters were cut to that length (${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ', ...' : ''}).`,
      `${grid}：有 ${cells.length} 个单元格超过 ${max} 个字符，已截断（${cells.slice(0, 5).join('、')}${cells.length > 5 ? '……' : ''}）。`,
    ),
  noHeader: (grid: string): Localized =>
    localized(
      `${grid}: no header row with known column names was found; the first row is used as the header. Give --header-row and --columns if this is wrong.`,
      `${grid}：未找到含已知列名的表头行，已将第一行作为表头。如有误，请指定 --header-row 和 --columns。`,
    ),
  noTextColumn: (grid: string, column: string): Localized =>
    localized(
      `${grid}: no requirement column was recognised by its header; column ${column} (the longest texts) is used.`,
      `${grid}：未能根据表头识别需求列，已使用文字最长的 ${column} 列。`,
    ),
  missingId: (grid: string, rows: readonly number[]): Localized =>
    localized(
      `${grid}: ${rows.length} requirement row(s) have no customer id (row ${rows.slice(0, 5).join(', ')}${rows.length > 5 ? ', ...' : ''}); ids are made from the row number.`,
      `${grid}：有 ${rows.length} 行需求没有客户编号（第 ${rows.slice(0, 5).join('、')}${rows.length > 5 ? '……' : ''} 行），已按行号生成编号。`,
    ),
  duplicateId: (grid: string, ids: readonly string[]): Localized =>
    localized(
      `${grid}: the customer uses the same id on more than one row: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', ...' : ''}.`,
      `${grid}：客户在多行中使用了相同的编号：${ids.slice(0, 5).join('、')}${ids.length > 5 ? '……' : ''}。`,
    ),
  hiddenColumns: (grid: string, columns: readonly string[]): Localized =>
    localized(
      `${grid}: hidden column(s) ${columns.join(', ')} were not given a role (name them in --columns to use them).`,
      `${grid}：隐藏列 ${columns.join('、')} 未分配角色（如需使用，请在 --columns 中指定）。`,
    ),
  unknownColumn: (grid: string, role: string, column: string): Localized =>
    localized(
      `${grid}: column ${column} given for ${role} is beyond the table's last column.`,
      `${grid}：为 ${role} 指定的列 ${column} 超出了表格的最后一列。`,
    ),
};
