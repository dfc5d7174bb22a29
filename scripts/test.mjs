// `npm test`: everything, in the order that fails fastest.
//   provision  -> what the tests need on this machine (Chromium, LibreOffice, CJK font, the VS Code host)
//   build      -> validator + bundles
//   compile    -> tsc emits src + test to out/ (the tests load the compiled core)
//   unit       -> plain Node mocha (test/unit)
//   browser    -> webview bundle and exported documents in real headless Chromium / LibreOffice (test/browser)
//   integration-> the extension inside the real VS Code (test/integration)
// `npm test -- unit` (or any stage names) runs only those stages.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const mocha = (dir, extra = []) => [bin('mocha'), ['--recursive', '--reporter', 'dot', ...extra, path.join(root, 'out', 'test', dir)]];

const stages = {
  provision: () => [node, [path.join(root, 'scripts', 'provision.mjs')]],
  build: () => [node, [path.join(root, 'scripts', 'build.mjs')]],
  compile: () => [bin('tsc'), ['-p', path.join(root, 'tsconfig.json')]],
  typecheck: () => [bin('tsc'), ['-p', path.join(root, 'src', 'webview', 'tsconfig.json'), '--noEmit']],
  unit: () => mocha('unit', ['--timeout', '20000']),
  browser: () => mocha('browser', ['--timeout', '120000']),
  integration: () => [node, [path.join(root, 'scripts', 'run-integration.mjs')]],
};
const order = ['provision', 'build', 'compile', 'typecheck', 'unit', 'browser', 'integration'];
const asked = process.argv.slice(2).filter((a) => a in stages);
const run = asked.length ? order.filter((s) => asked.includes(s) || (s === 'compile' && asked.some((a) => ['unit', 'browser'].includes(a)))) : order;

for (const stage of run) {
  const [cmd, args] = stages[stage]();
  if (!existsSync(cmd) && cmd !== node) { console.error(`test: ${stage}: ${cmd} is missing (run npm ci)`); process.exit(1); }
  const started = Date.now();
  console.log(`\n== ${stage}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) { console.error(`\ntest: stage '${stage}' failed (exit ${r.status ?? r.signal}) after ${secs}s`); process.exit(1); }
  console.log(`== ${stage} ok (${secs}s)`);
}
