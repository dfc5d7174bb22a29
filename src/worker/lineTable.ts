import type { Position, Range } from '../core/diagnostic';
import type { Span } from '../core/locate';
import type { ParsedProposal } from '../core/parse';

/**
 * Offsets <-> LSP positions of ONE text, in the worker (the host never needs a line table: every
 * range it receives is already a position of the version it asked about). Same convention as
 * offsetsToRange in src/core/parse.ts: lines end at '\n', characters are UTF-16 code units.
 */
export class LineTable {
  private constructor(
    private readonly text: string,
    private readonly starts: readonly number[],
  ) {}

  /** Reuses the parse's own line starts (no second scan of the text). */
  static ofParsed(parsed: ParsedProposal): LineTable {
    return new LineTable(parsed.text, parsed.lineCounter.lineStarts);
  }

  /** For a text nobody parsed (completion answers from an older parse, see languageService.ts). */
  static ofText(text: string): LineTable {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return new LineTable(text, starts);
  }

  /** Like VS Code's offsetAt: a position past the end of its line (or of the text) is clamped. */
  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    if (start === undefined) return this.text.length;
    const next = this.starts[position.line + 1];
    let end = next === undefined ? this.text.length : next - 1;
    if (end > start && this.text.charCodeAt(end - 1) === 13 /* \r of a CRLF */) end--;
    return Math.min(start + Math.max(0, position.character), end);
  }

  positionAt(offset: number): Position {
    const at = Math.max(0, Math.min(offset, this.text.length));
    // Last line start <= at (binary search: symbols and lenses convert thousands of spans at 10k lines).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - (this.starts[lo] ?? 0) };
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.offset), end: this.positionAt(span.offset + span.length) };
  }

  /** The span of a range (a diagnostic VS Code shows, to fix). */
  span(range: Range): Span {
    const offset = this.offsetAt(range.start);
    return { offset, length: Math.max(0, this.offsetAt(range.end) - offset) };
  }
}
