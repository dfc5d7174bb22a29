import type { Block, ExportDocument } from './documentModel';
import { label } from './exportLabels';
import { escapeMarkdownLine, escapeMarkdownOneLine, escapeMarkdownText, markdownFence } from '../text/markdownEscape';
import { safeMarkdown } from '../text/markdownSafe';

/**
 * GitHub-flavoured Markdown. Diagrams stay as ```mermaid fences (GitHub, GitLab and VS Code draw
 * them), so this format needs no browser. Plain text from the proposal is escaped so a name such as
 * `*draft* <b>` reads as written; the user's Markdown fields are re-written as safe Markdown
 * (text/markdownSafe.ts), their headings below the heading of the section they are in.
 */
export function toMarkdown(doc: ExportDocument): string {
  const out: string[] = [];
  out.push(`# ${inline(doc.title)}`, '');
  out.push(`**${inline(doc.kindTitle)}**${doc.subtitle ? ` · ${inline(doc.subtitle)}` : ''}`, '');
  if (doc.cover.length) {
    out.push(`| | |`, `|---|---|`);
    for (const [k, v] of doc.cover) out.push(`| ${cell(k)} | ${cell(v)} |`);
    out.push('');
  }
  out.push(`> ${inline(label('cover.confidentiality', doc.lang))}: ${inline(doc.confidentiality)}`, '');
  if (doc.contents) {
    out.push(`## ${inline(label('contents', doc.lang))}`, '');
    for (const b of doc.blocks) {
      if (b.type === 'heading' && b.level <= 2)
        out.push(`${'  '.repeat(b.level - 1)}- [${escapeMarkdownOneLine(b.text)}](#${anchor(b.anchor)})`);
    }
    out.push('');
  }
  // The Markdown level of the last heading written: a field's own headings go below it.
  let level = 1;
  for (const b of doc.blocks) {
    if (b.type === 'heading') level = b.level + 1;
    out.push(...block(b, level), '');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function block(b: Block, level: number): string[] {
  switch (b.type) {
    // An explicit anchor keeps the contents links working whatever the heading text (Chinese, punctuation).
    case 'heading':
      return [`<a id="${anchor(b.anchor)}"></a>`, '', `${'#'.repeat(b.level + 1)} ${escapeMarkdownOneLine(b.text)}`];
    case 'paragraph':
      return [
        b.emphasis === 'caption'
          ? `**${escapeMarkdownOneLine(b.text)}**`
          : b.emphasis === 'note'
            ? `*${escapeMarkdownOneLine(b.text)}*`
            : inline(b.text),
      ];
    case 'markdown':
      return [safeMarkdown(b.source, level)];
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${escapeMarkdownOneLine(item)}`);
    case 'table':
      return [
        `| ${b.columns.map(cell).join(' | ')} |`,
        `|${b.columns.map(() => '---').join('|')}|`,
        ...b.rows.map(
          (r) => `| ${r.map((c) => (c.bold && c.text.trim() ? `**${cell(c.text)}**` : cell(c.text))).join(' | ')} |`,
        ),
      ];
    case 'diagram':
      return [fence(b.mermaid), '', `*${escapeMarkdownOneLine(b.caption)}*`];
    case 'pageBreak':
      return ['---'];
  }
}

/** A fence longer than any backtick run inside, so a label holding ``` cannot close it early. */
function fence(source: string): string {
  return markdownFence(source.trimEnd(), 'mermaid');
}

/** Anchors are generated, but an attribute is still never closed by what it holds. */
function anchor(id: string): string {
  return id.replace(/[^\p{L}\p{N}_-]/gu, '-');
}

/** Plain text as Markdown that shows exactly that text. */
export function inline(text: string): string {
  return escapeMarkdownText(text);
}

/** Table cell text: pipes escaped and line breaks kept as `<br>` (GFM cells are one line). */
export function cell(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => escapeMarkdownLine(l.trim()))
    .join('<br>');
}
