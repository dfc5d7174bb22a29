// Opens the code-server workbench in headless Debian Chromium through playwright-core and runs
// the extension's test suite in the extension host, the way @vscode/test-web does.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(cfg, run) {
  // XDG dirs keep Chromium's crashpad/dconf files out of $HOME.
  const scratch = path.join(run, 'browser');
  for (const d of ['config', 'cache']) mkdirSync(path.join(scratch, d), { recursive: true });
  return chromium.launch({
    executablePath: cfg.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_CACHE_HOME: path.join(scratch, 'cache') },
  });
}

// code-server's remote authority is "remote": server paths become vscode-remote://remote<abs path>.
/**
 * @param {string} baseUrl
 * @param {string} folder
 * @param {{ devExt?: string, testsPath?: string }} [paths]
 */
export function workbenchUrl(baseUrl, folder, { devExt, testsPath } = {}) {
  const payload = [];
  if (devExt) payload.push(['extensionDevelopmentPath', `vscode-remote://remote${devExt}`]);
  if (testsPath) payload.push(['extensionTestsPath', `vscode-remote://remote${testsPath}`]);
  let url = `${baseUrl}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

// A built workbench ignores the payload's dev/test params unless developmentOptions.enableSmokeTestDriver
// is set (required from ~1.10x; harmless on 1.100). code-server rejects --enable-smoke-test-driver, so
// the config <meta> is patched before workbench.js reads it. Rewriting the HTML with page.route()
// breaks the websocket (Chromium's local-network checks), hence the init script.
export async function enableDevOptions(page) {
  await page.addInitScript(() => {
    const patch = (el) => {
      if (!el || el.id !== 'vscode-workbench-web-configuration' || el.dataset.devPatched) return;
      const cfg = JSON.parse(el.getAttribute('data-settings'));
      cfg.developmentOptions = Object.assign({}, cfg.developmentOptions, { enableSmokeTestDriver: true });
      el.setAttribute('data-settings', JSON.stringify(cfg));
      el.dataset.devPatched = '1';
    };
    new MutationObserver((ms) => {
      for (const m of ms) for (const n of m.addedNodes) patch(n);
    }).observe(document, { childList: true, subtree: true });
  });
}

/**
 * Opens the workbench with the test payload. Resolves with the exit code the extension host
 * reports through codeAutomationExit (0 = run() resolved). `onLog` gets every log line (mocha's output).
 */
export async function runSuiteInWorkbench(page, url, onLog) {
  let exit;
  const exited = new Promise((r) => {
    exit = r;
  });
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog(type, util.format(...(args ?? []))));
  await page.exposeFunction('codeAutomationExit', (code) => exit(code));
  await enableDevOptions(page);
  await page.goto(url);
  return exited;
}
