// The pitch deck (PPTX) without a browser: both examples and a large generated proposal (~5k lines,
// its architecture summarised per zone, its long tables continued over slides). "first" is the
// first export in a fresh process (elkjs and pptxgenjs loaded, JIT cold), as a CLI run pays it;
// "total" the median of the runs after it ("cpu" the CPU time of the same runs, steadier under load);
// "build" the slides, the ELK layout and the PPTX package.
// Target: deck under 2 s without a browser. Reports medians; it does not pass or fail.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBundle, requireBundle, root } from './bundle.mjs';
import { generateProposal } from './generate.mjs';
import { markdownTable, median, ms } from './stats.mjs';

// Built now, required later: the first export's time includes loading it.
const bundle = await buildBundle('deck-export', 'src/node/exportJob.ts');

const out = mkdtempSync(path.join(os.tmpdir(), 'presales-deck-bench-'));
const large = path.join(out, 'large.presales.yaml');
writeFileSync(large, generateProposal(5000, { injectErrors: false }).text);
const RUNS = Number(process.env.DECK_BENCH_RUNS ?? 5);
const cases = [
  ['smart-factory', path.join(root, 'examples', 'smart-factory.presales.yaml')],
  ['zhihui-kefu', path.join(root, 'examples', 'zhihui-kefu.presales.yaml')],
  ['large (5k lines)', large],
];
const loadStarted = performance.now();
const { exportProposal } = requireBundle(bundle);
const loadMs = performance.now() - loadStarted;
const rows = [];
let first = true;
for (const [name, sourcePath] of cases) {
  const request = { sourcePath, format: 'pptx', doc: 'deck', out: path.join(out, `${path.basename(sourcePath)}.pptx`) };
  const coldStarted = performance.now();
  const cold = await exportProposal(request);
  const coldMs = performance.now() - coldStarted + (first ? loadMs : 0);
  first = false;
  const totals = [];
  const builds = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const r = await exportProposal(request);
    const used = process.cpuUsage(cpu);
    totals.push(performance.now() - started);
    cpus.push((used.user + used.system) / 1000);
    builds.push(r.timings.build);
  }
  rows.push([
    name,
    ms(coldMs),
    ms(median(totals)),
    ms(median(cpus)),
    ms(median(builds)),
    `${(cold.bytes / 1024).toFixed(0)} KiB`,
  ]);
}
rmSync(out, { recursive: true, force: true });
console.log(
  `Pitch deck (PPTX), no browser (median of ${RUNS} after a first run, ms; the first row's "first" includes loading the bundle)\n`,
);
console.log(markdownTable(['proposal', 'first', 'total', 'cpu', 'build', 'size'], rows));
const worst = Math.max(...rows.map((r) => Number(String(r[2]).replace(/[^\d.]/g, ''))));
const worstCpu = Math.max(...rows.map((r) => Number(String(r[3]).replace(/[^\d.]/g, ''))));
const [load1] = os.loadavg();
console.log(`\nDeck without a browser, slowest median: ${worst} ms wall, ${worstCpu} ms CPU (target < 2000 ms)`);
console.log(`load average ${load1.toFixed(1)} on ${os.cpus().length} cores (wall time swings with it; CPU time less)`);
