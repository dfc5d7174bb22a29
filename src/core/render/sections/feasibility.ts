import { renderMarkdown, renderMarkdownInline } from '../markdown';
import type { HtmlSectionContext } from './context';
import { badge, dataLine, entries, esc, formatNumber, section, table } from './html';
import { enumLabel } from '../enumLabels';

export function renderFeasibility(ctx: HtmlSectionContext): string | undefined {
  const f = ctx.p.feasibility;
  if (!f) return undefined;
  let body = '';
  if (f.verdict === 'go' || f.verdict === 'conditional' || f.verdict === 'no-go') {
    body += `<p class="verdict"${dataLine(ctx, ['feasibility', 'verdict'])}>${esc(ctx.t('verdict'))}: ${badge(`verdict-${f.verdict}`, ctx.t(f.verdict))}</p>\n`;
  }
  body += renderMarkdown(ctx.md, f.summary);
  body += table(ctx, 'feasibility', ['dimension', 'rating', 'rationale'], entries(f.dimensions).map(([d, i]) => ({
    attrs: dataLine(ctx, ['feasibility', 'dimensions', i]),
    cells: [esc(enumLabel(d.dimension, ctx.lang)), typeof d.rating === 'number' ? `<span class="rating" title="${esc(d.rating)}/5">${'★'.repeat(Math.max(0, Math.min(5, Math.round(d.rating))))}${'☆'.repeat(Math.max(0, 5 - Math.min(5, Math.round(d.rating))))}</span>` : '',
      renderMarkdownInline(ctx.md, d.rationale)],
  })));
  const b = f.benefits;
  if (b && (b.annualBenefit !== undefined || b.paybackMonths !== undefined)) {
    body += `<p${dataLine(ctx, ['feasibility', 'benefits'])}>${esc(ctx.t('benefits'))}: ${formatNumber(ctx, b.annualBenefit)} · ${esc(ctx.t('payback'))}: ${formatNumber(ctx, b.paybackMonths)}</p>\n`;
    body += renderMarkdown(ctx.md, b.notes);
  }
  return section(ctx, 'feasibility', 'feasibility', ['feasibility'], body);
}
