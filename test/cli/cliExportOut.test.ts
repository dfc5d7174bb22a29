import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The bundled CLI as users run it; Markdown needs no browser.
import { repoRoot as root } from '../support/repo';
const cliPath = path.join(root, 'dist', 'cli.js');
const example = path.join(root, 'examples', 'smart-factory.presales.yaml');

function exportTo(
  out: string,
  cwd: string,
  env: Record<string, string> = {},
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliPath, 'export', example, '--format', 'md', '-o', out], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('presales export -o: files and folders', function () {
  this.timeout(30000);
  let tmp: string;
  before(() => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run npm run build first');
    tmp = mkdtempSync(path.join(tmpdir(), 'presales-cli-out-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('-o newdir/ creates the folder and writes the default name into it, never a file named newdir', () => {
    const r = exportTo('newdir/', tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(statSync(path.join(tmp, 'newdir')).isDirectory(), 'newdir is a folder');
    assert.deepEqual(readdirSync(path.join(tmp, 'newdir')), ['smart-factory.proposal.md']);
    assert.match(r.stdout, /newdir[/\\]smart-factory\.proposal\.md/);
  });

  it('-o naming an existing folder writes into it', () => {
    const r = exportTo('newdir', tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(path.join(tmp, 'newdir')), ['smart-factory.proposal.md']);
  });

  it('-o a/b/file.md with a missing folder is refused with exit 2 and a clear message, nothing written', () => {
    const r = exportTo('missing/deeper/file.md', tmp);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /the folder .*missing[/\\]deeper does not exist/);
    assert.ok(!existsSync(path.join(tmp, 'missing')));
    const zh = exportTo('missing/deeper/file.md', tmp, { LANG: 'zh_CN.UTF-8' });
    assert.equal(zh.status, 2);
    assert.match(zh.stderr, /不存在/);
  });
});
