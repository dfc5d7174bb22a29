import { ruleMessages } from '../messages/ruleMessages';
import { parseIsoDate } from '../schedule';
import type { RuleContext } from './ruleContext';

/**
 * PS215: tasks but no `plan.start` (nothing can be dated). PS216: a calendar listing no working
 * weekday. PS218: a holiday range whose `to` is before its `date`.
 */
export function planCalendar(ctx: RuleContext): void {
  const plan = ctx.proposal.plan;
  if (!plan) return;
  const hasTasks = plan.phases?.some((phase) => (phase.tasks?.length ?? 0) > 0) ?? false;
  if (hasTasks && !plan.start)
    ctx.report({ code: 'PS215', path: ['plan'], part: 'key', message: ruleMessages.planWithoutStart() });
  const calendar = plan.calendar;
  if (calendar?.workingDays && calendar.workingDays.length === 0) {
    ctx.report({ code: 'PS216', path: ['plan', 'calendar', 'workingDays'], message: ruleMessages.noWorkingDays() });
  }
  calendar?.holidays?.forEach((h, i) => {
    if (h.date === undefined || h.to === undefined) return;
    const from = parseIsoDate(h.date);
    const to = parseIsoDate(h.to);
    if (from === undefined || to === undefined || to >= from) return;
    ctx.report({
      code: 'PS218',
      path: ['plan', 'calendar', 'holidays', i, 'to'],
      message: ruleMessages.holidayReversed(h.date, h.to),
    });
  });
}
