import type { Risk } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Cell } from '../export/documentModel';
import { label } from '../export/exportLabels';
import { riskRegister, scoreShade } from '../export/tables';
import { riskLevel, riskScale, riskScore } from '../risk';
import { entries, visible } from './columns';

type Level = 1 | 2 | 3;

/** The register's columns the preview shows: all but the related ids, which the author sees in the file. */
const PREVIEW_REGISTER_COLUMNS = 10;

/** Likelihood rows from 5 (top) to 1, impact columns from 1 to 5; each risk id in its cell, coloured by its level. */
function riskMatrix(
  b: DocumentBuilder,
  ctx: DocumentContext,
  level: Level,
  risks: ReadonlyArray<[Risk, number]>,
): void {
  const { lang, highRiskThreshold } = ctx;
  const preview = ctx.view === 'preview';
  b.section(level, 'riskMatrix');
  if (!preview) b.paragraph(label('misc.matrixAxes', lang), 'note');
  const rows = [5, 4, 3, 2, 1].map((l): Cell[] => [
    { text: String(l), bold: true, parts: [{ kind: 'text', text: String(l) }] },
    ...[1, 2, 3, 4, 5].map((i): Cell => {
      const here = risks.filter(([r]) => riskScale(r.likelihood) === l && riskScale(r.impact) === i);
      const heat = riskLevel(l * i, highRiskThreshold);
      return {
        text: here.map(([r]) => r.id ?? '?').join(', '),
        shade: scoreShade(l * i, highRiskThreshold) ?? 'FFFFFF',
        heat,
        cls: `risk-cell heat-${heat}`,
        data: { likelihood: String(l), impact: String(i) },
        parts: here.flatMap(([r, idx], n) => [
          ...(n > 0 ? [{ kind: 'text' as const, text: ' ' }] : []),
          { kind: 'chip' as const, text: r.id ?? '?', title: r.title ?? '', path: ['risks', idx] },
        ]),
      };
    }),
  ]);
  const columns = ['1', '2', '3', '4', '5'];
  if (preview) {
    b.localisedTable(['', ...columns], rows, undefined, {
      cls: 'risk-matrix',
      caption: `${label('likelihood', lang)} ↑ · ${label('impact', lang)} →`,
      rowHeaders: true,
    });
  } else {
    b.localisedTable(
      [`${label('likelihood', lang)} \\ ${label('impact', lang)}`, ...columns],
      rows,
      [3, 2, 2, 2, 2, 2],
    );
  }
}

export function riskSection(b: DocumentBuilder, ctx: DocumentContext, level: Level, details: boolean): void {
  const { p, lang } = ctx;
  const risks = entries(p.risks).filter(([r]) => visible(ctx, r));
  if (risks.length === 0 && ctx.view === 'preview') return;
  b.section(level, 'risks');
  if (risks.length === 0) {
    b.none();
    return;
  }
  const sub: Level = level === 1 ? 2 : 3;
  riskMatrix(b, ctx, sub, risks);
  const reg = riskRegister(p, lang, ctx.highRiskThreshold, ctx.audience);
  b.heading(sub, reg.name);
  const keep = ctx.view === 'preview' ? PREVIEW_REGISTER_COLUMNS : reg.columns.length;
  b.localisedTable(
    reg.columns.slice(0, keep),
    reg.rows.map((r) => r.slice(0, keep)),
    reg.widths.slice(0, keep),
    { cls: 'risk-register', ...(reg.rowMeta ? { rowMeta: reg.rowMeta } : {}) },
  );
  if (!details) return;
  for (const [r] of [...risks].sort(([x], [y]) => (riskScore(y) ?? -1) - (riskScore(x) ?? -1))) {
    b.heading(sub, [r.id, r.title].filter(Boolean).join(' '));
    b.markdown(r.description);
    if (r.prevention?.trim()) {
      b.paragraph(label('prevention', lang), 'caption');
      b.markdown(r.prevention);
    }
    if (r.contingency?.trim()) {
      b.paragraph(label('contingencyPlan', lang), 'caption');
      b.markdown(r.contingency);
    }
  }
}
