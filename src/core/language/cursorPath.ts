import type { Span, ValuePath } from '../locate';

/**
 * What the cursor is on, worked out from indentation rather than from the yaml AST: while the
 * user types, the document is often incomplete (`owner: ` with nothing after it, a fresh `- `
 * item, half a key), and the parser's tree then no longer says where the cursor "is". Block-style
 * YAML, which proposals use, carries the structure in its columns, and that survives typing.
 */
export interface CursorContext {
  /**
   * `key`: the cursor is where a key goes (or on an existing key); `path` is the map holding it.
   * `value`: the cursor is on a value; `path` leads to that value (for a list item, its index).
   * On a bare `- item` line the context is `key` with `path` ending at the item index: the caller
   * decides from the schema whether the item is a map (offer keys) or a scalar (offer values).
   */
  kind: 'key' | 'value';
  path: ValuePath;
  /** The whole word under the cursor (key or value text, without quotes). */
  word: string;
  /** Where `word` is: what a completion replaces. */
  span: Span;
  /** `word` up to the cursor. */
  prefix: string;
  /** True when the line already has `:` after the key word (completion must not add another). */
  hasColon: boolean;
  /** Keys already present in the map at `path` (kind `key` only), excluding the one being typed. */
  siblingKeys: string[];
  /** The cursor is inside a flow list `[a, b]`. */
  inFlowList: boolean;
}

interface LineShape {
  /** Column of each `- ` marker on the line. */
  dashes: number[];
  /** Column where the content after the dashes starts. */
  contentColumn: number;
  key: string | undefined;
  /** Offset within the line just after `key:` (start of the value area). */
  valueStart: number;
  /** Nothing but whitespace/comment. */
  blank: boolean;
  /** A value that opens a block scalar (`|`, `>`): deeper lines are text, not structure. */
  blockScalar: boolean;
}

interface Frame {
  column: number;
  kind: 'key' | 'item';
  segment: string | number;
  /** Last item index given under this frame, per dash column (closes with the frame, so a new list restarts at 0). */
  items: Map<number, number>;
}

const KEY_RE = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#"'{[\-?:,][^#:]*?|-[^\s#:][^#:]*?)[ \t]*:(?=\s|$)/;

export function shapeOf(line: string): LineShape {
  let column = 0;
  while (column < line.length && line[column] === ' ') column++;
  const dashes: number[] = [];
  while (
    line[column] === '-' &&
    (column + 1 === line.length || line[column + 1] === ' ' || line[column + 1] === '\t')
  ) {
    dashes.push(column);
    column++;
    while (column < line.length && (line[column] === ' ' || line[column] === '\t')) column++;
  }
  const rest = line.slice(column);
  const blank = rest.trim() === '' || rest.trimStart().startsWith('#');
  const m = KEY_RE.exec(rest);
  const key = m?.[1] !== undefined ? unquote(m[1].trim()) : undefined;
  const valueStart = m ? column + m[0].length : column;
  const valueText = m ? stripComment(rest.slice(m[0].length)).trim() : '';
  const blockScalar =
    /^[|>][-+0-9]*$/.test(valueText) || (!m && dashes.length > 0 && /^[|>][-+0-9]*$/.test(stripComment(rest).trim()));
  return { dashes, contentColumn: column, key, valueStart, blank: blank && dashes.length === 0, blockScalar };
}

function unquote(s: string): string {
  if (s.length >= 2 && ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'"))))
    return s.slice(1, -1);
  return s;
}

function stripComment(s: string): string {
  const i = s.search(/(^|\s)#/);
  return i < 0 ? s : s.slice(0, i);
}

/** Pushes the frames a line opens, popping what it closes; numbers each new list item. */
function applyLine(stack: Frame[], shape: LineShape, rootItems: Map<number, number>): void {
  for (const dash of shape.dashes) {
    popFor(stack, dash, 'item');
    const parentItems = stack[stack.length - 1]?.items ?? rootItems;
    const index = (parentItems.get(dash) ?? -1) + 1;
    parentItems.set(dash, index);
    stack.push({ column: dash, kind: 'item', segment: index, items: new Map() });
  }
  if (shape.key !== undefined) {
    popFor(stack, shape.contentColumn, 'key');
    stack.push({ column: shape.contentColumn, kind: 'key', segment: shape.key, items: new Map() });
  }
}

/**
 * A key at column c closes everything at column >= c. An item at column c closes deeper frames and
 * earlier items at c, but not a key at c: `tasks:\n- id: a` puts the item inside `tasks`.
 */
function popFor(stack: Frame[], column: number, kind: 'key' | 'item'): void {
  for (;;) {
    const top = stack[stack.length - 1];
    if (!top) return;
    if (top.column > column || (top.column === column && (kind === 'key' || top.kind === 'item'))) stack.pop();
    else return;
  }
}

export function cursorContext(text: string, offset: number): CursorContext {
  const at = Math.max(0, Math.min(offset, text.length));
  const lines = text.split('\n');
  let lineStart = 0;
  let cursorLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const len = (lines[i] ?? '').length;
    if (at <= lineStart + len) {
      cursorLine = i;
      break;
    }
    lineStart += len + 1;
    cursorLine = i + 1;
  }
  const stack: Frame[] = [];
  const rootItems = new Map<number, number>();
  let blockScalarColumn: number | undefined;
  for (let i = 0; i < cursorLine; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    const shape = shapeOf(raw);
    if (blockScalarColumn !== undefined) {
      if (shape.blank || indentOf(raw) > blockScalarColumn) continue;
      blockScalarColumn = undefined;
    }
    if (shape.blank || raw.startsWith('---') || raw.startsWith('...')) continue;
    applyLine(stack, shape, rootItems);
    if (shape.blockScalar)
      blockScalarColumn = shape.key !== undefined ? shape.contentColumn : (shape.dashes[shape.dashes.length - 1] ?? 0);
  }
  const line = (lines[cursorLine] ?? '').replace(/\r$/, '');
  const column = at - lineStart;
  return contextOnLine(line, column, lineStart, stack, rootItems, lines, cursorLine);
}

function indentOf(line: string): number {
  let n = 0;
  while (line[n] === ' ') n++;
  return n;
}

function contextOnLine(
  line: string,
  column: number,
  lineStart: number,
  stack: Frame[],
  rootItems: Map<number, number>,
  lines: string[],
  cursorLine: number,
): CursorContext {
  const shape = shapeOf(line);
  // Dashes left of the cursor open items; a blank line's indentation says which map the key joins.
  const dashesBefore = shape.dashes.filter((d) => d < column);
  const keyColumn =
    shape.dashes.length || shape.key !== undefined || line.trim() !== ''
      ? shape.contentColumn
      : Math.min(column, line.length);
  applyLine(stack, { ...shape, dashes: dashesBefore, key: undefined }, rootItems);
  // A flow collection on this line (`- { id: T2, owner: pm }`, `dependsOn: [T1, T2]`).
  if (
    dashesBefore.length === shape.dashes.length &&
    /^[{[]/.test(line.slice(shape.contentColumn)) &&
    column > shape.contentColumn
  ) {
    const flow = flowContext(
      line,
      column,
      lineStart,
      shape.contentColumn,
      stack.map((f) => f.segment),
    );
    if (flow) return flow;
  }
  if (shape.key !== undefined && column > keyEnd(line, shape)) {
    popFor(stack, shape.contentColumn, 'key');
    const path = [...stack.map((f) => f.segment), shape.key];
    let valueAt = shape.valueStart;
    while (line[valueAt] === ' ' || line[valueAt] === '\t') valueAt++;
    if (/^[{[]/.test(line.slice(valueAt)) && column > valueAt) {
      const flow = flowContext(line, column, lineStart, valueAt, path);
      if (flow) return flow;
    }
    return valueContext(line, column, lineStart, shape, path);
  }
  popFor(stack, keyColumn, 'key');
  const path = stack.map((f) => f.segment);
  const wordStart = keyColumn;
  const wordEnd = shape.key !== undefined ? keyEnd(line, shape) : trimmedEnd(line, wordStart);
  const word = unquote(line.slice(wordStart, Math.max(wordStart, wordEnd)));
  const prefix = line.slice(wordStart, Math.max(wordStart, Math.min(column, wordEnd)));
  return {
    kind: 'key',
    path,
    word,
    prefix: unquote(prefix),
    span: { offset: lineStart + wordStart, length: Math.max(0, wordEnd - wordStart) },
    hasColon: shape.key !== undefined,
    siblingKeys: siblingKeys(lines, cursorLine, keyColumn, shape.dashes.length > 0),
    inFlowList: false,
  };
}

function keyEnd(line: string, shape: LineShape): number {
  // valueStart is just after `key:` plus following spaces; step back to the colon.
  let end = shape.valueStart;
  while (end > 0 && /\s/.test(line[end - 1] ?? '')) end--;
  if (line[end - 1] === ':') end--;
  while (end > 0 && /[ \t]/.test(line[end - 1] ?? '')) end--;
  return end;
}

function trimmedEnd(line: string, from: number): number {
  const body = stripComment(line.slice(from));
  return from + body.trimEnd().length;
}

function valueContext(
  line: string,
  column: number,
  lineStart: number,
  shape: LineShape,
  path: Array<string | number>,
): CursorContext {
  let start = shape.valueStart;
  while (start < line.length && /[ \t]/.test(line[start] ?? '')) start++;
  start = Math.min(start, Math.max(column, shape.valueStart));
  const end = Math.max(start, trimmedEnd(line, start));
  return {
    kind: 'value',
    path,
    word: unquote(line.slice(start, end)),
    prefix: unquote(line.slice(start, Math.max(start, Math.min(column, end)))),
    span: { offset: lineStart + start, length: Math.max(0, end - start) },
    hasColon: true,
    siblingKeys: [],
    inFlowList: false,
  };
}

/**
 * Keys at `keyColumn` in the same map as the cursor line: scan up to the line that opened the map
 * (a shallower line, or the `- ` that starts this item) and down to where it ends.
 */
function siblingKeys(lines: string[], cursorLine: number, keyColumn: number, cursorLineHasDash: boolean): string[] {
  const keys: string[] = [];
  const visit = (i: number): 'stop' | 'stop-after' | 'skip' | 'ok' => {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    const shape = shapeOf(raw);
    if (shape.blank) return 'skip';
    const first = shape.dashes[0] ?? shape.contentColumn;
    if (first < keyColumn && !(shape.dashes.length && shape.contentColumn === keyColumn)) return 'stop';
    if (shape.contentColumn === keyColumn && shape.key !== undefined) keys.push(shape.key);
    if (shape.dashes.length && shape.contentColumn === keyColumn) return 'stop-after';
    return 'ok';
  };
  if (!cursorLineHasDash) {
    for (let i = cursorLine - 1; i >= 0; i--) {
      const r = visit(i);
      if (r === 'stop' || r === 'stop-after') break;
    }
  }
  for (let i = cursorLine + 1; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/\r$/, '');
    const shape = shapeOf(raw);
    if (!shape.blank && shape.dashes.length && shape.contentColumn === keyColumn) break; // next item
    const r = visit(i);
    if (r === 'stop') break;
  }
  return keys;
}

interface FlowFrame {
  type: 'map' | 'seq';
  key: string | undefined;
  index: number;
  tokenStart: number;
  afterColon: boolean;
  keys: string[];
}

/**
 * The cursor inside a one-line flow collection starting at `flowStart`: walks the brackets up to the
 * cursor (quotes skipped), so `- { id: T2, owner: | }` is the value of `owner` and `[T1, |]` is item 1.
 * Undefined when the collection closed before the cursor.
 */
function flowContext(
  line: string,
  column: number,
  lineStart: number,
  flowStart: number,
  basePath: Array<string | number>,
): CursorContext | undefined {
  const frames: FlowFrame[] = [];
  const walk = (from: number, to: number, onlyDepth?: number): number => {
    for (let i = from; i < to; i++) {
      const c = line[i];
      const top = frames[frames.length - 1];
      if (c === '"' || c === "'") {
        const close = line.indexOf(c, i + 1);
        i = close < 0 ? line.length : close;
      } else if (c === '{' || c === '[') {
        frames.push({
          type: c === '{' ? 'map' : 'seq',
          key: undefined,
          index: 0,
          tokenStart: i + 1,
          afterColon: false,
          keys: [],
        });
      } else if (c === '}' || c === ']') {
        frames.pop();
        if (onlyDepth !== undefined && frames.length < onlyDepth) return i;
        if (!frames.length) return i;
      } else if (c === ',' && top) {
        if (top.type === 'map') {
          top.key = undefined;
          top.afterColon = false;
        } else top.index++;
        top.tokenStart = i + 1;
      } else if (c === ':' && top?.type === 'map' && !top.afterColon && /^[\s,}]|^$/.test(line.slice(i + 1, i + 2))) {
        top.key = unquote(line.slice(top.tokenStart, i).trim());
        top.keys.push(top.key);
        top.afterColon = true;
        top.tokenStart = i + 1;
      } else if (c === '#' && /\s/.test(line[i - 1] ?? '')) {
        return i;
      }
    }
    return to;
  };
  walk(flowStart, column);
  const top = frames[frames.length - 1];
  if (!top) return undefined;
  const path: Array<string | number> = [...basePath];
  for (const f of frames.slice(0, -1)) {
    if (f.type === 'seq') path.push(f.index);
    else if (f.key !== undefined) path.push(f.key);
  }
  let start = top.tokenStart;
  while (line[start] === ' ' || line[start] === '\t') start++;
  start = Math.min(start, column);
  let end = column;
  const stop = top.type === 'map' && !top.afterColon ? /[,:}\]#]/ : /[,}\]#]/;
  while (end < line.length && !stop.test(line[end] ?? '')) end++;
  end = Math.max(start, start + line.slice(start, end).trimEnd().length);
  const word = unquote(line.slice(start, end));
  const prefix = unquote(line.slice(start, Math.max(start, column)));
  const span = { offset: lineStart + start, length: end - start };
  if (top.type === 'map' && !top.afterColon) {
    // Keys of this flow map: those before the cursor, plus those after it up to its closing brace.
    const keys = [...top.keys];
    const after: FlowFrame = { ...top, keys: [] };
    frames.length = 0;
    frames.push(after);
    walk(end, line.length, 1);
    keys.push(...after.keys);
    return {
      kind: 'key',
      path,
      word,
      prefix,
      span,
      hasColon: line[end] === ':',
      siblingKeys: keys.filter((k) => k !== word),
      inFlowList: false,
    };
  }
  if (top.type === 'map') path.push(top.key ?? '');
  else path.push(top.index);
  return { kind: 'value', path, word, prefix, span, hasColon: true, siblingKeys: [], inFlowList: top.type === 'seq' };
}
