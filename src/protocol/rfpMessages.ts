/**
 * Extension host <-> RFP import worker (dist/rfpWorker.js, a worker thread started per import):
 * reading the customer's file and merging its requirements both run there, off the host's event
 * loop (a 50,000-row sheet takes seconds to read).
 */
import type { Localized } from '../core/messages/localize';
import type { RfpSource } from '../core/model';
import type { TextEdit } from '../core/language/textEdit';
import type { RfpDiff } from '../core/rfp/mergeRequirements';
import type { RfpImport, RfpItem, RfpReadOptions } from '../core/rfp/types';

export type RfpWorkerRequest =
  | {
      readonly kind: 'detect';
      readonly id: number;
      /** File name (kind by extension, messages). */
      readonly name: string;
      readonly bytes: Uint8Array;
      readonly options: RfpReadOptions;
    }
  | {
      /** Merges the items of the last `detect` (and the chosen prose candidates, by index). */
      readonly kind: 'merge';
      readonly id: number;
      /** The proposal text ('' for a new proposal). */
      readonly text: string;
      readonly candidates: readonly number[];
      readonly source: RfpSource;
      readonly title: string;
    };

/**
 * What the host sees of a detection: everything but the items, of which only the first rows come
 * (a structured clone of 50,000 items would block the receiving thread for longer than the rest).
 */
export interface RfpDetected extends Omit<RfpImport, 'items'> {
  readonly itemCount: number;
  readonly firstItems: readonly RfpItem[];
  /** Our requirement id each first item would get in a new proposal. */
  readonly firstIds: readonly string[];
}

/** The version-2 diff without the full items. */
export interface RfpDiffSummary {
  readonly added: number;
  readonly reworded: ReadonlyArray<Pick<RfpDiff['reworded'][number], 'id' | 'customerId'>>;
  readonly removed: RfpDiff['removed'];
  readonly unchanged: number;
}

export type RfpWorkerResponse =
  | { readonly kind: 'detected'; readonly id: number; readonly result: RfpDetected }
  | { readonly kind: 'merged'; readonly id: number; readonly edits: readonly TextEdit[]; readonly diff: RfpDiffSummary }
  | { readonly kind: 'refused'; readonly id: number; readonly message: Localized }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };
