import * as assert from 'node:assert/strict';
import { schedulePlan, type PersonLoad } from '../../../src/core/schedule';
import type { Calendar, Proposal, Task, TeamMember } from '../../../src/core/model';

/** Weekly load, worked out by hand. The plan starts Monday 2026-03-02 (weeks of 03-02 and 03-09). */
function proposal(
  tasks: Task[],
  team: TeamMember[],
  extra: { start?: string; calendar?: Calendar } = { start: '2026-03-02' },
): Proposal {
  return { team, plan: { ...extra, phases: [{ id: 'ph', tasks }] } };
}

function loadOf(p: Proposal, memberId: string): PersonLoad {
  const load = schedulePlan(p).load.find((l) => l.memberId === memberId);
  assert.ok(load, `load for ${memberId}`);
  return load;
}

describe('schedule/load', () => {
  it('puts a person on two parallel full-time tasks at 200% of the week', () => {
    // T1 and T2 both run Mon 03-02..Fri 03-06, 5 person-days each, both Ann's: 10 days in a 5-day week.
    const p = proposal(
      [
        { id: 'T1', duration: 5, owner: 'ann' },
        { id: 'T2', effort: 5, assignees: ['ann'] },
      ],
      [{ id: 'ann', allocation: 80 }, { id: 'bob' }],
    );
    const ann = loadOf(p, 'ann');
    assert.equal(ann.allocation, 80);
    assert.deepEqual(ann.weeks, [{ weekStart: '2026-03-02', percent: 200, days: 10, tasks: ['T1', 'T2'] }]);
    // Bob has no task: he is listed, with no weeks, at the default allocation.
    assert.deepEqual(loadOf(p, 'bob'), { memberId: 'bob', allocation: 100, weeks: [] });
  });

  it('splits effort across assignees and across the weeks a task spans', () => {
    // Pair: 4 person-days over 4 days for 2 people = half a day each per day.
    //   Thu 03-05..Tue 03-10 (pinned Thursday): Thu+Fri in week 03-02, Mon+Tue in week 03-09.
    //   Each person: 2 days x 0.5 = 1 person-day a week = 20% of a 5-day week.
    // Solo: 2 person-days over 2 days for Ann on Mon 03-09..Tue 03-10: 2 more days in week 03-09.
    const p = proposal(
      [
        { id: 'Pair', duration: 4, effort: 4, assignees: ['ann', 'bob'], start: '2026-03-05' },
        { id: 'Solo', duration: 2, owner: 'ann', start: '2026-03-09' },
      ],
      [{ id: 'ann' }, { id: 'bob' }],
    );
    assert.deepEqual(loadOf(p, 'bob').weeks, [
      { weekStart: '2026-03-02', percent: 20, days: 1, tasks: ['Pair'] },
      { weekStart: '2026-03-09', percent: 20, days: 1, tasks: ['Pair'] },
    ]);
    assert.deepEqual(loadOf(p, 'ann').weeks, [
      { weekStart: '2026-03-02', percent: 20, days: 1, tasks: ['Pair'] },
      { weekStart: '2026-03-09', percent: 60, days: 3, tasks: ['Pair', 'Solo'] },
    ]);
  });

  it('measures a holiday week against its own working days', () => {
    // National Day calendar, plan starts Mon 09-28. A: 5 days 28, 29, 30 Sep, Thu 10-08, Fri 10-09.
    // Week of 09-28 has 3 working days (10-01, 10-02 are off): 3 days worked = 100%.
    // Week of 10-05 has 3 working days (08, 09 and make-up Saturday 10): 2 days worked = 66.67%.
    const calendar: Calendar = {
      holidays: [{ date: '2026-10-01', to: '2026-10-07' }],
      workingWeekends: ['2026-10-10'],
    };
    const p = proposal([{ id: 'A', duration: 5, owner: 'li' }], [{ id: 'li' }], { start: '2026-09-28', calendar });
    assert.deepEqual(loadOf(p, 'li').weeks, [
      { weekStart: '2026-09-28', percent: 100, days: 3, tasks: ['A'] },
      { weekStart: '2026-10-05', percent: 66.67, days: 2, tasks: ['A'] },
    ]);
  });

  it('walks a long task across a long holiday week by week without counting idle weeks', () => {
    // Mon 2026-03-02 start; Mon 03-09 .. Sun 05-31 is off. A, 6 days: Mon 03-02..Fri 03-06 (5 days),
    // then Mon 06-01 (1 day). Two weeks with work, none of the 11 idle weeks in between.
    const calendar: Calendar = { holidays: [{ date: '2026-03-09', to: '2026-05-31' }] };
    const p = proposal([{ id: 'A', duration: 6, owner: 'li' }], [{ id: 'li' }], { start: '2026-03-02', calendar });
    assert.deepEqual(
      loadOf(p, 'li').weeks.map((w) => [w.weekStart, w.days]),
      [
        ['2026-03-02', 5],
        ['2026-06-01', 1],
      ],
    );
  });

  it('charges a milestone that carries effort to its day, and ignores people not on the team', () => {
    // M sits on Mon 03-02 with 2 person-days for Ann and a stranger: 1 day each; Ann's week: 1/5 = 20%.
    const p = proposal([{ id: 'M', milestone: true, effort: 2, assignees: ['ann', 'stranger'] }], [{ id: 'ann' }]);
    assert.deepEqual(loadOf(p, 'ann').weeks, [{ weekStart: '2026-03-02', percent: 20, days: 1, tasks: ['M'] }]);
    assert.equal(schedulePlan(p).load.length, 1);
  });

  it('never charges more than the effort when dates run into the end of the calendar', () => {
    // Pinned 9999-12-20 with 50 days: the calendar stops at 9999-12-31, so the dates clamp there.
    const p = proposal([{ id: 'Late', duration: 50, owner: 'ann', start: '9999-12-20' }], [{ id: 'ann' }]);
    const weeks = loadOf(p, 'ann').weeks;
    const starts = weeks.map((w) => w.weekStart);
    assert.equal(new Set(starts).size, starts.length);
    assert.ok(weeks.reduce((sum, w) => sum + (w.days ?? 0), 0) <= 50);
  });
});
