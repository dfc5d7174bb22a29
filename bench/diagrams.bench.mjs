// Diagram legibility benchmark: for the generated 60-component, 90-connection, 6-zone model and its
// 150-task plan, drawn by the BUILT export renderer (dist/exportRenderer; `npm run bench` builds it as it ships),
// prints per diagram / view the smallest label at A4 (16 cm text column, 96 dpi; target >= 8 pt)
// and the edge crossings ELK and dagre give (segment intersections of the SVG's edge routes), and
// how the DOCX places it (src/core/export/figureParts.ts): on one page when its labels stay at 8 pt
// or more, else cut into parts each printed at 8 pt.
// It reports; it does not fail on the figures.
import path from 'node:path';
import { loadBundle, root } from './bundle.mjs';
import { markdownTable } from './stats.mjs';

const b = await loadBundle('diagramsBench', [
  "export { HeadlessBrowser } from './src/node/headless';",
  "export { checkProposal } from './src/core/check';",
  "export { architectureDiagram } from './src/core/render/architectureDiagram';",
  "export { LARGE_MODEL } from './src/core/architecture/views';",
  "export { timelineSummaryMermaid, timelinePhaseFigures } from './src/core/render/timelineDiagram';",
  "export { diagramModel } from './test/support/diagramModel';",
  "export { measureSvg, a4LabelPx } from './test/browser/diagramMetrics';",
  "export { launchChromium } from './test/browser/browserHarness';",
  "export { placeFigure, svgBoxCentres, svgLabelPx, svgViewBox, WORD_FIGURE_AREA } from './src/core/export/figureParts';",
]);
/** The DOCX's placement of a drawn diagram: parts on A4 and the label size they print at. */
function docxPlacement(d) {
  const size = { width: Math.max(1, d.width), height: Math.max(1, d.height) };
  const box = b.svgViewBox(d.svg, size);
  const boxes = b
    .svgBoxCentres(d.svg, box)
    .map((c) => ({ x: (c.x * size.width) / box.width, y: (c.y * size.height) / box.height }));
  const labelPx = b.svgLabelPx(d.svg);
  const placed = b.placeFigure(size, labelPx, b.WORD_FIGURE_AREA, boxes);
  return `${placed.parts.length} x ${((labelPx * placed.scale * 72) / 96).toFixed(1)} pt`;
}
const DAGRE = '---\nconfig:\n  layout: dagre\n---\n';
const { text } = b.diagramModel();
const { proposal: p, schedule } = b.checkProposal(text);
// The whole model as the preview has it, and as printed documents draw it (one box per zone).
const views = [
  { id: 'architecture', mermaid: b.architectureDiagram(p).source },
  { id: 'architecture-printed-overview', mermaid: b.architectureDiagram(p, { maxNodes: b.LARGE_MODEL }).source },
];
for (const z of p.architecture.zones) {
  const ids = p.architecture.components.filter((c) => c.zone === z.id).map((c) => c.id);
  views.push({ id: `architecture-${z.id}`, mermaid: b.architectureDiagram(p, { componentIds: ids }).source });
}
const gantts = [
  { id: 'timeline-summary', mermaid: b.timelineSummaryMermaid(schedule) },
  ...b.timelinePhaseFigures(schedule).map((f) => ({ id: f.key, mermaid: f.source })),
];
const headless = await b.HeadlessBrowser.launch(process.env.CHROMIUM || '/usr/bin/chromium');
const renderer = path.join(root, 'dist', 'exportRenderer');
const t0 = performance.now();
const elk = await headless.renderDiagrams([...views, ...gantts], renderer);
const tElk = performance.now() - t0;
const t1 = performance.now();
const dagre = await headless.renderDiagrams(
  views.map((v) => ({ id: v.id, mermaid: DAGRE + v.mermaid })),
  renderer,
);
const tDagre = performance.now() - t1;
await headless.close();
const browser = await b.launchChromium();
const page = await browser.newPage();
const measure = async (d) => {
  if (!d || d.error) return undefined;
  await page.setContent(`<body style="margin:0">${d.svg}</body>`);
  return b.measureSvg(page, 'svg');
};
const rows = [];
for (const v of [...views, ...gantts]) {
  const m = await measure(elk.find((d) => d.id === v.id));
  const md = await measure(dagre.find((d) => d.id === v.id));
  const pt = m ? ((b.a4LabelPx(m) * 72) / 96).toFixed(1) : 'error';
  const drawn = elk.find((d) => d.id === v.id);
  rows.push([
    v.id,
    m ? `${Math.round(m.viewBoxWidth)} x ${Math.round(m.viewBoxHeight)}` : '',
    pt,
    drawn && !drawn.error ? docxPlacement(drawn) : '',
    m ? String(m.overlaps.length) : '',
    m && v.id.startsWith('architecture') ? String(m.crossings) : '',
    md ? String(md.crossings) : '',
  ]);
}
await browser.close();
console.log(`generated model: 60 components, 90 connections, 6 zones, ${schedule.tasks.length} tasks`);
console.log(
  markdownTable(
    [
      'diagram / view',
      'size (px)',
      'smallest label, whole on A4 (pt)',
      'DOCX: parts x label',
      'overlapping boxes',
      'crossings ELK',
      'crossings dagre',
    ],
    rows,
  ),
);
console.log(
  `drawing: ELK views + gantts ${Math.round(tElk)} ms, dagre views ${Math.round(tDagre)} ms (one renderer page each)`,
);
