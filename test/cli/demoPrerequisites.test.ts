import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot as root } from '../support/repo';

// `npm run demo` on a machine whose browser cannot be found must say so, before any export runs,
// and must not blame the examples.

describe('npm run demo without a browser', function () {
  this.timeout(60000);
  it('stops first with what is missing, how to install it and that --no-diagrams needs no browser', () => {
    assert.ok(existsSync(path.join(root, 'dist', 'cli.js')), 'dist/cli.js is missing: run npm run build first');
    const tmp = mkdtempSync(path.join(tmpdir(), 'presales-demo-'));
    try {
      const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'demo.mjs')], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CHROMIUM: path.join(tmp, 'no-such-chromium') },
      });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stderr, /Chromium/);
      assert.match(r.stderr, /apt-get install -y chromium/);
      assert.match(r.stderr, /--no-diagrams/);
      assert.doesNotMatch(r.stderr, /an example has errors/);
      assert.doesNotMatch(r.stdout, /presales export/, 'no export ran');
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
