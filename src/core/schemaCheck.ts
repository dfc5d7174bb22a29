import { isMap, isNode, isScalar } from 'yaml';
import type { ErrorObject } from 'ajv';
import validateProposal = require('./generated/proposalValidator');
import { objectKeys, patterns, ranges } from './generated/schemaFacts';
import type { Diagnostic } from './diagnostic';
import { Locator, type Span, type ValuePath } from './locate';
import { FORMAT_VERSION, type Language } from './model';
import { offsetsToRange, type ParsedProposal } from './parse';
import { pick, type Localized } from './messages/localize';
import { schemaMessages, type JsonTypeName } from './messages/schemaMessages';

/**
 * The JSON Schema check (schemas/presales.schema.json, precompiled by scripts/build-validator.mjs
 * into an ajv standalone module): every ajv error becomes one diagnostic on the exact place.
 *
 * | code  | meaning                        | range                                              |
 * |-------|--------------------------------|----------------------------------------------------|
 * | PS101 | missing required property      | key of the object that lacks it (root: first key)  |
 * | PS102 | unknown property (did you mean)| the unknown key                                    |
 * | PS103 | wrong type                     | the value                                          |
 * | PS104 | value not allowed (enum)       | the value                                          |
 * | PS105 | bad id / date / currency format| the value                                          |
 * | PS106 | number out of range            | the value                                          |
 * | PS107 | format version (`presales`)    | the `presales` value (missing: the first key)      |
 * | PS199 | other schema problem (e.g. an  | the value (a repeated list item: the repeat)       |
 * |       | id listed twice)               |                                                    |
 *
 * All are errors. Severity and descriptions are listed for users in src/core/codes.ts.
 */
export const PS101_MISSING_PROPERTY = 'PS101';
export const PS102_UNKNOWN_PROPERTY = 'PS102';
export const PS103_WRONG_TYPE = 'PS103';
export const PS104_VALUE_NOT_ALLOWED = 'PS104';
export const PS105_BAD_FORMAT = 'PS105';
export const PS106_OUT_OF_RANGE = 'PS106';
export const PS107_FORMAT_VERSION = 'PS107';
export const PS199_SCHEMA_OTHER = 'PS199';

export const SCHEMA_CODES: readonly string[] = [
  PS101_MISSING_PROPERTY,
  PS102_UNKNOWN_PROPERTY,
  PS103_WRONG_TYPE,
  PS104_VALUE_NOT_ALLOWED,
  PS105_BAD_FORMAT,
  PS106_OUT_OF_RANGE,
  PS107_FORMAT_VERSION,
  PS199_SCHEMA_OTHER,
];

/** The one place the format offers alternatives: a dependency is an id or `{ task, lag }`. */
const DEPENDENCY_SHAPE = 'plan.phases[].tasks[].dependsOn[]';
const SUPPORTED_VERSIONS: readonly string[] = [FORMAT_VERSION];
const RANGE_KEYWORDS = new Set(['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum']);
/** Keywords that also fail on a value of the wrong type, adding nothing to the type error. */
const SHADOWED_BY_TYPE = new Set(['enum', 'const', 'pattern']);
/** Longest value echoed in a message; a pasted paragraph would drown the point. */
const MAX_ECHO = 40;

/** One finding before it is placed: a code, the wording, and where it belongs. */
interface Finding {
  code: string;
  message: Localized;
  path: ValuePath;
  /** `value`: the offending value; `key`: the key of the entry at `path`; `objectKey`: the object lacking a property. */
  anchor: 'value' | 'key' | 'objectKey';
  data?: Record<string, string | number | string[]>;
}

export function checkSchema(parsed: ParsedProposal, lang: Language): Diagnostic[] {
  const value = parsed.value;
  // An unbuilt value (alias bomb) is already reported as a syntax error; nothing to validate.
  if (value === undefined) return [];
  let findings: Finding[];
  if (value === null) {
    findings = [{ code: PS101_MISSING_PROPERTY, message: schemaMessages.emptyFile(), path: [], anchor: 'objectKey' }];
  } else {
    try {
      findings = validateProposal(value) ? [] : toFindings(collapseAlternatives(validateProposal.errors ?? []), value);
    } catch (e: unknown) {
      // The generated code should not throw, but a checker that crashes helps nobody: say so, in place.
      const detail = e instanceof Error ? e.message : String(e);
      findings = [
        { code: PS199_SCHEMA_OTHER, message: schemaMessages.validatorFailed(detail), path: [], anchor: 'objectKey' },
      ];
    }
  }
  return place(findings, parsed, lang);
}

/**
 * ajv with allErrors reports every failed branch of a `oneOf`/`anyOf` plus the combinator itself.
 * Our branches differ by type (a dependency is a string OR an object), so: keep the errors of the
 * branch whose type matches the value; if no branch matches, keep one "must be X or Y" error.
 */
function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  const replaced = new Map<ErrorObject, ErrorObject>();
  errors.forEach((combinator, index) => {
    if (combinator.keyword !== 'oneOf' && combinator.keyword !== 'anyOf') return;
    const at = combinator.instancePath;
    // ajv pushes the branch errors just before the combinator's own error: walk back over them
    // (linear overall, even with thousands of errors).
    const branch: ErrorObject[] = [];
    for (let i = index - 1; i >= 0; i--) {
      const e = errors[i];
      if (e.instancePath !== at && !e.instancePath.startsWith(`${at}/`)) break;
      branch.push(e);
    }
    const typeMisses = branch.filter((e) => e.keyword === 'type' && e.instancePath === at);
    const matching = branch.filter((e) => !typeMisses.includes(e));
    for (const e of typeMisses) dropped.add(e);
    if (matching.length > 0) {
      dropped.add(combinator);
    } else {
      const expected = typeMisses.flatMap((e) => typeNames(e.params['type']));
      replaced.set(combinator, { ...combinator, keyword: 'alternatives', params: { type: expected } });
    }
  });
  return errors.filter((e) => !dropped.has(e)).map((e) => replaced.get(e) ?? e);
}

function toFindings(errors: readonly ErrorObject[], root: unknown): Finding[] {
  const findings: Finding[] = [];
  // A value of the wrong type also misses its enum/pattern; the type message already says it all.
  const wrongTypeAt = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const error of errors) {
    if (SHADOWED_BY_TYPE.has(error.keyword) && wrongTypeAt.has(error.instancePath)) continue;
    const path = instancePathToPath(error.instancePath, root);
    const finding = toFinding(error, path, valueAt(root, path));
    if (finding) findings.push(finding);
  }
  return withoutTypoEchoes(findings);
}

/**
 * `titel: X` in place of `title: X` is one slip, but ajv reports both "title missing" and "titel
 * unknown". The unknown-key diagnostic already suggests `title`, so the missing one is dropped.
 */
function withoutTypoEchoes(findings: readonly Finding[]): Finding[] {
  const suggested = new Set<string>();
  for (const f of findings) {
    if (f.code === PS102_UNKNOWN_PROPERTY && typeof f.data?.['suggestion'] === 'string') {
      suggested.add(`${pathLabel(f.path.slice(0, -1))}\u0000${f.data['suggestion']}`);
    }
  }
  return findings.filter(
    (f) =>
      !(
        f.code === PS101_MISSING_PROPERTY && suggested.has(`${pathLabel(f.path)}\u0000${String(f.data?.['property'])}`)
      ),
  );
}

function toFinding(error: ErrorObject, path: ValuePath, value: unknown): Finding | undefined {
  const where = pathLabel(path);
  const isVersion = path.length === 1 && path[0] === 'presales';
  const params = error.params;
  switch (error.keyword) {
    case 'required': {
      const missing = String(params['missingProperty']);
      const childPath = [...path, missing];
      if (path.length === 0 && missing === 'presales') {
        return {
          code: PS107_FORMAT_VERSION,
          message: schemaMessages.missingFormatVersion(),
          path,
          anchor: 'objectKey',
          data: { property: missing, path: pathLabel(childPath) },
        };
      }
      const message =
        path.length === 0
          ? schemaMessages.missingRootProperty(missing)
          : schemaMessages.missingProperty(where, missing);
      return {
        code: PS101_MISSING_PROPERTY,
        message,
        path,
        anchor: 'objectKey',
        data: { property: missing, path: pathLabel(childPath) },
      };
    }
    case 'additionalProperties': {
      const property = String(params['additionalProperty']);
      const known = own(objectKeys, shapeOf(path)) ?? [];
      const suggestion = closest(property, known);
      const data: Record<string, string | number | string[]> = { property, known: [...known] };
      if (suggestion !== undefined) data['suggestion'] = suggestion;
      return {
        code: PS102_UNKNOWN_PROPERTY,
        message: schemaMessages.unknownProperty(where, property, suggestion, known),
        path: [...path, property],
        anchor: 'key',
        data,
      };
    }
    case 'type': {
      const found = jsonType(value);
      if (isVersion)
        return { code: PS107_FORMAT_VERSION, message: schemaMessages.formatVersionType(found), path, anchor: 'value' };
      if (path.length === 0)
        return { code: PS103_WRONG_TYPE, message: schemaMessages.rootNotMapping(found), path, anchor: 'value' };
      return {
        code: PS103_WRONG_TYPE,
        message: schemaMessages.wrongType(where, typeNames(params['type']), found),
        path,
        anchor: 'value',
      };
    }
    case 'alternatives': {
      const found = jsonType(value);
      const expected = typeNames(params['type']);
      const message =
        shapeOf(path) === DEPENDENCY_SHAPE
          ? schemaMessages.dependencyShape(where, found)
          : schemaMessages.noMatchingShape(where, expected, found);
      return { code: PS103_WRONG_TYPE, message, path, anchor: 'value' };
    }
    case 'enum':
    case 'const': {
      const allowed =
        error.keyword === 'enum' ? toStrings(params['allowedValues']) : toStrings([params['allowedValue']]);
      const shown = echo(value);
      if (isVersion)
        return {
          code: PS107_FORMAT_VERSION,
          message: schemaMessages.formatVersionValue(shown, SUPPORTED_VERSIONS),
          path,
          anchor: 'value',
          data: { allowed },
        };
      const suggestion = typeof value === 'string' ? closest(value, allowed) : undefined;
      const data: Record<string, string | number | string[]> = { allowed };
      if (suggestion !== undefined) data['suggestion'] = suggestion;
      return {
        code: PS104_VALUE_NOT_ALLOWED,
        message: schemaMessages.notAllowed(where, shown, allowed, suggestion),
        path,
        anchor: 'value',
        data,
      };
    }
    case 'pattern': {
      const pattern = String(params['pattern']);
      const format = own(patterns, pattern) ?? pattern;
      return {
        code: PS105_BAD_FORMAT,
        message: schemaMessages.badFormat(where, echo(value), format),
        path,
        anchor: 'value',
        data: { format },
      };
    }
    case 'uniqueItems': {
      // Point at the repeat, not the whole list: that is the item to delete.
      const first = Math.min(Number(params['i']), Number(params['j']));
      const repeat = Math.max(Number(params['i']), Number(params['j']));
      const item = Array.isArray(value) ? value[repeat] : undefined;
      return {
        code: PS199_SCHEMA_OTHER,
        message: schemaMessages.duplicateItem(where, echo(item), first, repeat),
        path: [...path, repeat],
        anchor: 'value',
        data: { first, repeat },
      };
    }
    default: {
      if (RANGE_KEYWORDS.has(error.keyword) && typeof value === 'number') {
        const bounds = own(ranges, shapeOf(path)) ?? boundFromError(error.keyword, params['limit']);
        const data: Record<string, string | number | string[]> = {};
        if (bounds.min !== undefined) data['min'] = bounds.min;
        if (bounds.max !== undefined) data['max'] = bounds.max;
        return {
          code: PS106_OUT_OF_RANGE,
          message: schemaMessages.outOfRange(where, value, bounds.min, bounds.max),
          path,
          anchor: 'value',
          data,
        };
      }
      return {
        code: PS199_SCHEMA_OTHER,
        message: schemaMessages.other(where, error.message ?? error.keyword),
        path,
        anchor: 'value',
      };
    }
  }
}

/** Turns findings into diagnostics: exact source spans, one diagnostic per distinct finding, in file order. */
function place(findings: readonly Finding[], parsed: ParsedProposal, lang: Language): Diagnostic[] {
  // Same code, same span, same words = the same diagnostic. Grouped by offset so long messages are
  // only compared when two findings already share a place (cheap with thousands of errors).
  const byOffset = new Map<number, Diagnostic[]>();
  const out: Diagnostic[] = [];
  const locator = new Locator(parsed.document);
  for (const f of findings) {
    const span = spanFor(locator, f);
    const message = pick(f.message, lang);
    const here = byOffset.get(span.offset);
    if (here?.some((d) => d.code === f.code && d.length === span.length && d.message === message)) continue;
    const d: Diagnostic = {
      code: f.code,
      severity: 'error',
      range: offsetsToRange(parsed.lineCounter, span.offset, span.offset + span.length),
      message,
      offset: span.offset,
      length: span.length,
    };
    if (f.data) d.data = f.data;
    if (here) here.push(d);
    else byOffset.set(span.offset, [d]);
    out.push(d);
  }
  return out.sort((a, b) => a.offset - b.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

function spanFor(locator: Locator, f: Finding): Span {
  if (f.anchor === 'key') return unknownKeySpan(locator, f.path);
  if (f.anchor === 'objectKey') return objectKeySpan(locator, f.path);
  const span = locator.locate(f.path, 'value');
  // `key:` with nothing after it is an empty scalar of length 0: underline the key instead.
  if (span.length === 0 && f.path.length > 0) return locator.locate(f.path, 'key');
  return span;
}

/**
 * The key of an unknown property. A complex key (`? [a, b]`) has no scalar to match by name, so
 * it is matched as the first non-scalar key of that object rather than falling back to the whole object.
 */
function unknownKeySpan(locator: Locator, path: ValuePath): Span {
  const parent = locator.nodeAt(path.slice(0, -1));
  const name = String(path[path.length - 1]);
  if (isMap(parent)) {
    const pair = locator.pairOf(parent, name) ?? parent.items.find((p) => !isScalar(p.key) && isNode(p.key));
    const key: unknown = pair?.key;
    if (isNode(key) && key.range) return { offset: key.range[0], length: key.range[1] - key.range[0] };
  }
  return locator.locate(path, 'key');
}

/**
 * Where "this object lacks a property" is shown: the key holding the object; for a list item
 * (no key of its own) or the root, the object's first key, so the mark sits on one line.
 */
function objectKeySpan(locator: Locator, path: ValuePath): Span {
  const last = path[path.length - 1];
  if (path.length > 0 && typeof last !== 'number') return locator.locateKeyOf(path);
  const node = locator.nodeAt(path);
  if (isMap(node)) {
    const first = node.items[0];
    const key: unknown = first?.key;
    if (isScalar(key) && key.range) return { offset: key.range[0], length: key.range[1] - key.range[0] };
  }
  // The root with no first key (empty, or not a mapping): the start of the file.
  if (path.length === 0) return { offset: 0, length: 0 };
  return locator.locate(path, 'value');
}

/** ajv's instancePath (a JSON pointer) to our path; list indexes become numbers. */
function instancePathToPath(pointer: string, root: unknown): ValuePath {
  if (pointer === '') return [];
  const path: Array<string | number> = [];
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    if (Array.isArray(node)) {
      const index = Number(segment);
      path.push(index);
      node = node[index];
    } else {
      path.push(segment);
      node = isRecord(node) ? node[segment] : undefined;
    }
  }
  return path;
}

function valueAt(root: unknown, path: ValuePath): unknown {
  let node: unknown = root;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node)) node = node[String(segment)];
    else return undefined;
  }
  return node;
}

/** A generated table lookup that cannot hit Object.prototype (`constructor`, `__proto__`). */
function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `plan.phases[0].tasks[2].owner` */
export function pathLabel(path: ValuePath): string {
  let label = '';
  for (const segment of path) {
    if (typeof segment === 'number') label += `[${segment}]`;
    else label += label === '' ? segment : `.${segment}`;
  }
  return label;
}

/** When the facts lack the bounds (should not happen), the one limit ajv reports. */
function boundFromError(keyword: string, limit: unknown): { min?: number; max?: number } {
  const n = Number(limit);
  return keyword === 'minimum' || keyword === 'exclusiveMinimum' ? { min: n } : { max: n };
}

/** The path with list indexes as `[]`, the key of ./generated/schemaFacts: `plan.phases[].tasks[].owner`. */
function shapeOf(path: ValuePath): string {
  return pathLabel(path.map((s) => (typeof s === 'number' ? 0 : s))).replace(/\[0\]/g, '[]');
}

function jsonType(v: unknown): JsonTypeName {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'string';
  }
}

const TYPE_NAME_SET = new Set<string>(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
function typeNames(t: unknown): JsonTypeName[] {
  const list = Array.isArray(t) ? t : typeof t === 'string' ? t.split(',') : [];
  return list.map(String).filter((n): n is JsonTypeName => TYPE_NAME_SET.has(n));
}

function toStrings(values: unknown): string[] {
  return Array.isArray(values) ? values.map((v) => String(v)) : [];
}

/** A value shown inside a message: one line, short. */
function echo(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  const oneLine = s.replace(/\s+/g, ' ');
  return oneLine.length > MAX_ECHO ? `${oneLine.slice(0, MAX_ECHO - 1)}…` : oneLine;
}

/**
 * The known name nearest to a typo, when near enough to be a likely slip: same name in other case,
 * or an edit distance of at most a third of the word (minimum 1, maximum 3).
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** Damerau-Levenshtein (optimal string alignment): a swap of two letters counts as one slip. Three rolling rows. */
function editDistance(a: string, b: string): number {
  let before = new Int32Array(b.length + 1);
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (before[j - 2] ?? 0) + 1);
      row[j] = v;
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length] ?? 0;
}
