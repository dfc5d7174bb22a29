import * as assert from 'node:assert/strict';
import type { WebviewToExtension } from '../../src/protocol/previewMessages';
import { previewSuite, readRepoFile, updateFromYaml, type PreviewPage } from './browserHarness';

const FILE = 'examples/smart-factory.presales.yaml';

/** Marks the drawn SVGs so a later check can tell whether they were kept or replaced. */
async function markSvgs(pp: PreviewPage): Promise<void> {
  await pp.page.evaluate(`document.querySelectorAll('.diagram svg').forEach((s) => { s.__mark = true; })`);
}
async function keptSvgs(pp: PreviewPage): Promise<Record<string, boolean>> {
  return pp.page.evaluate<Record<string, boolean>>(
    `Object.fromEntries([...document.querySelectorAll('.diagram')].map((d) => [d.dataset.diagram, d.querySelector('svg')?.__mark === true]))`,
  );
}
async function postedOf<T extends WebviewToExtension['type']>(
  pp: PreviewPage,
  type: T,
): Promise<Array<Extract<WebviewToExtension, { type: T }>>> {
  return (await pp.posted()).filter((m): m is Extract<WebviewToExtension, { type: T }> => m.type === type);
}

describe('preview in Chromium: updates and interaction', () => {
  const preview = previewSuite();
  const text = readRepoFile(FILE);
  const pp = preview.showing(text, { width: 1000, height: 700 });

  it('applies a text-only edit in place and keeps both drawn diagrams', async () => {
    await markSvgs(pp);
    const edited = text.replace(
      'title: Shop-Floor Data Platform for Plant Ulm',
      'title: Shop-Floor Data Platform for Plant Ulm (rev B)',
    );
    await pp.post(updateFromYaml(edited, { version: 2 }));
    await pp.waitFor(2, 'applied');
    assert.match((await pp.page.textContent('h1')) ?? '', /\(rev B\)/);
    // The context view names the solution by the proposal's title, so it alone is drawn again.
    const kept = await keptSvgs(pp);
    const others = Object.entries(kept).filter(([key]) => key !== 'view-context');
    assert.ok(others.length >= 2 && others.every(([, k]) => k), JSON.stringify(kept));
  });

  it('redraws only the diagram whose source changed', async () => {
    await markSvgs(pp);
    const edited = text.replace('name: Edge gateways', 'name: Renamed Gateway 9000');
    assert.notEqual(edited, text, 'fixture edit applied');
    await pp.post(updateFromYaml(edited, { version: 3 }));
    await pp.waitFor(3, 'drawn');
    // The views showing the gateway are redrawn; the timeline and the views without it are kept.
    const kept = await keptSvgs(pp);
    assert.equal(kept['architecture'], false, JSON.stringify(kept));
    assert.equal(kept['timeline'], true, JSON.stringify(kept));
    assert.match((await pp.page.textContent('.diagram[data-diagram=architecture] svg')) ?? '', /Renamed Gateway 9000/);
  });

  it('ignores an update older than the one shown (stale render)', async () => {
    await pp.post(updateFromYaml(text.replace('title: Shop-Floor', 'title: STALE Shop-Floor'), { version: 2 }));
    await pp.post(updateFromYaml(text, { version: 4 }));
    await pp.waitFor(4, 'applied');
    assert.doesNotMatch((await pp.page.textContent('h1')) ?? '', /STALE/);
  });

  it('shows the syntax-error banner with a link to the Problems panel, over the last good render', async () => {
    await pp.post({
      type: 'banner',
      banner: {
        text: 'The file has 2 YAML syntax error(s); showing the last good version.',
        linkText: 'Show Problems',
      },
    });
    await pp.page.waitForSelector('#banner:not([hidden])');
    assert.match((await pp.page.textContent('#banner')) ?? '', /2 YAML syntax error/);
    assert.ok(await pp.page.$('.diagram svg'), 'the last good render stays');
    await pp.page.click('#banner button');
    assert.equal((await postedOf(pp, 'openProblems')).length, 1);
    await pp.post({ type: 'banner', banner: undefined });
    await pp.page.waitForSelector('#banner[hidden]', { state: 'attached' });
  });

  it('reveals the source line when a table row or a diagram node is clicked', async () => {
    const lines = text.split('\n');
    const r01 = lines.findIndex((l) => /^\s*- id: R-01\b/.test(l));
    await pp.page.click('tr#req-R-01 td:nth-child(3)');
    assert.equal((await postedOf(pp, 'revealLine')).at(-1)?.line, r01);
    const first = await pp.page.$('.diagram[data-diagram=architecture] g.node');
    assert.ok(first);
    await first.click({ force: true });
    const revealed = (await postedOf(pp, 'revealLine')).at(-1)?.line ?? -1;
    assert.match(lines[revealed] ?? '', /id:/, `a component line, got ${revealed}: ${lines[revealed]}`);
  });

  it('scrolls to an editor line without echoing it back, and reports user scrolling', async () => {
    const lines = text.split('\n');
    const riskLine = lines.findIndex((l) => /^risks:/.test(l));
    await pp.page.waitForTimeout(120); // let a report of an earlier click's scroll (50 ms throttle) arrive first
    const before = (await postedOf(pp, 'didScroll')).length;
    await pp.post({ type: 'scrollToLine', line: riskLine + 2 });
    await pp.page.waitForFunction(() => (globalThis as unknown as { scrollY: number }).scrollY > 500);
    const top = await pp.page.evaluate<number>(`document.getElementById('section-risks').getBoundingClientRect().top`);
    assert.ok(top < 300, `risks section near the top (${top})`);
    await pp.page.waitForTimeout(300); // would-be echo window: nothing may be posted
    assert.equal((await postedOf(pp, 'didScroll')).length, before, 'no didScroll echo');
    await pp.page.mouse.move(500, 300);
    await pp.page.mouse.wheel(0, 150);
    await pp.page.waitForFunction(
      (n) =>
        (globalThis as unknown as { __posted: Array<{ type: string }> }).__posted.filter((m) => m.type === 'didScroll')
          .length > n,
      before,
    );
    const reported = (await postedOf(pp, 'didScroll')).at(-1)?.line ?? -1;
    assert.ok(reported >= riskLine, `still within the risks (${reported} >= ${riskLine})`);
  });

  it('keeps the document and scroll line in the webview state (restored after reload)', async () => {
    const state = await pp.page.evaluate<{ uri: string; scrollLine: number }>('window.__state');
    assert.equal(state.uri, 'file:///test.presales.yaml');
    assert.equal(typeof state.scrollLine, 'number');
  });
});
