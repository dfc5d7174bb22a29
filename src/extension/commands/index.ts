import * as vscode from 'vscode';
import type { DiagnosticsFeature } from '../diagnostics/diagnosticsFeature';
import { importRfp, type ImportRfpArgs } from '../rfp/importRfp';
import { newProposal, type NewProposalArgs } from './newProposal';
import { validateWorkspace } from './validateWorkspace';

/** The editor commands owned here; their return values are what tests assert on. */
export function registerEditorCommands(context: vscode.ExtensionContext, diagnostics: DiagnosticsFeature): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('presales.newProposal', (args?: NewProposalArgs) =>
      newProposal(isArgs(args) ? args : {}),
    ),
    vscode.commands.registerCommand('presales.validateWorkspace', () => validateWorkspace(diagnostics)),
    vscode.commands.registerCommand('presales.importRfp', (args?: unknown) =>
      importRfp(context.extensionUri, importArgs(args)),
    ),
  );
}

// Menus pass a uri as the first argument; only a plain object is taken as arguments.
function isArgs(value: unknown): value is NewProposalArgs {
  return typeof value === 'object' && value !== null && !(value instanceof vscode.Uri);
}

/** From the explorer's context menu the first argument is the RFP file itself; a test passes an object. */
function importArgs(value: unknown): ImportRfpArgs {
  if (value instanceof vscode.Uri) return { file: value };
  return typeof value === 'object' && value !== null ? value : {};
}
