import {
  isMap,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  YAMLMap,
  YAMLSeq,
  type Document,
  type ParsedNode,
  type Schema,
} from 'yaml';
import {
  duplicateKeyProblems,
  lineCounterOf,
  repeatedKeys,
  PARSE_OPTIONS,
  parseProposalText,
  valueOf,
  type ParsedProposal,
  type SyntaxProblem,
} from '../parse';
import { scanLines, type BlockLine } from './blockLines';
import { outlineOf, type Outline, type Part, type Region } from './blockRegions';
import { parseSection, PieceCache } from './pieceCache';

/** How the last parse was done (for benchmarks and tests). */
export interface ParseStats {
  readonly mode: 'reused' | 'incremental' | 'full';
  /** Pieces parsed anew (incremental mode). */
  readonly piecesParsed: number;
  /** Pieces in the outline (incremental mode). */
  readonly pieces: number;
}

/**
 * Parses successive versions of ONE document, re-parsing only the pieces whose text changed (issue
 * 3, point 11: keystroke-to-diagnostics at 10k lines; the yaml parse of the whole text is most of
 * the check's time). The text is cut into block entries (see blockRegions.ts), each piece is parsed
 * by the real parser, and the pieces are joined into one Document with the offsets a full parse
 * gives. A top-level section whose pieces have syntax problems is parsed whole, problems and all,
 * when the next section's key line shows they stay inside it (see Joiner.section). Otherwise, or when the text's shape
 * is one we do not cut (flow collections at the top, anchors at entry starts, several documents...),
 * the whole text is parsed as parseProposalText does. Either way the result, errors included, is the
 * full parser's: the unit tests compare them along seeded series of edits.
 *
 * Unchanged pieces are shared between results: a result is valid only until the next `parse` of a
 * different text (the worker keeps the latest version only). One instance per document.
 */
export class ProposalParser {
  private readonly cache = new PieceCache();
  private last: ParsedProposal | undefined;
  private lastStats: ParseStats = { mode: 'full', piecesParsed: 0, pieces: 0 };

  get stats(): ParseStats {
    return this.lastStats;
  }

  parse(text: string): ParsedProposal {
    if (this.last && this.last.text === text) {
      this.lastStats = { ...this.lastStats, mode: 'reused' };
      return this.last;
    }
    const lines = scanLines(text);
    const outline = outlineOf(text, lines);
    this.cache.begin();
    const joiner = outline ? new Joiner(text, lines, outline, this.cache) : undefined;
    const joined = joiner?.document();
    const pieces = outline ? countPieces(outline.root) : 0;
    this.cache.end(joined !== undefined, pieces);
    let parsed: ParsedProposal;
    if (joined) {
      // As parseProposalText orders them: errors (yaml's and repeated keys) by offset, then warnings.
      // Repeated keys: each piece was looked at once, when parsed; the maps joined here are looked at
      // by the Joiner. Only when one of them has one is the whole document scanned, for the positions.
      const repeated =
        this.cache.duplicateKeys || joiner?.duplicateKeys ? duplicateKeyProblems(joined, text.length) : [];
      const errors = [...(joiner?.errors ?? []), ...repeated].sort((a, b) => a.offset - b.offset);
      const syntaxErrors: SyntaxProblem[] = [...errors, ...(joiner?.warnings ?? [])];
      const value = valueOf(joined, syntaxErrors);
      parsed = { text, document: joined, lineCounter: lineCounterOf(text), value, syntaxErrors };
      this.lastStats = { mode: 'incremental', piecesParsed: this.cache.parsedCount, pieces };
    } else {
      parsed = parseProposalText(text);
      this.lastStats = { mode: 'full', piecesParsed: 0, pieces };
    }
    this.last = parsed;
    return parsed;
  }
}

/** Builds the Document from the outline's pieces; undefined as soon as anything does not fit. */
class Joiner {
  private readonly schema: Schema;
  private readonly container: Document.Parsed;
  /** Problems of sections parsed whole (see `section`), in text order like a full parse's. */
  readonly errors: SyntaxProblem[] = [];
  readonly warnings: SyntaxProblem[] = [];
  /** A map joined here, or a section parsed whole, repeats a key. */
  duplicateKeys = false;

  constructor(
    private readonly text: string,
    private readonly lines: readonly BlockLine[],
    private readonly outline: Outline,
    private readonly cache: PieceCache,
  ) {
    this.container = parseDocument('', PARSE_OPTIONS);
    this.schema = this.container.schema;
  }

  document(): Document.Parsed | undefined {
    const root = this.region(this.outline.root);
    if (!root) return undefined;
    this.container.contents = root;
    this.container.range = [root.range[0], root.range[1], this.text.length];
    return this.container;
  }

  private region(region: Region): YAMLMap.Parsed | YAMLSeq.Parsed | undefined {
    const items: Array<Pair<ParsedNode, ParsedNode | null> | ParsedNode> = [];
    for (const [index, part] of region.parts.entries()) {
      const got =
        this.part(region, part) ??
        (region === this.outline.root ? this.section(part, region.parts[index + 1]) : undefined);
      if (!got) return undefined;
      items.push(...got);
    }
    if (region.kind === 'map') {
      const pairs = items.filter((i): i is Pair<ParsedNode, ParsedNode | null> => i instanceof Pair);
      if (pairs.length !== items.length) return undefined;
      if (!this.duplicateKeys && repeatedKeys(pairs).length > 0) this.duplicateKeys = true;
      const map = new YAMLMap<ParsedNode, ParsedNode | null>(this.schema) as YAMLMap.Parsed;
      map.items = pairs;
      const first = pairs[0]?.key.range[0];
      const lastPair = pairs[pairs.length - 1];
      const end = lastPair ? (lastPair.value ?? lastPair.key).range[2] : undefined;
      if (first === undefined || end === undefined) return undefined;
      map.range = [first, end, end];
      return map;
    }
    const nodes = items.filter((i): i is ParsedNode => !(i instanceof Pair));
    if (nodes.length !== items.length) return undefined;
    const seq = new YAMLSeq<ParsedNode>(this.schema) as YAMLSeq.Parsed;
    seq.items = nodes;
    const firstPart = region.parts[0];
    // A sequence region's first content line is its first dash (blockRegions.ts checks that).
    const firstLine = firstPart ? this.lines[firstContentLine(this.lines, firstPart)] : undefined;
    const last = nodes[nodes.length - 1];
    if (!firstLine || !last) return undefined;
    seq.range = [firstLine.start + region.column, last.range[2], last.range[2]];
    return seq;
  }

  private part(region: Region, part: Part): Array<Pair<ParsedNode, ParsedNode | null> | ParsedNode> | undefined {
    if (part.kind === 'leaf') {
      const contents = this.piece(part.first, part.end);
      if (!contents || contents.items.length !== part.entries) return undefined;
      if (region.kind === 'map' ? !isMap(contents) : !isSeq(contents)) return undefined;
      return contents.items;
    }
    if (part.kind === 'pair') {
      const keyPiece = this.piece(part.keyLine, part.keyLine + 1);
      if (!keyPiece || !isMap(keyPiece) || keyPiece.items.length !== 1) return undefined;
      const keyPair = keyPiece.items[0];
      if (
        !keyPair ||
        !isScalar(keyPair.key) ||
        (keyPair.value !== null && !(isScalar(keyPair.value) && keyPair.value.value === null))
      )
        return undefined;
      const value = this.region(part.child);
      return value ? [new Pair<ParsedNode, ParsedNode | null>(keyPair.key, value)] : undefined;
    }
    const item = this.region(part.child);
    return item ? [item] : undefined;
  }

  /**
   * A top-level part whose pieces have a problem (the user is mid-edit), parsed whole with its
   * problems: one section instead of the whole file. yaml's error recovery can leave its parser in
   * a state where the NEXT column-0 key is read as part of this section (a runaway `{`, say), so the
   * section is parsed with the next section's key line appended, and used only if that line comes
   * out as the next key of the top-level map, with no problem on it; otherwise the full parse decides.
   */
  private section(part: Part, next: Part | undefined): Array<Pair<ParsedNode, ParsedNode | null>> | undefined {
    const a = this.lines[part.first];
    const b = this.lines[part.end - 1];
    if (!a || !b) return undefined;
    const nextKey = next ? this.lines[firstContentLine(this.lines, next)] : undefined;
    const sectionEnd = b.next;
    const got = parseSection(this.text.slice(a.start, nextKey ? nextKey.next : sectionEnd), a.start, this.text.length);
    if (!got) return undefined;
    const items = [...got.contents.items];
    if (nextKey) {
      const last = items.pop();
      if (!last || !isScalar(last.key) || last.key.range[0] !== nextKey.start) return undefined;
      if ([...got.errors, ...got.warnings].some((e) => e.offset + e.length > sectionEnd || e.offset >= sectionEnd))
        return undefined;
    }
    this.errors.push(...got.errors);
    this.warnings.push(...got.warnings);
    if (got.duplicateKeys) this.duplicateKeys = true;
    return items;
  }

  /** Lines `[first, end)` parsed alone (a parent's `- ` blanked out), offsets relative to the whole text. */
  private piece(first: number, end: number) {
    const a = this.lines[first];
    const b = this.lines[end - 1];
    if (!a || !b) return undefined;
    let pieceText = this.text.slice(a.start, b.next);
    const blank = this.outline.blanked.get(first);
    if (blank !== undefined) pieceText = ' '.repeat(blank) + pieceText.slice(blank);
    return this.cache.take(pieceText, a.start);
  }
}

/** The part's first line that is neither blank nor a comment (its key or dash line). */
function firstContentLine(lines: readonly BlockLine[], part: Part): number {
  if (part.kind === 'pair') return part.keyLine;
  if (part.kind === 'item') return part.dashLine;
  for (let i = part.first; i < part.end; i++) {
    const kind = lines[i]?.kind;
    if (kind !== 'blank' && kind !== 'comment') return i;
  }
  return part.first;
}

function countPieces(region: Region): number {
  let n = 0;
  for (const part of region.parts)
    n += part.kind === 'leaf' ? 1 : part.kind === 'pair' ? 1 + countPieces(part.child) : countPieces(part.child);
  return n;
}
