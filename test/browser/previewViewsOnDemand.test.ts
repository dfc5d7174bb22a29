import * as assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import type { CachedPreviewDiagram, UpdateMessage, WebviewToExtension } from '../../src/protocol/previewMessages';
import {
  launchChromium,
  openPreviewPage,
  readRepoFile,
  startPreviewServer,
  updateFromYaml,
  type PreviewServer,
} from './browserHarness';

/**
 * The diagrams on screen come first: the shown architecture view and the timeline are drawn before
 * the views the picker hides, which are drawn when the page is idle, or at once when picked.
 * `shownVersion` marks the first, `drawnVersion` (every view) the second.
 */
const FILE = 'examples/smart-factory.presales.yaml';

type Drawn = Extract<WebviewToExtension, { type: 'diagramDrawn' }>;

interface HostReading {
  diagram: string;
  hidden: boolean;
  ready: boolean;
  drawing: string;
  svgText: string;
}

function hostReading(page: Page, view: string): Promise<HostReading> {
  return page.evaluate<HostReading>(`(() => {
    const d = document.querySelector('.diagram[data-view="${view}"]');
    return { diagram: d.dataset.diagram, hidden: d.hidden, ready: d.classList.contains('diagram-ready'),
      drawing: d.querySelector('.diagram-drawing')?.textContent ?? '',
      svgText: d.querySelector('svg')?.textContent ?? '' };
  })()`);
}

/** The little of the page's globals these predicates touch (this file has no DOM lib). */
interface PageGlobals {
  document: {
    body: { dataset: Record<string, string | undefined> };
    querySelector(selector: string): { classList: { contains(c: string): boolean } } | null;
  };
}

// Function predicates (serialised into the page, so self-contained): a string would be eval'd in
// the page, which its CSP forbids.
async function waitForMarker(page: Page, marker: 'shownVersion' | 'drawnVersion', version: number): Promise<void> {
  await page.waitForFunction(
    ([m, v]) => Number((globalThis as unknown as PageGlobals).document.body.dataset[m] ?? -1) >= v,
    [marker, version] as const,
    { timeout: 90_000 },
  );
}

async function waitForViewDrawn(page: Page, view: string): Promise<void> {
  await page.waitForFunction(
    (v) =>
      (globalThis as unknown as PageGlobals).document
        .querySelector(`.diagram[data-view="${v}"]`)
        ?.classList.contains('diagram-ready') === true,
    view,
    { timeout: 90_000 },
  );
}

function drawnOf(posted: WebviewToExtension[]): Drawn[] {
  return posted.filter((m): m is Drawn => m.type === 'diagramDrawn');
}

describe('preview in Chromium: views drawn when seen', function () {
  this.timeout(180_000);
  let server: PreviewServer;
  let browser: Browser;
  const text = readRepoFile(FILE);
  const update = updateFromYaml(text, { version: 1 });
  const views = update.diagrams.filter((d) => d.key.startsWith('view-')).map((d) => d.key.slice('view-'.length));
  let stored: CachedPreviewDiagram[] = [];
  before(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the shown view and the timeline before any hidden view, then every hidden view', async () => {
    assert.ok(views.length >= 2, `${FILE} has hidden views`);
    const pp = await openPreviewPage(browser, server);
    await pp.post(update);
    await waitForMarker(pp.page, 'shownVersion', 1);
    const hashOf = (key: string): string => update.diagrams.find((d) => d.key === key)?.hash ?? '';
    const first = drawnOf(await pp.posted()).map((d) => d.hash);
    for (const key of ['architecture', 'timeline'])
      assert.ok(first.slice(0, 2).includes(hashOf(key)), `${key} among the first two drawn`);
    await pp.waitFor(1, 'drawn');
    const all = drawnOf(await pp.posted());
    assert.deepEqual(all.map((d) => d.hash).sort(), update.diagrams.map((d) => d.hash).sort());
    stored = all.map((d) => ({ hash: d.hash, theme: d.theme, svg: d.svg }));
    for (const view of views) assert.ok((await hostReading(pp.page, view)).ready, `${view} drawn while hidden`);
    await pp.page.close();
  });

  it('a view picked before its turn says it is drawing, then shows its diagram', async () => {
    const pp = await openPreviewPage(browser, server);
    await pp.post(update);
    await waitForMarker(pp.page, 'shownVersion', 1);
    const last = views[views.length - 1] ?? '';
    // Hidden views are drawn one at a time, in document order: the last one's turn has not come.
    const before = await hostReading(pp.page, last);
    assert.ok(!before.ready, 'the last view is not drawn yet when the shown diagrams are');
    await pp.page.click(`.view-picker button[data-view="${last}"]`);
    const picked = await hostReading(pp.page, last);
    assert.ok(!picked.hidden, 'shown at once');
    assert.ok(picked.ready || picked.drawing === update.strings.diagramDrawing, 'never a blank panel');
    await waitForViewDrawn(pp.page, last);
    const drawn = await hostReading(pp.page, last);
    assert.ok(drawn.svgText.length > 0 && !drawn.hidden, 'the picked view is drawn and shown');
    assert.equal(drawn.drawing, '', 'the drawing note is gone');
    await pp.waitFor(1, 'drawn');
    await pp.page.close();
  });

  it('a stored-diagram reload shows every view when picked, without Mermaid', async () => {
    assert.equal(stored.length, update.diagrams.length, 'the first test kept every drawn diagram');
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.route('**/chunks/mermaid.core-*', (route) => route.abort('blockedbyclient'));
    await page.goto(`${server.origin}/preview.html?theme=vscode-light`);
    await page.waitForFunction('window.__posted.some((m) => m.type === "ready")');
    const warm: UpdateMessage = { ...update, cachedDiagrams: stored };
    await page.evaluate(`window.postMessage(${JSON.stringify(warm)}, '*')`);
    await waitForMarker(page, 'shownVersion', 1);
    for (const view of views) {
      await page.click(`.view-picker button[data-view="${view}"]`);
      await waitForViewDrawn(page, view);
      const r = await hostReading(page, view);
      assert.ok(!r.hidden && r.svgText.length > 0, `${view} shown from the store`);
    }
    await waitForMarker(page, 'drawnVersion', 1);
    const posted = await page.evaluate<WebviewToExtension[]>('window.__posted');
    assert.equal(drawnOf(posted).length, 0, 'nothing was drawn by Mermaid');
    await context.close();
  });

  it('a text-only edit does no diagram work: no diagram is drawn or replaced', async () => {
    const pp = await openPreviewPage(browser, server);
    await pp.post(update);
    await pp.waitFor(1, 'drawn');
    await pp.page.evaluate(`document.querySelectorAll('.diagram svg').forEach((s) => { s.__mark = true; })`);
    const before = drawnOf(await pp.posted()).length;
    const risk = 'title: PLC access on older lines takes longer than planned';
    assert.ok(text.includes(risk), `${FILE} still has the risk the edit renames`);
    const edited = updateFromYaml(text.replace(risk, `${risk} (rev B)`), { version: 2 });
    assert.deepEqual(
      edited.diagrams.map((d) => d.hash),
      update.diagrams.map((d) => d.hash),
      'the edit changes no diagram source',
    );
    await pp.post(edited);
    await waitForMarker(pp.page, 'drawnVersion', 2);
    const kept = await pp.page.evaluate<boolean[]>(
      `[...document.querySelectorAll('.diagram')].map((d) => d.querySelector('svg')?.__mark === true)`,
    );
    assert.ok(kept.length > 0 && kept.every(Boolean), 'every drawn SVG kept');
    assert.equal(drawnOf(await pp.posted()).length, before, 'no diagram drawn again');
    await pp.page.close();
  });
});
