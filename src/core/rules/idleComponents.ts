import { ruleMessages } from '../messages/ruleMessages';
import type { ComponentKind } from '../model';
import { itemPath, type RuleContext } from './ruleContext';

/** Users and third-party systems appear in the diagram for context; they are not built to meet requirements. */
const EXEMPT: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['actor', 'external']);

/** PS208: a component that satisfies no requirement (a warning: it may be dead weight in the design). */
export function idleComponents(ctx: RuleContext): void {
  ctx.proposal.architecture?.components?.forEach((c, i) => {
    if (c.kind && EXEMPT.has(c.kind)) return;
    if ((c.satisfies ?? []).some((id) => id !== '')) return;
    ctx.report({
      code: 'PS208',
      path: itemPath(['architecture', 'components', i], c),
      message: ruleMessages.componentSatisfiesNothing(c.id ?? c.name ?? `#${i + 1}`),
      data: { id: c.id ?? '' },
    });
  });
}
