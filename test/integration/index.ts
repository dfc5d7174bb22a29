// Entry point VS Code's extension host loads through `extensionTestsPath` (see
// scripts/run-integration.mjs). It runs mocha, BDD interface (`describe`/`it`, as in test/unit),
// over every out/test/integration/**/*.test.js. Resolve = exit code 0, reject = 1.
// PRESALES_TEST_GREP (from `run-integration.mjs --grep <pattern>`) narrows the run.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const grep = process.env.PRESALES_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  const files = fs
    .readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  // An empty or misplaced out/test/integration must fail, never pass with zero tests.
  if (files.length === 0)
    return Promise.reject(new Error(`no *.test.js under ${__dirname}: compile first (npx tsc -p tsconfig.json)`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The launcher and CI logs look for this line.
      console.log(`${runner.stats?.passes ?? 0} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
