import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseProposalText } from '../../src/core/parse';
import { checkSchema } from '../../src/core/schemaCheck';
import { starterProposal } from '../../src/core/starter';
import { exampleProposals } from '../support/fixtures';
import { repoRoot as root } from '../support/repo';

const examples = path.join(root, 'examples');

/** The schema must accept every real proposal we ship; a schema change that breaks one fails here. */
describe('schema: the shipped proposals pass the schema', () => {
  const files = exampleProposals();
  it('finds the bundled examples', () => assert.ok(files.length >= 2, files.join(', ')));
  for (const file of files) {
    it(`${file} has no schema diagnostic`, () => {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      assert.deepEqual(
        checkSchema(parseProposalText(text), 'en').map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`),
        [],
      );
    });
  }
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`the ${lang} starter proposal has no schema diagnostic`, () => {
      assert.deepEqual(
        checkSchema(parseProposalText(starterProposal(lang, 'Demo')), lang).map(
          (d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`,
        ),
        [],
      );
    });
  }
  it('examples/broken/ps1xx-schema.presales.yaml shows every schema code', () => {
    const text = fs.readFileSync(path.join(examples, 'broken', 'ps1xx-schema.presales.yaml'), 'utf8');
    const codes = new Set(checkSchema(parseProposalText(text), 'en').map((d) => d.code));
    assert.deepEqual([...codes].sort(), ['PS101', 'PS102', 'PS103', 'PS104', 'PS105', 'PS106', 'PS107', 'PS199']);
  });
});
