import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';

/** A path into the proposal value, e.g. `['plan', 'phases', 0, 'tasks', 2, 'owner']`. */
export type ValuePath = ReadonlyArray<string | number>;

export interface Span { offset: number; length: number }

/**
 * Where a value lives in the source. `part: 'key'` points at the key of the last segment
 * (used for unknown properties and for "missing property" on the parent's key); a path that
 * does not exist falls back to its deepest existing ancestor, so every diagnostic has a place.
 */
export function locate(document: Document.Parsed, path: ValuePath, part: 'value' | 'key' = 'value'): Span {
  let node: unknown = document.contents;
  let pair: Pair | undefined;
  let best: Span = spanOf(node) ?? { offset: 0, length: 0 };
  for (const segment of path) {
    pair = undefined;
    if (isMap(node)) {
      pair = node.items.find((p) => isScalar(p.key) ? String(p.key.value) === String(segment) : false);
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

/** The key node span of the map entry holding `path` (for "missing property": the parent's key). */
export function locateKeyOf(document: Document.Parsed, path: ValuePath): Span {
  if (path.length === 0) return firstKeySpan(document) ?? { offset: 0, length: 0 };
  return locate(document, path, 'key');
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
