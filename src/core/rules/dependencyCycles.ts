import { ruleMessages } from '../messages/ruleMessages';
import { dependencyPath, tasksById } from './planTasks';
import type { RuleContext } from './ruleContext';

/**
 * PS203: each cycle the scheduler found (["A","B","C","A"]), reported on the dependsOn entry that
 * closes it (the one between the last two ids), or on the first task's id when that entry cannot be
 * found. The edge is looked up in both directions so the rule does not depend on the order in which
 * the scheduler lists a cycle.
 */
export function dependencyCycles(ctx: RuleContext): void {
  if (ctx.schedule.cycles.length === 0) return;
  const tasks = tasksById(ctx.proposal);
  for (const cycle of ctx.schedule.cycles) {
    const first = cycle[0];
    if (first === undefined) continue;
    const a = cycle[cycle.length - 2] ?? first;
    const b = cycle[cycle.length - 1] ?? first;
    const ta = tasks.get(a);
    const tb = tasks.get(b);
    const path = (ta && dependencyPath(ta, b)) ??
      (tb && dependencyPath(tb, a)) ?? [...(tasks.get(first)?.path ?? ['plan']), 'id'];
    ctx.report({ code: 'PS203', path, message: ruleMessages.dependencyCycle(cycle), data: { cycle: [...cycle] } });
  }
}
