import type { Span } from '../locate';
import type { SourceIdIndex } from './idIndex';

/** Every place naming the id under the cursor; the definitions first when asked for. */
export function referencesAt(index: SourceIdIndex, offset: number, includeDeclaration: boolean): Span[] {
  const occurrence = index.occurrenceAt(offset);
  if (!occurrence) return [];
  const id = occurrence.id;
  const defs = includeDeclaration ? index.definitionsOf(id).map((d) => d.span) : [];
  return [...defs, ...index.referencesTo(id).map((r) => r.span)];
}
