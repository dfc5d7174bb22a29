import type * as vscode from 'vscode';
import type { LanguageBackend } from '../diagnostics/checkBackend';
import type { Language } from '../../core/model';
import type {
  LanguageFeature,
  LanguageParams,
  LanguageQuery,
  LanguageResult,
  WorkspaceFile,
  WorkspaceSymbolsAnswer,
} from '../../protocol/languageMessages';

/** Where failures go (the Presales output channel). */
export type FailureLog = Pick<vscode.LogOutputChannel, 'error'>;

/**
 * The providers' side of the language requests: sends the document as it is now to the check worker
 * and hands back its plain answer, or undefined when the answer no longer matters (the request was
 * cancelled, the document changed or closed meanwhile, the worker held a newer version) or when the
 * worker failed (logged; a provider then shows nothing rather than an error for every keystroke).
 * The host does no parsing: at 10k lines that blocked it ~150 ms at the first request of each version.
 */
export class LanguageClient {
  /** The last text sent: outline, CodeLens and highlights ask about the same version in a burst. */
  private lastText: { document: vscode.TextDocument; version: number; text: string } | undefined;

  /** `uiLanguage` is read per request (the display language); passed in, so this file loads without vscode (unit tests). */
  constructor(
    private readonly backend: LanguageBackend,
    private readonly log: FailureLog,
    private readonly uiLanguage: () => Language,
  ) {}

  async ask<F extends LanguageFeature>(
    feature: F,
    document: vscode.TextDocument,
    params: LanguageParams<F>,
    token?: vscode.CancellationToken,
  ): Promise<LanguageResult<F> | undefined> {
    if (token?.isCancellationRequested) return undefined;
    const version = document.version;
    // The mapped request type cannot be checked against a generic F; feature and params agree by the signature.
    const query = {
      feature,
      document: { uri: document.uri.toString(), version, text: this.textOf(document) },
      settings: { lang: this.uiLanguage() },
      params,
    } as LanguageQuery;
    try {
      const answer = await this.backend.language(query);
      if (
        answer.kind === 'stale' ||
        token?.isCancellationRequested ||
        document.isClosed ||
        document.version !== version
      )
        return undefined;
      return answer.result as LanguageResult<F>;
    } catch (e: unknown) {
      this.log.error(`${feature} for ${document.uri.toString()} failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  async workspaceSymbols(
    files: WorkspaceFile[],
    query: string,
    token: vscode.CancellationToken,
  ): Promise<WorkspaceSymbolsAnswer | undefined> {
    try {
      const answer = await this.backend.language({
        feature: 'workspaceSymbols',
        files,
        query: query.toLowerCase(),
        settings: { lang: this.uiLanguage() },
      });
      if (answer.kind === 'stale' || token.isCancellationRequested) return undefined;
      return answer.result as WorkspaceSymbolsAnswer;
    } catch (e: unknown) {
      this.log.error(`workspace symbols failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  /** The document was closed: the worker forgets it. */
  closed(document: vscode.TextDocument): void {
    if (this.lastText?.document === document) this.lastText = undefined;
    this.backend.closed(document.uri.toString());
  }

  private textOf(document: vscode.TextDocument): string {
    const last = this.lastText;
    if (last && last.document === document && last.version === document.version) return last.text;
    const text = document.getText();
    this.lastText = { document, version: document.version, text };
    return text;
  }
}
