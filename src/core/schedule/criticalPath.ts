import type { Id } from '../model';
import type { ScheduledTask } from './types';

/**
 * The ids of the critical tasks in start order. The order uses the internal boundaries, not the
 * shown days: a milestone shares its day with the 1-day task before it, but starts after it.
 * Remaining ties (parallel critical tasks) keep file order.
 */
export function criticalPath(
  tasks: readonly ScheduledTask[],
  earlyStart: readonly number[],
  earlyFinish: readonly number[],
): Id[] {
  return tasks
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.critical)
    .sort((a, b) => earlyStart[a.i] - earlyStart[b.i] || earlyFinish[a.i] - earlyFinish[b.i] || a.i - b.i)
    .map(({ t }) => t.id);
}
