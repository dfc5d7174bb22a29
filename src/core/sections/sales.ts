import type { Competitor, ValueProposition } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Inline } from '../export/documentModel';
import { label } from '../export/exportLabels';
import { columnTable, entries, idParts, internalParts, markdownParts, plain, type Column } from './columns';

type Level = 1 | 2 | 3;

const COMPETITOR_COLUMNS = {
  name: { header: 'name', width: 3, cell: (c) => plain(c.name) },
  strengths: { header: 'strengths', width: 4, cell: (c) => plain(c.strengths) },
  weaknesses: { header: 'weaknesses', width: 4, cell: (c) => plain(c.weaknesses) },
  ourAdvantage: { header: 'ourAdvantage', width: 4, cell: (c) => plain(c.ourAdvantage) },
} satisfies Record<string, Column<Competitor>>;

const COMPETITOR_LIST = ['name', 'strengths', 'weaknesses', 'ourAdvantage'] as const;

/** A value proposition in one line: its title in bold, its description, the requirements it answers. */
function propositionParts(v: ValueProposition): Inline[] {
  const ids = Array.isArray(v.requirements) ? v.requirements.filter((x): x is string => typeof x === 'string') : [];
  return [
    { kind: 'strong', text: v.title ?? '' },
    { kind: 'text', text: ' ' },
    ...markdownParts(v.description),
    { kind: 'text', text: ' ' },
    ...idParts(ids),
  ];
}

/** A heading followed by a badge that says the part is internal (internal reader only). */
function internalHeading(
  b: DocumentBuilder,
  ctx: DocumentContext,
  level: Level,
  key: 'competitors' | 'negotiationNotes',
): void {
  const text = label(key, ctx.lang);
  b.heading(level, text, { parts: [{ kind: 'text', text }, ...internalParts(ctx, { internal: true })] });
}

/**
 * The preview's sales view: the value propositions for everyone; the competitors and the
 * negotiation notes for the internal reader only (no customer document has them: customerView drops
 * them before any writer runs).
 */
export function salesSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const s = ctx.p.sales;
  if (!s || typeof s !== 'object') return;
  const sub: Level = level === 1 ? 2 : 3;
  const values = entries(s.valuePropositions);
  const internal = ctx.audience === 'internal';
  const competitors = internal ? entries(s.competitors) : [];
  const notes =
    internal && typeof s.negotiationNotes === 'string' && s.negotiationNotes.trim() ? s.negotiationNotes : '';
  if (!values.length && !competitors.length && !notes) return;
  b.section(level, 'sales');
  if (values.length)
    b.push({
      type: 'list',
      cls: 'value-propositions',
      // The preview draws the parts; the plain text is the title alone, so no Markdown is parsed twice.
      items: values.map(([v]) => v.title ?? ''),
      itemParts: values.map(([v]) => propositionParts(v)),
      itemPaths: values.map(([, i]) => ['sales', 'valuePropositions', i]),
    });
  if (competitors.length)
    b.within({ cls: 'internal-block', path: ['sales', 'competitors'] }, () => {
      internalHeading(b, ctx, sub, 'competitors');
      columnTable(
        b,
        ctx,
        COMPETITOR_COLUMNS,
        COMPETITOR_LIST,
        competitors.map(([c, i]) => ({ item: c, meta: { path: ['sales', 'competitors', i], internal: true } })),
        'competitors',
      );
    });
  if (notes)
    b.within({ cls: 'internal-block', path: ['sales', 'negotiationNotes'] }, () => {
      internalHeading(b, ctx, sub, 'negotiationNotes');
      b.markdown(notes);
    });
}

/** A document's "why this solution": each value proposition's title and description. */
export function valuePropositionsSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const values = entries(ctx.p.sales?.valuePropositions);
  if (!values.length) return;
  b.section(level, 'sec.valuePropositions');
  for (const [v] of values) {
    b.paragraph(v.title, 'caption');
    b.markdown(v.description);
  }
}
