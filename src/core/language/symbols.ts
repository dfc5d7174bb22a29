import { isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span, ValuePath } from '../locate';
import type { Language } from '../model';
import { pick } from '../messages/localize';
import { entityOfItem, entityOfList, pathPattern, type EntityKind } from '../entities';
import type { SourceIdIndex } from './idIndex';
import { KIND_LABELS, MSG, format } from './messages';

export type SymbolCategory = 'section' | 'list' | 'connection' | EntityKind;

/** Outline entry: sections, then entities (by id, named), nested as in the file. */
export interface ProposalSymbol {
  name: string;
  detail: string;
  category: SymbolCategory;
  /** The whole thing (key and value). */
  span: Span;
  /** What the outline reveals (the key, or the entity's id). */
  selectionSpan: Span;
  children: ProposalSymbol[];
}

export function documentSymbols(document: Document.Parsed | Document, lang: Language): ProposalSymbol[] {
  return collect(document.contents, [], lang);
}

function collect(node: unknown, path: ValuePath, lang: Language): ProposalSymbol[] {
  if (isMap(node)) {
    const out: ProposalSymbol[] = [];
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      const childPath = [...path, key];
      const children = collect(pair.value, childPath, lang);
      const keySpan = spanOf(pair.key);
      const whole = joinSpans(keySpan, spanOf(pair.value));
      const list = entityOfList(childPath);
      if (path.length === 0) {
        out.push({ name: key, detail: '', category: 'section', span: whole, selectionSpan: keySpan, children });
      } else if ((list && !entityOfItem(path)) || pathPattern(childPath) === 'architecture.connections') {
        // `architecture.components`, `budget.lines`...: a list inside a section gets its own node.
        out.push({ name: key, detail: '', category: 'list', span: whole, selectionSpan: keySpan, children });
      } else {
        out.push(...children);
      }
    }
    return out;
  }
  if (isSeq(node)) {
    const out: ProposalSymbol[] = [];
    node.items.forEach((item, i) => {
      const itemPath = [...path, i];
      const entity = entityOfItem(itemPath);
      if (entity && isMap(item)) {
        const idNode = valueNode(item, 'id');
        const id = isScalar(idNode) && typeof idNode.value === 'string' ? idNode.value : undefined;
        const names = entity.nameKeys
          .map((k) => valueNode(item, k))
          .filter(isScalar)
          .map((s) => String(s.value));
        const label = names.join(': ');
        const span = spanOf(item);
        out.push({
          name: id ?? (label || `#${i + 1}`),
          detail: id !== undefined && label ? label : pick(KIND_LABELS[entity.kind], lang),
          category: entity.kind,
          span,
          selectionSpan: isScalar(idNode) ? spanOf(idNode) : { offset: span.offset, length: 0 },
          children: collect(item, itemPath, lang),
        });
      } else if (pathPattern(path) === 'architecture.connections' && isMap(item)) {
        const from = valueNode(item, 'from');
        const to = valueNode(item, 'to');
        const label = valueNode(item, 'label');
        const span = spanOf(item);
        out.push({
          name: format(
            pick(MSG.symbolConnection, lang),
            isScalar(from) ? String(from.value) : '?',
            isScalar(to) ? String(to.value) : '?',
          ),
          detail: isScalar(label) ? String(label.value) : '',
          category: 'connection',
          span,
          selectionSpan: { offset: span.offset, length: 0 },
          children: [],
        });
      } else {
        out.push(...collect(item, itemPath, lang));
      }
    });
    return out;
  }
  return [];
}

/** Flat list of every entity with an id, for workspace symbol search across files. */
export interface EntitySymbol {
  name: string;
  containerName: string;
  category: EntityKind;
  span: Span;
}

export function entitySymbols(index: SourceIdIndex, lang: Language): EntitySymbol[] {
  return index.definitions.map((d) => ({
    name: d.name !== undefined ? `${d.id} ${d.name}` : d.id,
    containerName: pick(KIND_LABELS[d.kind], lang),
    category: d.kind,
    span: d.span,
  }));
}

function valueNode(map: Node, key: string): unknown {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key)?.value;
}

function spanOf(node: unknown): Span {
  if (!node || typeof node !== 'object' || !('range' in node)) return { offset: 0, length: 0 };
  const r = (node as Node).range;
  return r ? { offset: r[0], length: Math.max(0, r[1] - r[0]) } : { offset: 0, length: 0 };
}

function joinSpans(a: Span, b: Span): Span {
  if (b.length === 0 && b.offset === 0) return a;
  const start = Math.min(a.offset, b.offset);
  const end = Math.max(a.offset + a.length, b.offset + b.length);
  return { offset: start, length: end - start };
}
