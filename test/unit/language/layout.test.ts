import * as assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { describe as describeSchema, enumValuesOf, propertiesOf, schemaAt } from '../../../src/core/language/schemaAt';
import { applyEdits } from '../../../src/core/language/textEdit';
import { appendListItem, insertIntoMap, layoutOf } from '../../../src/core/language/yamlLayout';
import { schema } from './fixture';

const append = (text: string, path: Array<string | number>, lines: string[]): string => {
  const edit = appendListItem(layoutOf(text, parseDocument(text)), path, lines);
  assert.ok(edit);
  return applyEdits(text, [edit]);
};

describe('yaml layout: insertions that match the file', () => {
  it('appends to a list written flush with its key', () => {
    assert.equal(
      append('team:\n- id: a\n  name: A\nrisks: []\n', ['team'], ['id: b']),
      'team:\n- id: a\n  name: A\n- id: b\nrisks: []\n',
    );
  });

  it("creates a missing list in the file's own style and indentation", () => {
    assert.equal(
      append('presales: "1.0"\nrequirements:\n- id: R1\n', ['team'], ['id: b', 'name: B']),
      'presales: "1.0"\nrequirements:\n- id: R1\nteam:\n- id: b\n  name: B\n',
    );
    assert.equal(
      append('proposal:\n    title: x\nrequirements:\n    - id: R1\n', ['team'], ['id: b']),
      'proposal:\n    title: x\nrequirements:\n    - id: R1\nteam:\n    - id: b\n',
    );
  });

  it('creates nested parents (architecture.zones) inside an existing section', () => {
    assert.equal(
      append('architecture:\n  overview: x\n', ['architecture', 'zones'], ['id: z']),
      'architecture:\n  overview: x\n  zones:\n    - id: z\n',
    );
  });

  it('replaces an empty flow list', () => {
    assert.equal(append('team: []\nrisks:\n  - id: R\n', ['team'], ['id: b']), 'team:\n  - id: b\nrisks:\n  - id: R\n');
  });

  it('adds after the last key, before trailing comments and the next section', () => {
    const text = 'proposal:\n  title: x # t\n  # about the language\n  language: en\n\n# next\nteam: []\n';
    const edit = insertIntoMap(layoutOf(text, parseDocument(text)), ['proposal'], ['status: draft']);
    assert.ok(edit);
    assert.equal(
      applyEdits(text, [edit]),
      'proposal:\n  title: x # t\n  # about the language\n  language: en\n  status: draft\n\n# next\nteam: []\n',
    );
  });

  it('adds a line at the end of a file without a final newline', () => {
    const text = 'proposal:\n  title: x';
    const edit = insertIntoMap(layoutOf(text, parseDocument(text)), ['proposal'], ['language: en']);
    assert.ok(edit);
    assert.equal(applyEdits(text, [edit]), 'proposal:\n  title: x\n  language: en\n');
  });

  it('declines a root that is a flow map or a list', () => {
    for (const text of ['{ a: 1 }\n', '- a\n'])
      assert.equal(appendListItem(layoutOf(text, parseDocument(text)), ['team'], ['id: b']), undefined);
  });
});

describe('schemaAt', () => {
  it('follows $ref, items and properties', () => {
    const owner = schemaAt(schema(), ['plan', 'phases', 0, 'tasks', 3, 'owner']);
    assert.ok(owner.length > 0);
    assert.equal(describeSchema(schema(), owner, 'en').title, 'Owner');
  });

  it('splits oneOf alternatives (a dependency is an id or { task, lag })', () => {
    const dep = schemaAt(schema(), ['plan', 'phases', 0, 'tasks', 0, 'dependsOn', 0]);
    assert.deepEqual(
      propertiesOf(schema(), dep)
        .map((p) => p.name)
        .sort(),
      ['lag', 'task'],
    );
  });

  it('reads Chinese titles and enum descriptions by JSON pointer', () => {
    const priority = schemaAt(schema(), ['requirements', 0, 'priority']);
    assert.match(describeSchema(schema(), priority, 'zh-CN').title ?? '', /[\u4e00-\u9fff]/);
    const values = enumValuesOf(schema(), priority, 'zh-CN');
    assert.deepEqual(
      values.map((v) => v.value),
      ['must', 'should', 'could', 'wont'],
    );
    assert.ok(values.every((v) => /[\u4e00-\u9fff]/.test(v.description ?? '')));
  });

  it('returns nothing for paths the format does not have', () => {
    assert.deepEqual(schemaAt(schema(), ['nope', 0, 'x']), []);
    assert.deepEqual(schemaAt(schema(), ['team', 'notAnIndex']), []);
  });
});
