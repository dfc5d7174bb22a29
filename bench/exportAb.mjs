// A/B of the export with diagrams: this checkout's code against a base commit's, in one process and
// interleaved run by run, so the machine's load falls on both alike (the shared 2-core machine's load
// changes by the minute; a before/after from separate runs measures that instead). Not run by
// `npm run bench`: `node bench/exportAb.mjs [base-ref]` (default: where this branch left main).
// The cases and targets are export.bench.mjs's cache table: the ~1,000-line example's DOCX (<= 1.5 s)
// and a generated 4,500-line proposal's DOCX (<= 3 s) and PDF (<= 5 s), each with no cache, a cold
// (empty) cache and a warm one. Prints medians, the DOCX sizes and the load average.
// EXPORT_AB_RUNS (default 5) rounds; EXPORT_AB_CASES=docx-1k,docx-4.5k,pdf-4.5k picks cases.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildRenderer, loadBundle, root } from './bundle.mjs';
import { generateProposal } from './generate.mjs';
import { markdownTable, median, ms } from './stats.mjs';

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const baseRef = process.argv[2] ?? git('merge-base', 'HEAD', 'main');
const sha = git('rev-parse', baseRef);

// The base's source tree, from git (no work tree of it is touched), with this checkout's dependencies.
const baseRoot = path.join(root, '.cache', 'bench', `ab-base-${sha.slice(0, 12)}`);
if (!existsSync(path.join(baseRoot, 'bench', 'bundle.mjs'))) {
  rmSync(baseRoot, { recursive: true, force: true });
  mkdirSync(baseRoot, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${sha} | tar -x -C '${baseRoot}'`], { cwd: root });
  symlinkSync(path.join(root, 'node_modules'), path.join(baseRoot, 'node_modules'));
}
const schema = 'schemas/presales.schema.json';
const generatedDir = 'src/core/generated';
if (!existsSync(path.join(baseRoot, generatedDir))) {
  // The generated validator is not in git: the same schema gives the same one.
  if (git('diff', sha, '--', schema) === '' && existsSync(path.join(root, generatedDir))) {
    cpSync(path.join(root, generatedDir), path.join(baseRoot, generatedDir), { recursive: true });
  } else {
    execFileSync(process.execPath, [path.join(baseRoot, 'scripts', 'build-validator.mjs')], { cwd: baseRoot });
  }
}

/** CPU milliseconds of this process and of its waited-for children (the browser and its renderers). */
function cpuMs() {
  const self = process.cpuUsage();
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  // Fields 16 and 17 of /proc/<pid>/stat (cutime, cstime), in clock ticks of 10 ms.
  const children = (Number(fields[13] ?? 0) + Number(fields[14] ?? 0)) * 10;
  return { node: (self.user + self.system) / 1000, browser: children };
}

const baseBundle = await import(pathToFileURL(path.join(baseRoot, 'bench', 'bundle.mjs')).href);
const variants = {
  base: {
    exportProposal: (await baseBundle.loadBundle('ab-export', 'src/node/exportJob.ts')).exportProposal,
    rendererDir: await baseBundle.buildRenderer('ab-renderer'),
  },
  head: {
    exportProposal: (await loadBundle('ab-export-head', 'src/node/exportJob.ts')).exportProposal,
    rendererDir: await buildRenderer('ab-renderer-head'),
  },
};

const out = mkdtempSync(path.join(os.tmpdir(), 'presales-export-ab-'));
const example = path.join(root, 'examples', 'smart-factory.presales.yaml');
const generated = path.join(out, 'generated-4500.presales.yaml');
const big = generateProposal(4500, { injectErrors: false });
writeFileSync(generated, big.text);
const RUNS = Number(process.env.EXPORT_AB_RUNS ?? 5);
/** @type {Array<{ id: string, file: string, label: string, format: 'docx' | 'pdf', target: number }>} */
const allCases = [
  { id: 'docx-1k', file: example, label: 'smart-factory (1k lines)', format: 'docx', target: 1500 },
  { id: 'docx-4.5k', file: generated, label: `generated (${big.lines} lines)`, format: 'docx', target: 3000 },
  { id: 'pdf-4.5k', file: generated, label: `generated (${big.lines} lines)`, format: 'pdf', target: 5000 },
];
const picked = process.env.EXPORT_AB_CASES?.split(',');
const cases = allCases.filter(({ id }) => !picked || picked.includes(id));
const loads = [];
const rows = [];
const sizes = [];
for (const { file, label, format, target } of cases) {
  const times = {};
  const bytes = {};
  const warmDirs = {};
  const cpu = {};
  for (const [name, v] of Object.entries(variants)) {
    warmDirs[name] = mkdtempSync(path.join(os.tmpdir(), `presales-export-ab-warm-${name}-`));
    const request = {
      sourcePath: file,
      format,
      doc: 'proposal',
      out: path.join(out, `${name}.${format}`),
      rendererDir: v.rendererDir,
    };
    await v.exportProposal({ ...request, diagramCacheDir: warmDirs[name] }); // fills the warm cache, warms the JIT
    for (const kind of ['none', 'cold', 'warm']) {
      times[`${name} ${kind}`] = [];
      cpu[`${name} ${kind}`] = [];
    }
  }
  for (let i = 0; i < RUNS; i++) {
    // Each round runs every kind of both variants; which variant goes first alternates.
    const order = i % 2 ? ['head', 'base'] : ['base', 'head'];
    for (const kind of ['none', 'cold', 'warm']) {
      for (const name of order) {
        const v = variants[name];
        const coldDir = kind === 'cold' ? mkdtempSync(path.join(os.tmpdir(), 'presales-export-ab-cold-')) : undefined;
        const cpuBefore = cpuMs();
        const started = performance.now();
        const r = await v.exportProposal({
          sourcePath: file,
          format,
          doc: 'proposal',
          out: path.join(out, `${name}.${format}`),
          rendererDir: v.rendererDir,
          ...(kind === 'cold'
            ? { diagramCacheDir: coldDir }
            : kind === 'warm'
              ? { diagramCacheDir: warmDirs[name] }
              : {}),
        });
        times[`${name} ${kind}`].push(performance.now() - started);
        const cpuAfter = cpuMs();
        cpu[`${name} ${kind}`].push(cpuAfter.node - cpuBefore.node + cpuAfter.browser - cpuBefore.browser);
        bytes[name] = r.bytes;
        if (coldDir) rmSync(coldDir, { recursive: true, force: true });
      }
    }
    loads.push(os.loadavg()[0]);
  }
  for (const dir of Object.values(warmDirs)) rmSync(dir, { recursive: true, force: true });
  for (const name of Object.keys(variants))
    rows.push([
      `${format} ${label}`,
      name === 'base' ? `base ${sha.slice(0, 7)}` : 'this checkout',
      ms(median(times[`${name} none`])),
      ms(median(times[`${name} cold`])),
      ms(median(times[`${name} warm`])),
      ['none', 'cold', 'warm'].map((k) => ms(median(cpu[`${name} ${k}`]))).join(' / '),
      String(target),
    ]);
  sizes.push([`${format} ${label}`, ...Object.keys(variants).map((n) => `${(bytes[n] / 1024).toFixed(0)} KiB`)]);
}
rmSync(out, { recursive: true, force: true });
console.log(
  `\nExport with diagrams, base ${baseRef} (${sha.slice(0, 7)}) vs this checkout (median of ${RUNS}, ms; interleaved)\n`,
);
console.log(
  markdownTable(
    ['export', 'code', 'no cache', 'cold cache', 'warm cache', 'CPU ms none / cold / warm', 'target'],
    rows,
  ),
);
console.log(`\n${markdownTable(['file', 'base', 'this checkout'], sizes)}`);
console.log(
  `\nload average (1 min) per round: ${loads.map((l) => l.toFixed(1)).join(' ')}; now ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} on ${os.cpus().length} cores`,
);
