import type { Span } from '../locate';
import type { Localized } from '../messages/localize';
import { ID_PATTERN } from '../entities';
import type { SourceIdIndex } from './idIndex';
import { MSG } from './messages';
import type { TextEdit } from './textEdit';

/** Rename is offered only on ids: the span to rename and its current text. */
export function prepareRename(index: SourceIdIndex, offset: number): { span: Span; id: string } | undefined {
  const occurrence = index.occurrenceAt(offset);
  return occurrence ? { span: occurrence.span, id: occurrence.id } : undefined;
}

export type RenameResult = { ok: true; edits: TextEdit[] } | { ok: false; message: Localized; args: string[] };

/** Words YAML would read as null or a boolean when written plain; such ids need quotes. */
const NON_STRING_PLAIN = /^(null|Null|NULL|true|True|TRUE|false|False|FALSE|~)$/;

/**
 * Edits renaming the id under the cursor at its definition(s) and every reference. Only the id
 * text changes (quotes, comments and layout stay as they were).
 */
export function renameEdits(index: SourceIdIndex, offset: number, newName: string, text: string): RenameResult {
  const occurrence = index.occurrenceAt(offset);
  if (!occurrence) return { ok: false, message: MSG.renameNotAnId, args: [] };
  if (!ID_PATTERN.test(newName)) return { ok: false, message: MSG.renameBadPattern, args: [] };
  const old = occurrence.id;
  if (newName === old) return { ok: true, edits: [] };
  // Ids must stay unique across the file (`related` may point at any kind), so any use blocks it.
  if (index.definitionsOf(newName).length) return { ok: false, message: MSG.renameTaken, args: [newName] };
  const spans = [...index.definitionsOf(old).map((d) => d.span), ...index.referencesTo(old).map((r) => r.span)];
  const edits = spans.map((span): TextEdit => {
    const quoted = isQuoted(text, span);
    const newText = !quoted && NON_STRING_PLAIN.test(newName) ? `"${newName}"` : newName;
    return { offset: span.offset, length: span.length, newText };
  });
  return { ok: true, edits };
}

function isQuoted(text: string, span: Span): boolean {
  const before = text[span.offset - 1];
  return (before === '"' || before === "'") && text[span.offset + span.length] === before;
}
