import * as vscode from 'vscode';
import { fromPosition, toRange } from './convert';
import type { LanguageClient } from './languageClient';

/** A word that could be an id (the schema's id pattern); elsewhere there is nothing to ask the worker. */
const ID_WORD = /[A-Za-z][A-Za-z0-9_.-]*/;

function onIdLikeWord(document: vscode.TextDocument, position: vscode.Position): boolean {
  return document.getWordRangeAtPosition(position, ID_WORD) !== undefined;
}

/** Go to Definition, Find All References and highlights: the same id index (in the check worker), three views of it. */
export class ProposalDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideDefinition(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    if (!onIdLikeWord(document, position)) return [];
    const ranges = await this.client.ask('definition', document, { position: fromPosition(position) }, token);
    return ranges?.map((r) => new vscode.Location(document.uri, toRange(r)));
  }
}

export class ProposalReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    const ranges = await this.client.ask(
      'references',
      document,
      { position: fromPosition(position), includeDeclaration: context.includeDeclaration },
      token,
    );
    return ranges?.map((r) => new vscode.Location(document.uri, toRange(r)));
  }
}

export class ProposalHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideDocumentHighlights(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.DocumentHighlight[] | undefined> {
    // Asked on every cursor move: no round trip where no id can be.
    if (!onIdLikeWord(document, position)) return [];
    const highlights = await this.client.ask('highlights', document, { position: fromPosition(position) }, token);
    return highlights?.map(
      (h) =>
        new vscode.DocumentHighlight(
          toRange(h.range),
          h.kind === 'write' ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
        ),
    );
  }
}
