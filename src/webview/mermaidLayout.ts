import type { LayoutLoaderDefinition, Mermaid, MermaidConfig } from 'mermaid';
import { MERMAID_ELK_CONFIG } from '../core/layout/elkOptions';

/**
 * @mermaid-js/layout-elk's layout code, bound to the Mermaid this bundle loads
 * (scripts/build-elk-layout.mjs writes it): the package's own render chunk inlines a second copy of
 * Mermaid's core, which a first flowchart had to fetch and run before ELK could start. A lazy chunk
 * of its own, with elkjs, fetched on the first flowchart (or by {@link preloadElkLayoutCode}).
 */
const loadElkLayout = (): ReturnType<LayoutLoaderDefinition['loader']> => import('./generated/elkLayoutRender.js');

/** The layouts @mermaid-js/layout-elk registers, by the same names and ELK algorithms. */
const ELK_LAYOUTS: LayoutLoaderDefinition[] = [
  { name: 'elk', loader: loadElkLayout, algorithm: 'elk.layered' },
  ...['elk.stress', 'elk.force', 'elk.mrtree', 'elk.sporeOverlap'].map((algorithm) => ({
    name: algorithm,
    loader: loadElkLayout,
    algorithm,
  })),
];

/**
 * Mermaid with the ELK layout registered. Unregistered, a flowchart asking for `layout: 'elk'` is
 * silently drawn by dagre, so registration happens here, once, before anything is drawn.
 */
export async function loadMermaidWithElk(): Promise<Mermaid> {
  const { default: mermaid } = await import('mermaid');
  mermaid.registerLayoutLoaders(ELK_LAYOUTS);
  return mermaid;
}

/**
 * Starts fetching ELK's layout code (the largest chunk by far) without waiting for Mermaid to ask for
 * it on its first flowchart, which would fetch it only after Mermaid itself had loaded.
 */
export async function preloadElkLayoutCode(): Promise<void> {
  await loadElkLayout();
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

/**
 * The gantt drawn 720 px wide with 14 px text: at the 605 px of an A4 text column (16 cm at 96 dpi)
 * its labels are 11.8 px, 8.8 pt. Mermaid draws axis ticks at 10 px in an attribute; the theme CSS
 * below lifts them to the same size as the rest.
 */
export const GANTT_CONFIG = {
  useWidth: 720,
  fontSize: 14,
  sectionFontSize: 14,
  barHeight: 22,
  barGap: 6,
  topPadding: 50,
  leftPadding: 150,
} as const;

/**
 * The width an HTML label wraps at. The sources break labels into lines of at most 28 narrow (14 CJK)
 * characters (core/render/mermaidText.ts `wrapLabel`), up to ~250 px at 16 px; at Mermaid's default of
 * 200 px those lines were broken again, leaving one or two characters alone on a line.
 */
export const HTML_LABEL_WIDTH_PX = 280;

/** Theme CSS every render gets: axis ticks as large as the labels. */
export const LEGIBLE_THEME_CSS = '.grid .tick text { font-size: 13px; }';

/** 8 pt in CSS pixels: the smallest a label may be shown at, on screen or on paper. */
export const MIN_LABEL_PX = (8 * 96) / 72;
