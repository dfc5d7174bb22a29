import type { Span, ValuePath } from '../locate';
import type { Language } from '../model';
import { pick } from '../messages/localize';
import { cursorContext, type CursorContext } from './cursorPath';
import { owningEntityPath, referenceFieldAt } from '../entities';
import type { SourceIdIndex } from './idIndex';
import { KIND_LABELS } from './messages';
import { yamlString } from './placeholders';
import {
  describe,
  enumValuesOf,
  propertiesOf,
  schemaAt,
  typesOf,
  type PropertySchema,
  type SchemaContext,
} from './schemaAt';

/** A completion item in plain data; the VS Code provider maps it to `vscode.CompletionItem`. */
export interface CompletionEntry {
  label: string;
  /** Shown after the label, dimmed (the entity's name for an id). */
  labelDetail?: string;
  kind: 'property' | 'object' | 'enum' | 'reference' | 'value';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  isSnippet: boolean;
  sortText: string;
  filterText?: string;
  /** The text the item replaces; absent = the word at the cursor. */
  range?: Span;
}

export interface CompletionInput {
  text: string;
  offset: number;
  /** Built from the same text (possibly with errors); ids defined anywhere in the file. */
  index: SourceIdIndex;
  schema: SchemaContext;
  lang: Language;
}

export function completeAt(input: CompletionInput): CompletionEntry[] {
  const ctx = cursorContext(input.text, input.offset);
  const schemas = schemaAt(input.schema, ctx.path);
  const out: CompletionEntry[] = [];
  if (ctx.kind === 'key') {
    const props = propertiesOf(input.schema, schemas);
    if (props.length) out.push(...keyEntries(input, ctx, props));
  }
  // A bare `- ` item may be a scalar (an id in `dependsOn`, a requirement in `satisfies`), so values
  // are offered there too, next to the keys of the object form.
  if (ctx.kind === 'value' || typeof ctx.path[ctx.path.length - 1] === 'number') {
    out.push(...valueEntries(input, ctx));
  }
  return out;
}

function keyEntries(input: CompletionInput, ctx: CursorContext, props: PropertySchema[]): CompletionEntry[] {
  const present = new Set(ctx.siblingKeys);
  return props
    .filter((p) => !present.has(p.name))
    .map((p, i) => {
      const types = typesOf(p.schema);
      const { title, description } = describe(input.schema, p.schema, input.lang);
      const isObject = types.has('object') && !types.has('string');
      const isArray = types.has('array') && !types.has('string');
      const enums = enumValuesOf(input.schema, p.schema, input.lang);
      const name = p.name;
      let insertText = name;
      if (!ctx.hasColon) {
        if (isArray) insertText = `${name}:\n  - $1`;
        else if (isObject) insertText = `${name}:\n  $1`;
        else if (enums.length === 1 && enums[0])
          insertText = `${name}: ${snippetText(typeof enums[0].value === 'string' ? yamlString(enums[0].value) : String(enums[0].value))}`;
        else if (enums.length > 1)
          insertText = `${name}: \${1|${enums.map((e) => snippetChoice(String(e.value))).join(',')}|}`;
        else if (types.has('boolean') && types.size === 1) insertText = `${name}: \${1|true,false|}`;
        else insertText = `${name}: $1`;
      }
      const entry: CompletionEntry = {
        label: name,
        kind: isObject || isArray ? 'object' : 'property',
        insertText,
        isSnippet: !ctx.hasColon,
        sortText: `${p.required ? '0' : '1'}${String(i).padStart(3, '0')}`,
        range: ctx.span,
      };
      if (title !== undefined) entry.detail = title;
      if (description !== undefined) entry.documentation = description;
      return entry;
    });
}

function snippetText(s: string): string {
  return s.replace(/[$}\\]/g, (c) => `\\${c}`);
}

function snippetChoice(s: string): string {
  return s.replace(/[$}\\,|]/g, (c) => `\\${c}`);
}

function valueEntries(input: CompletionInput, ctx: CursorContext): CompletionEntry[] {
  const out: CompletionEntry[] = [];
  const field = referenceFieldAt(ctx.path);
  if (field) out.push(...referenceEntries(input, ctx, ctx.path, field.target));
  const schemas = schemaAt(input.schema, ctx.path);
  enumValuesOf(input.schema, schemas, input.lang).forEach((e, i) => {
    const entry: CompletionEntry = {
      label: String(e.value),
      kind: 'enum',
      insertText: String(e.value),
      isSnippet: false,
      sortText: `2${String(i).padStart(3, '0')}`,
      range: ctx.span,
    };
    if (e.description !== undefined) {
      entry.documentation = e.description;
      entry.detail = firstLine(e.description);
    }
    out.push(entry);
  });
  const types = typesOf(schemas);
  if (types.has('boolean') && !out.length) {
    for (const b of ['true', 'false'])
      out.push({ label: b, kind: 'value', insertText: b, isSnippet: false, sortText: `3${b}`, range: ctx.span });
  }
  return out;
}

function referenceEntries(
  input: CompletionInput,
  ctx: CursorContext,
  path: ValuePath,
  target: string,
): CompletionEntry[] {
  const { index, lang } = input;
  // Ids already listed in the same list, and the entity's own id (a task never depends on itself).
  const listPath = typeof path[path.length - 1] === 'number' ? path.slice(0, -1) : undefined;
  const taken = new Set<string>();
  if (listPath) {
    const here = JSON.stringify(path);
    for (const r of index.references) {
      if (
        r.path.length === path.length &&
        JSON.stringify(r.path.slice(0, -1)) === JSON.stringify(listPath) &&
        JSON.stringify(r.path) !== here
      )
        taken.add(r.id);
      else if (
        r.path.length === path.length + 1 &&
        JSON.stringify(r.path.slice(0, -2)) === JSON.stringify(listPath) &&
        JSON.stringify(r.path.slice(0, -1)) !== here
      )
        taken.add(r.id);
    }
  }
  const owner = owningEntityPath(path);
  if (owner) {
    const self = index.definitions.find((d) => JSON.stringify(d.path) === JSON.stringify(owner));
    if (self && (target === self.kind || target === 'any')) taken.add(self.id);
  }
  const seen = new Set<string>();
  const out: CompletionEntry[] = [];
  index.definitions.forEach((d, i) => {
    if (target !== 'any' && d.kind !== target) return;
    if (taken.has(d.id) || seen.has(d.id)) return;
    seen.add(d.id);
    const kindLabel = pick(KIND_LABELS[d.kind], lang);
    const entry: CompletionEntry = {
      label: d.id,
      kind: 'reference',
      insertText: d.id,
      isSnippet: false,
      sortText: `0${String(i).padStart(5, '0')}`,
      detail: d.name !== undefined ? `${kindLabel}: ${d.name}` : kindLabel,
      filterText: d.id,
      range: ctx.span,
    };
    if (d.name !== undefined) entry.labelDetail = d.name;
    out.push(entry);
  });
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
