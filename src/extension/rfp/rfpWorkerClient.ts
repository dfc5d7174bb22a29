import { Worker } from 'worker_threads';
import type { RfpWorkerRequest, RfpWorkerResponse } from '../../protocol/rfpMessages';

type Request = RfpWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** One RFP import worker thread (dist/rfpWorker.js) for the length of one import. */
export class RfpWorkerClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(r: RfpWorkerResponse): void; reject(e: Error): void }>();

  constructor(workerFile: string) {
    this.worker = new Worker(workerFile);
    this.worker.on('message', (response: RfpWorkerResponse) => {
      const w = this.waiting.get(response.id);
      this.waiting.delete(response.id);
      w?.resolve(response);
    });
    const fail = (error: Error): void => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the RFP import worker exited (code ${code})`)));
    this.worker.unref();
  }

  send(request: Request): Promise<RfpWorkerResponse> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  dispose(): void {
    void this.worker.terminate();
  }
}
