import type { DiagramId } from '../../export/documentModel';
import type { IsoDate, Language, Proposal } from '../../model';
import type { ValuePath } from '../../locate';
import type { CostRollup, Schedule } from '../../schedule/types';
import type { LabelKey } from '../labels';
import type { MarkdownRenderer } from '../markdown';

export type Audience = 'internal' | 'customer';

/** A Mermaid diagram the caller must draw into its placeholder. */
export interface RenderedDiagram {
  key: DiagramId;
  source: string;
  hash: string;
  /** Mermaid node id -> 0-based source line, for click-to-reveal. */
  nodeLines: Record<string, number>;
}

/** Everything an HTML section renderer (the preview) reads. One per render: nothing is kept between renders. */
export interface HtmlSectionContext {
  p: Proposal;
  schedule: Schedule;
  cost: CostRollup;
  lang: Language;
  audience: Audience;
  today: IsoDate | undefined;
  maxNodes: number | undefined;
  /** Risks scoring at or above it are high (`presales.validation.highRiskThreshold`). */
  highRiskThreshold: number;
  md: MarkdownRenderer;
  t(key: LabelKey): string;
  /** 0-based line of the value at `path`, when the source document is known. */
  line(path: ValuePath): number | undefined;
  /** Collects the diagrams the sections refer to. */
  diagrams: RenderedDiagram[];
}

/** Whether an item marked `internal: true` may appear for this audience. */
export function visible(ctx: HtmlSectionContext, item: { internal?: boolean } | undefined): boolean {
  return !(item && item.internal === true && ctx.audience === 'customer');
}
