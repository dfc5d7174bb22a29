import { riskLevel, riskScore } from '../risk';
import { ruleMessages } from '../messages/ruleMessages';
import { itemPath, type RuleContext } from './ruleContext';

type Response = 'prevention' | 'contingency' | 'owner';

/**
 * PS209: a risk scoring likelihood x impact at or above the threshold that lacks prevention,
 * contingency or an owner. Closed risks need no response any more.
 */
export function highRisks(ctx: RuleContext): void {
  ctx.proposal.risks?.forEach((risk, i) => {
    const score = riskScore(risk);
    if (risk.status === 'closed' || score === undefined || riskLevel(score, ctx.highRiskThreshold) !== 'high') return;
    const missing: Response[] = [];
    if (!risk.prevention?.trim()) missing.push('prevention');
    if (!risk.contingency?.trim()) missing.push('contingency');
    if (!risk.owner?.trim()) missing.push('owner');
    if (missing.length === 0) return;
    ctx.report({
      code: 'PS209',
      path: itemPath(['risks', i], risk),
      message: ruleMessages.highRiskUnmitigated(risk.id ?? `#${i + 1}`, score, ctx.highRiskThreshold, missing),
      data: { score, missing },
    });
  });
}
