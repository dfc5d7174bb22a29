import * as assert from 'node:assert/strict';
import { CLEAN, assertChinese, check, edit, expectNone, expectOne, rangeOf, withCode } from './helpers';

/** CLEAN plus two imported RFP items: R3 answered comply (backed by its refs), R4 by a demo-less claim. */
const IMPORTED = edit(
  '  - id: R2\n    title: Fast pages\n    priority: should\n',
  `  - id: R2
    title: Fast pages
    priority: should
  - id: R3
    title: Single sign-on
    rfp:
      id: "4.2.1"
      text: The system shall support single sign-on.
      mark: ★
      row: 7
      textHash: 0a1b2c3d
    answer:
      status: comply
      response: Azure AD through OpenID Connect.
      refs: [C1]
      basis: 0a1b2c3d
  - id: R4
    title: Audit log
    rfp:
      id: "4.2.2"
      text: All changes shall be logged.
      row: 8
      textHash: a1b2c3d4
    answer:
      status: partial
      response: Changes to orders are logged; settings are not.
      basis: a1b2c3d4
`,
);

describe('rules: compliance answers (PS245-PS249)', () => {
  it('are quiet on answered, explained and backed RFP items', () => {
    for (const code of ['PS245', 'PS246', 'PS247', 'PS248', 'PS249']) expectNone(check(IMPORTED), code);
    expectNone(check(CLEAN), 'PS245');
  });

  it('PS245: an imported requirement with no answer, on its id', () => {
    const text = edit(
      '    answer:\n      status: partial\n      response: Changes to orders are logged; settings are not.\n      basis: a1b2c3d4\n',
      '',
      IMPORTED,
    );
    const d = expectOne(check(text), 'PS245', 'warning', rangeOf(text, 'R4'));
    assert.equal(d.message, "RFP item '4.2.2' has no answer.");
    assert.deepEqual(d.data, { reason: 'unanswered' });
    const zh = expectOne(check(text, { language: 'zh-CN' }), 'PS245', 'warning', d.range);
    assert.equal(zh.message, '招标条目 “4.2.2” 尚未应答。');
  });

  it('PS245: a reworded requirement whose answer was written against the old text, on the basis', () => {
    const text = edit('      textHash: a1b2c3d4', '      textHash: ffee0011', IMPORTED);
    const d = expectOne(check(text), 'PS245', 'warning', rangeOf(text, 'a1b2c3d4'));
    assert.match(d.message, /reworded RFP item '4\.2\.2' after it was answered/);
    assert.deepEqual(d.data, { reason: 'reworded', textHash: 'ffee0011' });
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS245', 'warning', d.range).message);
  });

  it('PS245: an answer without a basis is not called stale (nothing to compare)', () => {
    const text = edit('      basis: a1b2c3d4\n', '', IMPORTED);
    expectNone(check(text), 'PS245');
  });

  it('PS246: partial, non-comply or alternative without a response, on the status', () => {
    for (const status of ['partial', 'non-comply', 'alternative']) {
      let text = edit('      response: Changes to orders are logged; settings are not.\n', '', IMPORTED);
      text = edit('status: partial', `status: ${status}`, text);
      const d = expectOne(check(text), 'PS246', 'warning', rangeOf(text, status));
      assert.equal(d.message, `The answer to '4.2.2' is '${status}' but has no response explaining it.`);
      assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS246', 'warning', d.range).message);
    }
    const blank = edit(
      '      response: Changes to orders are logged; settings are not.',
      '      response: "  "',
      IMPORTED,
    );
    assert.equal(withCode(check(blank), 'PS246').length, 1, 'a blank response explains nothing');
    expectNone(check(edit('status: partial', 'status: roadmap', IMPORTED)), 'PS246');
  });

  it('PS247: comply with no component, task, demo scenario or refs behind it', () => {
    const text = edit('      refs: [C1]\n', '', IMPORTED);
    const d = expectOne(check(text), 'PS247', 'warning', rangeOf(text, 'comply'));
    assert.match(d.message, /'4\.2\.1' claims comply, but no component, task or demo scenario covers it/);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS247', 'warning', d.range).message);
    // A component satisfying it backs the claim.
    expectNone(check(edit('satisfies: [R2]', 'satisfies: [R2, R3]', text)), 'PS247');
    // Empty refs back nothing.
    assert.equal(withCode(check(edit('      refs: [C1]', '      refs: [""]', IMPORTED)), 'PS247').length, 1);
  });

  it('PS247: R1 is backed by its component, task and demo scenario', () => {
    const text = edit(
      '    priority: must\n  - id: R2',
      '    priority: must\n    answer:\n      status: comply\n  - id: R2',
      IMPORTED,
    );
    expectNone(check(text), 'PS247');
  });

  it('PS248: a ★ or must requirement answered non-comply', () => {
    const star = edit('      status: comply\n', '      status: non-comply\n', IMPORTED);
    const d = expectOne(check(star), 'PS248', 'warning', rangeOf(star, 'non-comply'));
    assert.equal(d.message, "★ (substantive) requirement '4.2.1' is answered non-comply: the bid may be disqualified.");
    const zh = expectOne(check(star, { language: 'zh-CN' }), 'PS248', 'warning', d.range);
    assert.equal(zh.message, '★（实质性要求）需求 “4.2.1” 应答为不满足：投标可能被否决（废标）。');
    const must = edit(
      '    priority: must\n  - id: R2',
      '    priority: must\n    answer:\n      status: non-comply\n      response: No.\n  - id: R2',
      IMPORTED,
    );
    assert.match(
      expectOne(check(must), 'PS248', 'warning', rangeOf(must, 'non-comply')).message,
      /^Must-have requirement 'R1'/,
    );
    expectNone(check(edit('status: partial', 'status: non-comply', IMPORTED)), 'PS248');
  });

  it('PS249: the customer id used twice, on the later one, naming the first line', () => {
    const text = edit('      id: "4.2.2"', '      id: "4.2.1"', IMPORTED);
    const d = expectOne(check(text), 'PS249', 'warning', rangeOf(text, '"4.2.1"', 1));
    const firstLine = text.slice(0, text.indexOf('"4.2.1"')).split('\n').length;
    assert.equal(d.message, `Customer id '4.2.1' is already used on line ${firstLine}.`);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS249', 'warning', d.range).message);
  });
});

describe('rules: PS245 an answer with no status yet', () => {
  it('fires on the answer key until a status is chosen', () => {
    const text = edit('      status: partial\n', '', IMPORTED);
    const d = expectOne(check(text), 'PS245', 'warning', rangeOf(text, 'answer', 1));
    assert.match(d.message, /The answer to '4\.2\.2' has no status yet/);
    assert.deepEqual(d.data, { reason: 'no-status' });
  });
});
