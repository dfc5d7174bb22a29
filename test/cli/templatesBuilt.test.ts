import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { repoRoot as root } from '../support/repo';

describe('examples/templates: the company Word templates are built by code', () => {
  it('equal what scripts/build-templates.mjs writes now (run it after changing the script)', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-templates.mjs'), '--check'], {
      encoding: 'utf8',
      cwd: root,
    });
    assert.equal(run.status, 0, run.stderr);
  });
});

describe('presales export --template', () => {
  const cli = path.join(root, 'dist', 'cli.js');
  const run = (...args: string[]): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });

  it('refuses --template for another format and a missing template, exit 2, with the reason', () => {
    const html = run(
      'export',
      'examples/smart-factory.presales.yaml',
      '-f',
      'html',
      '--template',
      'x.dotx',
      '--no-diagrams',
    );
    assert.equal(html.status, 2);
    assert.match(String(html.stderr), /--template applies to DOCX \(and to the PPTX deck.s look\) only/);
    const missing = run(
      'export',
      'examples/smart-factory.presales.yaml',
      '-f',
      'docx',
      '--no-diagrams',
      '--template',
      'examples/templates/none.dotx',
      '--lang',
      'zh-CN',
    );
    assert.equal(missing.status, 2);
    assert.match(String(missing.stderr), /Word 模板 .*none\.dotx.*不存在或无法读取/);
  });
});
