// The repository root for every test tier. Found by walking up from this file, so it holds for the
// compiled tests (out/test/...) and for the benchmark's bundles of test helpers (.cache/bench/...).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

function findRepoRoot(from: string): string {
  for (let dir = from; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    // out/ holds a package.json and src/ too (tsc copies imported JSON), never a tsconfig.json.
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'tsconfig.json'))) return dir;
  }
  throw new Error(`no repository root (package.json next to tsconfig.json) above ${from}`);
}

export const repoRoot = findRepoRoot(__dirname);

/** An absolute path inside the repository. */
export function repoPath(...segments: string[]): string {
  return path.join(repoRoot, ...segments);
}

/** A repository file as UTF-8 text. */
export function readRepoFile(...segments: string[]): string {
  return readFileSync(repoPath(...segments), 'utf8');
}
