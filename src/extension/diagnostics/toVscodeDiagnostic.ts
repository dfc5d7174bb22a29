import * as vscode from 'vscode';
import type { Diagnostic, Severity } from '../../core/diagnostic';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'presales';

/** Core diagnostic -> VS Code's, with the code linking to its section of docs/diagnostics.md. */
export function toVscodeDiagnostic(d: Diagnostic, docsFile: vscode.Uri): vscode.Diagnostic {
  const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  const out = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  out.source = DIAGNOSTIC_SOURCE;
  // Markdown heading anchors are lower-case: "## PS201 ..." -> #ps201...
  out.code = { value: d.code, target: docsFile.with({ fragment: d.code.toLowerCase() }) };
  return out;
}
