// README.md and README.zh-CN.md carry commands and settings tables generated from package.json and
// package.nls*.json by scripts/gen-readme-tables.mjs: this fails when they drift apart.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { repoRoot as root } from '../support/repo';

const script = path.join(root, 'scripts', 'gen-readme-tables.mjs');
const FILES = ['package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'README.md', 'README.zh-CN.md'];

function check(dir?: string): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [script, '--check', ...(dir ? ['--dir', dir] : [])], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

describe('README commands and settings tables', () => {
  it('match package.json and the nls files (run `node scripts/gen-readme-tables.mjs` to fix)', () => {
    const r = check();
    assert.strictEqual(r.status, 0, r.stderr);
  });

  it('list every command and setting in both languages', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { commands: { command: string }[]; configuration: { properties: Record<string, unknown> } };
    };
    for (const readme of ['README.md', 'README.zh-CN.md']) {
      const text = fs.readFileSync(path.join(root, readme), 'utf8');
      for (const c of pkg.contributes.commands)
        assert.ok(text.includes(`| \`${c.command}\` |`), `${readme}: ${c.command}`);
      for (const key of Object.keys(pkg.contributes.configuration.properties))
        assert.ok(text.includes(`| \`${key}\` |`), `${readme}: ${key}`);
      assert.ok(!/%[a-z]+\.[a-zA-Z.]+%/.test(text), `${readme}: an unresolved %nls.key%`);
    }
  });

  it('notices drift: a changed setting description makes --check fail', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-tables-'));
    try {
      for (const f of FILES) fs.copyFileSync(path.join(root, f), path.join(dir, f));
      const nlsFile = path.join(dir, 'package.nls.json');
      const nls = JSON.parse(fs.readFileSync(nlsFile, 'utf8')) as Record<string, string>;
      nls['config.export.folder'] = 'Somewhere else entirely.';
      fs.writeFileSync(nlsFile, JSON.stringify(nls));
      const r = check(dir);
      assert.strictEqual(r.status, 1);
      assert.match(r.stderr, /README\.md: the commands\/settings tables are out of date/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the two commands that work on a fresh machine as the first lines of both READMEs', () => {
    for (const readme of ['README.md', 'README.zh-CN.md']) {
      const head = fs.readFileSync(path.join(root, readme), 'utf8').split('\n').slice(0, 4).join('\n');
      assert.strictEqual(head, '```sh\nnpm ci && npm run demo\nnpm test\n```', readme);
    }
  });
});
