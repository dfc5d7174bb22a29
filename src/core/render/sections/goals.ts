import type { Goal } from '../../model';
import type { LabelKey } from '../labels';
import { renderMarkdown } from '../markdown';
import type { HtmlSectionContext } from './context';
import { badge, dataLine, entries, esc, idList, section, table } from './html';

/** The SMART parts a goal still lacks (the checker reports the same as a warning). */
export function missingSmartParts(g: Goal): LabelKey[] {
  const missing: LabelKey[] = [];
  if (!g.title) missing.push('title');
  if (g.metric === undefined || g.metric === '') missing.push('metric');
  if (g.target === undefined || g.target === '') missing.push('target');
  if (!g.deadline) missing.push('deadline');
  return missing;
}

export function renderGoals(ctx: HtmlSectionContext): string | undefined {
  const items = entries(ctx.p.goals);
  if (items.length === 0) return undefined;
  const rows = items.map(([g, i]) => {
    const missing = missingSmartParts(g);
    const smart = missing.length === 0
      ? `<span class="smart ok" title="${esc(ctx.t('smartComplete'))}">✓</span>`
      : `<span class="smart missing" title="${esc(ctx.t('smartMissing').replace('{0}', missing.map((m) => ctx.t(m)).join(', ')))}">✗</span>`;
    return {
      attrs: ` id="goal-${esc(g.id)}"${dataLine(ctx, ['goals', i])}`,
      cells: [
        `<code>${esc(g.id)}</code>`,
        `<strong>${esc(g.title)}</strong>${renderMarkdown(ctx.md, g.description)}`,
        esc(g.metric), esc(g.baseline), esc(g.target), esc(g.deadline), idList(g.requirements),
        smart + (missing.length ? ` ${badge('gap', ctx.t('smartMissing').replace('{0}', missing.map((m) => ctx.t(m)).join(', ')))}` : ''),
      ],
    };
  });
  return section(ctx, 'goals', 'goals', ['goals'],
    table(ctx, 'goals', ['id', 'title', 'metric', 'baseline', 'target', 'deadline', 'requirements', 'smart'], rows));
}
