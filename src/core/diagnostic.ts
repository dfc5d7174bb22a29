/**
 * What the checker reports. Positions are 0-based line/character as in LSP and VS Code; the CLI
 * adds 1 for its text output. Ranges are computed from byte offsets only at this edge.
 */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Position {
  line: number;
  character: number;
}
export interface Range {
  start: Position;
  end: Position;
}

export interface Diagnostic {
  /** Stable code, e.g. `PS201`; documented in docs/diagnostics.md. */
  code: string;
  severity: Severity;
  range: Range;
  /** Already localised (see messages.ts). */
  message: string;
  /** Offsets into the text, for quick fixes and tests: [start, end). */
  offset: number;
  length: number;
  /** Extra machine-readable facts quick fixes need (the missing id, the cycle...). */
  data?: Record<string, string | number | string[]>;
}
