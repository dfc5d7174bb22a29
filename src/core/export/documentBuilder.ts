import type { IsoDate, Language, Proposal } from '../model';
import type { CostRollup, Schedule } from '../schedule/types';
import type { Block, Cell, DocumentKind, RowMeta, Wrap } from './documentModel';
import { label, type LabelKey } from './exportLabels';

/** Who reads the sections: `internal` (the preview) sees internal items with a badge; `customer` never sees them. */
export type Audience = 'internal' | 'customer';

/** Which output the sections are built for: an exported document kind, or the live preview. */
export type SectionView = DocumentKind | 'preview';

/** What every section builder needs: the proposal as its reader may see it, its schedule and costs, the language, the risk threshold. */
export interface DocumentContext {
  p: Proposal;
  schedule: Schedule;
  cost: CostRollup;
  lang: Language;
  /** Risks scoring at or above it are high (`presales.validation.highRiskThreshold`, CLI `--high-risk`). */
  highRiskThreshold: number;
  audience: Audience;
  view: SectionView;
  /** For the gantt's today marker (the preview). */
  today?: IsoDate;
  /** Beyond this many components the architecture diagram summarises zones (the preview's setting). */
  maxNodes?: number;
}

/** What HTML knows of a table beyond its cells (see the table block). */
export interface TableExtras {
  cls?: string;
  rowMeta?: RowMeta[];
  caption?: string;
  rowHeaders?: boolean;
  head?: boolean;
  headTitles?: Array<string | undefined>;
}

/** What HTML knows of a heading beyond its text (see the heading block). */
export type HeadingExtras = Pick<Extract<Block, { type: 'heading' }>, 'parts' | 'path' | 'title'>;

/** Collects blocks in order; headings get stable anchors (`sec-1`, `sec-1-2`...) for links and the TOC. */
export class DocumentBuilder {
  readonly blocks: Block[] = [];
  private readonly counters = [0, 0, 0];
  private wrap: Wrap | undefined;

  constructor(private readonly lang: Language) {}

  /** Everything `write` adds shares one preview box (see `Wrap`); documents print the blocks as they are. */
  within(wrap: Wrap, write: () => void): void {
    const outer = this.wrap;
    this.wrap = wrap;
    try {
      write();
    } finally {
      this.wrap = outer;
    }
  }

  heading(level: 1 | 2 | 3, text: string, extra: HeadingExtras = {}): void {
    this.counters[level - 1] = (this.counters[level - 1] ?? 0) + 1;
    for (let i = level; i < 3; i++) this.counters[i] = 0;
    const anchor = `sec-${this.counters.slice(0, level).join('-')}`;
    this.push({ type: 'heading', level, text, anchor, ...extra });
  }

  /** A heading from a label key. */
  section(level: 1 | 2 | 3, key: LabelKey): void {
    this.heading(level, label(key, this.lang));
  }

  paragraph(text: string | undefined, emphasis?: 'note' | 'caption' | 'empty'): void {
    if (!text || !text.trim()) return;
    this.push(emphasis ? { type: 'paragraph', text, emphasis } : { type: 'paragraph', text });
  }

  markdown(source: string | undefined): void {
    if (typeof source === 'string' && source.trim()) this.push({ type: 'markdown', source });
  }

  list(items: ReadonlyArray<string | undefined> | undefined, ordered = false): void {
    const clean = (items ?? []).filter((i): i is string => typeof i === 'string' && i.trim() !== '');
    if (clean.length) this.push({ type: 'list', items: clean, ordered });
  }

  /** A table; rows of plain values become cells. Nothing is added for no rows. */
  table(columns: readonly LabelKey[], rows: Array<Array<Cell | string | number | undefined>>, widths?: number[]): void {
    this.localisedTable(
      columns.map((c) => label(c, this.lang)),
      rows,
      widths,
    );
  }

  /** A table whose column names are already in the document's language (the shared DataTables). */
  localisedTable(
    names: string[],
    rows: Array<Array<Cell | string | number | undefined>>,
    widths?: number[],
    extra: TableExtras = {},
  ): void {
    if (!rows.length) return;
    const cells = rows.map((r) =>
      r.map((v): Cell => (typeof v === 'object' && v !== null ? v : { text: v === undefined ? '' : String(v) })),
    );
    this.push({
      type: 'table',
      columns: names,
      rows: cells,
      ...(widths ? { widths } : {}),
      ...(extra.cls ? { cls: extra.cls } : {}),
      ...(extra.rowMeta ? { rowMeta: extra.rowMeta } : {}),
      ...(extra.caption !== undefined ? { caption: extra.caption } : {}),
      ...(extra.rowHeaders ? { rowHeaders: true } : {}),
      ...(extra.head === false ? { head: false } : {}),
      ...(extra.headTitles ? { headTitles: extra.headTitles } : {}),
    });
  }

  none(): void {
    this.paragraph(label('none', this.lang), 'note');
  }

  push(block: Block): void {
    this.blocks.push(this.wrap && !block.wrap ? { ...block, wrap: this.wrap } : block);
  }
}
