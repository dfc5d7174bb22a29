import * as assert from 'node:assert/strict';
import { cursorContext } from '../../../src/core/language/cursorPath';
import { cursor } from './fixture';

const at = (marked: string) => {
  const { text, offset } = cursor(marked);
  return cursorContext(text, offset);
};

describe('cursorContext', () => {
  it('finds the value of an empty `owner: ` while typing', () => {
    const c = at('plan:\n  phases:\n    - id: P1\n      tasks:\n        - id: T1\n          owner: |\n');
    assert.equal(c.kind, 'value');
    assert.deepEqual(c.path, ['plan', 'phases', 0, 'tasks', 0, 'owner']);
    assert.equal(c.word, '');
  });

  it('numbers a fresh `- ` list item after its siblings', () => {
    const c = at('team:\n  - id: a\n    name: A\n  - id: b\n  - |');
    assert.equal(c.kind, 'key');
    assert.deepEqual(c.path, ['team', 2]);
  });

  it('handles lists flush with their key (`tasks:\\n- id`)', () => {
    const c = at('plan:\n  phases:\n  - id: P1\n    tasks:\n    - id: T1\n    - id: T2\n      owner: |');
    assert.deepEqual(c.path, ['plan', 'phases', 0, 'tasks', 1, 'owner']);
  });

  it('restarts item numbering in the next phase', () => {
    const c = at(
      'plan:\n  phases:\n    - id: P1\n      tasks:\n        - id: T1\n        - id: T2\n    - id: P2\n      tasks:\n        - id: T3\n          owner: |',
    );
    assert.deepEqual(c.path, ['plan', 'phases', 1, 'tasks', 0, 'owner']);
  });

  it('indexes the element of a flow list under the cursor', () => {
    const c = at('risks:\n  - id: R1\n    related: [REQ-1, R|]\n');
    assert.equal(c.kind, 'value');
    assert.deepEqual(c.path, ['risks', 0, 'related', 1]);
    assert.equal(c.prefix, 'R');
    assert.ok(c.inFlowList);
  });

  it('sees a half-typed key and the keys already in the map', () => {
    const c = at('team:\n  - id: a\n    na|\n    role: PM\n');
    assert.equal(c.kind, 'key');
    assert.deepEqual(c.path, ['team', 0]);
    assert.equal(c.prefix, 'na');
    assert.deepEqual(c.siblingKeys.sort(), ['id', 'role']);
  });

  it("uses a blank line's indentation to pick the map", () => {
    const c = at('proposal:\n  title: x\n  |\ncustomer:\n  name: y\n');
    assert.deepEqual(c.path, ['proposal']);
    assert.deepEqual(c.siblingKeys, ['title']);
    const root = at('proposal:\n  title: x\n|\n');
    assert.deepEqual(root.path, []);
  });

  it('skips block scalars that look like YAML', () => {
    const c = at('proposal:\n  summary: >-\n    owner: x\n    - item\n  tit|');
    assert.deepEqual(c.path, ['proposal']);
    assert.equal(c.word, 'tit');
  });

  it('is on the key when the cursor is inside an existing key', () => {
    const c = at('team:\n  - id: a\n    ro|le: PM\n');
    assert.equal(c.kind, 'key');
    assert.equal(c.word, 'role');
    assert.ok(c.hasColon);
  });

  it('reports a value word without quotes and comments', () => {
    const c = at('risks:\n  - owner: "al|ice"   # who\n');
    assert.equal(c.word, 'alice');
    assert.deepEqual(c.path, ['risks', 0, 'owner']);
  });

  it('reads one-line flow maps: a value, a key, and a list inside', () => {
    const owner = at(
      'plan:\n  phases:\n    - id: P\n      tasks:\n        - { id: T1, name: x }\n        - { id: T2, owner: p|m, duration: 3 }\n',
    );
    assert.equal(owner.kind, 'value');
    assert.deepEqual(owner.path, ['plan', 'phases', 0, 'tasks', 1, 'owner']);
    assert.equal(owner.word, 'pm');
    const dep = at('tasks:\n  - { id: T2, dependsOn: [T1, |], name: y }\n');
    assert.deepEqual(dep.path, ['tasks', 0, 'dependsOn', 1]);
    const key = at('team:\n  - { id: a, na|, role: PM }\n');
    assert.equal(key.kind, 'key');
    assert.deepEqual(key.path, ['team', 0]);
    assert.equal(key.word, 'na');
    assert.deepEqual(key.siblingKeys.sort(), ['id', 'role']);
    const lag = at('x:\n  dependsOn: [{ task: T|1, lag: 2 }]\n');
    assert.deepEqual(lag.path, ['x', 'dependsOn', 0, 'task']);
    const quoted = at('a: { b: "x, y", c: |}\n');
    assert.deepEqual(quoted.path, ['a', 'c']);
  });

  it('is past a flow map once it closes', () => {
    const c = at('team:\n  - { id: a } |\n');
    assert.notEqual(c.path[c.path.length - 1], 'id');
  });

  it('never throws on hostile input', () => {
    for (const text of [
      '',
      '\n\n',
      ':::',
      '- - - -',
      '[{',
      '"unterminated',
      '\t\tkey: v',
      'a: |\n',
      '---\n...\n',
      '- { a: [ { b: , ] } }',
      "k: ['x",
      '- {{{{[[[,,,:::',
    ]) {
      for (let i = 0; i <= text.length; i++) assert.doesNotThrow(() => cursorContext(text, i));
    }
  });
});
