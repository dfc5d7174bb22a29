import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import type { CachedPreviewDiagram, UpdateMessage, WebviewToExtension } from '../../src/protocol/previewMessages';
import {
  launchChromium,
  openPreviewPage,
  readRepoFile,
  startPreviewServer,
  updateFromYaml,
  type PreviewServer,
} from './browserHarness';
import { withStoredDiagrams } from '../../src/extension/preview/updateMessage';

/**
 * The preview opens at once: each diagram Mermaid draws is handed to the extension (`diagramDrawn`),
 * and a page that is sent those SVGs back (`cachedDiagrams`) shows them with the text, even when
 * Mermaid cannot load at all; diagrams it was not sent are drawn by Mermaid after.
 */
describe('preview in Chromium: stored diagrams', function () {
  this.timeout(180_000);
  let server: PreviewServer;
  let browser: Browser;
  let update: UpdateMessage;
  let drawn: Array<Extract<WebviewToExtension, { type: 'diagramDrawn' }>> = [];
  before(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
    update = updateFromYaml(readRepoFile('examples/smart-factory.presales.yaml'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('hands every diagram Mermaid drew to the extension, with its hash and theme', async () => {
    const pp = await openPreviewPage(browser, server);
    const ready = (await pp.posted()).find((m) => m.type === 'ready');
    assert.deepEqual(ready, { type: 'ready', autoTheme: 'default' });
    await pp.post(update);
    await pp.waitFor(1, 'drawn');
    drawn = (await pp.posted()).filter(
      (m): m is Extract<WebviewToExtension, { type: 'diagramDrawn' }> => m.type === 'diagramDrawn',
    );
    assert.deepEqual(drawn.map((d) => d.hash).sort(), update.diagrams.map((d) => d.hash).sort());
    for (const d of drawn) {
      assert.equal(d.theme, 'default');
      assert.match(d.svg, /^<svg/);
    }
    await pp.page.close();
  });

  it('shows stored diagrams with the text when Mermaid cannot even load, hidden views sent after the update', async () => {
    const cachedDiagrams: CachedPreviewDiagram[] = drawn.map((d) => ({ hash: d.hash, theme: d.theme, svg: d.svg }));
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.route('**/chunks/mermaid.core-*', (route) => route.abort('blockedbyclient'));
    const { origin } = server;
    await page.goto(`${origin}/preview.html?theme=vscode-light`);
    await page.waitForFunction('window.__posted.some((m) => m.type === "ready")');
    // As the extension sends them: the diagrams shown at once with the update, the hidden views' after it.
    const [withShown, hiddenViews] = withStoredDiagrams(update, cachedDiagrams);
    const views = update.diagrams.filter((d) => d.key.startsWith('view-'));
    assert.ok(views.length >= 2, 'the example has views behind the picker');
    assert.deepEqual(
      hiddenViews?.cachedDiagrams.map((c) => c.hash),
      views.map((d) => d.hash),
    );
    assert.equal(withShown.cachedDiagrams?.length, update.diagrams.length - views.length);
    for (const m of [withShown, hiddenViews]) await page.evaluate(`window.postMessage(${JSON.stringify(m)}, '*')`);
    // A function: polling a string predicate would eval it, which the page's CSP forbids.
    const allDrawn = (): boolean =>
      (globalThis as unknown as { document: { body: { dataset: Record<string, string | undefined> } } }).document.body
        .dataset['drawnVersion'] === '1';
    await page.waitForFunction(allDrawn, undefined, { timeout: 30_000 });
    const state = await page.evaluate<{ cached: number; ready: number; failed: number; svgs: number }>(`({
      cached: document.querySelectorAll('.diagram[data-cached="1"]').length,
      ready: document.querySelectorAll('.diagram.diagram-ready').length,
      failed: document.querySelectorAll('.diagram.diagram-failed').length,
      svgs: document.querySelectorAll('.diagram svg').length,
    })`);
    const n = update.diagrams.length;
    assert.deepEqual(state, { cached: n, ready: n, failed: 0, svgs: n });
    // Stored diagrams are not reported back as drawn (nothing was drawn).
    const posted = await page.evaluate<WebviewToExtension[]>('window.__posted');
    assert.equal(posted.filter((m) => m.type === 'diagramDrawn').length, 0);
    await context.close();
  });

  it('draws only what it was not sent, and ignores SVGs stored for another theme', async () => {
    const architecture = update.diagrams.find((d) => d.key === 'architecture');
    const stored = drawn.find((d) => d.hash === architecture?.hash);
    assert.ok(stored);
    const pp = await openPreviewPage(browser, server);
    const other = drawn.find((d) => d !== stored);
    assert.ok(other);
    await pp.post({
      ...update,
      cachedDiagrams: [
        { hash: stored.hash, theme: 'default', svg: stored.svg },
        { hash: other.hash, theme: 'dark', svg: other.svg },
      ],
    });
    await pp.waitFor(1, 'drawn');
    const redrawn = (await pp.posted()).filter((m) => m.type === 'diagramDrawn');
    // Everything but the one stored for this theme is drawn, the one stored for another theme included.
    assert.deepEqual(
      redrawn.map((m) => (m.type === 'diagramDrawn' ? m.hash : '')).sort(),
      drawn
        .filter((d) => d !== stored)
        .map((d) => d.hash)
        .sort(),
    );
    assert.equal(await pp.page.locator('.diagram[data-cached="1"]').count(), 1);
    await pp.page.close();
  });
});
