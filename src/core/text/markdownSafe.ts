import MarkdownIt from 'markdown-it';
import { isAllowedLink } from './links';
import { escapeMarkdownLine, markdownCodeSpan, markdownFence } from './markdownEscape';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/**
 * A proposal's Markdown field re-written as Markdown that is safe to hand to any viewer (GitHub,
 * GitLab, VS Code): the field is parsed by markdown-it with raw HTML off, exactly as the preview
 * reads it, and the token stream is serialised again. So what the customer's viewer shows is what
 * the preview showed, whatever the field held:
 *  - text is escaped character by character (escapeMarkdownLine), so raw HTML, stray backticks or
 *    entities in it stay text;
 *  - links keep only http, https and mailto targets, otherwise their text remains;
 *  - an image becomes a link to it (or only its description when the target is not allowed): an
 *    exported file never fetches anything;
 *  - a fence stays code, with the info string `text`, so a ```mermaid block is never drawn;
 *  - a heading inside a field becomes a heading below `headingLevel` (the section's level), or a
 *    bold line when that would pass level 6.
 */
export function safeMarkdown(source: string, headingLevel: number): string {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false });
  md.validateLink = (url: string): boolean => isAllowedLink(url);
  return new Serializer(headingLevel).blocks(md.parse(source, {}));
}

interface Frame {
  lines: string[];
  kind: 'root' | 'quote' | 'item';
  marker?: string;
  tight?: boolean;
}

class Serializer {
  private readonly frames: Frame[] = [{ lines: [], kind: 'root' }];
  private readonly lists: Array<{ ordered: boolean; next: number; tight: boolean }> = [];
  private heading: number | undefined;
  private table: { rows: string[][]; header: number } | undefined;

  constructor(private readonly headingLevel: number) {}

  blocks(tokens: readonly Token[]): string {
    tokens.forEach((t, i) => {
      if (t.type === 'bullet_list_open' || t.type === 'ordered_list_open') t.meta = { tight: isTight(tokens, i) };
      this.token(t);
    });
    return (this.frames[0]?.lines ?? [])
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private get top(): Frame {
    return this.frames[this.frames.length - 1];
  }

  /** A finished block inside the current container, separated from the previous one. */
  private emit(text: string, tight = false): void {
    const f = this.top;
    if (f.lines.length && !tight && !f.tight) f.lines.push('');
    f.lines.push(...text.split('\n'));
  }

  private token(t: Token): void {
    switch (t.type) {
      case 'heading_open':
        this.heading = Number(t.tag.slice(1));
        break;
      case 'heading_close':
        this.heading = undefined;
        break;
      case 'paragraph_open':
      case 'paragraph_close':
        break;
      case 'blockquote_open':
        this.frames.push({ lines: [], kind: 'quote' });
        break;
      case 'blockquote_close':
        this.close(
          (l) => (l === '' ? '>' : `> ${l}`),
          () => '',
        );
        break;
      case 'bullet_list_open':
        this.lists.push({ ordered: false, next: 1, tight: tightOf(t) });
        break;
      case 'ordered_list_open':
        this.lists.push({ ordered: true, next: Number(t.attrGet('start') ?? 1) || 1, tight: tightOf(t) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        this.lists.pop();
        break;
      case 'list_item_open': {
        const list = this.lists[this.lists.length - 1];
        const marker = list?.ordered ? `${list.next++}.` : '-';
        this.frames.push({ lines: [], kind: 'item', marker, tight: list?.tight ?? false });
        break;
      }
      case 'list_item_close': {
        const frame = this.top;
        const marker = frame.marker ?? '-';
        const indent = ' '.repeat(marker.length + 1);
        const parentList = this.lists[this.lists.length - 1];
        this.close(
          (l, i) => (i === 0 ? `${marker} ${l}` : l === '' ? '' : `${indent}${l}`),
          () => `${marker} `,
          parentList?.tight ?? false,
        );
        break;
      }
      case 'inline':
        this.inline(t);
        break;
      case 'fence':
      case 'code_block':
        this.emit(markdownFence(t.content, 'text'));
        break;
      case 'hr':
        this.emit('***');
        break;
      case 'table_open':
        this.table = { rows: [], header: 0 };
        break;
      case 'thead_close':
        if (this.table) this.table.header = this.table.rows.length;
        break;
      case 'tr_open':
        this.table?.rows.push([]);
        break;
      case 'table_close':
        this.closeTable();
        break;
      default:
        break;
    }
  }

  /** Closes a container, prefixing its lines, and adds the result to its parent. */
  private close(prefix: (line: string, i: number) => string, empty: () => string, tight = false): void {
    const frame = this.frames.pop() as Frame;
    const text = frame.lines.length ? frame.lines.map(prefix).join('\n') : empty();
    this.emit(text, tight);
  }

  private inline(t: Token): void {
    const text = inlineMarkdown(t.children ?? []);
    if (this.table) {
      this.table.rows[this.table.rows.length - 1]?.push(text.replace(/\n/g, ' ').replace(/\|/g, '\\|'));
      return;
    }
    if (this.heading !== undefined) {
      const level = this.headingLevel + this.heading;
      const one = text.replace(/\\?\n/g, ' ');
      this.emit(level <= 6 ? `${'#'.repeat(level)} ${one}` : `**${one}**`);
      return;
    }
    this.emit(text, this.top.kind === 'item' && this.top.lines.length === 0);
  }

  private closeTable(): void {
    const table = this.table;
    this.table = undefined;
    if (!table || table.rows.length === 0) return;
    const width = Math.max(...table.rows.map((r) => r.length));
    const row = (cells: string[]): string =>
      `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    const [head = [], ...body] = table.rows;
    this.emit([row(head), `|${Array.from({ length: width }, () => '---').join('|')}|`, ...body.map(row)].join('\n'));
  }
}

/** markdown-it marks the paragraphs of a tight list hidden; a list is tight when its own are. */
function isTight(tokens: readonly Token[], open: number): boolean {
  const level = tokens[open]?.level ?? 0;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.level === level) return true;
    if (t.type === 'paragraph_open' && t.level === level + 2) return t.hidden;
  }
  return true;
}

function tightOf(t: Token): boolean {
  const meta: unknown = t.meta;
  return typeof meta === 'object' && meta !== null && 'tight' in meta && meta.tight === true;
}

/** An inline token stream as Markdown. */
function inlineMarkdown(children: readonly Token[]): string {
  let out = '';
  const links: Array<string | undefined> = [];
  for (const c of children) {
    switch (c.type) {
      case 'text':
        out += escapeMarkdownLine(c.content);
        break;
      case 'code_inline':
        out += markdownCodeSpan(c.content);
        break;
      case 'softbreak':
        out += '\n';
        break;
      case 'hardbreak':
        out += '\\\n';
        break;
      case 'strong_open':
      case 'strong_close':
        out += '**';
        break;
      case 'em_open':
      case 'em_close':
        out += '*';
        break;
      case 's_open':
      case 's_close':
        out += '~~';
        break;
      case 'link_open': {
        const href = String(c.attrGet('href') ?? '');
        const ok = isAllowedLink(href);
        links.push(ok ? href : undefined);
        if (ok) out += '[';
        break;
      }
      case 'link_close': {
        const href = links.pop();
        if (href !== undefined) out += `](${linkTarget(href)})`;
        break;
      }
      case 'image': {
        const src = String(c.attrGet('src') ?? '');
        const alt = escapeMarkdownLine(c.content);
        out += isAllowedLink(src) ? `[${alt || escapeMarkdownLine(src)}](${linkTarget(src)})` : alt;
        break;
      }
      default:
        out += escapeMarkdownLine(c.content);
        break;
    }
  }
  return out;
}

/** A link destination in `<...>` form, which cannot end early or hold a line break. */
function linkTarget(href: string): string {
  return `<${href.replace(/[\s<>\\]/g, (ch) => `%${(ch.codePointAt(0) ?? 32).toString(16).toUpperCase().padStart(2, '0')}`)}>`;
}
