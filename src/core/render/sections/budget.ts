import { BUDGET_CATEGORIES } from '../../model';
import { renderMarkdown } from '../markdown';
import { visible, type HtmlSectionContext } from './context';
import { badge, dataLine, entries, esc, formatNumber, internalBadge, section, sub, table } from './html';
import { enumLabel } from '../enumLabels';

export function renderBudget(ctx: HtmlSectionContext): string | undefined {
  const b = ctx.p.budget;
  if (!b) return undefined;
  const cost = ctx.cost;
  const money = (n: number | undefined): string => formatNumber(ctx, n);
  const lines = entries(b.lines).filter(([l]) => visible(ctx, l));
  let body = table(
    ctx,
    'budget-lines',
    ['item', 'category', 'quantity', 'unitCost', 'amount'],
    lines.map(([l, i]) => ({
      attrs: ` id="budget-${esc(l.id)}"${dataLine(ctx, ['budget', 'lines', i])}`,
      cells: [
        `${esc(l.item)}${internalBadge(ctx, l)}${l.notes ? `<br><small>${esc(l.notes)}</small>` : ''}`,
        esc(enumLabel(l.category, ctx.lang)),
        `${esc(l.quantity ?? 1)}${l.unit ? ` ${esc(l.unit)}` : ''}`,
        money(l.unitCost),
        money((l.quantity ?? 1) * (l.unitCost ?? 0)),
      ],
    })),
  );
  const rows = BUDGET_CATEGORIES.filter((c) => (cost.byCategory[c] ?? 0) !== 0).map(
    (c) =>
      `<tr><th>${esc(c === 'labour' ? ctx.t('labour') : enumLabel(c, ctx.lang))}</th><td class="num">${money(cost.byCategory[c])}</td></tr>`,
  );
  rows.push(`<tr class="subtotal"><th>${esc(ctx.t('subtotal'))}</th><td class="num">${money(cost.subtotal)}</td></tr>`);
  if (cost.contingency)
    rows.push(
      `<tr><th>${esc(ctx.t('contingency').replace('{0}', String(cost.contingencyPercent)))}</th><td class="num">${money(cost.contingency)}</td></tr>`,
    );
  rows.push(
    `<tr class="total"><th>${esc(ctx.t('total'))} (${esc(cost.currency)})</th><td class="num">${money(cost.total)}</td></tr>`,
  );
  if (cost.cap !== undefined) {
    const over = cost.total > cost.cap;
    rows.push(
      `<tr class="${over ? 'over-cap' : ''}"><th>${esc(ctx.t('cap'))}</th><td class="num">${money(cost.cap)}${over ? ` ${badge('gap', '!')}` : ''}</td></tr>`,
    );
  }
  body += sub(ctx, 'totalsByCategory', `<table class="budget-totals"><tbody>${rows.join('\n')}</tbody></table>\n`);
  if (ctx.audience === 'internal') {
    const notes = renderMarkdown(ctx.md, b.internalNotes);
    if (notes)
      body += `<div class="internal-block"${dataLine(ctx, ['budget', 'internalNotes'])}>${sub(ctx, 'internalNotes', notes, ` ${badge('internal', ctx.t('internal'))}`)}</div>\n`;
  }
  return section(ctx, 'budget', 'budget', ['budget'], body);
}
