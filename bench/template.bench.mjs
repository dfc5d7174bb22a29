// DOCX export into a company Word template (examples/templates/), against our own layout: both
// examples with diagrams (the browser launch and Mermaid included, as in export.bench.mjs), and a
// large generated proposal (~5k lines) without diagrams, where the merge's XML work shows. The
// build step holds writing our DOCX and pouring it into the template. With diagrams, also with a warm
// diagram cache (src/node/diagramCache.ts: a second export of an unchanged proposal, as the CLI and VS
// Code do it), interleaved with the uncached runs. Target: templated DOCX with diagrams under 3 s.
// Reports medians; it does not pass or fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildRenderer, loadBundle, root } from './bundle.mjs';
import { generateProposal } from './generate.mjs';
import { markdownTable, median, ms } from './stats.mjs';

const { exportProposal } = await loadBundle('template-export', 'src/node/exportJob.ts');
const rendererDir = await buildRenderer('template-exportRenderer');

const out = mkdtempSync(path.join(os.tmpdir(), 'presales-template-bench-'));
const large = path.join(out, 'large.presales.yaml');
writeFileSync(large, generateProposal(5000, { injectErrors: false }).text);
const RUNS = Number(process.env.TEMPLATE_BENCH_RUNS ?? 3);
const templates = {
  en: path.join(root, 'examples', 'templates', 'company.en.dotx'),
  zh: path.join(root, 'examples', 'templates', 'company.zh-CN.docx'),
};
/** @type {Array<[string, string, string | undefined, boolean]>} */
const cases = [
  ['smart-factory', path.join(root, 'examples', 'smart-factory.presales.yaml'), undefined, true],
  ['smart-factory', path.join(root, 'examples', 'smart-factory.presales.yaml'), templates.en, true],
  ['zhihui-kefu', path.join(root, 'examples', 'zhihui-kefu.presales.yaml'), templates.zh, true],
  ['large (5k lines)', large, undefined, false],
  ['large (5k lines)', large, templates.en, false],
];
const rows = [];
for (const [name, sourcePath, template, diagrams] of cases) {
  const request = {
    sourcePath,
    format: 'docx',
    out: path.join(out, `${path.basename(sourcePath)}.${template ? 'template' : 'plain'}.docx`),
    rendererDir,
    renderDiagrams: diagrams,
    ...(template ? { template } : {}),
  };
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'presales-template-bench-cache-'));
  const cached = { ...request, diagramCacheDir: cacheDir };
  await exportProposal(request); // warms the JIT and the file cache
  if (diagrams) await exportProposal(cached); // fills the diagram cache
  const totals = [];
  const warmTotals = [];
  const builds = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = await exportProposal(request);
    totals.push(performance.now() - started);
    builds.push(r.timings.build);
    bytes = r.bytes;
    if (!diagrams) continue;
    const warmStarted = performance.now();
    await exportProposal(cached);
    warmTotals.push(performance.now() - warmStarted);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  rows.push([
    name,
    template ? path.basename(template) : '(our layout)',
    diagrams ? 'yes' : 'no',
    ms(median(totals)),
    diagrams ? ms(median(warmTotals)) : '',
    ms(median(builds)),
    `${(bytes / 1024).toFixed(0)} KiB`,
  ]);
}
rmSync(out, { recursive: true, force: true });
console.log(`DOCX into a Word template (median of ${RUNS}, ms; "build" = our DOCX + the merge)\n`);
console.log(markdownTable(['proposal', 'template', 'diagrams', 'total', 'warm diagram cache', 'build', 'size'], rows));
const slowest = (column) =>
  Math.max(
    ...rows
      .filter((r) => r[1] !== '(our layout)' && r[2] === 'yes')
      .map((r) => Number(String(r[column]).replace(/[^\d.]/g, ''))),
  );
console.log(
  `\nTemplated DOCX with diagrams, slowest: ${slowest(3)} ms, with a warm diagram cache ${slowest(4)} ms (target < 3000 ms)`,
);
