import * as vscode from 'vscode';
import { completeAt, type CompletionEntry } from '../../core/language/completion';
import { toRange } from './convert';
import type { EditorDocuments } from './editorDocuments';
import type { SchemaLoader } from './schemaLoader';
import { uiLanguage } from './settings';

const KIND: Record<CompletionEntry['kind'], vscode.CompletionItemKind> = {
  property: vscode.CompletionItemKind.Property,
  object: vscode.CompletionItemKind.Module,
  enum: vscode.CompletionItemKind.EnumMember,
  reference: vscode.CompletionItemKind.Reference,
  value: vscode.CompletionItemKind.Value,
};

/** Keys, enum values and ids at the cursor, from the schema and the id index. */
export class ProposalCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '-'];

  constructor(private readonly documents: EditorDocuments, private readonly schema: SchemaLoader) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const schema = await this.schema.get();
    const text = document.getText();
    const offset = document.offsetAt(position);
    const entries = completeAt({ text, offset, index: this.documents.getRecent(document).index, schema, lang: uiLanguage() });
    return entries.map((e) => toItem(document, e));
  }
}

function toItem(document: vscode.TextDocument, e: CompletionEntry): vscode.CompletionItem {
  const item = new vscode.CompletionItem(e.labelDetail !== undefined ? { label: e.label, description: e.labelDetail } : e.label, KIND[e.kind]);
  item.insertText = e.isSnippet ? new vscode.SnippetString(e.insertText) : e.insertText;
  item.sortText = e.sortText;
  if (e.filterText !== undefined) item.filterText = e.filterText;
  if (e.detail !== undefined) item.detail = e.detail;
  if (e.documentation !== undefined) item.documentation = new vscode.MarkdownString(e.documentation);
  if (e.range) item.range = toRange(document, e.range);
  // Keys with a body open the next completion right away (a new `- ` item offers its keys).
  if (e.isSnippet && /\n/.test(e.insertText)) item.command = { command: 'editor.action.triggerSuggest', title: '' };
  return item;
}
