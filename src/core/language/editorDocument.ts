import { normalizeProposal } from '../normalize';
import { parseProposalText, type ParsedProposal } from '../parse';
import { schedulePlan } from '../schedule';
import type { Schedule } from '../schedule/types';
import { buildSourceIdIndex, type SourceIdIndex } from './idIndex';

/** One version of a document as the language features see it: parsed once, indexed once. */
export interface EditorDocument {
  text: string;
  parsed: ParsedProposal;
  index: SourceIdIndex;
  /** The computed plan, worked out on first use (only hover needs it). */
  schedule(): Schedule;
}

/** `parsed` lets a caller that already parsed this very text (the worker's check) share it. */
export function analyzeForEditor(text: string, parsed: ParsedProposal = parseProposalText(text)): EditorDocument {
  const index = buildSourceIdIndex(parsed.document);
  let schedule: Schedule | undefined;
  return {
    text,
    parsed,
    index,
    schedule: () => (schedule ??= schedulePlan(normalizeProposal(parsed.value))),
  };
}
