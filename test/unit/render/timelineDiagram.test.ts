import * as assert from 'node:assert/strict';
import type { Proposal } from '../../../src/core/model';
import { schedulePlan } from '../../../src/core/schedule';
import {
  MAX_TASKS_PER_FIGURE,
  dayToIso,
  isoToDay,
  timelineMermaid,
  timelinePhaseFigures,
  timelineSummaryMermaid,
} from '../../../src/core/render/timelineDiagram';

const proposal: Proposal = {
  plan: {
    start: '2026-03-02', // a Monday
    phases: [
      {
        id: 'p1',
        name: 'Design: phase #1',
        tasks: [
          { id: 'a', name: 'Workshop; kick-off', duration: 3 },
          { id: 'b', name: 'section Build', duration: 4, dependsOn: ['a'] },
        ],
      },
      {
        id: 'p2',
        name: 'Deliver',
        tasks: [
          { id: 'side', name: 'Side task', duration: 1 },
          { id: 'm', name: 'Go-live', milestone: true, duration: 0, dependsOn: ['b'] },
        ],
      },
    ],
  },
};

describe('timelineDiagram', () => {
  const schedule = schedulePlan(proposal);
  const source = timelineMermaid(proposal, schedule);
  const lines = source.split('\n');

  it('declares the date format and never relies on Mermaid excluding weekends', () => {
    assert.equal(lines[0], 'gantt');
    assert.ok(lines.includes('  dateFormat YYYY-MM-DD'));
    assert.doesNotMatch(source, /excludes/i.test(source) ? /^\s*excludes/m : /$^/);
    assert.doesNotMatch(source, /^\s*excludes\b/m);
  });

  it('gives every task explicit dates with an exclusive end (scheduler end + 1 day)', () => {
    const a = schedule.byId.get('a');
    const b = schedule.byId.get('b');
    assert.ok(a && b);
    assert.equal(a.start, '2026-03-02');
    assert.equal(a.end, '2026-03-04');
    assert.ok(
      lines.some((l) => l.endsWith(`, 2026-03-02, 2026-03-05`) && l.includes(' t0, ')),
      source,
    );
    // b: Thu 5, Fri 6, Mon 9, Tue 10 -> exclusive end Wed 11.
    assert.equal(b.end, '2026-03-10');
    assert.ok(
      lines.some((l) => l.endsWith(`, ${b.start}, 2026-03-11`)),
      source,
    );
  });

  it('draws phases as sections with escaped names, milestones and critical tasks', () => {
    assert.ok(lines.includes('  section #68;esign#58; phase #35;1'), source);
    assert.ok(
      lines.some((l) => /^ {4}#115;ection Build : crit, t1, /.test(l)),
      'a task named "section ..." is not a section',
    );
    assert.ok(
      lines.some((l) => /^ {4}#71;o-live : milestone, crit, t3, 2026-03-10, 0d$/.test(l)),
      source,
    );
    assert.ok(
      lines.some((l) => /^ {4}#83;ide task : t2, /.test(l)),
      'a task with float is not critical',
    );
  });

  it('switches the today marker off unless today is inside the plan', () => {
    assert.match(source, /todayMarker off/);
    assert.match(timelineMermaid(proposal, schedule, { today: '2027-01-01' }), /todayMarker off/);
    assert.doesNotMatch(timelineMermaid(proposal, schedule, { today: '2026-03-04' }), /todayMarker/);
  });

  it('falls back to one bar per phase when the plan is too big for Mermaid', () => {
    const tasks = Array.from({ length: 1500 }, (_, i) => ({
      id: `t${i}`,
      name: `A fairly long task name number ${i}`,
      duration: 2,
    }));
    const big: Proposal = { plan: { start: '2026-01-05', phases: [{ id: 'p', name: 'Everything', tasks }] } };
    const s = timelineMermaid(big, schedulePlan(big));
    assert.ok(s.length < 50_000);
    assert.equal(s.split('\n').filter((l) => l.startsWith('    ')).length, 1);
  });

  it('summarises the plan as one bar per phase plus its milestones, ids mapping back to tasks', () => {
    const summary = timelineSummaryMermaid(schedule).split('\n');
    const rows = summary.filter((l) => l.startsWith('    '));
    assert.deepEqual(rows, [
      '    #68;esign#58; phase #35;1 : crit, p0, 2026-03-02, 2026-03-11',
      '    #68;eliver : crit, p1, 2026-03-02, 2026-03-11',
      '    #71;o-live : milestone, crit, t3, 2026-03-10, 0d',
    ]);
    assert.equal(summary.filter((l) => l.startsWith('  section')).length, 2);
  });

  it('draws the detail one figure per phase, a long phase in parts of at most MAX_TASKS_PER_FIGURE tasks', () => {
    const figures = timelinePhaseFigures(schedule);
    assert.deepEqual(
      figures.map((f) => [f.key, f.phaseId, f.part, f.parts, f.taskIndexes]),
      [
        ['timeline-phase-1', 'p1', 1, 1, [0, 1]],
        ['timeline-phase-2', 'p2', 1, 1, [2, 3]],
      ],
    );
    assert.match(figures[1]?.source ?? '', /t3, 2026-03-10, 0d/);
    const tasks = Array.from({ length: 70 }, (_, i) => ({ id: `x${i}`, name: `Task ${i}`, duration: 1 }));
    const long: Proposal = { plan: { start: '2026-01-05', phases: [{ id: 'only', name: 'Long', tasks }] } };
    const parts = timelinePhaseFigures(schedulePlan(long));
    assert.deepEqual(
      parts.map((f) => [f.key, f.part, f.parts, f.taskIndexes.length]),
      [
        ['timeline-phase-1', 1, 3, MAX_TASKS_PER_FIGURE],
        ['timeline-phase-1-2', 2, 3, MAX_TASKS_PER_FIGURE],
        ['timeline-phase-1-3', 3, 3, 70 - 2 * MAX_TASKS_PER_FIGURE],
      ],
    );
    assert.equal(parts[2]?.source.split('\n').filter((l) => l.startsWith('    ')).length, 10);
  });

  it('converts dates without time zones', () => {
    assert.equal(dayToIso(isoToDay('2026-12-31') + 1), '2027-01-01');
    assert.ok(Number.isNaN(isoToDay('2026-13-99x')));
  });
});
