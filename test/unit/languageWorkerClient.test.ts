// The host's side of the language requests (src/extension/providers/languageClient.ts, which loads
// without vscode) against fake backends, and the real worker thread (out/src/worker/checkWorker.js)
// through WorkerBackend: answers pass through only while they still matter; failures are logged.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { WorkerBackend, type LanguageBackend } from '../../src/extension/diagnostics/checkBackend';
import { LanguageClient } from '../../src/extension/providers/languageClient';
import type { LanguageAnswer, LanguageQuery, WorkspaceSymbolsQuery } from '../../src/protocol/languageMessages';
import { repoRoot } from '../support/repo';

const WORKER = path.join(repoRoot, 'out', 'src', 'worker', 'checkWorker.js');
const TEXT = readFileSync(path.join(repoRoot, 'examples', 'smart-factory.presales.yaml'), 'utf8');

interface FakeDocument {
  uri: { toString(): string };
  version: number;
  isClosed: boolean;
  getText(): string;
  texts: number;
}

function fakeDocument(): FakeDocument {
  const doc: FakeDocument = {
    uri: { toString: () => 'file:///ws/a.presales.yaml' },
    version: 1,
    isClosed: false,
    texts: 0,
    getText: () => {
      doc.texts++;
      return TEXT;
    },
  };
  return doc;
}
const asDocument = (d: FakeDocument): vscode.TextDocument => d as unknown as vscode.TextDocument;
const token = (cancelled = false): { isCancellationRequested: boolean } => ({ isCancellationRequested: cancelled });
const asToken = (t: { isCancellationRequested: boolean }): vscode.CancellationToken =>
  t as unknown as vscode.CancellationToken;

/** A backend whose answer the test releases, so it can change the document meanwhile. */
class HeldBackend implements LanguageBackend {
  readonly queries: Array<LanguageQuery | WorkspaceSymbolsQuery> = [];
  readonly closedUris: string[] = [];
  private release: ((a: LanguageAnswer) => void) | undefined;
  private fail: ((e: Error) => void) | undefined;
  language(query: LanguageQuery | WorkspaceSymbolsQuery): Promise<LanguageAnswer> {
    this.queries.push(query);
    return new Promise((resolve, reject) => {
      this.release = resolve;
      this.fail = reject;
    });
  }
  closed(uri: string): void {
    this.closedUris.push(uri);
  }
  answer(a: LanguageAnswer): void {
    this.release?.(a);
  }
  reject(e: Error): void {
    this.fail?.(e);
  }
}

const LENSES: LanguageAnswer = {
  kind: 'answered',
  result: [{ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 5 } }, title: 't', locations: [] }],
};

describe('language client (host side)', () => {
  let backend: HeldBackend;
  let errors: string[];
  let client: LanguageClient;
  beforeEach(() => {
    backend = new HeldBackend();
    errors = [];
    client = new LanguageClient(
      backend,
      {
        error: (m: string) => {
          errors.push(m);
        },
      },
      () => 'zh-CN',
    );
  });

  it('sends uri, version, the full text and the UI language, and passes the answer through', async () => {
    const doc = fakeDocument();
    const pending = client.ask('codeLens', asDocument(doc), { highRiskThreshold: 12 }, asToken(token()));
    const sent = backend.queries[0];
    assert.ok(sent && sent.feature === 'codeLens');
    assert.deepEqual(sent.document, { uri: 'file:///ws/a.presales.yaml', version: 1, text: TEXT });
    assert.deepEqual(sent.settings, { lang: 'zh-CN' });
    assert.deepEqual(sent.params, { highRiskThreshold: 12 });
    backend.answer(LENSES);
    assert.deepEqual(await pending, LENSES.kind === 'answered' ? LENSES.result : undefined);
  });

  it('drops the answer when the document changed, closed or the request was cancelled meanwhile', async () => {
    for (const change of [
      (d: FakeDocument) => {
        d.version = 2;
      },
      (d: FakeDocument) => {
        d.isClosed = true;
      },
      (_d: FakeDocument, t: { isCancellationRequested: boolean }) => {
        t.isCancellationRequested = true;
      },
    ]) {
      const doc = fakeDocument();
      const t = token();
      const pending = client.ask('codeLens', asDocument(doc), { highRiskThreshold: 15 }, asToken(t));
      change(doc, t);
      backend.answer(LENSES);
      assert.equal(await pending, undefined);
    }
  });

  it('a stale answer is no answer; a cancelled request is not sent', async () => {
    const pending = client.ask('documentSymbols', asDocument(fakeDocument()), {}, asToken(token()));
    backend.answer({ kind: 'stale' });
    assert.equal(await pending, undefined);
    assert.equal(await client.ask('documentSymbols', asDocument(fakeDocument()), {}, asToken(token(true))), undefined);
    assert.equal(backend.queries.length, 1);
  });

  it('a failing worker is logged and answers nothing (no rejection reaches the provider)', async () => {
    const pending = client.ask(
      'hover',
      asDocument(fakeDocument()),
      { position: { line: 0, character: 0 }, highRiskThreshold: 15 },
      asToken(token()),
    );
    backend.reject(new Error('the check worker exited (code 1)'));
    assert.equal(await pending, undefined);
    assert.equal(errors.length, 1);
    assert.match(errors[0] ?? '', /hover for file:\/\/\/ws\/a\.presales\.yaml failed: the check worker exited/);
  });

  it('reads the text once per version for a burst of requests; closing forwards the uri', async () => {
    const doc = fakeDocument();
    void client.ask('documentSymbols', asDocument(doc), {});
    void client.ask('codeLens', asDocument(doc), { highRiskThreshold: 15 });
    assert.equal(doc.texts, 1);
    doc.version = 2;
    void client.ask('codeLens', asDocument(doc), { highRiskThreshold: 15 });
    assert.equal(doc.texts, 2);
    client.closed(asDocument(doc));
    assert.deepEqual(backend.closedUris, ['file:///ws/a.presales.yaml']);
  });
});

describe('language requests through the real worker thread', function () {
  this.timeout(30_000);
  let worker: WorkerBackend;
  beforeEach(() => {
    worker = new WorkerBackend(WORKER);
  });
  afterEach(() => worker.dispose());
  const uri = 'file:///ws/a.presales.yaml';
  const symbols = (version: number): LanguageQuery => ({
    feature: 'documentSymbols',
    document: { uri, version, text: TEXT },
    settings: { lang: 'en' },
    params: {},
  });

  it('answers after a check of the same version, is stale for an older one, forgets on close', async () => {
    const checked = await worker.check({ text: TEXT, uri, version: 5, language: 'en', highRiskThreshold: 15 });
    assert.ok(checked.diagnostics.length >= 0);
    const answer = await worker.language(symbols(5));
    assert.equal(answer.kind, 'answered');
    assert.ok(Array.isArray(answer.kind === 'answered' ? answer.result : undefined));
    assert.equal((await worker.language(symbols(4))).kind, 'stale');
    worker.closed(uri);
    assert.equal((await worker.language(symbols(1))).kind, 'answered', 'a reopened document starts again');
  });

  it('a worker that cannot start rejects each request with an error, and the backend stays usable', async () => {
    const broken = new WorkerBackend(path.join(repoRoot, 'out', 'no-such-worker.js'));
    try {
      await assert.rejects(broken.language(symbols(1)), /no-such-worker|Cannot find module|exited/);
      await assert.rejects(broken.language(symbols(1)), /no-such-worker|Cannot find module|exited/);
    } finally {
      broken.dispose();
    }
    await assert.rejects(broken.language(symbols(1)), /stopped/);
  });
});
