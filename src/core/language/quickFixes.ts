import type { Diagnostic } from '../diagnostic';
import type { Span, ValuePath } from '../locate';
import type { Language } from '../model';
import { pick, type Localized } from '../messages/localize';
import { findHiddenChars } from '../text/controls';
import type { ParsedProposal } from '../parse';
import { isMap, isScalar, isSeq } from 'yaml';
import { entityListFor, entityOfItem, type EntityKind } from '../entities';
import type { SourceIdIndex } from './idIndex';
import { KIND_LABELS, MSG, format } from './messages';
import { nextFreeId, placeholderFor, yamlString } from './placeholders';
import { propertiesOf, schemaAt, type SchemaContext } from './schemaAt';
import type { TextEdit } from './textEdit';
import { stringField, valueAt } from './valueAt';
import { appendListItem, insertIntoMap, layoutOf } from './yamlLayout';

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  isPreferred: boolean;
}

export interface QuickFixInput {
  parsed: ParsedProposal;
  index: SourceIdIndex;
  schema: SchemaContext;
  /** Language of the fix titles (the UI's). */
  lang: Language;
  /** Language of inserted placeholder text (the proposal's own); default `lang`. */
  contentLanguage?: Language;
  /** The computed plan end: a goal deadline placeholder is not allowed to fall before it. */
  planEnd?: string;
  /** Today (YYYY-MM-DD) for a missing plan start; the core has no clock. */
  today?: string;
}

export type FixableDiagnostic = Pick<Diagnostic, 'code' | 'offset' | 'length' | 'data'>;

/** Codes with a quick fix (the provider asks only for these). */
export const FIXABLE_CODES: ReadonlySet<string> = new Set([
  'PS101',
  'PS102',
  'PS104',
  'PS201',
  'PS202',
  'PS206',
  'PS209',
  'PS210',
  'PS215',
  'PS219',
  'PS220',
  'PS221',
  'PS222',
  'PS245',
]);

/**
 * Minimal edits that resolve a diagnostic: new lines inserted at their siblings' indentation, or
 * one id replaced. The user's comments and formatting everywhere else are left as they were.
 */
export function quickFixesFor(diagnostic: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  switch (diagnostic.code) {
    case 'PS202':
    case 'PS210':
      return [...useSuggestion(diagnostic, input), ...createReferencedEntity(diagnostic, input)];
    case 'PS102':
    case 'PS104':
      return useSuggestion(diagnostic, input);
    case 'PS101':
      return addMissingProperty(diagnostic, input);
    case 'PS209':
      return addRiskResponse(diagnostic, input);
    case 'PS201':
      return renumberDuplicate(diagnostic, input);
    case 'PS206':
      return addToEntity(diagnostic, input, 'goal', smartParts(diagnostic, input));
    case 'PS219':
      return addToEntity(diagnostic, input, 'task', [['duration', '1']]);
    case 'PS220':
      return addToEntity(diagnostic, input, 'question', [['answer', todo(input)]]);
    case 'PS215':
      return addPlanStart(input);
    case 'PS221':
    case 'PS222':
      return removeHiddenCharacters(diagnostic, input);
    case 'PS245':
      return diagnostic.data?.['reason'] === 'reworded'
        ? markAnswerReviewed(diagnostic, input)
        : addAnswerSkeletons(diagnostic, input);
    default:
      return [];
  }
}

const overlaps = (span: Span, d: FixableDiagnostic): boolean =>
  span.offset <= d.offset + d.length && d.offset <= span.offset + span.length;

/** Where a new entity of a kind goes: tasks join the phase of the task that names them. */
function listPathFor(kind: EntityKind, referencePath: ValuePath): ValuePath | undefined {
  if (kind === 'task') {
    if (referencePath[0] === 'plan' && referencePath[1] === 'phases' && typeof referencePath[2] === 'number')
      return ['plan', 'phases', referencePath[2], 'tasks'];
    return undefined;
  }
  if (kind === 'phase') return undefined;
  return entityListFor(kind).list.split('.');
}

function createReferencedEntity(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  const ref = input.index.references.find((r) => overlaps(r.span, d));
  const id = ref?.id ?? (typeof d.data?.['id'] === 'string' ? d.data['id'] : undefined);
  if (!ref || id === undefined) return [];
  const kind: EntityKind | undefined = d.code === 'PS210' ? 'member' : ref.target === 'any' ? undefined : ref.target;
  if (!kind) return [];
  const listPath = listPathFor(kind, ref.path);
  if (!listPath) return [];
  const layout = layoutOf(input.parsed.text, input.parsed.document);
  const edit = appendListItem(layout, listPath, stubLines(kind, id, listPath, input));
  if (!edit) return [];
  return [
    {
      title: format(pick(MSG.fixCreateEntity, input.lang), pick(KIND_LABELS[kind], input.lang), id),
      edits: [edit],
      isPreferred: !hasSuggestion(d),
    },
  ];
}

/**
 * The checker names the closest existing id, key or allowed value (`data.suggestion`): replacing the
 * marked text with it is the likeliest fix for a typo, so it comes first and is preferred.
 */
function useSuggestion(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  const suggestion = d.data?.['suggestion'];
  if (typeof suggestion !== 'string' || suggestion === '') return [];
  // For a reference, replace only the id text (inside any quotes); otherwise the marked span.
  const ref =
    d.code === 'PS202' || d.code === 'PS210' ? input.index.references.find((r) => overlaps(r.span, d)) : undefined;
  const span = ref?.span ?? { offset: d.offset, length: d.length };
  const current = input.parsed.text.slice(span.offset, span.offset + span.length);
  if (span.length === 0 || current === suggestion) return [];
  const quoted = /^["']/.test(current);
  const newText = quoted || d.code === 'PS202' || d.code === 'PS210' ? suggestion : yamlString(suggestion);
  return [
    {
      title: format(pick(MSG.fixUseSuggestion, input.lang), suggestion),
      edits: [{ offset: span.offset, length: span.length, newText }],
      isPreferred: true,
    },
  ];
}

function hasSuggestion(d: FixableDiagnostic): boolean {
  return typeof d.data?.['suggestion'] === 'string';
}

/** Useful fields for a fresh entity beyond the schema's required ones (a task needs a length, a member a role). */
const EXTRA_FIELDS: Partial<Record<EntityKind, readonly string[]>> = {
  task: ['duration'],
  member: ['role'],
  component: ['kind'],
};

function stubLines(kind: EntityKind, id: string, listPath: ValuePath, input: QuickFixInput): string[] {
  const itemSchemas = schemaAt(input.schema, [...listPath, 0]);
  const props = propertiesOf(input.schema, itemSchemas);
  const list = entityListFor(kind);
  const wanted = new Set<string>([
    list.nameKeys[0] ?? 'name',
    ...props.filter((p) => p.required).map((p) => p.name),
    ...(EXTRA_FIELDS[kind] ?? []),
  ]);
  wanted.delete('id');
  const lines = [`id: ${yamlString(id)}`];
  for (const p of props) {
    if (!wanted.has(p.name)) continue;
    lines.push(`${p.name}: ${placeholderFor(input.schema, p.schema, contentLang(input), fallbackDate(input))}`);
  }
  return lines;
}

function contentLang(input: QuickFixInput): Language {
  return input.contentLanguage ?? input.lang;
}

function fallbackDate(input: QuickFixInput): string {
  const value = input.parsed.value;
  return (
    stringField(valueAt(value, ['plan']), 'start') ?? stringField(valueAt(value, ['proposal']), 'date') ?? '2026-01-01'
  );
}

/** `plan.phases[0].tasks[1].name` → `['plan','phases',0,'tasks',1,'name']`. */
export function parsePathLabel(label: string): ValuePath {
  const out: Array<string | number> = [];
  for (const m of label.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[1] !== undefined) out.push(m[1]);
  }
  return out;
}

function addMissingProperty(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  const property = d.data?.['property'];
  const pathLabel = d.data?.['path'];
  if (typeof property !== 'string' || typeof pathLabel !== 'string') return [];
  const childPath = parsePathLabel(pathLabel);
  const mapPath = childPath.slice(0, -1);
  const propSchema = propertiesOf(input.schema, schemaAt(input.schema, mapPath)).find((p) => p.name === property);
  const value = propSchema
    ? placeholderFor(input.schema, propSchema.schema, contentLang(input), fallbackDate(input))
    : yamlString(pick(MSG.placeholder, contentLang(input)));
  const layout = layoutOf(input.parsed.text, input.parsed.document);
  const lines = [property === 'id' ? `id: ${newIdFor(mapPath, input)}` : `${property}: ${value}`];
  const edit = insertIntoMap(layout, mapPath, lines);
  if (!edit) return [];
  return [{ title: format(pick(MSG.fixAddProperty, input.lang), property), edits: [edit], isPreferred: true }];
}

function newIdFor(mapPath: ValuePath, input: QuickFixInput): string {
  const used = new Set(input.index.definitions.map((x) => x.id));
  const sibling = input.index.definitions.find(
    (x) => JSON.stringify(x.path.slice(0, -1)) === JSON.stringify(mapPath.slice(0, -1)),
  );
  return nextFreeId(sibling?.id ?? 'ID1', used);
}

function addRiskResponse(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  const risk = input.index.definitions.find(
    (x) => x.kind === 'risk' && (overlaps(x.span, d) || overlaps(x.entitySpan, d)),
  );
  const riskPath: ValuePath | undefined = risk?.path ?? entityPathAt(input, d.offset, 'risk');
  if (!riskPath) return [];
  const value = valueAt(input.parsed.value, riskPath);
  const missingData = d.data?.['missing'];
  const missing = Array.isArray(missingData)
    ? missingData
    : ['prevention', 'contingency', 'owner'].filter((k) => !stringField(value, k)?.trim());
  const present = (k: string): boolean => valueAt(value, [k]) !== undefined && valueAt(value, [k]) !== null;
  const todo = yamlString(pick(MSG.placeholder, contentLang(input)));
  const lines: string[] = [];
  for (const k of ['prevention', 'contingency', 'owner']) {
    if (!missing.includes(k) || present(k)) continue;
    if (k === 'owner') {
      const member = input.index.definitions.find((x) => x.kind === 'member');
      lines.push(`owner: ${member ? yamlString(member.id) : todo}`);
    } else {
      lines.push(`${k}: ${todo}`);
    }
  }
  if (!lines.length) return [];
  const edit = insertIntoMap(layoutOf(input.parsed.text, input.parsed.document), riskPath, lines);
  if (!edit) return [];
  const label = risk?.id ?? stringField(value, 'title') ?? '';
  return [{ title: format(pick(MSG.fixRiskResponse, input.lang), label), edits: [edit], isPreferred: true }];
}

/** The deepest entity of `kind` whose source contains `offset` (diagnostics on id-less items sit on the item). */
function entityPathAt(input: QuickFixInput, offset: number, kind: EntityKind): ValuePath | undefined {
  const contains = (n: unknown): boolean => {
    const r =
      n && typeof n === 'object' && 'range' in n ? (n as { range?: [number, number, number] }).range : undefined;
    return !!r && offset >= r[0] && offset <= r[1];
  };
  let node: unknown = input.parsed.document.contents;
  let path: Array<string | number> = [];
  let found: ValuePath | undefined;
  for (let depth = 0; depth < 64; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && (contains(p.key) || contains(p.value)));
      if (!pair || !isScalar(pair.key)) break;
      path = [...path, String(pair.key.value)];
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex(contains);
      if (i < 0) break;
      path = [...path, i];
      node = node.items[i];
    } else {
      break;
    }
    if (entityOfItem(path)?.kind === kind) found = path;
  }
  return found;
}

function todo(input: QuickFixInput): string {
  return yamlString(pick(MSG.placeholder, contentLang(input)));
}

/** PS206: the SMART parts the goal lacks; the deadline placeholder is the plan's end, so it is met. */
function smartParts(d: FixableDiagnostic, input: QuickFixInput): Array<[string, string]> {
  const missing = d.data?.['missing'];
  const parts = Array.isArray(missing) ? missing : ['metric', 'target', 'deadline'];
  return parts.map((k): [string, string] => [
    k,
    k === 'deadline' ? (input.planEnd ?? fallbackDate(input)) : todo(input),
  ]);
}

/** Adds `fields` the entity at the diagnostic does not have yet, below its last line. */
function addToEntity(
  d: FixableDiagnostic,
  input: QuickFixInput,
  kind: EntityKind,
  fields: Array<[string, string]>,
): QuickFix[] {
  const def = input.index.definitions.find(
    (x) =>
      x.kind === kind &&
      (overlaps(x.span, d) ||
        (d.offset >= x.entitySpan.offset && d.offset <= x.entitySpan.offset + x.entitySpan.length)),
  );
  const path = def?.path ?? entityPathAt(input, d.offset, kind);
  if (!path) return [];
  const value = valueAt(input.parsed.value, path);
  const missing = fields.filter(
    ([k]) => valueAt(value, [k]) === undefined || valueAt(value, [k]) === null || valueAt(value, [k]) === '',
  );
  if (!missing.length) return [];
  const edit = insertIntoMap(
    layoutOf(input.parsed.text, input.parsed.document),
    path,
    missing.map(([k, v]) => `${k}: ${v}`),
  );
  if (!edit) return [];
  return [
    {
      title: format(pick(MSG.fixAddFields, input.lang), missing.map(([k]) => k).join(', ')),
      edits: [edit],
      isPreferred: true,
    },
  ];
}

const REMOVE_HIDDEN: Localized = { en: 'Remove the hidden characters here', 'zh-CN': '删除此处的隐藏字符' };
const REMOVE_ALL_HIDDEN: Localized = {
  en: 'Remove all {0} hidden characters in the file',
  'zh-CN': '删除文件中全部 {0} 个隐藏字符',
};

/**
 * PS221/PS222: delete exactly the reported characters (the diagnostic's range holds nothing else),
 * or every such character in the file at once. A byte order mark at the very start is left alone.
 */
function removeHiddenCharacters(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  if (d.length <= 0) return [];
  const fixes: QuickFix[] = [
    {
      title: pick(REMOVE_HIDDEN, input.lang),
      edits: [{ offset: d.offset, length: d.length, newText: '' }],
      isPreferred: true,
    },
  ];
  const all = findHiddenChars(input.parsed.text);
  const count = all.reduce((n, r) => n + r.length, 0);
  if (all.length > 1) {
    fixes.push({
      title: format(pick(REMOVE_ALL_HIDDEN, input.lang), String(count)),
      edits: all.map((r) => ({ offset: r.offset, length: r.length, newText: '' })),
      isPreferred: false,
    });
  }
  return fixes;
}

/** PS215: `plan.start`, today by default (the user moves it). */
function addPlanStart(input: QuickFixInput): QuickFix[] {
  const date = input.today ?? fallbackDate(input);
  const edit = insertIntoMap(layoutOf(input.parsed.text, input.parsed.document), ['plan'], [`start: ${date}`]);
  if (!edit) return [];
  return [{ title: format(pick(MSG.fixAddFields, input.lang), 'start'), edits: [edit], isPreferred: true }];
}

function renumberDuplicate(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  const def = input.index.definitions.find((x) => overlaps(x.span, d));
  if (!def) return [];
  const used = new Set(input.index.definitions.map((x) => x.id));
  const next = nextFreeId(def.id, used);
  return [
    {
      title: format(pick(MSG.fixRenumber, input.lang), def.id, next),
      edits: [{ offset: def.span.offset, length: def.span.length, newText: next }],
      isPreferred: true,
    },
  ];
}

const ADD_ANSWER: Localized = { en: 'Add an answer skeleton', 'zh-CN': '添加应答骨架' };
const ADD_ALL_ANSWERS: Localized = {
  en: 'Add an answer skeleton to all {0} unanswered RFP items',
  'zh-CN': '为全部 {0} 个未应答的招标条目添加应答骨架',
};
const MARK_REVIEWED: Localized = {
  en: 'Mark the answer as reviewed against the new wording',
  'zh-CN': '标记应答已按新文本复核',
};

/**
 * PS245 (no answer): an `answer` with an empty response and the basis it is written against, but no
 * status: choosing comply or non-comply is the engineer's decision, so PS245 stays until a status is
 * chosen (completion offers them). Offered for this requirement and for every unanswered one at once.
 */
function addAnswerSkeletons(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  const def = input.index.definitions.find((x) => x.kind === 'requirement' && overlaps(x.span, d));
  const here = def?.path ?? entityPathAt(input, d.offset, 'requirement');
  const layout = layoutOf(input.parsed.text, input.parsed.document);
  const skeleton = (path: ValuePath): TextEdit | undefined => {
    const origin = valueAt(input.parsed.value, [...path, 'rfp']);
    const hash = stringField(origin, 'textHash');
    const lines = ['answer:', '  response: ""', '  refs: []', ...(hash ? [`  basis: ${yamlString(hash)}`] : [])];
    return insertIntoMap(layout, path, lines);
  };
  const fixes: QuickFix[] = [];
  const one = here && valueAt(input.parsed.value, [...here, 'answer']) === undefined ? skeleton(here) : undefined;
  if (one) fixes.push({ title: pick(ADD_ANSWER, input.lang), edits: [one], isPreferred: true });
  const requirements = valueAt(input.parsed.value, ['requirements']);
  const all: TextEdit[] = [];
  if (Array.isArray(requirements))
    requirements.forEach((r: unknown, i) => {
      if (valueAt(r, ['rfp']) === undefined || valueAt(r, ['answer']) !== undefined) return;
      const edit = skeleton(['requirements', i]);
      if (edit) all.push(edit);
    });
  if (all.length > 1)
    fixes.push({
      title: format(pick(ADD_ALL_ANSWERS, input.lang), String(all.length)),
      edits: all,
      isPreferred: false,
    });
  return fixes;
}

/** PS245 (reworded): the basis becomes the new text's hash once the engineer has reread the answer. */
function markAnswerReviewed(d: FixableDiagnostic, input: QuickFixInput): QuickFix[] {
  const hash = d.data?.['textHash'];
  if (typeof hash !== 'string' || !/^[0-9a-f]{8}$/.test(hash) || d.length <= 0) return [];
  return [
    {
      title: pick(MARK_REVIEWED, input.lang),
      edits: [{ offset: d.offset, length: d.length, newText: `"${hash}"` }],
      isPreferred: false,
    },
  ];
}
