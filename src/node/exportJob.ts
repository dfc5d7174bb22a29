import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { checkProposal } from '../core/check';
import type { Diagnostic } from '../core/diagnostic';
import { toCsv } from '../core/export/csv';
import { buildDocument } from '../core/export/documents';
import { diagramSources, tabularKinds, type DiagramSource, type DocumentKind, type RenderedDiagram } from '../core/export/documentModel';
import { toDocx } from '../core/export/docx';
import { toHtml } from '../core/export/html';
import { toMarkdown } from '../core/export/markdown';
import { tablesFor } from '../core/export/tabularDocuments';
import { toXlsx } from '../core/export/xlsx';
import type { Localized } from '../core/messages/localize';
import type { Language } from '../core/model';
import { neutraliseText } from '../core/text/controls';
import { writeFileAtomic } from './atomicWrite';
import { BrowserPathError, findBrowser } from './browser';
import { exportMessages } from './exportMessages';
import type { HeadlessBrowser } from './headless';
import { PdfPrintError, printHtmlToPdf } from './pdfPrinter';

/**
 * One export from start to file: read, check (a document with errors is refused, warnings are not),
 * draw the diagrams, build the format, write atomically. Shared by the CLI and the VS Code commands;
 * VS Code may pass its own diagram renderer (the preview webview) instead of the headless browser.
 */
export type ExportFormat = 'docx' | 'pdf' | 'html' | 'md' | 'csv' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'html', 'md', 'csv', 'xlsx'];

/**
 * Draws Mermaid sources; the PNG is needed for DOCX only. PDF is always printed by the browser's own
 * command line (src/node/pdfPrinter.ts); only the CLI's diagrams use the playwright-driven page.
 */
export interface DiagramRenderer {
  render(sources: readonly DiagramSource[]): Promise<RenderedDiagram[]>;
}

export interface ExportRequest {
  sourcePath: string;
  /** How messages name the source (the path as the user typed it). Default: sourcePath. */
  displayPath?: string;
  /** The text to export (an unsaved editor); read from sourcePath when absent. */
  text?: string;
  format: ExportFormat;
  doc?: DocumentKind;
  /** A file path, or an existing folder to put the default file name in. Default: beside the source. */
  out?: string;
  /** Explicit browser (setting or --browser); otherwise PRESALES_BROWSER, then auto-discovery. */
  browserPath?: string;
  /**
   * Where `browserPath` came from, so a wrong one is blamed on the place to fix: `setting`
   * (presales.export.browserPath, VS Code) or `flag` (the CLI's --browser, the default).
   */
  browserPathFrom?: 'setting' | 'flag';
  /** false = the explicit --no-diagrams opt-in: no browser needed, the document says diagrams were left out. */
  renderDiagrams?: boolean;
  renderer?: DiagramRenderer;
  /** Language of messages (diagnostics listed on refusal). Default: the proposal's. */
  lang?: Language;
  env?: Readonly<Record<string, string | undefined>>;
  /** The built diagram renderer (dist/exportRenderer); found next to the bundle when absent. */
  rendererDir?: string;
  /** Told why the supplied renderer could not draw, before the headless browser takes over. */
  onFallback?: (reason: string) => void;
  /**
   * false: when the supplied renderer cannot draw, fail with a clear message instead of starting the
   * playwright-driven browser (VS Code: an installed extension has no playwright-core). Default true.
   */
  headlessFallback?: boolean;
  /** Kill the browser printing the PDF after this long (default 60 s). */
  printTimeoutMs?: number;
  /** Checked between steps; a cancelled export writes nothing. */
  signal?: AbortSignal;
}

export interface ExportResult {
  path: string;
  bytes: number;
  format: ExportFormat;
  doc: DocumentKind;
  diagrams: number;
  warnings: number;
  /** Milliseconds per step, for the benchmark. */
  timings: { check: number; diagrams: number; build: number; write: number };
}

/** `diagrams`: the supplied renderer (VS Code's preview) could not draw and no fallback was allowed. */
export type ExportFailure = 'document' | 'usage' | 'io' | 'browser' | 'diagrams' | 'cancelled';

export class ExportError extends Error {
  constructor(readonly failure: ExportFailure, readonly localized: Localized, readonly details: readonly string[] = []) {
    super([localized.en, ...details].join('\n'));
    this.name = 'ExportError';
  }
}

const EXTENSION: Record<ExportFormat, string> = { docx: 'docx', pdf: 'pdf', html: 'html', md: 'md', csv: 'csv', xlsx: 'xlsx' };
const MAX_LISTED_ERRORS = 10;

/** `smart-factory.presales.yaml` + proposal + docx -> `smart-factory.proposal.docx`. */
export function defaultOutputName(sourcePath: string, doc: DocumentKind, format: ExportFormat): string {
  const base = path.basename(sourcePath).replace(/\.presales\.ya?ml$/i, '').replace(/\.ya?ml$/i, '');
  return `${base}.${doc}.${EXTENSION[format]}`;
}

export async function resolveOutputPath(request: Pick<ExportRequest, 'sourcePath' | 'out' | 'format' | 'doc'>): Promise<string> {
  const doc = request.doc ?? 'proposal';
  const name = defaultOutputName(request.sourcePath, doc, request.format);
  if (!request.out) return path.join(path.dirname(path.resolve(request.sourcePath)), name);
  const out = path.resolve(request.out);
  const st = await stat(out).catch((e: unknown) => {
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return undefined;
    throw e;
  });
  return st?.isDirectory() ? path.join(out, name) : out;
}

export async function exportProposal(request: ExportRequest): Promise<ExportResult> {
  const doc: DocumentKind = request.doc ?? 'proposal';
  const { format } = request;
  const started = performance.now();
  const cancelled = (): void => { if (request.signal?.aborted) throw new ExportError('cancelled', exportMessages.cancelled()); };

  if ((format === 'csv' || format === 'xlsx') && !tabularKinds(format).includes(doc)) {
    throw new ExportError('usage', exportMessages.noTabularForm(doc, format, tabularKinds(format).join('|')));
  }
  let text = request.text;
  if (text === undefined) {
    try {
      text = await readFile(request.sourcePath, 'utf8');
    } catch (e: unknown) {
      throw new ExportError('io', exportMessages.cannotRead(request.displayPath ?? request.sourcePath, reason(e)));
    }
  }
  // The browser starts (and loads Mermaid) while the document is checked and built: on a cold start
  // that overlap is most of a second. Only the proposal and the plan have diagrams.
  const mayDraw = (format === 'docx' || format === 'html' || format === 'pdf') && request.renderDiagrams !== false && (doc === 'proposal' || doc === 'plan');
  const early: Promise<HeadlessBrowser> | undefined = mayDraw && !request.renderer
    ? launchBrowser(request, format).then((b) => { b.prepareRenderer(request.rendererDir); return b; })
    : undefined;
  early?.catch(() => undefined); // awaited below, where its error is reported
  try {
    const checked = checkProposal(text, request.lang ? { language: request.lang } : {});
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      const shown = request.displayPath ?? request.sourcePath;
      const details = errors.slice(0, MAX_LISTED_ERRORS).map((d) => diagnosticLine(shown, d));
      if (errors.length > MAX_LISTED_ERRORS) details.push(exportMessages.moreErrors(errors.length - MAX_LISTED_ERRORS)[checked.language]);
      throw new ExportError('document', exportMessages.hasErrors(shown, errors.length), details);
    }
    const warnings = checked.diagnostics.filter((d) => d.severity === 'warning').length;
    const outPath = await resolveOutputPath({ ...request, doc });
    const tCheck = performance.now();
    cancelled();

    let content: string | Uint8Array;
    let diagramCount = 0;
    let tDiagrams = tCheck;
    if (format === 'csv') {
      const [table] = tablesFor(doc, checked.proposal);
      content = table ? toCsv(table) : '';
    } else if (format === 'xlsx') {
      content = await toXlsx(tablesFor(doc, checked.proposal), { title: neutraliseText(checked.proposal.proposal?.title ?? defaultOutputName(request.sourcePath, doc, format)) });
    } else {
      const document = buildDocument(doc, checked.proposal);
      if (format === 'md') {
        content = toMarkdown(document);
      } else {
        const sources = diagramSources(document);
        const wantDiagrams = request.renderDiagrams !== false && sources.length > 0;
        // The printer is found first, so a wrong browser setting is reported at once rather than after
        // the diagrams were drawn (or hidden behind the preview's own failure to draw them).
        const printer = format === 'pdf' ? chooseBrowser(request, format) : undefined;
        // An editor-supplied renderer (the open preview) is tried first; if it cannot draw (no preview
        // open, no answer in time) the headless browser draws instead, so the document is never
        // silently without diagrams.
        let drawn: RenderedDiagram[] | undefined;
        if (wantDiagrams && request.renderer) {
          drawn = await request.renderer.render(sources).catch((e: unknown) => {
            if (request.headlessFallback === false) throw new ExportError('diagrams', exportMessages.previewCouldNotDraw(reason(e)));
            request.onFallback?.(reason(e));
            return undefined;
          });
        }
        const needBrowser = wantDiagrams && drawn === undefined;
        if (!needBrowser) await closeUnused(early);
        const browser = needBrowser ? await (early ?? launchBrowser(request, format)) : undefined;
        try {
          if (wantDiagrams && drawn === undefined && browser) drawn = await renderWith(browser, sources, request.rendererDir);
          drawn ??= [];
          diagramCount = drawn.filter((d) => !d.error).length;
          tDiagrams = performance.now();
          cancelled();
          const diagrams = new Map(drawn.map((d) => [d.id, d]));
          const omitted = request.renderDiagrams === false && sources.length > 0;
          if (format === 'docx') {
            content = await toDocx(document, { diagrams, diagramsOmitted: omitted });
          } else {
            const html = toHtml(document, { diagrams, diagramsOmitted: omitted });
            if (format === 'html' || !printer) content = html;
            else content = await printPdf(printer, html, request);
          }
        } catch (e: unknown) {
          if (e instanceof ExportError) throw e;
          if (browser) throw new ExportError('browser', exportMessages.browserFailed(reason(e)));
          throw e;
        } finally {
          await browser?.close();
        }
      }
    }
    const tBuild = performance.now();
    cancelled();
    let bytes: number;
    try {
      bytes = await writeFileAtomic(outPath, content);
    } catch (e: unknown) {
      throw new ExportError('io', exportMessages.cannotWrite(outPath, reason(e)));
    }
    const tWrite = performance.now();
    return {
      path: outPath, bytes, format, doc, diagrams: diagramCount, warnings,
      timings: { check: tCheck - started, diagrams: tDiagrams - tCheck, build: tBuild - tDiagrams, write: tWrite - tBuild },
    };
  } finally {
    // Closed already when it was used; this covers every early exit (errors, cancel, IO).
    await closeUnused(early);
  }
}

/** A browser started early that turned out not to be needed (errors, nothing to draw). */
async function closeUnused(early: Promise<HeadlessBrowser> | undefined): Promise<void> {
  if (!early) return;
  // If it failed to start there is nothing to close, and that failure no longer matters.
  const browser = await early.catch(() => undefined);
  await browser?.close();
}

/** The browser's path, or an ExportError saying how to get one. */
function chooseBrowser(request: ExportRequest, format: ExportFormat): string {
  let choice;
  try {
    choice = findBrowser({ explicit: request.browserPath, env: request.env ?? process.env });
  } catch (e: unknown) {
    if (e instanceof BrowserPathError) throw new ExportError('browser', exportMessages.badBrowserPath(e.browserPath, e.source === 'env' ? 'env' : request.browserPathFrom ?? 'flag'));
    throw e;
  }
  if (!choice) throw new ExportError('browser', format === 'pdf' ? exportMessages.noBrowserForPdf() : exportMessages.noBrowserForDiagrams(format));
  return choice.path;
}

async function printPdf(browserPath: string, html: string, request: ExportRequest): Promise<Uint8Array> {
  try {
    return await printHtmlToPdf(browserPath, html, { ...(request.printTimeoutMs ? { timeoutMs: request.printTimeoutMs } : {}), ...(request.signal ? { signal: request.signal } : {}) });
  } catch (e: unknown) {
    if (!(e instanceof PdfPrintError)) throw e;
    if (e.kind === 'cancelled') throw new ExportError('cancelled', exportMessages.cancelled());
    if (e.kind === 'timeout') throw new ExportError('browser', exportMessages.printTimeout(browserPath, Math.round((request.printTimeoutMs ?? 60_000) / 1000)));
    throw new ExportError('browser', exportMessages.printFailed(browserPath, e.message));
  }
}

async function launchBrowser(request: ExportRequest, format: ExportFormat): Promise<HeadlessBrowser> {
  const browserPath = chooseBrowser(request, format);
  try {
    // Loaded on demand: playwright-core is only needed for PDF and diagrams, not for Markdown or CSV.
    const { HeadlessBrowser: Headless } = await import('./headless');
    return await Headless.launch(browserPath);
  } catch (e: unknown) {
    throw new ExportError('browser', exportMessages.browserFailed(reason(e)));
  }
}

async function renderWith(browser: HeadlessBrowser, sources: readonly DiagramSource[], rendererDir: string | undefined): Promise<RenderedDiagram[]> {
  const { findRendererDir } = await import('./headless');
  const dir = rendererDir ?? findRendererDir();
  if (!dir) throw new ExportError('io', exportMessages.rendererMissing());
  return browser.renderDiagrams(sources, dir);
}

/** `file:line:col: error PS201 message` (1-based, as compilers print it). */
export function diagnosticLine(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
