// The worker's language dispatcher: one request in, one answer out, synchronously (so requests and
// checks are served strictly in the order the host sent them). Called directly by unit tests.
import type { EditorDocument } from '../core/language/editorDocument';
import type { SchemaContext } from '../core/language/schemaAt';
import type {
  LanguageAnswer,
  LanguageQuery,
  LanguageResult,
  LanguageFeature,
  WorkspaceSymbolsAnswer,
  WorkspaceSymbolsQuery,
  WireWorkspaceSymbol,
} from '../protocol/languageMessages';
import type { ClosedFiles } from './closedFiles';
import * as features from './languageFeatures';
import { LineTable } from './lineTable';
import { STALE, type WorkerDocuments } from './workerDocuments';

export class LanguageService {
  private schemaContext: SchemaContext | undefined;

  constructor(
    private readonly documents: WorkerDocuments,
    private readonly closedFiles: ClosedFiles,
    /** Loads the schema; called once, on the first request that needs it. */
    private readonly loadSchema: () => SchemaContext,
  ) {}

  answer(query: LanguageQuery | WorkspaceSymbolsQuery): LanguageAnswer {
    if (query.feature === 'workspaceSymbols') return { kind: 'answered', result: this.workspaceSymbols(query) };
    const { uri, version, text } = query.document;
    const schema = (): SchemaContext => (this.schemaContext ??= this.loadSchema());
    if (query.feature === 'completion') {
      const recent = this.documents.recent(uri, version) ?? this.documents.editor(uri, version, text);
      if (recent === STALE) return { kind: 'stale' };
      return {
        kind: 'answered',
        result: features.completion(text, recent.index, { lang: query.settings.lang, schema }, query.params),
      };
    }
    const doc = this.documents.editor(uri, version, text);
    if (doc === STALE) return { kind: 'stale' };
    const input: features.FeatureInput = {
      doc,
      lines: LineTable.ofParsed(doc.parsed),
      lang: query.settings.lang,
      schema,
    };
    return { kind: 'answered', result: this.feature(query, input) };
  }

  private feature(
    query: Exclude<LanguageQuery, { feature: 'completion' }>,
    input: features.FeatureInput,
  ): LanguageResult<LanguageFeature> {
    switch (query.feature) {
      case 'hover':
        return features.hover(input, query.params);
      case 'definition':
        return features.definition(input, query.params);
      case 'references':
        return features.references(input, query.params);
      case 'highlights':
        return features.highlights(input, query.params);
      case 'prepareRename':
        return features.prepareRenameAt(input, query.params);
      case 'rename':
        return features.rename(input, query.params);
      case 'documentSymbols':
        return features.symbols(input);
      case 'codeLens':
        return features.lenses(input, query.params);
      case 'codeActions':
        return features.codeActions(input, query.params);
    }
  }

  private workspaceSymbols(query: WorkspaceSymbolsQuery): WorkspaceSymbolsAnswer {
    const symbols: WireWorkspaceSymbol[] = [];
    const unreadable: Array<{ file: number; error: string }> = [];
    query.files.forEach((file, i) => {
      let doc: EditorDocument | typeof STALE;
      try {
        if (file.kind === 'open') doc = this.documents.editor(file.uri, file.version, file.text);
        else if (file.kind === 'disk') doc = this.closedFiles.fromDisk(file.uri, file.path);
        else doc = this.closedFiles.fromText(file.uri, file.text);
      } catch (e: unknown) {
        unreadable.push({ file: i, error: e instanceof Error ? e.message : String(e) });
        return;
      }
      // A stale open document: its newer version is what the worker holds, and what the user sees next.
      if (doc === STALE) return;
      symbols.push(...features.workspaceSymbolsOf(i, doc, query.settings.lang, query.query));
    });
    return { symbols, unreadable };
  }
}
