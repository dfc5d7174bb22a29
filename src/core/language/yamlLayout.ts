import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { ValuePath } from '../locate';
import type { TextEdit } from './textEdit';

/**
 * Text insertions that fit the file's own layout: new lines at the indentation of their siblings,
 * placed after the last sibling, so comments and formatting elsewhere are untouched. Never
 * re-serialises the document.
 */
export interface Layout {
  text: string;
  document: Document.Parsed | Document;
  /** Spaces per nesting level (detected, default 2). */
  unit: number;
  /** Whether `- ` items are indented under their key (`key:\n  - a`) or flush (`key:\n- a`). */
  indentSequences: boolean;
}

export function layoutOf(text: string, document: Document.Parsed | Document): Layout {
  let unit = 2;
  let indentSequences = true;
  const root = document.contents;
  if (isMap(root)) {
    // Only block collections say how the file indents (`team: []` sits on its key's line).
    const isBlock = (v: unknown): boolean => (isMap(v) || isSeq(v)) && !v.flow;
    const keyed = root.items.find((p) => isBlock(p.value));
    if (keyed && isScalar(keyed.key) && (isMap(keyed.value) || isSeq(keyed.value))) {
      const keyCol = columnOf(text, rangeStart(keyed.key));
      const childCol = columnOf(text, rangeStart(keyed.value));
      if (isMap(keyed.value) && childCol > keyCol) unit = childCol - keyCol;
      if (isSeq(keyed.value)) {
        indentSequences = childCol > keyCol;
        if (childCol > keyCol) unit = childCol - keyCol;
      }
    }
    const seqPair = root.items.find((p) => isSeq(p.value) && !p.value.flow);
    if (seqPair && isScalar(seqPair.key) && isSeq(seqPair.value)) {
      indentSequences = columnOf(text, rangeStart(seqPair.value)) > columnOf(text, rangeStart(seqPair.key));
    }
  }
  return { text, document, unit, indentSequences };
}

export function columnOf(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return offset - lineStart;
}

function rangeStart(node: unknown): number {
  const r = (node as Node | undefined)?.range;
  return r ? r[0] : 0;
}

/** The node at a path (yaml node, not value), or undefined. */
export function nodeAt(document: Document.Parsed | Document, path: ValuePath): unknown {
  if (path.length === 0) return document.contents;
  return document.getIn(path, true);
}

/** The pair holding `path`'s last key, when its parent is a map. */
export function pairAt(document: Document.Parsed | Document, path: ValuePath): Pair | undefined {
  const parent = nodeAt(document, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!isMap(parent) || key === undefined) return undefined;
  return parent.items.find((p): p is Pair => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
}

/** Offset at the start of the line after the node's last line (inserting there keeps trailing comments after). */
function afterNode(text: string, node: unknown): { offset: number; needsNewline: boolean } {
  const r = (node as Node | undefined)?.range;
  const end = r ? r[1] : text.length;
  if (end > 0 && text[end - 1] === '\n') return { offset: end, needsNewline: false };
  const nl = text.indexOf('\n', end);
  if (nl < 0) return { offset: text.length, needsNewline: true };
  return { offset: nl + 1, needsNewline: false };
}

function block(lines: readonly string[], column: number): string {
  const pad = ' '.repeat(column);
  return lines.map((l) => `${pad}${l}\n`).join('');
}

/** Adds `lines` (already relative: `key: value`, nested lines indented by `unit`) to the map at `path`. */
export function insertIntoMap(layout: Layout, mapPath: ValuePath, lines: readonly string[]): TextEdit | undefined {
  const map = nodeAt(layout.document, mapPath);
  if (isMap(map) && !map.flow && map.items.length) {
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!first || !last) return undefined;
    const column = columnOf(layout.text, rangeStart(first.key));
    const anchor = last.value ?? last.key;
    const at = afterNode(layout.text, anchor);
    return { offset: at.offset, length: 0, newText: `${at.needsNewline ? '\n' : ''}${block(lines, column)}` };
  }
  return createUnder(layout, mapPath, lines);
}

/** Appends one list item (`lines[0]` goes after the `- `) to the list at `listPath`, creating missing parents. */
export function appendListItem(layout: Layout, listPath: ValuePath, lines: readonly string[]): TextEdit | undefined {
  const itemLines = lines.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`));
  const seq = nodeAt(layout.document, listPath);
  if (isSeq(seq) && !seq.flow && seq.items.length) {
    const column = columnOf(layout.text, rangeStart(seq));
    const at = afterNode(layout.text, seq.items[seq.items.length - 1]);
    return { offset: at.offset, length: 0, newText: `${at.needsNewline ? '\n' : ''}${block(itemLines, column)}` };
  }
  const key = listPath[listPath.length - 1];
  if (typeof key !== 'string') return undefined;
  const seqIndent = layout.indentSequences ? layout.unit : 0;
  const nested = itemLines.map((l) => `${' '.repeat(seqIndent)}${l}`);
  const pair = pairAt(layout.document, listPath);
  if (pair && isEmptyValue(pair.value)) {
    // `key:` with nothing after it: the items go right below the key.
    const at = afterNode(layout.text, pair.key);
    return {
      offset: at.offset,
      length: 0,
      newText: `${at.needsNewline ? '\n' : ''}${block(nested, columnOf(layout.text, rangeStart(pair.key)))}`,
    };
  }
  if (isSeq(seq) && seq.flow && seq.items.length === 0) {
    // `key: []`: replace the empty flow list by a block list.
    const r = seq.range;
    if (!r) return undefined;
    const keyColumn = pair ? columnOf(layout.text, rangeStart(pair.key)) : 0;
    // From just after the colon, so no trailing space is left behind `key:`.
    const colon = layout.text.lastIndexOf(':', r[0]);
    const from = colon >= 0 ? colon + 1 : r[0];
    return { offset: from, length: r[1] - from, newText: `\n${block(nested, keyColumn).replace(/\n$/, '')}` };
  }
  // The key exists with some other value (`team: ~`, a flow list with items): rewriting it is the user's call.
  if (pair) return undefined;
  return insertIntoMap(layout, listPath.slice(0, -1), [`${key}:`, ...nested]);
}

/**
 * The map at `mapPath` is absent, empty or null: write it (and any missing ancestors) under the
 * deepest ancestor that exists.
 */
function createUnder(layout: Layout, mapPath: ValuePath, lines: readonly string[]): TextEdit | undefined {
  const pair = pairAt(layout.document, mapPath);
  if (pair && isEmptyValue(pair.value)) {
    // `key:` with nothing after it: the lines go right below the key.
    const keyColumn = columnOf(layout.text, rangeStart(pair.key));
    const at = afterNode(layout.text, pair.key);
    return {
      offset: at.offset,
      length: 0,
      newText: `${at.needsNewline ? '\n' : ''}${block(lines, keyColumn + layout.unit)}`,
    };
  }
  if (mapPath.length === 0) {
    const root = layout.document.contents;
    // A flow map, a list or a scalar at the top: no place for a new key that keeps the user's text.
    if (root !== null && root !== undefined && !(isScalar(root) && root.value === null)) return undefined;
    const needsNewline = layout.text.length > 0 && !layout.text.endsWith('\n');
    return { offset: layout.text.length, length: 0, newText: `${needsNewline ? '\n' : ''}${block(lines, 0)}` };
  }
  const key = mapPath[mapPath.length - 1];
  if (typeof key !== 'string') return undefined;
  if (nodeAt(layout.document, mapPath) !== undefined) return undefined; // exists but is not a block map: leave it to the user
  return insertIntoMap(layout, mapPath.slice(0, -1), [
    `${key}:`,
    ...lines.map((l) => `${' '.repeat(layout.unit)}${l}`),
  ]);
}

/** `key:` followed by nothing (yaml gives a null scalar with an empty range, or no node). */
function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return (
    isScalar(value) &&
    value.value === null &&
    (!value.range || value.range[0] === value.range[1] || value.source === '')
  );
}
