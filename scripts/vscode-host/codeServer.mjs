// Starts code-server (the real VS Code 1.100 workbench + Node extension host) on a free 127.0.0.1
// port, with every file it writes (user data, extensions, XDG dirs, sockets, temp files) inside
// the run folder, and stops it again (its whole process group, which we created).
import { mkdirSync, openSync, closeSync, writeFileSync, readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathWithNode } from './hostConfig.mjs';

// The recipe's settings: nothing on screen or on the network that a test did not ask for.
export const HOST_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // Tests type into editors: keep the editor from inserting things they did not type.
  'editor.acceptSuggestionOnEnter': 'off',
  'files.autoSave': 'off',
  // The run folder lives inside the project's git checkout: no "open the parent repository?" toast.
  'git.openRepositoryInParentFolders': 'never',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = /** @type {import('node:net').AddressInfo} */ (srv.address());
      const { port } = address;
      srv.close(() => resolve(port));
    });
  });
}

/** The env every process of the host gets; `extra` reaches the extension host (it inherits it). */
export function hostEnv(cfg, run, extra = {}) {
  return {
    ...process.env,
    PATH: pathWithNode(cfg.nodeDir),
    XDG_CONFIG_HOME: path.join(run, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(run, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(run, 'xdg', 'cache'),
    XDG_RUNTIME_DIR: path.join(run, 'rt'),
    TMPDIR: path.join(run, 'tmp'),
    // No marketplace on this network: an empty gallery stops the workbench asking open-vsx.org.
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

export async function startCodeServer(cfg, run, { extraEnv = {}, settings = {}, timeoutMs = 60_000 } = {}) {
  for (const d of ['user-data/User', 'extensions', 'xdg/config', 'xdg/data', 'xdg/cache', 'rt', 'tmp'])
    mkdirSync(path.join(run, d), { recursive: true });
  writeFileSync(
    path.join(run, 'user-data', 'User', 'settings.json'),
    JSON.stringify({ ...HOST_SETTINGS, ...settings }, null, 2),
  );
  const port = await freePort();
  const log = path.join(run, 'code-server.log');
  const fd = openSync(log, 'w');
  const child = spawn(
    cfg.codeServerBin,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--config',
      path.join(run, 'config.yaml'),
      '--user-data-dir',
      path.join(run, 'user-data'),
      '--extensions-dir',
      path.join(run, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { env: hostEnv(cfg, run, extraEnv), stdio: ['ignore', fd, fd], detached: true },
  );
  closeSync(fd);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(child);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited)
      throw new Error(
        `code-server exited during start-up; its log (${log}):\n${readFileSync(log, 'utf8').slice(-4000)}`,
      );
    try {
      const r = await fetch(`${baseUrl}/healthz`);
      if (r.ok) return { baseUrl, port, pid: child.pid, log, stop };
    } catch {
      // not listening yet: the loop retries until the deadline
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`code-server did not answer ${baseUrl}/healthz within ${timeoutMs / 1000}s; log: ${log}`);
}

/** SIGTERM the process group we created, then SIGKILL whatever is left after 5 s. */
async function stopGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((r) => child.once('exit', r));
  const signal = (sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ESRCH') throw e;
    }
  };
  signal('SIGTERM');
  const timer = new Promise((r) => setTimeout(() => r('timeout'), 5000));
  if ((await Promise.race([gone, timer])) === 'timeout') signal('SIGKILL');
}

/** Synchronous last-resort kill, for process 'exit' handlers. */
export function killGroupSync(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ESRCH') throw e;
  }
}
