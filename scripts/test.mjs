// `npm test`: everything, in the order that fails fastest.
//   provision  -> what the tests need on this machine (Chromium, LibreOffice, CJK font, the VS Code host)
//   build      -> validator + bundles
//   lint       -> eslint: unawaited promises and the layers' import rules (eslint.config.mjs)
//   format-check -> prettier --check (the formatting is Prettier's)
//   compile    -> tsc emits src + test to out/ (the tests load the compiled core)
//   typecheck-core, typecheck-worker, typecheck -> the pure core, the worker and the webview against their own tsconfigs
//   unit       -> plain Node mocha, in-process only (test/unit)
//   cli        -> tests that run a process: the bundled CLI, npm run demo, the doc generators (test/cli)
//   browser    -> webview bundle and exported documents in real headless Chromium / LibreOffice (test/browser)
//   integration-> the extension inside the real VS Code (test/integration)
//   package    -> `npm run package`, then the VSIX installed into the real VS Code (test/integration/packaging.test.ts)
//   compat     -> NOT in `npm test` (npm run test:compat): the integration suite on the newest VS Code this
//                 machine hosts (code-server 4.139.1 on Node 24; provision it once, ~8 min)
// `npm test -- unit` (or any stage names) runs only those stages.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const mocha = (dir, extra = []) => [
  bin('mocha'),
  ['--recursive', '--reporter', 'dot', ...extra, path.join(root, 'out', 'test', dir)],
];

const stages = {
  provision: () => [node, [path.join(root, 'scripts', 'provision.mjs')]],
  build: () => [node, [path.join(root, 'scripts', 'build.mjs')]],
  compile: () => [bin('tsc'), ['-p', path.join(root, 'tsconfig.json')]],
  lint: () => [bin('eslint'), ['.']],
  'format-check': () => [bin('prettier'), ['--check', '.']],
  'typecheck-core': () => [bin('tsc'), ['-p', path.join(root, 'src', 'core', 'tsconfig.json')]],
  'typecheck-worker': () => [bin('tsc'), ['-p', path.join(root, 'src', 'worker', 'tsconfig.json')]],
  'typecheck-scripts': () => [bin('tsc'), ['-p', path.join(root, 'tsconfig.scripts.json')]],
  typecheck: () => [bin('tsc'), ['-p', path.join(root, 'src', 'webview', 'tsconfig.json'), '--noEmit']],
  // Two files at a time, one per core: a single mocha process keeps the second core mostly idle
  // (unit 165 -> 128 s, browser 570 -> 510 s on the shared 2-core machine). Files run in a pool of
  // worker processes, two at the same time: a file may not rely on another's state or on running alone.
  unit: () => mocha('unit', ['--parallel', '--jobs', '2', '--timeout', '20000']),
  cli: () => mocha('cli', ['--timeout', '60000']),
  browser: () => mocha('browser', ['--parallel', '--jobs', '2', '--timeout', '120000']),
  integration: () => [node, [path.join(root, 'scripts', 'run-integration.mjs')]],
  // The production build replaces dist/ last, after the suites that want source maps.
  package: () => [node, [path.join(root, 'scripts', 'package.mjs')]],
  'package-install': () => [
    node,
    [
      path.join(root, 'scripts', 'run-integration.mjs'),
      '--vsix',
      path.join(root, `${pkg.name}-${pkg.version}.vsix`),
      '--grep',
      '^packaging',
    ],
  ],
  compat: () => [node, [path.join(root, 'scripts', 'run-integration.mjs')]],
};
const order = [
  'provision',
  'build',
  'lint',
  'format-check',
  'compile',
  'typecheck-core',
  'typecheck-worker',
  'typecheck-scripts',
  'typecheck',
  'unit',
  'cli',
  'browser',
  'integration',
  'package',
  'package-install',
];
const asked = process.argv.slice(2).filter((a) => a in stages);
const run = asked.length
  ? [...order, 'compat'].filter(
      (s) =>
        asked.includes(s) ||
        (s === 'compile' && asked.some((a) => ['unit', 'cli', 'browser'].includes(a))) ||
        (s === 'package-install' && asked.includes('package')) ||
        (s === 'provision' && asked.includes('compat')),
    )
  : order;
// `compat` provisions and runs the VS Code host named here instead of the default (minimum) one.
const hostEnv = asked.includes('compat') ? { PRESALES_VSCODE_NODE: '24', PRESALES_VSCODE_CS_VERSION: '4.139.1' } : {};

for (const stage of run) {
  const [cmd, args] = stages[stage]();
  if (!existsSync(cmd) && cmd !== node) {
    console.error(`test: ${stage}: ${cmd} is missing (run npm ci)`);
    process.exit(1);
  }
  const started = Date.now();
  console.log(`\n== ${stage}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...hostEnv } });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\ntest: stage '${stage}' failed (exit ${r.status ?? r.signal}) after ${secs}s`);
    process.exit(1);
  }
  console.log(`== ${stage} ok (${secs}s)`);
}
