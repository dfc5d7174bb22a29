import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
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
import {
  MIN_LABEL_PX,
  a4LabelPx,
  edgeLabelPlacement,
  edgesAreOrthogonal,
  measureSvg,
  shownLabelPx,
} from './diagramMetrics';
import { buildDocument } from '../../src/core/export/documents';
import { diagramSources } from '../../src/core/export/documentModel';
import { diagramModel } from '../support/diagramModel';
import { exportProposal } from '../../src/node/exportJob';
import { printHtmlToPdf } from '../../src/node/pdfPrinter';
import { PRINT_FIGURE_AREA } from '../../src/core/export/htmlStyle';
import { MAX_PICTURE_PIXELS } from '../../src/core/export/figureParts';
import { officeToPdf, pdfText, tempDir, zipPart } from './exportTools';

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
      // The whole model as the preview has it, and the documents' overview by zone and context view.
      { id: 'architecture-model-whole', mermaid: architectureDiagram(checked.proposal).source },
      ...diagramSources(buildDocument('proposal', checked.proposal))
        .filter((s) => s.id === 'architecture' || s.id === 'view-context')
        .map((s) => ({ ...s, id: `architecture-model-${s.id}` as const })),
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

  it('connection labels sit on their own line, clear of other labels and lines, in every view drawn', async () => {
    const flowcharts = [...drawn.keys()].filter((k) => !k.startsWith('timeline-'));
    assert.ok(flowcharts.length >= 10, `flowcharts drawn: ${flowcharts.join(', ')}`);
    let labels = 0;
    for (const id of flowcharts) {
      await show(id);
      const placed = await edgeLabelPlacement(page, 'svg');
      labels += placed.labels;
      assert.deepEqual(placed.overlapping, [], `${id}: labels on top of each other`);
      assert.deepEqual(placed.crossed, [], `${id}: a line through another connection's label`);
      // ELK places a label beside its line; a few on long bends of the whole 60-component model end up
      // a little apart (2 of 90 when measured), never on another line.
      assert.ok(
        placed.away.length <= Math.ceil(placed.labels * 0.03),
        `${id}: labels away from their line: ${placed.away.join(', ')}`,
      );
    }
    assert.ok(labels >= 150, `labels read: ${labels}`);
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

/** " (part 2 of 3)" at the end of a part's caption. */
const PART = / \(part (\d+) of (\d+)\)$/;

describe('the A4 exports of the generated model: every figure and part prints its labels at 8 pt or more', function () {
  this.timeout(900_000);
  const dir = tempDir('legible-exports');
  const source = path.join(dir, 'generated.presales.yaml');
  let browser: Browser;
  let page: Page;
  let html = '';
  let docx = '';
  /** Per caption of a whole figure in the HTML: its SVG's viewBox width and smallest label (computed style). */
  const figures = new Map<string, { viewBoxWidth: number; font: number }>();

  before(async () => {
    writeFileSync(source, diagramModel().text);
    const browserPath = process.env['CHROMIUM'] || '/usr/bin/chromium';
    // One cache folder: the DOCX reuses the drawings the HTML export made.
    const common = {
      sourcePath: source,
      out: dir,
      browserPath,
      rendererDir: RENDERER,
      diagramCacheDir: path.join(dir, 'cache'),
    };
    html = readFileSync((await exportProposal({ ...common, format: 'html' })).path, 'utf8');
    docx = (await exportProposal({ ...common, format: 'docx' })).path;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: Math.round(PRINT_FIGURE_AREA.width), height: 1000 } });
    await page.setContent(html);
    // Each whole figure numbered, so its SVG can be measured on its own.
    const captions = await page.evaluate<string[]>(
      `[...document.querySelectorAll('figure.diagram:not(.diagram-part)')].map((f, k) => (f.setAttribute('data-figure-index', String(k)), f.querySelector('figcaption').textContent))`,
    );
    for (const [i, caption] of captions.entries()) {
      const m = await measureSvg(page, `[data-figure-index="${i}"] svg`);
      figures.set(caption, { viewBoxWidth: m.viewBoxWidth, font: m.smallestFont });
    }
  });
  after(async () => {
    await browser?.close();
  });

  it('the PDF (the HTML printed on A4): every shown figure or part, labels at 8 pt or more', async () => {
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate<Array<{ caption: string; width: number; viewBoxWidth: number }>>(`(() =>
      [...document.querySelectorAll('figure.diagram')].filter((f) => f.getBoundingClientRect().height > 0).map((f) => {
        const svg = f.querySelector('svg');
        return { caption: f.querySelector('figcaption').textContent, width: svg.getBoundingClientRect().width, viewBoxWidth: svg.viewBox.baseVal.width };
      }))()`);
    assert.ok(
      shown.some((f) => PART.test(f.caption)),
      'some view is printed in parts',
    );
    assert.ok(shown.length >= figures.size, `${shown.length} printed figures for ${figures.size} diagrams`);
    for (const f of shown) {
      const whole = figures.get(f.caption.replace(PART, ''));
      assert.ok(whole, `a drawn diagram for "${f.caption}"`);
      const pt = ((whole.font * f.width) / f.viewBoxWidth) * 0.75;
      assert.ok(pt >= 8 - 0.01, `${f.caption}: labels printed at ${pt.toFixed(2)} pt`);
    }
    await page.emulateMedia({ media: 'screen' });
  });

  it('the DOCX: every picture Word and LibreOffice place, labels at 8 pt or more (crop and size read from the file)', () => {
    const xml = zipPart(docx, 'word/document.xml');
    const drawings = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
    assert.ok(drawings.length >= figures.size, `${drawings.length} pictures for ${figures.size} diagrams`);
    for (const d of drawings) {
      const caption = decodeXml(/<wp:docPr [^>]*descr="([^"]*)"/.exec(d)?.[1] ?? '');
      const whole = figures.get(caption.replace(PART, ''));
      assert.ok(whole, `a drawn diagram for picture "${caption}"`);
      const cx = Number(/<wp:extent cx="(\d+)"/.exec(d)?.[1]);
      const crop = /<a:srcRect([^>]*)\/>/.exec(d)?.[1] ?? '';
      const edge = (k: string): number => Number(new RegExp(`\\b${k}="(-?\\d+)"`).exec(crop)?.[1] ?? 0) / 100_000;
      const shownOfWhole = 1 - edge('l') - edge('r');
      const pt = ((whole.font * (cx / 9525)) / (whole.viewBoxWidth * shownOfWhole)) * 0.75;
      assert.ok(pt >= 8 - 0.05, `${caption}: labels placed at ${pt.toFixed(2)} pt`);
    }
  });

  it('the DOCX: every picture, each part of a split one included, has 200 dpi where it is printed, unless capped', () => {
    const xml = zipPart(docx, 'word/document.xml');
    const rels = zipPart(docx, 'word/_rels/document.xml.rels');
    const drawings = [...xml.matchAll(/<w:drawing>[\s\S]*?<\/w:drawing>/g)].map((m) => m[0]);
    let parts = 0;
    let sharpParts = 0;
    for (const d of drawings) {
      const caption = decodeXml(/<wp:docPr [^>]*descr="([^"]*)"/.exec(d)?.[1] ?? '');
      const whole = figures.get(caption.replace(PART, ''));
      assert.ok(whole, `a drawn diagram for picture "${caption}"`);
      const embed = /r:embed="([^"]+)"/.exec(d)?.[1];
      const target = new RegExp(`Id="${embed}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
      assert.ok(target, `${caption}: its picture`);
      const { width, height } = pngSize(zipBytes(docx, `word/${target.replace(/^\/?word\//, '')}`));
      const cx = Number(/<wp:extent cx="(\d+)"/.exec(d)?.[1]);
      const crop = /<a:srcRect([^>]*)\/>/.exec(d)?.[1] ?? '';
      const edge = (k: string): number => Number(new RegExp(`\\b${k}="(-?\\d+)"`).exec(crop)?.[1] ?? 0) / 100_000;
      const dpi = (width * (1 - edge('l') - edge('r'))) / (cx / 914_400);
      const shown = `${caption}: ${dpi.toFixed(0)} dpi (${width}x${height} px, ${(cx / 914_400).toFixed(2)} in wide)`;
      // The cap: 16 Mpx, or the drawing's own size when that is already more.
      const atOwnSize = Math.abs(width - whole.viewBoxWidth) <= 2;
      assert.ok(width * height <= MAX_PICTURE_PIXELS || atOwnSize, `${shown}: over the cap`);
      assert.ok(dpi >= 200 || width * height > MAX_PICTURE_PIXELS * 0.999 || atOwnSize, shown);
      if (PART.test(caption)) {
        parts++;
        if (dpi >= 200) sharpParts++;
      }
    }
    assert.ok(sharpParts > 0, `${sharpParts} of ${parts} parts of split diagrams at 200 dpi or more`);
  });

  it('a DOCX read by LibreOffice and the printed PDF read by pdftotext show every part caption, in order', async () => {
    const parts = [
      ...html.matchAll(/<figure class="diagram diagram-part">[\s\S]*?<figcaption>([^<]*)<\/figcaption>/g),
    ].map((m) => decodeXml(m[1] ?? ''));
    assert.ok(parts.length > 0, 'some figure is printed in parts');
    const pdf = path.join(dir, 'printed.pdf');
    writeFileSync(pdf, await printHtmlToPdf(process.env['CHROMIUM'] || '/usr/bin/chromium', html));
    for (const [name, text] of [
      ['PDF', squash(pdfText(pdf))],
      ['DOCX', squash(pdfText(officeToPdf(docx, dir)))],
    ] as const) {
      let at = 0;
      for (const caption of parts) {
        const found = text.indexOf(squash(caption), at);
        assert.ok(found >= 0, `${name}: "${caption}" after position ${at}`);
        at = found;
      }
    }
  });
});

function zipBytes(file: string, part: string): Buffer {
  return execFileSync('unzip', ['-p', file, part], { maxBuffer: 64 * 1024 * 1024 });
}

/** A PNG's size from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.equal(png.toString('latin1', 12, 16), 'IHDR', 'a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
