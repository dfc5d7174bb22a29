import { BUDGET_CATEGORIES, type BudgetLine } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Cell, Inline, RowMeta } from '../export/documentModel';
import { label, valueLabel } from '../export/exportLabels';
import { columnTable, entries, internalParts, plain, rich, visible, type Column } from './columns';
import { formatNumber, money } from './money';

type Level = 1 | 2 | 3;

/** Cent rounding must not call an exactly-on-cap budget over it (the rule allows the same). */
const TOLERANCE = 0.005;

const amountOf = (l: BudgetLine): number => (l.quantity ?? 1) * (l.unitCost ?? 0);

const LINE_COLUMNS = {
  item: {
    header: 'item',
    width: 6,
    cell: (l, ctx) =>
      rich(l.item, [
        { kind: 'text', text: l.item ?? '' },
        ...internalParts(ctx, l),
        ...(l.notes ? [{ kind: 'break' as const }, { kind: 'small' as const, text: l.notes }] : []),
      ]),
  },
  category: { header: 'category', width: 2, cell: (l, ctx) => plain(valueLabel(l.category, ctx.lang)) },
  quantity: {
    header: 'quantity',
    width: 2,
    cell: (l) => plain(`${l.quantity ?? 1}${l.unit ? ` ${l.unit}` : ''}`),
  },
  unitCost: { header: 'unitCost', width: 2, cell: (l, ctx) => plain(formatNumber(ctx.lang, l.unitCost)) },
  amount: { header: 'amount', width: 2, cell: (l, ctx) => plain(formatNumber(ctx.lang, amountOf(l))) },
} satisfies Record<string, Column<BudgetLine>>;

const PREVIEW_LINES = ['item', 'category', 'quantity', 'unitCost', 'amount'] as const;

/**
 * One line of the totals table. `customer` lines add up to the customer total, the figure every
 * customer document prints and `budget.cap` (PS212) is held against; `internal` lines (the internal
 * items and the full total) exist only for the internal reader.
 */
interface TotalLine {
  label: string;
  amount: number;
  kind: 'category' | 'subtotal' | 'contingency' | 'total' | 'internalItems' | 'fullTotal' | 'cap';
  over?: boolean;
}

/** The totals, once: the customer's arithmetic from its lines, then (internal reader) what the internal items add, then the cap. */
export function budgetTotals(ctx: DocumentContext): TotalLine[] {
  const { cost, lang } = ctx;
  const c = cost.customer;
  const preview = ctx.view === 'preview';
  const currency = cost.currency ? ` (${cost.currency})` : '';
  const lines: TotalLine[] = BUDGET_CATEGORIES.filter((k) => (c.byCategory[k] ?? 0) !== 0).map((k) => ({
    // The preview says where labour comes from; paper names the category.
    label: k === 'labour' && preview ? label('labour', lang) : valueLabel(k, lang),
    amount: c.byCategory[k] ?? 0,
    kind: 'category',
  }));
  lines.push({ label: label('subtotal', lang), amount: c.subtotal, kind: 'subtotal' });
  if (c.contingency !== 0)
    lines.push({
      label: label('contingency', lang, { 0: cost.contingencyPercent }),
      amount: c.contingency,
      kind: 'contingency',
    });
  const internal = ctx.audience === 'internal';
  // The internal reader is told which total is which; a customer reads the one total there is.
  lines.push({
    label: `${label(internal ? 'customerTotal' : 'total', lang)}${preview ? currency : ''}`,
    amount: c.total,
    kind: 'total',
  });
  const extra = cost.total - c.total;
  if (internal && Math.abs(extra) >= TOLERANCE) {
    lines.push({ label: label('internalItems', lang), amount: extra, kind: 'internalItems' });
    lines.push({
      label: `${label('fullTotal', lang)}${preview ? currency : ''}`,
      amount: cost.total,
      kind: 'fullTotal',
    });
  }
  if (cost.cap !== undefined)
    lines.push({ label: label('cap', lang), amount: cost.cap, kind: 'cap', over: c.total > cost.cap + TOLERANCE });
  return lines;
}

const ROW_CLASS: Partial<Record<TotalLine['kind'], string>> = {
  subtotal: 'subtotal',
  total: 'total',
  internalItems: 'internal-items',
  fullTotal: 'full-total',
};

function previewTotals(b: DocumentBuilder, ctx: DocumentContext, lines: TotalLine[]): void {
  const rows = lines.map((t): Cell[] => {
    const amount = formatNumber(ctx.lang, t.amount);
    const parts: Inline[] = [{ kind: 'text', text: amount }];
    if (t.over) parts.push({ kind: 'text', text: ' ' }, { kind: 'badge', cls: 'gap', text: '!' });
    return [plain(t.label), { text: amount, cls: 'num', parts }];
  });
  const rowMeta = lines.map((t): RowMeta => {
    const cls = t.kind === 'cap' ? (t.over ? 'over-cap' : undefined) : ROW_CLASS[t.kind];
    return cls ? { cls } : {};
  });
  b.localisedTable(['', ''], rows, undefined, { cls: 'budget-totals', rowMeta, rowHeaders: true, head: false });
}

function printedTotals(b: DocumentBuilder, ctx: DocumentContext, lines: TotalLine[]): void {
  const m = (n: number): string => money(n, ctx.cost.currency || 'USD', ctx.lang);
  b.table(
    ['category', 'amount'],
    lines.map((t) => {
      const bold = t.kind === 'subtotal' || t.kind === 'total' || t.kind === 'fullTotal';
      return bold
        ? [
            { text: t.label, bold },
            { text: m(t.amount), bold },
          ]
        : [t.label, m(t.amount)];
    }),
    [3, 2],
  );
}

/**
 * The budget. The preview lists the lines (internal ones with a badge for the internal reader) and
 * the totals, naming the customer total, the internal items and the full total apart, and which of
 * them the cap is checked against; a document prints the customer's totals only (its lines are the
 * customer's, internal ones already left out).
 */
export function budgetSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const preview = ctx.view === 'preview';
  const budget = ctx.p.budget;
  if (preview ? !budget : !(ctx.cost.customer.total > 0)) return;
  const sub: Level = level === 1 ? 2 : 3;
  const lines = budgetTotals(ctx);
  if (!preview) {
    b.section(level, 'sec.budget');
    printedTotals(b, ctx, lines);
    return;
  }
  b.section(level, 'budget');
  columnTable(
    b,
    ctx,
    LINE_COLUMNS,
    PREVIEW_LINES,
    entries(budget?.lines)
      .filter(([l]) => visible(ctx, l))
      .map(([l, i]) => ({
        item: l,
        meta: { id: `budget-${l.id ?? ''}`, path: ['budget', 'lines', i], ...(l.internal ? { internal: true } : {}) },
      })),
    'budget-lines',
  );
  b.section(sub, 'totalsByCategory');
  previewTotals(b, ctx, lines);
  if (ctx.audience === 'internal' && ctx.cost.cap !== undefined)
    b.push({
      type: 'paragraph',
      text: label('capComparesCustomerTotal', ctx.lang),
      emphasis: 'note',
      path: ['budget', 'cap'],
    });
  const notes = budget?.internalNotes;
  if (ctx.audience === 'internal' && typeof notes === 'string' && notes.trim()) {
    b.within({ cls: 'internal-block', path: ['budget', 'internalNotes'] }, () => {
      const heading = label('internalNotes', ctx.lang);
      b.heading(sub, heading, {
        parts: [{ kind: 'text', text: heading }, ...internalParts(ctx, { internal: true })],
      });
      b.markdown(notes);
    });
  }
}
