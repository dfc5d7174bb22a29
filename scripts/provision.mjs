// First stage of `npm test`: makes sure this machine has what the tests need, installing what it
// can, and FAILS with what to install when it cannot (it never skips).
//   1. system tools: Chromium, LibreOffice, pdftotext, a CJK font, ripgrep, Kerberos headers
//      (apt-get install when root, else a clear message);
//   2. the VS Code host: code-server from npm in .cache/vscode-host/cs (idempotent).
// Env: CHROMIUM, PRESALES_VSCODE_CS_VERSION, PRESALES_VSCODE_NODE, PRESALES_VSCODE_NODE_DIR (see scripts/vscode-host/hostConfig.mjs).
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { hostConfig } from './vscode-host/hostConfig.mjs';
import { step, ProvisionError } from './vscode-host/steps.mjs';
import { systemRequirements, ensureSystemTools } from './vscode-host/systemDeps.mjs';
import {
  installedVersion,
  seedRipgrepCache,
  npmInstallCodeServer,
  installEnv,
  installNode,
} from './vscode-host/codeServerInstall.mjs';

const cfg = hostConfig();
const started = Date.now();

try {
  await step('system tools (chromium, soffice, pdftotext, CJK font, rg, libkrb5-dev)', () =>
    ensureSystemTools(systemRequirements(cfg.chromium)),
  );

  if (cfg.nodeMajor && !process.env.PRESALES_VSCODE_NODE_DIR) {
    await step(
      `Node ${cfg.nodeMajor} for the VS Code host (npm node-${process.platform}-${process.arch}@${cfg.nodeMajor})`,
      () => installNode(cfg),
    );
  }
  const present = await step(
    `VS Code host code-server@${cfg.version} in ${path.relative(process.cwd(), cfg.prefix) || cfg.prefix}`,
    () => installedVersion(cfg) ?? 'not installed',
  );
  if (present === 'not installed') {
    const tmp = path.join(cfg.cacheDir, `.tmp-${process.pid}`);
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const env = installEnv(cfg, tmp);
    const log = path.join(cfg.cacheDir, `install-${cfg.version}.log`);
    try {
      await step("seed @vscode/ripgrep's download cache with the system rg", () => seedRipgrepCache(cfg, tmp, env));
      await step(
        `npm install code-server@${cfg.version} (native addons build; log ${path.relative(process.cwd(), log)})`,
        () => npmInstallCodeServer(cfg, tmp, env, log),
      );
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    await step('code-server --version', () => {
      const v = installedVersion(cfg);
      if (!v)
        throw new ProvisionError(
          `code-server was installed into ${cfg.prefix} but \`code-server --version\` does not report ${cfg.version}; see ${log}`,
        );
      return v;
    });
  }
  console.log(`provision: ready (${((Date.now() - started) / 1000).toFixed(1)}s)`);
} catch (e) {
  if (e instanceof ProvisionError) {
    console.error(`\nprovision: cannot prepare this machine for the tests:\n${e.message}`);
  } else {
    console.error('\nprovision: unexpected failure:', e);
  }
  process.exit(1);
}
