import * as vscode from 'vscode';
import { DiagnosticsFeature } from './diagnosticsFeature';

export { DiagnosticsFeature } from './diagnosticsFeature';
export { ProposalStore } from './proposalStore';
export { CheckSnapshot } from './checkSnapshot';

/** Live diagnostics; the returned feature's `store` is shared with the other features. */
export function registerDiagnostics(
  context: vscode.ExtensionContext,
  log: vscode.LogOutputChannel,
): DiagnosticsFeature {
  const feature = new DiagnosticsFeature(context, log);
  context.subscriptions.push(feature);
  return feature;
}
