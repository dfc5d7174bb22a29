import type { CheckBackend, CheckInput, LanguageBackend } from '../src/extension/diagnostics/checkBackend';
import type { WireCheckResult } from '../src/protocol/checkMessages';
import type {
  LanguageAnswer,
  LanguageQuery,
  WorkerRequest,
  WorkerResponse,
  WorkspaceSymbolsQuery,
} from '../src/protocol/languageMessages';
import { WorkerSession } from '../src/worker/workerSession';

// The worker's work on the caller's thread. Not used by the extension (it would pull the whole checker
// into dist/extension.js and block the extension host for ~150 ms at 10k lines); bench/editor.bench.mjs
// compares it with the worker (it is the design before the worker: checks and language features on the host).
export class InProcessBackend implements CheckBackend, LanguageBackend {
  private readonly session = new WorkerSession();

  async check(input: CheckInput): Promise<WireCheckResult> {
    const response = await this.run({ kind: 'check', id: 0, ...input });
    if (response?.kind === 'checked') return response.result;
    throw new Error(response?.kind === 'failed' ? response.error : 'the check gave no result');
  }

  async language(query: LanguageQuery | WorkspaceSymbolsQuery): Promise<LanguageAnswer> {
    const response = await this.run({ kind: 'language', id: 0, query });
    if (response?.kind === 'language') return response.answer;
    throw new Error(response?.kind === 'failed' ? response.error : `the ${query.feature} request gave no answer`);
  }

  closed(uri: string): void {
    this.session.handle({ kind: 'closed', uri });
  }

  dispose(): void {
    // nothing to release
  }

  private run(message: WorkerRequest): Promise<WorkerResponse | undefined> {
    // On a later turn, as a worker would answer, so the caller's event (a keystroke) finishes first.
    return new Promise((resolve) => setImmediate(() => resolve(this.session.handle(message))));
  }
}
