import { ruleMessages } from '../messages/ruleMessages';
import { textHash } from '../rfp/columns';
import type { RuleContext } from './ruleContext';

/**
 * PS240: the customer's wording (`rfp.text`, verbatim from the RFP) was edited by hand, so it no
 * longer matches the hash taken at import; write-back and the version-2 comparison need it verbatim.
 */
export function rfpOrigin(ctx: RuleContext): void {
  ctx.proposal.requirements?.forEach((req, i) => {
    const origin = req.rfp;
    if (origin?.text === undefined || origin.textHash === undefined || !/^[0-9a-f]{8}$/.test(origin.textHash)) return;
    if (textHash(origin.text) === origin.textHash) return;
    ctx.report({
      code: 'PS240',
      path: ['requirements', i, 'rfp', 'text'],
      message: ruleMessages.rfpWordingEdited(req.id ?? `#${i + 1}`, origin.id ?? ''),
      data: { id: req.id ?? '' },
    });
  });
}
