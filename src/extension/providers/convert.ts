import * as vscode from 'vscode';
import type { Span } from '../../core/locate';
import type { TextEdit } from '../../core/language/textEdit';

/** Core offsets → VS Code ranges, only here at the edge. */
export function toRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.offset), document.positionAt(span.offset + span.length));
}

export function toTextEdit(document: vscode.TextDocument, edit: TextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(document, { offset: edit.offset, length: edit.length }), edit.newText);
}
