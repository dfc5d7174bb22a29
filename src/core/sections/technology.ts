import type { TechnologyChoice } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import { markdownToPlain } from '../export/markdownText';
import { columnTable, entries, idsCell, markdownParts, plain, rich, type Column } from './columns';

type Level = 1 | 2 | 3;

function alternativeLines(t: TechnologyChoice): string[] {
  const list = Array.isArray(t.alternatives) ? t.alternatives.filter((x) => x !== null && typeof x === 'object') : [];
  return list.map((x) => (x.reason ? `${x.name ?? ''}: ${x.reason}` : (x.name ?? '')));
}

const COLUMNS = {
  area: { header: 'area', width: 3, cell: (t) => plain(t.area) },
  choice: { header: 'choice', width: 3, cell: (t) => rich(t.choice, [{ kind: 'strong', text: t.choice ?? '' }]) },
  alternatives: { header: 'alternatives', width: 5, cell: (t) => plain(alternativeLines(t).join('\n')) },
  rationale: {
    header: 'rationale',
    width: 6,
    cell: (t) => rich(markdownToPlain(t.rationale), markdownParts(t.rationale)),
  },
  components: { header: 'components', width: 3, cell: (t) => idsCell(t.components) },
  licence: { header: 'licence', width: 2, cell: (t) => plain(t.licence) },
} satisfies Record<string, Column<TechnologyChoice>>;

/** The preview links each choice to the components that use it; a customer document leaves the ids out. */
const PREVIEW_COLUMNS = ['area', 'choice', 'alternatives', 'rationale', 'components', 'licence'] as const;
const PRINTED_COLUMNS = ['area', 'choice', 'alternatives', 'rationale', 'licence'] as const;

export function technologySection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const items = entries(ctx.p.technology);
  if (items.length === 0) return;
  b.section(level, 'technology');
  columnTable(
    b,
    ctx,
    COLUMNS,
    ctx.view === 'preview' ? PREVIEW_COLUMNS : PRINTED_COLUMNS,
    items.map(([t, i]) => ({ item: t, meta: { id: `technology-${t.id ?? ''}`, path: ['technology', i] } })),
    'technology',
  );
}
