import * as vscode from 'vscode';
import { pick } from '../../core/messages/localize';
import { MSG, format } from '../../core/language/messages';
import { prepareRename, renameEdits } from '../../core/language/rename';
import { toRange, toTextEdit } from './convert';
import type { EditorDocuments } from './editorDocuments';
import { uiLanguage } from './settings';

/** F2 on an id renames its definition and every reference in the file. */
export class ProposalRenameProvider implements vscode.RenameProvider {
  constructor(private readonly documents: EditorDocuments) {}

  prepareRename(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const prepared = prepareRename(this.documents.get(document).index, document.offsetAt(position));
    if (!prepared) throw new Error(pick(MSG.renameNotAnId, uiLanguage()));
    return { range: toRange(document, prepared.span), placeholder: prepared.id };
  }

  provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const analysed = this.documents.get(document);
    const result = renameEdits(analysed.index, document.offsetAt(position), newName.trim(), analysed.text);
    if (!result.ok) throw new Error(format(pick(result.message, uiLanguage()), ...result.args));
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, result.edits.map((e) => toTextEdit(document, e)));
    return edit;
  }
}
