import * as assert from 'node:assert/strict';
import { CLEAN, assertChinese, check, edit, expectNone, expectOne, rangeOf } from './helpers';

describe('rules: PS209 high risk without a response', () => {
  it('fires on the risk id, naming what is missing', () => {
    const text = edit('    prevention: Ask early\n    contingency: Use sample data\n', '');
    const d = expectOne(check(text), 'PS209', 'warning', rangeOf(text, 'K1'));
    assert.match(d.message, /High risk 'K1' \(score 16, threshold 15\) has no prevention and no contingency\./);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS209', 'warning', d.range).message);
  });

  it('honours the threshold option and closed risks', () => {
    const text = edit('    prevention: Ask early\n', '');
    expectNone(check(text, { highRiskThreshold: 17 }), 'PS209');
    expectOne(check(text, { highRiskThreshold: 16 }), 'PS209', 'warning', rangeOf(text, 'K1'));
    expectNone(check(edit('    related: [R1, T1]\n', '    status: closed\n    related: [R1, T1]\n', text)), 'PS209');
  });

  it('does not fire on a mitigated high risk or a low risk', () => {
    expectNone(check(CLEAN), 'PS209');
    expectNone(check(edit('    prevention: Ask early\n', '', edit('likelihood: 4', 'likelihood: 3'))), 'PS209');
  });
});

describe('rules: PS211 person over-allocated', () => {
  it('fires on the member id, naming the week and the percent', () => {
    // T2 no longer waits for T1, so ana does both in the week of 2027-03-01: 200%.
    let text = edit('          dependsOn: [T1]\n', '');
    text = edit('owner: bob\n          assignees: [bob]', 'owner: ana\n          assignees: [ana]', text);
    const d = expectOne(check(text), 'PS211', 'warning', rangeOf(text, 'ana', 0, 'team:'));
    assert.match(d.message, /'ana' is booked at 200% in the week of 2027-03-01, over their allocation of 100%/);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS211', 'warning', d.range).message);
  });

  it('fires against a partial allocation', () => {
    const text = edit('    name: Ana\n', '    name: Ana\n    allocation: 50\n');
    const d = expectOne(check(text), 'PS211', 'warning', rangeOf(text, 'ana', 0, 'team:'));
    assert.match(d.message, /100% .*allocation of 50%/);
  });

  it('does not fire when the work is sequential', () => {
    expectNone(check(CLEAN), 'PS211');
  });
});

describe('rules: PS212 budget over the cap', () => {
  it('fires on the cap with both amounts and the currency', () => {
    const text = edit('cap: 100000', 'cap: 1500');
    const d = expectOne(check(text), 'PS212', 'error', rangeOf(text, '1500'));
    assert.match(d.message, /The customer total 2,000.00 EUR exceeds the cap 1,500.00 EUR\./);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS212', 'error', d.range).message);
  });

  // An internal line (our own cost, hidden from the customer) is not part of what the customer reads.
  const INTERNAL_LINE =
    '      unitCost: 1000\n    - id: B2\n      item: Presales travel\n      category: travel\n      unitCost: 5000\n      internal: true\n';

  it('holds the cap against the customer total, not the full total with internal lines', () => {
    // Full total 7,000 (2,000 + an internal 5,000); the customer documents show 2,000: within 3,000.
    const text = edit('cap: 100000', 'cap: 3000', edit('      unitCost: 1000\n', INTERNAL_LINE));
    expectNone(check(text), 'PS212');
  });

  it('names both totals when the customer total is over and internal items make the full one higher', () => {
    const text = edit('cap: 100000', 'cap: 1500', edit('      unitCost: 1000\n', INTERNAL_LINE));
    const d = expectOne(check(text), 'PS212', 'error', rangeOf(text, '1500'));
    assert.match(
      d.message,
      /The customer total 2,000.00 EUR \(what the customer documents show\) exceeds the cap 1,500.00 EUR\. The full total with internal budget lines is 7,000.00 EUR\./,
    );
    const zh = expectOne(check(text, { language: 'zh-CN' }), 'PS212', 'error', d.range).message;
    assertChinese(zh);
    assert.match(zh, /客户总价 2,000.00 EUR.*完整总额为 7,000.00 EUR/);
  });

  it('does not fire within the cap (exactly on it included)', () => {
    expectNone(check(CLEAN), 'PS212');
    expectNone(check(edit('cap: 100000', 'cap: 2000')), 'PS212');
  });
});

describe('rules: PS213 open question / PS220 answered without answer', () => {
  it('PS213 is information on the question id', () => {
    const text = edit('    status: answered\n    answer: Azure AD\n', '    status: open\n');
    const d = expectOne(check(text), 'PS213', 'information', rangeOf(text, 'Q1'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS213', 'information', d.range).message);
    expectOne(check(edit('    status: answered\n    answer: Azure AD\n', '')), 'PS213', 'information', d.range);
  });

  it('PS220 fires on the status of an answered question with no answer', () => {
    const text = edit('    answer: Azure AD\n', '');
    const d = expectOne(check(text), 'PS220', 'warning', rangeOf(text, 'answered'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS220', 'warning', d.range).message);
  });

  it('neither fires on an answered question', () => {
    expectNone(check(CLEAN), 'PS213');
    expectNone(check(CLEAN), 'PS220');
  });
});
