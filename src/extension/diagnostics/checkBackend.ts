// Where checks run: a worker thread keeps the extension host's event loop free. Measured by
// bench/editor.bench.mjs (shared 2-core machine, load ~7): a 10k-line check blocks the host ~640 ms
// in-process but at most ~13 ms with the worker (message + bookkeeping), at equal latency; at 1k
// lines both answer in ~30 ms. So every document goes to the worker: there is no size below which
// checking in-process is measurably faster. The checker itself (yaml, the schema validator, the
// rules) is bundled only into dist/checkWorker.js, which keeps it out of dist/extension.js.
// (inProcessBackend.ts runs the same check on the caller's thread, for the benchmark's comparison.)
import { Worker } from 'worker_threads';
import type { CheckRequest, CheckResponse, WireCheckResult } from '../../protocol/checkMessages';

export type CheckInput = Omit<CheckRequest, 'kind' | 'id'>;

export interface CheckBackend {
  check(input: CheckInput): Promise<WireCheckResult>;
  dispose(): void;
}

interface Waiting { resolve(r: WireCheckResult): void; reject(e: Error): void }

/** One worker thread running dist/checkWorker.js; restarted on the next request if it dies. */
export class WorkerBackend implements CheckBackend {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();

  constructor(private readonly workerFile: string) {}

  check(input: CheckInput): Promise<WireCheckResult> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    const request: CheckRequest = { kind: 'check', id, ...input };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the check worker was stopped'));
    void worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.workerFile);
    worker.on('message', (response: CheckResponse) => {
      const w = this.waiting.get(response.id);
      if (!w) return;
      this.waiting.delete(response.id);
      if (response.kind === 'checked') w.resolve(response.result);
      else w.reject(new Error(response.error));
    });
    const died = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failAll(error);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`the check worker exited (code ${code})`)));
    // The worker must not keep a CLI or benchmark process alive on its own.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }
}
