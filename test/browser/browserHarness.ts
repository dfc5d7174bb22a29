/**
 * Shared harness for browser tests and the preview benchmark: serves the BUILT webview bundle
 * (dist/webview, ESM chunks need http, not file://) and media/ from a local http server, inside the
 * exact shell page the extension sets (same CSP, nonce-only scripts), with a stand-in
 * `acquireVsCodeApi` that records what the webview posts. Messages are fed like VS Code feeds them.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { checkProposal } from '../../src/core/check';
import { previewPreloadList } from '../../src/extension/preview/preloadList';
import { previewShellHtml } from '../../src/extension/preview/previewShell';
import type { IsoDate } from '../../src/core/model';
import { renderForPreview } from '../../src/worker/previewRender';
import { updateMessage, type UpdateOptions } from '../../src/extension/preview/updateMessage';
import type { ExtensionToWebview, UpdateMessage, WebviewToExtension } from '../../src/protocol/previewMessages';

// The repository root: compiled to out/test/browser normally, bundled to .cache/bench by the benchmark.
import { repoRoot } from '../support/repo';

export { repoRoot };

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface PreviewServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves /dist/webview/* and /media/* from the repository, and /preview.html (the shell). */
export async function startPreviewServer(): Promise<PreviewServer> {
  if (!existsSync(path.join(repoRoot, 'dist/webview/preview.js'))) {
    throw new Error('dist/webview/preview.js is missing: run `npm run build` first');
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const theme = url.searchParams.get('theme') ?? 'vscode-light';
    if (url.pathname === '/preview.html') {
      const origin = `http://${req.headers.host ?? 'localhost'}`;
      const html = previewShellHtml({
        cspSource: origin,
        nonce: randomBytes(16).toString('base64'),
        scriptUri: `${origin}/dist/webview/preview.js`,
        styleUri: `${origin}/media/preview.css`,
        lang: 'en',
        preludeScripts: [standInVsCodeApi(theme)],
        preloadChunks: previewPreloadList(path.join(repoRoot, 'dist', 'webview')),
      });
      res.writeHead(200, { 'content-type': TYPES['.html'] ?? 'text/html' });
      res.end(html);
      return;
    }
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(repoRoot, rel);
    const allowed = [path.join(repoRoot, 'dist', 'webview'), path.join(repoRoot, 'media')].some((d) =>
      file.startsWith(d + path.sep),
    );
    if (!allowed || !existsSync(file)) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

/** Runs in the page before the bundle: what VS Code's webview host would provide. */
function standInVsCodeApi(themeClass: string): string {
  // A few of the colour variables VS Code defines on the webview's <html>, so dark pages look dark.
  const vars =
    themeClass.includes('dark') || themeClass === 'vscode-high-contrast'
      ? {
          '--vscode-editor-background': '#1e1e1e',
          '--vscode-foreground': '#cccccc',
          '--vscode-panel-border': '#454545',
          '--vscode-editorWidget-background': '#252526',
          '--vscode-textLink-foreground': '#3794ff',
          '--vscode-button-secondaryBackground': '#3a3d41',
          '--vscode-button-secondaryForeground': '#cccccc',
          '--vscode-textCodeBlock-background': '#2d2d2d',
        }
      : {
          '--vscode-editor-background': '#ffffff',
          '--vscode-foreground': '#3b3b3b',
          '--vscode-panel-border': '#e5e5e5',
          '--vscode-editorWidget-background': '#f8f8f8',
          '--vscode-textLink-foreground': '#005fb8',
        };
  return `for (const [k, v] of Object.entries(${JSON.stringify(vars)})) document.documentElement.style.setProperty(k, v);
document.body.className = ${JSON.stringify(themeClass)};
window.__posted = []; window.__state = undefined; window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
window.acquireVsCodeApi = () => ({
  postMessage: (m) => window.__posted.push(m),
  getState: () => window.__state,
  setState: (s) => { window.__state = s; },
});`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM'] || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The little of the page's globals the harness touches (this file has no DOM lib). */
interface PageGlobals {
  __posted: WebviewToExtension[];
  document: { body: { dataset: Record<string, string | undefined> } };
}

export interface PreviewPage {
  page: Page;
  post(message: ExtensionToWebview): Promise<void>;
  posted(): Promise<WebviewToExtension[]>;
  /** Waits until the webview has applied (`applied`) or fully drawn (`drawn`) the given version. */
  waitFor(version: number, stage: 'applied' | 'drawn'): Promise<void>;
  cspViolations(): Promise<string[]>;
}

export async function openPreviewPage(
  browser: Browser,
  server: PreviewServer,
  theme = 'vscode-light',
  viewport: Viewport = { width: 1100, height: 900 },
): Promise<PreviewPage> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.origin}/preview.html?theme=${encodeURIComponent(theme)}`);
  // Page-side code is given as strings: this file is compiled without the DOM lib.
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).__posted.some((m) => m.type === 'ready'));
  return {
    page,
    post: (message) => page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`),
    posted: () => page.evaluate<WebviewToExtension[]>('window.__posted'),
    waitFor: async (version, stage) => {
      const attr = stage === 'applied' ? 'appliedVersion' : 'drawnVersion';
      // Function form: a string predicate would be eval'd in the page, which its CSP forbids.
      await page.waitForFunction(
        ([a, v]) => Number((globalThis as unknown as PageGlobals).document.body.dataset[a] ?? -1) >= v,
        [attr, version] as const,
        { timeout: 90_000 },
      );
    },
    cspViolations: () => page.evaluate<string[]>('window.__cspViolations'),
  };
}

/** One diagram of the page as the tests read it. */
export interface DiagramReading {
  /** Its `data-diagram` key. */
  key: string;
  /** The architecture view it draws (`data-view`), if it draws one. */
  view?: string;
  hidden: boolean;
  ready: boolean;
  failed: boolean;
  /** The text of its SVG's nodes, edge labels, cluster labels and text elements, one per line. */
  text: string;
  theme: string;
}

/** Every `.diagram` of the page, in document order. */
export function diagramReadings(pp: PreviewPage): Promise<DiagramReading[]> {
  return pp.page.evaluate<DiagramReading[]>(`[...document.querySelectorAll('.diagram')].map((d) => ({
    key: d.dataset.diagram, view: d.dataset.view, hidden: d.hidden,
    ready: d.classList.contains('diagram-ready'), failed: d.classList.contains('diagram-failed'),
    text: [...(d.querySelector('svg')?.querySelectorAll('g.node, g.edgeLabel, g.cluster-label, text') ?? [])].map((n) => n.textContent).join('\\n'),
    theme: d.dataset.theme ?? '',
  }))`);
}

type Viewport = { width: number; height: number };

/** The preview server and Chromium a mocha suite's tests share, and the pages they open on them. */
export interface PreviewSuite {
  /** The running server (its origin tells the bundle's own requests from any other). */
  readonly server: PreviewServer;
  open(theme?: string, viewport?: Viewport): Promise<PreviewPage>;
  /** A fresh page that has drawn `text` (version 1); the caller closes it. */
  draw(text: string, theme?: string, viewport?: Viewport): Promise<PreviewPage>;
  /**
   * The page of the suite this is called in: it draws `text` before that suite's tests and closes
   * after them. Reached before then, it throws.
   */
  showing(text: string, viewport?: Viewport): PreviewPage;
}

/** Starts the server and Chromium before the calling suite's tests and closes both after them. */
export function previewSuite(): PreviewSuite {
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = (): { server: PreviewServer; browser: Browser } => {
    if (!browser || !server) throw new Error('the preview server starts before the suite: use it in a hook or test');
    return { server, browser };
  };
  const open = (theme?: string, viewport?: Viewport): Promise<PreviewPage> =>
    openPreviewPage(started().browser, started().server, theme, viewport);
  const draw = async (text: string, theme?: string, viewport?: Viewport): Promise<PreviewPage> => {
    const pp = await open(theme, viewport);
    await pp.post(updateFromYaml(text, { version: 1 }));
    await pp.waitFor(1, 'drawn');
    return pp;
  };
  const showing = (text: string, viewport?: Viewport): PreviewPage => {
    let shown: PreviewPage | undefined;
    before(async () => {
      shown = await draw(text, undefined, viewport);
    });
    after(async () => {
      await shown?.page.close();
    });
    const current = (): PreviewPage => {
      if (!shown) throw new Error("the suite's preview page opens before its tests: use it inside a test");
      return shown;
    };
    return {
      get page() {
        return current().page;
      },
      post: (message) => current().post(message),
      posted: () => current().posted(),
      waitFor: (version, stage) => current().waitFor(version, stage),
      cspViolations: () => current().cspViolations(),
    };
  };
  return {
    get server() {
      return started().server;
    },
    open,
    draw,
    showing,
  };
}

/** What the extension would send for this text. */
export function updateFromYaml(
  text: string,
  options: Partial<UpdateOptions> & { today?: IsoDate } = {},
): UpdateMessage {
  const result = checkProposal(text);
  const rendered = renderForPreview(result, options.today);
  return updateMessage(rendered, {
    uri: options.uri ?? 'file:///test.presales.yaml',
    version: options.version ?? 1,
    ...options,
  });
}

export function readRepoFile(rel: string): string {
  return readFileSync(path.join(repoRoot, rel), 'utf8');
}

/** Script and HTML payloads: each sets `window.__pwned` (or opens a dialog) if it ever runs. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '[click me](javascript:window.__pwned=1)',
  '<a href="javascript:window.__pwned=1">link</a>',
  '<svg onload="window.__pwned=1"></svg>',
  '"><img src=x onerror=alert(1)>',
  '%%{init: {"securityLevel":"loose"}}%%',
  'click n0 call alert(1)',
  '[data](data:text/html,<script>alert(1)</script>)',
  '[vs](vscode://presales/x) [file](file:///etc/passwd) [cmd](command:workbench.action.quit)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '`</pre><script>alert(1)</script>`',
];

/** Keys whose values are structure (ids, enums, dates), not text: left as they are so the document still schedules. */
const STRUCTURAL = new Set([
  'presales',
  'id',
  'zone',
  'from',
  'to',
  'owner',
  'presenter',
  'kind',
  'type',
  'priority',
  'category',
  'status',
  'cadence',
  'format',
  'direction',
  'organisation',
  'provider',
  'recurring',
  'verdict',
  'dimension',
  'language',
  'start',
  'date',
  'deadline',
  'due',
  'neededBy',
  'currency',
  'task',
  'workingDays',
  'workingWeekends',
  'requirements',
  'satisfies',
  'dependsOn',
  'assignees',
  'related',
  'components',
  'channel',
]);

/** The proposal with every text field replaced by a payload (cycling through PAYLOADS). */
export function payloadProposal(yamlText: string): string {
  let n = 0;
  const next = (): string => PAYLOADS[n++ % PAYLOADS.length] ?? '';
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (key !== undefined && STRUCTURAL.has(key)) return value;
    if (typeof value === 'string') return next();
    if (Array.isArray(value)) return value.map((v) => walk(v, undefined));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return stringify(walk(parse(yamlText), undefined));
}
