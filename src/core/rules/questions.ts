import { ruleMessages } from '../messages/ruleMessages';
import { itemPath, type RuleContext } from './ruleContext';

/**
 * PS213: a question still open (status `open`, or no status: a new question is open), as information.
 * PS220: a question marked answered or closed whose answer was never written down.
 */
export function questions(ctx: RuleContext): void {
  ctx.proposal.questions?.forEach((question, i) => {
    const path = itemPath(['questions', i], question);
    const label = question.id ?? `#${i + 1}`;
    if (question.status === undefined || question.status === 'open') {
      ctx.report({ code: 'PS213', path, message: ruleMessages.openQuestion(label), data: { id: question.id ?? '' } });
    } else if (!question.answer?.trim()) {
      ctx.report({
        code: 'PS220',
        path: ['questions', i, 'status'],
        message: ruleMessages.answeredWithoutAnswer(label),
        data: { id: question.id ?? '' },
      });
    }
  });
}
