import type { Block, ExportDocument } from './documentModel';
import { label } from './exportLabels';

/**
 * GitHub-flavoured Markdown. Diagrams stay as ```mermaid fences (GitHub, GitLab and VS Code draw
 * them), so this format needs no browser. Plain text from the proposal is escaped so a name such as
 * `*draft* <b>` reads as written; the user's Markdown fields are copied as Markdown.
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
      if (b.type === 'heading' && b.level <= 2) out.push(`${'  '.repeat(b.level - 1)}- [${inline(b.text)}](#${b.anchor})`);
    }
    out.push('');
  }
  for (const b of doc.blocks) out.push(...block(b), '');
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function block(b: Block): string[] {
  switch (b.type) {
    // An explicit anchor keeps the contents links working whatever the heading text (Chinese, punctuation).
    case 'heading': return [`<a id="${b.anchor}"></a>`, '', `${'#'.repeat(b.level + 1)} ${inline(b.text)}`];
    case 'paragraph': return [b.emphasis === 'caption' ? `**${inline(b.text)}**` : b.emphasis === 'note' ? `*${inline(b.text)}*` : inline(b.text)];
    case 'markdown': return [escapeRawHtml(b.source.trim())];
    case 'list': return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${inline(item).replace(/\n/g, ' ')}`);
    case 'table': return [
      `| ${b.columns.map(cell).join(' | ')} |`,
      `|${b.columns.map(() => '---').join('|')}|`,
      ...b.rows.map((r) => `| ${r.map((c) => (c.bold && c.text.trim() ? `**${cell(c.text)}**` : cell(c.text))).join(' | ')} |`),
    ];
    case 'diagram': return [fence(b.mermaid), '', `*${inline(b.caption)}*`];
    case 'pageBreak': return ['---'];
  }
}

/** A fence longer than any backtick run inside, so a label holding ``` cannot close it early. */
function fence(source: string): string {
  const longest = Math.max(2, ...(source.match(/`+/g) ?? []).map((m) => m.length));
  const f = '`'.repeat(longest + 1);
  return `${f}mermaid\n${source.trimEnd()}\n${f}`;
}

/**
 * Proposal Markdown never renders raw HTML (the preview and the other exports show it as text), so
 * the Markdown file must not carry live tags either: `<` outside code becomes `&lt;`, which every
 * Markdown viewer shows as `<`. Code spans and fenced blocks are left alone (there `&lt;` would show).
 */
export function escapeRawHtml(source: string): string {
  let fence: string | undefined;
  return source.split('\n').map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return line;
    }
    if (marker) { fence = marker; return line; }
    return line.split(/(`+[^`]*`+)/).map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;'))).join('');
  }).join('\n');
}

/** Plain text as Markdown that shows exactly that text. */
export function inline(text: string): string {
  return text
    .replace(/([\\`*_{}[\]()#+!|~>])/g, '\\$1')
    .replace(/</g, '&lt;')
    .replace(/^(\s*)(\d+)\./, '$1$2\\.')
    .replace(/^(\s*)-(\s)/, '$1\\-$2');
}

/** Table cell text: pipes escaped and line breaks kept as `<br>` (GFM cells are one line). */
export function cell(text: string): string {
  return inline(text).replace(/\r?\n/g, '<br>');
}
