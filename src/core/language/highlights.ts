import type { Span } from '../locate';
import type { SourceIdIndex } from './idIndex';

export interface Highlight {
  span: Span;
  kind: 'write' | 'read';
}

/** The id under the cursor everywhere in the file: its definition as a write, its uses as reads. */
export function highlightsAt(index: SourceIdIndex, offset: number): Highlight[] {
  const occurrence = index.occurrenceAt(offset);
  if (!occurrence) return [];
  return [
    ...index.definitionsOf(occurrence.id).map((d): Highlight => ({ span: d.span, kind: 'write' })),
    ...index.referencesTo(occurrence.id).map((r): Highlight => ({ span: r.span, kind: 'read' })),
  ];
}
