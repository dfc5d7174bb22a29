import * as assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { checkProposal } from '../../src/core/check';
import type { Proposal } from '../../src/core/model';
import { architectureDiagram } from '../../src/core/render/architectureDiagram';
import { timelinePhaseFigures, timelineSummaryMermaid } from '../../src/core/render/timelineDiagram';
import { HeadlessBrowser } from '../../src/node/headless';
import type { DiagramSource, RenderedDiagram } from '../../src/core/export/documentModel';
import {
  launchChromium,
  openPreviewPage,
  readRepoFile,
  repoRoot,
  startPreviewServer,
  updateFromYaml,
} from './browserHarness';
import { MIN_LABEL_PX, a4LabelPx, edgesAreOrthogonal, measureSvg, shownLabelPx } from './diagramMetrics';
import { diagramModel } from '../support/diagramModel';

const RENDERER = path.join(repoRoot, 'dist', 'exportRenderer');
const DAGRE = '---\nconfig:\n  layout: dagre\n---\n';

/** The containers view of each zone: what the exports draw when the whole model is too big for a page. */
function zoneViews(p: Proposal): DiagramSource[] {
  return (p.architecture?.zones ?? []).map((z) => ({
    id: `architecture-${z.id ?? ''}`,
    mermaid: architectureDiagram(p, {
      componentIds: (p.architecture?.components ?? []).filter((c) => c.zone === z.id).map((c) => c.id ?? ''),
    }).source,
  }));
}

describe('diagrams in Chromium: ELK layout and legibility at real size', function () {
  this.timeout(600_000);
  let headless: HeadlessBrowser;
  let browser: Browser;
  let page: Page;
  const model = diagramModel();
  const checked = checkProposal(model.text);
  const drawn = new Map<string, RenderedDiagram>();

  before(async () => {
    headless = await HeadlessBrowser.launch(process.env['CHROMIUM'] || '/usr/bin/chromium');
    browser = await launchChromium();
    page = await browser.newPage();
    const example = checkProposal(readRepoFile('examples/smart-factory.presales.yaml'));
    const source = architectureDiagram(example.proposal).source;
    const sources: DiagramSource[] = [
      { id: 'architecture', mermaid: source },
      { id: 'timeline-dagre', mermaid: DAGRE + source },
      ...zoneViews(checked.proposal),
      { id: 'timeline-summary', mermaid: timelineSummaryMermaid(checked.schedule) },
      ...timelinePhaseFigures(checked.schedule).map((f) => ({ id: f.key, mermaid: f.source })),
    ];
    for (const d of await headless.renderDiagrams(sources, RENDERER)) drawn.set(d.id, d);
  });
  after(async () => {
    await browser?.close();
    await headless?.close();
  });

  async function show(id: string): Promise<void> {
    const d = drawn.get(id);
    assert.ok(d && !d.error && d.svg, `${id} drawn: ${d?.error ?? 'missing'}`);
    await page.setContent(`<body style="margin:0">${d.svg}</body>`);
  }

  it('lays flowcharts out with ELK (orthogonal edges), and the check tells dagre apart', async () => {
    await show('architecture');
    const elk = await edgesAreOrthogonal(page, 'svg');
    assert.ok(elk.edges >= 10, `edges drawn: ${elk.edges}`);
    assert.equal(elk.diagonal, 0, 'ELK routes every edge orthogonally');
    await show('timeline-dagre');
    const dagre = await edgesAreOrthogonal(page, 'svg');
    assert.ok(dagre.diagonal > 0, 'the same source laid out by dagre has diagonal edges');
  });

  it('the generated model: zone views draw every component without two boxes overlapping', async () => {
    for (const view of zoneViews(checked.proposal)) {
      await show(view.id);
      const m = await measureSvg(page, 'svg');
      assert.deepEqual(m.overlaps, [], `${view.id}: overlapping boxes`);
      assert.ok(m.nodes >= 10, `${view.id}: ${m.nodes} boxes`);
    }
  });

  it('the generated plan: summary and per-phase gantts show labels of 8 pt or more on an A4 page', async () => {
    const ids = [...drawn.keys()].filter((k) => k.startsWith('timeline-') && k !== 'timeline-dagre');
    assert.equal(ids.length, 1 + 6, 'a summary and one figure per phase (25 tasks each)');
    for (const id of ids) {
      await show(id);
      const m = await measureSvg(page, 'svg');
      assert.ok(
        a4LabelPx(m) >= MIN_LABEL_PX,
        `${id}: smallest label "${m.smallestText}" ${(a4LabelPx(m) * 0.75).toFixed(1)} pt at A4`,
      );
      assert.deepEqual(m.overlaps, [], `${id}: overlapping bars`);
    }
  });

  for (const width of [500, 1200]) {
    it(`the preview at ${width} px shows every diagram of the generated model with labels of 8 pt or more`, async () => {
      const server = await startPreviewServer();
      try {
        const pp = await openPreviewPage(browser, server, 'vscode-light', { width, height: 900 });
        await pp.post(updateFromYaml(model.text, { version: 1 }));
        await pp.waitFor(1, 'drawn');
        const keys = await pp.page.evaluate<string[]>(
          // The view picker shows one architecture view at a time: the hidden ones have no size to read.
          `[...document.querySelectorAll('.diagram.diagram-ready')].filter((d) => d.getClientRects().length > 0).map((d) => d.dataset.diagram)`,
        );
        assert.ok(keys.includes('architecture') && keys.includes('timeline'), `drawn: ${keys.join(', ')}`);
        for (const key of keys) {
          const m = await measureSvg(pp.page, `.diagram[data-diagram="${key}"] svg`);
          assert.ok(
            shownLabelPx(m) >= MIN_LABEL_PX - 0.01,
            `${key} at ${width} px: "${m.smallestText}" shown at ${shownLabelPx(m).toFixed(1)} px`,
          );
          assert.deepEqual(m.overlaps, [], `${key}: overlapping boxes`);
        }
        await pp.page.close();
      } finally {
        await server.close();
      }
    });
  }
});
