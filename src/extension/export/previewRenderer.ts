import type * as vscode from 'vscode';
import type { DiagramSource, RenderedDiagram } from '../../core/export/documentModel';
import { bundleVersion } from '../../node/diagramCache';
import type { DiagramRenderer } from '../../node/exportJob';
import { renderDiagramsInPreview } from '../preview';

/**
 * Diagrams drawn by the preview's webview (a temporary preview of `source` when none is visible):
 * Mermaid in the light theme with text labels, SVG for HTML and PDF, plus a PNG rasterised by the
 * webview's canvas at a print scale for Word. Inside VS Code this is the only renderer: no
 * playwright, which an installed extension does not ship. `bundleEntry` (dist/webview/preview.js)
 * names what draws, so the export's diagram cache never serves a picture an older build drew.
 */
export function previewDiagramRenderer(source: vscode.Uri, png: boolean, bundleEntry: string): DiagramRenderer {
  return {
    version: () => bundleVersion(bundleEntry, 'export-light-text'),
    async render(sources: readonly DiagramSource[]): Promise<RenderedDiagram[]> {
      const drawn = await renderDiagramsInPreview(
        sources.map((s) => s.mermaid),
        { timeoutMs: 30_000, png, source },
      );
      return sources.map((s, i): RenderedDiagram => {
        const d = drawn[i];
        if (!d?.svg) return { id: s.id, svg: '', width: 0, height: 0, error: 'no SVG from the preview' };
        const size = svgSize(d.svg);
        if (!png) return { id: s.id, svg: d.svg, ...size };
        const bytes = d.png ? pngBytes(d.png) : undefined;
        if (!bytes) return { id: s.id, svg: '', width: 0, height: 0, error: 'no PNG from the preview' };
        return { id: s.id, svg: d.svg, ...size, png: bytes };
      });
    },
  };
}

/** Width and height from the SVG's viewBox (Mermaid always writes one). */
export function svgSize(svg: string): { width: number; height: number } {
  const vb = /viewBox="([\d.\-\s]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  if (vb && vb.length === 4 && vb.every(Number.isFinite))
    return { width: Math.ceil(vb[2] ?? 0), height: Math.ceil(vb[3] ?? 0) };
  return { width: 800, height: 600 };
}

/** `data:image/png;base64,...` -> bytes; anything else is not a PNG from our canvas. */
export function pngBytes(dataUrl: string): Uint8Array | undefined {
  const m = /^data:image\/png;base64,([A-Za-z0-9+/=]+)$/.exec(dataUrl);
  if (!m?.[1]) return undefined;
  return new Uint8Array(Buffer.from(m[1], 'base64'));
}
