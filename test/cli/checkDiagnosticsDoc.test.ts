import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODES } from '../../src/core/codes';
import { repoRoot as root } from '../support/repo';

describe('docs/diagnostics.md', () => {
  it('matches what scripts/gen-diagnostics-doc.mjs generates from codes.ts (drift fails)', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'gen-diagnostics-doc.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr || r.stdout);
  });

  it('lists every code with both languages', () => {
    const doc = readFileSync(path.join(root, 'docs', 'diagnostics.md'), 'utf8');
    for (const c of CODES) {
      assert.ok(doc.includes(`| ${c.code} |`), c.code);
      assert.ok(doc.includes(c.description['zh-CN'].replace(/\|/g, '\\|')), `${c.code} zh`);
    }
  });

  it('has unique codes and names, kebab-case names and Chinese text for every code', () => {
    assert.equal(new Set(CODES.map((c) => c.code)).size, CODES.length);
    assert.equal(new Set(CODES.map((c) => c.name)).size, CODES.length);
    for (const c of CODES) {
      assert.match(c.code, /^PS\d{3}$/);
      assert.match(c.name, /^[a-z0-9]+(-[a-z0-9]+)*$/);
      assert.match(c.description['zh-CN'], /[\u4e00-\u9fff]/);
      assert.match(c.fix['zh-CN'], /[\u4e00-\u9fff]/);
    }
  });
});
