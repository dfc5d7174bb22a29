import * as assert from 'node:assert/strict';
import { rollupCost, schedulePlan, WorkingCalendar } from '../../../src/core/schedule';
import type { Dependency, Proposal, Task } from '../../../src/core/model';

/**
 * Big plans must complete (the scheduler runs on every keystroke). No timing here: the speed is
 * measured outside the tests. These only prove nothing is quadratic or recursive enough to blow up.
 */
function proposal(tasks: Task[]): Proposal {
  return {
    team: [
      { id: 'ann', dayRate: 100 },
      { id: 'bob', dayRate: 100 },
    ],
    plan: {
      start: '2026-03-02',
      calendar: {
        holidays: [
          { date: '2026-10-01', to: '2026-10-07' },
          { date: '2027-02-10', to: '2027-02-18' },
        ],
        workingWeekends: ['2026-10-10'],
      },
      phases: [{ id: 'all', tasks }],
    },
  };
}

describe('schedule/large plans', () => {
  it('schedules a 2,000-task chain end to end', () => {
    const tasks: Task[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `T${i}`,
      duration: 1,
      owner: i % 2 ? 'ann' : 'bob',
      ...(i > 0 ? { dependsOn: [`T${i - 1}`] } : {}),
    }));
    const s = schedulePlan(proposal(tasks));
    assert.equal(s.tasks.length, 2000);
    assert.equal(s.criticalPath.length, 2000);
    const first = s.byId.get('T0');
    const last = s.byId.get('T1999');
    assert.ok(first && last);
    // One working day each: the last starts 1,999 working days after the first.
    const calendar = WorkingCalendar.from(proposal(tasks).plan?.calendar);
    assert.equal(calendar.workingDaysBetween(first.startDay, last.startDay), 1999);
    assert.equal(rollupCost(proposal(tasks), s).labour, 200000);
  });

  it('schedules a fan-out of 2,000 tasks from one root and a fan-in to one end', () => {
    const tasks: Task[] = [{ id: 'Root', duration: 2 }];
    for (let i = 0; i < 1998; i++)
      tasks.push({ id: `F${i}`, duration: 1 + (i % 7), assignees: ['ann', 'bob'], dependsOn: ['Root'] });
    tasks.push({ id: 'End', milestone: true, dependsOn: tasks.slice(1).map((t) => t.id as string) });
    const s = schedulePlan(proposal(tasks));
    assert.equal(s.tasks.length, 2000);
    // The 7-day branches are critical; a 1-day branch has 6 days of float.
    assert.equal(s.byId.get('F6')?.critical, true);
    assert.equal(s.byId.get('F0')?.totalFloat, 6);
    assert.ok(s.load.every((l) => l.weeks.length > 0));
  });

  it('survives a 20,000-task chain closed into one cycle, and a dense random network', () => {
    const chain: Task[] = Array.from({ length: 20000 }, (_, i) => ({
      id: `C${i}`,
      duration: 1,
      dependsOn: [`C${(i + 19999) % 20000}`],
    }));
    const s = schedulePlan(proposal(chain));
    assert.equal(s.cycles.length, 1);
    assert.equal(s.cycles[0]?.length, 20001);
    assert.equal(s.tasks.length, 20000);

    // Deterministic pseudo-random network: each task depends on up to 4 of the 50 before it, some with lags.
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const dense: Task[] = Array.from({ length: 2000 }, (_, i) => {
      const deps: Dependency[] = [];
      for (let k = 0; k < 4 && i > 0; k++) {
        const j = Math.max(0, i - 1 - Math.floor(next() * 50));
        deps.push(next() < 0.3 ? { task: `D${j}`, lag: Math.floor(next() * 5) - 2 } : `D${j}`);
      }
      return {
        id: `D${i}`,
        effort: 1 + Math.floor(next() * 10),
        assignees: next() < 0.5 ? ['ann'] : ['ann', 'bob'],
        dependsOn: deps,
        ...(i % 97 === 0 ? { start: '2026-06-01' } : {}),
      };
    });
    const d = schedulePlan(proposal(dense));
    assert.equal(d.tasks.length, 2000);
    assert.deepEqual(d.cycles, []);
    assert.ok(d.criticalPath.length > 0);
  });
});
