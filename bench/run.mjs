// `npm run bench`: runs every bench/*.bench.mjs in name order, each in its own Node process (a fresh
// heap and JIT per benchmark, so one cannot slow another). To add a benchmark, add such a file.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.bench.mjs') && (only.length === 0 || only.some((o) => f.includes(o))))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const r = spawnSync(process.execPath, ['--expose-gc', path.join(benchDir, file)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed++;
    console.error(`bench: ${file} failed (exit ${r.status ?? r.signal})`);
  }
}
// Benchmarks report, they do not pass or fail on timings; a non-zero exit means one could not run.
process.exit(failed ? 1 : 0);
