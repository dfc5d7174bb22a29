import * as vscode from 'vscode';
import { definitionsAt } from '../../core/language/definition';
import { highlightsAt } from '../../core/language/highlights';
import { referencesAt } from '../../core/language/references';
import { toRange } from './convert';
import type { EditorDocuments } from './editorDocuments';

/** A word that could be an id (the schema's id pattern); elsewhere there is nothing to parse for. */
const ID_WORD = /[A-Za-z][A-Za-z0-9_.-]*/;

function onIdLikeWord(document: vscode.TextDocument, position: vscode.Position): boolean {
  return document.getWordRangeAtPosition(position, ID_WORD) !== undefined;
}

/** Go to Definition, Find All References and highlights: the same id index, three views of it. */
export class ProposalDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly documents: EditorDocuments) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] {
    if (!onIdLikeWord(document, position)) return [];
    const { index } = this.documents.get(document);
    return definitionsAt(index, document.offsetAt(position)).map((d) => new vscode.Location(document.uri, toRange(document, d.span)));
  }
}

export class ProposalReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly documents: EditorDocuments) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position, context: vscode.ReferenceContext): vscode.Location[] {
    const { index } = this.documents.get(document);
    return referencesAt(index, document.offsetAt(position), context.includeDeclaration)
      .map((span) => new vscode.Location(document.uri, toRange(document, span)));
  }
}

export class ProposalHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly documents: EditorDocuments) {}

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] {
    // Asked on every cursor move: skip the parse where no id can be.
    if (!onIdLikeWord(document, position)) return [];
    const { index } = this.documents.get(document);
    return highlightsAt(index, document.offsetAt(position)).map((h) => new vscode.DocumentHighlight(
      toRange(document, h.span), h.kind === 'write' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read));
  }
}
