import type { TechnicalResource, TeamMember } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Cell, RowMeta } from '../export/documentModel';
import { label, valueLabel } from '../export/exportLabels';
import { memberName } from '../export/tables';
import { codeCell, columnTable, entries, internalParts, plain, rich, visible, type Column } from './columns';
import { formatNumber } from './money';

type Level = 1 | 2 | 3;

const MEMBER_COLUMNS = {
  id: { header: 'id', width: 2, cell: (m) => codeCell(m.id) },
  name: {
    header: 'name',
    width: 3,
    cell: (m, ctx) => rich(m.name, [{ kind: 'text', text: m.name ?? '' }, ...internalParts(ctx, m)]),
  },
  /** Paper names everyone; a member without a name goes by their id. */
  printedName: { header: 'name', width: 3, cell: (m) => plain(m.name ?? m.id) },
  role: { header: 'role', width: 4, cell: (m) => plain(m.role) },
  organisation: { header: 'organisation', width: 2, cell: (m, ctx) => plain(valueLabel(m.organisation, ctx.lang)) },
  skills: { header: 'skills', width: 6, cell: (m) => plain(Array.isArray(m.skills) ? m.skills.join(', ') : '') },
  allocation: { header: 'allocation', width: 2, cell: (m) => plain(`${m.allocation ?? 100}%`) },
  dayRate: { header: 'dayRate', width: 2, cell: (m, ctx) => plain(formatNumber(ctx.lang, m.dayRate)) },
} satisfies Record<string, Column<TeamMember>>;

const RESOURCE_COLUMNS = {
  id: { header: 'id', width: 2, cell: (r) => codeCell(r.id) },
  name: { header: 'name', width: 5, cell: (r) => plain(r.name) },
  printedName: { header: 'name', width: 5, cell: (r) => plain(r.name ?? r.id) },
  kind: { header: 'kind', width: 2, cell: (r, ctx) => plain(valueLabel(r.kind, ctx.lang)) },
  quantity: { header: 'quantity', width: 2, cell: (r) => plain(r.quantity) },
  provider: { header: 'provider', width: 2, cell: (r, ctx) => plain(valueLabel(r.provider, ctx.lang)) },
  neededBy: { header: 'neededBy', width: 2, cell: (r) => plain(r.neededBy) },
} satisfies Record<string, Column<TechnicalResource>>;

/** Day rates are internal: the internal preview shows them, no customer reader does. */
const PREVIEW_MEMBERS = ['id', 'name', 'role', 'organisation', 'skills', 'allocation'] as const;
const INTERNAL_MEMBERS = [...PREVIEW_MEMBERS, 'dayRate'] as const;
const PRINTED_MEMBERS = ['printedName', 'role', 'organisation', 'skills', 'allocation'] as const;
const PREVIEW_RESOURCES = ['id', 'name', 'kind', 'quantity', 'provider', 'neededBy'] as const;
const PRINTED_RESOURCES = ['printedName', 'kind', 'quantity', 'provider', 'neededBy'] as const;

/** A week's load as a heat class: over the member's allocation, above 80% of it, some, none. */
function loadClass(percent: number, allocation: number): string {
  if (percent === 0) return 'load-0';
  if (percent > allocation) return 'load-over';
  return percent > 0.8 * allocation ? 'load-high' : 'load-ok';
}

/** The preview's compact heat table of weekly load per person (percent of full time), one column per week. */
function weeklyLoad(b: DocumentBuilder, ctx: DocumentContext, level: Level, shown: ReadonlyMap<string, number>): void {
  const people = ctx.schedule.load.filter((l) => shown.has(l.memberId));
  const weeks = [...new Set(people.flatMap((l) => l.weeks.map((w) => w.weekStart)))].sort();
  if (people.length === 0 || weeks.length === 0) return;
  b.section(level, 'weeklyLoad');
  const rows = people.map((l): Cell[] => {
    const byWeek = new Map(l.weeks.map((w) => [w.weekStart, w.percent]));
    return [
      plain(l.memberId),
      ...weeks.map((w): Cell => {
        const pct = Math.round(byWeek.get(w) ?? 0);
        return {
          text: pct ? String(pct) : '',
          cls: loadClass(pct, l.allocation),
          title: `${l.memberId} ${w}: ${pct}%`,
        };
      }),
    ];
  });
  const rowMeta = people.map((l): RowMeta => ({ path: ['team', shown.get(l.memberId) ?? 0] }));
  b.within({ cls: 'scroll-x' }, () =>
    b.localisedTable([label('member', ctx.lang), ...weeks.map((w) => w.slice(5))], rows, undefined, {
      cls: 'load',
      rowMeta,
      rowHeaders: true,
      headTitles: [undefined, ...weeks],
    }),
  );
}

/**
 * The team and the resources. The preview adds each member's weekly load (and, for the internal
 * reader, day rates); a document lists names and roles, and the plan's team load is a table of its
 * own (teamLoadSection).
 */
export function teamSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const preview = ctx.view === 'preview';
  const members = entries(ctx.p.team).filter(([m]) => visible(ctx, m));
  const resources = entries(ctx.p.resources);
  if (preview ? members.length === 0 && resources.length === 0 : members.length === 0) return;
  const sub: Level = level === 1 ? 2 : 3;
  b.section(level, 'team');
  columnTable(
    b,
    ctx,
    MEMBER_COLUMNS,
    !preview ? PRINTED_MEMBERS : ctx.audience === 'internal' ? INTERNAL_MEMBERS : PREVIEW_MEMBERS,
    members.map(([m, i]) => ({
      item: m,
      meta: { id: `member-${m.id ?? ''}`, path: ['team', i], ...(m.internal === true ? { internal: true } : {}) },
    })),
    'team',
  );
  if (preview)
    weeklyLoad(b, ctx, sub, new Map(members.flatMap(([m, i]) => (typeof m.id === 'string' ? [[m.id, i]] : []))));
  if (resources.length === 0) return;
  b.section(sub, 'resources');
  columnTable(
    b,
    ctx,
    RESOURCE_COLUMNS,
    preview ? PREVIEW_RESOURCES : PRINTED_RESOURCES,
    resources.map(([r, i]) => ({ item: r, meta: { path: ['resources', i] } })),
    'resources',
  );
}

/** The plan's team load: each person's peak week against their allocation (shaded when over it). */
export function teamLoadSection(b: DocumentBuilder, { p, schedule }: DocumentContext, level: Level): void {
  if (!schedule.load.length) return;
  b.section(level, 'sec.teamLoad');
  b.table(
    ['name', 'allocation', 'col.peakLoad', 'col.overloadedWeeks'],
    schedule.load.map((l) => {
      const peak = l.weeks.reduce((m, w) => Math.max(m, w.percent), 0);
      const over = l.weeks.filter((w) => w.percent > l.allocation).length;
      return [
        memberName(p, l.memberId),
        `${l.allocation}%`,
        { text: `${Math.round(peak)}%`, ...(peak > l.allocation ? { shade: 'F4B6B6' } : {}) },
        over,
      ];
    }),
    [5, 2, 2, 2],
  );
}
