// Source positions computed independently of the code under test (plain line counting), so tests
// compare what the checker, the language features or the CLI report with the real place in the text.
import * as assert from 'node:assert/strict';

/** Zero-based line and UTF-16 column, as in LSP and VS Code. */
export interface LineColumn {
  line: number;
  character: number;
}
export interface LineColumnRange {
  start: LineColumn;
  end: LineColumn;
}

/** Offset -> line/column. Only '\n' ends a line (a '\r' before it counts as a column). */
export function positionAt(text: string, offset: number): LineColumn {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Line/column -> offset; throws when the line does not exist. */
export function offsetAt(text: string, position: LineColumn): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const end = text.indexOf('\n', offset);
    if (end < 0) throw new Error(`text has no line ${position.line} (it has ${line + 1})`);
    offset = end + 1;
  }
  return offset + position.character;
}

/** Offset of the `n`-th occurrence (0-based) of `needle`, plus `delta`; throws when there is none. */
export function offsetOf(text: string, needle: string, delta = 0, n = 0): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${n} not in text`);
  }
  return at + delta;
}

/** The range of the `nth` occurrence of `needle`, searching from the first `after` when given. */
export function rangeOf(text: string, needle: string, nth = 0, after?: string): LineColumnRange {
  let from = after === undefined ? 0 : text.indexOf(after);
  assert.ok(from >= 0, `text has no ${JSON.stringify(after)}`);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, from);
    assert.ok(at >= 0, `text has no occurrence ${i} of ${JSON.stringify(needle)}`);
    from = at + 1;
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}
