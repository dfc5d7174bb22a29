import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseDocument } from 'yaml';
import { checkProposal } from '../../src/core/check';
import { ENTITY_LISTS, REFERENCE_FIELDS } from '../../src/core/entities';
import { buildSourceIdIndex } from '../../src/core/language/idIndex';
import { repoRoot as root } from '../support/repo';

/**
 * The checker (normalized model) and the editor (yaml Document) build their id indexes separately
 * but from the one table in src/core/entities.ts: on the same file they must find the same places.
 */
describe('entities: one table for the checker and the editor', () => {
  const files = ['smart-factory.presales.yaml', 'zhihui-kefu.presales.yaml'].map((f) => path.join(root, 'examples', f));

  for (const file of files) {
    it(`indexes the same definitions and references in ${path.basename(file)}`, () => {
      const source = readFileSync(file, 'utf8');
      const checked = checkProposal(source).ids;
      const edited = buildSourceIdIndex(parseDocument(source));
      assert.ok(checked.references.length > 10, 'the example has references');
      assert.deepEqual(
        checked.definitions.map((d) => `${d.kind} ${[...d.path.slice(0, -1)].join('.')}`).sort(),
        edited.definitions.map((d) => `${d.kind} ${d.path.join('.')}`).sort(),
      );
      assert.deepEqual(
        checked.references.map((r) => `${r.expected} ${r.path.join('.')}`).sort(),
        edited.references
          .filter((r) => !r.soft)
          .map((r) => `${r.target} ${r.path.join('.')}`)
          .sort(),
      );
    });
  }

  it('has one list per kind, and names each reference field by its first segment below the item', () => {
    for (const [pattern, field] of REFERENCE_FIELDS) {
      assert.ok(pattern.includes(`.${field.field}`), pattern);
    }
    assert.equal(new Set(ENTITY_LISTS.map((e) => e.kind)).size, ENTITY_LISTS.length, 'one list per kind');
  });
});
