// The chunk graph of an esbuild browser bundle (format esm, splitting): which chunk files an entry
// can load. Shared by the build (the preview's modulepreload list) and the VSIX packaging (which
// chunks ship).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file `entry` loads through static imports, and through dynamic imports of chunks whose file
 * name `followDynamic` matches, the entry first. Absolute paths.
 * @param {string} entry an absolute path
 * @param {RegExp} followDynamic
 * @returns {string[]}
 */
export function reachableChunks(entry, followDynamic) {
  const seen = new Set();
  /** @param {string} file */
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:from ?|import ?\(? ?)"(\.\/[^"]+\.js)"/g)) {
      const target = path.resolve(path.dirname(file), m[1] ?? '');
      const dynamic = m[0].includes('(');
      if (dynamic && !followDynamic.test(path.basename(target))) continue;
      if (!existsSync(target)) throw new Error(`${file} imports ${m[1]}, which the build did not write`);
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/**
 * The list, next to a browser bundle's entry, of the chunks its page should fetch at once
 * (`<link rel="modulepreload">`, paths relative to the entry's folder): see scripts/build.mjs.
 */
export const PRELOAD_MANIFEST = 'preload.json';
