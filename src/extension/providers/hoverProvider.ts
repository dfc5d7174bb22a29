import * as vscode from 'vscode';
import { fromPosition, toRange } from './convert';
import type { LanguageClient } from './languageClient';
import { highRiskThreshold } from './settings';

/** Entity summaries on ids, schema descriptions on keys and enum values (worked out in the check worker). */
export class ProposalHoverProvider implements vscode.HoverProvider {
  constructor(private readonly client: LanguageClient) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const result = await this.client.ask(
      'hover',
      document,
      { position: fromPosition(position), highRiskThreshold: highRiskThreshold(document.uri) },
      token,
    );
    if (!result) return undefined;
    const markdown = new vscode.MarkdownString(result.markdown);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(result.range));
  }
}
