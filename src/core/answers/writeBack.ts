import { strToU8, zipSync, type Zippable } from 'fflate';
import { customerView } from '../export/customerView';
import { markdownToPlain } from '../export/markdownText';
import { proposalLanguage, type Localized } from '../messages/localize';
import type { Language, Proposal, Requirement, RfpSource } from '../model';
import { bodyTables, rowGrid } from '../ooxml/wordTable';
import {
  childElements,
  descendants,
  escapeXmlAttr,
  escapeXmlText,
  firstChild,
  parseXml,
  textContent,
  XmlError,
  type XmlElement,
} from '../ooxml/xml';
import { openZip, ZipError, type ZipArchive } from '../ooxml/zip';
import { columnFromSpec, columnLetter, parseCellRef } from '../rfp/columns';
import { listSheets, readSharedStrings, workbookPart, type SheetRef } from '../rfp/xlsx';
import { answerMessages as M } from './answerMessages';
import { complianceValue } from './vocabulary';
import { complianceWord, referenceText, refNames } from '../sections/compliance';

/**
 * Writes the proposal's answers into a COPY of the customer's RFP file: the compliance, response and
 * reference cells of every imported row, and nothing else. The sheet (or document) XML is patched by
 * offsets, so every other byte of that part stays; every other part of the package is copied as it
 * was (only the zip container around them is written anew). Values go in as inline strings, so the
 * shared-string table is untouched too. exceljs is never used: it drops data validations on a round
 * trip.
 */

export type AnswerRole = 'compliance' | 'response' | 'reference';

export interface WrittenCell {
  /** `D7` in a workbook, `table 1 row 3 cell 4` in a Word document. */
  where: string;
  role: AnswerRole;
  value: string;
  requirement: string;
}

export interface WriteBackResult {
  bytes: Uint8Array;
  /** The part that was patched (`xl/worksheets/sheet1.xml`, `word/document.xml`). */
  part: string;
  cells: WrittenCell[];
  /** Things the user should know (a value outside the customer's list, a row that is gone). */
  notes: Localized[];
}

export class WriteBackError extends Error {
  constructor(readonly localized: Localized) {
    super(localized.en);
    this.name = 'WriteBackError';
  }
}

/** Excel's limit for one cell's text. */
const MAX_CELL_CHARS = 32_767;
/** Zip timestamps carry no meaning here; a fixed one keeps the output reproducible. */
const MTIME = new Date(Date.UTC(2020, 0, 1));

export interface WriteBackOptions {
  /** The words our statuses are written in when the column has no list; default the proposal's language. */
  lang?: Language;
}

/** Dispatches on `rfp.kind` (or the file's contents). */
export function writeAnswers(bytes: Uint8Array, proposal: Proposal, options: WriteBackOptions = {}): WriteBackResult {
  const kind = proposal.rfp?.kind;
  if (!proposal.rfp) throw new WriteBackError(M.noRfp);
  if (kind === 'csv') throw new WriteBackError(M.unsupportedKind('csv'));
  return kind === 'docx' ? writeDocxAnswers(bytes, proposal, options) : writeXlsxAnswers(bytes, proposal, options);
}

interface Answerable {
  r: Requirement;
  name: string;
  values: Partial<Record<AnswerRole, string>>;
}

/** The values each imported, answered, customer-visible requirement puts in each role's column. */
function answerValues(
  proposal: Proposal,
  lang: Language,
  compliance: (r: Requirement) => string | undefined,
  notes: Localized[],
): Answerable[] {
  // Built from the customer view: internal requirements are gone, refs to internal items dropped.
  const view = customerView(proposal);
  const names = refNames(view);
  for (const r of proposal.requirements ?? [])
    if (r?.internal === true && r.rfp && r.answer) notes.push(M.internalSkipped(r.rfp.id?.trim() || r.id || '?'));
  const out: Answerable[] = [];
  for (const r of view.requirements ?? []) {
    if (!r?.rfp || !r.answer) continue;
    const name = r.rfp.id?.trim() || r.id || '?';
    const values: Partial<Record<AnswerRole, string>> = {};
    const word = compliance(r);
    if (word !== undefined) values.compliance = word;
    const response = markdownToPlain(r.answer.response);
    if (response.trim()) values.response = response;
    const reference = referenceText(r, names, lang);
    if (reference) values.reference = reference;
    out.push({ r, name, values });
  }
  return out;
}

const ANSWER_ROLES: readonly AnswerRole[] = ['compliance', 'response', 'reference'];

/**
 * The 0-based columns (cells of a Word row) the answers go to, named as the importer wrote them; a
 * reference alone is no answer, so one of compliance and response is needed.
 */
function answerColumns(rfp: RfpSource): Array<[AnswerRole, number]> {
  const cols: Array<[AnswerRole, number]> = [];
  for (const role of ANSWER_ROLES) {
    const value = rfp.columns?.[role];
    if (value === undefined) continue;
    const col = columnFromSpec(value);
    if (col === undefined) throw new WriteBackError(M.badColumn(role, String(value)));
    cols.push([role, col]);
  }
  if (!cols.some(([role]) => role !== 'reference')) throw new WriteBackError(M.noAnswerColumns);
  return cols;
}

/** Runs a read of the customer's package: a broken zip or XML part becomes the user's message. */
function reading<T>(broken: (detail: string) => Localized, read: () => T, part?: string): T {
  try {
    return read();
  } catch (e: unknown) {
    if (e instanceof XmlError || e instanceof ZipError)
      throw new WriteBackError(broken(part ? `${part}: ${e.message}` : e.message));
    throw e;
  }
}

/** A part's text and its tree (the tree gives the offsets the text is patched at). */
function readPart(
  zip: ZipArchive,
  part: string,
  broken: (detail: string) => Localized,
): { text: string; root: XmlElement } {
  return reading(
    broken,
    () => {
      const text = zip.readText(part);
      return { text, root: parseXml(text) };
    },
    part,
  );
}

// ---------------------------------------------------------------- XLSX

interface Area {
  c1: number;
  r1: number;
  c2: number;
  r2: number;
}

function parseArea(text: string): Area | undefined {
  const [a, b] = text.split(':');
  const from = a ? parseCellRef(a.trim()) : undefined;
  const to = b ? parseCellRef(b.trim()) : from;
  if (!from || !to) return undefined;
  return {
    c1: Math.min(from.col, to.col),
    r1: Math.min(from.row, to.row),
    c2: Math.max(from.col, to.col),
    r2: Math.max(from.row, to.row),
  };
}

function inArea(at: { col: number; row: number }, a: Area): boolean {
  return at.col >= a.c1 && at.col <= a.c2 && at.row >= a.r1 && at.row <= a.r2;
}

/** The workbook as the importer read it (the same sheets by the same names), shared strings on demand. */
interface Workbook {
  zip: ZipArchive;
  sheets: readonly SheetRef[];
  definedNames: ReadonlyMap<string, string>;
  sharedStrings: () => readonly string[];
}

function readWorkbook(bytes: Uint8Array): Workbook {
  const zip = reading(M.brokenWorkbook, () => openZip(bytes));
  const part = workbookPart(zip);
  if (!zip.has(part)) throw new WriteBackError(M.brokenWorkbook(`no ${part}`));
  const index = reading(M.brokenWorkbook, () => listSheets(zip), part);
  let sst: readonly string[] | undefined;
  const sharedStrings = (): readonly string[] =>
    (sst ??= reading(M.brokenWorkbook, () => readSharedStrings(zip, index.sharedStrings), index.sharedStrings));
  return { zip, sheets: index.sheets, definedNames: index.definedNames, sharedStrings };
}

function cellText(c: XmlElement, sst: () => readonly string[]): string {
  const t = c.attrs['t'];
  if (t === 'inlineStr') {
    const is = firstChild(c, 'is');
    return is ? textContent(is) : '';
  }
  const v = firstChild(c, 'v');
  const raw = v ? textContent(v) : '';
  return t === 's' ? (sst()[Number(raw)] ?? '') : raw;
}

/** The items of a list validation: a literal `"a,b,c"`, a range, another sheet's range, or a defined name. */
function listItems(formula: string, wb: Workbook, sheetRoot: XmlElement): string[] | undefined {
  const f = formula.trim();
  if (f.startsWith('"') && f.endsWith('"'))
    return f
      .slice(1, -1)
      .replace(/""/g, '"')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const named = wb.definedNames.get(f.replace(/^=/, ''));
  const ref = (named ?? f).replace(/^=/, '');
  const bang = ref.lastIndexOf('!');
  const sheetName =
    bang >= 0
      ? ref
          .slice(0, bang)
          .replace(/^'(.*)'$/, '$1')
          .replace(/''/g, "'")
      : undefined;
  const area = parseArea(bang >= 0 ? ref.slice(bang + 1) : ref);
  if (!area) return undefined;
  let root = sheetRoot;
  if (sheetName !== undefined) {
    const sheet = wb.sheets.find((s) => s.name === sheetName);
    if (!sheet || !wb.zip.has(sheet.path)) return undefined;
    root = readPart(wb.zip, sheet.path, M.brokenWorkbook).root;
  }
  const items: string[] = [];
  for (const row of childElements(firstChild(root, 'sheetData') ?? root, 'row'))
    for (const c of childElements(row, 'c')) {
      const at = parseCellRef(c.attrs['r'] ?? '');
      if (at && inArea(at, area)) {
        const text = cellText(c, wb.sharedStrings).trim();
        if (text) items.push(text);
      }
    }
  return items;
}

/** Every list validation of the sheet (the classic ones and Excel 2010's x14 ones in extLst). */
function listValidations(root: XmlElement, wb: Workbook): Array<{ areas: Area[]; items: string[] }> {
  const out: Array<{ areas: Area[]; items: string[] }> = [];
  for (const dv of descendants(root, 'dataValidation')) {
    if (dv.attrs['type'] !== 'list') continue;
    const sqref =
      dv.attrs['sqref'] ?? (firstChild(dv, 'sqref') ? textContent(firstChild(dv, 'sqref') as XmlElement) : '');
    const formula = firstChild(dv, 'formula1');
    if (!formula) continue;
    const items = listItems(textContent(formula), wb, root);
    const areas = sqref
      .split(/\s+/)
      .map(parseArea)
      .filter((a): a is Area => a !== undefined);
    if (items && items.length && areas.length) out.push({ areas, items });
  }
  return out;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

function inlineCell(ref: string, value: string, keep: string): string {
  return `<c r="${ref}"${keep} t="inlineStr"><is><t xml:space="preserve">${escapeXmlText(value)}</t></is></c>`;
}

/** The attributes of an existing cell worth keeping (its style), written as they were. */
function keptAttributes(c: XmlElement | undefined): string {
  if (!c) return '';
  let out = '';
  for (const [k, v] of Object.entries(c.attrs))
    if (k !== 'r' && k !== 't' && k !== 'cm' && k !== 'vm') out += ` ${k}="${escapeXmlAttr(v)}"`;
  return out;
}

export function writeXlsxAnswers(
  bytes: Uint8Array,
  proposal: Proposal,
  options: WriteBackOptions = {},
): WriteBackResult {
  const rfp = proposal.rfp;
  if (!rfp) throw new WriteBackError(M.noRfp);
  const lang = options.lang ?? proposalLanguage(proposal);
  const cols = answerColumns(rfp);
  const wb = readWorkbook(bytes);
  const sheet = rfp.sheet !== undefined ? wb.sheets.find((s) => s.name === rfp.sheet) : wb.sheets[0];
  if (!sheet || !wb.zip.has(sheet.path)) throw new WriteBackError(M.noSheet(rfp.sheet ?? '1'));
  const { text, root } = readPart(wb.zip, sheet.path, M.brokenWorkbook);
  const sheetData = firstChild(root, 'sheetData');
  if (!sheetData) throw new WriteBackError(M.brokenWorkbook(`${sheet.path} has no sheetData`));
  const validations = listValidations(root, wb);
  const complianceCol = cols.find(([role]) => role === 'compliance')?.[1];
  const notes: Localized[] = [];
  const rows = new Map<number, XmlElement>();
  for (const row of childElements(sheetData, 'row')) rows.set(Number(row.attrs['r']), row);

  const listFor = (ref: { col: number; row: number }): string[] | undefined =>
    validations.find((v) => v.areas.some((a) => inArea(ref, a)))?.items;
  const answerable = answerValues(
    proposal,
    lang,
    (r) => {
      if (r.answer?.status === undefined || complianceCol === undefined || !r.rfp?.row) return undefined;
      const at = { col: complianceCol, row: r.rfp.row };
      const list = listFor(at);
      const chosen = complianceValue(r.answer, lang, list);
      if (chosen.outsideList && list) notes.push(M.outsideList(`${columnLetter(at.col)}${at.row}`, chosen.text, list));
      return chosen.text;
    },
    notes,
  );

  const edits: Edit[] = [];
  const cells: WrittenCell[] = [];
  /** New rows to insert, by row number (rows the sheet does not have at all). */
  const newRows = new Map<number, Array<{ col: number; xml: string }>>();
  for (const a of answerable) {
    const rowNumber = a.r.rfp?.row;
    if (rowNumber === undefined || !Number.isInteger(rowNumber) || rowNumber < 1) {
      notes.push(M.missingRow(a.name, 'rfp.row'));
      continue;
    }
    const row = rows.get(rowNumber);
    const existing = new Map<number, XmlElement>();
    for (const c of row ? childElements(row, 'c') : []) {
      const at = parseCellRef(c.attrs['r'] ?? '');
      if (at) existing.set(at.col, c);
    }
    const inserts: Array<{ col: number; xml: string }> = [];
    for (const [role, col] of cols) {
      let value = a.values[role];
      if (value === undefined) continue;
      const ref = `${columnLetter(col)}${rowNumber}`;
      if (value.length > MAX_CELL_CHARS) {
        value = value.slice(0, MAX_CELL_CHARS);
        notes.push(M.truncated(ref));
      }
      const c = existing.get(col);
      const xml = inlineCell(ref, value, keptAttributes(c));
      if (c) edits.push({ start: c.start, end: c.end, text: xml });
      else inserts.push({ col, xml });
      cells.push({ where: ref, role, value, requirement: a.name });
    }
    if (!inserts.length) continue;
    if (!row) {
      newRows.set(rowNumber, inserts);
      continue;
    }
    // Cells must stay in column order inside their row.
    const sorted = [...existing.entries()].sort((x, y) => x[0] - y[0]);
    for (const ins of inserts.sort((x, y) => x.col - y.col)) {
      const next = sorted.find(([col]) => col > ins.col)?.[1];
      if (next) edits.push({ start: next.start, end: next.start, text: ins.xml });
      else if (row.selfClosing)
        edits.push({ start: row.start, end: row.end, text: `${text.slice(row.start, row.end - 2)}>${ins.xml}</row>` });
      else edits.push({ start: row.closeStart, end: row.closeStart, text: ins.xml });
    }
  }
  const rowNumbers = [...rows.keys()].sort((x, y) => x - y);
  for (const [rowNumber, inserts] of [...newRows.entries()].sort((x, y) => x[0] - y[0])) {
    const xml = `<row r="${rowNumber}">${inserts
      .sort((x, y) => x.col - y.col)
      .map((i) => i.xml)
      .join('')}</row>`;
    const following = rowNumbers.find((r) => r > rowNumber);
    const next = following === undefined ? undefined : rows.get(following);
    if (next) edits.push({ start: next.start, end: next.start, text: xml });
    else if (sheetData.selfClosing)
      edits.push({ start: sheetData.start, end: sheetData.end, text: `<sheetData>${xml}</sheetData>` });
    else edits.push({ start: sheetData.closeStart, end: sheetData.closeStart, text: xml });
  }
  const patched = applyEdits(text, edits);
  return { bytes: repackage(wb.zip, sheet.path, patched), part: sheet.path, cells, notes };
}

/** Applies non-overlapping edits; insertions at one offset keep the order they were made in. */
function applyEdits(text: string, edits: Edit[]): string {
  const ordered = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of ordered) {
    out += text.slice(at, e.start) + e.text;
    at = Math.max(at, e.end);
  }
  return out + text.slice(at);
}

/** The package again: every part's bytes as they were, one part replaced. */
function repackage(zip: ZipArchive, part: string, text: string): Uint8Array {
  const files: Zippable = {};
  for (const entry of zip.entries) {
    if (entry.name.endsWith('/')) continue;
    const data = entry.name === part ? strToU8(text) : zip.read(entry.name);
    files[entry.name] = [data, { level: 6, mtime: MTIME }];
  }
  return zipSync(files);
}

// ---------------------------------------------------------------- DOCX

/** A cell's new content: its properties kept, one paragraph per line in the first paragraph's and run's formatting. */
function docxCellContent(text: string, tc: XmlElement, value: string): string {
  const slice = (e: XmlElement | undefined): string => (e ? text.slice(e.start, e.end) : '');
  const tcPr = firstChild(tc, 'tcPr');
  const p = firstChild(tc, 'p');
  const pPr = p ? firstChild(p, 'pPr') : undefined;
  const run = p ? descendants(p, 'r')[0] : undefined;
  const rPr = run ? firstChild(run, 'rPr') : undefined;
  const paragraphs = value
    .split('\n')
    .map(
      (line) =>
        `<w:p>${slice(pPr)}<w:r>${slice(rPr)}<w:t xml:space="preserve">${escapeXmlText(line)}</w:t></w:r></w:p>`,
    )
    .join('');
  return `${slice(tcPr)}${paragraphs}`;
}

/** A row's cells by the 0-based grid column the importer numbered them with (a spanning cell answers for each). */
function cellsByGridColumn(tr: XmlElement): Map<number, XmlElement> {
  const out = new Map<number, XmlElement>();
  for (const { tc, col, span } of rowGrid(tr).cells) for (let k = 0; k < span; k++) out.set(col + k, tc);
  return out;
}

export function writeDocxAnswers(
  bytes: Uint8Array,
  proposal: Proposal,
  options: WriteBackOptions = {},
): WriteBackResult {
  const rfp = proposal.rfp;
  if (!rfp) throw new WriteBackError(M.noRfp);
  const lang = options.lang ?? proposalLanguage(proposal);
  const cols = answerColumns(rfp);
  const zip = reading(M.brokenDocument, () => openZip(bytes));
  const part = 'word/document.xml';
  if (!zip.has(part)) throw new WriteBackError(M.brokenDocument('no word/document.xml'));
  const { text, root } = readPart(zip, part, M.brokenDocument);
  const body = firstChild(root, 'body') ?? root;
  const tables = bodyTables(body);
  const rowsOf = new Map<XmlElement, XmlElement[]>();
  const tableRows = (table: XmlElement): XmlElement[] => {
    let rows = rowsOf.get(table);
    if (!rows) rowsOf.set(table, (rows = childElements(table, 'tr')));
    return rows;
  };
  const notes: Localized[] = [];
  const answerable = answerValues(
    proposal,
    lang,
    (r) => (r.answer?.status === undefined ? undefined : complianceWord(r.answer, lang)),
    notes,
  );
  const edits: Edit[] = [];
  const cells: WrittenCell[] = [];
  for (const a of answerable) {
    const tableNo = a.r.rfp?.table ?? rfp.table ?? 1;
    const rowNo = a.r.rfp?.row;
    const table = tables[tableNo - 1];
    const row = table && rowNo !== undefined ? tableRows(table)[rowNo - 1] : undefined;
    if (!row) {
      notes.push(M.missingRow(a.name, `table ${tableNo} row ${rowNo ?? '?'}`));
      continue;
    }
    const tcs = cellsByGridColumn(row);
    for (const [role, col] of cols) {
      const value = a.values[role];
      if (value === undefined) continue;
      const where = `table ${tableNo} row ${rowNo ?? '?'} cell ${col + 1}`;
      const tc = tcs.get(col);
      if (!tc) {
        notes.push(M.missingRow(a.name, where));
        continue;
      }
      const content = docxCellContent(text, tc, value);
      if (tc.selfClosing) edits.push({ start: tc.start, end: tc.end, text: `<${tc.name}>${content}</${tc.name}>` });
      else edits.push({ start: tc.openEnd, end: tc.closeStart, text: content });
      cells.push({ where, role, value, requirement: a.name });
    }
  }
  return { bytes: repackage(zip, part, applyEdits(text, edits)), part, cells, notes };
}
