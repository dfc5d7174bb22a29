/**
 * Messages between the extension host and the check worker (dist/checkWorker.js, worker_threads).
 *
 * Why this shape: the host's event loop must not block. postMessage copies by
 * structured clone, and turning a 10k-line proposal's model back into objects costs the RECEIVING
 * thread ~20 ms (bench/editor.bench.mjs); it also drops prototypes and cannot carry the yaml
 * `Document` at all. So the worker sends the diagnostics (small, needed at once) as objects and
 * everything else (`CheckDetails`: proposal, schedule without its `byId` Map, cost, id index
 * without its `entries` Map) as ONE JSON string, which crosses threads as a cheap string copy and is
 * parsed only when a feature first reads it (see CheckSnapshot in src/extension/diagnostics/checkSnapshot.ts,
 * which also rebuilds both Maps). Features that need the syntax tree ask the worker, which keeps
 * the parse of each open document's latest version (src/protocol/languageMessages.ts).
 */
import type { Diagnostic } from '../core/diagnostic';
import type { IsoDate, Language, Proposal } from '../core/model';
import type { CostRollup, Schedule } from '../core/schedule/types';
import type { ModelIdIndex } from '../core/idIndex';
import type { PreviewDiagram, PreviewSection } from './previewMessages';

/** How the messages' language is chosen: fixed, or the proposal's own `proposal.language`. */
export type MessageLanguage = Language | 'proposal';

export interface CheckRequest {
  readonly kind: 'check';
  /** Correlates the response; unique per backend. */
  readonly id: number;
  readonly text: string;
  /**
   * The open document this text is (`uri.toString()`) and its version: the worker then keeps the
   * parse for the language requests of the same version (src/protocol/languageMessages.ts). Absent,
   * or a negative version (a closed file read from disk): checked without keeping anything.
   */
  readonly uri?: string;
  readonly version?: number;
  readonly language: MessageLanguage;
  readonly highRiskThreshold: number;
  /** Set only while a preview shows this document: the worker then also renders it (see PreviewRender). */
  readonly preview?: PreviewRenderRequest;
}

/**
 * The preview's part of a check (rendering a 10k-line proposal's HTML costs the
 * thread that does it hundreds of ms, so it happens in the worker, from the parse the check made).
 */
export interface PreviewRenderRequest {
  /** `internal` shows internal-only content with a badge (the preview's default); `customer` leaves it out. */
  readonly audience: 'internal' | 'customer';
  /** For the gantt's today marker (the host's local date). */
  readonly today: IsoDate;
  /** The preview already shows a good render: with YAML syntax errors, skip rendering and say only how many. */
  readonly keepLastGood: boolean;
}

/** What the worker rendered for the preview, ready to become an UpdateMessage on the host. */
export type PreviewRender =
  | {
      readonly kind: 'rendered';
      readonly lang: Language;
      readonly title: string;
      readonly sections: ReadonlyArray<PreviewSection>;
      readonly diagrams: ReadonlyArray<PreviewDiagram>;
      /** YAML syntax errors in this version (> 0: rendered anyway because there was no good render to keep). */
      readonly syntaxErrors: number;
      readonly renderMs: number;
    }
  | {
      /** YAML syntax errors and `keepLastGood`: nothing rendered, the preview keeps what it shows and raises a banner. */
      readonly kind: 'broken';
      readonly syntaxErrors: number;
    };

export type WireSchedule = Omit<Schedule, 'byId'>;
export type WireIdIndex = Omit<ModelIdIndex, 'entries'>;

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
  /** Present when the request asked for it. */
  readonly preview?: PreviewRender;
}

export type CheckResponse =
  | { readonly kind: 'checked'; readonly id: number; readonly result: WireCheckResult }
  | { readonly kind: 'failed'; readonly id: number; readonly error: string };
