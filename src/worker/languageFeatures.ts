// What each language request answers, in plain data with LSP ranges: the same core functions the
// providers called on the host before (src/core/language/*), run in the worker on its own parse.
// No vscode here (it runs in dist/checkWorker.js, in the in-process backend and in unit tests).
import { codeLenses } from '../core/language/codeLens';
import { completeAt } from '../core/language/completion';
import { definitionsAt } from '../core/language/definition';
import type { EditorDocument } from '../core/language/editorDocument';
import { highlightsAt } from '../core/language/highlights';
import { hoverAt } from '../core/language/hover';
import type { SourceIdIndex } from '../core/language/idIndex';
import { MSG, format } from '../core/language/messages';
import { quickFixesFor, type FixableDiagnostic } from '../core/language/quickFixes';
import { referencesAt } from '../core/language/references';
import { prepareRename, renameEdits } from '../core/language/rename';
import type { SchemaContext } from '../core/language/schemaAt';
import { documentSymbols, entitySymbols, type ProposalSymbol } from '../core/language/symbols';
import type { TextEdit } from '../core/language/textEdit';
import { pick } from '../core/messages/localize';
import type { Language } from '../core/model';
import type {
  LanguageParams,
  LanguageResult,
  WireSymbol,
  WireTextEdit,
  WireWorkspaceSymbol,
} from '../protocol/languageMessages';
import { LineTable } from './lineTable';

/** An analysed document and its line table, plus what every feature may need. */
export interface FeatureInput {
  readonly doc: EditorDocument;
  readonly lines: LineTable;
  readonly lang: Language;
  /** Built once per worker, on first use (only completion, hover and code actions read it). */
  schema(): SchemaContext;
}

export function hover(input: FeatureInput, params: LanguageParams<'hover'>): LanguageResult<'hover'> {
  const { doc, lines } = input;
  const offset = lines.offsetAt(params.position);
  // The plan is worked out only when the hover is on an id (the only place its dates are shown).
  const onId = doc.index.occurrenceAt(offset) !== undefined;
  const result = hoverAt({
    text: doc.text,
    offset,
    value: doc.parsed.value,
    index: doc.index,
    schema: input.schema(),
    lang: input.lang,
    highRiskThreshold: params.highRiskThreshold,
    ...(onId ? { schedule: doc.schedule() } : {}),
  });
  return result ? { markdown: result.markdown, range: lines.range(result.span) } : undefined;
}

/** `text` is the requested version; `index` may come from an older one (see WorkerDocuments.recent). */
export function completion(
  text: string,
  index: SourceIdIndex,
  input: Pick<FeatureInput, 'lang' | 'schema'>,
  params: LanguageParams<'completion'>,
): LanguageResult<'completion'> {
  const lines = LineTable.ofText(text);
  const entries = completeAt({
    text,
    offset: lines.offsetAt(params.position),
    index,
    schema: input.schema(),
    lang: input.lang,
  });
  return entries.map(({ range, ...entry }) => (range ? { ...entry, range: lines.range(range) } : entry));
}

export function definition(
  { doc, lines }: FeatureInput,
  params: LanguageParams<'definition'>,
): LanguageResult<'definition'> {
  return definitionsAt(doc.index, lines.offsetAt(params.position)).map((d) => lines.range(d.span));
}

export function references(
  { doc, lines }: FeatureInput,
  params: LanguageParams<'references'>,
): LanguageResult<'references'> {
  return referencesAt(doc.index, lines.offsetAt(params.position), params.includeDeclaration).map((s) => lines.range(s));
}

export function highlights(
  { doc, lines }: FeatureInput,
  params: LanguageParams<'highlights'>,
): LanguageResult<'highlights'> {
  return highlightsAt(doc.index, lines.offsetAt(params.position)).map((h) => ({
    range: lines.range(h.span),
    kind: h.kind,
  }));
}

export function prepareRenameAt(
  { doc, lines, lang }: FeatureInput,
  params: LanguageParams<'prepareRename'>,
): LanguageResult<'prepareRename'> {
  const prepared = prepareRename(doc.index, lines.offsetAt(params.position));
  return prepared
    ? { ok: true, range: lines.range(prepared.span), placeholder: prepared.id }
    : { ok: false, message: pick(MSG.renameNotAnId, lang) };
}

export function rename({ doc, lines, lang }: FeatureInput, params: LanguageParams<'rename'>): LanguageResult<'rename'> {
  const result = renameEdits(doc.index, lines.offsetAt(params.position), params.newName.trim(), doc.text);
  if (!result.ok) return { ok: false, message: format(pick(result.message, lang), ...result.args) };
  return { ok: true, edits: result.edits.map((e) => textEdit(lines, e)) };
}

export function symbols({ doc, lines, lang }: FeatureInput): LanguageResult<'documentSymbols'> {
  const convert = (s: ProposalSymbol): WireSymbol => {
    const range = lines.range(s.span);
    const selection = lines.range(s.selectionSpan);
    // VS Code rejects a selection range outside the range; never let one through.
    const inside =
      s.selectionSpan.offset >= s.span.offset &&
      s.selectionSpan.offset + s.selectionSpan.length <= s.span.offset + s.span.length;
    return {
      name: s.name || '?',
      detail: s.detail,
      category: s.category,
      range,
      selectionRange: inside ? selection : range,
      children: s.children.map(convert),
    };
  };
  return documentSymbols(doc.parsed.document, lang).map(convert);
}

export function lenses(
  { doc, lines, lang }: FeatureInput,
  params: LanguageParams<'codeLens'>,
): LanguageResult<'codeLens'> {
  return codeLenses(doc.index, doc.parsed.value, { lang, highRiskThreshold: params.highRiskThreshold }).map((lens) => ({
    range: lines.range(lens.span),
    title: lens.title,
    locations: lens.locations.map((s) => lines.range(s)),
  }));
}

export function codeActions(input: FeatureInput, params: LanguageParams<'codeActions'>): LanguageResult<'codeActions'> {
  const { doc, lines } = input;
  const proposalLanguage = languageOf(doc.parsed.value);
  const out: Array<LanguageResult<'codeActions'>[number]> = [];
  params.diagnostics.forEach((d, i) => {
    const fixable: FixableDiagnostic = { code: d.code, ...lines.span(d.range), ...(d.data ? { data: d.data } : {}) };
    // Only a goal's missing deadline needs the plan's end; scheduling is skipped otherwise.
    const planEnd = d.code === 'PS206' ? doc.schedule().end : undefined;
    const fixes = quickFixesFor(fixable, {
      parsed: doc.parsed,
      index: doc.index,
      schema: input.schema(),
      lang: input.lang,
      today: params.today,
      ...(proposalLanguage ? { contentLanguage: proposalLanguage } : {}),
      ...(planEnd ? { planEnd } : {}),
    });
    for (const fix of fixes)
      out.push({
        diagnostic: i,
        title: fix.title,
        isPreferred: fix.isPreferred,
        edits: fix.edits.map((e) => textEdit(lines, e)),
      });
  });
  return out;
}

/** Every entity of one file whose name matches `query` (lower-case, characters in order). */
export function workspaceSymbolsOf(
  file: number,
  doc: EditorDocument,
  lang: Language,
  query: string,
): WireWorkspaceSymbol[] {
  const lines = LineTable.ofParsed(doc.parsed);
  const out: WireWorkspaceSymbol[] = [];
  for (const s of entitySymbols(doc.index, lang)) {
    if (query && !fuzzyContains(s.name.toLowerCase(), query)) continue;
    out.push({ file, name: s.name, containerName: s.containerName, category: s.category, range: lines.range(s.span) });
  }
  return out;
}

function textEdit(lines: LineTable, edit: TextEdit): WireTextEdit {
  return { range: lines.range(edit), newText: edit.newText };
}

function languageOf(value: unknown): Language | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const info = (value as Record<string, unknown>)['proposal'];
  if (!info || typeof info !== 'object') return undefined;
  const lang = (info as Record<string, unknown>)['language'];
  return lang === 'en' || lang === 'zh-CN' ? lang : undefined;
}

/** Characters of `needle` appear in order in `haystack` (VS Code's own symbol search is this lenient). */
function fuzzyContains(haystack: string, needle: string): boolean {
  let i = 0;
  for (const c of haystack) if (c === needle[i]) i++;
  return i >= needle.length;
}
