// The pitch deck (PPTX) without a browser: both examples and a large generated proposal (~5k lines,
// its architecture summarised per zone, its long tables continued over slides). "first" is the
// first export in a fresh process (elkjs and pptxgenjs loaded, JIT cold), as a CLI run pays it;
// "total" the median of the runs after it; "build" the slides, the ELK layout and the PPTX package.
// Target: deck under 2 s without a browser. Reports medians; it does not pass or fail.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { root } from './coreBundle.mjs';
import { generateProposal } from './generate.mjs';
import { markdownTable, median, ms } from './stats.mjs';

// A bundle of its own (a name no other benchmark uses: .cache is shared between checkouts).
const bundle = path.join(root, '.cache', 'bench', 'deck-export.cjs');
await build({
  entryPoints: [path.join(root, 'src', 'node', 'exportJob.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
  external: ['playwright-core'],
});

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
const { exportProposal } = createRequire(import.meta.url)(bundle);
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
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const r = await exportProposal(request);
    totals.push(performance.now() - started);
    builds.push(r.timings.build);
  }
  rows.push([name, ms(coldMs), ms(median(totals)), ms(median(builds)), `${(cold.bytes / 1024).toFixed(0)} KiB`]);
}
rmSync(out, { recursive: true, force: true });
console.log(
  `Pitch deck (PPTX), no browser (median of ${RUNS} after a first run, ms; the first row's "first" includes loading the bundle)\n`,
);
console.log(markdownTable(['proposal', 'first', 'total', 'build', 'size'], rows));
const worst = Math.max(...rows.map((r) => Number(String(r[2]).replace(/[^\d.]/g, ''))));
console.log(`\nDeck without a browser, slowest median: ${worst} ms (target < 2000 ms)`);
