// How a benchmark gets the code it times: esbuild bundles the TypeScript it needs into .cache/bench/
// (git-ignored) at every run, so a benchmark never times stale code and needs no tsc step.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.join(root, '.cache', 'bench');

/** Requires a CommonJS bundle built by {@link buildBundle}. */
export const requireBundle = createRequire(import.meta.url);

/**
 * The path of the bundle `name` builds: `.cache/bench/<name>.cjs`.
 * @param {string} name
 */
export const bundlePath = (name) => path.join(cacheDir, `${name}.cjs`);

/**
 * How every benchmark bundle for Node is built: CommonJS for the Node the extension host runs.
 * @type {import('esbuild').BuildOptions}
 */
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * Bundles TypeScript ({@link nodeBundleOptions}) into {@link bundlePath}(name) and returns that path.
 * playwright-core stays external, as in scripts/build.mjs's CLI bundle (Node requires it from
 * node_modules); a bundle that never imports it comes out the same either way.
 * @param {string} name a name no other benchmark uses: .cache is shared between checkouts
 * @param {string | string[]} entry a file relative to the repository root, or the lines of an
 *   entry module written in place (`export { x } from './src/...';`)
 * @param {{ packages?: 'external' }} [options] `packages: 'external'` leaves every dependency to
 *   Node's own require
 */
export async function buildBundle(name, entry, options = {}) {
  const outfile = bundlePath(name);
  await build({
    ...(Array.isArray(entry)
      ? { stdin: { contents: entry.join('\n'), resolveDir: root, loader: 'ts' } }
      : { entryPoints: [path.join(root, entry)] }),
    ...nodeBundleOptions,
    outfile,
    external: ['playwright-core'],
    ...options,
  });
  return outfile;
}

/**
 * {@link buildBundle}, then requires the bundle.
 * @param {Parameters<typeof buildBundle>} args
 */
export async function loadBundle(...args) {
  return requireBundle(await buildBundle(...args));
}

/**
 * A private build of the export's diagram page into `.cache/bench/<name>/` (the settings of the
 * shipped dist/exportRenderer: scripts/build.mjs --production, minified), so a concurrent build that
 * rewrites dist/ cannot pull it away mid-benchmark. Returns the folder, the export's `rendererDir`.
 * @param {string} name a name no other benchmark uses
 */
export async function buildRenderer(name) {
  const outdir = path.join(cacheDir, name);
  await build({
    entryPoints: [path.join(root, 'src', 'webview', 'exportRenderer.ts')],
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    chunkNames: 'chunks/[name]-[hash]',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  return outdir;
}
