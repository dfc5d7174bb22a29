// The preview's render in the check worker (src/worker/checkWorker.ts, compiled by tsc to
// out/src/worker/checkWorker.js): a check request with `preview` returns the update payload made
// from the same parse, documents without a preview get none, and a result for a version the user
// has already edited never reaches the preview (the scheduler drops it).
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { WorkerBackend } from '../../src/extension/diagnostics/checkBackend';
import { CheckScheduler, type CheckSource } from '../../src/extension/diagnostics/checkScheduler';
import type { CheckSnapshot } from '../../src/extension/diagnostics/checkSnapshot';
import type { PreviewRender, PreviewRenderRequest } from '../../src/protocol/checkMessages';
import { updateMessage } from '../../src/extension/preview/updateMessage';
import { repoRoot } from '../support/repo';

const WORKER = path.join(repoRoot, 'out', 'src', 'worker', 'checkWorker.js');
const EXAMPLE = readFileSync(path.join(repoRoot, 'examples', 'smart-factory.presales.yaml'), 'utf8');
const PREVIEW: PreviewRenderRequest = { audience: 'internal', today: '2026-03-02', keepLastGood: false };
const COMPONENT = 'name: Edge gateways';

function rendered(p: PreviewRender | undefined): Extract<PreviewRender, { kind: 'rendered' }> {
  assert.ok(p, 'the result carries a preview render');
  assert.equal(p.kind, 'rendered');
  return p;
}

async function waitFor(predicate: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('preview render in the check worker', function () {
  this.timeout(30_000);
  let backend: WorkerBackend;
  beforeEach(() => {
    backend = new WorkerBackend(WORKER);
  });
  afterEach(() => backend.dispose());

  it('returns the sections with data-line, both diagram sources with hashes, and the title', async () => {
    const result = await backend.check({ text: EXAMPLE, language: 'en', highRiskThreshold: 15, preview: PREVIEW });
    const p = rendered(result.preview);
    assert.equal(p.syntaxErrors, 0);
    assert.ok(p.title.length > 0 && p.sections.some((s) => s.html.includes(p.title)));
    const keys = p.diagrams.map((d) => d.key);
    // The first architecture view keeps `architecture`; every other view is `view-<id>`.
    assert.ok(keys.includes('architecture') && keys.includes('timeline'), keys.join());
    assert.ok(
      keys.every((k) => k === 'architecture' || k === 'timeline' || k.startsWith('view-')),
      keys.join(),
    );
    for (const d of p.diagrams) assert.match(d.hash, /\S/);
    assert.ok(
      p.sections.some((s) => /data-line="\d+"/.test(s.html)),
      'rows carry their source line for scroll sync',
    );
    // The host wraps it without rendering anything itself.
    const m = updateMessage(p, { uri: 'file:///x.presales.yaml', version: 3 });
    assert.equal(m.version, 3);
    assert.equal(m.sections.length, p.sections.length);
  });

  it('renders nothing for a document without a preview', async () => {
    const result = await backend.check({ text: EXAMPLE, language: 'en', highRiskThreshold: 15 });
    assert.equal(result.preview, undefined);
    assert.ok(result.diagnostics);
  });

  it('with broken YAML, skips the render when the preview keeps its last good one, and renders otherwise', async () => {
    const broken = `broken: [unclosed\n${EXAMPLE}`;
    const kept = await backend.check({
      text: broken,
      language: 'en',
      highRiskThreshold: 15,
      preview: { ...PREVIEW, keepLastGood: true },
    });
    assert.equal(kept.preview?.kind, 'broken');
    assert.ok((kept.preview?.syntaxErrors ?? 0) > 0);
    const first = rendered(
      (await backend.check({ text: broken, language: 'en', highRiskThreshold: 15, preview: PREVIEW })).preview,
    );
    assert.ok(first.syntaxErrors > 0, 'a first render of a broken file says how many errors it has');
  });

  it('follows the audience: customer leaves internal-only content out', async () => {
    const text = EXAMPLE.replace(
      /^risks:\n/m,
      'risks:\n  - id: R-internal-test\n    title: Internal-only margin risk XYZ\n    internal: true\n    likelihood: 2\n    impact: 2\n',
    );
    const internal = rendered(
      (await backend.check({ text, language: 'en', highRiskThreshold: 15, preview: PREVIEW })).preview,
    );
    const customer = rendered(
      (
        await backend.check({
          text,
          language: 'en',
          highRiskThreshold: 15,
          preview: { ...PREVIEW, audience: 'customer' },
        })
      ).preview,
    );
    const has = (p: typeof internal): boolean =>
      p.sections.some((s) => s.html.includes('Internal-only margin risk XYZ'));
    assert.ok(has(internal));
    assert.ok(!has(customer));
  });

  it('drops the result of a version edited while it was being checked, and delivers the newer one with its render', async () => {
    const doc = { text: EXAMPLE, version: 1 };
    const source: CheckSource = { read: () => ({ ...doc }), isCurrent: (v) => v === doc.version };
    const results: CheckSnapshot[] = [];
    const scheduler = new CheckScheduler(backend, {
      delay: () => 30,
      // Only the previewed document asks for a render.
      settings: (key) => ({
        language: 'en',
        highRiskThreshold: 15,
        ...(key === 'previewed' ? { preview: PREVIEW } : {}),
      }),
      onResult: (s) => results.push(s),
      onError: (key, e) => {
        throw new Error(`${key}: ${e.message}`);
      },
    });
    try {
      scheduler.request('previewed', source, 'edit', true); // version 1 is read and sent at once
      doc.text = EXAMPLE.replace(COMPONENT, 'name: Edge gateways Mk II');
      doc.version = 2; // edited while version 1 is in the worker
      scheduler.request('previewed', source, 'edit');
      await waitFor(() => results.length >= 1, 'the check of version 2');
      assert.deepEqual(
        results.map((s) => s.version),
        [2],
        'version 1 never reaches the preview',
      );
      const p = rendered(results[0]?.preview);
      assert.ok(p.diagrams.some((d) => d.source.includes('Edge gateways Mk II')));

      const other = { text: EXAMPLE, version: 1 };
      scheduler.request('plain', { read: () => ({ ...other }), isCurrent: (v) => v === other.version }, 'edit', true);
      await waitFor(() => results.length >= 2, 'the check of the document without a preview');
      assert.equal(results[1]?.key, 'plain');
      assert.equal(results[1]?.preview, undefined);
    } finally {
      scheduler.dispose();
    }
  });
});
