import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserPathError, findBrowser } from '../../../src/node/browser';

describe('export: browser discovery', () => {
  const fakeBrowser = (name: string): { dir: string; file: string } => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'presales-browser-'));
    const file = path.join(dir, name);
    writeFileSync(file, '#!/bin/sh\n');
    chmodSync(file, 0o755);
    return { dir, file };
  };

  it('an explicit path wins, and a wrong one is an error, not a silent fallback', () => {
    const { file } = fakeBrowser('my-chrome');
    assert.deepEqual(findBrowser({ explicit: file, env: {} }), { path: file, source: 'option' });
    assert.throws(() => findBrowser({ explicit: '/nope/chrome', env: {} }), BrowserPathError);
  });

  it('PRESALES_BROWSER comes next', () => {
    const { file } = fakeBrowser('env-chrome');
    assert.deepEqual(findBrowser({ env: { PRESALES_BROWSER: file, PATH: '' } }), { path: file, source: 'env' });
  });

  it('then well-known names on PATH', () => {
    const { dir, file } = fakeBrowser('google-chrome-stable');
    assert.deepEqual(
      findBrowser({ env: { PATH: dir }, platform: 'linux' })?.path,
      file === path.join(dir, 'google-chrome-stable') ? file : undefined,
    );
  });

  it('finds nothing on a machine without any', () => {
    assert.equal(findBrowser({ env: { PATH: '' }, platform: 'win32' }), undefined);
  });
});
