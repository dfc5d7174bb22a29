import type { WorkingCalendar } from './calendar';
import type { TaskNetwork } from './network';
import type { DayNumber } from './types';

/**
 * The two passes of the critical-path method over a task network whose back links (the ones
 * closing cycles) are already dropped. Times are boundaries, as described in scheduler.ts.
 */

/** The links each task waits for and the links waiting for it, back links left out. */
export interface LinkIndex {
  /** incoming[i]: indices into `network.links` of the links that end at task i. */
  incoming: number[][];
  /** outgoing[i]: indices into `network.links` of the links that start at task i. */
  outgoing: number[][];
}

export function indexLinks(network: TaskNetwork, back: readonly boolean[]): LinkIndex {
  const n = network.tasks.length;
  const incoming: number[][] = Array.from({ length: n }, () => []);
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  network.links.forEach((link, k) => {
    if (back[k]) return;
    incoming[link.to]?.push(k);
    outgoing[link.from]?.push(k);
  });
  return { incoming, outgoing };
}

/** Where the plan starts: P, its first working day, and t0, the boundary just before it. */
export interface PlanOrigin {
  planStart: DayNumber;
  t0: number;
}

export interface ForwardPass {
  earlyStart: number[];
  earlyFinish: number[];
  /** The earliest start boundary the dependencies allow, undefined for a task without any. */
  allowed: Array<number | undefined>;
}

/**
 * Early start and finish, in topological order. A pinned task starts on its day whatever its
 * dependencies allow; every other task starts as soon as they allow, never before t0.
 */
export function forwardPass(
  network: TaskNetwork,
  order: readonly number[],
  links: LinkIndex,
  calendar: WorkingCalendar,
  origin: PlanOrigin,
): ForwardPass {
  const n = network.tasks.length;
  const { planStart, t0 } = origin;
  const earlyStart = new Array<number>(n).fill(0);
  const earlyFinish = new Array<number>(n).fill(0);
  const allowed: Array<number | undefined> = new Array<number | undefined>(n).fill(undefined);
  for (const i of order) {
    const task = network.tasks[i];
    let fromDeps: number | undefined;
    for (const k of links.incoming[i]) {
      const link = network.links[k] as { from: number; lag: number };
      const candidate = earlyFinish[link.from] + link.lag;
      if (fromDeps === undefined || candidate > fromDeps) fromDeps = candidate;
    }
    allowed[i] = fromDeps;
    let start: number;
    if (task.pinnedDay !== undefined) {
      const day = calendar.nextWorkingDay(task.pinnedDay);
      start = task.milestone ? (day === planStart ? t0 : calendar.rankOf(day)) : calendar.rankOf(day) - 1;
    } else {
      start = Math.max(t0, fromDeps ?? t0);
    }
    earlyStart[i] = start;
    earlyFinish[i] = start + task.duration;
  }
  return { earlyStart, earlyFinish, allowed };
}

/**
 * Late start of every task, in reverse topological order, from the plan finish (the latest early
 * finish): late finish = min over successors of (their late start - lag), late start = late finish - D.
 */
export function backwardPass(
  network: TaskNetwork,
  order: readonly number[],
  links: LinkIndex,
  earlyFinish: readonly number[],
): number[] {
  const n = network.tasks.length;
  let finish = -Infinity;
  for (let i = 0; i < n; i++) finish = Math.max(finish, earlyFinish[i]);
  const lateStart = new Array<number>(n).fill(0);
  for (let o = order.length - 1; o >= 0; o--) {
    const i = order[o];
    let lateFinish = finish;
    for (const k of links.outgoing[i]) {
      const link = network.links[k] as { to: number; lag: number };
      lateFinish = Math.min(lateFinish, lateStart[link.to] - link.lag);
    }
    lateStart[i] = lateFinish - network.tasks[i].duration;
  }
  return lateStart;
}
