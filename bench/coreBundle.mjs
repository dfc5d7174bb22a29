// The core checker and yaml (bench/checkEntry.ts) as one bundle, .cache/bench/core.cjs: what
// check.bench.mjs times and scripts/demo.mjs runs.
import { bundlePath, loadBundle } from './bundle.mjs';

export { root } from './bundle.mjs';
export const coreBundlePath = bundlePath('core');

/** Builds the bundle (a fresh build each run, so it never times stale code) and requires it. */
export async function loadCore() {
  return loadBundle('core', 'bench/checkEntry.ts');
}
