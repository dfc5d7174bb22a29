/**
 * Messages between the extension host and the check worker (dist/checkWorker.js, worker_threads).
 *
 * Why this shape: the host's event loop must not block (issue 3, point 11). postMessage copies by
 * structured clone, and turning a 10k-line proposal's model back into objects costs the RECEIVING
 * thread ~20 ms (bench/editor.bench.mjs); it also drops prototypes and cannot carry the yaml
 * `Document` at all. So the worker sends the diagnostics (small, needed at once) as objects and
 * everything else (`CheckDetails`: proposal, schedule without its `byId` Map, cost, id index
 * without its `entries` Map) as ONE JSON string, which crosses threads as a cheap string copy and is
 * parsed only when a feature first reads it (see CheckSnapshot in src/extension/diagnostics/checkSnapshot.ts,
 * which also rebuilds both Maps). Features that need the syntax tree parse the text themselves.
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

/** The parts of CheckResult the editor keeps besides diagnostics; travels as JSON (`detailsJson`). */
export interface CheckDetails {
  readonly proposal: Proposal;
  readonly schedule: WireSchedule;
  readonly cost: CostRollup;
  readonly ids: WireIdIndex;
}

export interface WireCheckResult {
  readonly diagnostics: Diagnostic[];
  /** JSON.stringify(CheckDetails). */
  readonly detailsJson: string;
  /** The language the messages are in (resolved when the request said `proposal`). */
  readonly language: Language;
  /** Milliseconds the check took inside the worker (for benchmarks and logs). */
  readonly checkMs: number;
}

export type CheckResponse =
  | { readonly kind: 'checked'; readonly id: number; readonly result: WireCheckResult }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };
