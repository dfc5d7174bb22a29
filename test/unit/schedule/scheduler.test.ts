import * as assert from 'node:assert/strict';
import {
  formatIsoDate,
  parseIsoDate,
  schedulePlan,
  type Schedule,
  type ScheduledTask,
} from '../../../src/core/schedule';
import type { Calendar, Proposal, Task } from '../../../src/core/model';

/**
 * Every expected date below was worked out by hand on a paper calendar. March 2026: Mon 02, Fri 06,
 * Mon 09, Fri 13, Mon 16. Unless a test says otherwise the plan starts Monday 2026-03-02, mon..fri.
 */
function plan(tasks: Task[], extra: { start?: string; calendar?: Calendar } = { start: '2026-03-02' }): Proposal {
  return { plan: { ...extra, phases: [{ id: 'build', name: 'Build', tasks }] } };
}

function task(s: Schedule, id: string): ScheduledTask {
  const t = s.byId.get(id);
  assert.ok(t, `task ${id} is scheduled`);
  return t;
}

/** [start, end] of a task as ISO dates. */
function span(s: Schedule, id: string): [string, string] {
  const t = task(s, id);
  return [t.start, t.end];
}

describe('schedule/scheduler: dates', () => {
  it('skips weekends and starts on the first working day on or after plan.start', () => {
    // Plan starts Saturday 02-28: day one is Monday 03-02. A: 7 days = Mon..Fri + Mon 09 + Tue 10.
    const s = schedulePlan(
      plan(
        [
          { id: 'A', duration: 7 },
          { id: 'B', duration: 1, dependsOn: ['A'] },
        ],
        { start: '2026-02-28' },
      ),
    );
    assert.deepEqual(span(s, 'A'), ['2026-03-02', '2026-03-10']);
    assert.deepEqual(span(s, 'B'), ['2026-03-11', '2026-03-11']);
    assert.equal(s.start, '2026-03-02');
    assert.equal(s.end, '2026-03-11');
    assert.equal(task(s, 'A').startDay, parseIsoDate('2026-03-02'));
  });

  it('jumps the National Day holiday and works the make-up Saturday', () => {
    // Mon 09-28 start. A, 5 days: 28, 29, 30 Sep, then 10-01..07 off, Thu 10-08, Fri 10-09.
    // B after A, 2 days: Sat 10-10 (make-up day), Mon 10-12.
    const calendar: Calendar = {
      holidays: [{ date: '2026-10-01', to: '2026-10-07', name: '国庆节' }],
      workingWeekends: ['2026-10-10'],
    };
    const s = schedulePlan(
      plan(
        [
          { id: 'A', duration: 5 },
          { id: 'B', duration: 2, dependsOn: ['A'] },
        ],
        { start: '2026-09-28', calendar },
      ),
    );
    assert.deepEqual(span(s, 'A'), ['2026-09-28', '2026-10-09']);
    assert.deepEqual(span(s, 'B'), ['2026-10-10', '2026-10-12']);
  });

  it('applies positive lag (a wait) and negative lag (a lead) in working days', () => {
    // A: Mon 03-02..Fri 03-06. Lag 2 waits Mon and Tue: C on Wed 03-11.
    // Lag -2 overlaps A's last two days: D starts Thu 03-05. Lag 0: E on Mon 03-09.
    const s = schedulePlan(
      plan([
        { id: 'A', duration: 5 },
        { id: 'C', duration: 1, dependsOn: [{ task: 'A', lag: 2 }] },
        { id: 'D', duration: 2, dependsOn: [{ task: 'A', lag: -2 }] },
        { id: 'E', duration: 1, dependsOn: [{ task: 'A', lag: 0 }] },
      ]),
    );
    assert.deepEqual(span(s, 'C'), ['2026-03-11', '2026-03-11']);
    assert.deepEqual(span(s, 'D'), ['2026-03-05', '2026-03-06']);
    assert.deepEqual(span(s, 'E'), ['2026-03-09', '2026-03-09']);
  });

  it('never starts an unpinned task before the plan start, even with a lead', () => {
    // K is a milestone on day one; a lead of 3 from it would be before 03-02, so F starts on 03-02.
    const s = schedulePlan(
      plan([
        { id: 'K', milestone: true },
        { id: 'F', duration: 1, dependsOn: [{ task: 'K', lag: -3 }] },
      ]),
    );
    assert.deepEqual(span(s, 'F'), ['2026-03-02', '2026-03-02']);
  });

  it('derives duration from effort and assignees, and effort from duration', () => {
    const s = schedulePlan(
      plan([
        { id: 'Two', effort: 6, assignees: ['ann', 'bob'] }, // 6 person-days / 2 people = 3 days
        { id: 'Odd', effort: 5, assignees: ['ann', 'bob'] }, // 2.5 rounds up to 3 days
        { id: 'Dur', duration: 4, assignees: ['ann', 'bob'] }, // 4 days x 2 people = 8 person-days
        { id: 'Own', effort: 3, owner: 'ann' }, // assignees default to [owner]
        { id: 'Nobody', effort: 3 }, // nobody named: one person's worth of days
        { id: 'Both', duration: 2, effort: 7, assignees: ['ann'] }, // both written: both kept
        { id: 'Neither' }, // as if duration: 1 were written
      ]),
    );
    assert.deepEqual([task(s, 'Two').duration, task(s, 'Two').effort], [3, 6]);
    assert.deepEqual(span(s, 'Two'), ['2026-03-02', '2026-03-04']);
    assert.deepEqual([task(s, 'Odd').duration, task(s, 'Odd').effort], [3, 5]);
    assert.deepEqual([task(s, 'Dur').duration, task(s, 'Dur').effort], [4, 8]);
    assert.deepEqual([task(s, 'Own').duration, task(s, 'Own').assignees], [3, ['ann']]);
    assert.deepEqual([task(s, 'Nobody').duration, task(s, 'Nobody').effort, task(s, 'Nobody').assignees], [3, 3, []]);
    assert.deepEqual([task(s, 'Both').duration, task(s, 'Both').effort], [2, 7]);
    assert.deepEqual(
      [task(s, 'Neither').duration, task(s, 'Neither').effort, task(s, 'Neither').milestone],
      [1, 1, false],
    );
  });

  it('puts milestones on the day their predecessors finish', () => {
    // A Mon..Fri. M (milestone after A) sits on Fri 03-06; B after M starts Mon 03-09, as after A.
    // Z (duration 0) is a milestone too. L sits 1 working day after A: Mon 03-09; G after L: Tue 03-10.
    // K has no predecessors: it sits on day one and a task after it (H) starts that same day.
    const s = schedulePlan(
      plan([
        { id: 'A', duration: 5 },
        { id: 'M', milestone: true, dependsOn: ['A'] },
        { id: 'B', duration: 2, dependsOn: ['M'] },
        { id: 'Z', duration: 0, dependsOn: ['A'] },
        { id: 'L', milestone: true, duration: 4, dependsOn: [{ task: 'A', lag: 1 }] },
        { id: 'G', duration: 1, dependsOn: ['L'] },
        { id: 'K', milestone: true },
        { id: 'H', duration: 1, dependsOn: ['K'] },
      ]),
    );
    assert.deepEqual(span(s, 'M'), ['2026-03-06', '2026-03-06']);
    assert.equal(task(s, 'M').duration, 0);
    assert.equal(task(s, 'M').milestone, true);
    assert.deepEqual(span(s, 'B'), ['2026-03-09', '2026-03-10']);
    assert.deepEqual(span(s, 'Z'), ['2026-03-06', '2026-03-06']);
    assert.equal(task(s, 'Z').milestone, true);
    assert.deepEqual(span(s, 'L'), ['2026-03-09', '2026-03-09']);
    assert.equal(task(s, 'L').duration, 0); // milestone: true wins over a duration
    assert.deepEqual(span(s, 'G'), ['2026-03-10', '2026-03-10']);
    assert.deepEqual(span(s, 'K'), ['2026-03-02', '2026-03-02']);
    assert.deepEqual(span(s, 'H'), ['2026-03-02', '2026-03-02']);
  });

  it('pins a fixed start and records the earliest start its dependencies allow', () => {
    // A Mon 03-02..Fri 03-06, so B may start Mon 03-09 at the earliest; it is pinned on Wed 03-04.
    // C is pinned on Saturday 03-07: it starts on the next working day, Mon 03-09.
    // D is pinned after its dependency allows: it keeps its date, earliest is still 03-09.
    const s = schedulePlan(
      plan([
        { id: 'A', duration: 5 },
        { id: 'B', duration: 2, dependsOn: ['A'], start: '2026-03-04' },
        { id: 'C', duration: 1, start: '2026-03-07' },
        { id: 'D', duration: 1, dependsOn: ['A'], start: '2026-03-16' },
        { id: 'MP', milestone: true, dependsOn: ['A'], start: '2026-03-03' },
      ]),
    );
    const b = task(s, 'B');
    assert.deepEqual([b.start, b.end, b.pinned], ['2026-03-04', '2026-03-05', true]);
    assert.equal(formatIsoDate(b.earliestStartDay), '2026-03-09');
    assert.ok(b.earliestStartDay > b.startDay, 'the checker sees B starts before A ends');
    assert.deepEqual(span(s, 'C'), ['2026-03-09', '2026-03-09']);
    assert.equal(formatIsoDate(task(s, 'C').earliestStartDay), '2026-03-09'); // no dependencies: its own start
    const d = task(s, 'D');
    assert.deepEqual([d.start, formatIsoDate(d.earliestStartDay)], ['2026-03-16', '2026-03-09']);
    // A milestone after A would sit on Fri 03-06; pinned on Tue 03-03 it is too early.
    const mp = task(s, 'MP');
    assert.deepEqual([mp.start, formatIsoDate(mp.earliestStartDay)], ['2026-03-03', '2026-03-06']);
    assert.equal(task(s, 'A').pinned, false);
  });

  it('starts from the earliest pinned task when plan.start is missing, else from Monday 2000-01-03', () => {
    // No plan.start: A is pinned Wed 05-06, so day one is 05-06 and B (free) starts then.
    const pinned = schedulePlan({
      plan: {
        phases: [
          {
            tasks: [
              { id: 'B', duration: 1 },
              { id: 'A', duration: 1, start: '2026-05-06' },
            ],
          },
        ],
      },
    });
    assert.deepEqual(span(pinned, 'B'), ['2026-05-06', '2026-05-06']);
    assert.equal(pinned.start, '2026-05-06');
    const bare = schedulePlan({ plan: { start: 'next spring', phases: [{ tasks: [{ id: 'A', duration: 2 }] }] } });
    assert.deepEqual(span(bare, 'A'), ['2000-01-03', '2000-01-04']);
  });
});

describe('schedule/scheduler: critical path and float', () => {
  it('takes the longer branch of a diamond as critical and gives the shorter one its float', () => {
    // S (2d) -> X (5d) -> E (1d) and S -> Y (2d) -> E.
    // S Mon 03-02..Tue 03-03; X Wed 03-04..Tue 03-10; Y Wed 03-04..Thu 03-05; E waits for X: Wed 03-11.
    // Y could slip 5 - 2 = 3 working days (Fri 06, Mon 09, Tue 10) without moving E.
    const s = schedulePlan(
      plan([
        { id: 'S', duration: 2 },
        { id: 'Y', duration: 2, dependsOn: ['S'] },
        { id: 'X', duration: 5, dependsOn: ['S'] },
        { id: 'E', duration: 1, dependsOn: ['X', 'Y'] },
      ]),
    );
    assert.deepEqual(span(s, 'X'), ['2026-03-04', '2026-03-10']);
    assert.deepEqual(span(s, 'Y'), ['2026-03-04', '2026-03-05']);
    assert.deepEqual(span(s, 'E'), ['2026-03-11', '2026-03-11']);
    assert.deepEqual(s.criticalPath, ['S', 'X', 'E']);
    assert.deepEqual(
      ['S', 'X', 'E', 'Y'].map((id) => task(s, id).totalFloat),
      [0, 0, 0, 3],
    );
    assert.equal(task(s, 'Y').critical, false);
    assert.equal(s.end, '2026-03-11');
  });

  it('lists a milestone after the one-day task it shares a day with, whatever the file order', () => {
    // Done is written first, but it sits at the end of Fri 03-06, after A (Fri 03-06, 1 day) ends.
    // K (kick-off, Mon 03-02) starts the chain: K, W (Mon..Thu), A (Fri), Done (Fri).
    const s = schedulePlan(
      plan([
        { id: 'Done', milestone: true, dependsOn: ['A'] },
        { id: 'A', duration: 1, dependsOn: ['W'] },
        { id: 'W', duration: 4, dependsOn: ['K'] },
        { id: 'K', milestone: true },
      ]),
    );
    assert.deepEqual(span(s, 'Done'), ['2026-03-06', '2026-03-06']);
    assert.deepEqual(span(s, 'A'), ['2026-03-06', '2026-03-06']);
    assert.deepEqual(s.criticalPath, ['K', 'W', 'A', 'Done']);
  });

  it('counts float in working days across a weekend and a lag', () => {
    // A 3d Mon..Wed; B 8d Mon 03-02..Wed 03-11 (plan end). C 1d after A with lag 1: Fri 03-06.
    // C may finish as late as Wed 03-11: Mon 09, Tue 10, Wed 11 = 3 working days of float;
    // A inherits it (it can slip 3 days too). A milestone at the end of B is critical.
    const s = schedulePlan(
      plan([
        { id: 'A', duration: 3 },
        { id: 'B', duration: 8 },
        { id: 'C', duration: 1, dependsOn: [{ task: 'A', lag: 1 }] },
        { id: 'Done', milestone: true, dependsOn: ['B'] },
      ]),
    );
    assert.deepEqual(span(s, 'C'), ['2026-03-06', '2026-03-06']);
    assert.deepEqual(
      ['A', 'B', 'C', 'Done'].map((id) => task(s, id).totalFloat),
      [3, 0, 3, 0],
    );
    assert.deepEqual(s.criticalPath, ['B', 'Done']);
    assert.deepEqual(span(s, 'Done'), ['2026-03-11', '2026-03-11']);
  });
});

describe('schedule/scheduler: broken networks', () => {
  it('reports a cycle A -> B -> C -> A once, in work order, and still schedules every task', () => {
    // B after A, C after B, A after C: the link C -> A closes the cycle and is ignored.
    const s = schedulePlan(
      plan([
        { id: 'A', duration: 1, dependsOn: ['C'] },
        { id: 'B', duration: 1, dependsOn: ['A'] },
        { id: 'C', duration: 1, dependsOn: ['B'] },
        { id: 'D', duration: 1, dependsOn: ['C'] },
      ]),
    );
    assert.deepEqual(s.cycles, [['A', 'B', 'C', 'A']]);
    assert.deepEqual(
      ['A', 'B', 'C', 'D'].map((id) => task(s, id).start),
      ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'],
    );
    assert.deepEqual(task(s, 'A').predecessors, ['C']);
  });

  it('reports self-dependencies and separate cycles in file order', () => {
    const s = schedulePlan(
      plan([
        { id: 'P', duration: 1, dependsOn: ['Q'] },
        { id: 'Q', duration: 1, dependsOn: ['P'] },
        { id: 'S', duration: 1, dependsOn: ['S', 'S'] },
      ]),
    );
    assert.deepEqual(s.cycles, [
      ['P', 'Q', 'P'],
      ['S', 'S'],
    ]);
    assert.equal(s.tasks.length, 3);
    assert.deepEqual(span(s, 'S'), ['2026-03-02', '2026-03-02']);
  });

  it('ignores dependencies on ids that do not exist', () => {
    const s = schedulePlan(
      plan([{ id: 'A', duration: 2, dependsOn: ['Nope', { task: 'Ghost', lag: 3 }, { lag: 2 }] }]),
    );
    assert.deepEqual(span(s, 'A'), ['2026-03-02', '2026-03-03']);
    assert.deepEqual(task(s, 'A').predecessors, []);
    assert.deepEqual(s.cycles, []);
  });

  it('schedules tasks without ids under a generated id nobody can depend on', () => {
    const s = schedulePlan({
      plan: {
        start: '2026-03-02',
        phases: [
          { tasks: [{ id: 'A', duration: 1 }] },
          {
            name: 'Two',
            tasks: [
              { name: 'untitled', duration: 2, dependsOn: ['A'] },
              { id: 'B', duration: 1, dependsOn: ['_p1_t0'] },
            ],
          },
        ],
      },
    });
    const anon = task(s, '_p1_t0');
    assert.deepEqual(
      [anon.generatedId, anon.name, anon.start, anon.phaseName],
      [true, 'untitled', '2026-03-03', 'Two'],
    );
    assert.deepEqual(anon.path, ['plan', 'phases', 1, 'tasks', 0]);
    assert.deepEqual(span(s, 'B'), ['2026-03-02', '2026-03-02']); // the generated id is not a reference
    assert.equal(task(s, 'A').generatedId, false);
  });

  it('schedules every task with a duplicate id and resolves references to the first', () => {
    const s = schedulePlan(
      plan([
        { id: 'A', duration: 1 },
        { id: 'A', duration: 3 },
        { id: 'B', duration: 1, dependsOn: ['A'] },
      ]),
    );
    assert.equal(s.tasks.length, 3);
    assert.equal(task(s, 'A').duration, 1);
    assert.deepEqual(span(s, 'B'), ['2026-03-03', '2026-03-03']);
  });

  it('returns an empty schedule when there are no tasks, and never throws on junk', () => {
    const empty = schedulePlan({ plan: { start: '2026-03-02', phases: [] }, team: [{ id: 'ann' }] });
    assert.deepEqual(
      [empty.tasks, empty.start, empty.end, empty.criticalPath, empty.cycles],
      [[], undefined, undefined, [], []],
    );
    assert.deepEqual(empty.load, [{ memberId: 'ann', allocation: 100, weeks: [] }]);
    const junk: unknown[] = [
      {},
      { plan: null },
      { plan: 'x' },
      { plan: { phases: 'x' } },
      { plan: { phases: [null, 3, { tasks: 'x' }] } },
      {
        plan: {
          start: 5,
          calendar: 'x',
          phases: [
            {
              tasks: [
                null,
                5,
                'x',
                {
                  id: 7,
                  duration: -3,
                  effort: 'x',
                  dependsOn: [5, null, {}, { task: 3 }],
                  start: 'garbage',
                  assignees: 'ann',
                },
              ],
            },
          ],
        },
      },
      {
        plan: {
          phases: [
            {
              tasks: [
                { id: 'A', duration: Infinity },
                { id: 'B', duration: Number.NaN, effort: -1 },
                { id: 'C', duration: 1e12, dependsOn: { task: 'A' } },
              ],
            },
          ],
        },
      },
      {
        plan: {
          phases: [
            {
              tasks: [
                { id: 'A', dependsOn: [{ task: 'A', lag: 1e300 }] },
                { id: 'B', dependsOn: [{ task: 'A', lag: Number.NaN }], start: '9999-12-31', duration: 50 },
              ],
            },
          ],
        },
      },
      {
        plan: {
          start: '2026-03-02',
          calendar: { workingDays: [], holidays: [{ date: '2026-01-01', to: '9999-12-31' }] },
          phases: [{ tasks: [{ id: 'A', duration: 3 }] }],
        },
      },
      {
        team: 'x',
        budget: 5,
        plan: { phases: [{ id: '__proto__', tasks: [{ id: '__proto__', duration: 1, owner: '__proto__' }] }] },
      },
    ];
    const iso = /^\d{4}-\d{2}-\d{2}$/;
    for (const value of junk) {
      const s = schedulePlan(value as Proposal);
      for (const t of s.tasks) {
        assert.match(t.start, iso);
        assert.match(t.end, iso);
        assert.ok(t.endDay >= t.startDay || t.milestone, JSON.stringify(value));
        assert.ok(Number.isFinite(t.totalFloat));
      }
    }
  });

  it('is deterministic', () => {
    const p = plan([
      { id: 'A', duration: 3, dependsOn: ['C'] },
      { id: 'B', effort: 4, assignees: ['x', 'y'], dependsOn: ['A'] },
      { id: 'C', duration: 2, dependsOn: ['B'] },
      { id: 'D', milestone: true, dependsOn: ['A', 'B'] },
    ]);
    assert.deepEqual(schedulePlan(p), schedulePlan(p));
  });
});
