import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkProposal } from '../../src/core/check';
import { CODES } from '../../src/core/codes';
import { SCHEMA_CODES } from '../../src/core/schemaCheck';
import { brokenExamples, exampleProposals } from '../support/fixtures';
import { repoRoot as root } from '../support/repo';

/** The codes a broken example announces in its leading comment block. */
function announced(text: string): string[] {
  const header = text
    .split('\n')
    .filter((_, i, all) => all.slice(0, i + 1).every((x) => x.startsWith('#')))
    .join('\n');
  return [...new Set(header.match(/PS\d{3}/g) ?? [])];
}

describe('examples/broken', () => {
  const files = brokenExamples();
  const emitted = new Set<string>();

  for (const file of files) {
    it(`${path.basename(file)} shows the codes its first comment names`, () => {
      const text = readFileSync(path.join(root, file), 'utf8');
      const codes = announced(text);
      assert.ok(codes.length > 0, `${file} must start with a comment naming its codes`);
      const found = new Set(checkProposal(text).diagnostics.map((d) => d.code));
      for (const c of found) emitted.add(c);
      for (const c of codes)
        assert.ok(found.has(c), `${file} announces ${c} but the checker reports ${[...found].join(', ')}`);
      assert.ok(!found.has('PS900'), `${file} triggers an internal error`);
    });
  }

  it('together they show every code except PS900', () => {
    const missing = CODES.map((c) => c.code).filter((c) => c !== 'PS900' && !emitted.has(c));
    assert.deepEqual(missing, []);
  });

  it('the registry documents every code the schema check can emit', () => {
    const known = new Set<string>(CODES.map((c) => c.code));
    for (const c of SCHEMA_CODES) assert.ok(known.has(c), c);
  });
});

describe('examples/*.presales.yaml (the complete proposals)', () => {
  const files = exampleProposals();

  it('exist', () => assert.ok(files.length >= 2, files.join()));

  for (const file of files) {
    it(`${path.basename(file)} checks clean in both languages`, () => {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const language of ['en', 'zh-CN'] as const) {
        const found = checkProposal(text, { language }).diagnostics.map(
          (d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`,
        );
        assert.deepEqual(found, []);
      }
    });
  }
});
