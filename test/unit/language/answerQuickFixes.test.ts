import * as assert from 'node:assert/strict';
import { checkProposal } from '../../../src/core/check';
import { quickFixesFor, type QuickFix } from '../../../src/core/language/quickFixes';
import { applyEdits } from '../../../src/core/language/textEdit';
import { normalizeProposal } from '../../../src/core/normalize';
import { parseProposalText } from '../../../src/core/parse';
import { doc, schema } from './fixture';

const RFP = `presales: "1.0"
proposal:
  title: RFP answers
requirements:
  - id: R1
    title: Single sign-on
    rfp:
      id: "4.2.1"
      text: The system shall support single sign-on.
      row: 7
      textHash: "0a1b2c3d" # the customer's wording
  - id: R2
    title: Audit log
    rfp:
      id: "4.2.2"
      text: All changes shall be logged.
      row: 8
      textHash: "fe01ab23"
  - id: R3
    title: Reports
`;

function fixes(text: string, nth = 0): QuickFix[] {
  const d = checkProposal(text).diagnostics.filter((x) => x.code === 'PS245')[nth];
  assert.ok(d, 'expected a PS245');
  const parsed = doc(text);
  return quickFixesFor(d, { parsed: parsed.parsed, index: parsed.index, schema: schema(), lang: 'en' });
}

describe('quick fixes: answer skeletons for unanswered RFP items (PS245)', () => {
  it('adds an answer with the basis to this requirement, keeping comments', () => {
    const [one] = fixes(RFP);
    assert.equal(one?.title, 'Add an answer skeleton');
    const after = applyEdits(RFP, one?.edits ?? []);
    assert.match(
      after,
      / {6}textHash: "0a1b2c3d" # the customer's wording\n {4}answer:\n {6}response: ""\n {6}refs: \[\]\n {6}basis: "0a1b2c3d"\n {2}- id: R2/,
    );
    const answer = normalizeProposal(parseProposalText(after).value).requirements?.[0]?.answer;
    assert.deepEqual(answer, { response: '', refs: [], basis: '0a1b2c3d' });
    // Still unanswered until a status is chosen: nothing is claimed for the engineer.
    const left = checkProposal(after).diagnostics.filter((x) => x.code === 'PS245');
    assert.deepEqual(
      left.map((x) => x.data?.['reason']),
      ['no-status', 'unanswered'],
    );
  });

  it('adds one to every unanswered imported requirement at once, and none to R3 (not imported)', () => {
    const all = fixes(RFP).find((f) => /all 2 unanswered/.test(f.title));
    assert.ok(all, 'a fix for all');
    const after = applyEdits(RFP, all.edits);
    const reqs = normalizeProposal(parseProposalText(after).value).requirements ?? [];
    assert.deepEqual(
      reqs.map((r) => r.answer?.basis),
      ['0a1b2c3d', 'fe01ab23', undefined],
    );
    assert.equal(
      checkProposal(after).diagnostics.filter((x) => x.code === 'PS245' && x.data?.['reason'] === 'unanswered').length,
      0,
    );
    assert.deepEqual(
      checkProposal(after).diagnostics.filter((x) => x.severity === 'error'),
      [],
    );
  });

  it('marks a reworded item reviewed: the basis becomes the new hash', () => {
    const text = RFP.replace(
      '      textHash: "fe01ab23"\n',
      '      textHash: "fe01ab23"\n    answer:\n      status: comply\n      refs: [Hosting]\n      basis: "00000000"\n',
    );
    const [fix] = fixes(text, 1);
    assert.equal(fix?.title, 'Mark the answer as reviewed against the new wording');
    const after = applyEdits(text, fix?.edits ?? []);
    assert.match(after, /basis: "fe01ab23"/);
    assert.equal(checkProposal(after).diagnostics.filter((x) => x.data?.['reason'] === 'reworded').length, 0);
  });
});
