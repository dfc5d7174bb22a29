import type { Priority } from '../../model';
import { renderMarkdownInline, renderMarkdown } from '../markdown';
import { visible, type HtmlSectionContext } from './context';
import { badge, dataLine, entries, esc, internalBadge, section, table } from './html';
import { enumLabel } from '../enumLabels';

const PRIORITIES: ReadonlyArray<Priority> = ['must', 'should', 'could', 'wont'];

export function priorityBadge(ctx: HtmlSectionContext, priority: unknown): string {
  return typeof priority === 'string' && (PRIORITIES as ReadonlyArray<string>).includes(priority)
    ? badge(`priority-${priority}`, enumLabel(priority, ctx.lang)) : '';
}

export function renderRequirements(ctx: HtmlSectionContext): string | undefined {
  const items = entries(ctx.p.requirements).filter(([r]) => visible(ctx, r));
  if (items.length === 0) return undefined;
  const rows = items.map(([r, i]) => ({
    attrs: ` id="req-${esc(r.id)}"${dataLine(ctx, ['requirements', i])}`,
    cells: [
      `<code>${esc(r.id)}</code>`,
      `<strong>${esc(r.title)}</strong>${internalBadge(ctx, r)}${renderMarkdown(ctx.md, r.description)}`,
      esc(enumLabel(r.type, ctx.lang)),
      priorityBadge(ctx, r.priority),
      renderMarkdownInline(ctx.md, r.solution),
      Array.isArray(r.acceptance) ? r.acceptance.map((a) => esc(a)).join('<br>') : '',
    ],
  }));
  return section(ctx, 'requirements', 'requirements', ['requirements'],
    table(ctx, 'requirements', ['id', 'title', 'type', 'priority', 'solution', 'acceptance'], rows));
}
