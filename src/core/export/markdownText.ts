import { fieldMarkdown, type MarkdownRenderer } from '../render/markdown';

type Token = ReturnType<MarkdownRenderer['parse']>[number];

/**
 * The user's Markdown fields, read with markdown-it (raw HTML off) and turned into what a format
 * without Markdown needs: plain text for table cells and spreadsheets, or paragraphs of styled runs
 * for Word. Raw HTML in a field is therefore shown as the text it is, never interpreted.
 */
export interface TextRunSpec {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
}
export interface ParagraphSpec {
  runs: TextRunSpec[];
  /** Bullet or numbered list item, with nesting level from 0. */
  list?: { ordered: boolean; level: number };
  /** A heading inside a Markdown field is shown as a bold paragraph, not a document heading. */
  strong?: boolean;
}

export function markdownToParagraphs(source: string | undefined): ParagraphSpec[] {
  if (!source || !source.trim()) return [];
  const tokens = fieldMarkdown().parse(source, {});
  const out: ParagraphSpec[] = [];
  const lists: boolean[] = [];
  let inHeading = false;
  let tableRow: string[] | undefined;
  for (const t of tokens) {
    switch (t.type) {
      case 'bullet_list_open':
        lists.push(false);
        break;
      case 'ordered_list_open':
        lists.push(true);
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'heading_open':
        inHeading = true;
        break;
      case 'heading_close':
        inHeading = false;
        break;
      case 'tr_open':
        tableRow = [];
        break;
      case 'tr_close':
        if (tableRow) out.push({ runs: [{ text: tableRow.join(' | ') }] });
        tableRow = undefined;
        break;
      case 'code_block':
      case 'fence':
        for (const line of t.content.replace(/\n$/, '').split('\n')) out.push({ runs: [{ text: line, code: true }] });
        break;
      case 'inline': {
        if (tableRow) {
          tableRow.push(inlinePlain(t));
          break;
        }
        const p: ParagraphSpec = { runs: inlineRuns(t) };
        const ordered = lists[lists.length - 1];
        if (ordered !== undefined) p.list = { ordered, level: lists.length - 1 };
        if (inHeading) p.strong = true;
        out.push(p);
        break;
      }
      default:
        break;
    }
  }
  return out;
}

function inlineRuns(inline: Token): TextRunSpec[] {
  const runs: TextRunSpec[] = [];
  let bold = 0;
  let italic = 0;
  for (const c of inline.children ?? []) {
    switch (c.type) {
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic--;
        break;
      case 'code_inline':
        runs.push({ text: c.content, code: true });
        break;
      case 'softbreak':
      case 'hardbreak':
        runs.push({ text: ' ' });
        break;
      case 'text':
      case 'html_inline':
        runs.push({ text: c.content, ...(bold > 0 ? { bold: true } : {}), ...(italic > 0 ? { italic: true } : {}) });
        break;
      default:
        if (c.content) runs.push({ text: c.content });
        break;
    }
  }
  return runs;
}

function inlinePlain(inline: Token): string {
  return inlineRuns(inline)
    .map((r) => r.text)
    .join('');
}

/** Markdown as one line of plain text (paragraphs joined), for table cells and spreadsheets. */
export function markdownToPlain(source: string | undefined): string {
  return markdownToParagraphs(source)
    .map((p) => (p.list ? (p.list.ordered ? '' : '• ') : '') + p.runs.map((r) => r.text).join(''))
    .join('\n');
}
