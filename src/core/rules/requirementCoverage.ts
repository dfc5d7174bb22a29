import { ruleMessages } from '../messages/ruleMessages';
import type { RuleContext } from './ruleContext';

/** Reference fields through which a requirement counts as covered: satisfied, delivered or shown. */
const COVERING = new Set(['satisfies', 'tasks', 'demo']);

/**
 * PS207: a must-have requirement no component satisfies, no task delivers and no demo scenario shows.
 * PS214: when the proposal has a demo, a must-have requirement no scenario shows (not repeated when
 * PS207 already says it is covered by nothing).
 */
export function requirementCoverage(ctx: RuleContext): void {
  const hasDemo = ctx.proposal.demo !== undefined;
  ctx.proposal.requirements?.forEach((req, i) => {
    if (req.priority !== 'must' || !req.id) return;
    const refs = ctx.ids.entries.get(req.id)?.references ?? [];
    const via = new Set(refs.filter((r) => r.expected === 'requirement').map((r) => coverageOf(r.path)));
    const path = ['requirements', i, 'id'];
    if (![...via].some((v) => COVERING.has(v))) {
      ctx.report({ code: 'PS207', path, message: ruleMessages.requirementUncovered(req.id), data: { id: req.id } });
    } else if (hasDemo && !via.has('demo')) {
      ctx.report({ code: 'PS214', path, message: ruleMessages.requirementNotDemoed(req.id), data: { id: req.id } });
    }
  });
}

/** Which part of the proposal a requirement reference sits in. */
function coverageOf(path: ReadonlyArray<string | number>): string {
  if (path[0] === 'architecture') return 'satisfies';
  if (path[0] === 'plan') return 'tasks';
  if (path[0] === 'demo') return 'demo';
  return String(path[0]);
}
