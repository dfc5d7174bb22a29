// Builds everything the extension, the CLI and the tests load:
//   1. the ajv standalone validator from schemas/presales.schema.json (no schema compile at start-up),
//      and the ELK layout the webview registers with Mermaid (scripts/build-elk-layout.mjs);
//   2. esbuild bundles: extension host (node/cjs, vscode external), the export implementation VS Code
//      requires lazily (dist/exportHost.js), CLI (node/cjs), webview (browser/esm, mermaid split lazily);
//   3. a check that the activation bundle stays small: dist/extension.js must not contain docx,
//      exceljs, playwright or mermaid (those belong to exportHost.js, the CLI and the webview), nor
//      yaml, ajv or markdown-it (parsing, checking and rendering run in dist/checkWorker.js).
import { build } from 'esbuild';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { PRELOAD_MANIFEST, reachableChunks } from './chunkGraph.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
/** @param {string} p */
const at = (p) => path.join(root, p);

execFileSync(process.execPath, [at('scripts/build-validator.mjs')], { stdio: 'inherit' });
execFileSync(process.execPath, [at('scripts/build-elk-layout.mjs')], { stdio: 'inherit' });

rmSync(at('dist'), { recursive: true, force: true });
/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
  legalComments: 'none',
};

/** @type {Array<Omit<import('esbuild').BuildOptions, 'entryPoints'> & { entryPoints: string[] }>} */
const bundles = [
  {
    entryPoints: [at('src/extension/extension.ts')],
    outfile: at('dist/extension.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    metafile: true,
  },
  // playwright-core stays external and is never reached from VS Code (the preview draws, the browser's
  // own command line prints); an installed extension has no node_modules.
  {
    entryPoints: [at('src/extension/export/exportHost.ts')],
    outfile: at('dist/exportHost.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'playwright-core'],
  },
  {
    entryPoints: [at('src/worker/checkWorker.ts')],
    outfile: at('dist/checkWorker.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  // The RFP import worker: reading a customer's XLSX/CSV/DOCX and merging its requirements, off the host.
  {
    entryPoints: [at('src/worker/rfpWorker.ts')],
    outfile: at('dist/rfpWorker.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: [at('src/cli/main.ts')],
    outfile: at('dist/cli.js'),
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['playwright-core'],
  },
  {
    entryPoints: [at('src/webview/preview.ts')],
    outdir: at('dist/webview'),
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
  },
  {
    entryPoints: [at('src/webview/exportRenderer.ts')],
    outdir: at('dist/exportRenderer'),
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
  },
];

/** Modules that must never be in the activation bundle (matched against the metafile's inputs). */
const NOT_AT_ACTIVATION = [
  /node_modules\/docx\//,
  /node_modules\/exceljs\//,
  /node_modules\/playwright(-core)?\//,
  /node_modules\/mermaid\//,
  /node_modules\/@mermaid-js\//,
  /node_modules\/yaml\//,
  /node_modules\/ajv\//,
  /node_modules\/markdown-it\//,
];

for (const b of bundles) {
  // While the project grows, an entry that is not written yet is skipped loudly.
  if (!b.entryPoints.every((e) => existsSync(e))) {
    console.warn(`build: skipping ${path.relative(root, b.entryPoints[0])} (not present)`);
    continue;
  }
  const result = await build({ ...common, ...b });
  if (b.outfile === at('dist/extension.js')) {
    const meta = result.metafile;
    if (!meta) throw new Error('build: esbuild returned no metafile for dist/extension.js');
    const inputs = Object.keys(meta.inputs);
    const heavy = inputs.filter((i) => NOT_AT_ACTIVATION.some((re) => re.test(i.replace(/\\/g, '/'))));
    // `external` imports are not inputs; a require of one would still load it at activation.
    const externals = Object.values(meta.outputs)
      .flatMap((o) => o.imports)
      .filter((i) => i.external && /^(docx|exceljs|playwright|mermaid)/.test(i.path));
    if (heavy.length || externals.length) {
      const list = [
        ...new Set([
          ...heavy.map((h) => h.replace(/^(.*node_modules\/(@[^/]+\/)?[^/]+).*$/, '$1')),
          ...externals.map((e) => e.path),
        ]),
      ];
      console.error(
        `build: dist/extension.js must not contain ${list.join(', ')}: load them lazily (dist/exportHost.js) or use them in the check worker (dist/checkWorker.js) instead`,
      );
      process.exit(1);
    }
  }
}
// The chunks a first preview draws with (Mermaid, the ELK layout, the flowchart and gantt modules and
// everything they import), which the shell lists as modulepreload links: fetched and compiled while
// the page waits for its first update, but run only when a diagram needs Mermaid. Left to import(),
// they arrive one level of the import graph at a time, starting after the update is applied.
const FIRST_DRAW = /^(mermaid\.core|elkLayoutRender|flowDiagram|ganttDiagram)-/;
const previewEntry = at('dist/webview/preview.js');
if (existsSync(previewEntry)) {
  const shellLoads = new Set(reachableChunks(previewEntry, /^$/));
  const firstDraw = reachableChunks(previewEntry, FIRST_DRAW).filter((f) => !shellLoads.has(f));
  writeFileSync(
    at(`dist/webview/${PRELOAD_MANIFEST}`),
    `${JSON.stringify(firstDraw.map((f) => path.relative(path.dirname(previewEntry), f).split(path.sep).join('/')))}\n`,
  );
}

/** @param {string} f */
const size = (f) => (existsSync(at(f)) ? `${(statSync(at(f)).size / 1024).toFixed(0)} KiB` : 'missing');
console.log(
  `build: done (dist/extension.js ${size('dist/extension.js')}, dist/exportHost.js ${size('dist/exportHost.js')}, dist/checkWorker.js ${size('dist/checkWorker.js')}, dist/cli.js ${size('dist/cli.js')})`,
);
