import { renderMarkdown, renderMarkdownInline } from '../markdown';
import type { HtmlSectionContext } from './context';
import { badge, dataLine, entries, esc, idList, section, sub, table } from './html';

/** Value propositions for everyone; competitors and negotiation notes only in the internal view. */
export function renderSales(ctx: HtmlSectionContext): string | undefined {
  const s = ctx.p.sales;
  if (!s) return undefined;
  let body = '';
  const values = entries(s.valuePropositions);
  if (values.length) {
    body += `<ul class="value-propositions">${values.map(([v, i]) => `<li${dataLine(ctx, ['sales', 'valuePropositions', i])}><strong>${esc(v.title)}</strong> ${renderMarkdownInline(ctx.md, v.description)} ${idList(v.requirements)}</li>`).join('\n')}</ul>\n`;
  }
  if (ctx.audience === 'internal') {
    const internal = ` ${badge('internal', ctx.t('internal'))}`;
    const competitors = entries(s.competitors);
    if (competitors.length) {
      body += `<div class="internal-block"${dataLine(ctx, ['sales', 'competitors'])}>${sub(
        ctx,
        'competitors',
        table(
          ctx,
          'competitors',
          ['name', 'strengths', 'weaknesses', 'ourAdvantage'],
          competitors.map(([c, i]) => ({
            attrs: dataLine(ctx, ['sales', 'competitors', i]),
            cells: [esc(c.name), esc(c.strengths), esc(c.weaknesses), esc(c.ourAdvantage)],
          })),
        ),
        internal,
      )}</div>\n`;
    }
    const notes = renderMarkdown(ctx.md, s.negotiationNotes);
    if (notes)
      body += `<div class="internal-block"${dataLine(ctx, ['sales', 'negotiationNotes'])}>${sub(ctx, 'negotiationNotes', notes, internal)}</div>\n`;
  }
  if (!body) return undefined;
  return section(ctx, 'sales', 'sales', ['sales'], body);
}
