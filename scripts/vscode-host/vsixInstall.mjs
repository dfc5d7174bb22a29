// Issue 6: the packaged extension tested as a user gets it. `code-server --install-extension <vsix>`
// installs it into the run's extensions dir (not as a development extension). VS Code only runs
// an extensionTestsPath together with an extensionDevelopmentPath, so the workbench gets a stub
// development extension (vsix-test-runner/: a package.json, no code) that stands in for the repo.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { hostEnv } from './codeServer.mjs';

export const VSIX_TEST_RUNNER = path.join(path.dirname(new URL(import.meta.url).pathname), 'vsix-test-runner');

/** Installs `vsix` for the run's code-server; returns the installed extension's folder. */
export function installVsix(cfg, run, vsix) {
  if (!existsSync(vsix)) throw new Error(`no VSIX at ${vsix}: run \`npm run package\` first`);
  const extensionsDir = path.join(run, 'extensions');
  for (const d of ['user-data/User', 'extensions', 'xdg/config', 'xdg/data', 'xdg/cache', 'rt', 'tmp'])
    mkdirSync(path.join(run, d), { recursive: true });
  const r = spawnSync(
    cfg.codeServerBin,
    [
      '--user-data-dir',
      path.join(run, 'user-data'),
      '--extensions-dir',
      extensionsDir,
      '--install-extension',
      path.resolve(vsix),
    ],
    { env: hostEnv(cfg, run), encoding: 'utf8', timeout: 120_000 },
  );
  if (r.status !== 0)
    throw new Error(
      `code-server --install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`,
    );
  const installed = readdirSync(extensionsDir).find((d) => d.startsWith('presales-studio.presales-studio-'));
  if (!installed)
    throw new Error(
      `code-server reported success but ${extensionsDir} holds no presales-studio.presales-studio-*:\n${r.stdout}`,
    );
  return path.join(extensionsDir, installed);
}
