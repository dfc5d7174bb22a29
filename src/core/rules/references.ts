import { resolveReference, type ModelIdIndex, type IdKind, type ReferenceTarget } from '../idIndex';
import { ruleMessages } from '../messages/ruleMessages';
import { closestId, suggestionPool, type SuggestionPool } from './closestId';
import type { RuleContext } from './ruleContext';

/** Suggestions cost an edit-distance scan each; past this many broken references, none are offered. */
const MAX_SUGGESTIONS = 200;

/**
 * PS202: a reference to an id no item of the expected kind has (requirements, components, zones,
 * tasks; any id for `related`). PS210: the same for team references (owner, assignees, presenter),
 * phrased as "not on the team" because that is what the user has to fix.
 */
export function references(ctx: RuleContext): void {
  const candidates = candidatesByKind(ctx.ids);
  let suggestionsLeft = MAX_SUGGESTIONS;
  for (const ref of ctx.ids.references) {
    if (resolveReference(ctx.ids, ref)) continue;
    const suggestion = suggestionsLeft-- > 0 ? closestId(ref.id, candidates(ref.expected)) : undefined;
    const data = { id: ref.id, expected: ref.expected, field: ref.field, ...(suggestion ? { suggestion } : {}) };
    if (ref.expected === 'member') {
      ctx.report({
        code: 'PS210',
        path: ref.path,
        message: ruleMessages.notOnTeam(ref.id, ref.field, suggestion),
        data,
      });
      continue;
    }
    const other = ctx.ids.entries.get(ref.id)?.definitions[0];
    const message = other
      ? ruleMessages.wrongKindReference(ref.id, ref.expected, other.kind, suggestion)
      : ruleMessages.unknownReference(ref.id, ref.expected, suggestion);
    ctx.report({ code: 'PS202', path: ref.path, message, data });
  }
}

/**
 * Ids per kind, prepared for suggestions on first use (most checks have no broken reference at all)
 * and then shared by every broken reference of that kind.
 */
function candidatesByKind(index: ModelIdIndex): (kind: ReferenceTarget) => SuggestionPool {
  const pools = new Map<ReferenceTarget, SuggestionPool>();
  let byKind: Map<IdKind, string[]> | undefined;
  return (kind) => {
    let pool = pools.get(kind);
    if (pool) return pool;
    if (kind === 'any') {
      pool = suggestionPool(index.entries.keys());
    } else {
      if (!byKind) {
        byKind = new Map();
        for (const d of index.definitions) {
          const list = byKind.get(d.kind) ?? [];
          list.push(d.id);
          byKind.set(d.kind, list);
        }
      }
      pool = suggestionPool(byKind.get(kind) ?? []);
    }
    pools.set(kind, pool);
    return pool;
  };
}
