import type { SourceIdDefinition, SourceIdIndex } from './idIndex';

/** Where the id under the cursor is defined (several when it is duplicated); a definition leads to itself. */
export function definitionsAt(index: SourceIdIndex, offset: number): SourceIdDefinition[] {
  const occurrence = index.occurrenceAt(offset);
  if (!occurrence) return [];
  if (occurrence.role === 'definition') return [occurrence.definition];
  const target = occurrence.reference.target;
  return index.definitionsOf(occurrence.id).filter((d) => target === 'any' || d.kind === target);
}
