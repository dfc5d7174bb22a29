import * as assert from 'node:assert/strict';
import { checkProposal } from '../../src/core/check';
import type { UpdateMessage } from '../../src/protocol/previewMessages';
import { diagramReadings, previewSuite, readRepoFile, updateFromYaml } from './browserHarness';
// Mermaid lays words out in separate elements, so spacing is not compared.
import { squash } from './exportTools';
import { exampleProposals } from '../support/fixtures';

function exampleFiles(): string[] {
  return exampleProposals();
}

describe('preview in Chromium: diagrams', () => {
  const preview = previewSuite();

  for (const file of exampleFiles()) {
    describe(file, () => {
      const text = readRepoFile(file);
      const result = checkProposal(text);
      const pp = preview.showing(text);

      it('draws the architecture with every component name', async () => {
        const arch = (await diagramReadings(pp)).find((d) => d.key === 'architecture');
        assert.ok(arch?.ready, 'architecture drawn');
        for (const c of result.proposal.architecture?.components ?? []) {
          assert.ok(squash(arch.text).includes(squash(c.name ?? '')), `component "${c.name}" in the SVG`);
        }
      });

      it('draws the timeline with every task name', async () => {
        const gantt = (await diagramReadings(pp)).find((d) => d.key === 'timeline');
        assert.ok(gantt?.ready, 'timeline drawn');
        for (const t of result.schedule.tasks)
          assert.ok(squash(gantt.text).includes(squash(t.name)), `task "${t.name}" in the SVG`);
      });

      it('places every risk in its likelihood x impact cell', async () => {
        const cells = await pp.page.evaluate<
          Array<{ l: number; i: number; ids: string[] }>
        >(`[...document.querySelectorAll('.risk-matrix td.risk-cell')].map((td) => ({
          l: Number(td.dataset.likelihood), i: Number(td.dataset.impact), ids: [...td.querySelectorAll('.risk-chip')].map((c) => c.textContent) }))`);
        assert.equal(cells.length, 25);
        for (const r of result.proposal.risks ?? []) {
          const cell = cells.find((c) => c.ids.includes(r.id ?? ''));
          assert.deepEqual(cell && [cell.l, cell.i], [r.likelihood, r.impact], `risk ${r.id}`);
        }
      });

      it('loads nothing but the bundle, with no CSP violation', async () => {
        assert.deepEqual(await pp.cspViolations(), []);
      });
    });
  }

  describe('hostile names', () => {
    const text = readRepoFile('test/browser/fixtures/hostile-names.presales.yaml');
    const result = checkProposal(text);
    const pp = preview.showing(text);

    it('renders quotes, brackets, colons, semicolons, #, %%, arrows, end/graph/subgraph, Chinese and emoji as written', async () => {
      const texts = await diagramReadings(pp);
      const arch = texts.find((d) => d.key === 'architecture');
      const gantt = texts.find((d) => d.key === 'timeline');
      assert.ok(arch?.ready && gantt?.ready, 'both diagrams drawn, none rejected');
      const archText = squash(arch.text);
      for (const c of result.proposal.architecture?.components ?? [])
        assert.ok(archText.includes(squash(c.name ?? '')), `component ${JSON.stringify(c.name)}`);
      for (const z of result.proposal.architecture?.zones ?? [])
        assert.ok(archText.includes(squash(z.name ?? '')), `zone ${JSON.stringify(z.name)}`);
      for (const c of result.proposal.architecture?.connections ?? [])
        if (c.label) assert.ok(archText.includes(squash(c.label)), `edge ${JSON.stringify(c.label)}`);
      const ganttText = squash(gantt.text);
      for (const t of result.schedule.tasks)
        assert.ok(ganttText.includes(squash(t.name)), `task ${JSON.stringify(t.name)}`);
      assert.ok(ganttText.includes(squash('section: one; #2')), 'phase name');
    });

    it('keeps the default theme although a label holds an init directive', async () => {
      const svgText = await pp.page.evaluate<string>(
        `document.querySelector('.diagram[data-diagram=architecture] svg style')?.textContent ?? ''`,
      );
      assert.doesNotMatch(svgText, /#cde498/i, 'forest theme colours would mean the directive was obeyed');
    });
  });

  describe('diagram tools', () => {
    const text = readRepoFile(exampleFiles()[0] ?? '');
    const pp = preview.showing(text);

    it('"Save as PNG" produces a real PNG through the canvas (not tainted by HTML labels)', async () => {
      await pp.page.click('.diagram[data-diagram=architecture] button.save-png', { force: true });
      await pp.page.waitForFunction(() =>
        (globalThis as unknown as { __posted: Array<{ type: string }> }).__posted.some(
          (m) => m.type === 'savePng' || m.type === 'error',
        ),
      );
      const posted = await pp.posted();
      const png = posted.find((m) => m.type === 'savePng');
      assert.ok(png && png.type === 'savePng', JSON.stringify(posted.filter((m) => m.type === 'error')));
      const bytes = Buffer.from(png.dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64');
      assert.deepEqual([...bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
      assert.ok(bytes.length > 5000, `PNG of ${bytes.length} bytes`);
    });

    it('"Copy SVG" and "Save as SVG" send well-formed standalone SVG', async () => {
      await pp.page.click('.diagram[data-diagram=timeline] button.copy-svg', { force: true });
      await pp.page.click('.diagram[data-diagram=timeline] button.save-svg', { force: true });
      const posted = await pp.posted();
      const copy = posted.find((m) => m.type === 'copySvg');
      const save = posted.find((m) => m.type === 'saveSvg');
      assert.ok(copy && copy.type === 'copySvg' && save && save.type === 'saveSvg');
      assert.equal(save.diagram, 'timeline');
      assert.match(copy.svg, /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    });

    it('zooms with Ctrl+wheel and resets', async () => {
      const canvas = '.diagram[data-diagram=architecture] .diagram-canvas';
      await pp.page.hover('.diagram[data-diagram=architecture] .diagram-viewport');
      await pp.page.keyboard.down('Control');
      await pp.page.mouse.wheel(0, -200);
      await pp.page.keyboard.up('Control');
      assert.match((await pp.page.getAttribute(canvas, 'style')) ?? '', /scale\((?!1\))/);
      await pp.page.click('.diagram[data-diagram=architecture] button.zoom-reset', { force: true });
      assert.match((await pp.page.getAttribute(canvas, 'style')) ?? '', /translate\(0px, 0px\) scale\(1\)/);
    });

    it('re-renders diagrams in the dark theme when VS Code switches theme', async () => {
      await pp.page.evaluate(`document.body.className = 'vscode-dark'`);
      await pp.page.waitForFunction(() => {
        const d = (
          globalThis as unknown as {
            document: { querySelectorAll(s: string): ArrayLike<{ dataset: Record<string, string> }> };
          }
        ).document;
        return Array.from(d.querySelectorAll('.diagram')).every((x) => x.dataset['theme'] === 'dark');
      });
      const texts = await diagramReadings(pp);
      assert.ok(texts.every((d) => d.ready && d.theme === 'dark'));
    });

    it('answers renderDiagramsForExport with light-theme SVGs using text labels', async () => {
      const hostile = checkProposal(readRepoFile('test/browser/fixtures/hostile-names.presales.yaml'));
      const message = updateFromYaml(readRepoFile('test/browser/fixtures/hostile-names.presales.yaml'));
      const sources = message.diagrams.map((d) => d.source);
      await pp.post({ type: 'renderDiagramsForExport', id: 42, sources });
      await pp.page.waitForFunction(() =>
        (globalThis as unknown as { __posted: Array<{ type: string }> }).__posted.some(
          (m) => m.type === 'diagramsRendered',
        ),
      );
      const answer = (await pp.posted()).find((m) => m.type === 'diagramsRendered');
      assert.ok(answer && answer.type === 'diagramsRendered');
      assert.equal(answer.id, 42);
      assert.equal(answer.results.length, sources.length);
      const svgs = answer.results.map((r) => ('svg' in r ? r.svg : assert.fail(JSON.stringify(r))));
      const arch = svgs[0] ?? '';
      assert.doesNotMatch(arch, /foreignObject/);
      // Decode the SVG as XML in the page and compare its text with the names.
      const decoded = await pp.page.evaluate((svg) => {
        const g = globalThis as unknown as {
          DOMParser: new () => {
            parseFromString(
              s: string,
              t: string,
            ): { documentElement: { textContent: string | null; nodeName: string } };
          };
        };
        const doc = new g.DOMParser().parseFromString(svg, 'image/svg+xml');
        return { root: doc.documentElement.nodeName, text: doc.documentElement.textContent ?? '' };
      }, arch);
      assert.equal(decoded.root, 'svg');
      for (const c of hostile.proposal.architecture?.components ?? [])
        assert.ok(squash(decoded.text).includes(squash(c.name ?? '')), `export SVG shows ${JSON.stringify(c.name)}`);
    });
  });

  describe('a diagram Mermaid rejects', () => {
    it("shows Mermaid's error in place, as text, and leaves nothing behind in <body>", async () => {
      const pp = await preview.open();
      try {
        const bad: UpdateMessage = {
          ...updateFromYaml('proposal: { title: X }\n', { version: 1 }),
          sections: [
            {
              key: 'x',
              html: '<section data-section="x"><div class="diagram" data-diagram="architecture" data-source-hash="bad" data-node-lines="{}"><pre class="mermaid-source">flowchart LR\n  a[[[ &lt;img src=x onerror=window.__pwned=1&gt;</pre></div></section>',
            },
          ],
        };
        await pp.post(bad);
        await pp.waitFor(1, 'drawn');
        const state = await pp.page.evaluate<{
          failed: boolean;
          error: string;
          imgs: number;
          stray: number;
          pwned: boolean;
        }>(
          `({ failed: !!document.querySelector('.diagram.diagram-failed pre.diagram-error'), error: document.querySelector('.diagram-error')?.textContent ?? '', imgs: document.querySelectorAll('.diagram img').length, stray: [...document.body.children].filter((e) => !['banner', 'outline', 'content'].includes(e.id) && e.tagName !== 'SCRIPT').length, pwned: window.__pwned === 1 })`,
        );
        assert.equal(state.failed, true);
        assert.match(state.error, /Parse error|Syntax error|Expecting/i);
        assert.equal(state.imgs, 0);
        assert.equal(state.stray, 0);
        assert.equal(state.pwned, false);
      } finally {
        await pp.page.close();
      }
    });
  });
});
