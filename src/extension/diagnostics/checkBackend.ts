// Where checks and language requests run: a worker thread keeps the extension host's event loop free.
// Measured by bench/editor.bench.mjs (shared 2-core machine, load ~7): a 10k-line check blocks the host ~640 ms
// in-process but at most ~13 ms with the worker (message + bookkeeping), at equal latency; at 1k
// lines both answer in ~30 ms. So every document goes to the worker: there is no size below which
// checking in-process is measurably faster. The checker itself (yaml, the schema validator, the
// rules) is bundled only into dist/checkWorker.js, which keeps it out of dist/extension.js.
// The language features (hover, outline, CodeLens...) ask the SAME worker, in the same queue, so a
// request for the version just checked reuses the check's parse (src/worker/*).
// (inProcessBackend.ts runs the same work on the caller's thread, for the benchmark's comparison.)
import { Worker } from 'worker_threads';
import type { CheckRequest, WireCheckResult } from '../../protocol/checkMessages';
import type {
  LanguageAnswer,
  LanguageQuery,
  LanguageRequest,
  WorkerRequest,
  WorkerResponse,
  WorkspaceSymbolsQuery,
} from '../../protocol/languageMessages';

export type CheckInput = Omit<CheckRequest, 'kind' | 'id'>;

export interface CheckBackend {
  check(input: CheckInput): Promise<WireCheckResult>;
  dispose(): void;
}

/** The language features' side of the same backend. */
export interface LanguageBackend {
  /** Rejects when the worker fails or stops; the caller logs it. */
  language(query: LanguageQuery | WorkspaceSymbolsQuery): Promise<LanguageAnswer>;
  /** The document `uri` was closed: the worker forgets its text and parse. */
  closed(uri: string): void;
}

interface Waiting {
  resolve(r: WorkerResponse): void;
  reject(e: Error): void;
}

/** One worker thread running dist/checkWorker.js; restarted on the next request if it dies. */
export class WorkerBackend implements CheckBackend, LanguageBackend {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** After dispose (deactivation) a late provider request must not start a new worker. */
  private disposed = false;

  constructor(private readonly workerFile: string) {}

  async check(input: CheckInput): Promise<WireCheckResult> {
    const response = await this.send((id) => ({ kind: 'check', id, ...input }));
    if (response.kind === 'checked') return response.result;
    throw new Error(
      response.kind === 'failed' ? response.error : `the check worker answered a check with '${response.kind}'`,
    );
  }

  async language(query: LanguageQuery | WorkspaceSymbolsQuery): Promise<LanguageAnswer> {
    const response = await this.send((id): LanguageRequest => ({ kind: 'language', id, query }));
    if (response.kind === 'language') return response.answer;
    throw new Error(
      response.kind === 'failed'
        ? response.error
        : `the check worker answered a ${query.feature} request with '${response.kind}'`,
    );
  }

  closed(uri: string): void {
    // A worker that is not running holds nothing: do not start one just to forget.
    const message: WorkerRequest = { kind: 'closed', uri };
    this.worker?.postMessage(message);
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new Error('the check worker was stopped'));
    void worker?.terminate();
  }

  private send(request: (id: number) => WorkerRequest & { id: number }): Promise<WorkerResponse> {
    if (this.disposed) return Promise.reject(new Error('the check worker was stopped'));
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage(request(id));
    });
  }

  private start(): Worker {
    const worker = new Worker(this.workerFile);
    worker.on('message', (response: WorkerResponse) => {
      const w = this.waiting.get(response.id);
      if (!w) return;
      this.waiting.delete(response.id);
      w.resolve(response);
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
