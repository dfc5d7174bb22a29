import type { Id, Language } from '../model';
import type { ValuePath } from '../locate';

/**
 * The shape every output draws an architecture view from. `views.ts` resolves the written
 * `architecture.views` (or derives defaults when none are written) into these; the Mermaid
 * diagrams, the preview's view picker, the exports and the deck's native shapes all read them, so
 * a selection rule lives in one place.
 */
export const VIEW_LEVELS = ['context', 'containers', 'deployment'] as const;
export type ViewLevel = (typeof VIEW_LEVELS)[number];

export interface ResolvedView {
  readonly id: Id;
  readonly title: string;
  readonly level: ViewLevel;
  /** True for a default derived because the proposal writes no views. */
  readonly derived: boolean;
  /** Where the written view is (`architecture.views[i]`); undefined for a derived one. */
  readonly path: ValuePath | undefined;
  /** Containers and deployment: the components shown, in model order. Context: the solution's own components (drawn as one box). */
  readonly componentIds: readonly Id[];
  /** Context: the people (actor/client kinds) and external systems around the solution. */
  readonly surroundingIds: readonly Id[];
  /** Deployment: the environment drawn (`deployment.environments[].id`). */
  readonly environment: Id | undefined;
}

export interface ViewOptions {
  readonly lang?: Language;
  /** Customer documents leave out components marked `internal: true`. */
  readonly hideInternal?: boolean;
}
