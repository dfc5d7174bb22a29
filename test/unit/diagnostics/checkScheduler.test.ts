// The diagnostics scheduler's rules, with a fake backend whose checks finish when the test says so.
// Plain logic, no VS Code API, so it runs in plain Node; test/integration/settings.test.ts covers the
// scheduler wired to the real editor.
import * as assert from 'assert';
import * as path from 'path';
import { CheckScheduler, type CheckSource } from '../../../src/extension/diagnostics/checkScheduler';
import type { CheckBackend, CheckInput } from '../../../src/extension/diagnostics/checkBackend';
import { WorkerBackend } from '../../../src/extension/diagnostics/checkBackend';
import { CheckSnapshot } from '../../../src/extension/diagnostics/checkSnapshot';
import type { WireCheckResult } from '../../../src/protocol/checkMessages';
import { repoRoot } from '../../support/repo';
import { waitFor } from '../../support/wait';

class ManualBackend implements CheckBackend {
  readonly started: Array<{ input: CheckInput; finish(): void }> = [];
  check(input: CheckInput): Promise<WireCheckResult> {
    return new Promise((resolve) => {
      const result: WireCheckResult = {
        diagnostics: [],
        detailsJson: JSON.stringify({
          proposal: {},
          schedule: { tasks: [] },
          cost: {},
          ids: { definitions: [], references: [] },
        }),
        language: 'en',
        checkMs: 0,
      };
      this.started.push({ input, finish: () => resolve(result) });
    });
  }
  dispose(): void {
    /* nothing held */
  }
}

class FakeDocument implements CheckSource {
  version = 1;
  text = 'presales: "1.0"\n';
  open = true;
  edit(): void {
    this.version++;
    this.text += '#\n';
  }
  read(): { text: string; version: number } | undefined {
    return this.open ? { text: this.text, version: this.version } : undefined;
  }
  isCurrent(version: number): boolean {
    return this.open && version === this.version;
  }
}

function setup(delay: number): { backend: ManualBackend; scheduler: CheckScheduler; results: CheckSnapshot[] } {
  const backend = new ManualBackend();
  const results: CheckSnapshot[] = [];
  const scheduler = new CheckScheduler(backend, {
    delay: () => delay,
    settings: () => ({ language: 'en', highRiskThreshold: 15 }),
    onResult: (s) => results.push(s),
    onError: (key, e) => {
      throw new Error(`${key}: ${e.message}`);
    },
  });
  return { backend, scheduler, results };
}

describe('check scheduler', () => {
  it('checks an edit after a quiet period at once (leading edge)', async () => {
    const { backend, scheduler, results } = setup(10_000);
    const doc = new FakeDocument();
    scheduler.request('a', doc, 'edit');
    await waitFor(() => backend.started.length === 1, 'the first check to start');
    backend.started[0]?.finish();
    await waitFor(() => results.length === 1, 'the result');
    assert.strictEqual(results[0]?.version, 1);
    scheduler.dispose();
  });

  it('coalesces a burst of edits and always checks the last one (trailing edge)', async () => {
    const { backend, scheduler, results } = setup(100);
    const doc = new FakeDocument();
    scheduler.request('a', doc, 'edit');
    await waitFor(() => backend.started.length === 1, 'the leading check');
    for (let i = 0; i < 20; i++) {
      doc.edit();
      scheduler.request('a', doc, 'edit');
    }
    backend.started[0]?.finish(); // a result for version 1, which is stale by now
    await waitFor(() => backend.started.length === 2, 'one trailing check');
    backend.started[1]?.finish();
    await waitFor(() => results.length === 1, 'the trailing result');
    assert.strictEqual(backend.started.length, 2, 'twenty edits, two checks');
    assert.strictEqual(results[0]?.version, doc.version, 'only the current version is published');
    scheduler.dispose();
  });

  it('throttles a document no longer than its previous check took (a quick file is checked on every edit)', async () => {
    const { backend, scheduler, results } = setup(60_000);
    const doc = new FakeDocument();
    scheduler.request('a', doc, 'edit');
    await waitFor(() => backend.started.length === 1, 'the leading check');
    backend.started[0]?.finish(); // a check that took about no time
    await waitFor(() => results.length === 1, 'its result');
    for (let i = 2; i <= 3; i++) {
      doc.edit();
      scheduler.request('a', doc, 'edit');
      // With the 60 s delay as the window this would wait a minute; the window is the last check's time.
      await waitFor(() => backend.started.length === i, `check ${i} to start without waiting for the delay`);
      backend.started[i - 1]?.finish();
      await waitFor(() => results.length === i, `result ${i}`);
    }
    scheduler.dispose();
  });

  it('drops a result when the document closed meanwhile, and after cancel', async () => {
    const { backend, scheduler, results } = setup(0);
    const doc = new FakeDocument();
    scheduler.request('a', doc, 'edit');
    await waitFor(() => backend.started.length === 1, 'the check');
    doc.open = false;
    backend.started[0]?.finish();
    const other = new FakeDocument();
    scheduler.request('b', other, 'edit');
    await waitFor(() => backend.started.length === 2, 'the second check');
    scheduler.cancel('b');
    backend.started[1]?.finish();
    scheduler.request('c', new FakeDocument(), 'edit');
    await waitFor(() => backend.started.length === 3, 'a third check proves the queue moved on');
    assert.deepStrictEqual(results, []);
    scheduler.dispose();
  });

  it('checks edited documents before background files', async () => {
    const { backend, scheduler } = setup(0);
    scheduler.request('busy', new FakeDocument(), 'edit');
    await waitFor(() => backend.started.length === 1, 'the running check');
    scheduler.request('file1', new FakeDocument(), 'background');
    scheduler.request('file2', new FakeDocument(), 'background');
    const edited = new FakeDocument();
    edited.text = 'edited';
    scheduler.request('edited', edited, 'edit');
    backend.started[0]?.finish();
    await waitFor(() => backend.started.length === 2, 'the next check');
    assert.strictEqual(backend.started[1]?.input.text, 'edited');
    scheduler.dispose();
  });

  it('gets results from the real worker (dist/checkWorker.js) with the Maps rebuilt', async () => {
    const backend = new WorkerBackend(path.join(repoRoot, 'dist', 'checkWorker.js'));
    try {
      const text =
        'presales: "1.0"\nproposal:\n  title: W\nplan:\n  start: 2026-01-05\n  phases:\n    - name: P\n      tasks:\n        - { id: T1, name: A, duration: 2 }\n        - { id: T2, name: B, duration: 1, dependsOn: [T1, T9] }\n';
      const wire = await backend.check({ text, language: 'zh-CN', highRiskThreshold: 15 });
      const snapshot = new CheckSnapshot('k', 3, wire);
      assert.ok(snapshot.schedule.byId instanceof Map);
      assert.strictEqual(snapshot.schedule.byId.get('T2')?.start, '2026-01-07');
      assert.ok(snapshot.ids.entries.get('T9')?.references.length === 1);
      const ps202 = snapshot.diagnostics.find((d) => d.code === 'PS202');
      assert.ok(ps202 && /[\u4e00-\u9fff]/.test(ps202.message), JSON.stringify(snapshot.diagnostics));
      assert.strictEqual(snapshot.language, 'zh-CN');
    } finally {
      backend.dispose();
    }
  });
});
