import { namespaceOf, type ModelIdDefinition } from '../idIndex';
import { ruleMessages } from '../messages/ruleMessages';
import type { RuleContext } from './ruleContext';

/**
 * PS201: an id defined twice within one namespace (an error: references to it are ambiguous).
 * PS217: an id shared by items of different kinds (a warning: only `related` lists, which accept any
 * id, become ambiguous). Both are reported on the later definition, naming the line of the first.
 */
export function duplicateIds(ctx: RuleContext): void {
  for (const entry of ctx.ids.entries.values()) {
    if (entry.definitions.length < 2) continue;
    const firstInNamespace = new Map<string, ModelIdDefinition>();
    const first = entry.definitions[0];
    for (const def of entry.definitions) {
      const ns = namespaceOf(def.kind);
      const earlier = firstInNamespace.get(ns);
      if (earlier) {
        ctx.report({
          code: 'PS201',
          path: def.path,
          message: ruleMessages.duplicateId(def.id, def.kind, ctx.lineOf(earlier.path)),
          data: { id: def.id, kind: def.kind },
        });
        continue;
      }
      firstInNamespace.set(ns, def);
      if (first && def !== first && namespaceOf(first.kind) !== ns) {
        ctx.report({
          code: 'PS217',
          path: def.path,
          message: ruleMessages.idReusedAcrossKinds(def.id, def.kind, first.kind, ctx.lineOf(first.path)),
          data: { id: def.id, kind: def.kind, otherKind: first.kind },
        });
      }
    }
  }
}
