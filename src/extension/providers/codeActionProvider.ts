import * as vscode from 'vscode';
import type { Diagnostic } from '../../core/diagnostic';
import { FIXABLE_CODES, quickFixesFor, type FixableDiagnostic } from '../../core/language/quickFixes';
import type { Language } from '../../core/model';
import { toTextEdit } from './convert';
import type { EditorDocuments } from './editorDocuments';
import type { SchemaLoader } from './schemaLoader';
import { uiLanguage } from './settings';

/** The checker's latest diagnostics (with their machine-readable data) for a document version. */
export type CoreDiagnosticsLookup = (document: vscode.TextDocument) => readonly Diagnostic[] | undefined;

/** Quick fixes for unknown references, typos, missing properties, unmitigated high risks, duplicate ids and incomplete goals, tasks, questions and plans. */
export class ProposalCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly documents: EditorDocuments, private readonly schema: SchemaLoader, private readonly coreDiagnostics: CoreDiagnosticsLookup) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const fixable = context.diagnostics.filter((d) => FIXABLE_CODES.has(codeOf(d)));
    if (!fixable.length) return [];
    const schema = await this.schema.get();
    const analysed = this.documents.get(document);
    const core = this.coreDiagnostics(document) ?? [];
    const proposalLanguage = languageOf(analysed.parsed.value);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of fixable) {
      const input = toFixable(document, diagnostic, core);
      // Only a goal's missing deadline needs the plan's end; scheduling is skipped otherwise.
      const planEnd = input.code === 'PS206' ? analysed.schedule().end : undefined;
      const fixes = quickFixesFor(input, {
        parsed: analysed.parsed, index: analysed.index, schema, lang: uiLanguage(), today: new Date().toISOString().slice(0, 10),
        ...(proposalLanguage ? { contentLanguage: proposalLanguage } : {}),
        ...(planEnd ? { planEnd } : {}),
      });
      for (const fix of fixes) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.isPreferred;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.set(document.uri, fix.edits.map((e) => toTextEdit(document, e)));
        actions.push(action);
      }
    }
    return actions;
  }
}

function codeOf(d: vscode.Diagnostic): string {
  const code = d.code;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

/**
 * The core diagnostic behind a VS Code one (same code and range) carries `data` (the missing
 * property's path...); without it the fix works from the range alone.
 */
function toFixable(document: vscode.TextDocument, d: vscode.Diagnostic, core: readonly Diagnostic[]): FixableDiagnostic {
  const code = codeOf(d);
  const match = core.find((c) => c.code === code && c.range.start.line === d.range.start.line && c.range.start.character === d.range.start.character
    && c.range.end.line === d.range.end.line && c.range.end.character === d.range.end.character);
  if (match) return match;
  const offset = document.offsetAt(d.range.start);
  return { code, offset, length: document.offsetAt(d.range.end) - offset };
}

function languageOf(value: unknown): Language | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const info = (value as Record<string, unknown>)['proposal'];
  if (!info || typeof info !== 'object') return undefined;
  const lang = (info as Record<string, unknown>)['language'];
  return lang === 'en' || lang === 'zh-CN' ? lang : undefined;
}
