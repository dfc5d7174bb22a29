import type { DiagramSource, RenderedDiagram } from '../../core/export/documentModel';
import type { DiagramRenderer } from '../../node/exportJob';
import { renderDiagramsInPreview } from '../preview';

/**
 * Diagrams drawn by the open preview's webview (the PREVIEW feature answers a request by id). It
 * gives SVG only, enough for HTML. When no preview is open, or it does not answer, the export job
 * falls back to the headless browser: this renderer then returns nothing and the job is told so.
 */
export function previewDiagramRenderer(): DiagramRenderer | undefined {
  return {
    async render(sources: readonly DiagramSource[]): Promise<RenderedDiagram[]> {
      const svgs = await renderDiagramsInPreview(sources.map((s) => s.mermaid), 20_000);
      return sources.map((s, i) => {
        const svg = svgs[i] ?? '';
        const size = svgSize(svg);
        return svg ? { id: s.id, svg, ...size } : { id: s.id, svg: '', width: 0, height: 0, error: 'no SVG from the preview' };
      });
    },
  };
}

/** Width and height from the SVG's viewBox (Mermaid always writes one). */
export function svgSize(svg: string): { width: number; height: number } {
  const vb = /viewBox="([\d.\-\s]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  if (vb && vb.length === 4 && vb.every(Number.isFinite)) return { width: Math.ceil(vb[2] ?? 0), height: Math.ceil(vb[3] ?? 0) };
  return { width: 800, height: 600 };
}
