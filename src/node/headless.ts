import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Route } from 'playwright-core';
import type { DiagramSource, RenderedDiagram } from '../core/export/documentModel';
import { PdfPrintError, type PrintOptions } from './pdfPrinter';
import { findRendererDir } from './rendererBundle';

/**
 * A headless Chromium-family browser driven by playwright-core, used by the CLI to draw the Mermaid
 * diagrams of an export (in a page that loads the bundled mermaid from dist/exportRenderer, served
 * through `page.route` from disk, so nothing touches the network; every other request is aborted)
 * and to print the PDF of a run that drew with it (one browser per run: src/node/exportSession.ts).
 * VS Code draws in its preview webview and prints with the browser's command line (pdfPrinter.ts).
 */
const ORIGIN = 'http://presales-export.invalid';
const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
];

export { findRendererDir } from './rendererBundle';

export class HeadlessBrowser {
  private constructor(private readonly browser: Browser) {}

  static async launch(executablePath: string): Promise<HeadlessBrowser> {
    const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS, timeout: 60_000 });
    return new HeadlessBrowser(browser);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  /**
   * Starts loading the renderer page (Mermaid's chunks) now, so it is ready by the time the
   * document has been checked and built. renderDiagrams uses it; a failure surfaces there.
   */
  prepareRenderer(rendererDir: string | undefined = findRendererDir()): void {
    if (!rendererDir || this.warm) return;
    this.warm = this.openRenderer(rendererDir);
    // Handled where it is awaited (renderDiagrams); without this branch an export that ends before
    // drawing (a document with errors) would report an unhandled rejection.
    this.warm.catch(() => undefined);
  }

  private warm: Promise<RendererPage> | undefined;

  private async openRenderer(rendererDir: string): Promise<RendererPage> {
    const context = await this.browser.newContext({
      viewport: { width: 1200, height: 1000 },
      deviceScaleFactor: 2,
      offline: true,
    });
    try {
      await context.route('**/*', (route) => serveFrom(route, rendererDir));
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/index.html`);
      await page.waitForFunction(
        () => (globalThis as unknown as RendererGlobal).exportRendererReady === true,
        undefined,
        { timeout: 30_000 },
      );
      return { context, page };
    } catch (e: unknown) {
      await context.close();
      throw e;
    }
  }

  /**
   * Draws each source (light theme) and returns SVG and size, plus the PNG when `png` (Word needs
   * it; HTML and PDF embed the SVG, so they skip the rasterising).
   */
  async renderDiagrams(
    sources: readonly DiagramSource[],
    rendererDir: string | undefined = findRendererDir(),
    png = true,
  ): Promise<RenderedDiagram[]> {
    if (!sources.length) return [];
    if (!rendererDir)
      throw new Error('The diagram renderer bundle (dist/exportRenderer) is missing: run `npm run build`.');
    const warm = this.warm;
    this.warm = undefined;
    const { context, page } = await (warm ?? this.openRenderer(rendererDir));
    try {
      // Runs in the page, where src/webview/exportRenderer.ts installed renderDiagrams on the window;
      // the page rasterises the PNGs too, at the resolution their printed size needs.
      const drawn = await page.evaluate(
        ([s, withPng]) => (globalThis as unknown as RendererGlobal).renderDiagrams(s, 'default', withPng),
        [sources.map((s) => ({ id: s.id, mermaid: s.mermaid })), png] as const,
      );
      const out: RenderedDiagram[] = [];
      for (const d of drawn) {
        const id = sources.find((s) => s.id === d.id)?.id;
        if (!id) continue;
        if (d.error) {
          out.push({ id, svg: '', width: 0, height: 0, error: d.error });
          continue;
        }
        const picture = png && d.png ? { png: new Uint8Array(Buffer.from(d.png, 'base64')) } : {};
        if (png && !d.png) throw new Error(`the renderer page returned no PNG for ${id}`);
        out.push({ id, svg: d.svg, width: d.width, height: d.height, ...picture });
      }
      return out;
    } finally {
      await context.close();
    }
  }

  /**
   * Prints a self-contained HTML document to PDF in this browser: what `--print-to-pdf` does (page
   * size, margins and page numbers from the document's @page rules, a tagged PDF, no header or
   * footer of the browser's own), without starting another browser. Scripts are off and every
   * request is refused: the export embeds everything it shows.
   */
  async printPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
    const timeoutMs = options.timeoutMs ?? 60_000;
    if (options.signal?.aborted) throw new PdfPrintError('cancelled', 'cancelled');
    const context = await this.browser.newContext({ javaScriptEnabled: false, offline: true });
    let stop: ((why: PdfPrintError) => void) | undefined;
    const stopped = new Promise<never>((_, reject) => {
      stop = reject;
    });
    const timer = setTimeout(
      () =>
        stop?.(
          new PdfPrintError('timeout', `the browser did not finish printing within ${Math.round(timeoutMs / 1000)} s`),
        ),
      timeoutMs,
    );
    const onAbort = (): void => stop?.(new PdfPrintError('cancelled', 'cancelled'));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const printed = (async (): Promise<Buffer> => {
        await context.route('**/*', (route) => route.abort('blockedbyclient'));
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load', timeout: timeoutMs });
        return page.pdf({ preferCSSPageSize: true, tagged: true });
      })();
      // Closing the context below ends a print that lost the race; its rejection is not news.
      printed.catch(() => undefined);
      const pdf = await Promise.race([printed, stopped]);
      return new Uint8Array(pdf);
    } catch (e: unknown) {
      if (e instanceof PdfPrintError) throw e;
      throw new PdfPrintError('failed', e instanceof Error ? e.message : String(e));
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      await context.close();
    }
  }
}

interface RendererPage {
  context: BrowserContext;
  page: Page;
}
interface DrawnDiagram {
  id: string;
  svg: string;
  width: number;
  height: number;
  /** base64 */
  png?: string;
  error?: string;
}
/** The page's globals as src/webview/exportRenderer.ts declares them. */
interface RendererGlobal {
  exportRendererReady?: boolean;
  renderDiagrams(sources: Array<{ id: string; mermaid: string }>, theme: string, png: boolean): Promise<DrawnDiagram[]>;
}

const PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{margin:0;background:#fff}#stage{display:flex;flex-direction:column;align-items:flex-start}</style></head>' +
  '<body><div id="stage"></div><script type="module" src="exportRenderer.js"></script></body></html>';

async function serveFrom(route: Route, dir: string): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== ORIGIN) {
    await route.abort('blockedbyclient');
    return;
  }
  if (url.pathname === '/index.html') {
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PAGE });
    return;
  }
  const file = path.resolve(dir, `.${decodeURIComponent(url.pathname)}`);
  // Only files inside the bundle directory are served.
  if (!file.startsWith(path.resolve(dir) + path.sep) || !existsSync(file)) {
    await route.fulfill({ status: 404, body: '' });
    return;
  }
  const type =
    file.endsWith('.js') || file.endsWith('.mjs')
      ? 'text/javascript'
      : file.endsWith('.css')
        ? 'text/css'
        : 'application/octet-stream';
  await route.fulfill({ status: 200, contentType: type, body: await readFile(file) });
}
