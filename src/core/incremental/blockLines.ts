/**
 * A line-by-line look at a YAML text, just enough to find where block entries start: indentation
 * and what the first character says. It never decides what the YAML means; every piece it cuts
 * out is parsed by the real parser, and anything it cannot place makes the caller parse in full.
 */

export type LineKind =
  /** only spaces (or nothing) */
  | 'blank'
  /** `# ...` */
  | 'comment'
  /** `- ...` or a lone `-`: a block sequence item */
  | 'dash'
  /** starts like a mapping key (plain or quoted) */
  | 'key'
  /** anything else at the start of a line: tabs, flow collections, tags, anchors, directives, `---` */
  | 'other';

export interface BlockLine {
  /** Offset of the line's first character. */
  readonly start: number;
  /** Offset of the next line's first character (or the text's length). */
  readonly next: number;
  /** Leading spaces. */
  readonly indent: number;
  readonly kind: LineKind;
}

export function scanLines(text: string): BlockLine[] {
  const lines: BlockLine[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const next = newline === -1 ? text.length : newline + 1;
    let indent = 0;
    while (text.charCodeAt(start + indent) === 0x20) indent++;
    lines.push({ start, next, indent, kind: kindAt(text, start + indent, start, next) });
    start = next;
  }
  return lines;
}

/** What kind of line this is when read from column `at - lineStart` (used again after a `- `). */
export function kindAt(text: string, at: number, lineStart: number, next: number): LineKind {
  if (at >= next) return 'blank';
  const c = text[at];
  if (c === '\n' || c === '\r') return 'blank';
  if (c === '#') return 'comment';
  if (c === '-') {
    const after = text[at + 1];
    if (after === undefined || after === ' ' || after === '\n' || after === '\r') return 'dash';
    // `---` at column 0 is a document marker; `-x` is a plain scalar: neither starts a key we can trust.
    return at === lineStart && text.startsWith('---', at) ? 'other' : 'key';
  }
  if (at === lineStart && text.startsWith('...', at)) return 'other';
  // Characters that start flow collections, tags, anchors, aliases, block scalars, directives,
  // explicit keys or reserved indicators: legal YAML, but not a simple `key:` entry.
  if ('\t[]{}!&*|>%@`?:,'.includes(c ?? '')) return 'other';
  return 'key';
}

/** Column of the content after a dash line's `- ` (the dash at `column`). */
export function contentColumn(text: string, line: BlockLine, column: number): number {
  let col = column + 1;
  while (text.charCodeAt(line.start + col) === 0x20) col++;
  return col;
}

/**
 * Is the entry line a key with nothing after its colon but an optional comment (`phases:`), so that
 * its value is the block below? Only then may the entry be split further.
 */
export function isBareKeyLine(text: string, line: BlockLine, column: number): boolean {
  const end = text.charCodeAt(line.next - 1) === 0x0a ? line.next - 1 : line.next;
  const content = text.slice(line.start + column, end).replace(/\r$/, '');
  return BARE_KEY.test(content);
}

// A quoted key, or a plain key without `#` or `: ` in it, then `:` and nothing but spaces and a comment.
const BARE_KEY = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s#"'](?:[^#:\n]|:(?=\S))*?) *: *(?:#.*)?$/;
