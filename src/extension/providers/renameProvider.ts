import * as vscode from 'vscode';
import { fromPosition, toRange, toTextEdit } from './convert';
import type { LanguageClient } from './languageClient';

/** F2 on an id renames its definition and every reference in the file (edits worked out in the check worker). */
export class ProposalRenameProvider implements vscode.RenameProvider {
  constructor(private readonly client: LanguageClient) {}

  async prepareRename(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<{ range: vscode.Range; placeholder: string } | undefined> {
    const prepared = await this.client.ask('prepareRename', document, { position: fromPosition(position) }, token);
    if (!prepared) return undefined;
    // VS Code shows a thrown error's message (already in the UI language) instead of the rename box.
    if (!prepared.ok) throw new Error(prepared.message);
    return { range: toRange(prepared.range), placeholder: prepared.placeholder };
  }

  async provideRenameEdits(
    document: vscode.TextDocument,
    position: vscode.Position,
    newName: string,
    token: vscode.CancellationToken,
  ): Promise<vscode.WorkspaceEdit | undefined> {
    const result = await this.client.ask('rename', document, { position: fromPosition(position), newName }, token);
    if (!result) return undefined;
    if (!result.ok) throw new Error(result.message);
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, result.edits.map(toTextEdit));
    return edit;
  }
}
