// The whole flow on the customer's own file: import -> answer -> write back -> re-read with the
// importer; then the customer's version 2 (one item reworded, one removed, one added) imported into
// the answered proposal: every answer kept, the reworded one flagged as stale, the new one as
// unanswered, and the quick fixes clear both.
import * as assert from 'node:assert/strict';
import { Workbook } from 'exceljs';
import { parseDocument } from 'yaml';
import { writeAnswers } from '../../../src/core/answers/writeBack';
import { checkProposal } from '../../../src/core/check';
import { quickFixesFor } from '../../../src/core/language/quickFixes';
import { applyEdits } from '../../../src/core/language/textEdit';
import type { AnswerStatus } from '../../../src/core/model';
import { normalizeProposal } from '../../../src/core/normalize';
import { parseProposalText } from '../../../src/core/parse';
import { mergeRequirements } from '../../../src/core/rfp/mergeRequirements';
import { readRfp } from '../../../src/core/rfp/readRfp';
import { rfpSourceFor } from '../../../src/core/rfp/source';
import { doc, schema } from '../language/fixture';
import { englishWorkbook } from '../../support/rfpFixtures';

function importInto(
  text: string,
  name: string,
  bytes: Uint8Array,
  version: string,
): ReturnType<typeof mergeRequirements> {
  const detected = readRfp({ name, bytes }, { sheet: 'Requirements' });
  return mergeRequirements({
    text,
    items: detected.items,
    source: rfpSourceFor(detected, name, '2026-12-03', version),
    title: 'ACME answers',
  });
}

function ps245(text: string): Array<{ reason: unknown; offset: number }> {
  return checkProposal(text)
    .diagnostics.filter((d) => d.code === 'PS245')
    .map((d) => ({ reason: d.data?.['reason'], offset: d.offset }));
}

/** Applies the first PS245 fix whose title matches. */
function fix(text: string, title: RegExp, reason: string): string {
  const d = checkProposal(text).diagnostics.find((x) => x.code === 'PS245' && x.data?.['reason'] === reason);
  assert.ok(d, `a PS245 ${reason}`);
  const editor = doc(text);
  const found = quickFixesFor(d, { parsed: editor.parsed, index: editor.index, schema: schema(), lang: 'en' }).find(
    (f) => title.test(f.title),
  );
  assert.ok(found, `a fix ${title}`);
  return applyEdits(text, found.edits);
}

async function version2(v1: Uint8Array): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(v1.buffer.slice(v1.byteOffset, v1.byteOffset + v1.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('Requirements');
  assert.ok(ws);
  ws.getCell('B7').value = 'The platform shall support 3,000 concurrent agents.';
  for (const c of ['A', 'B', 'C']) ws.getCell(`${c}11`).value = null;
  ws.getRow(12).values = ['4.2.3', 'Audit trail of every configuration change.', 'Mandatory', '', '', '', 1];
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('answers: import, answer, write back, version 2', function () {
  this.timeout(60_000);

  it("keeps every answer through the round trip and the customer's version 2", async () => {
    const f = await englishWorkbook();
    // 1. Import version 1: four requirements, all unanswered.
    let text = importInto('', f.name, f.bytes, 'v1').text;
    assert.deepEqual(
      ps245(text).map((d) => d.reason),
      ['unanswered', 'unanswered', 'unanswered', 'unanswered'],
    );
    // 2. Answer: skeletons for all, then a status and a response each.
    text = fix(text, /all 4 unanswered/, 'unanswered');
    const statuses: AnswerStatus[] = ['comply', 'partial', 'roadmap', 'alternative'];
    const d = parseDocument(text);
    statuses.forEach((status, i) => {
      d.setIn(['requirements', i, 'answer', 'status'], status);
      d.setIn(['requirements', i, 'answer', 'response'], `Answer ${i + 1}`);
      d.setIn(['requirements', i, 'answer', 'refs'], ['Section 5']);
    });
    text = String(d);
    assert.deepEqual(ps245(text), []);
    const answers = (t: string) =>
      (normalizeProposal(parseProposalText(t).value).requirements ?? []).map((r) => r.answer);
    const before = answers(text);

    // 3. Write back and read the answered copy with the importer: our answers are in its cells.
    const proposal = normalizeProposal(parseProposalText(text).value);
    const answered = writeAnswers(f.bytes, proposal);
    const reread = readRfp({ name: 'answered.xlsx', bytes: answered.bytes }, { sheet: 'Requirements' });
    assert.deepEqual(
      reread.items.map((i) => [i.id, i.compliance, i.response, i.reference]),
      [
        ['4.1.1', 'Fully Compliant', 'Answer 1', 'Section 5'],
        ['4.1.2', 'Partially Compliant', 'Answer 2', 'Section 5'],
        ['4.2.1', 'Non-Compliant', 'Answer 3', 'Section 5'],
        ['4.2.2', 'Alternative Offered', 'Answer 4', 'Section 5'],
      ],
    );
    // The requirements themselves read back exactly as from the original.
    const original = readRfp({ name: f.name, bytes: f.bytes }, { sheet: 'Requirements' });
    assert.deepEqual(
      reread.items.map((i) => [i.id, i.text, i.textHash, i.row, i.section, i.priority]),
      original.items.map((i) => [i.id, i.text, i.textHash, i.row, i.section, i.priority]),
    );

    // 4. Version 2 into the answered proposal.
    const v2 = importInto(text, 'acme-rfp-v2.xlsx', await version2(f.bytes), 'v2');
    assert.deepEqual(
      v2.diff.added.map((a) => a.item.id),
      ['4.2.3'],
    );
    assert.deepEqual(
      v2.diff.removed.map((r) => r.customerId),
      ['4.2.2'],
    );
    assert.deepEqual(
      v2.diff.reworded.map((r) => r.customerId),
      ['4.1.1'],
    );
    // Every answer is still there, unchanged.
    assert.deepEqual(answers(v2.text).slice(0, 4), before);
    // The reworded item is stale, the new one unanswered; nothing else.
    const after = checkProposal(v2.text).diagnostics.filter((x) => x.code === 'PS245');
    assert.deepEqual(
      after.map((x) => [x.data?.['reason'], x.message]),
      [
        [
          'reworded',
          "The customer reworded RFP item '4.1.1' after it was answered; review the answer against the new text.",
        ],
        ['unanswered', "RFP item '4.2.3' has no answer."],
      ],
    );
    // 5. Review the reworded answer and answer the new one: clean again.
    let done = fix(v2.text, /reviewed against the new wording/, 'reworded');
    done = fix(done, /^Add an answer skeleton$/, 'unanswered');
    const last = parseDocument(done);
    last.setIn(['requirements', 4, 'answer', 'status'], 'comply');
    last.setIn(['requirements', 4, 'answer', 'refs'], ['Section 6']);
    assert.deepEqual(ps245(String(last)), []);
  });
});
