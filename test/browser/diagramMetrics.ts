import type { Page } from 'playwright-core';

/** 8 pt in CSS pixels: the smallest a label may be shown at. */
export const MIN_LABEL_PX = (8 * 96) / 72;
/** An A4 page's text column (16 cm) in CSS pixels at 96 dpi. */
export const A4_TEXT_PX = (16 / 2.54) * 96;

export interface SvgMetrics {
  /** The SVG's own coordinate width (viewBox). */
  viewBoxWidth: number;
  viewBoxHeight: number;
  /** Its width as laid out in the page (CSS px). */
  renderedWidth: number;
  /** The smallest label's font size in SVG units, and that label's text. */
  smallestFont: number;
  smallestText: string;
  /** Pairs of node boxes that overlap (by more than half a pixel each way), by their ids. */
  overlaps: Array<[string, string]>;
  nodes: number;
  /** Crossings between segments of different edges (Mermaid's data-points polylines). */
  crossings: number;
}

/** Label size on screen: font size times the scale the SVG is drawn at. */
export function shownLabelPx(m: SvgMetrics, widthPx = m.renderedWidth): number {
  return (m.smallestFont * widthPx) / m.viewBoxWidth;
}

/** Label size when the figure is placed on an A4 text column (scaled down to fit, never up). */
export function a4LabelPx(m: SvgMetrics, drawnWidth = m.viewBoxWidth): number {
  const scale = Math.min(1, A4_TEXT_PX / drawnWidth);
  return m.smallestFont * scale * (drawnWidth / m.viewBoxWidth);
}

/**
 * Measures the SVG found by `selector` in the page: runs in the page (a string, this project's
 * Node tests have no DOM lib). Node boxes are `g.node` (flowchart) or `rect.task` (gantt) client rects.
 */
export async function measureSvg(page: Page, selector: string): Promise<SvgMetrics> {
  return page.evaluate(`(() => {
    const svg = document.querySelector(${JSON.stringify(selector)});
    if (!svg) throw new Error('no SVG at ' + ${JSON.stringify(selector)});
    const vb = svg.viewBox.baseVal;
    const viewBoxWidth = vb && vb.width ? vb.width : svg.getBoundingClientRect().width;
    const viewBoxHeight = vb && vb.height ? vb.height : svg.getBoundingClientRect().height;
    let smallestFont = Infinity, smallestText = '';
    for (const el of svg.querySelectorAll('text, foreignObject span, foreignObject p')) {
      const text = (el.textContent || '').trim();
      if (!text || el.closest('.error-text')) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size > 0 && size < smallestFont) { smallestFont = size; smallestText = text.slice(0, 60); }
    }
    const boxes = [...svg.querySelectorAll('g.node, rect.task')].map((n) => ({ id: n.id || n.getAttribute('data-id') || '', r: n.getBoundingClientRect() }));
    const overlaps = [];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (ox > 0.5 && oy > 0.5) overlaps.push([boxes[i].id, boxes[j].id]);
      }
    const edges = [...svg.querySelectorAll('path[data-points]')].map((p) => {
      try { return JSON.parse(atob(p.getAttribute('data-points'))); } catch { return []; }
    });
    const segs = edges.map((pts) => pts.slice(1).map((q, k) => [pts[k], q]));
    const cross = (p, q, r, s) => {
      const d = (q.x - p.x) * (s.y - r.y) - (q.y - p.y) * (s.x - r.x);
      if (Math.abs(d) < 1e-9) return false;
      const t = ((r.x - p.x) * (s.y - r.y) - (r.y - p.y) * (s.x - r.x)) / d;
      const u = ((r.x - p.x) * (q.y - p.y) - (r.y - p.y) * (q.x - p.x)) / d;
      return t > 0.01 && t < 0.99 && u > 0.01 && u < 0.99;
    };
    let crossings = 0;
    for (let i = 0; i < segs.length; i++)
      for (let j = i + 1; j < segs.length; j++)
        for (const [p, q] of segs[i]) for (const [r, s] of segs[j]) if (cross(p, q, r, s)) crossings++;
    return { viewBoxWidth, viewBoxHeight, renderedWidth: svg.getBoundingClientRect().width, smallestFont, smallestText, overlaps, nodes: boxes.length, crossings };
  })()`);
}

/** True when every edge of the SVG is routed orthogonally (ELK's routing; dagre draws diagonals). */
export async function edgesAreOrthogonal(page: Page, selector: string): Promise<{ edges: number; diagonal: number }> {
  return page.evaluate(`(() => {
    const svg = document.querySelector(${JSON.stringify(selector)});
    let edges = 0, diagonal = 0;
    for (const p of svg.querySelectorAll('path[data-points]')) {
      const pts = JSON.parse(atob(p.getAttribute('data-points')));
      edges++;
      // The last point is pulled back for the arrowhead; compare the inner route only.
      const inner = pts.slice(0, -1);
      if (inner.slice(1).some((q, k) => Math.abs(q.x - inner[k].x) > 1 && Math.abs(q.y - inner[k].y) > 1)) diagonal++;
    }
    return { edges, diagonal };
  })()`);
}

/** Where a flowchart's connection labels sit, in screen pixels of the SVG as drawn. */
export interface EdgeLabelPlacement {
  labels: number;
  /** Labels more than 6 px from every point of their own connection. */
  away: string[];
  /** Pairs of labels whose boxes overlap. */
  overlapping: string[];
  /** Labels another connection's line runs through. */
  crossed: string[];
}

/**
 * Reads each edge label (`g.edgeLabel g.label[data-id]`) against the paths (`path[data-id]`): its own
 * path should touch its box, no other path should run through it, no two labels should overlap.
 * Paths are sampled at 200 points each.
 */
export async function edgeLabelPlacement(page: Page, selector: string): Promise<EdgeLabelPlacement> {
  return page.evaluate(`(() => {
    const svg = document.querySelector(${JSON.stringify(selector)});
    const boxes = [...svg.querySelectorAll('g.edgeLabel g.label[data-id]')]
      .filter((l) => l.getBBox().width > 0)
      .map((l) => ({ id: l.getAttribute('data-id'), box: l.getBoundingClientRect() }));
    const routes = new Map([...svg.querySelectorAll('path[data-id]')].map((p) => {
      const length = p.getTotalLength(), m = p.getScreenCTM();
      const points = Array.from({ length: 201 }, (_, k) => {
        const q = p.getPointAtLength((length * k) / 200);
        return new DOMPoint(q.x, q.y).matrixTransform(m);
      });
      return [p.getAttribute('data-id'), points];
    }));
    const gap = (b, q) => Math.hypot(Math.max(b.left - q.x, 0, q.x - b.right), Math.max(b.top - q.y, 0, q.y - b.bottom));
    const inside = (b, q) => q.x > b.left + 2 && q.x < b.right - 2 && q.y > b.top + 2 && q.y < b.bottom - 2;
    const away = [], overlapping = [], crossed = [];
    for (const { id, box } of boxes) {
      const own = routes.get(id) ?? [];
      if (!own.some((q) => gap(box, q) <= 6)) away.push(id);
      for (const [other, points] of routes) if (other !== id && points.some((q) => inside(box, q))) crossed.push(id + ' by ' + other);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box, b = boxes[j].box;
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          overlapping.push(boxes[i].id + ' / ' + boxes[j].id);
      }
    return { labels: boxes.length, away, overlapping, crossed };
  })()`);
}
