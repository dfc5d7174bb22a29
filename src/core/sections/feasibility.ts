import type { FeasibilityAssessment } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Cell } from '../export/documentModel';
import { label, valueLabel } from '../export/exportLabels';
import { markdownToPlain } from '../export/markdownText';
import { formatNumber, money } from './money';
import { columnTable, entries, markdownParts, plain, rich, type Column } from './columns';

type Level = 1 | 2 | 3;

/** A 1..5 rating as stars in HTML; the number on paper. */
function ratingCell(rating: unknown): Cell {
  if (typeof rating !== 'number') return plain(rating);
  const full = Math.max(0, Math.min(5, Math.round(rating)));
  return rich(rating, [
    { kind: 'mark', cls: 'rating', text: `${'★'.repeat(full)}${'☆'.repeat(5 - full)}`, title: `${rating}/5` },
  ]);
}

const COLUMNS = {
  dimension: { header: 'dimension', width: 2, cell: (d, ctx) => plain(valueLabel(d.dimension, ctx.lang)) },
  stars: { header: 'rating', width: 1, cell: (d) => ratingCell(d.rating) },
  rating: { header: 'col.rating', width: 1, cell: (d) => ratingCell(d.rating) },
  rationale: {
    header: 'rationale',
    width: 8,
    cell: (d) => rich(markdownToPlain(d.rationale), markdownParts(d.rationale)),
  },
} satisfies Record<string, Column<FeasibilityAssessment>>;

const PREVIEW_COLUMNS = ['dimension', 'stars', 'rationale'] as const;
const PRINTED_COLUMNS = ['dimension', 'rating', 'rationale'] as const;

export function feasibilitySection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const { lang, cost } = ctx;
  const f = ctx.p.feasibility;
  if (!f) return;
  const preview = ctx.view === 'preview';
  b.section(level, 'feasibility');
  if (f.verdict === 'go' || f.verdict === 'conditional' || f.verdict === 'no-go' || (!preview && f.verdict)) {
    const text = `${label('verdict', lang)}: ${label(f.verdict, lang)}`;
    b.push(
      preview
        ? {
            type: 'paragraph',
            text,
            cls: 'verdict',
            path: ['feasibility', 'verdict'],
            parts: [
              { kind: 'text', text: `${label('verdict', lang)}: ` },
              { kind: 'badge', cls: `verdict-${f.verdict}`, text: label(f.verdict, lang) },
            ],
          }
        : { type: 'paragraph', text, emphasis: 'caption' },
    );
  }
  b.markdown(f.summary);
  const dims = entries(f.dimensions);
  if (dims.length)
    columnTable(
      b,
      ctx,
      COLUMNS,
      preview ? PREVIEW_COLUMNS : PRINTED_COLUMNS,
      dims.map(([d, i]) => ({ item: d, meta: { path: ['feasibility', 'dimensions', i] } })),
      'feasibility',
    );
  const ben = f.benefits;
  if (!ben || (ben.annualBenefit === undefined && ben.paybackMonths === undefined)) return;
  if (preview) {
    const text = `${label('benefits', lang)}: ${formatNumber(lang, ben.annualBenefit)} · ${label('payback', lang)}: ${formatNumber(lang, ben.paybackMonths)}`;
    b.push({ type: 'paragraph', text, path: ['feasibility', 'benefits'] });
  } else {
    const rows: string[][] = [];
    if (ben.annualBenefit !== undefined)
      rows.push([label('benefits', lang), money(ben.annualBenefit, cost.currency || 'USD', lang)]);
    if (ben.paybackMonths !== undefined) rows.push([label('payback', lang), String(ben.paybackMonths)]);
    b.table(['name', 'amount'], rows, [3, 2]);
  }
  b.markdown(ben.notes);
}
