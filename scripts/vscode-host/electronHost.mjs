// The same suite in VS Code desktop (Electron) through @vscode/test-electron, for machines that can
// download VS Code. There is no Playwright page here, so the webview bridge is not offered
// (test/integration/bridge.ts then rejects with a clear message).
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

export async function runInElectron({ root, workspace, testsPath, run, extraEnv, version, cachePath }) {
  const require = createRequire(import.meta.url);
  const { runTests } = require('@vscode/test-electron');
  mkdirSync(path.join(run, 'user-data'), { recursive: true });
  return runTests({
    version: version ?? 'stable',
    // The downloaded VS Code stays in the project cache, like the code-server host.
    cachePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: testsPath,
    extensionTestsEnv: extraEnv,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--user-data-dir',
      path.join(run, 'user-data'),
      '--extensions-dir',
      path.join(run, 'extensions'),
    ],
  });
}
