import type { ArchitectureGraphSpec } from '../deck/deckModel';
import type { ComponentKind } from '../model';
import { BODY_HEIGHT, BODY_WIDTH, lineCount, textEms } from '../deck/deckPaging';
import { ELK_LAYOUT_OPTIONS } from './elkOptions';

/**
 * The architecture as an ELK graph (zones as compound nodes around their components, connections as
 * edges at the root, which `hierarchyHandling: INCLUDE_CHILDREN` routes across zones), with every box
 * sized from its text; and the laid-out graph turned back into absolute boxes. Pure: the runner that
 * calls elkjs lives in src/node (elkjs runs there without a browser). Units are points (1/72 in).
 */
export interface ElkLabel {
  text: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export interface ElkNode {
  id: string;
  width?: number;
  height?: number;
  x?: number;
  y?: number;
  children?: ElkNode[];
  edges?: ElkEdge[];
  labels?: ElkLabel[];
  layoutOptions?: Record<string, string>;
}

export interface ElkEdge {
  id: string;
  sources: string[];
  targets: string[];
  labels?: ElkLabel[];
}

export const BOX_FONT_PT = 11;
export const TECH_FONT_PT = 9;
export const EDGE_FONT_PT = 8;
const BOX_MIN_W = 96;
const BOX_MAX_W = 180;
const BOX_PAD_X = 14;
const BOX_PAD_Y = 10;

/** ELK node ids: never user text (ids are checked, but a hostile id must not confuse the layout). */
const zoneNode = (i: number): string => `z${i}`;
const boxNode = (i: number): string => `c${i}`;

export interface BoxSize {
  width: number;
  height: number;
}

/** A component box: the name (bold) over the technology, wrapped within the maximum width. */
export function boxSize(name: string, technology: string): BoxSize {
  const natural = Math.max(textEms(name) * BOX_FONT_PT, textEms(technology) * TECH_FONT_PT) + 2 * BOX_PAD_X;
  const width = Math.min(BOX_MAX_W, Math.max(BOX_MIN_W, natural));
  const inner = (width - 2 * BOX_PAD_X) / 72;
  const nameLines = lineCount(name, inner, BOX_FONT_PT);
  const techLines = technology ? lineCount(technology, inner, TECH_FONT_PT) : 0;
  const height = 2 * BOX_PAD_Y + nameLines * BOX_FONT_PT * 1.2 + techLines * TECH_FONT_PT * 1.2;
  return { width: Math.round(width), height: Math.round(Math.max(40, height)) };
}

export interface GraphOptions {
  /**
   * Give the connections' labels room in the layout (ELK places them between the layers). A wide
   * architecture leaves no room for them on a slide: it is laid out without, and they go to the notes.
   */
  edgeLabels?: boolean;
  /** Default: the shared options' direction (RIGHT, as the preview). */
  direction?: 'RIGHT' | 'DOWN';
}

export function architectureElkGraph(spec: ArchitectureGraphSpec, options: GraphOptions = {}): ElkNode {
  const withLabels = options.edgeLabels !== false;
  const index = new Map(spec.components.map((c, i) => [c.id, i]));
  const box = (i: number): ElkNode => {
    const c = spec.components[i];
    const size = boxSize(c?.name ?? '', c?.technology ?? '');
    return { id: boxNode(i), ...size };
  };
  const placed = new Set<number>();
  const children: ElkNode[] = [];
  spec.zones.forEach((zone, zi) => {
    const members = zone.components.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    const fresh = members.filter((i) => !placed.has(i));
    if (fresh.length === 0) return;
    fresh.forEach((i) => placed.add(i));
    const titleW = textEms(zone.name) * 10 + 32;
    children.push({
      id: zoneNode(zi),
      children: fresh.map(box),
      labels: [{ text: zone.name, width: titleW, height: 14 }],
      // The zone's name sits in its top padding (elkOptions' padding), so it needs no label placement.
      // ELK does not pass a parent's padding down: each zone needs the shared padding (its name's room) itself.
      layoutOptions: {
        'elk.padding': ELK_LAYOUT_OPTIONS['elk.padding'],
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${titleW},60)`,
      },
    });
  });
  spec.components.forEach((_, i) => {
    if (!placed.has(i)) children.push(box(i));
  });
  const edges: ElkEdge[] = [];
  spec.connections.forEach((c, i) => {
    const a = index.get(c.from);
    const b = index.get(c.to);
    if (a === undefined || b === undefined || a === b) return;
    edges.push({
      id: `e${i}`,
      sources: [boxNode(a)],
      targets: [boxNode(b)],
      ...(c.label && withLabels
        ? { labels: [{ text: c.label, width: textEms(c.label) * EDGE_FONT_PT + 6, height: EDGE_FONT_PT * 1.4 }] }
        : {}),
    });
  });
  const layoutOptions: Record<string, string> = { ...ELK_LAYOUT_OPTIONS };
  if (options.direction) layoutOptions['elk.direction'] = options.direction;
  return { id: 'root', layoutOptions, children, edges };
}

export interface PlacedBox {
  id: string;
  name: string;
  technology: string;
  kind: ComponentKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedZone {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedConnection {
  from: PlacedBox;
  to: PlacedBox;
  label: string;
  both: boolean;
}

export interface ArchitectureDrawing {
  width: number;
  height: number;
  /** Whether the layout made room for the connections' labels (draw them only then). */
  edgeLabels: boolean;
  zones: PlacedZone[];
  boxes: PlacedBox[];
  connections: PlacedConnection[];
}

/** The laid-out ELK graph (positions filled in) as absolute boxes, zones and the connections between boxes. */
export function placeArchitecture(
  spec: ArchitectureGraphSpec,
  laidOut: ElkNode,
  edgeLabels = true,
): ArchitectureDrawing {
  const boxes = new Map<string, PlacedBox>();
  const zones: PlacedZone[] = [];
  const visit = (node: ElkNode, ox: number, oy: number): void => {
    for (const child of node.children ?? []) {
      const x = ox + (child.x ?? 0);
      const y = oy + (child.y ?? 0);
      const zoneMatch = /^z(\d+)$/.exec(child.id);
      const boxMatch = /^c(\d+)$/.exec(child.id);
      if (zoneMatch) {
        const zone = spec.zones[Number(zoneMatch[1])];
        zones.push({ name: zone?.name ?? '', x, y, width: child.width ?? 0, height: child.height ?? 0 });
        visit(child, x, y);
      } else if (boxMatch) {
        const c = spec.components[Number(boxMatch[1])];
        if (!c) continue;
        boxes.set(c.id, { ...c, x, y, width: child.width ?? 0, height: child.height ?? 0 });
      }
    }
  };
  visit(laidOut, 0, 0);
  const connections: PlacedConnection[] = [];
  for (const c of spec.connections) {
    const from = boxes.get(c.from);
    const to = boxes.get(c.to);
    if (from && to && from !== to) connections.push({ from, to, label: c.label, both: c.both });
  }
  return {
    width: laidOut.width ?? 0,
    height: laidOut.height ?? 0,
    edgeLabels,
    zones,
    boxes: [...boxes.values()],
    connections,
  };
}

/**
 * Which sides a connector joins: right to left when the target lies to the right (the layered
 * layout's usual case), left to right when it lies to the left, else bottom to top (or top to
 * bottom). The side numbers are DrawingML's connection sites of a rectangle: 0 top, 1 left,
 * 2 bottom, 3 right.
 */
export interface ConnectorEnds {
  start: { x: number; y: number; site: 0 | 1 | 2 | 3 };
  end: { x: number; y: number; site: 0 | 1 | 2 | 3 };
}

export function connectorEnds(a: PlacedBox, b: PlacedBox): ConnectorEnds {
  const midY = (r: PlacedBox): number => r.y + r.height / 2;
  const midX = (r: PlacedBox): number => r.x + r.width / 2;
  if (b.x >= a.x + a.width) {
    return { start: { x: a.x + a.width, y: midY(a), site: 3 }, end: { x: b.x, y: midY(b), site: 1 } };
  }
  if (b.x + b.width <= a.x) {
    return { start: { x: a.x, y: midY(a), site: 1 }, end: { x: b.x + b.width, y: midY(b), site: 3 } };
  }
  if (b.y >= a.y) {
    return { start: { x: midX(a), y: a.y + a.height, site: 2 }, end: { x: midX(b), y: b.y, site: 0 } };
  }
  return { start: { x: midX(a), y: a.y, site: 0 }, end: { x: midX(b), y: b.y + b.height, site: 2 } };
}

/** Largest magnification that fits the drawing into the slide's body (boxes are sized at 100%). */
export function fitScale(drawing: Pick<ArchitectureDrawing, 'width' | 'height'>): number {
  const w = Math.max(drawing.width, 1) / 72;
  const h = Math.max(drawing.height, 1) / 72;
  return Math.min(BODY_WIDTH / w, BODY_HEIGHT / h, MAX_SCALE);
}

/** A drawing smaller than the slide is enlarged at most this much (boxes would look bloated). */
export const MAX_SCALE = 1.35;
/** Below this scale the connections' labels no longer fit between the boxes. */
export const LABELS_MIN_SCALE = 0.75;
