/**
 * Imported RFP items into a proposal, as text edits that leave the rest of the user's file (comments,
 * quoting, order) as it was. New items are appended to `requirements` with an id made from the
 * customer's (`4.2.1` -> `rfp-4-2-1`); items already there are matched by `rfp.id` (or, without a
 * customer id, by table/row and wording) and never duplicated: only their `rfp` origin is brought up
 * to date, so an `answer` always survives. The result also says what changed against the previous
 * import (added, removed, reworded by text hash): the customer's version 2.
 */
import { Document, isMap, isScalar, type Node } from 'yaml';
import { layoutOf, appendListItem, insertIntoMap, columnOf } from '../language/yamlLayout';
import type { TextEdit } from '../language/textEdit';
import { applyEdits } from '../language/textEdit';
import type { Priority, RequirementRfp, RfpSource } from '../model';
import { normalizeProposal } from '../normalize';
import { parseProposalText } from '../parse';
import { markOf } from './columns';
import type { RfpItem } from './types';

export interface MergeInput {
  /** The proposal's text (empty for a new proposal). */
  readonly text: string;
  readonly items: readonly RfpItem[];
  /** Written as the top-level `rfp`. */
  readonly source: RfpSource;
  /** Used for a new proposal's title. */
  readonly title?: string;
}

export interface RewordedItem {
  /** Our requirement id. */
  readonly id: string;
  readonly customerId: string;
  readonly oldText: string;
  readonly newText: string;
  readonly oldHash: string;
  readonly newHash: string;
}

export interface RfpDiff {
  /** Imported items that were not in the proposal, with the id they get. */
  readonly added: ReadonlyArray<{ readonly id: string; readonly item: RfpItem }>;
  /** Requirements from an earlier import whose customer id the new file no longer has (kept in the file). */
  readonly removed: ReadonlyArray<{ readonly id: string; readonly customerId: string }>;
  readonly reworded: readonly RewordedItem[];
  /** Matched and unchanged in wording. */
  readonly unchanged: number;
}

export interface MergeResult {
  readonly edits: readonly TextEdit[];
  /** The text with the edits applied. */
  readonly text: string;
  readonly diff: RfpDiff;
}

/** `4.2.1` -> `rfp-4-2-1`; an id with no ASCII letters or digits falls back to the row. */
export function requirementIdFor(item: RfpItem): string {
  const slug = item.id
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) return `rfp-${slug}`;
  if (item.paragraph !== undefined) return `rfp-p${item.paragraph}`;
  return item.table !== undefined ? `rfp-t${item.table}-r${item.row}` : `rfp-r${item.row}`;
}

/** A short title: the first line or sentence of the customer's text without its ★/▲ mark. */
export function titleFor(text: string): string {
  let t = text.trim();
  if (markOf(t)) t = t.slice(1).trim();
  const firstLine = t.split('\n')[0] ?? t;
  const sentence = /^(.+?(?:[.!?;](?=\s|$)|[。！？；]))/u.exec(firstLine)?.[1] ?? firstLine;
  const chars = [...sentence];
  if (chars.length <= 80) return sentence.trim();
  const cut = chars.slice(0, 79).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trim()}…`;
}

function rfpOrigin(item: RfpItem): RequirementRfp {
  return {
    ...(item.id ? { id: item.id } : {}),
    ...(item.section ? { section: item.section } : {}),
    text: item.text,
    ...(item.mark ? { mark: item.mark } : {}),
    ...(item.row > 0 ? { row: item.row } : {}),
    ...(item.table !== undefined ? { table: item.table } : {}),
    ...(item.paragraph !== undefined ? { paragraph: item.paragraph } : {}),
    textHash: item.textHash,
  };
}

/** YAML lines of a value (a map), `unit` spaces per level, strings quoted only as needed. */
function yamlLines(value: unknown, unit: number): string[] {
  const out = new Document(value).toString({ indent: unit, lineWidth: 0, minContentWidth: 0 });
  return out.replace(/\n$/, '').split('\n');
}

function requirementLines(id: string, item: RfpItem, sourceLabel: string, unit: number): string[] {
  const value: Record<string, unknown> = { id, title: titleFor(item.text) };
  const priority: Priority | undefined = item.priority;
  if (priority) value['priority'] = priority;
  value['description'] = item.text;
  value['source'] = sourceLabel;
  value['rfp'] = rfpOrigin(item);
  return yamlLines(value, unit);
}

function sourceLabelFor(item: RfpItem): string {
  const where =
    item.paragraph !== undefined
      ? `¶${item.paragraph}`
      : item.table !== undefined
        ? `T${item.table}/${item.row}`
        : `${item.row}`;
  return item.id ? `RFP ${item.id}` : `RFP ${where}`;
}

function collectIds(value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) collectIds(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'id' && typeof v === 'string') out.add(v);
      else if (k !== 'rfp') collectIds(v, out);
    }
}

/** Double-quoted YAML scalar (JSON strings are valid YAML double-quoted scalars), on one line. */
function quoted(s: string): string {
  return JSON.stringify(s);
}

function scalarEdit(text: string, node: Node, value: string | number): TextEdit | undefined {
  const r = node.range;
  if (!r) return undefined;
  let end = r[1];
  // A block scalar's range takes its last line break with it; keep one.
  const keepNewline = end > r[0] && text[end - 1] === '\n';
  if (keepNewline) end--;
  return { offset: r[0], length: end - r[0], newText: typeof value === 'number' ? String(value) : quoted(value) };
}

/** Edits `rfp`'s keys in place (changed scalars replaced, new keys added). */
function updateOrigin(
  text: string,
  layout: ReturnType<typeof layoutOf>,
  path: (string | number)[],
  origin: RequirementRfp,
  edits: TextEdit[],
): void {
  const map = layout.document.getIn(path, true);
  if (!isMap(map) || map.flow) return;
  const missing: string[] = [];
  for (const [key, value] of Object.entries(origin) as Array<[string, string | number]>) {
    const node = map.get(key, true);
    if (isScalar(node)) {
      if (node.value === value || String(node.value) === String(value)) continue;
      const e = scalarEdit(text, node, value);
      if (e) edits.push(e);
    } else if (node === undefined) {
      missing.push(`${key}: ${typeof value === 'number' ? value : quoted(value)}`);
    }
  }
  if (missing.length > 0) {
    const e = insertIntoMap(layout, path, missing);
    if (e) edits.push(e);
  }
}

/** Joins insertions at the same offset into one edit, in the order they were made. */
function combine(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    const same = out.find((o) => o.offset === e.offset && o.length === 0 && e.length === 0);
    if (same) same.newText += e.newText;
    else out.push({ ...e });
  }
  return out;
}

export function mergeRequirements(input: MergeInput): MergeResult {
  const base = input.text.trim()
    ? input.text
    : `presales: "1.0"\nproposal:\n  title: ${quoted(input.title ?? 'Proposal')}\n`;
  const parsed = parseProposalText(base);
  const layout = layoutOf(base, parsed.document);
  const proposal = normalizeProposal(parsed.value);
  const existing = proposal.requirements ?? [];
  const ids = new Set<string>();
  collectIds(parsed.value, ids);

  const byCustomerId = new Map<string, number>();
  const byPlace = new Map<string, number>();
  existing.forEach((r, i) => {
    if (r.rfp?.id) byCustomerId.set(r.rfp.id, i);
    if (r.rfp?.textHash) byPlace.set(`h:${r.rfp.textHash}`, i);
    if (r.rfp?.row !== undefined) byPlace.set(`p:${r.rfp.table ?? 0}:${r.rfp.row}:${r.rfp.paragraph ?? 0}`, i);
  });

  const edits: TextEdit[] = [];
  const added: Array<{ id: string; item: RfpItem }> = [];
  const reworded: RewordedItem[] = [];
  let unchanged = 0;
  const matched = new Set<number>();
  const newItems: Array<{ id: string; item: RfpItem }> = [];

  for (const item of input.items) {
    let index = item.id ? byCustomerId.get(item.id) : undefined;
    if (index === undefined && !item.id)
      index =
        byPlace.get(`h:${item.textHash}`) ?? byPlace.get(`p:${item.table ?? 0}:${item.row}:${item.paragraph ?? 0}`);
    if (index !== undefined && !matched.has(index)) {
      matched.add(index);
      const req = existing[index];
      const old = req?.rfp ?? {};
      if (old.textHash !== item.textHash) {
        reworded.push({
          id: req?.id ?? '',
          customerId: item.id,
          oldText: old.text ?? '',
          newText: item.text,
          oldHash: old.textHash ?? '',
          newHash: item.textHash,
        });
        // The description follows the customer's new wording unless the user has rewritten it.
        const desc = parsed.document.getIn(['requirements', index, 'description'], true);
        if (isScalar(desc) && old.text !== undefined && desc.value === old.text) {
          const e = scalarEdit(base, desc, item.text);
          if (e) edits.push(e);
        }
      } else unchanged++;
      const originNode = parsed.document.getIn(['requirements', index, 'rfp'], true);
      if (isMap(originNode)) updateOrigin(base, layout, ['requirements', index, 'rfp'], rfpOrigin(item), edits);
      else {
        const e = insertIntoMap(layout, ['requirements', index], yamlLines({ rfp: rfpOrigin(item) }, layout.unit));
        if (e) edits.push(e);
      }
      continue;
    }
    let id = requirementIdFor(item);
    if (ids.has(id)) {
      let n = 2;
      while (ids.has(`${id}-${n}`)) n++;
      id = `${id}-${n}`;
    }
    ids.add(id);
    newItems.push({ id, item });
    added.push({ id, item });
  }

  if (newItems.length > 0) {
    const [first, ...rest] = newItems;
    if (first) {
      const firstLines = requirementLines(first.id, first.item, sourceLabelFor(first.item), layout.unit);
      const e = appendListItem(layout, ['requirements'], firstLines);
      if (e) {
        // Every further item at the column of the first one's "- ".
        const dash = e.newText.split('\n').find((l) => /^\s*- /.test(l)) ?? '- ';
        const column = dash.length - dash.trimStart().length;
        const pad = ' '.repeat(column);
        let more = '';
        for (const n of rest) {
          const lines = requirementLines(n.id, n.item, sourceLabelFor(n.item), layout.unit);
          more += lines.map((l, i) => `${pad}${i === 0 ? '- ' : '  '}${l}\n`).join('');
        }
        edits.push({ ...e, newText: e.newText + more });
      }
    }
  }

  // The top-level rfp: replaced as a whole (the importer writes it), or added at the end.
  const sourceLines = yamlLines({ rfp: input.source }, layout.unit);
  const root = parsed.document.contents;
  const pair = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'rfp') : undefined;
  if (pair && isScalar(pair.key) && pair.key.range) {
    const start = pair.key.range[0];
    const valueEnd = (pair.value as Node | null | undefined)?.range?.[1] ?? pair.key.range[1];
    const end = base[valueEnd - 1] === '\n' ? valueEnd - 1 : valueEnd;
    const pad = ' '.repeat(columnOf(base, start));
    edits.push({
      offset: start,
      length: end - start,
      newText: sourceLines.map((l, i) => (i === 0 ? l : pad + l)).join('\n'),
    });
  } else {
    const e = insertIntoMap(layout, [], sourceLines);
    if (e) edits.push(e);
  }

  const removed: Array<{ id: string; customerId: string }> = [];
  const importedIds = new Set(input.items.map((i) => i.id).filter(Boolean));
  existing.forEach((r, i) => {
    if (r.rfp?.id && !matched.has(i) && !importedIds.has(r.rfp.id))
      removed.push({ id: r.id ?? '', customerId: r.rfp.id });
  });

  const combined = combine(edits);
  // A new proposal: the whole text is the edit.
  const text = applyEdits(base, combined);
  const finalEdits = base === input.text ? combined : [{ offset: 0, length: input.text.length, newText: text }];
  return { edits: finalEdits, text, diff: { added, removed, reworded, unchanged } };
}
