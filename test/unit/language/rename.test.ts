import * as assert from 'node:assert/strict';
import { prepareRename, renameEdits } from '../../../src/core/language/rename';
import { applyEdits } from '../../../src/core/language/textEdit';
import { checkProposal } from '../../../src/core/check';
import { PROPOSAL, doc, offsetOf } from './fixture';

describe('rename', () => {
  const { index } = doc();

  it('is offered only on ids', () => {
    assert.equal(prepareRename(index, offsetOf(PROPOSAL, 'owner: alice', 9))?.id, 'alice');
    assert.equal(prepareRename(index, offsetOf(PROPOSAL, 'name: Alice Chen', 8)), undefined);
    assert.equal(prepareRename(index, offsetOf(PROPOSAL, 'priority: must', 1)), undefined);
  });

  it('renames the definition and every reference, keeping comments', () => {
    const result = renameEdits(index, offsetOf(PROPOSAL, '- id: REQ-001', 8), 'REQ-SSO', PROPOSAL);
    assert.ok(result.ok);
    if (!result.ok) return;
    assert.equal(result.edits.length, 8);
    const after = applyEdits(PROPOSAL, result.edits);
    assert.ok(!after.includes('REQ-001'));
    assert.equal(after.split('REQ-SSO').length - 1, 8);
    assert.ok(after.includes('# keep this comment') && after.includes('# the build waits for design'));
    assert.deepEqual(checkProposal(after).diagnostics, []);
  });

  it('renames from a reference too', () => {
    const result = renameEdits(index, offsetOf(PROPOSAL, 'presenter: bob', 12), 'robert', PROPOSAL);
    assert.ok(result.ok);
    const after = result.ok ? applyEdits(PROPOSAL, result.edits) : '';
    assert.ok(!/\bbob\b/.test(after));
    assert.deepEqual(checkProposal(after).diagnostics, []);
  });

  it('rejects a name that is not an id', () => {
    for (const bad of ['1abc', 'has space', '', 'ä-x', 'a:b']) {
      const result = renameEdits(index, offsetOf(PROPOSAL, '- id: T1', 6), bad, PROPOSAL);
      assert.equal(result.ok, false, bad);
    }
  });

  it('refuses a name already used by any entity', () => {
    const result = renameEdits(index, offsetOf(PROPOSAL, '- id: T1', 6), 'alice', PROPOSAL);
    assert.equal(result.ok, false);
    if (!result.ok) assert.match(result.message.en, /already used/);
  });

  it('quotes an id YAML would otherwise read as a boolean or null', () => {
    const result = renameEdits(index, offsetOf(PROPOSAL, '- id: T1', 6), 'true', PROPOSAL);
    assert.ok(result.ok);
    if (result.ok) assert.ok(result.edits.every((e) => e.newText === '"true"'));
  });

  it('keeps existing quotes', () => {
    const text = 'team:\n  - id: "x1"\nrisks:\n  - id: R\n    owner: \'x1\'\n';
    const i = doc(text).index;
    const result = renameEdits(i, text.indexOf('x1'), 'x2', text);
    assert.ok(result.ok);
    if (result.ok) assert.equal(applyEdits(text, result.edits), text.replace(/x1/g, 'x2'));
  });
});
