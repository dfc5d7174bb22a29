/**
 * The RFP import worker thread (dist/rfpWorker.js): reads a customer's RFP and merges its
 * requirements into a proposal's text for the extension host, which only sends bytes, shows the
 * summary and applies the edits it gets back. The last detection stays here for the merge.
 */
import { parentPort } from 'worker_threads';
import { mergeRequirements, requirementIdFor } from '../core/rfp/mergeRequirements';
import { readRfp } from '../core/rfp/readRfp';
import { RfpImportError } from '../core/rfp/rfpMessages';
import type { RfpImport } from '../core/rfp/types';
import { rfpInputFromBytes } from '../node/rfpDecode';
import type { RfpWorkerRequest, RfpWorkerResponse } from '../protocol/rfpMessages';

/** Rows the host shows as a preview. */
const PREVIEW_ROWS = 12;
let last: RfpImport | undefined;

function answer(request: RfpWorkerRequest): RfpWorkerResponse {
  try {
    if (request.kind === 'detect') {
      const result = readRfp(rfpInputFromBytes(request.name, request.bytes), request.options);
      last = result;
      const { items, ...rest } = result;
      const firstItems = items.slice(0, PREVIEW_ROWS);
      return {
        kind: 'detected',
        id: request.id,
        result: { ...rest, itemCount: items.length, firstItems, firstIds: firstItems.map(requirementIdFor) },
      };
    }
    if (!last) return { kind: 'failed', id: request.id, error: 'merge before detect' };
    const chosen = request.candidates.flatMap((i) => {
      const c = last?.candidates[i];
      return c ? [c] : [];
    });
    const merged = mergeRequirements({
      text: request.text,
      items: [...last.items, ...chosen],
      source: request.source,
      title: request.title,
    });
    return {
      kind: 'merged',
      id: request.id,
      edits: merged.edits,
      diff: {
        added: merged.diff.added.length,
        reworded: merged.diff.reworded.map((r) => ({ id: r.id, customerId: r.customerId })),
        removed: merged.diff.removed,
        unchanged: merged.diff.unchanged,
      },
    };
  } catch (e: unknown) {
    if (e instanceof RfpImportError) return { kind: 'refused', id: request.id, message: e.text };
    return { kind: 'failed', id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

parentPort?.on('message', (request: RfpWorkerRequest) => {
  parentPort?.postMessage(answer(request));
});
