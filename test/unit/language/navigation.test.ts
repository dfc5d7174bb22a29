import * as assert from 'node:assert/strict';
import { definitionsAt } from '../../../src/core/language/definition';
import { highlightsAt } from '../../../src/core/language/highlights';
import { referencesAt } from '../../../src/core/language/references';
import { PROPOSAL, doc, offsetOf } from './fixture';

const textAt = (span: { offset: number; length: number }): string =>
  PROPOSAL.slice(span.offset, span.offset + span.length);

describe('id index', () => {
  const { index } = doc();

  it('indexes every kind of definition with its name', () => {
    const kinds = new Map(index.definitions.map((d) => [d.id, d.kind]));
    assert.equal(kinds.get('REQ-001'), 'requirement');
    assert.equal(kinds.get('G1'), 'goal');
    assert.equal(kinds.get('dmz'), 'zone');
    assert.equal(kinds.get('gw'), 'component');
    assert.equal(kinds.get('TC1'), 'technology');
    assert.equal(kinds.get('P1'), 'phase');
    assert.equal(kinds.get('T2'), 'task');
    assert.equal(kinds.get('bob'), 'member');
    assert.equal(kinds.get('RK1'), 'risk');
    assert.equal(kinds.get('S1'), 'scenario');
    assert.equal(index.definitionsOf('TC1')[0]?.name, 'Gateway: Kong');
    assert.equal(index.definitionsOf('alice')[0]?.name, 'Alice Chen');
  });

  it('indexes every reference field with the exact span', () => {
    const refs = index.referencesTo('REQ-001');
    // goal, gw.satisfies, db.satisfies, T1, T2, risk related, scenario
    assert.equal(refs.length, 7);
    for (const r of refs) assert.equal(textAt(r.span), 'REQ-001');
    assert.deepEqual(
      index.referencesTo('alice').map((r) => r.path.join('.')),
      ['plan.phases.0.tasks.0.owner', 'plan.phases.0.tasks.1.assignees.0', 'risks.0.owner'],
    );
    assert.deepEqual(
      index.referencesTo('gw').map((r) => r.path.join('.')),
      ['architecture.connections.0.from', 'technology.0.components.0', 'risks.0.related.1'],
    );
    assert.equal(index.referencesTo('dmz')[0]?.target, 'zone');
    assert.equal(index.referencesTo('T1')[0]?.target, 'task');
  });

  it('indexes `{ task, lag }` dependencies and quoted ids without the quotes', () => {
    const text =
      'plan:\n  phases:\n    - id: P\n      tasks:\n        - id: "A1"\n        - id: B\n          dependsOn:\n            - { task: "A1", lag: 2 }\n';
    const i = doc(text).index;
    const def = i.definitionsOf('A1')[0];
    assert.ok(def);
    assert.equal(text.slice(def.span.offset, def.span.offset + def.span.length), 'A1');
    const ref = i.referencesTo('A1')[0];
    assert.deepEqual(ref?.path, ['plan', 'phases', 0, 'tasks', 1, 'dependsOn', 0, 'task']);
  });

  it('ignores numbers, nulls and broken YAML without throwing', () => {
    assert.doesNotThrow(() =>
      doc('team:\n  - id: 12\n  - id:\n  - id: [x]\nrisks:\n  - owner: {a: 1}\n    related: [1, null]\n'),
    );
    assert.equal(doc('team:\n  - id: 12\n').index.definitions.length, 0);
    assert.doesNotThrow(() => doc(': : [\n\t- {'));
  });
});

describe('definition, references, highlights', () => {
  const { index } = doc();

  it('goes from a reference to its definition', () => {
    const defs = definitionsAt(index, offsetOf(PROPOSAL, 'owner: bob', 8));
    assert.equal(defs.length, 1);
    assert.equal(textAt(defs[0].span), 'bob');
    assert.equal(defs[0].span.offset, offsetOf(PROPOSAL, '- id: bob', 6));
  });

  it('finds nothing away from ids', () => {
    assert.deepEqual(definitionsAt(index, offsetOf(PROPOSAL, 'Single sign-on', 3)), []);
    assert.deepEqual(referencesAt(index, offsetOf(PROPOSAL, 'priority: must', 2), true), []);
  });

  it('lists all references, with or without the declaration', () => {
    const at = offsetOf(PROPOSAL, 'dependsOn: [T1]', 12);
    assert.equal(referencesAt(index, at, false).length, 1);
    const all = referencesAt(index, at, true);
    assert.equal(all.length, 2);
    assert.equal(all[0].offset, offsetOf(PROPOSAL, '- id: T1', 6));
  });

  it('highlights the definition as write and uses as read', () => {
    const h = highlightsAt(index, offsetOf(PROPOSAL, '- id: gw', 7));
    assert.deepEqual(
      h.map((x) => x.kind),
      ['write', 'read', 'read', 'read'],
    );
  });
});
