// Everything the check worker does with one incoming message (check | language | closed), on the
// thread that calls it: dist/checkWorker.js runs it off the extension host, InProcessBackend on the
// caller's thread (for the benchmark's comparison). No vscode here.
import { proposalSchema } from '../core/language/schemaSource';
import type { SchemaContext } from '../core/language/schemaAt';
import { parseProposalText, type ParsedProposal } from '../core/parse';
import type { CheckRequest, CheckResponse } from '../protocol/checkMessages';
import type { LanguageRequest, LanguageResponse, WorkerRequest, WorkerResponse } from '../protocol/languageMessages';
import { runCheck } from './runCheck';
import { ClosedFiles } from './closedFiles';
import { LanguageService } from './languageService';
import { STALE, WorkerDocuments } from './workerDocuments';

export class WorkerSession {
  readonly documents = new WorkerDocuments();
  private readonly language: LanguageService;

  /**
   * `loadSchema` defaults to the schema bundled into this bundle (dist/checkWorker.js): the worker
   * then needs no path to the extension's folder (dist/, out/ and the benchmark's bundle all work),
   * and dist/extension.js carries neither the schema nor code to read it (its size is the same either
   * way). Measured: +150 KiB of worker bundle and ~2.5 ms of the worker's start-up, off the host.
   */
  constructor(loadSchema: () => SchemaContext = proposalSchema, closedFiles = new ClosedFiles()) {
    this.language = new LanguageService(this.documents, closedFiles, loadSchema);
  }

  /** The answer to post back; undefined for a message that wants none (closed). */
  handle(message: WorkerRequest): WorkerResponse | undefined {
    switch (message.kind) {
      case 'check':
        return this.check(message);
      case 'language':
        return this.answer(message);
      case 'closed':
        this.documents.forget(message.uri);
        return undefined;
    }
  }

  private check(request: CheckRequest): CheckResponse {
    try {
      const { uri, version } = request;
      const held = uri === undefined ? undefined : this.documents.versionOf(uri);
      // Open documents only (a negative version is a closed file read from disk: nothing to keep),
      // and never over a newer version (that would make the next language request parse again).
      const keep =
        uri !== undefined && version !== undefined && version >= 0 && (held === undefined || held <= version);
      const parse = keep
        ? (text: string): ParsedProposal => {
            const parsed = this.documents.parse(uri, version, text);
            return parsed === STALE ? parseProposalText(text) : parsed;
          }
        : undefined;
      return { kind: 'checked', id: request.id, result: runCheck(request, parse) };
    } catch (e: unknown) {
      // checkProposal never throws by contract; if it does, the host logs it and shows nothing stale.
      return { kind: 'failed', id: request.id, error: describe(e) };
    }
  }

  private answer(request: LanguageRequest): LanguageResponse {
    try {
      return { kind: 'language', id: request.id, answer: this.language.answer(request.query) };
    } catch (e: unknown) {
      return { kind: 'failed', id: request.id, error: describe(e) };
    }
  }
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}
