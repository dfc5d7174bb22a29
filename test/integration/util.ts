// Helpers for every integration test. Wait for state, never sleep a fixed time.
import * as vscode from 'vscode';
import { waitFor } from '../support/wait';

export { waitFor } from '../support/wait';
export { repoRoot } from '../support/repo';

/** The workspace folder the launcher opened (a fresh copy of test/integration/workspace + examples/). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs an open workspace folder');
  return folder.uri;
}

export function workspaceFile(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

export const EXTENSION_ID = 'presales-studio.presales-studio';

/** Activates the extension under test (waits for activate() to finish). */
export async function activateExtension(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not loaded in this host`);
  await ext.activate();
}

/** Opens a document and shows it in an editor; resolves when it is the active editor. */
export async function openEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

/** Opens `uri` in an editor and its preview beside it; resolves with the editor. */
export async function openPreviewToSide(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await openEditor(uri);
  await vscode.commands.executeCommand('presales.openPreviewToSide');
  return editor;
}

/**
 * Shows `uri` in column One until it is the active editor. Under load the workbench can leave focus
 * on a preview after a show (then there is no active text editor), so one show is not enough. By URI:
 * once VS Code has disposed a closed document, showing it again opens a new TextDocument object.
 */
export async function showUntilActive(uri: vscode.Uri, what: string, timeoutMs = 40_000): Promise<void> {
  const wanted = uri.toString();
  const active = (): boolean => vscode.window.activeTextEditor?.document.uri.toString() === wanted;
  await waitFor(
    async () => {
      if (active()) return true;
      await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
      return active();
    },
    what,
    timeoutMs,
    500,
  );
}

/** Diagnostics of `uri` once `accept` is true of them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (d: readonly vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<readonly vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const d = vscode.languages.getDiagnostics(uri);
      return accept(d) ? d : undefined;
    },
    what,
    timeoutMs,
  );
}

/** Closes all editors, reverting unsaved changes, so each test starts clean. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
