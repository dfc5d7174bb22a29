import * as vscode from 'vscode';
import { toRange } from './convert';
import type { LanguageClient } from './languageClient';
import { highRiskThreshold } from './settings';

/** "2 components · 3 tasks · 1 demo" on requirements (click: where), "score 20 · high" on risks. */
export class ProposalCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  /** The threshold setting changes the risk levels. */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(
    document: vscode.TextDocument,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeLens[] | undefined> {
    // Asked after every edit: the worker answers from the parse the check of this version made.
    const lenses = await this.client.ask(
      'codeLens',
      document,
      { highRiskThreshold: highRiskThreshold(document.uri) },
      token,
    );
    return lenses?.map((lens) => {
      const range = toRange(lens.range);
      const command: vscode.Command = lens.locations.length
        ? {
            title: lens.title,
            command: 'editor.action.showReferences',
            arguments: [
              document.uri,
              range.start,
              lens.locations.map((r) => new vscode.Location(document.uri, toRange(r))),
            ],
          }
        : { title: lens.title, command: '' };
      return new vscode.CodeLens(range, command);
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
