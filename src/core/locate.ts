import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** A path into the proposal value, e.g. `['plan', 'phases', 0, 'tasks', 2, 'owner']`. */
export type ValuePath = ReadonlyArray<string | number>;

export interface Span {
  offset: number;
  length: number;
}

/**
 * Finds where values live in one parsed document. A proposal's maps are small, but a hostile file can
 * hold one map of 100,000 keys, each reported (unknown property): searching its items for every
 * diagnostic made a check take two minutes. So a map of more than a few keys gets a key index on its
 * first search, kept by this Locator (one per check, dropped with it).
 */
export class Locator {
  private readonly keyIndexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  constructor(private readonly document: Document.Parsed) {}

  /**
   * Where a value lives in the source. `part: 'key'` points at the key of the last segment
   * (used for unknown properties and for "missing property" on the parent's key); a path that
   * does not exist falls back to its deepest existing ancestor, so every diagnostic has a place.
   */
  locate(path: ValuePath, part: 'value' | 'key' = 'value'): Span {
    let node: unknown = this.document.contents;
    let pair: Pair | undefined;
    let best: Span = spanOf(node) ?? { offset: 0, length: 0 };
    for (const segment of path) {
      pair = undefined;
      if (isMap(node)) {
        pair = this.pairOf(node, String(segment));
        node = pair?.value;
        if (!pair) break;
        const keySpan = spanOf(pair.key);
        best = spanOf(node) ?? keySpan ?? best;
      } else if (isSeq(node) && typeof segment === 'number') {
        node = node.items[segment];
        if (node === undefined) break;
        best = spanOf(node) ?? best;
      } else {
        break;
      }
    }
    if (part === 'key' && pair) return spanOf(pair.key) ?? best;
    return best;
  }

  /** The node at `path` (a yaml node, or undefined), like yaml's `getIn(path, true)`. */
  nodeAt(path: ValuePath): unknown {
    let node: unknown = this.document.contents;
    for (const segment of path) {
      if (isMap(node)) node = this.pairOf(node, String(segment))?.value;
      else if (isSeq(node) && typeof segment === 'number') node = node.items[segment];
      else return undefined;
    }
    return node;
  }

  /** The key node span of the map entry holding `path` (for "missing property": the parent's key). */
  locateKeyOf(path: ValuePath): Span {
    if (path.length === 0) return firstKeySpan(this.document) ?? { offset: 0, length: 0 };
    return this.locate(path, 'key');
  }

  /** The first entry of `map` whose scalar key reads `name` (as yaml's own getIn would find it). */
  pairOf(map: YAMLMap, name: string): Pair | undefined {
    if (map.items.length <= INDEX_FROM) return map.items.find((p) => isScalar(p.key) && String(p.key.value) === name);
    let index = this.keyIndexes.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) {
        const key = isScalar(p.key) ? String(p.key.value) : undefined;
        if (key !== undefined && !index.has(key)) index.set(key, p);
      }
      this.keyIndexes.set(map, index);
    }
    return index.get(name);
  }
}

/** Maps up to this many keys are searched in place: building an index costs more than it saves. */
const INDEX_FROM = 16;

/** One lookup, without keeping an index (callers that locate many paths keep a Locator). */
export function locate(document: Document.Parsed, path: ValuePath, part: 'value' | 'key' = 'value'): Span {
  return new Locator(document).locate(path, part);
}

/** The key node span of the map entry holding `path` (for "missing property": the parent's key). */
export function locateKeyOf(document: Document.Parsed, path: ValuePath): Span {
  return new Locator(document).locateKeyOf(path);
}

function firstKeySpan(document: Document.Parsed): Span | undefined {
  const root = document.contents;
  if (isMap(root) && root.items[0]) return spanOf(root.items[0].key);
  return spanOf(root);
}

function spanOf(node: unknown): Span | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (isPair(node)) return spanOf(node.key);
  const range = (node as Node).range;
  if (!range) return undefined;
  // range = [start, valueEnd, nodeEnd]: valueEnd excludes trailing comments.
  return { offset: range[0], length: Math.max(0, range[1] - range[0]) };
}
