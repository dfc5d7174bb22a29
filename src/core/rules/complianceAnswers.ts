import { ruleMessages } from '../messages/ruleMessages';
import type { Requirement } from '../model';
import { itemPath, type RuleContext } from './ruleContext';

/** Statuses that tell the customer the requirement is not met as written: each needs an explanation. */
const NEEDS_RESPONSE: ReadonlySet<string> = new Set(['partial', 'non-comply', 'alternative']);

/** Where a requirement reference counts as backing a claim: a component, a task or a demo scenario. */
const BACKING_AREAS: ReadonlySet<unknown> = new Set(['architecture', 'plan', 'demo']);

/**
 * The checks on the answers to the customer's RFP items:
 * PS245 an imported requirement with no answer, an answer with no status yet, or an answer that
 * predates the customer's rewording;
 * PS246 a deviation (partial, non-comply, alternative) with no response;
 * PS247 comply claimed with nothing in the proposal behind it;
 * PS248 a ★ or must requirement answered non-comply;
 * PS249 one customer id on two requirements (reported on the later one).
 */
export function complianceAnswers(ctx: RuleContext): void {
  const firstByCustomerId = new Map<string, number>();
  ctx.proposal.requirements?.forEach((req, i) => {
    const base = ['requirements', i];
    const name = nameOf(req, i);
    const origin = req.rfp;
    const answer = req.answer;
    if (origin !== undefined && answer === undefined) {
      ctx.report({
        code: 'PS245',
        path: itemPath(base, req),
        message: ruleMessages.rfpItemUnanswered(name),
        data: { reason: 'unanswered' },
      });
    } else if (answer !== undefined && answer.status === undefined) {
      ctx.report({
        code: 'PS245',
        path: [...base, 'answer'],
        part: 'key',
        message: ruleMessages.answerWithoutStatus(name),
        data: { reason: 'no-status' },
      });
    }
    if (origin?.textHash !== undefined && answer?.basis !== undefined && answer.basis !== origin.textHash) {
      ctx.report({
        code: 'PS245',
        path: [...base, 'answer', 'basis'],
        message: ruleMessages.rfpItemReworded(name),
        data: { reason: 'reworded', textHash: origin.textHash },
      });
    }
    const status = answer?.status;
    const statusPath = [...base, 'answer', 'status'];
    if (status !== undefined && NEEDS_RESPONSE.has(status) && (answer?.response ?? '').trim() === '') {
      ctx.report({ code: 'PS246', path: statusPath, message: ruleMessages.answerUnexplained(name, status) });
    }
    if (status === 'comply' && (answer?.refs ?? []).every((r) => r.trim() === '') && !isBacked(ctx, req)) {
      ctx.report({ code: 'PS247', path: statusPath, message: ruleMessages.unbackedClaim(name) });
    }
    const mark = origin?.mark === '★' ? '★' : req.priority === 'must' ? 'must' : undefined;
    if (status === 'non-comply' && mark !== undefined) {
      ctx.report({ code: 'PS248', path: statusPath, message: ruleMessages.disqualifyingNonComply(name, mark) });
    }
    const customerId = origin?.id?.trim();
    if (customerId) {
      const idPath = [...base, 'rfp', 'id'];
      const first = firstByCustomerId.get(customerId);
      if (first === undefined) firstByCustomerId.set(customerId, i);
      else
        ctx.report({
          code: 'PS249',
          path: idPath,
          message: ruleMessages.customerIdTwice(customerId, ctx.lineOf(['requirements', first, 'rfp', 'id'])),
          data: { id: customerId },
        });
    }
  });
}

/** The customer's id when the requirement was imported, else our id. */
function nameOf(req: Requirement, index: number): string {
  return req.rfp?.id?.trim() || req.id || `#${index + 1}`;
}

function isBacked(ctx: RuleContext, req: Requirement): boolean {
  if (!req.id) return false;
  const refs = ctx.ids.entries.get(req.id)?.references ?? [];
  return refs.some((r) => r.expected === 'requirement' && BACKING_AREAS.has(r.path[0]));
}
