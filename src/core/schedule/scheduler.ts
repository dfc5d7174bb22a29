import type { Id, Plan, Proposal } from '../model';
import { dayFromCivil, formatIsoDate, parseIsoDate, WorkingCalendar } from './calendar';
import { weeklyLoad } from './load';
import { criticalPath } from './criticalPath';
import { buildNetwork, type PlannedTask, type TaskNetwork } from './network';
import { backwardPass, forwardPass, indexLinks, type ForwardPass, type PlanOrigin } from './passes';
import { orderTasks } from './taskOrder';
import type { DayNumber, Schedule, ScheduledTask } from './types';

/**
 * The critical-path scheduler. Pure and deterministic: the same proposal gives the same schedule.
 *
 * TIME MODEL. Work is counted in working days. Internally a point in time is a *boundary* b:
 * "b working days done" (a working-day rank, see WorkingCalendar.rankOf). The working day of rank r
 * runs from boundary r-1 to boundary r. A task of D days has a start boundary s and a finish
 * boundary f = s + D; it occupies the working days of ranks s+1 .. f. A milestone has s = f.
 *
 * FINISH-TO-START with lag L (working days, negative = lead): successor.s >= predecessor.f + L.
 * Unpinned items start as early as allowed but never before the plan start boundary t0 (the
 * boundary just before the plan's first working day P).
 *
 * DISPLAY. A task shows its first and last working day. A milestone at boundary b shows the working
 * day that ends at b ("it sits on the day its predecessors finish"), except at t0, where there is no
 * such day inside the plan, so it shows P. A task after a milestone starts the next working day,
 * exactly as after the task the milestone follows.
 *
 * Example (mon..fri, P = Mon 2026-03-02, t0 = rank(P) - 1):
 *   A, 5 days, no deps          s = t0,   f = t0+5: Mon 03-02 .. Fri 03-06
 *   M, milestone after A        s = f = t0+5:       sits on Fri 03-06
 *   B, 2 days after M           s = t0+5:           Mon 03-09 .. Tue 03-10 (same as right after A)
 *   C, 1 day after A, lag 2     s = t0+7:           Wed 03-11 (Mon and Tue wait)
 *   D, 1 day after A, lag -2    s = t0+3:           Thu 03-05 (overlaps A's last two days)
 *   K, milestone, no deps       s = t0:             sits on Mon 03-02; a task after K starts Mon 03-02.
 *
 * PINNED. A valid `start` pins the item to that day (the next working day if it is a day off),
 * whatever its dependencies say; `earliestStartDay` records what they allow, so the checker can
 * report a task pinned before a dependency ends. A pinned milestone sits on its day (the end of
 * it); pinned on P it marks the plan's start (boundary t0), like an unpinned one.
 *
 * PLAN START. P = first working day on or after `plan.start`. With no valid `plan.start`: the
 * earliest pinned start, failing that Mon 2000-01-03 (the checker warns about the missing start).
 *
 * FLOAT. Backward pass from the plan finish (the latest finish boundary): late finish = min over
 * successors of (their late start - lag), late start = late finish - D, total float = late start -
 * early start in working days. A task pinned earlier than its dependencies allow can push float
 * below zero along its chain; `critical` means float <= 0 (zero in any consistent plan).
 *
 * IDS. Tasks without an id are scheduled like any other with a generated id (`_p<i>_t<j>`, see
 * network.ts); they appear in `tasks`, `byId` and `criticalPath` so every entry can be looked up.
 * Unknown dependency ids are ignored. Cycles are reported (taskOrder.ts) and their closing links
 * ignored. With duplicate ids, every task is scheduled, `byId` and dependencies use the first.
 *
 * The Schedule is plain data apart from `byId` (it crosses worker postMessage); code that needs to
 * count working days builds `WorkingCalendar.from(plan.calendar)` itself, which is cheap.
 */

/** Used when neither `plan.start` nor any pinned start gives a date: a Monday, documented above. */
export const FALLBACK_PLAN_START: DayNumber = dayFromCivil(2000, 1, 3);

function planStartAnchor(plan: Plan | undefined, tasks: readonly PlannedTask[]): DayNumber {
  const stated = parseIsoDate(plan?.start);
  if (stated !== undefined) return stated;
  let earliest: DayNumber | undefined;
  for (const t of tasks)
    if (t.pinnedDay !== undefined && (earliest === undefined || t.pinnedDay < earliest)) earliest = t.pinnedDay;
  return earliest ?? FALLBACK_PLAN_START;
}

function readPlan(p: Proposal): Plan | undefined {
  const plan: unknown = typeof p === 'object' && p !== null ? p.plan : undefined;
  return typeof plan === 'object' && plan !== null && !Array.isArray(plan) ? plan : undefined;
}

/** Each task's predecessor ids, in link order, without repeats. */
function predecessorIdsOf(network: TaskNetwork): Id[][] {
  // Links come grouped by successor (network.ts reads them task by task), so one Set per group
  // removes repeats without a quadratic scan on a milestone that waits for thousands of tasks.
  const predecessorIds: Id[][] = Array.from({ length: network.tasks.length }, () => []);
  let seen = new Set<Id>();
  let group = -1;
  for (const link of network.links) {
    if (link.to !== group) {
      group = link.to;
      seen = new Set<Id>();
    }
    const id = network.tasks[link.from].id;
    if (!seen.has(id)) {
      seen.add(id);
      predecessorIds[link.to].push(id);
    }
  }
  return predecessorIds;
}

/** Boundaries turned into the days a task shows (see DISPLAY above). */
function scheduledTask(
  task: PlannedTask,
  i: number,
  passes: ForwardPass,
  lateStart: readonly number[],
  predecessors: Id[],
  calendar: WorkingCalendar,
  origin: PlanOrigin,
): ScheduledTask {
  const milestoneDay = (boundary: number): DayNumber =>
    boundary === origin.t0 ? origin.planStart : calendar.dayOfRank(boundary);
  const es = passes.earlyStart[i];
  const ef = passes.earlyFinish[i];
  let startDay: DayNumber;
  let endDay: DayNumber;
  if (task.milestone) {
    startDay = task.pinnedDay !== undefined ? calendar.nextWorkingDay(task.pinnedDay) : milestoneDay(es);
    endDay = startDay;
  } else {
    startDay = calendar.dayOfRank(es + 1);
    endDay = calendar.dayOfRank(ef);
  }
  const fromDeps = passes.allowed[i];
  const earliestStartDay =
    fromDeps === undefined ? startDay : task.milestone ? milestoneDay(fromDeps) : calendar.dayOfRank(fromDeps + 1);
  const totalFloat = lateStart[i] - es;
  return {
    id: task.id,
    name: task.name,
    phaseId: task.phaseId,
    phaseName: task.phaseName,
    start: formatIsoDate(startDay),
    end: formatIsoDate(endDay),
    startDay,
    endDay,
    duration: task.duration,
    effort: task.effort,
    milestone: task.milestone,
    pinned: task.pinnedDay !== undefined,
    earliestStartDay,
    critical: totalFloat <= 0,
    totalFloat,
    assignees: task.assignees,
    owner: task.owner,
    path: task.path,
    generatedId: task.generatedId,
    predecessors,
  };
}

export function schedulePlan(p: Proposal): Schedule {
  const plan = readPlan(p);
  const calendar = WorkingCalendar.from(plan?.calendar);
  const team = typeof p === 'object' && p !== null ? p.team : undefined;
  const network = buildNetwork(plan);
  const planned = network.tasks;
  if (planned.length === 0) {
    return {
      tasks: [],
      byId: new Map(),
      start: undefined,
      end: undefined,
      criticalPath: [],
      cycles: [],
      load: weeklyLoad(team, [], calendar),
    };
  }

  const { order, back, cycles } = orderTasks(network);
  const links = indexLinks(network, back);
  const planStart = calendar.nextWorkingDay(planStartAnchor(plan, planned));
  const origin: PlanOrigin = { planStart, t0: calendar.rankOf(planStart) - 1 };

  const passes = forwardPass(network, order, links, calendar, origin);
  const lateStart = backwardPass(network, order, links, passes.earlyFinish);
  const predecessorIds = predecessorIdsOf(network);
  const tasks = planned.map((task, i) =>
    scheduledTask(task, i, passes, lateStart, predecessorIds[i], calendar, origin),
  );

  const byId = new Map<Id, ScheduledTask>();
  for (const t of tasks) if (!byId.has(t.id)) byId.set(t.id, t);

  let firstDay = planStart;
  let lastDay = tasks[0]?.endDay ?? planStart;
  for (const t of tasks) {
    if (t.startDay < firstDay) firstDay = t.startDay;
    if (t.endDay > lastDay) lastDay = t.endDay;
  }

  return {
    tasks,
    byId,
    // The first day anything happens: P, or earlier when a task is pinned before it.
    start: formatIsoDate(firstDay),
    end: formatIsoDate(lastDay),
    criticalPath: criticalPath(tasks, passes.earlyStart, passes.earlyFinish),
    cycles,
    load: weeklyLoad(team, tasks, calendar),
  };
}
