import type { Diagnostic } from '../core/diagnostic';

/** The diagnostics of one file as `validate --format json` prints them (0-based LSP positions). */
export interface FileReport {
  file: string;
  diagnostics: Array<Pick<Diagnostic, 'range' | 'severity' | 'code' | 'message'>>;
}

/** Sorted by position, then code, so output is stable whatever order the rules ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}

export function toFileReport(file: string, diagnostics: readonly Diagnostic[]): FileReport {
  return {
    file,
    diagnostics: diagnostics.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message })),
  };
}

/** `path:line:col: severity code message`, 1-based like compilers, so terminals make it clickable. */
export function textLine(file: string, d: Diagnostic): string {
  // A message is one line in this format; a multi-line message would break line-oriented tools.
  const message = d.message.replace(/\s*\n\s*/g, ' ');
  return `${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code} ${message}`;
}
