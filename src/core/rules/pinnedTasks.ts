import { ruleMessages } from '../messages/ruleMessages';
import { formatIsoDate } from '../schedule';
import type { ScheduledTask } from '../schedule/types';
import { dependencyId } from './planTasks';
import type { RuleContext } from './ruleContext';

/**
 * PS204: a task pinned with `start` earlier than its dependencies allow. The scheduler computes the
 * earliest start from the dependencies (with lag); the message names the dependency that ends last.
 */
export function pinnedTasks(ctx: RuleContext): void {
  // Without plan.start the dependencies are dated from a placeholder day: no real comparison (PS215).
  if (!ctx.proposal.plan?.start) return;
  for (const st of ctx.schedule.tasks) {
    if (!st.pinned || st.startDay >= st.earliestStartDay) continue;
    const dependency = latestDependency(ctx, st);
    ctx.report({
      code: 'PS204',
      path: [...st.path, 'start'],
      message: ruleMessages.startBeforeDependency(
        st.id,
        st.start,
        dependency ?? '?',
        formatIsoDate(st.earliestStartDay),
      ),
      data: { task: st.id, earliestStart: formatIsoDate(st.earliestStartDay), ...(dependency ? { dependency } : {}) },
    });
  }
}

function latestDependency(ctx: RuleContext, st: ScheduledTask): string | undefined {
  const task = taskAt(ctx, st);
  let latest: ScheduledTask | undefined;
  for (const d of task?.dependsOn ?? []) {
    const id = dependencyId(d);
    const dep = id === undefined ? undefined : ctx.schedule.byId.get(id);
    if (dep && (!latest || dep.endDay > latest.endDay)) latest = dep;
  }
  return latest?.id;
}

function taskAt(
  ctx: RuleContext,
  st: ScheduledTask,
): { dependsOn?: ReadonlyArray<string | { task?: string }> } | undefined {
  const [, , pi, , ti] = st.path;
  if (typeof pi !== 'number' || typeof ti !== 'number') return undefined;
  return ctx.proposal.plan?.phases?.[pi]?.tasks?.[ti];
}
