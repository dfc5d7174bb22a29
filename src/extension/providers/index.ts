import * as vscode from 'vscode';
import type { Diagnostic } from '../../core/diagnostic';
import { ProposalCodeActionProvider, type CoreDiagnosticsLookup } from './codeActionProvider';
import { ProposalCodeLensProvider } from './codeLensProvider';
import { ProposalCompletionProvider } from './completionProvider';
import { EditorDocuments } from './editorDocuments';
import { ProposalHoverProvider } from './hoverProvider';
import { ProposalDefinitionProvider, ProposalHighlightProvider, ProposalReferenceProvider } from './navigationProviders';
import { ProposalRenameProvider } from './renameProvider';
import { SchemaLoader } from './schemaLoader';
import { PRESALES_SELECTOR } from './settings';
import { ProposalDocumentSymbolProvider, ProposalWorkspaceSymbolProvider } from './symbolProviders';

/** The latest check per file, by uri (structural, so this folder does not depend on the diagnostics feature). */
export interface LatestChecks {
  get(uri: vscode.Uri): { readonly version: number; readonly diagnostics: readonly Diagnostic[] } | undefined;
}

/**
 * Completion, hover, navigation, rename, symbols, quick fixes and code lenses for `presales-yaml`.
 * `checks` (optional; the diagnostics feature's ProposalStore fits) gives the checker's latest
 * diagnostics with their data, which some quick fixes need (which property is missing); without it
 * those fixes work from the range alone.
 */
export function registerLanguageFeatures(context: vscode.ExtensionContext, checks?: LatestChecks): void {
  const documents = new EditorDocuments();
  const closedFiles = new EditorDocuments(32);
  const schema = new SchemaLoader(context.extensionUri, (message) => console.error(message));
  const lookup: CoreDiagnosticsLookup = (document) => {
    const latest = checks?.get(document.uri);
    return latest && latest.version === document.version ? latest.diagnostics : undefined;
  };
  const lenses = new ProposalCodeLensProvider(documents);
  const selector = PRESALES_SELECTOR;
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(selector, new ProposalCompletionProvider(documents, schema), ...ProposalCompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(selector, new ProposalHoverProvider(documents, schema)),
    vscode.languages.registerDefinitionProvider(selector, new ProposalDefinitionProvider(documents)),
    vscode.languages.registerReferenceProvider(selector, new ProposalReferenceProvider(documents)),
    vscode.languages.registerDocumentHighlightProvider(selector, new ProposalHighlightProvider(documents)),
    vscode.languages.registerRenameProvider(selector, new ProposalRenameProvider(documents)),
    vscode.languages.registerDocumentSymbolProvider(selector, new ProposalDocumentSymbolProvider(documents)),
    vscode.languages.registerWorkspaceSymbolProvider(new ProposalWorkspaceSymbolProvider(documents, closedFiles)),
    vscode.languages.registerCodeActionsProvider(selector, new ProposalCodeActionProvider(documents, schema, lookup), ProposalCodeActionProvider.metadata),
    vscode.languages.registerCodeLensProvider(selector, lenses),
    lenses,
    vscode.workspace.onDidChangeConfiguration((e) => { if (e.affectsConfiguration('presales.validation.highRiskThreshold')) lenses.refresh(); }),
    vscode.workspace.onDidCloseTextDocument((closed) => documents.forget(closed.uri)),
    { dispose: () => { documents.clear(); closedFiles.clear(); } },
  );
}
