/**
 * The page the headless browser loads to draw diagrams for an export (bundled to
 * dist/exportRenderer/ by scripts/build.mjs; mermaid comes from the bundle, never a CDN).
 * `window.renderDiagrams(sources, theme, png)` draws each Mermaid source into the page and returns
 * its SVG and size, and with `png` the picture Word embeds, rasterised here by a canvas at the
 * resolution its printed size needs (src/core/export/figureParts.ts: pictureScale).
 *
 * Light theme, and `htmlLabels: false` so labels are SVG <text>, not <foreignObject> HTML: Word,
 * LibreOffice and a canvas rasteriser can all draw that SVG.
 */
import { pictureScale, svgLabelPx } from '../core/export/figureParts';
import { repairMermaidEntities } from '../core/render/svgText';
import {
  ELK_LAYOUT_CONFIG,
  GANTT_CONFIG,
  LEGIBLE_THEME_CSS,
  loadMermaidWithElk,
  preloadElkLayoutCode,
} from './mermaidLayout';
import { svgToPngDataUrl } from './png';
import { DIAGRAM_FONT_FAMILY } from './theme';

export interface DiagramRequest {
  id: string;
  mermaid: string;
}
export interface DiagramResult {
  id: string;
  svg: string;
  width: number;
  height: number;
  /** The PNG, base64, when asked for. */
  png?: string;
  error?: string;
}

declare global {
  interface Window {
    renderDiagrams: (sources: DiagramRequest[], theme?: string, png?: boolean) => Promise<DiagramResult[]>;
    exportRendererReady: boolean;
  }
}

let counter = 0;

const mermaidReady = loadMermaidWithElk();
/**
 * Every chunk a proposal's diagrams need (ELK's layout code, the flowchart and gantt diagrams) is
 * fetched in parallel from the start; Mermaid would otherwise ask for each only when a diagram of
 * its kind is first drawn, one after the other. A failure here is reported by the draw that needs it.
 */
const chunksReady = Promise.all([
  preloadElkLayoutCode(),
  mermaidReady.then((mermaid) =>
    Promise.all([
      mermaid.parse('flowchart LR\n  a --> b\n'),
      mermaid.parse('gantt\n  dateFormat YYYY-MM-DD\n  a : t0, 2026-01-01, 1d\n'),
    ]),
  ),
]);
chunksReady.catch(() => undefined);

function configure(mermaid: Awaited<typeof mermaidReady>, theme: string): void {
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    theme: theme === 'dark' ? 'default' : (theme as 'default' | 'neutral' | 'forest'),
    htmlLabels: false,
    ...ELK_LAYOUT_CONFIG,
    // Text labels wrap by cutting characters, which could cut an entity code in two: no wrapping
    // (as the preview does for its export renders).
    flowchart: { htmlLabels: false, useMaxWidth: false, wrappingWidth: 2000 },
    gantt: { useMaxWidth: false, ...GANTT_CONFIG },
    themeCSS: LEGIBLE_THEME_CSS,
    fontFamily: DIAGRAM_FONT_FAMILY,
  });
}

async function renderDiagrams(sources: DiagramRequest[], theme = 'default', png = false): Promise<DiagramResult[]> {
  const mermaid = await mermaidReady;
  configure(mermaid, theme);
  const stage = document.getElementById('stage') ?? document.body;
  const results: DiagramResult[] = [];
  for (const s of sources) {
    counter += 1;
    const domId = `export-${s.id.replace(/[^A-Za-z0-9_-]/g, '_')}-${counter}`;
    const figure = document.createElement('figure');
    figure.dataset.diagram = s.id;
    figure.style.display = 'inline-block';
    figure.style.margin = '0';
    figure.style.padding = '8px';
    figure.style.background = '#ffffff';
    stage.appendChild(figure);
    try {
      const { svg } = await mermaid.render(domId, s.mermaid);
      // With text labels Mermaid double-escapes entity codes (`&amp;#34;`); restore what the user wrote.
      figure.innerHTML = repairMermaidEntities(svg);
      const el = figure.querySelector('svg');
      if (!el) throw new Error('Mermaid returned no SVG');
      const box = el.getBoundingClientRect();
      const width = Math.ceil(box.width);
      const height = Math.ceil(box.height);
      // Fixed pixel size so the SVG file opened elsewhere has the size it was drawn at.
      el.setAttribute('width', String(width));
      el.setAttribute('height', String(height));
      el.style.maxWidth = 'none';
      // What the document writers size the printed figure by (src/core/export/figureParts.ts): they
      // cannot read CSS, so the browser, which can, writes it down.
      const labelPx = smallestLabelPx(el);
      if (labelPx !== undefined) el.setAttribute('data-label-px', String(labelPx));
      const drawn = el.outerHTML;
      // Sized by the label size the DOCX writer will read from this SVG, so both agree on the print.
      const picture = png
        ? (await svgToPngDataUrl(el, pictureScale({ width, height }, svgLabelPx(drawn)))).replace(/^data:[^,]*,/, '')
        : undefined;
      results.push({
        id: s.id,
        svg: drawn,
        width,
        height,
        ...(picture ? { png: picture } : {}),
      });
    } catch (e: unknown) {
      figure.textContent = '';
      // Mermaid leaves its error box in the body.
      document.getElementById(`d${domId}`)?.remove();
      results.push({
        id: s.id,
        svg: '',
        width: 0,
        height: 0,
        error: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return results;
}

/** The smallest font size any label of the drawing is set in, in its own pixels. */
function smallestLabelPx(svg: SVGSVGElement): number | undefined {
  let smallest = Number.POSITIVE_INFINITY;
  for (const text of svg.querySelectorAll('text')) {
    if (!text.textContent?.trim()) continue;
    const size = Number.parseFloat(getComputedStyle(text).fontSize);
    if (size > 0 && size < smallest) smallest = size;
  }
  return Number.isFinite(smallest) ? Math.round(smallest * 100) / 100 : undefined;
}

window.renderDiagrams = renderDiagrams;
window.exportRendererReady = true;
