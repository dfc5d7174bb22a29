import type { Id, TeamMember } from '../model';
import { formatIsoDate, mondayOf, type WorkingCalendar } from './calendar';
import type { DayNumber, PersonLoad, ScheduledTask, WeeklyLoad } from './types';

/**
 * Each team member's load per ISO week (weeks start on Monday).
 *
 * Every assignee of a task works effort / (duration x assignees) of a day on each working day of
 * the task, so a 10 person-day task over 5 days for 2 people is a full day each, every day. A
 * milestone (0 days) that carries effort puts effort / assignees on its own day.
 * percent = person-days that week / working days of that week in the calendar x 100 (a week with
 * no working day at all, possible only around long holidays, counts as 5 days).
 *
 * Only team members appear (in team order, first of duplicate ids wins); members without work get
 * no weeks. Only weeks with work are listed, ascending. Weeks are visited by jumping from one
 * working day to the next, so a task spanning a long holiday never costs a loop over idle weeks.
 */

interface WeekAccumulator {
  days: number;
  tasks: Id[];
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function allocationOf(member: TeamMember): number {
  return typeof member.allocation === 'number' && Number.isFinite(member.allocation) ? member.allocation : 100;
}

export function weeklyLoad(team: unknown, tasks: readonly ScheduledTask[], calendar: WorkingCalendar): PersonLoad[] {
  const members: Array<{ id: Id; allocation: number; weeks: Map<DayNumber, WeekAccumulator> }> = [];
  const byId = new Map<Id, Map<DayNumber, WeekAccumulator>>();
  for (const member of Array.isArray(team) ? team : []) {
    if (!isRecord(member) || typeof member.id !== 'string' || member.id.length === 0 || byId.has(member.id)) continue;
    const weeks = new Map<DayNumber, WeekAccumulator>();
    byId.set(member.id, weeks);
    members.push({ id: member.id, allocation: allocationOf(member), weeks });
  }

  const charge = (weeks: Map<DayNumber, WeekAccumulator>, monday: DayNumber, days: number, taskId: Id): void => {
    let week = weeks.get(monday);
    if (!week) {
      week = { days: 0, tasks: [] };
      weeks.set(monday, week);
    }
    week.days += days;
    if (week.tasks[week.tasks.length - 1] !== taskId) week.tasks.push(taskId);
  };

  for (const task of tasks) {
    const people = task.assignees.filter((a) => byId.has(a));
    if (people.length === 0 || !(task.effort > 0)) continue;
    const perPerson = task.effort / task.assignees.length;
    if (task.duration === 0) {
      for (const a of people)
        charge(byId.get(a) as Map<DayNumber, WeekAccumulator>, mondayOf(task.startDay), perPerson, task.id);
      continue;
    }
    const perDay = perPerson / task.duration;
    // The task works the days of ranks (first, last]; a week [m, m+6] holds ranks (rank(m-1), rank(m+6)].
    const first = calendar.rankOf(task.startDay) - 1;
    const last = calendar.rankOf(task.endDay);
    let monday = mondayOf(task.startDay);
    // Each turn lands on a week with at least one working day of the task, so turns <= duration + 1.
    for (let guard = 0; monday <= task.endDay && guard <= task.duration + 1; guard++) {
      const worked = Math.min(last, calendar.rankOf(monday + 6)) - Math.max(first, calendar.rankOf(monday - 1));
      if (worked > 0)
        for (const a of people)
          charge(byId.get(a) as Map<DayNumber, WeekAccumulator>, monday, perDay * worked, task.id);
      const next = mondayOf(calendar.nextWorkingDay(monday + 7));
      monday = next > monday ? next : monday + 7; // the calendar clamps at 9999-12-31: always move on
    }
  }

  return members.map(({ id, allocation, weeks }) => ({
    memberId: id,
    allocation,
    weeks: [...weeks.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([monday, week]): WeeklyLoad => {
        const capacity = calendar.countWorkingDays(monday, monday + 6) || 5;
        return {
          weekStart: formatIsoDate(monday),
          percent: round((week.days / capacity) * 100, 2),
          days: round(week.days, 4),
          tasks: week.tasks,
        };
      }),
  }));
}
