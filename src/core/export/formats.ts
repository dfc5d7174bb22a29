import type { Language } from '../model';
import { pick, type Localized } from '../messages/localize';
import { PROSE_DOCUMENTS, type DocumentKind } from './documentModel';

/**
 * Every export format, once: the CLI's `--format` choices and help, the export job's writers, the
 * VS Code picker and its one-click commands all read this table, and a unit test holds package.json's
 * format lists to it, so a new format cannot miss one of them. It imports nothing but the document
 * kinds, so the extension host can read it without pulling a writer (docx, exceljs, markdown-it) into
 * dist/extension.js.
 */

/** The code that turns a proposal into bytes (src/node/exportJob.ts has one per name). */
export type ExportWriter = 'docx' | 'html' | 'pdf' | 'markdown' | 'csv' | 'xlsx' | 'pptx';

export interface ExportFormatSpec {
  readonly id: string;
  /** File name extension, without the dot. */
  readonly extension: string;
  /** The format's name in a sentence ("export as Word, PDF or Excel"). */
  readonly name: Localized;
  /** One line for the picker. */
  readonly description: Localized;
  /** Built from the registers' tables (tabularDocuments.ts), not from the document model. */
  readonly tabular: boolean;
  /** Draws the architecture and timeline diagrams (Mermaid in a browser) into the file. */
  readonly diagrams: boolean;
  /** Printed by Chrome, Edge or Chromium: needs a browser even without diagrams. */
  readonly printed: boolean;
  /** The document kinds that exist in this format, in DOCUMENT_KINDS order. */
  readonly documents: readonly DocumentKind[];
  readonly writer: ExportWriter;
  /** Plain text VS Code opens in an editor tab; anything else opens in its own application. */
  readonly opensAsText: boolean;
  /** The VS Code command that exports the proposal in this format in one click, if there is one. */
  readonly command?: string;
}

/**
 * A CSV holds one table, so it exists for the register documents (and the compliance matrix); an
 * XLSX of the whole proposal holds the three registers as sheets; the demo script has no tabular form.
 */
const REGISTERS = ['requirements', 'plan', 'risks', 'compliance'] as const satisfies readonly DocumentKind[];

/** In the order the picker offers them (after the preferred one) and `--format` lists them. */
export const EXPORT_FORMATS = [
  {
    id: 'docx',
    extension: 'docx',
    name: { en: 'Word', 'zh-CN': 'Word' },
    description: { en: 'Word document', 'zh-CN': 'Word 文档' },
    tabular: false,
    diagrams: true,
    printed: false,
    documents: PROSE_DOCUMENTS,
    writer: 'docx',
    opensAsText: false,
    command: 'presales.exportDocx',
  },
  {
    id: 'pdf',
    extension: 'pdf',
    name: { en: 'PDF', 'zh-CN': 'PDF' },
    description: { en: 'PDF, printed by Chrome, Edge or Chromium', 'zh-CN': 'PDF，由 Chrome、Edge 或 Chromium 打印' },
    tabular: false,
    diagrams: true,
    printed: true,
    documents: PROSE_DOCUMENTS,
    writer: 'pdf',
    opensAsText: false,
    command: 'presales.exportPdf',
  },
  {
    id: 'html',
    extension: 'html',
    name: { en: 'HTML', 'zh-CN': 'HTML' },
    description: { en: 'One self-contained web page', 'zh-CN': '单个独立网页' },
    tabular: false,
    diagrams: true,
    printed: false,
    documents: PROSE_DOCUMENTS,
    writer: 'html',
    opensAsText: false,
    command: 'presales.exportHtml',
  },
  {
    id: 'md',
    extension: 'md',
    name: { en: 'Markdown', 'zh-CN': 'Markdown' },
    description: { en: 'Markdown with Mermaid diagrams', 'zh-CN': '含 Mermaid 图表的 Markdown' },
    // The Mermaid sources go into the file as code blocks: nothing is drawn.
    tabular: false,
    diagrams: false,
    printed: false,
    documents: PROSE_DOCUMENTS,
    writer: 'markdown',
    opensAsText: true,
    command: 'presales.exportMarkdown',
  },
  {
    id: 'csv',
    extension: 'csv',
    name: { en: 'CSV', 'zh-CN': 'CSV' },
    description: { en: 'Comma-separated values (UTF-8)', 'zh-CN': '逗号分隔值（UTF-8）' },
    tabular: true,
    diagrams: false,
    printed: false,
    documents: REGISTERS,
    writer: 'csv',
    opensAsText: true,
  },
  {
    id: 'xlsx',
    extension: 'xlsx',
    name: { en: 'Excel', 'zh-CN': 'Excel' },
    description: { en: 'Excel workbook', 'zh-CN': 'Excel 工作簿' },
    tabular: true,
    diagrams: false,
    printed: false,
    documents: ['proposal', ...REGISTERS],
    writer: 'xlsx',
    opensAsText: false,
  },
  {
    id: 'pptx',
    extension: 'pptx',
    name: { en: 'PowerPoint', 'zh-CN': 'PowerPoint' },
    description: {
      en: 'Editable PowerPoint pitch deck (16:9)',
      'zh-CN': '可编辑的 PowerPoint 演示文稿（16:9）',
    },
    // Native shapes need no browser; the optional picture slide of the Mermaid diagram does.
    tabular: false,
    diagrams: false,
    printed: false,
    documents: ['deck'],
    writer: 'pptx',
    opensAsText: false,
    command: 'presales.exportDeck',
  },
] as const satisfies readonly ExportFormatSpec[];

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['id'];

export const EXPORT_FORMAT_IDS: readonly ExportFormat[] = EXPORT_FORMATS.map((f) => f.id);

/** What `presales export` and `Presales: Export...` use when nothing else is said. */
export const DEFAULT_EXPORT_FORMAT: ExportFormat = 'docx';

const BY_ID: ReadonlyMap<string, ExportFormatSpec> = new Map(EXPORT_FORMATS.map((f) => [f.id, f]));

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && BY_ID.has(value);
}

export function exportFormat(id: ExportFormat): ExportFormatSpec {
  const spec = BY_ID.get(id);
  // Unreachable for a typed id; a clear error beats an undefined read later if a cast lied.
  if (!spec) throw new Error(`unknown export format '${id}'`);
  return spec;
}

/** Whether `doc` exists in `format` (the demo script has no CSV form, the proposal no single CSV). */
export function servesDocument(format: ExportFormat, doc: DocumentKind): boolean {
  return exportFormat(format).documents.includes(doc);
}

/** The format `doc` exports to when none is named: the default if it serves `doc`, else its first. */
export function defaultFormatFor(doc: DocumentKind): ExportFormat {
  return servesDocument(DEFAULT_EXPORT_FORMAT, doc)
    ? DEFAULT_EXPORT_FORMAT
    : (formatsFor(doc)[0] ?? DEFAULT_EXPORT_FORMAT);
}

/** The formats a document can be exported to, in table order. */
export function formatsFor(doc: DocumentKind): ExportFormat[] {
  return EXPORT_FORMAT_IDS.filter((f) => servesDocument(f, doc));
}

/** "Word, PDF, HTML, Markdown, CSV or Excel" / "Word、PDF、HTML、Markdown、CSV 或 Excel". */
export function formatNames(lang: Language): string {
  const names = EXPORT_FORMATS.map((f) => pick(f.name, lang));
  const last = names.pop() ?? '';
  if (names.length === 0) return last;
  return lang === 'zh-CN' ? `${names.join('、')} 或 ${last}` : `${names.join(', ')} or ${last}`;
}
