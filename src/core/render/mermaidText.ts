/**
 * Escaping for Mermaid sources. User text never reaches Mermaid's parser as syntax:
 *  - node ids are generated (`n0`, `z3`, `t12`) from an index, never derived from names, so words
 *    such as `end`, `graph` or `subgraph` cannot close a block;
 *  - every character outside a small safe set becomes a numeric entity code (`#34;`). Mermaid turns
 *    `#<digits>;` into a placeholder BEFORE parsing (encodeEntities) and back into `&#<digits>;` in
 *    the SVG (decodeEntities), so the parser never sees `"`, `:`, `;`, `#`, `%%`, brackets or arrows,
 *    and the browser shows the character as written. Numeric codes are used (not `#quot;`) because
 *    they are also valid in a standalone SVG file, which is XML.
 */

/**
 * Inside a quoted flowchart label Mermaid's parser reads everything up to the closing `"`, so most
 * punctuation can be written as it is. Only what still means something there is encoded: `"` (ends
 * the label), `#` (starts an entity code), `%` (`%%{init}%%` directives are found anywhere), `<`,
 * `>` and `&` (labels are HTML, and DOMPurify would drop a tag), a backtick (a Markdown label), `*`
 * and `_` (Markdown emphasis in labels) and `\`. Fewer codes also matters because Mermaid wraps a long label
 * character by character with SVG text labels, and a code cut in two would show as `&#4` / `1;`.
 */
const QUOTED_SAFE = /^[^"#%<>&`*_\\\p{C}\p{Z}]$/u;
/**
 * Gantt names are not quoted: besides the above, `:` ends the name, `;` ends a statement and `#` starts
 * a comment, so those are encoded too.
 */
const GANTT_SAFE = /^[^"#%<>&`*_\\:;\p{C}\p{Z}]$/u;

function encode(text: string, safe: RegExp): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\t]+/g, ' ')) {
    out += ch === ' ' || safe.test(ch) ? ch : `#${ch.codePointAt(0) ?? 32};`;
  }
  return out;
}

/** A label's text as Mermaid text for a quoted label (no surrounding quotes). Newlines become spaces. */
export function mermaidEntities(text: string): string {
  return encode(text, QUOTED_SAFE);
}

/** A quoted flowchart label: `"..."` with every unsafe character entity-coded. */
export function mermaidLabel(text: string): string {
  return `"${mermaidEntities(text)}"`;
}

/** Two lines in one quoted label (e.g. component name over its technology). */
export function mermaidLabelLines(lines: ReadonlyArray<string>): string {
  return `"${lines
    .filter((l) => l.trim() !== '')
    .map(mermaidEntities)
    .join('<br>')}"`;
}

/**
 * A gantt task or section name. Gantt names are unquoted, so besides the entity coding the FIRST
 * character is always encoded: a name starting with `section`, `title`, `excludes`, `todayMarker`...
 * would otherwise be read as that statement.
 */
export function ganttName(text: string): string {
  const trimmed = text.replace(/[\r\n\t]+/g, ' ').trim();
  if (trimmed === '') return '#8203;';
  const first = String.fromCodePoint(trimmed.codePointAt(0) ?? 32);
  return `#${first.codePointAt(0) ?? 32};${encode(trimmed.slice(first.length), GANTT_SAFE)}`;
}

/**
 * Generated ids for anything in a diagram: the same source id always gets the same Mermaid id within
 * one diagram, and the Mermaid id never contains user text.
 */
export class MermaidIds {
  private readonly bySource = new Map<string, string>();
  private next = 0;
  constructor(private readonly prefix: string) {}

  /** A fresh id, remembered for `sourceId` when it is the first time that id is seen. */
  add(sourceId: string | undefined): string {
    const id = `${this.prefix}${this.next++}`;
    if (sourceId !== undefined && !this.bySource.has(sourceId)) this.bySource.set(sourceId, id);
    return id;
  }

  get(sourceId: string | undefined): string | undefined {
    return sourceId === undefined ? undefined : this.bySource.get(sourceId);
  }
}

/** East Asian wide characters count double when a line's width is estimated. */
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/**
 * Text broken into lines of about `width` narrow characters, at spaces (a word longer than a line
 * stays whole) and between wide (CJK) characters. The lines are wrapped here, before entity coding,
 * because Mermaid's own wrapping of SVG text labels cuts between characters and could cut a code.
 */
export function wrapLabel(text: string, width: number): string[] {
  const tokens = labelTokens(text);
  const greedy = fillLines(tokens, width);
  if (greedy.lines.length < 2) return greedy.lines;
  // As many lines as the greedy fill, but not its lone last character or two ("…预训练模" / "型"):
  // of the widths that need no more lines, the one breaking most often at a space or after
  // punctuation, then the most even.
  const total = greedy.lines.reduce((n, line) => n + textWidth(line), 0);
  let best = greedy;
  for (let w = Math.ceil(total / greedy.lines.length); w < width; w++) {
    const fill = fillLines(tokens, w);
    if (fill.lines.length !== greedy.lines.length) continue;
    if (fill.goodBreaks > best.goodBreaks || (fill.goodBreaks === best.goodBreaks && fill.widest < best.widest))
      best = fill;
  }
  return best.lines;
}

/** Punctuation a line may end with: a break after it reads as a pause. */
const BREAK_AFTER = /[,;:.)\]}/，、；：。）】」]$/u;

function textWidth(s: string): number {
  return [...s].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
}

function labelTokens(text: string): string[] {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .match(
        /[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+|\S|\s/gu,
      ) ?? []
  );
}

/**
 * Tokens filled into lines of at most `width` (a token longer than a line gets one of its own), with
 * the number of breaks made at a space or after punctuation and the widest line's width.
 */
function fillLines(tokens: readonly string[], width: number): { lines: string[]; goodBreaks: number; widest: number } {
  const lines: string[] = [];
  let goodBreaks = 0;
  let widest = 0;
  let line = '';
  let used = 0;
  for (const token of tokens) {
    if (token === ' ') {
      if (line !== '') {
        line += ' ';
        used += 1;
      }
      continue;
    }
    const size = textWidth(token);
    if (used + size > width && line.trim() !== '') {
      if (line.endsWith(' ') || BREAK_AFTER.test(line)) goodBreaks++;
      lines.push(line.trimEnd());
      widest = Math.max(widest, textWidth(line.trimEnd()));
      line = '';
      used = 0;
    }
    line += token;
    used += size;
  }
  if (line.trim() !== '') {
    lines.push(line.trimEnd());
    widest = Math.max(widest, textWidth(line.trimEnd()));
  }
  return { lines, goodBreaks, widest };
}
