import * as assert from 'node:assert/strict';
import { completeAt, type CompletionEntry } from '../../../src/core/language/completion';
import type { Language } from '../../../src/core/model';
import { PROPOSAL, cursor, doc, schema } from './fixture';

/** Completion at the `|` inserted into the fixture after `anchor`. */
function completeIn(base: string, anchor: string, insert: string, lang: Language = 'en'): CompletionEntry[] {
  const at = base.indexOf(anchor);
  assert.ok(at >= 0, anchor);
  const marked = base.slice(0, at + anchor.length) + insert + base.slice(at + anchor.length);
  const { text, offset } = cursor(marked);
  return completeAt({ text, offset, index: doc(text).index, schema: schema(), lang });
}
const labels = (items: CompletionEntry[]): string[] => items.map((i) => i.label);

describe('completion: keys', () => {
  it('offers the keys of a task, required first, minus those present', () => {
    const items = completeIn(PROPOSAL, '          name: Design\n', '          |\n');
    const names = labels(items);
    assert.ok(!names.includes('id') && !names.includes('name') && !names.includes('owner'), names.join());
    assert.ok(names.includes('dependsOn') && names.includes('effort'));
    const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.ok(sorted.length > 3);
  });

  it('puts required keys first in a fresh list item', () => {
    const items = completeIn(PROPOSAL, '    priority: should\n', '  - |\n');
    const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText)).map((i) => i.label);
    assert.deepEqual(sorted.slice(0, 2).sort(), ['id', 'title']);
  });

  it('gives objects and arrays a snippet body, scalars `key: $1`, enums a choice', () => {
    const items = completeIn(PROPOSAL, 'budget:\n  currency: EUR\n', '  |\n');
    const lines = items.find((i) => i.label === 'lines');
    assert.equal(lines?.insertText, 'lines:\n  - $1');
    assert.ok(lines?.isSnippet);
    const root = completeIn(PROPOSAL, 'budget:\n  currency: EUR\n', '|\n');
    assert.equal(root.find((i) => i.label === 'support')?.insertText, 'support:\n  $1');
    const risk = completeIn(PROPOSAL, '    impact: 5\n', '    |\n');
    assert.equal(risk.find((i) => i.label === 'description')?.insertText, 'description: $1');
    assert.match(
      risk.find((i) => i.label === 'status')?.insertText ?? '',
      /^status: \$\{1\|open,mitigating,closed,occurred\|\}$/,
    );
  });

  it('starts an empty file with the required keys, the version filled in', () => {
    const items = completeAt({ text: '', offset: 0, index: doc('').index, schema: schema(), lang: 'en' });
    const sorted = [...items].sort((a, b) => a.sortText.localeCompare(b.sortText));
    assert.deepEqual(
      sorted.slice(0, 2).map((i) => i.label),
      ['presales', 'proposal'],
    );
    assert.equal(sorted[0]?.insertText, 'presales: "1.0"');
  });

  it('documents keys with the schema title and description, in Chinese too', () => {
    const en = completeIn(PROPOSAL, '          name: Design\n', '          |\n');
    const dep = en.find((i) => i.label === 'dependsOn');
    assert.equal(dep?.detail, 'Depends on');
    assert.match(dep?.documentation ?? '', /Finish-to-start/);
    const zh = completeIn(PROPOSAL, '          name: Design\n', '          |\n', 'zh-CN');
    assert.match(zh.find((i) => i.label === 'dependsOn')?.detail ?? '', /[\u4e00-\u9fff]/);
  });

  it('does not add a colon when completing over an existing key', () => {
    const { text, offset } = cursor('presales: "1.0"\nproposal:\n  tit|le: x\n');
    const items = completeAt({ text, offset, index: doc(text).index, schema: schema(), lang: 'en' });
    const title = items.find((i) => i.label === 'subtitle');
    assert.equal(title?.insertText, 'subtitle');
    assert.deepEqual(title?.range, { offset: text.indexOf('title: x'), length: 5 });
  });
});

describe('completion: values', () => {
  it('offers enum values with their descriptions', () => {
    const items = completeIn(PROPOSAL, '    title: Reports\n', '    type: |\n');
    assert.deepEqual(labels(items), [
      'functional',
      'performance',
      'technical',
      'security',
      'compliance',
      'integration',
      'operational',
      'usability',
      'data',
    ]);
    assert.ok(items.every((i) => i.kind === 'enum' && i.documentation));
  });

  it('offers team ids at owner, labelled with names', () => {
    const items = completeIn(PROPOSAL, '          name: Design\n', '          owner: |\n');
    assert.deepEqual(labels(items), ['alice', 'bob']);
    assert.equal(items[0]?.labelDetail, 'Alice Chen');
    assert.match(items[0]?.detail ?? '', /team member: Alice Chen/);
  });

  const cases: Array<[string, string, string, string[]]> = [
    ['dependsOn (flow)', '          name: Build\n', '          dependsOn: [T1, |]\n', []],
    ['dependsOn (block item)', '          name: Build\n', '          dependsOn:\n            - |\n', ['T1']],
    ['assignees', '          name: Design\n', '          assignees:\n            - |\n', ['alice', 'bob']],
    ['risk owner', '    impact: 5\n', '    owner: |\n', ['alice', 'bob']],
    ['presenter', '      title: Login flow\n', '      presenter: |\n', ['alice', 'bob']],
    ['satisfies', '        - REQ-002\n', '    - id: cache\n      satisfies: [|]\n', ['REQ-001', 'REQ-002']],
    [
      'task requirements',
      '          duration: 5\n',
      '          requirements:\n            - |\n',
      ['REQ-001', 'REQ-002'],
    ],
    ['goal requirements', '    target: 2\n', '    requirements: [|]\n', ['REQ-001', 'REQ-002']],
    ['connection from', '      protocol: SQL\n', '    - from: |\n', ['gw', 'db']],
    ['technology components', '    choice: Kong\n', '    components: [gw, |]\n', ['db']],
    ['zone', '      kind: database\n', '      zone: |\n', ['dmz']],
  ];
  for (const [name, anchor, insert, expected] of cases) {
    it(`offers the right ids at ${name}`, () => {
      const got = completeIn(PROPOSAL, anchor, insert).filter((i) => i.kind === 'reference');
      assert.deepEqual(labels(got), expected);
    });
  }

  it('offers ids and keys inside one-line flow maps', () => {
    const base = PROPOSAL.replace(
      '        - id: T2\n',
      '        - { id: T3, name: Test, owner: , dependsOn: [T1] }\n        - id: T2\n',
    );
    const ids = completeIn(base, '{ id: T3, name: Test, owner: ', '|');
    assert.deepEqual(labels(ids), ['alice', 'bob']);
    const deps = completeIn(base, 'dependsOn: [T1', ', |');
    assert.ok(
      labels(deps).includes('T2') && !labels(deps).includes('T3') && !labels(deps).includes('T1'),
      labels(deps).join(),
    );
    const keys = completeIn(base, '{ id: T3, ', '|');
    assert.ok(labels(keys).includes('effort') && !labels(keys).includes('owner'));
  });

  it('offers any id at related, skipping those listed', () => {
    const got = labels(
      completeIn(PROPOSAL, '    contingency: Local accounts\n', '    related: [REQ-001, |]\n').filter(
        (i) => i.kind === 'reference',
      ),
    );
    assert.ok(got.includes('T1') && got.includes('alice') && got.includes('gw') && got.includes('REQ-002'));
    assert.ok(!got.includes('REQ-001'));
  });

  it('never offers a task as its own dependency', () => {
    const got = labels(completeIn(PROPOSAL, '          name: Design\n', '          dependsOn: [|]\n'));
    assert.ok(!got.includes('T1'));
    assert.ok(got.includes('T2'));
  });

  it('works on a file that does not parse cleanly', () => {
    const { text, offset } = cursor(
      'presales: "1.0"\nteam:\n  - id: a\n    name: "A\nrisks:\n  - id: R\n    owner: |\n',
    );
    assert.doesNotThrow(() => completeAt({ text, offset, index: doc(text).index, schema: schema(), lang: 'en' }));
  });

  it('replaces the partly typed word', () => {
    const items = completeIn(PROPOSAL, '          name: Design\n', '          owner: al|\n');
    const first = items[0];
    assert.equal(first?.range?.length, 2);
  });
});
