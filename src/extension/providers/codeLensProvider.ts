import * as vscode from 'vscode';
import { codeLenses } from '../../core/language/codeLens';
import { toRange } from './convert';
import type { EditorDocuments } from './editorDocuments';
import { highRiskThreshold, uiLanguage } from './settings';

/** "2 components · 3 tasks · 1 demo" on requirements (click: where), "score 20 · high" on risks. */
export class ProposalCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly documents: EditorDocuments) {}

  /** The threshold setting changes the risk levels. */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const analysed = this.documents.get(document);
    const lenses = codeLenses(analysed.index, analysed.parsed.value, { lang: uiLanguage(), highRiskThreshold: highRiskThreshold(document.uri) });
    return lenses.map((lens) => {
      const range = toRange(document, lens.span);
      const command: vscode.Command = lens.locations.length
        ? {
          title: lens.title, command: 'editor.action.showReferences',
          arguments: [document.uri, range.start, lens.locations.map((s) => new vscode.Location(document.uri, toRange(document, s)))],
        }
        : { title: lens.title, command: '' };
      return new vscode.CodeLens(range, command);
    });
  }

  dispose(): void {
    this.changed.dispose();
  }
}
