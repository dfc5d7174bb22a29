import {
  isCollection,
  isMap,
  isPair,
  isScalar,
  isAlias,
  parseDocument,
  type Node,
  type ParsedNode,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { duplicateKeyProblems, PARSE_OPTIONS, toProblem, type SyntaxProblem } from '../parse';

/** What parsing one piece of text gave: its top collection, with ranges for where the piece now sits. */
export type PieceContents = YAMLMap.Parsed | YAMLSeq.Parsed;

interface Piece {
  /** Offset of the piece's first character in the text it was last placed in. */
  base: number;
  contents: PieceContents;
  /** A map inside the piece repeats a key (found once, when the piece is parsed). */
  duplicateKeys: boolean;
}

/**
 * Parsed pieces by their exact text. A piece whose text did not change is not parsed again; if it
 * moved (an edit above it), its nodes' offsets are moved with it, in place. That is why a
 * ParsedProposal from ProposalParser is valid only until the next parse of another text.
 */
export class PieceCache {
  private pieces = new Map<string, Piece[]>();
  private used = new Map<string, Piece[]>();
  /** Pieces parsed (not reused) during the current pass, for the benchmarks and tests. */
  parsedCount = 0;
  /** Some piece taken during the current pass repeats a key inside itself. */
  duplicateKeys = false;

  /**
   * The collection the piece's text parses to, its ranges relative to the whole text; undefined when
   * the piece alone has a problem (syntax error, warning, not a collection): the caller parses in full.
   */
  take(pieceText: string, base: number): PieceContents | undefined {
    const stock = this.pieces.get(pieceText);
    let piece = stock?.pop();
    if (stock && stock.length === 0) this.pieces.delete(pieceText);
    if (piece) {
      if (piece.base !== base) shiftNode(piece.contents, base - piece.base);
      piece.base = base;
    } else {
      const parsed = parsePiece(pieceText);
      if (!parsed) return undefined;
      this.parsedCount++;
      shiftNode(parsed.contents, base);
      piece = { base, ...parsed };
    }
    if (piece.duplicateKeys) this.duplicateKeys = true;
    const list = this.used.get(pieceText);
    if (list) list.push(piece);
    else this.used.set(pieceText, [piece]);
    return piece.contents;
  }

  /** Starts a pass over a new text. */
  begin(): void {
    this.parsedCount = 0;
    this.duplicateKeys = false;
  }

  /**
   * Ends a pass. After a good pass only the pieces of this text are kept. After a failed one (the
   * text was parsed in full) the older pieces are kept too: the user is probably mid-edit and the
   * next text will be close to both; the stock is cut back when it outgrows a few texts' worth.
   */
  end(succeeded: boolean, partCount: number): void {
    if (!succeeded) {
      for (const [key, list] of this.used) {
        const stock = this.pieces.get(key);
        if (stock) stock.push(...list);
        else this.pieces.set(key, list);
      }
      if (this.pieces.size <= 4 * Math.max(partCount, 16)) {
        this.used = new Map();
        return;
      }
    }
    this.pieces = this.used;
    this.used = new Map();
  }
}

/**
 * A top-level section parsed alone, problems and all (not cached: it is being edited). Its syntax
 * problems are the ones a full parse reports there, because a section that ends outside any quote
 * or flow collection cannot change how the next column-0 key is read; the caller checks that.
 */
export function parseSection(
  pieceText: string,
  base: number,
  textLength: number,
):
  { contents: YAMLMap.Parsed; errors: SyntaxProblem[]; warnings: SyntaxProblem[]; duplicateKeys: boolean } | undefined {
  const doc = parseDocument(pieceText, PARSE_OPTIONS);
  const contents = doc.contents;
  if (!isMap(contents) || contents.flow) return undefined;
  shiftNode(contents, base);
  const at = (pos: [number, number]): [number, number] => [pos[0] + base, pos[1] + base];
  return {
    contents,
    errors: doc.errors.map((e) => toProblem(e.code, e.message, at(e.pos), 'error', textLength)),
    warnings: doc.warnings.map((w) => toProblem(w.code, w.message, at(w.pos), 'warning', textLength)),
    duplicateKeys: duplicateKeyProblems(doc, textLength).length > 0,
  };
}

function parsePiece(pieceText: string): { contents: PieceContents; duplicateKeys: boolean } | undefined {
  const doc = parseDocument(pieceText, PARSE_OPTIONS);
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  const contents = doc.contents;
  if (!isCollection(contents) || contents.flow) return undefined;
  return { contents: contents, duplicateKeys: duplicateKeyProblems(doc, pieceText.length).length > 0 };
}

/** Moves every range under `node` by `delta` characters. */
export function shiftNode(node: unknown, delta: number): void {
  if (delta === 0 || !node || typeof node !== 'object') return;
  if (isPair(node)) {
    shiftNode(node.key, delta);
    shiftNode(node.value, delta);
    return;
  }
  if (isCollection(node) || isScalar(node) || isAlias(node)) {
    const withRange = node as Node & Partial<ParsedNode>;
    const range = withRange.range;
    if (range) withRange.range = [range[0] + delta, range[1] + delta, range[2] + delta];
    if (isCollection(node)) for (const item of node.items) shiftNode(item, delta);
  }
}
