import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot as root } from '../support/repo';

describe('schema: docs/format.md is generated from the schema', () => {
  it('matches what scripts/gen-format-doc.mjs produces now (run it after changing the schema)', () => {
    const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'gen-format-doc.mjs'), '--stdout'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const committed = fs.readFileSync(path.join(root, 'docs', 'format.md'), 'utf8');
    assert.ok(
      committed === run.stdout,
      'docs/format.md is stale: run `node scripts/gen-format-doc.mjs` and commit the result',
    );
  });

  it('has a table for every section of the proposal', () => {
    const doc = fs.readFileSync(path.join(root, 'docs', 'format.md'), 'utf8');
    for (const section of [
      'Top level',
      '`proposal`',
      '`requirements[]`',
      '`plan.phases[].tasks[]`',
      '`risks[]`',
      '`budget.lines[]`',
      '`sales`',
    ]) {
      assert.ok(doc.includes(`## ${section}`), section);
    }
    assert.ok(doc.includes('| Key | Type | Required | Description |'));
  });
});
