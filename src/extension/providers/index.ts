import * as vscode from 'vscode';
import type { Diagnostic } from '../../core/diagnostic';
import type { LanguageBackend } from '../diagnostics/checkBackend';
import { ProposalCodeActionProvider, type CoreDiagnosticsLookup } from './codeActionProvider';
import { ProposalCodeLensProvider } from './codeLensProvider';
import { ProposalCompletionProvider } from './completionProvider';
import { ProposalHoverProvider } from './hoverProvider';
import { LanguageClient, type FailureLog } from './languageClient';
import {
  ProposalDefinitionProvider,
  ProposalHighlightProvider,
  ProposalReferenceProvider,
} from './navigationProviders';
import { ProposalRenameProvider } from './renameProvider';
import { PRESALES_SELECTOR, uiLanguage } from './settings';
import { ProposalDocumentSymbolProvider, ProposalWorkspaceSymbolProvider } from './symbolProviders';

/** The latest check per file, by uri (structural, so this folder does not depend on the diagnostics feature). */
export interface LatestChecks {
  get(uri: vscode.Uri): { readonly version: number; readonly diagnostics: readonly Diagnostic[] } | undefined;
}

/**
 * Completion, hover, navigation, rename, symbols, quick fixes and code lenses for `presales-yaml`.
 * Every answer is worked out by `backend` (the diagnostics' check worker: the host never parses a
 * proposal); the providers only forward the request and build vscode objects. `checks` (optional;
 * the diagnostics feature's ProposalStore fits) gives the checker's latest diagnostics with their
 * data, which some quick fixes need (which property is missing); without it those fixes work from
 * the range alone. Failures of the worker go to `log`.
 */
export function registerLanguageFeatures(
  context: vscode.ExtensionContext,
  checks: LatestChecks | undefined,
  backend: LanguageBackend,
  log: FailureLog,
): void {
  const client = new LanguageClient(backend, log, uiLanguage);
  const lookup: CoreDiagnosticsLookup = (document) => {
    const latest = checks?.get(document.uri);
    return latest && latest.version === document.version ? latest.diagnostics : undefined;
  };
  const lenses = new ProposalCodeLensProvider(client);
  const selector = PRESALES_SELECTOR;
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(
      selector,
      new ProposalCompletionProvider(client),
      ...ProposalCompletionProvider.triggerCharacters,
    ),
    vscode.languages.registerHoverProvider(selector, new ProposalHoverProvider(client)),
    vscode.languages.registerDefinitionProvider(selector, new ProposalDefinitionProvider(client)),
    vscode.languages.registerReferenceProvider(selector, new ProposalReferenceProvider(client)),
    vscode.languages.registerDocumentHighlightProvider(selector, new ProposalHighlightProvider(client)),
    vscode.languages.registerRenameProvider(selector, new ProposalRenameProvider(client)),
    vscode.languages.registerDocumentSymbolProvider(selector, new ProposalDocumentSymbolProvider(client)),
    vscode.languages.registerWorkspaceSymbolProvider(new ProposalWorkspaceSymbolProvider(client, log)),
    vscode.languages.registerCodeActionsProvider(
      selector,
      new ProposalCodeActionProvider(client, lookup),
      ProposalCodeActionProvider.metadata,
    ),
    vscode.languages.registerCodeLensProvider(selector, lenses),
    lenses,
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('presales.validation.highRiskThreshold')) lenses.refresh();
    }),
    // Every closed document, not only presales-yaml ones: a checked preview of a plain YAML file is held too.
    vscode.workspace.onDidCloseTextDocument((closed) => client.closed(closed)),
  );
}
