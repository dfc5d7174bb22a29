import * as assert from 'node:assert/strict';
import { CLEAN, assertChinese, check, edit, expectNone, expectOne, rangeOf } from './helpers';

describe('rules: PS206 goal not SMART', () => {
  it('fires once on the goal id, naming every missing part', () => {
    const text = edit('    metric: Calls per week\n    target: 600\n', '');
    const d = expectOne(check(text), 'PS206', 'warning', rangeOf(text, 'G1'));
    assert.match(d.message, /Goal 'G1' is not SMART: it has no metric and no target\./);
    assert.deepEqual(d.data, { missing: ['metric', 'target'] });
    const zh = expectOne(check(text, { language: 'zh-CN' }), 'PS206', 'warning', d.range);
    assertChinese(zh.message);
    assert.match(zh.message, /缺少衡量指标（metric）和目标值（target）。/);
  });

  it('fires on a missing deadline', () => {
    const text = edit('    deadline: 2027-09-30\n', '');
    assert.match(expectOne(check(text), 'PS206', 'warning', rangeOf(text, 'G1')).message, /no deadline/);
  });

  it('does not fire on a SMART goal (a numeric target of 0 counts)', () => {
    expectNone(check(CLEAN), 'PS206');
    expectNone(check(edit('target: 600', 'target: 0')), 'PS206');
  });
});

describe('rules: PS207 must-have requirement covered by nothing', () => {
  it('fires on the requirement id when nothing satisfies, delivers or shows it', () => {
    let text = edit('satisfies: [R1]', 'satisfies: [R2]');
    text = edit('          requirements: [R1]\n', '', text);
    text = edit('      requirements: [R1]\n      presenter', '      presenter', text);
    const d = expectOne(check(text), 'PS207', 'warning', rangeOf(text, 'R1'));
    assert.match(d.message, /Must-have requirement 'R1'/);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS207', 'warning', d.range).message);
    expectNone(check(text), 'PS214');
  });

  it('does not count goals, value propositions or risks as coverage', () => {
    let text = edit('satisfies: [R1]', 'satisfies: [R2]');
    text = edit('          requirements: [R1]\n', '', text);
    text = edit('      requirements: [R1]\n      presenter', '      presenter', text);
    text += 'sales:\n  valuePropositions:\n    - title: Speed\n      requirements: [R1]\n';
    expectOne(check(text), 'PS207', 'warning', rangeOf(text, 'R1'));
  });

  it('does not fire when only a task delivers it, nor for should-have requirements', () => {
    let text = edit('satisfies: [R1]', 'satisfies: [R2]');
    text = edit('      requirements: [R1]\n      presenter', '      requirements: [R1]\n      presenter', text);
    expectNone(check(text), 'PS207');
    expectNone(check(CLEAN), 'PS207');
  });
});

describe('rules: PS214 must-have requirement never demoed', () => {
  it('fires when the proposal has a demo that does not show it', () => {
    const text = edit('      requirements: [R1]\n      presenter', '      requirements: [R2]\n      presenter');
    const d = expectOne(check(text), 'PS214', 'warning', rangeOf(text, 'R1'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS214', 'warning', d.range).message);
  });

  it('does not fire without a demo section, or when the demo shows it', () => {
    const cut = CLEAN.slice(0, CLEAN.indexOf('demo:\n'));
    expectNone(check(cut), 'PS214');
    expectNone(check(CLEAN), 'PS214');
  });
});

describe('rules: PS208 component that satisfies nothing', () => {
  it('fires on the component id', () => {
    const text = edit('      satisfies: [R2]\n', '');
    const d = expectOne(check(text), 'PS208', 'warning', rangeOf(text, 'C2'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS208', 'warning', d.range).message);
  });

  it('does not fire for actors and external systems, nor when it satisfies something', () => {
    expectNone(check(edit('      kind: database\n      satisfies: [R2]\n', '      kind: external\n')), 'PS208');
    expectNone(check(edit('      kind: database\n      satisfies: [R2]\n', '      kind: actor\n')), 'PS208');
    expectNone(check(CLEAN), 'PS208');
  });
});
