// Bundles bench/checkEntry.ts (core checker + yaml) to .cache/bench/core.cjs and loads it.
// Used by the benchmarks and by scripts/demo.mjs; .cache/ is git-ignored.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const coreBundlePath = path.join(root, '.cache', 'bench', 'core.cjs');

/** Builds the bundle (a fresh build each run, so it never times stale code) and requires it. */
export async function loadCore() {
  await build({
    entryPoints: [path.join(root, 'bench', 'checkEntry.ts')],
    outfile: coreBundlePath,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return createRequire(import.meta.url)(coreBundlePath);
}
