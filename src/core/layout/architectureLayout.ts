import type { ArchitectureGraphSpec } from '../deck/deckModel';
import type { ComponentKind } from '../model';
import { BODY_HEIGHT, BODY_WIDTH, lineCount, textEms } from '../deck/deckPaging';
import { ELK_LAYOUT_OPTIONS } from './elkOptions';

/**
 * An architecture view as an ELK graph (groups as compound nodes around their boxes, lines as edges
 * at the root, which `hierarchyHandling: INCLUDE_CHILDREN` routes across groups), every box sized
 * from its text at the size it is drawn; and the laid-out graph turned back into absolute boxes,
 * groups and the routes ELK gave the lines. Pure: the runner that calls elkjs lives in src/node.
 * Units are points (1/72 in), so a drawing that fits the slide at scale 1 shows its text at the
 * sizes below.
 */
export interface ElkLabel {
  text: string;
  width: number;
  height: number;
  x?: number;
  y?: number;
}

export interface ElkPoint {
  x: number;
  y: number;
}

export interface ElkSection {
  id: string;
  startPoint: ElkPoint;
  endPoint: ElkPoint;
  bendPoints?: ElkPoint[];
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
  sections?: ElkSection[];
}

/** The smallest text on an architecture slide drawn at scale 1 is 9 pt. */
export const BOX_FONT_PT = 11;
export const TECH_FONT_PT = 9;
export const EDGE_FONT_PT = 9;
export const GROUP_FONT_PT = 10;
const BOX_MIN_W = 96;
const BOX_MAX_W = 180;
const BOX_PAD_X = 14;
const BOX_PAD_Y = 8;
const BOX_MIN_H = 34;
/** Room above a group's content for its name (ELK's top padding). */
const GROUP_TITLE_H = 24;
const GROUP_PAD = 10;
/** Between the boxes packed in a group. */
const PACK_GAP = 10;

/** ELK node ids: never user text (a hostile id must not confuse the layout). */
const groupNode = (i: number): string => `z${i}`;
const boxNode = (i: number): string => `c${i}`;

export interface BoxSize {
  width: number;
  height: number;
}

/** A box's text sizes and padding, points. Packed boxes are tighter: a zone holds many. */
interface BoxStyle {
  nameFont: number;
  detailFont: number;
  padX: number;
  padY: number;
  minW: number;
  maxW: number;
  minH: number;
}

const BOX: BoxStyle = {
  nameFont: BOX_FONT_PT,
  detailFont: TECH_FONT_PT,
  padX: BOX_PAD_X,
  padY: BOX_PAD_Y,
  minW: BOX_MIN_W,
  maxW: BOX_MAX_W,
  minH: BOX_MIN_H,
};
export const PACKED_BOX: BoxStyle = {
  nameFont: 10,
  detailFont: TECH_FONT_PT,
  padX: 7,
  padY: 4,
  minW: 70,
  maxW: 150,
  minH: 26,
};

/** A box: the name (bold) over its detail line, wrapped within the maximum width. */
export function boxSize(name: string, detail: string, style: BoxStyle = BOX): BoxSize {
  const natural = Math.max(textEms(name) * style.nameFont, textEms(detail) * style.detailFont) + 2 * style.padX;
  const width = Math.min(style.maxW, Math.max(style.minW, natural));
  const inner = (width - 2 * style.padX) / 72;
  const nameLines = lineCount(name, inner, style.nameFont);
  const detailLines = detail ? lineCount(detail, inner, style.detailFont) : 0;
  const height = 2 * style.padY + nameLines * style.nameFont * 1.2 + detailLines * style.detailFont * 1.2;
  return { width: Math.round(width), height: Math.round(Math.max(style.minH, height)) };
}

export interface GraphOptions {
  /** Give the lines' labels room in the layout; without, they are not drawn (the notes list them). */
  edgeLabels?: boolean;
  /** Default: the shared options' direction (RIGHT, as the preview). */
  direction?: 'RIGHT' | 'DOWN';
  /** Packed zones: how many rows of boxes a group holds before it adds a column. */
  rows?: number;
  /** Nested packing: the width to height each group's content aims at (rectangle packing's aspect ratio). */
  groupAspect?: number;
  /** Packed groups: draw each box's detail line (off, a packed group is smaller). */
  details?: boolean;
  /**
   * Packed views: place the groups by rectangle packing to fill the slide, without lines (the
   * layered layout with lines is tried first; packing is for when it is too large). Always so for
   * `nested`.
   */
  fill?: boolean;
  /** Boxes in the packed style, names only, and less space between them: a crowded view's last try with lines. */
  tight?: boolean;
}

/** Groups packed to fill the slide, no lines. */
function filled(spec: ArchitectureGraphSpec, options: GraphOptions): boolean {
  return spec.packed === 'nested' || (spec.packed === 'zones' && options.fill === true);
}

/** Boxes drawn in the packed style: in any packed view, and in a tight layout. */
function compact(spec: ArchitectureGraphSpec, options: GraphOptions): boolean {
  return spec.packed !== undefined || options.tight === true;
}

const PADDING = `[top=${GROUP_TITLE_H},left=${GROUP_PAD},bottom=${GROUP_PAD},right=${GROUP_PAD}]`;

/** Each group's content packed in rows (ELK's rectangle packing): no lines to route. */
const PACKING: Record<string, string> = {
  'elk.algorithm': 'rectpacking',
  'elk.spacing.nodeNode': String(PACK_GAP + 4),
  'elk.aspectRatio': '1.6',
};
const SLIDE_ASPECT = Math.round((BODY_WIDTH / BODY_HEIGHT) * 100) / 100;

/** The group's name needs this much width in its title band. */
const titleWidth = (name: string): number => textEms(name) * GROUP_FONT_PT + 2 * GROUP_PAD + 4;

interface Grid {
  columns: number;
  cell: BoxSize;
  width: number;
  height: number;
}

/** The boxes of a packed group in rows of equal cells, `rows` high at most. */
function gridOf(sizes: readonly BoxSize[], rows: number, title: string): Grid {
  const n = Math.max(1, sizes.length);
  const columns = Math.max(1, Math.ceil(n / Math.max(1, rows)));
  const used = Math.ceil(n / columns);
  const cell = {
    width: Math.max(...sizes.map((s) => s.width), PACKED_BOX.minW),
    height: Math.max(...sizes.map((s) => s.height), PACKED_BOX.minH),
  };
  const contentW = columns * cell.width + (columns - 1) * PACK_GAP;
  return {
    columns,
    cell,
    width: Math.max(contentW + 2 * GROUP_PAD, titleWidth(title)),
    height: GROUP_TITLE_H + used * cell.height + (used - 1) * PACK_GAP + GROUP_PAD,
  };
}

function edgeLabelOf(text: string): ElkLabel {
  return { text, width: textEms(text) * EDGE_FONT_PT + 8, height: EDGE_FONT_PT * 1.4 };
}

/** The spec's ids to ELK's: a box is `c<i>`, a group `z<i>`, both by position. */
function nodeIdsOf(spec: ArchitectureGraphSpec): Map<string, string> {
  const ids = new Map<string, string>();
  spec.groups.forEach((g, i) => {
    if (!ids.has(g.id)) ids.set(g.id, groupNode(i));
  });
  spec.boxes.forEach((b, i) => {
    if (!ids.has(b.id)) ids.set(b.id, boxNode(i));
  });
  return ids;
}

export function architectureElkGraph(spec: ArchitectureGraphSpec, options: GraphOptions = {}): ElkNode {
  const withLabels = options.edgeLabels !== false;
  const ids = nodeIdsOf(spec);
  const groupIndex = new Map(spec.groups.map((g, i) => [g.id, i]));
  const boxSizeOf = (i: number): BoxSize => {
    const b = spec.boxes[i];
    if (spec.packed === 'zones')
      return boxSize(b?.name ?? '', options.details === false ? '' : (b?.detail ?? ''), PACKED_BOX);
    if (options.tight) return boxSize(b?.name ?? '', '', PACKED_BOX);
    return boxSize(b?.name ?? '', b?.detail ?? '', compact(spec, options) ? PACKED_BOX : BOX);
  };
  const boxesIn = new Map<string, number[]>();
  const loose: number[] = [];
  spec.boxes.forEach((b, i) => {
    if (b.group !== undefined && groupIndex.has(b.group)) boxesIn.set(b.group, [...(boxesIn.get(b.group) ?? []), i]);
    else loose.push(i);
  });
  const leaf = (i: number): ElkNode => ({ id: boxNode(i), ...boxSizeOf(i) });

  const children: ElkNode[] = [];
  if (spec.packed === 'zones') {
    spec.groups.forEach((g, gi) => {
      const members = boxesIn.get(g.id) ?? [];
      if (g.parent !== undefined || members.length === 0) return;
      const grid = gridOf(members.map(boxSizeOf), options.rows ?? 4, g.name);
      children.push({ id: groupNode(gi), width: grid.width, height: grid.height });
    });
  } else {
    const kids = new Map<string | undefined, number[]>();
    spec.groups.forEach((g, gi) => {
      const parent = g.parent !== undefined && groupIndex.has(g.parent) && g.parent !== g.id ? g.parent : undefined;
      kids.set(parent, [...(kids.get(parent) ?? []), gi]);
    });
    const visited = new Set<number>();
    const groupNodeOf = (gi: number): ElkNode | undefined => {
      if (visited.has(gi)) return undefined; // a parent cycle: each group once
      visited.add(gi);
      const g = spec.groups[gi];
      if (!g) return undefined;
      const inner = [
        ...(kids.get(g.id) ?? []).map(groupNodeOf).filter((n): n is ElkNode => n !== undefined),
        ...(boxesIn.get(g.id) ?? []).map(leaf),
      ];
      if (inner.length === 0) return undefined;
      const minW = titleWidth(g.name);
      return {
        id: groupNode(gi),
        children: inner,
        // ELK does not pass a parent's padding down: each group needs the room for its name itself.
        layoutOptions: {
          'elk.padding': PADDING,
          'elk.nodeSize.constraints': 'MINIMUM_SIZE',
          'elk.nodeSize.minimum': `(${minW},60)`,
          ...(spec.packed === 'nested'
            ? { ...PACKING, ...(options.groupAspect ? { 'elk.aspectRatio': String(options.groupAspect) } : {}) }
            : {}),
        },
      };
    };
    for (const gi of kids.get(undefined) ?? []) {
      const node = groupNodeOf(gi);
      if (node) children.push(node);
    }
  }
  for (const i of loose) children.push(leaf(i));

  const present = new Set<string>();
  const collect = (nodes: readonly ElkNode[]): void => {
    for (const n of nodes) {
      present.add(n.id);
      collect(n.children ?? []);
    }
  };
  collect(children);
  const edges: ElkEdge[] = [];
  if (!filled(spec, options))
    spec.links.forEach((l, i) => {
      const a = ids.get(l.from);
      const b = ids.get(l.to);
      if (!a || !b || a === b || !present.has(a) || !present.has(b)) return;
      edges.push({
        id: `e${i}`,
        sources: [a],
        targets: [b],
        ...(l.label && withLabels ? { labels: [edgeLabelOf(l.label)] } : {}),
      });
    });
  const layoutOptions: Record<string, string> = {
    ...(filled(spec, options) ? { ...PACKING, 'elk.aspectRatio': String(SLIDE_ASPECT) } : ELK_LAYOUT_OPTIONS),
    // The slide has its own margins; the drawing needs none of its own.
    'elk.padding': '[top=4,left=4,bottom=4,right=4]',
  };
  if (options.direction) layoutOptions['elk.direction'] = options.direction;
  if (options.tight && !spec.packed) {
    layoutOptions['elk.spacing.nodeNode'] = '16';
    layoutOptions['elk.layered.spacing.nodeNodeBetweenLayers'] = '36';
  }
  return { id: 'root', layoutOptions, children, edges };
}

export interface PlacedBox {
  id: string;
  /** Drawn in the packed style (smaller text, PACKED_BOX). */
  packed: boolean;
  name: string;
  detail: string;
  kind: ComponentKind;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedGroup {
  /** The spec's group id. */
  id: string;
  /** Its name, with its detail when both fit on the title line; clipped when the name alone does not. */
  title: string;
  /** 0 for a group at the top, 1 inside one, and so on. */
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedConnection {
  label: string;
  both: boolean;
  /** ELK's route, first point on the source's border, last on the target's. */
  points: ElkPoint[];
  /** Where ELK put the label (absent when the layout gave labels no room). */
  labelBox?: { x: number; y: number; width: number; height: number };
}

export interface ArchitectureDrawing {
  width: number;
  height: number;
  /** Whether the layout made room for the lines' labels (draw them only then). */
  edgeLabels: boolean;
  /** Parents before children, so drawing in order puts every group under what it holds. */
  groups: PlacedGroup[];
  boxes: PlacedBox[];
  connections: PlacedConnection[];
}

/** The laid-out ELK graph (positions filled in) as absolute boxes, groups and routed lines. */
export function placeArchitecture(
  spec: ArchitectureGraphSpec,
  laidOut: ElkNode,
  options: GraphOptions = {},
): ArchitectureDrawing {
  const edgeLabels = options.edgeLabels !== false;
  const boxes: PlacedBox[] = [];
  const groups: PlacedGroup[] = [];
  const placedBox = (i: number, x: number, y: number, size: BoxSize): void => {
    const b = spec.boxes[i];
    if (!b) return;
    const detail = (spec.packed === 'zones' && options.details === false) || options.tight ? '' : b.detail;
    boxes.push({ id: b.id, packed: compact(spec, options), name: b.name, detail, kind: b.kind, x, y, ...size });
  };
  /** Each ELK node's top left corner on the drawing, and the node it sits in. */
  const origin = new Map<string, ElkPoint>([[laidOut.id, { x: 0, y: 0 }]]);
  const parentOf = new Map<string, string>();
  const visit = (node: ElkNode, ox: number, oy: number, depth: number): void => {
    for (const child of node.children ?? []) {
      const x = ox + (child.x ?? 0);
      const y = oy + (child.y ?? 0);
      origin.set(child.id, { x, y });
      parentOf.set(child.id, node.id);
      const group = /^z(\d+)$/.exec(child.id);
      const box = /^c(\d+)$/.exec(child.id);
      if (group) {
        const gi = Number(group[1]);
        const g = spec.groups[gi];
        const width = child.width ?? 0;
        groups.push({
          id: g?.id ?? '',
          title: groupTitle(g?.name ?? '', g?.detail ?? '', width),
          depth,
          x,
          y,
          width,
          height: child.height ?? 0,
        });
        if (spec.packed === 'zones' && g) packInto(gi, x, y, child.width ?? 0);
        else visit(child, x, y, depth + 1);
      } else if (box) placedBox(Number(box[1]), x, y, { width: child.width ?? 0, height: child.height ?? 0 });
    }
  };
  const packInto = (gi: number, x: number, y: number, width: number): void => {
    const id = spec.groups[gi]?.id;
    const members = spec.boxes.map((b, i) => (b.group === id ? i : -1)).filter((i) => i >= 0);
    const sizes = members.map((i) =>
      boxSize(spec.boxes[i]?.name ?? '', options.details === false ? '' : (spec.boxes[i]?.detail ?? ''), PACKED_BOX),
    );
    const group = spec.groups[gi];
    const grid = gridOf(sizes, options.rows ?? 4, group?.name ?? '');
    const contentW = grid.columns * grid.cell.width + (grid.columns - 1) * PACK_GAP;
    const left = x + (width - contentW) / 2;
    members.forEach((i, k) => {
      const col = k % grid.columns;
      const row = Math.floor(k / grid.columns);
      placedBox(
        i,
        left + col * (grid.cell.width + PACK_GAP),
        y + GROUP_TITLE_H + row * (grid.cell.height + PACK_GAP),
        grid.cell,
      );
    });
  };
  visit(laidOut, 0, 0, 0);
  groups.sort((a, b) => a.depth - b.depth);

  const ancestors = (id: string): string[] => {
    const chain: string[] = [];
    for (let at = parentOf.get(id); at !== undefined; at = parentOf.get(at)) chain.push(at);
    return chain;
  };
  const connections: PlacedConnection[] = [];
  for (const edge of laidOut.edges ?? []) {
    const link = spec.links[Number(/^e(\d+)$/.exec(edge.id)?.[1] ?? -1)];
    if (!link) continue;
    // elkjs gives a route in the frame of the innermost group holding both of its ends.
    const around = new Set(ancestors(edge.targets[0] ?? ''));
    const frame = origin.get(ancestors(edge.sources[0] ?? '').find((a) => around.has(a)) ?? laidOut.id) ?? {
      x: 0,
      y: 0,
    };
    const points: ElkPoint[] = [];
    for (const s of edge.sections ?? []) points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
    if (points.length < 2) continue;
    const l = edge.labels?.[0];
    connections.push({
      label: link.label,
      both: link.both,
      points: points.map((p) => ({ x: frame.x + p.x, y: frame.y + p.y })),
      ...(edgeLabels && l && l.x !== undefined && l.y !== undefined
        ? { labelBox: { x: frame.x + l.x, y: frame.y + l.y, width: l.width, height: l.height } }
        : {}),
    });
  }
  return { width: laidOut.width ?? 0, height: laidOut.height ?? 0, edgeLabels, groups, boxes, connections };
}

/** The title line of a group `width` points wide. */
export function groupTitle(name: string, detail: string, width: number): string {
  const room = width - 2 * GROUP_PAD;
  const fits = (t: string): boolean => textEms(t) * GROUP_FONT_PT <= room;
  const full = detail ? `${name} · ${detail}` : name;
  if (fits(full)) return full;
  if (fits(name)) return name;
  const chars = [...name];
  while (chars.length > 1 && !fits(`${chars.join('')}…`)) chars.pop();
  return `${chars.join('')}…`;
}

/** Largest magnification that fits the drawing into the slide's body (boxes are sized at 100%). */
export function fitScale(drawing: Pick<ArchitectureDrawing, 'width' | 'height'>): number {
  const w = Math.max(drawing.width, 1) / 72;
  const h = Math.max(drawing.height, 1) / 72;
  return Math.min(BODY_WIDTH / w, BODY_HEIGHT / h, MAX_SCALE);
}

/** A drawing smaller than the slide is enlarged at most this much (boxes would look bloated). */
export const MAX_SCALE = 1.35;
/** At this scale or more every text on the slide is at least 9 pt (the sizes above at 100%). */
export const LEGIBLE_SCALE = 1;
