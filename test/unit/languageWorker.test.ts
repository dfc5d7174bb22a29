// The check worker's language dispatcher (src/worker/*), called directly (no thread): every
// feature answers what the core function answers on the same text, with ranges as LSP positions of
// the requested version; stale versions, unknown and closed documents; failures become answers.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkProposal } from '../../src/core/check';
import type { Range } from '../../src/core/diagnostic';
import type { Span } from '../../src/core/locate';
import { codeLenses } from '../../src/core/language/codeLens';
import { completeAt } from '../../src/core/language/completion';
import { definitionsAt } from '../../src/core/language/definition';
import { analyzeForEditor, type EditorDocument } from '../../src/core/language/editorDocument';
import { highlightsAt } from '../../src/core/language/highlights';
import { hoverAt } from '../../src/core/language/hover';
import { FIXABLE_CODES as CORE_FIXABLE_CODES, quickFixesFor } from '../../src/core/language/quickFixes';
import { referencesAt } from '../../src/core/language/references';
import { prepareRename, renameEdits } from '../../src/core/language/rename';
import { proposalSchema } from '../../src/core/language/schemaSource';
import { documentSymbols, entitySymbols, type ProposalSymbol } from '../../src/core/language/symbols';
import type { Language } from '../../src/core/model';
import { offsetsToRange } from '../../src/core/parse';
import { ClosedFiles, type FileReader } from '../../src/worker/closedFiles';
import { LineTable } from '../../src/worker/lineTable';
import { WorkerSession } from '../../src/worker/workerSession';
import {
  FIXABLE_CODES,
  type LanguageAnswer,
  type LanguageFeature,
  type LanguageParams,
  type LanguageQuery,
  type LanguageResult,
  type WireSymbol,
  type WorkspaceFile,
  type WorkspaceSymbolsAnswer,
  type WorkspaceSymbolsQuery,
} from '../../src/protocol/languageMessages';
import { repoRoot } from '../support/repo';

const EXAMPLES = ['smart-factory.presales.yaml', 'zhihui-kefu.presales.yaml'];
const SCHEMA = proposalSchema();
const read = (name: string): string => readFileSync(path.join(repoRoot, 'examples', name), 'utf8');

/** Sends one language request to `session` and returns its answer (throws on a failure response). */
function ask(session: WorkerSession, query: LanguageQuery | WorkspaceSymbolsQuery): LanguageAnswer {
  const response = session.handle({ kind: 'language', id: 7, query });
  assert.ok(response, 'a language request is always answered');
  assert.equal(response.id, 7);
  if (response.kind === 'failed') throw new Error(response.error);
  assert.equal(response.kind, 'language');
  return response.answer;
}

function query<F extends LanguageFeature>(
  feature: F,
  uri: string,
  version: number,
  text: string,
  params: LanguageParams<F>,
  lang: Language = 'en',
): LanguageQuery {
  return { feature, document: { uri, version, text }, settings: { lang }, params } as LanguageQuery;
}

function result<F extends LanguageFeature>(
  session: WorkerSession,
  feature: F,
  uri: string,
  version: number,
  text: string,
  params: LanguageParams<F>,
  lang: Language = 'en',
): LanguageResult<F> {
  const answer = ask(session, query(feature, uri, version, text, params, lang));
  assert.equal(answer.kind, 'answered');
  return answer.result as LanguageResult<F>;
}

for (const name of EXAMPLES) {
  describe(`language requests in the check worker: ${name}`, () => {
    const text = read(name);
    const uri = `file:///ws/${name}`;
    const doc: EditorDocument = analyzeForEditor(text);
    const range = (span: Span): Range => offsetsToRange(doc.parsed.lineCounter, span.offset, span.offset + span.length);
    const lines = LineTable.ofParsed(doc.parsed);
    const position = (offset: number): { line: number; character: number } => range({ offset, length: 0 }).start;
    // Offsets to ask at: inside an id definition, inside a reference, on a key, on an enum value, on nothing.
    const definitionAt = (doc.index.definitions[3]?.span.offset ?? 0) + 1;
    const referenceAt = (doc.index.references[5]?.span.offset ?? 0) + 1;
    const keyAt = text.indexOf('likelihood:') + 2;
    const enumAt = text.indexOf('priority: must') + 'priority: '.length + 1;
    const offsets = [definitionAt, referenceAt, keyAt, enumAt, text.indexOf('\n') + 1, text.length];
    let session: WorkerSession;
    beforeEach(() => {
      session = new WorkerSession(() => SCHEMA);
    });

    it('the line table converts like offsetsToRange, and back', () => {
      for (const offset of [0, 1, referenceAt, keyAt, Math.floor(text.length / 2), text.length]) {
        assert.deepEqual(lines.positionAt(offset), position(offset));
        assert.equal(lines.offsetAt(position(offset)), offset);
      }
      assert.deepEqual(LineTable.ofText(text).positionAt(referenceAt), position(referenceAt));
    });

    it('hover: the core hover at each position, with its range', () => {
      for (const lang of ['en', 'zh-CN'] as const) {
        for (const offset of offsets) {
          const onId = doc.index.occurrenceAt(offset) !== undefined;
          const core = hoverAt({
            text,
            offset,
            value: doc.parsed.value,
            index: doc.index,
            schema: SCHEMA,
            lang,
            highRiskThreshold: 12,
            ...(onId ? { schedule: doc.schedule() } : {}),
          });
          const got = result(
            session,
            'hover',
            uri,
            1,
            text,
            { position: position(offset), highRiskThreshold: 12 },
            lang,
          );
          assert.deepEqual(
            got,
            core ? { markdown: core.markdown, range: range(core.span) } : undefined,
            `hover at ${offset}`,
          );
        }
      }
      assert.ok(
        result(session, 'hover', uri, 1, text, { position: position(referenceAt), highRiskThreshold: 15 }),
        'an id has a hover',
      );
    });

    it('completion: the core entries, ranges as positions', () => {
      const owner = text.indexOf('owner: ') + 'owner: '.length;
      for (const offset of [owner, keyAt, text.indexOf('\n', keyAt) + 1]) {
        const core = completeAt({ text, offset, index: doc.index, schema: SCHEMA, lang: 'en' });
        const got = result(session, 'completion', uri, 1, text, { position: position(offset) });
        assert.deepEqual(
          got,
          core.map(({ range: r, ...e }) => (r ? { ...e, range: range(r) } : e)),
          `completion at ${offset}`,
        );
        assert.ok(got.length > 0);
      }
    });

    it('definition, references and highlights: the core spans as ranges', () => {
      for (const offset of offsets) {
        assert.deepEqual(
          result(session, 'definition', uri, 1, text, { position: position(offset) }),
          definitionsAt(doc.index, offset).map((d) => range(d.span)),
        );
        for (const includeDeclaration of [true, false]) {
          assert.deepEqual(
            result(session, 'references', uri, 1, text, { position: position(offset), includeDeclaration }),
            referencesAt(doc.index, offset, includeDeclaration).map(range),
          );
        }
        assert.deepEqual(
          result(session, 'highlights', uri, 1, text, { position: position(offset) }),
          highlightsAt(doc.index, offset).map((h) => ({ range: range(h.span), kind: h.kind })),
        );
      }
      assert.ok(
        result(session, 'references', uri, 1, text, { position: position(referenceAt), includeDeclaration: true })
          .length > 1,
      );
    });

    it('rename: prepare and edits as the core computes them; errors in the UI language', () => {
      const prepared = prepareRename(doc.index, referenceAt);
      assert.ok(prepared);
      assert.deepEqual(result(session, 'prepareRename', uri, 1, text, { position: position(referenceAt) }), {
        ok: true,
        range: range(prepared.span),
        placeholder: prepared.id,
      });
      const edits = renameEdits(doc.index, referenceAt, 'NEW-ID', text);
      assert.ok(edits.ok);
      assert.deepEqual(
        result(session, 'rename', uri, 1, text, { position: position(referenceAt), newName: ' NEW-ID ' }),
        { ok: true, edits: edits.edits.map((e) => ({ range: range(e), newText: e.newText })) },
      );
      const notAnId = result(session, 'prepareRename', uri, 1, text, { position: position(keyAt) }, 'zh-CN');
      assert.equal(notAnId.ok, false);
      assert.match(notAnId.ok ? '' : notAnId.message, /[\u4e00-\u9fff]/);
      const bad = result(session, 'rename', uri, 1, text, { position: position(referenceAt), newName: '1 bad' });
      assert.equal(bad.ok, false);
    });

    it('document symbols: the core outline, every selection inside its range', () => {
      const convert = (s: ProposalSymbol): WireSymbol => ({
        name: s.name || '?',
        detail: s.detail,
        category: s.category,
        range: range(s.span),
        selectionRange: range(s.selectionSpan),
        children: s.children.map(convert),
      });
      const got = result(session, 'documentSymbols', uri, 1, text, {});
      assert.deepEqual(got, documentSymbols(doc.parsed.document, 'en').map(convert));
      assert.ok(got.length >= 6);
    });

    it('code lenses: the core lenses with the threshold asked for', () => {
      for (const highRiskThreshold of [15, 6]) {
        const core = codeLenses(doc.index, doc.parsed.value, { lang: 'en', highRiskThreshold });
        assert.deepEqual(
          result(session, 'codeLens', uri, 1, text, { highRiskThreshold }),
          core.map((l) => ({ range: range(l.span), title: l.title, locations: l.locations.map(range) })),
        );
        assert.ok(core.length > 0);
      }
    });

    it('code actions: the core quick fixes for the checker diagnostics, with their data', () => {
      // A broken version: a reference to an unknown id and a risk without its likelihood.
      const ref = doc.index.references.find((r) => r.target === 'member') ?? doc.index.references[0];
      assert.ok(ref);
      const broken = text.slice(0, ref.span.offset) + 'ghost' + text.slice(ref.span.offset + ref.span.length);
      const brokenDoc = analyzeForEditor(broken);
      const diagnostics = checkProposal(broken).diagnostics.filter((d) => FIXABLE_CODES.has(d.code));
      assert.ok(diagnostics.length > 0);
      const got = result(session, 'codeActions', uri, 2, broken, {
        diagnostics: diagnostics.map((d) => ({ code: d.code, range: d.range, ...(d.data ? { data: d.data } : {}) })),
        today: '2027-01-04',
      });
      const expected = diagnostics.flatMap((d, i) =>
        quickFixesFor(d, {
          parsed: brokenDoc.parsed,
          index: brokenDoc.index,
          schema: SCHEMA,
          lang: 'en',
          today: '2027-01-04',
          contentLanguage: name.startsWith('zhihui') ? 'zh-CN' : 'en',
          ...(d.code === 'PS206' ? { planEnd: brokenDoc.schedule().end } : {}),
        }).map((f) => ({
          diagnostic: i,
          title: f.title,
          isPreferred: f.isPreferred,
          edits: f.edits.map((e) => ({
            range: offsetsToRange(brokenDoc.parsed.lineCounter, e.offset, e.offset + e.length),
            newText: e.newText,
          })),
        })),
      );
      assert.deepEqual(got, expected);
      assert.ok(
        got.some((a) => a.title.includes('ghost')),
        got.map((a) => a.title).join(' | '),
      );
    });

    it('workspace symbols: the core entity symbols of open, on-disk and host-read files, filtered', () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'presales-ws-'));
      try {
        const file = path.join(dir, name);
        writeFileSync(file, text);
        const files: WorkspaceFile[] = [
          { kind: 'open', uri, version: 1, text },
          { kind: 'disk', uri: 'file:///disk', path: file },
          { kind: 'read', uri: 'vfs:/read', text },
          { kind: 'disk', uri: 'file:///gone', path: path.join(dir, 'gone.presales.yaml') },
        ];
        const answer = ask(session, { feature: 'workspaceSymbols', files, query: '', settings: { lang: 'en' } });
        assert.equal(answer.kind, 'answered');
        const all = answer.result as WorkspaceSymbolsAnswer;
        const expected = entitySymbols(doc.index, 'en').map((s) => ({
          name: s.name,
          containerName: s.containerName,
          category: s.category,
          range: range(s.span),
        }));
        for (const f of [0, 1, 2])
          assert.deepEqual(
            all.symbols.filter((s) => s.file === f).map(({ file: _f, ...s }) => s),
            expected,
            `file ${f}`,
          );
        assert.deepEqual(
          all.unreadable.map((u) => u.file),
          [3],
        );
        const needle = doc.index.definitions[0]?.id.toLowerCase() ?? '';
        const filtered = ask(session, {
          feature: 'workspaceSymbols',
          files: files.slice(0, 1),
          query: needle,
          settings: { lang: 'en' },
        });
        const some = (filtered as Extract<LanguageAnswer, { kind: 'answered' }>).result as WorkspaceSymbolsAnswer;
        assert.ok(some.symbols.length > 0 && some.symbols.length < expected.length);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

describe('check worker documents', () => {
  const text = read('smart-factory.presales.yaml');
  const uri = 'file:///ws/a.presales.yaml';
  const edited = text.replace('Smart', 'Smarter');
  const check = (session: WorkerSession, t: string, version?: number, u: string | undefined = uri): void => {
    const response = session.handle({
      kind: 'check',
      id: 1,
      text: t,
      ...(u !== undefined ? { uri: u } : {}),
      ...(version !== undefined ? { version } : {}),
      language: 'en',
      highRiskThreshold: 15,
    });
    assert.equal(response?.kind, 'checked');
  };

  it("a language request after the check of the same version reuses the check's parse", () => {
    const session = new WorkerSession(() => SCHEMA);
    check(session, text, 3);
    assert.equal(session.documents.versionOf(uri), 3);
    const parsed = session.documents.parse(uri, 3, text);
    result(session, 'documentSymbols', uri, 3, text, {});
    const editor = session.documents.editor(uri, 3, text);
    assert.ok(editor !== 'stale' && editor.parsed === parsed, 'same parse object');
    // Same text under a newer version (an undo back): still the same analysis.
    assert.ok(session.documents.editor(uri, 4, text) === editor);
  });

  it('an edit replaces the held version; a request for an older version is stale', () => {
    const session = new WorkerSession(() => SCHEMA);
    result(session, 'documentSymbols', uri, 1, text, {});
    const symbols = result(session, 'documentSymbols', uri, 2, edited, {});
    assert.equal(session.documents.versionOf(uri), 2);
    assert.equal(session.documents.size, 1, 'only the latest version is kept');
    assert.equal(
      ask(session, query('hover', uri, 1, text, { position: { line: 0, character: 0 }, highRiskThreshold: 15 })).kind,
      'stale',
    );
    assert.equal(ask(session, query('documentSymbols', uri, 1, text, {})).kind, 'stale');
    assert.ok(symbols.length > 0);
    // A check of an older version neither fails nor replaces the newer one.
    check(session, text, 1);
    assert.equal(session.documents.versionOf(uri), 2);
  });

  it('an unknown document is analysed from the text the request carries', () => {
    const session = new WorkerSession(() => SCHEMA);
    const got = result(session, 'codeLens', 'untitled:Untitled-1', 5, text, { highRiskThreshold: 15 });
    const doc = analyzeForEditor(text);
    assert.equal(got.length, codeLenses(doc.index, doc.parsed.value, { lang: 'en', highRiskThreshold: 15 }).length);
    assert.equal(session.documents.versionOf('untitled:Untitled-1'), 5);
  });

  it('completion answers from the held analysis without parsing the newer text', () => {
    const session = new WorkerSession(() => SCHEMA);
    check(session, text, 1);
    const at = text.indexOf('owner: ') + 'owner: '.length;
    const typed = text.slice(0, at) + 'x' + text.slice(at);
    const lines = LineTable.ofText(typed);
    const got = result(session, 'completion', uri, 2, typed, { position: lines.positionAt(at + 1) });
    assert.ok(got.some((e) => e.kind === 'reference'));
    assert.equal(session.documents.versionOf(uri), 1, 'the typed version was not parsed');
  });

  it('forgets a closed document; a reopened one starts again at version 1', () => {
    const session = new WorkerSession(() => SCHEMA);
    result(session, 'documentSymbols', uri, 9, text, {});
    result(session, 'documentSymbols', 'file:///other.presales.yaml', 1, text, {});
    assert.equal(session.handle({ kind: 'closed', uri }), undefined, 'closed wants no answer');
    assert.equal(session.documents.versionOf(uri), undefined);
    assert.equal(session.documents.size, 1);
    assert.equal(ask(session, query('documentSymbols', uri, 1, text, {})).kind, 'answered');
  });

  it('keeps nothing for a check without a document or of a file read from disk (negative version)', () => {
    const session = new WorkerSession(() => SCHEMA);
    check(session, text, undefined, undefined);
    check(session, text, -1);
    assert.equal(session.documents.size, 0);
  });

  it('a failing request is answered with a failure for its id, and the next one works', () => {
    const session = new WorkerSession(() => {
      throw new Error('no schema here');
    });
    const response = session.handle({
      kind: 'language',
      id: 42,
      query: query('completion', uri, 1, text, { position: { line: 0, character: 0 } }),
    });
    assert.equal(response?.kind, 'failed');
    assert.equal(response?.id, 42);
    assert.match(response?.kind === 'failed' ? response.error : '', /no schema here/);
    assert.equal(ask(session, query('documentSymbols', uri, 1, text, {})).kind, 'answered');
  });

  it('closed files: an unchanged stamp is not read again', () => {
    let reads = 0;
    let stamp = 'a';
    const reader: FileReader = {
      stamp: () => stamp,
      read: () => {
        reads++;
        return text;
      },
    };
    const files = new ClosedFiles(2, reader);
    const first = files.fromDisk('file:///x', '/x');
    assert.equal(files.fromDisk('file:///x', '/x'), first);
    assert.equal(reads, 1);
    stamp = 'b';
    files.fromDisk('file:///x', '/x');
    assert.equal(reads, 2);
  });

  it("the host's list of fixable codes is the quick fixes' own", () => {
    assert.deepEqual([...FIXABLE_CODES].sort(), [...CORE_FIXABLE_CODES].sort());
  });
});
