import * as assert from 'node:assert/strict';
import { CLEAN, assertChinese, check, edit, expectNone, expectOne, rangeOf, withCode } from './helpers';

describe('rules: PS203 dependency cycle', () => {
  it('fires on the dependsOn entry that closes the cycle and names the cycle', () => {
    const text = edit('          requirements: [R1]\n', '          requirements: [R1]\n          dependsOn: [T2]\n');
    const found = withCode(check(text), 'PS203');
    assert.equal(found.length, 1);
    const d = found[0];
    assert.ok(d);
    assert.equal(d.severity, 'error');
    assert.match(d.message, /Dependency cycle: (T1 → T2 → T1|T2 → T1 → T2)/);
    // The closing entry is one of the two dependsOn values of the cycle.
    const closing = [rangeOf(text, 'T2', 0, 'dependsOn: [T2]'), rangeOf(text, 'T1', 0, 'dependsOn: [T1]')];
    assert.ok(
      closing.some((r) => JSON.stringify(r) === JSON.stringify(d.range)),
      JSON.stringify(d.range),
    );
  });

  it('fires on a task depending on itself, on that entry', () => {
    const text = edit('dependsOn: [T1]', 'dependsOn: [T2]');
    const d = expectOne(check(text), 'PS203', 'error', rangeOf(text, 'T2', 0, 'dependsOn: [T2]'));
    assert.match(d.message, /T2 → T2/);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS203', 'error', d.range).message);
  });

  it('does not fire on an acyclic plan', () => {
    expectNone(check(CLEAN), 'PS203');
  });
});

describe('rules: PS204 task pinned before a dependency ends', () => {
  it('fires on the start date with the earliest possible start', () => {
    const text = edit('          dependsOn: [T1]\n', '          dependsOn: [T1]\n          start: 2027-03-03\n');
    const d = expectOne(check(text), 'PS204', 'error', rangeOf(text, '2027-03-03'));
    assert.match(d.message, /Task 'T2' is pinned to start on 2027-03-03.*'T1'.*2027-03-08/);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS204', 'error', d.range).message);
  });

  it('does not fire when the pinned start is after the dependency', () => {
    const text = edit('          dependsOn: [T1]\n', '          dependsOn: [T1]\n          start: 2027-03-10\n');
    expectNone(check(text), 'PS204');
  });
});

describe('rules: PS205 plan ends after a goal deadline', () => {
  it('fires on the deadline', () => {
    const text = edit('deadline: 2027-09-30', 'deadline: 2027-03-10');
    const d = expectOne(check(text), 'PS205', 'error', rangeOf(text, '2027-03-10'));
    assert.match(d.message, /The plan ends on 2027-03-12, after the deadline 2027-03-10 of goal 'G1'/);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS205', 'error', d.range).message);
  });

  it('does not fire when the deadline is the last day of the plan', () => {
    expectNone(check(edit('deadline: 2027-09-30', 'deadline: 2027-03-12')), 'PS205');
  });

  it('does not compare against placeholder dates when the plan has no start', () => {
    expectNone(check(edit('  start: 2027-03-01\n', '', edit('deadline: 2027-09-30', 'deadline: 1999-01-01'))), 'PS205');
  });
});

describe('rules: PS215 plan without start / PS216 no working days / PS218 holiday reversed / PS219 no duration', () => {
  it('PS215 fires on the plan key when tasks exist but start is missing', () => {
    const text = edit('  start: 2027-03-01\n', '');
    const d = expectOne(check(text), 'PS215', 'warning', rangeOf(text, 'plan'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS215', 'warning', d.range).message);
  });

  it('PS215 does not fire with a start date', () => {
    expectNone(check(CLEAN), 'PS215');
  });

  it('PS216 fires on an empty workingDays list', () => {
    const text = edit('  start: 2027-03-01\n', '  start: 2027-03-01\n  calendar:\n    workingDays: []\n');
    const d = expectOne(check(text), 'PS216', 'error', rangeOf(text, '[]'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS216', 'error', d.range).message);
  });

  it('PS216 does not fire with one working day', () => {
    expectNone(
      check(edit('  start: 2027-03-01\n', '  start: 2027-03-01\n  calendar:\n    workingDays: [sat]\n')),
      'PS216',
    );
  });

  it('PS218 fires on a holiday whose `to` is before its `date`', () => {
    const text = edit(
      '  start: 2027-03-01\n',
      '  start: 2027-03-01\n  calendar:\n    holidays:\n      - { date: 2027-05-03, to: 2027-05-01 }\n',
    );
    const d = expectOne(check(text), 'PS218', 'warning', rangeOf(text, '2027-05-01'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS218', 'warning', d.range).message);
    expectNone(
      check(
        edit(
          '  start: 2027-03-01\n',
          '  start: 2027-03-01\n  calendar:\n    holidays:\n      - { date: 2027-05-01, to: 2027-05-03 }\n',
        ),
      ),
      'PS218',
    );
  });

  it('PS219 fires on a task with neither duration nor effort, not on a milestone', () => {
    const text = edit('          name: Build\n          duration: 5\n', '          name: Build\n');
    const d = expectOne(check(text), 'PS219', 'warning', rangeOf(text, 'T2'));
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS219', 'warning', d.range).message);
    expectNone(
      check(
        edit('          name: Build\n          duration: 5\n', '          name: Build\n          milestone: true\n'),
      ),
      'PS219',
    );
    expectNone(
      check(edit('          name: Build\n          duration: 5\n', '          name: Build\n          effort: 8\n')),
      'PS219',
    );
  });
});
