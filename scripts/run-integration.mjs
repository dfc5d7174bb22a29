// Runs the extension's integration suite (out/test/integration/index.js -> mocha BDD over
// out/test/integration/**/*.test.js) inside a REAL VS Code extension host. Exit code = result.
//
//   node scripts/run-integration.mjs [--build] [--grep <pattern>] [--electron] [--keep] [--vsix <file>]
//
// Default host: code-server (VS Code 1.100.3 from npm, provisioned by scripts/provision.mjs) on a
// free 127.0.0.1 port, opened in headless Chromium; the suite's log lines are printed here.
// --electron / PRESALES_VSCODE_HOST=electron: @vscode/test-electron (needs to download VS Code).
// --build: npm run build + tsc first (npm test does this in earlier stages).
// --keep: keep the run folder (.cache/integration-runs/run-<pid>) even when the suite passes.
// --vsix <file>: install the packaged extension with `code-server --install-extension` instead of
//   loading the repository as a development extension (scripts/vscode-host/vsixInstall.mjs); the
//   extension host gets PRESALES_TEST_VSIX (the installed extension's folder).
// Env: PRESALES_TEST_TIMEOUT (seconds, default 600), PRESALES_VSCODE_CS_VERSION, PRESALES_VSCODE_NODE(_DIR), CHROMIUM
// (e.g. PRESALES_VSCODE_NODE=24 PRESALES_VSCODE_CS_VERSION=4.139.1: the newest VS Code this machine hosts).
// The extension host gets PRESALES_TEST_BRIDGE (request folder of the webview bridge),
// PRESALES_TEST_GREP (mocha grep) and PRESALES_TEST_RUN (the run folder, for scratch files).
import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { hostConfig, root } from './vscode-host/hostConfig.mjs';
import { startCodeServer, killGroupSync } from './vscode-host/codeServer.mjs';
import { launchBrowser, runSuiteInWorkbench, workbenchUrl } from './vscode-host/workbench.mjs';
import { serveBridge } from './vscode-host/bridge.mjs';
import { prepareWorkspace } from './vscode-host/workspace.mjs';
import { runInElectron } from './vscode-host/electronHost.mjs';
import { installedVersion } from './vscode-host/codeServerInstall.mjs';
import { installVsix, VSIX_TEST_RUNNER } from './vscode-host/vsixInstall.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const electron = flag('--electron') || process.env.PRESALES_VSCODE_HOST === 'electron';
const timeoutSec = Number(process.env.PRESALES_TEST_TIMEOUT || 600);
const cfg = hostConfig();
const testsPath = path.join(root, 'out', 'test', 'integration', 'index.js');
const started = Date.now();
// Start-up chatter of the workbench (connection, sockets, gallery disabled): kept in <run>/workbench.log.
const WORKBENCH_NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin|\[Service Worker\]|ChatSessionStore|Updating additional builtin|Started local extension host|Extension host \(|Loading development extension)/;
const secs = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

function fail(message, code = 1) {
  console.error(`\nintegration: ${message}`);
  process.exit(code);
}

if (flag('--build')) {
  /** @type {Array<[string, string[]]>} */
  const steps = [
    [process.execPath, [path.join(root, 'scripts', 'build.mjs')]],
    [path.join(root, 'node_modules', '.bin', 'tsc'), ['-p', path.join(root, 'tsconfig.json')]],
  ];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root });
    // tsc exits non-zero on anyone's type error but still emits; the suite decides what matters.
    if (r.status !== 0 && !cmd.endsWith('tsc')) fail(`${path.basename(cmd)} ${args.join(' ')} failed`);
  }
}
for (const [file, how] of [
  [path.join(root, 'dist', 'extension.js'), 'npm run build'],
  [testsPath, 'npx tsc -p tsconfig.json'],
]) {
  if (!existsSync(file)) fail(`${path.relative(root, file)} is missing: run \`${how}\` first (or pass --build).`);
}

pruneOldRuns();
const run = path.join(cfg.runsDir, `run-${process.pid}`);
rmSync(run, { recursive: true, force: true });
mkdirSync(run, { recursive: true });
const workspace = prepareWorkspace(run);
const bridgeDir = path.join(run, 'bridge');
const extraEnv = {
  PRESALES_TEST_RUN: run,
  PRESALES_TEST_GREP: option('--grep') ?? process.env.PRESALES_TEST_GREP ?? '',
};

let code;
if (electron) {
  console.log(`integration: VS Code desktop via @vscode/test-electron; workspace ${workspace}`);
  try {
    code = await runInElectron({
      root,
      workspace,
      testsPath,
      run,
      extraEnv,
      version: process.env.PRESALES_VSCODE_ELECTRON_VERSION,
      cachePath: path.join(cfg.cacheDir, 'electron'),
    });
  } catch (e) {
    fail(
      `@vscode/test-electron could not run the suite: ${e instanceof Error ? e.message : String(e)}\n` +
        '(it downloads VS Code from update.code.visualstudio.com; offline, use the default code-server host)',
    );
  }
} else {
  code = await runInCodeServer();
}
if (code === 0 && !flag('--keep')) rmSync(run, { recursive: true, force: true });
else console.log(`integration: run folder kept: ${run}`);
console.log(`integration: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${secs()}`);
process.exit(code);

/** Failed runs are kept for inspection; the ones of finished processes go after an hour. */
function pruneOldRuns() {
  if (!existsSync(cfg.runsDir)) return;
  for (const name of readdirSync(cfg.runsDir)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1]);
    const dir = path.join(cfg.runsDir, name);
    if (!pid || Date.now() - statSync(dir).mtimeMs < 3600_000) continue;
    try {
      process.kill(pid, 0);
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ESRCH') rmSync(dir, { recursive: true, force: true });
    }
  }
}

async function runInCodeServer() {
  if (!installedVersion(cfg))
    fail(
      `the VS Code host (code-server@${cfg.version}) is not installed in ${cfg.prefix}: run \`node scripts/provision.mjs\`.`,
    );
  if (!existsSync(cfg.chromium))
    fail(`no Chromium at ${cfg.chromium}: run \`node scripts/provision.mjs\` (or set CHROMIUM).`);
  const vsix = option('--vsix');
  const installed = vsix ? installVsix(cfg, run, vsix) : undefined;
  if (installed && vsix)
    console.log(`integration: installed ${path.relative(root, vsix)} into ${installed} (${secs()})`);
  const server = await startCodeServer(cfg, run, {
    extraEnv: { ...extraEnv, PRESALES_TEST_BRIDGE: bridgeDir, ...(installed ? { PRESALES_TEST_VSIX: installed } : {}) },
  });
  // Whatever happens next (timeout, exception, Ctrl-C), code-server must not outlive us.
  const onExit = () => killGroupSync(server.pid);
  process.on('exit', onExit);
  for (const sig of ['SIGINT', 'SIGTERM'])
    process.on(sig, () => {
      console.error(`integration: ${sig}, stopping code-server`);
      process.exit(130);
    });
  console.log(
    `integration: code-server@${cfg.version} on ${server.baseUrl} (pid ${server.pid}, ${secs()}); workspace ${workspace}`,
  );
  const browser = await launchBrowser(cfg, run);
  let bridge;
  let timer;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    bridge = serveBridge(page, bridgeDir);
    const url = workbenchUrl(server.baseUrl, workspace, { devExt: installed ? VSIX_TEST_RUNNER : root, testsPath });
    const logFile = path.join(run, 'workbench.log');
    const exited = runSuiteInWorkbench(page, url, (type, text) => {
      appendFileSync(logFile, `[${type}] ${text}\n`);
      // Workbench chatter goes to the log file only; mocha's output and real errors are printed.
      if (!WORKBENCH_NOISE.test(text)) (type === 'error' ? console.error : console.log)(text);
    });
    const timeout = new Promise((r) => {
      timer = setTimeout(() => r('timeout'), timeoutSec * 1000);
    });
    const result = await Promise.race([exited, timeout]);
    if (result === 'timeout') {
      await page
        .screenshot({ path: path.join(run, 'timeout.png') })
        .catch((e) => console.error('integration: screenshot failed:', e.message));
      console.error(
        `\nintegration: TIMEOUT: the extension host reported no result within ${timeoutSec}s ` +
          `(set PRESALES_TEST_TIMEOUT to change it). Screenshot: ${path.join(run, 'timeout.png')}; code-server log: ${server.log}`,
      );
      return 3;
    }
    console.log(`integration: extension host exited with code ${result}`);
    return result;
  } finally {
    clearTimeout(timer);
    bridge?.stop();
    await browser.close();
    await server.stop();
    process.off('exit', onExit);
  }
}
