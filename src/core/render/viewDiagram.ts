import type { ResolvedView } from '../architecture/viewTypes';
import type { Language, Proposal } from '../model';
import { architectureDiagram, type ArchitectureDiagram } from './architectureDiagram';
import { contextDiagram } from './contextDiagram';
import { deploymentDiagram } from './deploymentDiagram';

export interface ViewDiagramOptions {
  lang?: Language;
  /** Leave out components marked `internal: true` (customer-facing documents). */
  hideInternal?: boolean;
  /** Containers views: beyond this many components zones are drawn as single nodes. */
  maxNodes?: number;
}

/** The Mermaid diagram of one resolved view, by its level. */
export function viewDiagram(p: Proposal, view: ResolvedView, opts: ViewDiagramOptions = {}): ArchitectureDiagram {
  const lang = opts.lang ?? 'en';
  switch (view.level) {
    case 'context':
      return contextDiagram(p, view, { lang });
    case 'deployment':
      return deploymentDiagram(p, view, { lang });
    case 'containers':
      return architectureDiagram(p, {
        lang,
        componentIds: view.componentIds,
        ...(opts.hideInternal ? { hideInternal: true } : {}),
        ...(opts.maxNodes ? { maxNodes: opts.maxNodes } : {}),
      });
  }
}

/** Whether a view has anything to draw: a deployment view its environment, the others a component. */
export function viewHasContent(view: ResolvedView): boolean {
  return view.componentIds.length > 0 || (view.level === 'context' && view.surroundingIds.length > 0);
}
