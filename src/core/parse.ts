import { Document, isScalar, LineCounter, parseAllDocuments, parseDocument, visit, type Pair, type Scalar } from 'yaml';
import type { Range } from './diagnostic';

/**
 * A parsed `*.presales.yaml`: the yaml Document (keeps every node's source offsets), the plain
 * value, and every syntax problem (the yaml library collects them all, it does not stop at the first).
 */
export interface ParsedProposal {
  text: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** `undefined` when the value could not be built (e.g. an alias bomb). */
  value: unknown;
  syntaxErrors: SyntaxProblem[];
}

export interface SyntaxProblem {
  /** yaml's error code (e.g. `BAD_INDENT`, `DUPLICATE_KEY`) or our own for whole-file problems. */
  yamlCode: string;
  message: string;
  offset: number;
  length: number;
  severity: 'error' | 'warning';
}

/** Aliases may expand exponentially ("billion laughs"); yaml throws past this count. */
const MAX_ALIAS_COUNT = 1000;

/**
 * How every proposal text is parsed (the incremental parser uses the same, so its pieces mean what
 * the whole would). logLevel 'error': yaml would otherwise print toJS warnings (e.g. collection
 * keys) through process.emitWarning, polluting CLI stderr; every problem we report goes through
 * syntaxErrors. uniqueKeys false: duplicateKeyProblems does that check in linear time.
 */
export const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;

export function parseProposalText(text: string): ParsedProposal {
  // Line starts come from the text itself, not from the parser: after some syntax errors the
  // parser stops reporting newlines, and every later range would land on the wrong line.
  const lineCounter = lineCounterOf(text);
  // parseAllDocuments so that a stray `---` second document is reported rather than silently ignored.
  const all = parseAllDocuments(text, PARSE_OPTIONS);
  const docs = Array.isArray(all) ? all : [];
  const syntaxErrors: SyntaxProblem[] = [];
  const document: Document.Parsed = docs[0] ?? emptyDocument(text);
  for (const [index, doc] of docs.entries()) {
    const errors = [
      ...doc.errors.map((e) => toProblem(e.code, e.message, e.pos, 'error', text.length)),
      ...duplicateKeyProblems(doc, text.length),
    ];
    syntaxErrors.push(...errors.sort((a, b) => a.offset - b.offset));
    for (const w of doc.warnings) syntaxErrors.push(toProblem(w.code, w.message, w.pos, 'warning', text.length));
    if (index === 1 && doc.range) {
      syntaxErrors.push({
        yamlCode: 'MULTIPLE_DOCUMENTS',
        message: 'A proposal file holds one YAML document; this second document is ignored.',
        offset: doc.range[0],
        length: Math.max(0, Math.min(doc.range[1], text.length) - doc.range[0]),
        severity: 'error',
      });
    }
  }
  const value = valueOf(document, syntaxErrors);
  return { text, document, lineCounter, value, syntaxErrors };
}

/**
 * Keys repeated within one map, reported as yaml's own uniqueKeys check does (same code, message and
 * position, the same rule: scalar keys with equal values). yaml compares each key with every earlier
 * one of its map; a hostile file with 100,000 top-level keys took 130 s to parse that way. Here one
 * Set per map keeps it linear.
 */
export function duplicateKeyProblems(document: Document.Parsed, textLength: number): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  visit(document, {
    Map(_key, map) {
      for (const key of repeatedKeys(map.items)) {
        if (key.range)
          problems.push(
            toProblem(
              'DUPLICATE_KEY',
              'Map keys must be unique',
              [key.range[0], key.range[0] + 1],
              'error',
              textLength,
            ),
          );
      }
    },
  });
  return problems;
}

/** The keys of one map that repeat an earlier one, by yaml's rule: scalar keys with === values. */
export function repeatedKeys(pairs: ReadonlyArray<Pair<unknown, unknown>>): Scalar[] {
  const seen = new Set<unknown>();
  const repeated: Scalar[] = [];
  for (const pair of pairs) {
    const key = pair.key;
    if (!isScalar(key)) continue;
    // yaml compares with ===, under which NaN never equals itself; a Set would call two NaNs equal.
    if (typeof key.value === 'number' && Number.isNaN(key.value)) continue;
    if (seen.has(key.value)) repeated.push(key);
    else seen.add(key.value);
  }
  return repeated;
}

/** The plain value of the document; `undefined` plus a VALUE_NOT_BUILT problem when it cannot be built. */
export function valueOf(document: Document.Parsed, syntaxErrors: SyntaxProblem[]): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message : String(e);
    syntaxErrors.push({ yamlCode: 'VALUE_NOT_BUILT', message, offset: 0, length: 0, severity: 'error' });
    return undefined;
  }
}

export function lineCounterOf(text: string): LineCounter {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

export function toProblem(
  code: string,
  message: string,
  pos: [number, number],
  severity: 'error' | 'warning',
  textLength: number,
): SyntaxProblem {
  const start = Math.max(0, Math.min(pos[0], textLength));
  const end = Math.max(start, Math.min(pos[1], textLength));
  // yaml messages end with a code-frame after a colon-newline; keep only the first line.
  const firstLine = message.split('\n')[0] ?? message;
  return { yamlCode: code, message: firstLine, offset: start, length: end - start, severity };
}

function emptyDocument(text: string): Document.Parsed {
  // A file of only comments (or nothing) yields no documents; parse it alone to get an empty one.
  return parseDocument(text, { lineCounter: new LineCounter() });
}

/** Offsets to 0-based LSP positions. yaml's offsets are UTF-16 indexes, like LSP's default. */
export function offsetsToRange(lineCounter: LineCounter, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(end);
  return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
}
