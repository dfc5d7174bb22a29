import * as vscode from 'vscode';
import { registerEditorCommands } from './commands';
import { registerDiagnostics, type ProposalStore } from './diagnostics';
import { registerExport } from './export';
import { registerAnswerRfp } from './export/answerRfp';
import { registerPreview } from './preview';
import { registerLanguageFeatures } from './providers';

/** What activate returns: tests and other extensions reach the shared state through it. */
export interface PresalesApi {
  readonly store: ProposalStore;
}

// Each feature registers itself; activate stays a list. Features do no work until a proposal is open.
export function activate(context: vscode.ExtensionContext): PresalesApi {
  const log = vscode.window.createOutputChannel('Presales', { log: true });
  context.subscriptions.push(log);
  const diagnostics = registerDiagnostics(context, log);
  registerEditorCommands(context, diagnostics);
  // The preview's renders come from the diagnostics' check worker.
  registerPreview(context, diagnostics, log);
  registerExport(context);
  registerAnswerRfp(context);
  // The language features ask the diagnostics' check worker (one worker: they reuse its parses).
  registerLanguageFeatures(context, diagnostics.store, diagnostics.language, log);
  return { store: diagnostics.store };
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
