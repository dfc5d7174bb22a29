import * as vscode from 'vscode';
import type { Range } from '../../core/diagnostic';
import type { WireTextEdit } from '../../protocol/languageMessages';

/** The worker's LSP ranges (already positions of the requested version) -> VS Code objects, only here at the edge. */
export function toRange(r: Range): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toTextEdit(edit: WireTextEdit): vscode.TextEdit {
  return new vscode.TextEdit(toRange(edit.range), edit.newText);
}

export function fromPosition(p: vscode.Position): { line: number; character: number } {
  return { line: p.line, character: p.character };
}
