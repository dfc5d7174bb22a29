import type { Risk } from '../../model';
import { renderMarkdownInline } from '../markdown';
import { visible, type HtmlSectionContext } from './context';
import { dataLine, entries, esc, internalBadge, section, sub, table } from './html';
import { enumLabel } from '../enumLabels';
import { riskLevel, riskScale, riskScore } from '../../risk';

/** The matrix cell's and the score's class: heat-high, heat-medium or heat-low. */
function heat(ctx: HtmlSectionContext, score: number): string {
  return `heat-${riskLevel(score, ctx.highRiskThreshold)}`;
}

/** Likelihood rows from 5 (top) to 1, impact columns from 1 to 5; each risk id in its cell. */
function matrix(ctx: HtmlSectionContext, risks: ReadonlyArray<[Risk, number]>): string {
  let rows = '';
  for (let l = 5; l >= 1; l--) {
    rows += `<tr><th>${l}</th>`;
    for (let i = 1; i <= 5; i++) {
      const here = risks.filter(([r]) => riskScale(r.likelihood) === l && riskScale(r.impact) === i);
      const chips = here.map(([r, idx]) => `<span class="risk-chip"${dataLine(ctx, ['risks', idx])} title="${esc(r.title)}">${esc(r.id)}</span>`).join(' ');
      rows += `<td class="risk-cell ${heat(ctx, l * i)}" data-likelihood="${l}" data-impact="${i}">${chips}</td>`;
    }
    rows += '</tr>\n';
  }
  const impactHead = [1, 2, 3, 4, 5].map((i) => `<th>${i}</th>`).join('');
  return `<table class="risk-matrix"><caption>${esc(ctx.t('likelihood'))} ↑ · ${esc(ctx.t('impact'))} →</caption>`
    + `<thead><tr><th></th>${impactHead}</tr></thead><tbody>\n${rows}</tbody></table>\n`;
}

export function renderRisks(ctx: HtmlSectionContext): string | undefined {
  const risks = entries(ctx.p.risks).filter(([r]) => visible(ctx, r));
  if (risks.length === 0) return undefined;
  let body = sub(ctx, 'riskMatrix', matrix(ctx, risks));
  const sorted = [...risks].sort((a, b) => (riskScore(b[0]) ?? 0) - (riskScore(a[0]) ?? 0));
  body += sub(ctx, 'riskRegister', table(ctx, 'risk-register', ['id', 'title', 'category', 'likelihood', 'impact', 'score', 'owner', 'prevention', 'contingencyPlan', 'status'],
    sorted.map(([r, i]) => {
      const score = riskScore(r);
      return {
        attrs: ` id="risk-${esc(r.id)}"${dataLine(ctx, ['risks', i])}`,
        cells: [`<code>${esc(r.id)}</code>`, `${esc(r.title)}${internalBadge(ctx, r)}`, esc(enumLabel(r.category, ctx.lang)), esc(r.likelihood), esc(r.impact),
          score === undefined ? '' : `<span class="score ${heat(ctx, score)}">${score}</span>`, esc(r.owner),
          renderMarkdownInline(ctx.md, r.prevention), renderMarkdownInline(ctx.md, r.contingency), esc(enumLabel(r.status, ctx.lang))],
      };
    })));
  return section(ctx, 'risks', 'risks', ['risks'], body);
}
