import type { Priority, Requirement } from '../model';
import { PRIORITIES } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import { label, valueLabel } from '../export/exportLabels';
import type { Cell } from '../export/documentModel';
import {
  codeCell,
  columnTable,
  entries,
  internalParts,
  markdownParts,
  plain,
  rich,
  visible,
  type Column,
} from './columns';

type Level = 1 | 2 | 3;

function priorityCell(priority: unknown, ctx: DocumentContext): Cell {
  const text = valueLabel(priority, ctx.lang);
  return typeof priority === 'string' && (PRIORITIES as ReadonlyArray<string>).includes(priority)
    ? rich(text, [{ kind: 'badge', cls: `priority-${priority as Priority}`, text }])
    : rich(text, []);
}

const COLUMNS = {
  id: { header: 'id', width: 2, cell: (r) => codeCell(r.id) },
  title: {
    header: 'title',
    width: 6,
    cell: (r, ctx) =>
      rich(r.title, [
        { kind: 'strong', text: r.title ?? '' },
        ...internalParts(ctx, r),
        ...markdownParts(r.description, true),
      ]),
  },
  type: { header: 'type', width: 2, cell: (r, ctx) => plain(valueLabel(r.type, ctx.lang)) },
  priority: { header: 'priority', width: 2, cell: (r, ctx) => priorityCell(r.priority, ctx) },
  source: { header: 'source', width: 3, cell: (r) => plain(r.source) },
  solution: { header: 'solution', width: 5, cell: (r) => rich(r.solution, markdownParts(r.solution)) },
  acceptance: {
    header: 'acceptance',
    width: 5,
    cell: (r) => plain(Array.isArray(r.acceptance) ? r.acceptance.join('\n') : ''),
  },
} satisfies Record<string, Column<Requirement>>;

/** The preview works on the requirement (how it is solved, how it is accepted); a document lists them and details them below. */
const PREVIEW_COLUMNS = ['id', 'title', 'type', 'priority', 'solution', 'acceptance'] as const;
const PRINTED_COLUMNS = ['id', 'title', 'type', 'priority', 'source'] as const;

export function requirementsSection(b: DocumentBuilder, ctx: DocumentContext, level: Level, details: boolean): void {
  const items = entries(ctx.p.requirements).filter(([r]) => visible(ctx, r));
  // The preview has no empty sections; a document says "none" under the heading.
  if (items.length === 0 && ctx.view === 'preview') return;
  b.section(level, 'requirements');
  if (items.length === 0) {
    b.none();
    return;
  }
  columnTable(
    b,
    ctx,
    COLUMNS,
    ctx.view === 'preview' ? PREVIEW_COLUMNS : PRINTED_COLUMNS,
    items.map(([r, i]) => ({
      item: r,
      meta: { id: `req-${r.id ?? ''}`, path: ['requirements', i], ...(r.internal === true ? { internal: true } : {}) },
    })),
    'requirements',
  );
  if (!details) return;
  const sub: Level = level === 1 ? 2 : 3;
  for (const [r] of items) {
    b.heading(sub, [r.id, r.title].filter(Boolean).join(' '));
    b.paragraph(
      [valueLabel(r.type, ctx.lang), valueLabel(r.priority, ctx.lang), r.source].filter(Boolean).join(' · '),
      'note',
    );
    b.markdown(r.description);
    if (r.solution?.trim()) {
      b.paragraph(label('solution', ctx.lang), 'caption');
      b.markdown(r.solution);
    }
    if (Array.isArray(r.acceptance) && r.acceptance.length) {
      b.paragraph(label('acceptance', ctx.lang), 'caption');
      b.list(r.acceptance, true);
    }
  }
}
