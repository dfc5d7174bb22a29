import type { Goal } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import { label } from '../export/exportLabels';
import type { Cell } from '../export/documentModel';
import type { LabelKey } from '../render/labels';
import { codeCell, columnTable, entries, idsCell, markdownParts, plain, rich, type Column } from './columns';

type Level = 1 | 2 | 3;

/** The SMART parts a goal still lacks (the checker reports the same as a warning). */
export function missingSmartParts(g: Goal): LabelKey[] {
  const missing: LabelKey[] = [];
  if (!g.title) missing.push('title');
  if (g.metric === undefined || g.metric === '') missing.push('metric');
  if (g.target === undefined || g.target === '') missing.push('target');
  if (!g.deadline) missing.push('deadline');
  return missing;
}

function smartCell(g: Goal, ctx: DocumentContext): Cell {
  const missing = missingSmartParts(g);
  if (missing.length === 0)
    return rich('✓', [{ kind: 'mark', cls: 'smart ok', text: '✓', title: label('smartComplete', ctx.lang) }]);
  const what = label('smartMissing', ctx.lang).replace('{0}', missing.map((m) => label(m, ctx.lang)).join(', '));
  return rich(`✗ ${what}`, [
    { kind: 'mark', cls: 'smart missing', text: '✗', title: what },
    { kind: 'text', text: ' ' },
    { kind: 'badge', cls: 'gap', text: what },
  ]);
}

const COLUMNS = {
  id: { header: 'id', width: 2, cell: (g) => codeCell(g.id) },
  title: {
    header: 'title',
    width: 6,
    cell: (g) => rich(g.title, [{ kind: 'strong', text: g.title ?? '' }, ...markdownParts(g.description, true)]),
  },
  metric: { header: 'metric', width: 4, cell: (g) => plain(g.metric) },
  baseline: { header: 'baseline', width: 2, cell: (g) => plain(g.baseline) },
  target: { header: 'target', width: 2, cell: (g) => plain(g.target) },
  deadline: { header: 'deadline', width: 3, cell: (g) => plain(g.deadline) },
  requirements: { header: 'requirements', width: 3, cell: (g) => idsCell(g.requirements) },
  linkedRequirements: { header: 'col.requirements', width: 3, cell: (g) => idsCell(g.requirements) },
  smart: { header: 'smart', width: 2, cell: smartCell },
} satisfies Record<string, Column<Goal>>;

/** The preview also grades each goal against SMART, so the author sees what is missing. */
const PREVIEW_COLUMNS = ['id', 'title', 'metric', 'baseline', 'target', 'deadline', 'requirements', 'smart'] as const;
const PRINTED_COLUMNS = ['id', 'title', 'metric', 'baseline', 'target', 'deadline', 'linkedRequirements'] as const;

export function goalsSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const items = entries(ctx.p.goals);
  if (items.length === 0) return;
  b.section(level, 'goals');
  columnTable(
    b,
    ctx,
    COLUMNS,
    ctx.view === 'preview' ? PREVIEW_COLUMNS : PRINTED_COLUMNS,
    items.map(([g, i]) => ({ item: g, meta: { id: `goal-${g.id ?? ''}`, path: ['goals', i] } })),
    'goals',
  );
}
