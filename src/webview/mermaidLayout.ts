import type { Mermaid, MermaidConfig } from 'mermaid';
import { MERMAID_ELK_CONFIG } from '../core/layout/elkOptions';

/**
 * Mermaid with the ELK layout registered. Unregistered, a flowchart asking for `layout: 'elk'` is
 * silently drawn by dagre, so registration happens here, once, before anything is drawn. The ELK
 * package's entry is tiny: its layout code (elkjs) is a lazy chunk fetched on the first flowchart.
 */
export async function loadMermaidWithElk(): Promise<Mermaid> {
  const [{ default: mermaid }, { default: elkLayouts }] = await Promise.all([
    import('mermaid'),
    import('@mermaid-js/layout-elk'),
  ]);
  mermaid.registerLayoutLoaders(elkLayouts);
  return mermaid;
}

/**
 * The layout part of every `mermaid.initialize`: flowcharts are laid out by ELK with the project's
 * one table of options (`src/core/layout/elkOptions.ts`). Gantt charts ignore it. A diagram's own
 * front matter (`config: {layout: dagre}`) still overrides it, which the bench uses to compare.
 */
export const ELK_LAYOUT_CONFIG: Pick<MermaidConfig, 'layout' | 'elk'> = {
  layout: 'elk',
  elk: { ...MERMAID_ELK_CONFIG },
};
