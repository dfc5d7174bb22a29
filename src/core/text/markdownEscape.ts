/**
 * Plain text written into a Markdown file so that every CommonMark/GFM reader shows exactly that
 * text. CommonMark lets any ASCII punctuation be backslash-escaped and an escaped character is always
 * literal, so the rule is exact rather than an approximation of code spans, links or HTML: every
 * punctuation character that can start markup is escaped, wherever it is. Left as they are: `, . ;
 * ' " ? / % @ :` (never markup on their own), and `- + =` except at the start of a line (a list item,
 * a setext underline), like a `.` or `)` after a line's leading digits (an ordered list). Each line is treated alike, so "Line one\n===\n- x" stays one paragraph
 * of three lines (hard breaks) instead of a heading and a list.
 */
const MARKUP = /[\\`*_{}[\]()<>#!|~&$^]/g;

export function escapeMarkdownLine(line: string): string {
  return line
    .replace(MARKUP, '\\$&')
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Multi-line plain text as one Markdown paragraph: every line escaped, leading indentation dropped
 * (four spaces would start a code block), line breaks kept as hard breaks, blank lines kept as
 * paragraph breaks.
 */
export function escapeMarkdownText(text: string): string {
  const paragraphs = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n+/);
  return paragraphs
    .map((p) =>
      p
        .split('\n')
        .map((l) => escapeMarkdownLine(l.trim()))
        .filter((l) => l !== '')
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/** One line of text for a place that holds one line (a heading, a list item): breaks become spaces. */
export function escapeMarkdownOneLine(text: string): string {
  return escapeMarkdownLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** A code span holding `code` verbatim: a backtick run longer than any inside, padded when needed. */
export function markdownCodeSpan(code: string): string {
  const flat = code.replace(/\r?\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(flat) && flat.trim() !== '' ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A fenced block holding `code` verbatim: the fence is longer than any backtick run inside. */
export function markdownFence(code: string, info: string): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${code.replace(/\n$/, '')}\n${f}`;
}
