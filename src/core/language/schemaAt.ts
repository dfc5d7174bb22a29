import type { Language } from '../model';
import type { ValuePath } from '../locate';

/** The parts of JSON Schema (draft-07) the editor reads, plus VS Code's annotation extensions. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  markdownDescription?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema | JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  default?: unknown;
  minimum?: number;
  pattern?: string;
  definitions?: Record<string, JsonSchema>;
  $defs?: Record<string, JsonSchema>;
}

/** Translated annotations for one schema node (`schemas/presales.schema.zh-CN.json`, keyed by JSON pointer). */
export interface SchemaAnnotation {
  title?: string;
  description?: string;
  markdownDescription?: string;
  enumDescriptions?: string[];
  markdownEnumDescriptions?: string[];
  /** For an enum value entry: the value it describes. */
  value?: unknown;
}

export interface SchemaContext {
  root: JsonSchema;
  /** Chinese annotations by JSON pointer (`/definitions/Risk/properties/owner`, with or without `#`). */
  zhAnnotations?: Readonly<Record<string, SchemaAnnotation>>;
}

/** A schema node with the pointers it was reached through (outermost first, before `$ref`s). */
export interface ResolvedSchema {
  node: JsonSchema;
  pointers: string[];
  nodes: JsonSchema[];
}

export interface PropertySchema {
  name: string;
  required: boolean;
  schema: ResolvedSchema[];
}

const MAX_REF_DEPTH = 32;

/** Every alternative schema that applies at `path` (several under `oneOf`/`anyOf`). */
export function schemaAt(ctx: SchemaContext, path: ValuePath): ResolvedSchema[] {
  let current = expand(ctx, { node: ctx.root, pointers: [''], nodes: [ctx.root] });
  for (const segment of path) {
    const next: ResolvedSchema[] = [];
    for (const c of current) {
      if (typeof segment === 'number') {
        const items = c.node.items;
        if (Array.isArray(items)) {
          const item = items[segment];
          if (item) next.push(child(c, item, `/items/${segment}`));
        } else if (items) {
          next.push(child(c, items, '/items'));
        }
      } else {
        const prop = c.node.properties?.[segment];
        if (prop) next.push(child(c, prop, `/properties/${escapePointer(segment)}`));
      }
    }
    current = next.flatMap((n) => expand(ctx, n));
    if (!current.length) return [];
  }
  return current;
}

/** Properties allowed in a map whose schema alternatives are `schemas`, in schema order, merged. */
export function propertiesOf(ctx: SchemaContext, schemas: ResolvedSchema[]): PropertySchema[] {
  const byName = new Map<string, PropertySchema>();
  for (const s of schemas) {
    const required = new Set(s.node.required ?? []);
    for (const [name, prop] of Object.entries(s.node.properties ?? {})) {
      const resolved = expand(ctx, child(s, prop, `/properties/${escapePointer(name)}`));
      const existing = byName.get(name);
      if (existing) {
        existing.required ||= required.has(name);
        existing.schema.push(...resolved);
      } else {
        byName.set(name, { name, required: required.has(name), schema: resolved });
      }
    }
  }
  return [...byName.values()];
}

export interface EnumValue {
  value: string | number | boolean;
  description: string | undefined;
}

export function enumValuesOf(ctx: SchemaContext, schemas: ResolvedSchema[], lang: Language): EnumValue[] {
  const seen = new Set<string>();
  const out: EnumValue[] = [];
  for (const s of schemas) {
    const values = s.node.enum ?? (s.node.const !== undefined ? [s.node.const] : []);
    const zh = lang === 'zh-CN' ? annotationFor(ctx, s) : undefined;
    const descriptions =
      zh?.markdownEnumDescriptions ??
      zh?.enumDescriptions ??
      s.node.markdownEnumDescriptions ??
      s.node.enumDescriptions;
    values.forEach((v, i) => {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return;
      const key = JSON.stringify(v);
      if (seen.has(key)) return;
      seen.add(key);
      // The zh-CN table keys each enum value by `<pointer>/enum/<index>`.
      const zhValue =
        lang === 'zh-CN' ? s.pointers.map((p) => lookupAnnotation(ctx, `${p}/enum/${i}`)).find((a) => a) : undefined;
      const text = zhValue?.description ?? zhValue?.title ?? descriptions?.[i];
      out.push({ value: v, description: text });
    });
  }
  return out;
}

export function typesOf(schemas: ResolvedSchema[]): Set<string> {
  const types = new Set<string>();
  for (const s of schemas) {
    const t = s.node.type;
    if (Array.isArray(t)) t.forEach((x) => types.add(x));
    else if (t) types.add(t);
    else if (s.node.properties) types.add('object');
    else if (s.node.items) types.add('array');
    else if (s.node.enum?.every((v) => typeof v === 'string')) types.add('string');
  }
  return types;
}

/** Title and description for display: the outermost node that has one wins (siblings of `$ref` describe the use). */
export function describe(
  ctx: SchemaContext,
  schemas: ResolvedSchema[],
  lang: Language,
): { title: string | undefined; description: string | undefined } {
  let title: string | undefined;
  let description: string | undefined;
  for (const s of schemas) {
    for (let i = 0; i < s.nodes.length; i++) {
      const node = s.nodes[i];
      const pointer = s.pointers[i];
      if (!node || pointer === undefined) continue;
      const zh = lang === 'zh-CN' ? lookupAnnotation(ctx, pointer) : undefined;
      title ??= zh?.title ?? node.title;
      description ??= zh?.markdownDescription ?? zh?.description ?? node.markdownDescription ?? node.description;
    }
  }
  return { title, description };
}

function annotationFor(ctx: SchemaContext, s: ResolvedSchema): SchemaAnnotation | undefined {
  for (const p of s.pointers) {
    const a = lookupAnnotation(ctx, p);
    if (a) return a;
  }
  return undefined;
}

function lookupAnnotation(ctx: SchemaContext, pointer: string): SchemaAnnotation | undefined {
  const table = ctx.zhAnnotations;
  if (!table) return undefined;
  return table[pointer] ?? table[`#${pointer}`] ?? (pointer === '' ? table['/'] : undefined);
}

function child(parent: ResolvedSchema, node: JsonSchema, suffix: string): ResolvedSchema {
  const pointer = `${parent.pointers[parent.pointers.length - 1] ?? ''}${suffix}`;
  return { node, pointers: [pointer], nodes: [node] };
}

/** Follows `$ref` and splits `oneOf`/`anyOf`/`allOf` into alternatives (allOf parts all apply, so they are merged by the callers). */
function expand(ctx: SchemaContext, start: ResolvedSchema, depth = 0): ResolvedSchema[] {
  if (depth > MAX_REF_DEPTH) return [];
  let current = start;
  for (let hops = 0; current.node.$ref !== undefined && hops < MAX_REF_DEPTH; hops++) {
    const pointer = current.node.$ref.startsWith('#') ? current.node.$ref.slice(1) : undefined;
    const target = pointer === undefined ? undefined : resolvePointer(ctx.root, pointer);
    if (!target || pointer === undefined) break;
    current = { node: target, pointers: [...current.pointers, pointer], nodes: [...current.nodes, target] };
  }
  const parts = [...(current.node.oneOf ?? []), ...(current.node.anyOf ?? []), ...(current.node.allOf ?? [])];
  if (!parts.length) return [current];
  const out: ResolvedSchema[] = [];
  // The node itself may carry properties/type next to the combinator.
  if (current.node.properties || current.node.type || current.node.enum) out.push(current);
  const base = current.pointers[current.pointers.length - 1] ?? '';
  const groups: Array<[string, JsonSchema[] | undefined]> = [
    ['oneOf', current.node.oneOf],
    ['anyOf', current.node.anyOf],
    ['allOf', current.node.allOf],
  ];
  for (const [name, list] of groups) {
    list?.forEach((alt, i) => {
      out.push(
        ...expand(
          ctx,
          { node: alt, pointers: [...current.pointers, `${base}/${name}/${i}`], nodes: [...current.nodes, alt] },
          depth + 1,
        ),
      );
    });
  }
  return out;
}

function resolvePointer(root: JsonSchema, pointer: string): JsonSchema | undefined {
  if (pointer === '' || pointer === '/') return root;
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? node : undefined;
}

function escapePointer(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1');
}
