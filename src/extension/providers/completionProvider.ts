import * as vscode from 'vscode';
import type { WireCompletion } from '../../protocol/languageMessages';
import { fromPosition, toRange } from './convert';
import type { LanguageClient } from './languageClient';

const KIND: Record<WireCompletion['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  object: vscode.CompletionItemKind.Module,
  enum: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  value: vscode.CompletionItemKind.Value,
};

/** Keys, enum values and ids at the cursor, from the schema and the id index (in the check worker). */
export class ProposalCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '-'];

  constructor(private readonly client: LanguageClient) {}

  async provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.CompletionItem[] | undefined> {
    const entries = await this.client.ask('completion', document, { position: fromPosition(position) }, token);
    return entries?.map(toItem);
  }
}

function toItem(e: WireCompletion): vscode.CompletionItem {
  const item = new vscode.CompletionItem(
    e.labelDetail !== undefined ? { label: e.label, description: e.labelDetail } : e.label,
    KIND[e.kind],
  );
  item.insertText = e.isSnippet ? new vscode.SnippetString(e.insertText) : e.insertText;
  item.sortText = e.sortText;
  if (e.filterText !== undefined) item.filterText = e.filterText;
  if (e.detail !== undefined) item.detail = e.detail;
  if (e.documentation !== undefined) item.documentation = new vscode.MarkdownString(e.documentation);
  if (e.range) item.range = toRange(e.range);
  // Keys with a body open the next completion right away (a new `- ` item offers its keys).
  if (e.isSnippet && /\n/.test(e.insertText)) item.command = { command: 'editor.action.triggerSuggest', title: '' };
  return item;
}
