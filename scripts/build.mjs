// Builds everything the extension, the CLI and the tests load:
//   1. the ajv standalone validator from schemas/presales.schema.json (no schema compile at start-up);
//   2. esbuild bundles: extension host (node/cjs, vscode external), CLI (node/cjs), webview (browser/esm, mermaid split lazily).
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const at = (p) => path.join(root, p);

execFileSync(process.execPath, [at('scripts/build-validator.mjs')], { stdio: 'inherit' });

rmSync(at('dist'), { recursive: true, force: true });
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };

const bundles = [
  { entryPoints: [at('src/extension/extension.ts')], outfile: at('dist/extension.js'), platform: 'node', format: 'cjs', target: 'node20', external: ['vscode', 'playwright-core'] },
  { entryPoints: [at('src/extension/checkWorker.ts')], outfile: at('dist/checkWorker.js'), platform: 'node', format: 'cjs', target: 'node20' },
  { entryPoints: [at('src/cli/main.ts')], outfile: at('dist/cli.js'), platform: 'node', format: 'cjs', target: 'node20', external: ['playwright-core'] },
  { entryPoints: [at('src/webview/preview.ts')], outdir: at('dist/webview'), platform: 'browser', format: 'esm', splitting: true, target: 'es2022', chunkNames: 'chunks/[name]-[hash]' },
  { entryPoints: [at('src/webview/exportRenderer.ts')], outdir: at('dist/exportRenderer'), platform: 'browser', format: 'esm', splitting: true, target: 'es2022', chunkNames: 'chunks/[name]-[hash]' },
];

for (const b of bundles) {
  // While the project grows, an entry that is not written yet is skipped loudly.
  if (!b.entryPoints.every((e) => existsSync(e))) { console.warn(`build: skipping ${path.relative(root, b.entryPoints[0])} (not present)`); continue; }
  await build({ ...common, ...b });
}
console.log('build: done');
