import * as vscode from 'vscode';
import { hoverAt } from '../../core/language/hover';
import { toRange } from './convert';
import type { EditorDocuments } from './editorDocuments';
import type { SchemaLoader } from './schemaLoader';
import { highRiskThreshold, uiLanguage } from './settings';

/** Entity summaries on ids, schema descriptions on keys and enum values. */
export class ProposalHoverProvider implements vscode.HoverProvider {
  constructor(private readonly documents: EditorDocuments, private readonly schema: SchemaLoader) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const schema = await this.schema.get();
    const analysed = this.documents.get(document);
    const offset = document.offsetAt(position);
    // The schedule is computed only when the hover is on an id (the only place it is shown).
    const onId = analysed.index.occurrenceAt(offset) !== undefined;
    const result = hoverAt({
      text: analysed.text, offset, value: analysed.parsed.value, index: analysed.index, schema,
      lang: uiLanguage(), highRiskThreshold: highRiskThreshold(document.uri),
      ...(onId ? { schedule: analysed.schedule() } : {}),
    });
    if (!result) return undefined;
    const markdown = new vscode.MarkdownString(result.markdown);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, toRange(document, result.span));
  }
}
