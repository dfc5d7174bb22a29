/**
 * Language requests between the extension host's providers and the check worker
 * (dist/checkWorker.js): hover, completion, navigation, rename, symbols, code actions, code lenses.
 *
 * Why in the worker: answering any of them needs the document's parse, which costs ~150 ms at 10k
 * lines, and outline and CodeLens ask after every edit (the host is never blocked
 * for more than 50 ms). The check already parses each version in the worker; asking the same worker
 * (same queue) lets a request for version v reuse the parse the check of v made.
 *
 * Every request carries the document's uri, version and FULL text (a string copy is cheap; the
 * worker then never answers from text the host does not have) plus the settings it needs. Results
 * are plain data whose ranges are already LSP {line, character} of the requested version, so the
 * host only builds vscode objects and never needs a line table of its own.
 */
import type { Position, Range } from '../core/diagnostic';
import type { Language } from '../core/model';
import type { SymbolCategory } from '../core/language/symbols';
import type { CheckRequest, CheckResponse } from './checkMessages';

export interface WireTextEdit {
  readonly range: Range;
  readonly newText: string;
}

export interface WireCompletion {
  readonly label: string;
  readonly labelDetail?: string;
  readonly kind: 'property' | 'object' | 'enum' | 'reference' | 'value';
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  readonly isSnippet: boolean;
  readonly sortText: string;
  readonly filterText?: string;
  /** The text the item replaces; absent = the word at the cursor. */
  readonly range?: Range;
}

export interface WireSymbol {
  readonly name: string;
  readonly detail: string;
  readonly category: SymbolCategory;
  readonly range: Range;
  /** Inside `range` (the worker guarantees it: VS Code rejects a symbol otherwise). */
  readonly selectionRange: Range;
  readonly children: ReadonlyArray<WireSymbol>;
}

export interface WireLens {
  readonly range: Range;
  readonly title: string;
  /** Where a requirement is used (a click lists them); empty: the lens is only a label. */
  readonly locations: ReadonlyArray<Range>;
}

/** A diagnostic VS Code shows, to fix: its range, plus the checker's `data` when the host has it. */
export interface WireFixable {
  readonly code: string;
  readonly range: Range;
  readonly data?: Record<string, string | number | string[]>;
}

/**
 * Codes that have a quick fix: the host asks the worker for code actions only when VS Code shows one
 * of them. A copy of FIXABLE_CODES in src/core/language/quickFixes.ts (test/unit/languageWorker.test.ts
 * keeps them equal): importing that module would load the quick fixes and yaml on the host.
 */
export const FIXABLE_CODES: ReadonlySet<string> = new Set([
  'PS101',
  'PS102',
  'PS104',
  'PS201',
  'PS202',
  'PS206',
  'PS209',
  'PS210',
  'PS215',
  'PS219',
  'PS220',
  'PS221',
  'PS222',
  'PS245',
]);

export interface WireCodeAction {
  /** Index into the request's `diagnostics`. */
  readonly diagnostic: number;
  readonly title: string;
  readonly isPreferred: boolean;
  readonly edits: ReadonlyArray<WireTextEdit>;
}

/** A proposal file for workspace symbols: an open document's text, or a file the worker reads itself. */
export type WorkspaceFile =
  | { readonly kind: 'open'; readonly uri: string; readonly version: number; readonly text: string }
  /** On disk (file: scheme): the worker reads it, so closed files never cost the host a read or a decode. */
  | { readonly kind: 'disk'; readonly uri: string; readonly path: string }
  /** Closed, not on a local disk (virtual file systems): the host read it with vscode.workspace.fs. */
  | { readonly kind: 'read'; readonly uri: string; readonly text: string };

export interface WireWorkspaceSymbol {
  /** Index into the request's `files`. */
  readonly file: number;
  readonly name: string;
  readonly containerName: string;
  readonly category: SymbolCategory;
  readonly range: Range;
}

export interface WorkspaceSymbolsAnswer {
  readonly symbols: WireWorkspaceSymbol[];
  /** Files that could not be read (deleted since the host listed them...): the host logs them. */
  readonly unreadable: ReadonlyArray<{ readonly file: number; readonly error: string }>;
}

export type RenameAnswer =
  | { readonly ok: true; readonly edits: ReadonlyArray<WireTextEdit> }
  /** Localized (the request's `lang`); VS Code shows it. */
  | { readonly ok: false; readonly message: string };

export type PrepareRenameAnswer =
  | { readonly ok: true; readonly range: Range; readonly placeholder: string }
  | { readonly ok: false; readonly message: string };

/**
 * One entry per feature: what it sends besides the document, and what it gets back. The request and
 * response types below are derived from this table, so a feature is added in one place.
 */
export interface LanguageFeatures {
  hover: {
    params: { position: Position; highRiskThreshold: number };
    result: { markdown: string; range: Range } | undefined;
  };
  completion: { params: { position: Position }; result: WireCompletion[] };
  definition: { params: { position: Position }; result: Range[] };
  references: { params: { position: Position; includeDeclaration: boolean }; result: Range[] };
  highlights: { params: { position: Position }; result: Array<{ range: Range; kind: 'read' | 'write' }> };
  prepareRename: { params: { position: Position }; result: PrepareRenameAnswer };
  rename: { params: { position: Position; newName: string }; result: RenameAnswer };
  documentSymbols: { params: Record<string, never>; result: WireSymbol[] };
  codeLens: { params: { highRiskThreshold: number }; result: WireLens[] };
  /** `today` (YYYY-MM-DD, the host's local date) for a missing plan start. */
  codeActions: { params: { diagnostics: WireFixable[]; today: string }; result: WireCodeAction[] };
}

export type LanguageFeature = keyof LanguageFeatures;
export type LanguageParams<F extends LanguageFeature> = LanguageFeatures[F]['params'];
export type LanguageResult<F extends LanguageFeature> = LanguageFeatures[F]['result'];

/** The document a request is about, as the host sees it at request time. */
export interface LanguageDocument {
  /** `uri.toString()`: the same key as CheckRequest.uri. */
  readonly uri: string;
  readonly version: number;
  readonly text: string;
}

/** The UI language of hovers, completion details, lenses, fix titles and rename errors. */
export interface LanguageSettings {
  readonly lang: Language;
}

export type LanguageQuery<F extends LanguageFeature = LanguageFeature> = {
  [K in F]: {
    readonly feature: K;
    readonly document: LanguageDocument;
    readonly settings: LanguageSettings;
    readonly params: LanguageParams<K>;
  };
}[F];

/** Workspace symbols are about many files, not one document, so they have a request of their own. */
export interface WorkspaceSymbolsQuery {
  readonly feature: 'workspaceSymbols';
  readonly files: ReadonlyArray<WorkspaceFile>;
  /** Lower-case; characters must appear in order in the name (VS Code's own symbol search is this lenient). */
  readonly query: string;
  readonly settings: LanguageSettings;
}

export type LanguageRequest = {
  readonly kind: 'language';
  readonly id: number;
  readonly query: LanguageQuery | WorkspaceSymbolsQuery;
};

/**
 * `stale`: the worker already holds a NEWER version of this document than the request's (versions
 * only grow while a document is open), so its answer would be for text the user no longer sees.
 */
export type LanguageAnswer =
  | { readonly kind: 'answered'; readonly result: LanguageResult<LanguageFeature> | WorkspaceSymbolsAnswer }
  | { readonly kind: 'stale' };

export type LanguageResponse =
  | { readonly kind: 'language'; readonly id: number; readonly answer: LanguageAnswer }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };

/** The document was closed: the worker forgets its text and parse. No response. */
export interface DocumentClosed {
  readonly kind: 'closed';
  readonly uri: string;
}

/** Everything the host posts to the worker, and everything the worker answers (correlated by id). */
export type WorkerRequest = CheckRequest | LanguageRequest | DocumentClosed;
export type WorkerResponse = CheckResponse | LanguageResponse;
