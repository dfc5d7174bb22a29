import * as vscode from 'vscode';
import type { Diagnostic } from '../../core/diagnostic';
import { FIXABLE_CODES, type WireFixable } from '../../protocol/languageMessages';
import { toTextEdit } from './convert';
import type { LanguageClient } from './languageClient';

/** The checker's latest diagnostics (with their machine-readable data) for a document version. */
export type CoreDiagnosticsLookup = (document: vscode.TextDocument) => readonly Diagnostic[] | undefined;

/** Quick fixes for unknown references, typos, missing properties, unmitigated high risks, duplicate ids and incomplete goals, tasks, questions and plans. */
export class ProposalCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix],
  };

  constructor(
    private readonly client: LanguageClient,
    private readonly coreDiagnostics: CoreDiagnosticsLookup,
  ) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[] | undefined> {
    const fixable = context.diagnostics.filter((d) => FIXABLE_CODES.has(codeOf(d)));
    if (!fixable.length) return [];
    const core = this.coreDiagnostics(document) ?? [];
    const today = new Date().toISOString().slice(0, 10);
    const fixes = await this.client.ask(
      'codeActions',
      document,
      { diagnostics: fixable.map((d) => toFixable(d, core)), today },
      token,
    );
    return fixes?.flatMap((fix) => {
      const diagnostic = fixable[fix.diagnostic];
      if (!diagnostic) return [];
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.isPreferred;
      action.edit = new vscode.WorkspaceEdit();
      action.edit.set(document.uri, fix.edits.map(toTextEdit));
      return [action];
    });
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
function toFixable(d: vscode.Diagnostic, core: readonly Diagnostic[]): WireFixable {
  const code = codeOf(d);
  const range = {
    start: { line: d.range.start.line, character: d.range.start.character },
    end: { line: d.range.end.line, character: d.range.end.character },
  };
  const match = core.find(
    (c) =>
      c.code === code &&
      c.range.start.line === d.range.start.line &&
      c.range.start.character === d.range.start.character &&
      c.range.end.line === d.range.end.line &&
      c.range.end.character === d.range.end.character,
  );
  return match?.data ? { code, range, data: match.data } : { code, range };
}
