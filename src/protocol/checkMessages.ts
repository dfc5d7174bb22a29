/**
 * Messages between the extension host and the check worker (dist/checkWorker.js, worker_threads).
 *
 * Why a wire shape: postMessage uses structured clone, which drops prototypes (class instances
 * arrive as plain objects) and cannot send the yaml `Document` of `ParsedProposal` at all. So the
 * worker sends only plain data: `CheckResult` minus `parsed`, `Schedule` minus its `byId` Map
 * (`WireSchedule`) and `IdIndex` minus its `entries` Map (`WireIdIndex`); the receiver rebuilds both Maps (see reviveCheck in
 * src/extension/diagnostics/checkSnapshot.ts). Features that need the syntax tree parse the text themselves.
 */
import type { Diagnostic } from '../core/diagnostic';
import type { Language, Proposal } from '../core/model';
import type { CostRollup, Schedule } from '../core/schedule/types';
import type { IdIndex } from '../core/idIndex';

/** How the messages' language is chosen: fixed, or the proposal's own `proposal.language`. */
export type MessageLanguage = Language | 'proposal';

export interface CheckRequest {
  readonly kind: 'check';
  /** Correlates the response; unique per backend. */
  readonly id: number;
  readonly text: string;
  readonly language: MessageLanguage;
  readonly highRiskThreshold: number;
}

export type WireSchedule = Omit<Schedule, 'byId'>;
export type WireIdIndex = Omit<IdIndex, 'entries'>;

export interface WireCheckResult {
  readonly proposal: Proposal;
  readonly schedule: WireSchedule;
  readonly cost: CostRollup;
  readonly diagnostics: Diagnostic[];
  readonly ids: WireIdIndex;
  /** The language the messages are in (resolved when the request said `proposal`). */
  readonly language: Language;
  /** Milliseconds the check took inside the worker (for benchmarks and logs). */
  readonly checkMs: number;
}

export type CheckResponse =
  | { readonly kind: 'checked'; readonly id: number; readonly result: WireCheckResult }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };
