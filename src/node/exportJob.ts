import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkProposal } from '../core/check';
import type { Diagnostic } from '../core/diagnostic';
import { toCsv } from '../core/export/csv';
import { buildDocument } from '../core/export/documents';
import {
  diagramSources,
  isProseDocument,
  type DiagramSource,
  type DocumentKind,
  type ProseDocumentKind,
  type ExportDocument,
  type RenderedDiagram,
  type RenderedDiagrams,
} from '../core/export/documentModel';
import { toDocx } from '../core/export/docx';
import {
  applyTemplate,
  openTemplate,
  TemplateError,
  templateTextTwips,
  templateValues,
  type MergeReport,
  type OpenedTemplate,
} from '../core/docxTemplate';
import { readTemplateLook } from '../core/docxTemplate/theme';
import { exportFormat, type ExportFormat, type ExportWriter } from '../core/export/formats';
import { toHtml } from '../core/export/html';
import { toMarkdown } from '../core/export/markdown';
import { tablesFor } from '../core/export/tabularDocuments';
import { toXlsx } from '../core/export/xlsx';
import type { Localized } from '../core/messages/localize';
import type { Language, Proposal } from '../core/model';
import { neutraliseText } from '../core/text/controls';
import { writeFileAtomic } from './atomicWrite';
import { ExportError, reason, type ExportFailure } from './exportError';
import { exportMessages, type TemplateOrigin } from './exportMessages';
import { ExportSession, chooseBrowser } from './exportSession';
import { OutputPathError, ensureOutputFolder, resolveOutputFile } from './outputPath';
import { DiagramCache, bundleVersion } from './diagramCache';
import { PICTURE_SETTINGS, findRendererDir } from './rendererBundle';
import { deckNotes, writeDeck, type DeckRequest } from './deck/deckExport';

/**
 * One export from start to file: read, check (a document with errors is refused, warnings are not),
 * hand the checked proposal to the format's writer (which draws the diagrams when the format shows
 * them), write atomically. Which formats exist, which documents each serves and which writer makes
 * it: core/export/formats.ts. Shared by the CLI and the VS Code commands; VS Code may pass its own
 * diagram renderer (the preview webview) instead of the headless browser.
 */
export type { ExportFormat } from '../core/export/formats';
export { ExportError, type ExportFailure };

/**
 * Draws Mermaid sources; the PNG is needed for DOCX only. Without one (the CLI) the run's headless
 * browser draws, and prints the PDF too (src/node/exportSession.ts).
 */
export interface DiagramRenderer {
  render(sources: readonly DiagramSource[]): Promise<RenderedDiagram[]>;
  /**
   * What draws (its bundle and settings), for the diagram cache: pictures another renderer drew are
   * never reused. Absent or undefined: this renderer's drawings are not cached.
   */
  version?(): Promise<string | undefined>;
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
  /** Where high risk starts in the documents' shading (--high-risk / presales.validation.highRiskThreshold). */
  highRiskThreshold?: number;
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
  /** The deck's look and its optional picture slide (presales.export.deck.*, the CLI's --deck-* flags). */
  deck?: DeckRequest;
  /**
   * A Word template (.docx/.dotx) for DOCX, as an absolute path: from the command line (wins over
   * the proposal's `proposal.template`) or from the setting (loses to it), as `templateFrom` says.
   */
  template?: string;
  /** Where `template` came from. Default `flag`. */
  templateFrom?: Extract<TemplateOrigin, 'flag' | 'setting'>;
  /**
   * A folder of drawn diagrams reused across formats and runs (the CLI's --diagram-cache, by default
   * the user's cache folder; VS Code's global storage). Absent: every export draws its diagrams afresh.
   */
  diagramCacheDir?: string;
  /** Told once when the diagram cache folder cannot be read or written (the export goes on). */
  onCacheProblem?: (message: string) => void;
}

export interface ExportResult {
  path: string;
  bytes: number;
  format: ExportFormat;
  doc: DocumentKind;
  diagrams: number;
  /** Of `diagrams`, how many came from the diagram cache rather than a browser. */
  diagramsFromCache: number;
  /**
   * Whether the run's headless browser was started (to draw diagrams, and then to print the PDF as
   * well). A PDF of a run without it was printed by the browser's command line.
   */
  browserStarted: boolean;
  warnings: number;
  /** What the user should know about the result (the template used, the styles it served and those added; a deck slide left out and why). */
  notes?: readonly Localized[];
  /** The template merge's findings, when a template was used. */
  template?: { path: string; report: MergeReport };
  /** Milliseconds per step, for the benchmark. */
  timings: { check: number; diagrams: number; build: number; write: number };
}

const MAX_LISTED_ERRORS = 10;

/** `smart-factory.presales.yaml` + proposal + docx -> `smart-factory.proposal.docx`. */
export function defaultOutputName(sourcePath: string, doc: DocumentKind, format: ExportFormat): string {
  const base = path
    .basename(sourcePath)
    .replace(/\.presales\.ya?ml$/i, '')
    .replace(/\.ya?ml$/i, '');
  return `${base}.${doc}.${exportFormat(format).extension}`;
}

/** See `outputPath.ts`: a folder (trailing separator or existing) gets the default name; never a file named like the folder. */
export async function resolveOutputPath(
  request: Pick<ExportRequest, 'sourcePath' | 'out' | 'format' | 'doc'>,
): Promise<string> {
  const name = defaultOutputName(request.sourcePath, request.doc ?? 'proposal', request.format);
  try {
    return await resolveOutputFile(request.sourcePath, request.out, name);
  } catch (e: unknown) {
    if (e instanceof OutputPathError) throw new ExportError('usage', e.localized);
    throw e;
  }
}

export async function exportProposal(request: ExportRequest): Promise<ExportResult> {
  const doc: DocumentKind = request.doc ?? 'proposal';
  const { format } = request;
  const spec = exportFormat(format);
  const started = performance.now();
  const cancelled = (): void => {
    if (request.signal?.aborted) throw new ExportError('cancelled', exportMessages.cancelled());
  };

  if (!spec.documents.includes(doc)) {
    throw new ExportError('usage', exportMessages.noTabularForm(doc, format, spec.documents.join('|')));
  }
  const text = await readSource(request);
  const mayDraw = spec.diagrams && request.renderDiagrams !== false && DRAWN_DOCUMENTS.includes(doc);
  // A browser named explicitly must exist even when the cache makes it unnecessary this time.
  if (mayDraw && request.browserPath) chooseBrowser(request, format);
  const session = new ExportSession(request, format);
  // The browser starts and loads Mermaid while the document is checked and built when the run will
  // most likely draw: the proposal has what diagrams are drawn from, and there is no diagram cache or
  // one holding nothing this renderer drew (a first export, or the first after an upgrade). Otherwise
  // it starts only for the diagrams the cache lacks (known after the build), except for a PDF, which
  // needs a browser to print anyway.
  if (mayDraw && !request.renderer) {
    const drawsNow = mayHaveDiagrams(text) && (await diagramCacheIsCold(request));
    if (drawsNow || spec.printed) session.startEarly(drawsNow);
  }
  try {
    const { proposal, warnings, grading } = checkForExport(text, request);
    const outPath = await resolveOutputPath({ ...request, doc });
    const tCheck = performance.now();
    cancelled();

    const written = await WRITERS[spec.writer]({ request, format, doc, proposal, grading, session, cancelled });
    const tDiagrams = written.drawnAt ?? tCheck;
    const tBuild = performance.now();
    cancelled();
    let bytes: number;
    try {
      await ensureOutputFolder(outPath);
      bytes = await writeFileAtomic(outPath, written.content);
    } catch (e: unknown) {
      throw new ExportError('io', exportMessages.cannotWrite(outPath, reason(e)));
    }
    const tWrite = performance.now();
    return {
      path: outPath,
      bytes,
      format,
      doc,
      diagrams: written.diagrams,
      diagramsFromCache: written.fromCache ?? 0,
      browserStarted: session.started,
      warnings,
      ...(written.notes ? { notes: written.notes } : {}),
      ...(written.template ? { template: written.template } : {}),
      timings: {
        check: tCheck - started,
        diagrams: tDiagrams - tCheck,
        build: tBuild - tDiagrams,
        write: tWrite - tBuild,
      },
    };
  } finally {
    await session.close();
  }
}

/** Only the proposal and the plan have diagrams (the architecture and the timeline). */
const DRAWN_DOCUMENTS: readonly DocumentKind[] = ['proposal', 'plan'];

/**
 * Whether the proposal text has a part diagrams are drawn from (architecture views, deployment, the
 * plan's timeline), read before it is parsed: it only decides whether the browser starts early, so
 * a wrong guess costs time, never a diagram.
 */
function mayHaveDiagrams(text: string): boolean {
  return /^(?:architecture|deployment|plan)[ \t]*:/m.test(text);
}

/**
 * True when the request has no diagram cache, or its cache holds nothing the headless renderer drew:
 * then every diagram is drawn. A cache that cannot be read counts as cold (drawing is what follows).
 */
async function diagramCacheIsCold(request: ExportRequest): Promise<boolean> {
  if (request.diagramCacheDir === undefined) return true;
  const dir = request.rendererDir ?? findRendererDir();
  if (!dir) return true;
  const rendererVersion = await bundleVersion(path.join(dir, 'exportRenderer.js'), PICTURE_SETTINGS).catch(
    () => undefined,
  );
  if (rendererVersion === undefined) return true;
  return !(await new DiagramCache({ dir: request.diagramCacheDir, rendererVersion }).holdsAny(EXPORT_VARIANT));
}

async function readSource(request: ExportRequest): Promise<string> {
  if (request.text !== undefined) return request.text;
  try {
    return await readFile(request.sourcePath, 'utf8');
  } catch (e: unknown) {
    throw new ExportError('io', exportMessages.cannotRead(request.displayPath ?? request.sourcePath, reason(e)));
  }
}

/** The checked proposal, or a refusal listing the first errors: a document with errors is not exported. */
function checkForExport(
  text: string,
  request: ExportRequest,
): { proposal: Proposal; warnings: number; grading: Grading } {
  const checked = checkProposal(text, {
    ...(request.lang ? { language: request.lang } : {}),
    ...(request.highRiskThreshold !== undefined ? { highRiskThreshold: request.highRiskThreshold } : {}),
  });
  const errors = checked.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    const shown = request.displayPath ?? request.sourcePath;
    const details = errors.slice(0, MAX_LISTED_ERRORS).map((d) => diagnosticLine(shown, d));
    if (errors.length > MAX_LISTED_ERRORS)
      details.push(exportMessages.moreErrors(errors.length - MAX_LISTED_ERRORS)[checked.language]);
    throw new ExportError('document', exportMessages.hasErrors(shown, errors.length), details);
  }
  return {
    proposal: checked.proposal,
    warnings: checked.diagnostics.filter((d) => d.severity === 'warning').length,
    grading: { highRiskThreshold: checked.highRiskThreshold },
  };
}

/** How the documents grade what they show: the threshold the check used. */
interface Grading {
  highRiskThreshold: number;
}

/** What a writer gets: the checked proposal and the run's browser session. */
interface WriterJob {
  request: ExportRequest;
  format: ExportFormat;
  doc: DocumentKind;
  proposal: Proposal;
  grading: Grading;
  session: ExportSession;
  /** Throws when the export was cancelled; writers call it after their slow steps. */
  cancelled: () => void;
}

interface Written {
  content: string | Uint8Array;
  /** Diagrams drawn without error. */
  diagrams: number;
  /** When the diagrams were done (performance.now()), for the timings; absent when nothing was drawn. */
  drawnAt?: number;
  notes?: readonly Localized[];
  template?: { path: string; report: MergeReport };
  fromCache?: number;
}

type FormatWriter = (job: WriterJob) => Promise<Written>;

/** One writer per `writer` of the formats table; the compiler insists every one is here. */
const WRITERS: Record<ExportWriter, FormatWriter> = {
  async pptx(job) {
    // The deck cannot take a Word template itself: it takes the template's colours, fonts and logo.
    const template = await loadTemplate(job);
    const written = await writeDeck({
      proposal: job.proposal,
      deck: job.request.deck ?? {},
      ...(template ? { template: readTemplateLook(template.opened.files) } : {}),
      drawPicture: (sources) => drawPicture(job, sources),
    }).catch((e: unknown) => {
      if (e instanceof Error && 'localized' in e && e.name === 'DeckLookError')
        throw new ExportError('usage', (e as Error & { localized: Localized }).localized);
      throw e;
    });
    job.cancelled();
    return {
      content: written.content,
      diagrams: written.pictures,
      ...(written.notes.length ? { notes: written.notes } : {}),
    };
  },
  async markdown({ doc, proposal, grading }) {
    return { content: toMarkdown(buildDocument(prose(doc), proposal, grading)), diagrams: 0 };
  },
  async csv({ doc, proposal, grading }) {
    const [table] = tablesFor(doc, proposal, grading);
    return { content: table ? toCsv(table) : '', diagrams: 0 };
  },
  async xlsx({ request, format, doc, proposal, grading }) {
    const title = neutraliseText(proposal.proposal?.title ?? defaultOutputName(request.sourcePath, doc, format));
    return { content: await toXlsx(tablesFor(doc, proposal, grading), { title }), diagrams: 0 };
  },
  async docx(job) {
    const document = buildDocument(prose(job.doc), job.proposal, job.grading);
    // Read and checked before the diagrams are drawn: a wrong template fails at once.
    const template = await loadTemplate(job);
    const drawn = await drawDiagrams(job, document);
    if (!template) return { content: await toDocx(document, drawn.options), ...drawnFigures(drawn) };
    const textTwips = templateTextTwips(template.opened);
    const generated = await toDocx(document, {
      ...drawn.options,
      templated: true,
      ...(textTwips ? { textTwips } : {}),
    });
    const { bytes, report } = applyTemplate(template.opened, generated, templateValues(document, job.proposal));
    return {
      content: bytes,
      ...drawnFigures(drawn),
      notes: templateNotes(template.shown, report),
      template: { path: template.path, report },
    };
  },
  async html(job) {
    const document = buildDocument(prose(job.doc), job.proposal, job.grading);
    const drawn = await drawDiagrams(job, document);
    return { content: toHtml(document, drawn.options), ...drawnFigures(drawn) };
  },
  async pdf(job) {
    // The printer is found first, so a wrong browser setting is reported at once rather than after
    // the diagrams were drawn (or hidden behind the preview's own failure to draw them).
    chooseBrowser(job.request, job.format);
    const document = buildDocument(prose(job.doc), job.proposal, job.grading);
    const drawn = await drawDiagrams(job, document);
    const content = await job.session.print(toHtml(document, drawn.options));
    return { content, ...drawnFigures(drawn) };
  },
};

/** The formats table gives prose writers only prose documents; a row that lied is a bug, said plainly. */
function prose(doc: DocumentKind): ProseDocumentKind {
  if (!isProseDocument(doc)) throw new Error(`the ${doc} document has no prose form`);
  return doc;
}

/**
 * The Mermaid picture for the deck's optional picture slide: the editor's renderer, else the diagram
 * cache and the run's headless browser when one is found. Never fails the export: without a browser,
 * or when Mermaid refuses, the slide is left out and the reason comes back as a note.
 */
async function drawPicture(
  job: WriterJob,
  sources: readonly DiagramSource[],
): Promise<{ drawn?: RenderedDiagram; note?: Localized }> {
  const { request } = job;
  let drawn: RenderedDiagram[] | undefined;
  const { renderer } = request;
  if (renderer) drawn = (await drawCached(job, sources, true, renderer).catch(() => undefined))?.drawn;
  if (drawn === undefined && request.headlessFallback !== false) {
    try {
      chooseBrowser(request, job.format);
    } catch (e: unknown) {
      if (e instanceof ExportError && e.failure === 'browser') return { note: deckNotes.pictureSkipped() };
      throw e;
    }
    try {
      drawn = (await drawCached(job, sources, true, headlessRenderer(job, true))).drawn;
    } catch (e: unknown) {
      return { note: deckNotes.pictureFailed(reason(e)) };
    }
  }
  const first = drawn?.[0];
  if (!first) return { note: deckNotes.pictureSkipped() };
  if (first.error || !first.png) return { note: deckNotes.pictureFailed(first.error ?? 'no PNG') };
  return { drawn: first };
}

interface DrawnDiagrams {
  options: { diagrams: RenderedDiagrams; diagramsOmitted: boolean };
  count: number;
  at: number;
  fromCache: number;
}

function drawnFigures(d: DrawnDiagrams): Omit<Written, 'content'> {
  return { diagrams: d.count, drawnAt: d.at, fromCache: d.fromCache };
}

/**
 * The document's diagrams, drawn by the editor-supplied renderer (the open preview) when there is
 * one; if it cannot draw (no preview open, no answer in time) the headless browser draws instead, so
 * the document is never silently without diagrams. Only Word embeds PNGs.
 */
async function drawDiagrams(job: WriterJob, document: ExportDocument): Promise<DrawnDiagrams> {
  const { request } = job;
  const sources = diagramSources(document);
  const wantDiagrams = request.renderDiagrams !== false && sources.length > 0;
  const png = job.format === 'docx';
  let cached: CachedDrawing | undefined;
  const { renderer } = request;
  if (wantDiagrams && renderer) {
    cached = await drawCached(job, sources, png, renderer).catch((e: unknown) => {
      if (e instanceof ExportError) throw e;
      if (request.headlessFallback === false)
        throw new ExportError('diagrams', exportMessages.previewCouldNotDraw(reason(e)));
      request.onFallback?.(reason(e));
      return undefined;
    });
  }
  if (wantDiagrams && cached === undefined) cached = await drawCached(job, sources, png, headlessRenderer(job, png));
  const drawn = cached?.drawn ?? [];
  const fromCache = cached?.fromCache ?? 0;
  const at = performance.now();
  job.cancelled();
  return {
    options: {
      diagrams: new Map(drawn.map((d) => [d.id, d])),
      diagramsOmitted: request.renderDiagrams === false && sources.length > 0,
    },
    count: drawn.filter((d) => !d.error).length,
    at,
    fromCache,
  };
}

interface CachedDrawing {
  drawn: RenderedDiagram[];
  /** Of `drawn`, how many the cache had. */
  fromCache: number;
}

/**
 * The sources from the diagram cache where it has them (with a PNG when one is needed), the rest
 * drawn by `renderer` and stored for the next export. Only pictures are stored: a refusal or a
 * failure to draw is tried again by the next export.
 */
async function drawCached(
  job: WriterJob,
  sources: readonly DiagramSource[],
  png: boolean,
  renderer: DiagramRenderer,
): Promise<CachedDrawing> {
  const cache = await openCache(job.request, renderer);
  const found = new Map<string, RenderedDiagram>();
  if (cache) {
    for (const s of sources) {
      const hit = await cache.get(s.mermaid, EXPORT_VARIANT, { png });
      if (hit) found.set(s.id, { id: s.id, ...hit });
    }
  }
  const fromCache = found.size;
  const missing = sources.filter((s) => !found.has(s.id));
  if (missing.length) {
    for (const d of await renderer.render(missing)) {
      found.set(d.id, d);
      const source = missing.find((s) => s.id === d.id);
      if (cache && source && !d.error) await cache.put(source.mermaid, EXPORT_VARIANT, d);
    }
  }
  return {
    drawn: sources.map((s) => found.get(s.id)).filter((d): d is RenderedDiagram => d !== undefined),
    fromCache,
  };
}

/** The light theme with SVG text labels that every export draws (src/webview/exportRenderer.ts). */
const EXPORT_VARIANT = 'export-light-text';

/** The run's headless browser as a renderer: the page of dist/exportRenderer draws, PNGs when asked. */
function headlessRenderer(job: WriterJob, png: boolean): DiagramRenderer {
  const dir = job.request.rendererDir ?? findRendererDir();
  return {
    render: (sources) => job.session.draw(sources, png),
    // Without the bundle nothing is cached; drawing reports it missing.
    version: async () => (dir ? bundleVersion(path.join(dir, 'exportRenderer.js'), PICTURE_SETTINGS) : undefined),
  };
}

/** The request's diagram cache, keyed to the renderer that would draw; none without a folder or a version. */
async function openCache(request: ExportRequest, renderer: DiagramRenderer): Promise<DiagramCache | undefined> {
  if (request.diagramCacheDir === undefined || !renderer.version) return undefined;
  let rendererVersion: string | undefined;
  try {
    rendererVersion = await renderer.version();
  } catch (e: unknown) {
    request.onCacheProblem?.(`cannot tell which renderer draws the diagrams: ${reason(e)}`);
    return undefined;
  }
  if (rendererVersion === undefined) return undefined;
  return new DiagramCache({
    dir: request.diagramCacheDir,
    rendererVersion,
    ...(request.onCacheProblem ? { onProblem: request.onCacheProblem } : {}),
  });
}

interface LoadedTemplate {
  path: string;
  /** How messages name it. */
  shown: string;
  opened: OpenedTemplate;
}

/**
 * The template for this export, if any: the command line's, else the proposal's own
 * `proposal.template` (relative to the proposal), else the setting's. Read, never written.
 */
async function loadTemplate(job: WriterJob): Promise<LoadedTemplate | undefined> {
  const { request } = job;
  const inFile = job.proposal.proposal?.template?.trim();
  let choice: { path: string; shown: string; from: TemplateOrigin } | undefined;
  if (request.template && (request.templateFrom ?? 'flag') === 'flag')
    choice = { path: request.template, shown: shownPath(request.template), from: 'flag' };
  else if (inFile)
    choice = { path: path.resolve(path.dirname(request.sourcePath), inFile), shown: inFile, from: 'file' };
  else if (request.template) choice = { path: request.template, shown: shownPath(request.template), from: 'setting' };
  if (!choice) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(choice.path));
  } catch (e: unknown) {
    throw new ExportError('usage', exportMessages.templateMissing(choice.shown, choice.from), [reason(e)]);
  }
  try {
    return { path: choice.path, shown: choice.shown, opened: openTemplate(bytes) };
  } catch (e: unknown) {
    if (!(e instanceof TemplateError)) throw e;
    switch (e.problem) {
      case 'macros':
        throw new ExportError('usage', exportMessages.templateMacros(choice.shown));
      case 'tooLarge':
        throw new ExportError('usage', exportMessages.templateTooLarge(choice.shown, e.detail));
      default:
        throw new ExportError('usage', exportMessages.templateNotWord(choice.shown, e.detail));
    }
  }
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function templateNotes(shown: string, report: MergeReport): Localized[] {
  const notes: Localized[] = [exportMessages.templateUsed(shown)];
  if (report.resolved.length)
    notes.push(exportMessages.templateStyles(report.resolved.map((r) => `${r.name} (${r.id})`).join(', ')));
  if (report.added.length) notes.push(exportMessages.templateStylesAdded(report.added.map((a) => a.id).join(', ')));
  if (report.unknownPlaceholders.length)
    notes.push(exportMessages.templateUnknownPlaceholders(report.unknownPlaceholders.join(', ')));
  if (!report.bodyMarker) notes.push(exportMessages.templateNoBodyMarker());
  return notes;
}

/** `file:line:col: error PS201 message` (1-based, as compilers print it). */
export function diagnosticLine(file: string, d: Diagnostic): string {
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${d.message}`;
}
