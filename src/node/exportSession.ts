import type { DiagramSource, RenderedDiagram } from '../core/export/documentModel';
import type { ExportFormat } from '../core/export/formats';
import { BrowserPathError, findBrowser } from './browser';
import { ExportError, reason } from './exportError';
import { exportMessages } from './exportMessages';
import type { HeadlessBrowser } from './headless';
import { PdfPrintError, printHtmlToPdf } from './pdfPrinter';
import { findRendererDir } from './rendererBundle';

/**
 * The browser of one export run: started at most once, when the run first needs it, and shared by
 * everything the run does with a browser (drawing the diagrams the cache lacks, printing the PDF),
 * then closed when the run ends. Each start of a browser costs a second or more on a laptop, so a
 * cold PDF export draws and prints in the same one.
 *
 * A run that never started the headless browser (VS Code, where the preview draws and an installed
 * extension ships no playwright-core; a run whose diagrams all came from the cache; a document with
 * none) prints with the browser's own command line (pdfPrinter.ts), which is then its one browser.
 */
export interface SessionRequest {
  browserPath?: string;
  browserPathFrom?: 'setting' | 'flag';
  env?: Readonly<Record<string, string | undefined>>;
  rendererDir?: string;
  printTimeoutMs?: number;
  signal?: AbortSignal;
}

export class ExportSession {
  private launched: Promise<HeadlessBrowser> | undefined;

  constructor(
    private readonly request: SessionRequest,
    private readonly format: ExportFormat,
  ) {}

  /** Whether the headless browser was started (the result's `browserStarted`). */
  get started(): boolean {
    return this.launched !== undefined;
  }

  /**
   * Starts the browser without waiting, and with `renderer` its diagram page too, so they are up by
   * the time the document has been checked and built. A failure surfaces where the browser is next
   * used. Without `renderer` (a PDF whose diagrams may all be in the cache) the page is loaded only
   * if something is missing: loading Mermaid for nothing would slow a warm export down.
   */
  startEarly(renderer: boolean): void {
    void this.browser()
      .then((b) => {
        if (renderer) b.prepareRenderer(this.request.rendererDir);
      })
      .catch(() => undefined);
  }

  /** Draws the sources in the run's browser (starting it if need be); the PNGs only when asked. */
  async draw(sources: readonly DiagramSource[], png: boolean): Promise<RenderedDiagram[]> {
    const dir = this.request.rendererDir ?? findRendererDir();
    if (!dir) throw new ExportError('io', exportMessages.rendererMissing());
    const browser = await this.browser();
    try {
      return await browser.renderDiagrams(sources, dir, png);
    } catch (e: unknown) {
      throw new ExportError('browser', exportMessages.browserFailed(reason(e)));
    }
  }

  /** The PDF of a self-contained HTML document, printed by the run's browser if it has one. */
  async print(html: string): Promise<Uint8Array> {
    const browserPath = chooseBrowser(this.request, this.format);
    const options = {
      ...(this.request.printTimeoutMs ? { timeoutMs: this.request.printTimeoutMs } : {}),
      ...(this.request.signal ? { signal: this.request.signal } : {}),
    };
    try {
      if (this.launched) return await (await this.launched).printPdf(html, options);
      return await printHtmlToPdf(browserPath, html, options);
    } catch (e: unknown) {
      if (!(e instanceof PdfPrintError)) throw e;
      if (e.kind === 'cancelled') throw new ExportError('cancelled', exportMessages.cancelled());
      if (e.kind === 'timeout')
        throw new ExportError(
          'browser',
          exportMessages.printTimeout(browserPath, Math.round((this.request.printTimeoutMs ?? 60_000) / 1000)),
        );
      throw new ExportError('browser', exportMessages.printFailed(browserPath, e.message));
    }
  }

  /** Ends the browser, if one was started; a browser that failed to start has nothing to close. */
  async close(): Promise<void> {
    const browser = await this.launched?.catch(() => undefined);
    this.launched = undefined;
    await browser?.close();
  }

  private browser(): Promise<HeadlessBrowser> {
    this.launched ??= launchBrowser(this.request, this.format);
    return this.launched;
  }
}

/** The browser's path, or an ExportError saying how to get one. */
export function chooseBrowser(request: SessionRequest, format: ExportFormat): string {
  let choice;
  try {
    choice = findBrowser({ explicit: request.browserPath, env: request.env ?? process.env });
  } catch (e: unknown) {
    if (e instanceof BrowserPathError)
      throw new ExportError(
        'browser',
        exportMessages.badBrowserPath(e.browserPath, e.source === 'env' ? 'env' : (request.browserPathFrom ?? 'flag')),
      );
    throw e;
  }
  if (!choice)
    throw new ExportError(
      'browser',
      format === 'pdf' ? exportMessages.noBrowserForPdf() : exportMessages.noBrowserForDiagrams(format),
    );
  return choice.path;
}

async function launchBrowser(request: SessionRequest, format: ExportFormat): Promise<HeadlessBrowser> {
  const browserPath = chooseBrowser(request, format);
  try {
    // Loaded on demand: playwright-core is only needed for PDF and diagrams, not for Markdown or CSV.
    const { HeadlessBrowser: Headless } = await import('./headless');
    return await Headless.launch(browserPath);
  } catch (e: unknown) {
    throw new ExportError('browser', exportMessages.browserFailed(reason(e)));
  }
}
