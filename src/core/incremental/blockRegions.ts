import { contentColumn, isBareKeyLine, kindAt, type BlockLine, type LineKind } from './blockLines';

/**
 * The outline of a proposal's block structure, cut where the parser can be asked about one piece
 * at a time: the root mapping's entries, and inside a long entry the entries of its value (a
 * section's list of requirements, a phase's tasks). Lines are indexes into `scanLines`' result.
 */
export interface Region {
  readonly kind: 'map' | 'seq';
  /** Column of this region's keys (map) or dashes (seq). */
  readonly column: number;
  readonly parts: readonly Part[];
}

export type Part =
  /** Whole entries `[first, end)` parsed together; `entries` is how many the parse must yield. */
  | { readonly kind: 'leaf'; readonly first: number; readonly end: number; readonly entries: number }
  /** A map entry whose key stands alone on `keyLine` and whose value is the block region below it. */
  | {
      readonly kind: 'pair';
      readonly first: number;
      readonly end: number;
      readonly keyLine: number;
      readonly child: Region;
    }
  /** A sequence item that is a mapping: its entries form the child region (the first is on the dash line). */
  | {
      readonly kind: 'item';
      readonly first: number;
      readonly end: number;
      readonly dashLine: number;
      readonly child: Region;
    };

export interface Outline {
  readonly root: Region;
  /** Lines whose first `column` characters belong to a parent's `- ` and are blanked before parsing a piece. */
  readonly blanked: ReadonlyMap<number, number>;
}

/** Entries longer than this many lines are split into their own entries (when their shape allows). */
const SPLIT_LINES = 40;
/** A leaf never grows past this many lines, so one edit re-parses little. */
const MAX_LEAF_LINES = 60;
/** About one entry in this many ends a leaf, chosen by the entry's first line (see endsLeaf). */
const LEAF_SPREAD = 4;

/** The outline of the whole text, or undefined when its shape is not one we can cut safely. */
export function outlineOf(text: string, lines: readonly BlockLine[]): Outline | undefined {
  const blanked = new Map<number, number>();
  const builder = new RegionBuilder(text, lines, blanked);
  const root = builder.region('map', 0, 0, lines.length);
  return root && root.parts.length > 0 ? { root, blanked } : undefined;
}

interface Entry {
  first: number;
  end: number;
  start: number;
}

class RegionBuilder {
  constructor(
    private readonly text: string,
    private readonly lines: readonly BlockLine[],
    private readonly blanked: Map<number, number>,
  ) {}

  /** Lines `[first, end)` hold entries at `column`; leading comments and blanks belong to the first. */
  region(kind: 'map' | 'seq', column: number, first: number, end: number): Region | undefined {
    const entries = this.entries(kind, column, first, end);
    if (!entries || entries.length === 0) return undefined;
    const parts: Part[] = [];
    let leaf: { first: number; end: number; entries: number } | undefined;
    const closeLeaf = (): void => {
      if (leaf) parts.push({ kind: 'leaf', ...leaf });
      leaf = undefined;
    };
    for (const entry of entries) {
      const split = entry.end - entry.start > SPLIT_LINES ? this.split(kind, column, entry) : undefined;
      if (split) {
        closeLeaf();
        parts.push(split);
        continue;
      }
      leaf = leaf
        ? { first: leaf.first, end: entry.end, entries: leaf.entries + 1 }
        : { first: entry.first, end: entry.end, entries: 1 };
      if (leaf.end - leaf.first >= MAX_LEAF_LINES || this.endsLeaf(entry.start)) closeLeaf();
    }
    closeLeaf();
    return { kind, column, parts };
  }

  /** Where each entry starts; undefined when a line does not fit the block shape. */
  private entries(kind: 'map' | 'seq', column: number, first: number, end: number): Entry[] | undefined {
    const entries: Entry[] = [];
    for (let i = first; i < end; i++) {
      const { indent, kind: lineKind } = this.lineAt(i);
      if (lineKind === 'blank' || lineKind === 'comment') continue;
      if (indent > column) {
        if (entries.length === 0) return undefined;
        continue;
      }
      if (indent < column) return undefined;
      const starts = kind === 'map' ? lineKind === 'key' : lineKind === 'dash';
      // A map's value may be a sequence at the key's own column (`key:` then `- item`).
      const compactItem = kind === 'map' && lineKind === 'dash' && entries.length > 0;
      if (compactItem) continue;
      if (!starts) return undefined;
      const previous = entries[entries.length - 1];
      if (previous) previous.end = i;
      entries.push({ first: entries.length === 0 ? first : i, end, start: i });
    }
    return entries;
  }

  /** The entry as a pair or item part with its own child region, if its shape allows. */
  private split(kind: 'map' | 'seq', column: number, entry: Entry): Part | undefined {
    const line = this.lines[entry.start];
    if (!line) return undefined;
    if (kind === 'map') {
      if (!isBareKeyLine(this.text, line, column)) return undefined;
      const valueLine = this.firstContent(entry.start + 1, entry.end);
      if (valueLine === undefined) return undefined;
      const { indent, kind: valueKind } = this.lineAt(valueLine);
      const child =
        valueKind === 'dash' && indent >= column
          ? this.region('seq', indent, entry.start + 1, entry.end)
          : valueKind === 'key' && indent > column
            ? this.region('map', indent, entry.start + 1, entry.end)
            : undefined;
      return child ? { kind: 'pair', first: entry.first, end: entry.end, keyLine: entry.start, child } : undefined;
    }
    // A sequence item: worth splitting only when it is a mapping that starts on the dash line.
    if (this.blanked.has(entry.start)) return undefined; // `- - x`: nested dashes stay whole
    const inner = contentColumn(this.text, line, column);
    if (kindAt(this.text, line.start + inner, line.start, line.next) !== 'key') return undefined;
    this.blanked.set(entry.start, inner);
    const child = this.region('map', inner, entry.start, entry.end);
    if (!child) {
      this.blanked.delete(entry.start);
      return undefined;
    }
    return { kind: 'item', first: entry.first, end: entry.end, dashLine: entry.start, child };
  }

  private firstContent(first: number, end: number): number | undefined {
    for (let i = first; i < end; i++) {
      const k = this.lineAt(i).kind;
      if (k !== 'blank' && k !== 'comment') return i;
    }
    return undefined;
  }

  /** Indent and kind of line `i`, read after the blanked `- ` of a parent item if there is one. */
  private lineAt(i: number): { indent: number; kind: LineKind } {
    const line = this.lines[i];
    if (!line) return { indent: 0, kind: 'other' };
    const column = this.blanked.get(i);
    if (column === undefined) return { indent: line.indent, kind: line.kind };
    return { indent: column, kind: kindAt(this.text, line.start + column, line.start, line.next) };
  }

  /**
   * Content-defined leaf ends (as in rsync's rolling checksum): whether an entry closes its leaf
   * depends on the entry's own first line, not on a running count, so an edit that adds lines moves
   * the leaf boundaries around it only, and every other leaf's text stays the same and is reused.
   */
  private endsLeaf(lineIndex: number): boolean {
    const line = this.lines[lineIndex];
    if (!line) return true;
    let hash = 0;
    for (let i = line.start; i < line.next; i++) hash = (hash * 31 + this.text.charCodeAt(i)) | 0;
    return (hash >>> 0) % LEAF_SPREAD === 0;
  }
}
