// The workspace the suite opens: a fresh copy per run, so tests may edit, create and delete files.
//   test/integration/workspace/**   fixtures the tests need (broken files, ...)
//   examples/*.presales.y(a)ml      copied to <workspace>/examples/ at every run (never stale copies)
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { root } from './hostConfig.mjs';

export function prepareWorkspace(run) {
  const ws = path.join(run, 'workspace');
  mkdirSync(ws, { recursive: true });
  const fixtures = path.join(root, 'test', 'integration', 'workspace');
  if (existsSync(fixtures)) cpSync(fixtures, ws, { recursive: true });
  const examples = path.join(root, 'examples');
  if (existsSync(examples)) {
    mkdirSync(path.join(ws, 'examples'), { recursive: true });
    for (const f of readdirSync(examples)) {
      if (/\.presales\.ya?ml$/.test(f)) cpSync(path.join(examples, f), path.join(ws, 'examples', f));
    }
  }
  return ws;
}
