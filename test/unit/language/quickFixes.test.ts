import * as assert from 'node:assert/strict';
import { checkProposal } from '../../../src/core/check';
import type { Diagnostic } from '../../../src/core/diagnostic';
import { nextFreeId } from '../../../src/core/language/placeholders';
import { quickFixesFor, type QuickFix } from '../../../src/core/language/quickFixes';
import { applyEdits } from '../../../src/core/language/textEdit';
import type { Language } from '../../../src/core/model';
import { PROPOSAL, doc, schema } from './fixture';

function fixesFor(text: string, code: string, lang: Language = 'en'): { diagnostic: Diagnostic; fixes: QuickFix[] } {
  const diagnostic = checkProposal(text).diagnostics.find((d) => d.code === code);
  assert.ok(diagnostic, `expected ${code} in ${JSON.stringify(checkProposal(text).diagnostics.map((d) => d.code))}`);
  const d = doc(text);
  // As the provider does: the plan's end for a goal deadline.
  const planEnd = d.schedule().end;
  return {
    diagnostic,
    fixes: quickFixesFor(diagnostic, {
      parsed: d.parsed,
      index: d.index,
      schema: schema(),
      lang,
      ...(planEnd ? { planEnd } : {}),
    }),
  };
}

/** Applies the first fix (or the first titled like `title`), asserts the code is gone, nothing new appeared, and comments survived. */
function applyFirst(text: string, code: string, title?: RegExp): string {
  const { fixes } = fixesFor(text, code);
  const fix = title ? fixes.find((f) => title.test(f.title)) : fixes[0];
  assert.ok(fix, `no fix for ${code}`);
  const after = applyEdits(text, fix.edits);
  const before = checkProposal(text)
    .diagnostics.filter((d) => d.code !== code)
    .map((d) => d.code);
  const now = checkProposal(after).diagnostics;
  assert.deepEqual(
    now.filter((d) => d.code === code),
    [],
    `${code} still there after:\n${after}`,
  );
  assert.deepEqual(
    now.map((d) => d.code).filter((c) => !before.includes(c) && c !== 'PS213'),
    [],
    `new problems:\n${after}`,
  );
  for (const comment of text.match(/#.*$/gm) ?? []) assert.ok(after.includes(comment), `lost ${comment}`);
  return after;
}

describe('quick fixes: unknown references', () => {
  it('creates a missing team member at the end of team (PS210)', () => {
    const text = PROPOSAL.replace('          owner: bob', '          owner: carol');
    const { fixes } = fixesFor(text, 'PS210');
    assert.equal(fixes[0]?.title, 'Create team member "carol"');
    const after = applyFirst(text, 'PS210');
    assert.match(after, /    role: Developer\n  - id: carol\n    name: TODO\n    role: TODO\n/);
  });

  it('creates a missing task in the same phase (PS202 on dependsOn)', () => {
    const text = PROPOSAL.replace('dependsOn: [T1]', 'dependsOn: [T1, T9]');
    const after = applyFirst(text, 'PS202', /^Create task/);
    assert.match(
      after,
      /          requirements: \[REQ-001, REQ-002\]\n        - id: T9\n          name: TODO\n          duration: 1\n/,
    );
  });

  it("creates a missing requirement with the schema's required fields", () => {
    const text = PROPOSAL.replace(
      'requirements: [REQ-001]\narchitecture',
      'requirements: [REQ-001, REQ-404]\narchitecture',
    );
    const after = applyFirst(text, 'PS202', /^Create requirement/);
    assert.match(after, /  - id: REQ-404\n    title: TODO\n/);
  });

  it('creates the section when it is absent', () => {
    const text =
      'presales: "1.0"\nproposal:\n  title: X # the title\nrisks:\n  - id: R1\n    title: r\n    owner: carol\n';
    const after = applyFirst(text, 'PS210');
    assert.equal(after, `${text}team:\n  - id: carol\n    name: TODO\n    role: TODO\n`);
  });

  it('fills a section written as an empty key', () => {
    const text = 'presales: "1.0"\nproposal:\n  title: X\nteam:\nrisks:\n  - id: R1\n    title: r\n    owner: carol\n';
    const after = applyEdits(text, fixesFor(text, 'PS210').fixes[0].edits);
    assert.match(after, /team:\n  - id: carol\n    name: TODO\n    role: TODO\nrisks:/);
  });

  it('creates a missing component and zone', () => {
    const after = applyFirst(
      PROPOSAL.replace('    - from: gw\n      to: db', '    - from: gw\n      to: cache'),
      'PS202',
      /^Create component/,
    );
    assert.match(after, /        - REQ-002\n    - id: cache\n      name: TODO\n      kind: \w+\n  connections:/);
    const zone = applyFirst(PROPOSAL.replace('zone: dmz', 'zone: intranet'), 'PS202', /^Create zone/);
    assert.match(zone, /    - id: dmz\n      name: DMZ\n    - id: intranet\n      name: TODO\n/);
  });

  it('offers nothing for a `related` id (the kind is unknown)', () => {
    const text = PROPOSAL.replace('related: [REQ-001, gw]', 'related: [REQ-001, nowhere]');
    assert.deepEqual(fixesFor(text, 'PS202').fixes, []);
  });

  it('speaks Chinese when asked', () => {
    const text = PROPOSAL.replace('          owner: bob', '          owner: carol');
    const { fixes } = fixesFor(text, 'PS210', 'zh-CN');
    assert.equal(fixes[0]?.title, '创建团队成员“carol”');
    assert.match(applyEdits(text, fixes[0].edits), /name: 待补充/);
  });
});

describe("quick fixes: the checker's suggestion", () => {
  it('changes a mistyped owner to the closest team id, preferred over creating a member', () => {
    const text = PROPOSAL.replace('          owner: bob', '          owner: bobb');
    const { fixes } = fixesFor(text, 'PS210');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.isPreferred]),
      [
        ['Change to "bob"', true],
        ['Create team member "bobb"', false],
      ],
    );
    assert.equal(applyFirst(text, 'PS210'), PROPOSAL);
  });

  it('fixes a mistyped key (PS102) and enum value (PS104)', () => {
    assert.equal(applyFirst(PROPOSAL.replace('    priority: should', '    priorty: should'), 'PS102'), PROPOSAL);
    assert.equal(applyFirst(PROPOSAL.replace('    priority: should', '    priority: shuold'), 'PS104'), PROPOSAL);
  });

  it('keeps quotes around a quoted reference', () => {
    const text = PROPOSAL.replace('          owner: bob', '          owner: "bobb"');
    const after = applyFirst(text, 'PS210');
    assert.match(after, /owner: "bob"/);
  });
});

describe('quick fixes: missing property, high risk, duplicate id', () => {
  it('adds a missing required property with a placeholder (PS101)', () => {
    const text = PROPOSAL.replace('    title: Reports\n', '');
    const after = applyFirst(text, 'PS101');
    assert.match(after, /  - id: REQ-002\n    priority: should\n    title: TODO\n/);
  });

  it('adds a missing property of a nested map', () => {
    const text = PROPOSAL.replace('  title: Demo proposal   # keep this comment\n', '');
    const after = applyFirst(text, 'PS101');
    assert.match(after, /proposal:\n  language: en\n  title: TODO\n/);
  });

  it('adds prevention, contingency and owner to a high risk (PS209)', () => {
    const text = PROPOSAL.replace(
      '    owner: alice\n    prevention: Order early\n    contingency: Local accounts\n',
      '',
    );
    const { fixes } = fixesFor(text, 'PS209');
    assert.equal(fixes[0]?.isPreferred, true);
    const after = applyFirst(text, 'PS209');
    assert.match(
      after,
      /    related: \[REQ-001, gw\]\n    prevention: TODO\n    contingency: TODO\n    owner: alice\n/,
    );
  });

  it('adds only what is missing', () => {
    const text = PROPOSAL.replace('    contingency: Local accounts\n', '');
    const after = applyFirst(text, 'PS209');
    assert.equal(after.split('prevention:').length, 2);
    assert.match(after, /contingency: TODO/);
  });

  it('renumbers a duplicate id to the next free number (PS201)', () => {
    const text = PROPOSAL.replace('  - id: REQ-002', '  - id: REQ-001');
    const { fixes } = fixesFor(text, 'PS201');
    assert.equal(fixes[0]?.title, 'Renumber duplicate id "REQ-001" to "REQ-002"');
    const after = applyEdits(text, fixes[0].edits);
    assert.equal(checkProposal(after).diagnostics.filter((d) => d.code === 'PS201').length, 0);
  });

  it('completes a goal that is not SMART with placeholders (PS206)', () => {
    const text = PROPOSAL.replace('    metric: seconds\n    target: 2\n    deadline: 2027-06-30\n', '');
    const after = applyFirst(text, 'PS206');
    assert.match(
      after,
      /    requirements: \[REQ-001\]\n    metric: TODO\n    target: TODO\n    deadline: 2027-01-22\n/,
    );
  });

  it('gives a task without a length `duration: 1` (PS219)', () => {
    const after = applyFirst(PROPOSAL.replace('          duration: 5\n', ''), 'PS219');
    assert.match(
      after,
      /          requirements: \[REQ-001\]\n          duration: 1\n        # the build waits for design/,
    );
  });

  it('adds an answer to an answered question (PS220) and a start to a plan (PS215)', () => {
    const question = `${PROPOSAL}questions:\n  - id: Q1\n    question: Which IdP?\n    status: answered\n`;
    assert.match(applyFirst(question, 'PS220'), /    status: answered\n    answer: TODO\n$/);
    const d = doc(PROPOSAL.replace('  start: 2027-01-04\n', ''));
    const diagnostic = checkProposal(d.text).diagnostics.find((x) => x.code === 'PS215');
    assert.ok(diagnostic);
    const fix = quickFixesFor(diagnostic, {
      parsed: d.parsed,
      index: d.index,
      schema: schema(),
      lang: 'en',
      today: '2027-03-01',
    })[0];
    assert.ok(fix);
    assert.match(applyEdits(d.text, fix.edits), /plan:\n  phases:[\s\S]*\n  start: 2027-03-01\nteam:/);
  });

  it('computes the next free id by prefix and padding', () => {
    const used = new Set(Array.from({ length: 25 }, (_, i) => `REQ-${String(i + 1).padStart(3, '0')}`));
    assert.equal(nextFreeId('REQ-007', used), 'REQ-026');
    assert.equal(nextFreeId('T9', new Set(['T9', 'T10'])), 'T11');
    assert.equal(nextFreeId('alice', new Set(['alice', 'alice-2'])), 'alice-3');
  });

  it('edits only inserted lines: the rest of the text is byte-identical', () => {
    const text = PROPOSAL.replace('          owner: bob', '          owner: carol');
    const { fixes } = fixesFor(text, 'PS210');
    const edit = fixes[0].edits[0];
    assert.equal(edit.length, 0);
    const after = applyEdits(text, fixes[0].edits);
    assert.equal(after.slice(0, edit.offset), text.slice(0, edit.offset));
    assert.equal(after.slice(edit.offset + edit.newText.length), text.slice(edit.offset));
  });
});
