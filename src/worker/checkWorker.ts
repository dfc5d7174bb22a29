// Worker thread entry (bundled to dist/checkWorker.js): checks proposals and answers the language
// features' requests off the extension host's event loop, one message at a time in the order sent
// (so a language request for version v finds the parse the check of v left; see WorkerSession).
import { parentPort } from 'worker_threads';
import type { WorkerRequest } from '../protocol/languageMessages';
import { WorkerSession } from './workerSession';

const port = parentPort;
if (!port) throw new Error('checkWorker.js must run as a worker thread');

const session = new WorkerSession();
port.on('message', (message: WorkerRequest) => {
  // handle() turns every failure into a 'failed' answer for that request id.
  const response = session.handle(message);
  if (response) port.postMessage(response);
});
