// Worker thread entry (bundled to dist/checkWorker.js): checks proposals off the extension host's
// event loop. One request at a time; the host sends only the latest text per document.
import { parentPort } from 'worker_threads';
import type { CheckRequest, CheckResponse } from '../protocol/checkMessages';
import { runCheck } from './diagnostics/runCheck';

const port = parentPort;
if (!port) throw new Error('checkWorker.js must run as a worker thread');

port.on('message', (request: CheckRequest) => {
  let response: CheckResponse;
  try {
    response = { kind: 'checked', id: request.id, result: runCheck(request) };
  } catch (e: unknown) {
    // checkProposal never throws by contract; if it does, the host logs it and shows nothing stale.
    response = { kind: 'failed', id: request.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  port.postMessage(response);
});
