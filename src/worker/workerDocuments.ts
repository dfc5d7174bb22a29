import { ProposalParser } from '../core/incremental/proposalParser';
import { analyzeForEditor, type EditorDocument } from '../core/language/editorDocument';
import type { ParsedProposal } from '../core/parse';

interface DocumentState {
  version: number;
  text: string;
  /** One per document: the lead's parser re-parses only what changed since ITS previous parse. */
  parser: ProposalParser;
  parsed: ParsedProposal;
  /** Built from `parsed` on the first language request of this version (a check alone never needs it). */
  editor: EditorDocument | undefined;
}

/** The worker already holds a newer version of the document than the one asked about. */
export const STALE = 'stale';

/**
 * The worker's memory of open documents: per uri ONLY the latest version's text and parse (older
 * ones are never asked for: the host drops answers for versions the user has edited since). The
 * check of version v stores its parse here, so the language requests of v (outline, CodeLens... fire
 * right after each edit) reuse it instead of parsing again; and the other way round.
 *
 * A ParsedProposal from the parser is valid only until that parser parses a different text, so the
 * state and its parse are always replaced together. An instance per worker: no module-level state.
 */
export class WorkerDocuments {
  private readonly byUri = new Map<string, DocumentState>();

  /** The parse of `text`, reused when it is the text held for `uri`, else parsed and held. */
  parse(uri: string, version: number, text: string): ParsedProposal | typeof STALE {
    return this.state(uri, version, text)?.parsed ?? STALE;
  }

  /** The language features' view of `text` (parse, id index, lazy schedule). */
  editor(uri: string, version: number, text: string): EditorDocument | typeof STALE {
    const state = this.state(uri, version, text);
    if (!state) return STALE;
    state.editor ??= analyzeForEditor(state.text, state.parsed);
    return state.editor;
  }

  /**
   * What is held for `uri` if it is not newer than `version`, WITHOUT parsing `version`'s text when
   * it differs: completion needs only the list of ids, which one keystroke rarely changes, and must
   * not wait for a 10k-line parse on every trigger character.
   */
  recent(uri: string, version: number): EditorDocument | undefined {
    const state = this.byUri.get(uri);
    if (!state || state.version > version) return undefined;
    state.editor ??= analyzeForEditor(state.text, state.parsed);
    return state.editor;
  }

  /** The document was closed: its text and parse go. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Documents held (for tests and the benchmark). */
  get size(): number {
    return this.byUri.size;
  }

  /** The version held for `uri`, if any. */
  versionOf(uri: string): number | undefined {
    return this.byUri.get(uri)?.version;
  }

  private state(uri: string, version: number, text: string): DocumentState | undefined {
    const have = this.byUri.get(uri);
    if (have && version < have.version) return undefined;
    if (have && have.text === text) {
      // Same text under a newer version (an undo back, a save): the analysis still holds.
      have.version = version;
      return have;
    }
    const parser = have?.parser ?? new ProposalParser();
    const fresh: DocumentState = { version, text, parser, parsed: parser.parse(text), editor: undefined };
    this.byUri.set(uri, fresh);
    return fresh;
  }
}
