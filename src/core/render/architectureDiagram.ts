import type { Component, ComponentKind, Language, Proposal } from '../model';
import type { ValuePath } from '../locate';
import { MermaidIds, mermaidLabel, mermaidLabelLines, wrapLabel } from './mermaidText';
import { enumLabel } from './enumLabels';
import { label } from './labels';

export interface ArchitectureOptions {
  lang?: Language;
  /** Beyond this many components the diagram shows one node per zone with counts. Default 60. */
  maxNodes?: number;
  /** Flowchart direction; default TB (a page is taller than wide, and zones then stack rather than run off the side). */
  direction?: 'LR' | 'TB';
  /** Leave out components marked `internal: true` (customer-facing documents). */
  hideInternal?: boolean;
  /** Leave out the legend (kinds and line styles); default false. */
  noLegend?: boolean;
  /** Draw only these components (a view's selection); connections are kept when both ends are drawn. */
  componentIds?: readonly string[];
}

/** A diagram node and where it comes from, so a click in the webview can reveal the source. */
export interface DiagramNode {
  nodeId: string;
  /** Component id, or zone id in the summarised form. */
  sourceId: string | undefined;
  path: ValuePath;
}

export interface ArchitectureDiagram {
  source: string;
  nodes: DiagramNode[];
  /** True when the model was too big and zones are drawn as single nodes. */
  summarised: boolean;
}

/** Mermaid's own limits (defaults): past them it draws an error instead of the diagram. */
const MAX_TEXT = 45_000;
const MAX_EDGES = 480;
const DEFAULT_MAX_NODES = 60;
/** Line lengths (narrow characters) labels are wrapped at: boxes stay narrow enough for a page. */
const NAME_WIDTH = 24;
const TECH_WIDTH = 28;
const EDGE_WIDTH = 22;
/** Sample boxes per row of the legend. */
const LEGEND_COLUMNS = 3;
/** Kinds drawn outside the solution: their connections are dotted. */
const OUTSIDE_KINDS: ReadonlySet<ComponentKind> = new Set(['external']);

const OPEN_CLOSE: Record<ComponentKind, [string, string]> = {
  actor: ['([', '])'],
  client: ['([', '])'],
  gateway: ['{{', '}}'],
  service: ['[', ']'],
  database: ['[(', ')]'],
  queue: ['>', ']'],
  cache: ['[(', ')]'],
  storage: ['[(', ')]'],
  external: ['[[', ']]'],
  network: ['{{', '}}'],
  security: ['[/', '\\]'],
  monitoring: ['[\\', '/]'],
  ai: ['(', ')'],
  batch: ['[/', '/]'],
  device: ['(', ')'],
};

/** One class per kind; colours chosen to read on both light and dark backgrounds. */
const CLASS_DEFS: ReadonlyArray<string> = [
  'classDef actor fill:#fff4d6,stroke:#b38600,color:#222',
  'classDef client fill:#fff4d6,stroke:#b38600,color:#222',
  'classDef gateway fill:#e3f2fd,stroke:#1565c0,color:#222',
  'classDef service fill:#e8eaf6,stroke:#3949ab,color:#222',
  'classDef database fill:#e8f5e9,stroke:#2e7d32,color:#222',
  'classDef queue fill:#fce4ec,stroke:#ad1457,color:#222',
  'classDef cache fill:#f1f8e9,stroke:#558b2f,color:#222',
  'classDef storage fill:#e0f2f1,stroke:#00695c,color:#222',
  'classDef external fill:#f5f5f5,stroke:#616161,color:#222,stroke-dasharray:5 3',
  'classDef network fill:#ede7f6,stroke:#5e35b1,color:#222',
  'classDef security fill:#ffebee,stroke:#c62828,color:#222',
  'classDef monitoring fill:#fff3e0,stroke:#ef6c00,color:#222',
  'classDef ai fill:#f3e5f5,stroke:#8e24aa,color:#222',
  'classDef batch fill:#eceff1,stroke:#455a64,color:#222',
  'classDef device fill:#fffde7,stroke:#9e9d24,color:#222',
  'classDef zoneSummary fill:#e8eaf6,stroke:#3949ab,color:#222',
  'classDef legendNote fill:#ffffff,stroke:#bdbdbd,color:#222',
];

interface Placed {
  component: Component;
  index: number;
  nodeId: string;
}

/** The architecture as a Mermaid flowchart source (contract used by preview and export). */
export function architectureMermaid(p: Proposal, opts: ArchitectureOptions = {}): string {
  return architectureDiagram(p, opts).source;
}

export function architectureDiagram(p: Proposal, opts: ArchitectureOptions = {}): ArchitectureDiagram {
  const lang = opts.lang ?? 'en';
  const selected = opts.componentIds ? new Set(opts.componentIds) : undefined;
  const components = (p.architecture?.components ?? [])
    .map((component, index) => ({ component, index }))
    .filter(
      ({ component }) =>
        component &&
        typeof component === 'object' &&
        !(opts.hideInternal && component.internal) &&
        (!selected || (typeof component.id === 'string' && selected.has(component.id))),
    );
  const connections = p.architecture?.connections ?? [];
  const maxNodes = opts.maxNodes ?? DEFAULT_MAX_NODES;
  if (components.length > maxNodes || connections.length > MAX_EDGES) return summarised(p, components, opts);
  const full = detailed(p, components, opts, lang);
  return full.source.length > MAX_TEXT ? summarised(p, components, opts) : full;
}

function detailed(
  p: Proposal,
  components: ReadonlyArray<{ component: Component; index: number }>,
  opts: ArchitectureOptions,
  lang: Language,
): ArchitectureDiagram {
  const ids = new MermaidIds('n');
  const zoneIds = new MermaidIds('z');
  const placed: Placed[] = components.map(({ component, index }) => ({
    component,
    index,
    nodeId: ids.add(component.id),
  }));
  const lines: string[] = [`flowchart ${opts.direction ?? 'TB'}`];
  const nodes: DiagramNode[] = placed.map((x) => ({
    nodeId: x.nodeId,
    sourceId: x.component.id,
    path: ['architecture', 'components', x.index],
  }));

  const zones = (p.architecture?.zones ?? []).filter((z) => z && typeof z === 'object');
  const knownZones = new Set(zones.map((z) => z.id).filter((id): id is string => typeof id === 'string'));
  const seenZones = new Set<string>();
  for (const zone of zones) {
    if (typeof zone.id !== 'string' || seenZones.has(zone.id)) continue;
    seenZones.add(zone.id);
    const members = placed.filter((x) => x.component.zone === zone.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${zoneIds.add(zone.id)}[${mermaidLabel(zone.name ?? zone.id)}]`);
    for (const m of members) lines.push(`    ${nodeLine(m, lang)}`);
    lines.push('  end');
  }
  for (const m of placed) {
    if (typeof m.component.zone === 'string' && knownZones.has(m.component.zone)) continue;
    lines.push(`  ${nodeLine(m, lang)}`);
  }

  const lineStyles = new Set<'oneWay' | 'bothWays' | 'external'>();
  const edges: Array<[string, string]> = [];
  const kindById = new Map(placed.map((x) => [x.component.id, kindOf(x.component)]));
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c !== 'object') continue;
    const from = ids.get(c.from);
    const to = ids.get(c.to);
    if (!from || !to) continue; // unknown ids are the checker's to report, not a reason to break the picture
    const outside =
      OUTSIDE_KINDS.has(kindById.get(c.from) ?? 'service') || OUTSIDE_KINDS.has(kindById.get(c.to) ?? 'service');
    const both = c.direction === 'both';
    lineStyles.add(both ? 'bothWays' : 'oneWay');
    if (outside) lineStyles.add('external');
    edges.push([from, to]);
    const arrow = outside ? (both ? '<-.->' : '-.->') : both ? '<-->' : '-->';
    const text = [c.label, c.protocol].filter((s): s is string => typeof s === 'string' && s.trim() !== '').join(' · ');
    lines.push(
      text ? `  ${from} ${arrow}|${mermaidLabelLines(wrapLabel(text, EDGE_WIDTH))}| ${to}` : `  ${from} ${arrow} ${to}`,
    );
  }
  for (const def of CLASS_DEFS) lines.push(`  ${def}`);
  const byKind = new Map<string, string[]>();
  for (const m of placed) {
    const kind = kindOf(m.component);
    byKind.set(kind, [...(byKind.get(kind) ?? []), m.nodeId]);
  }
  for (const [kind, nodeIds] of byKind) lines.push(`  class ${nodeIds.join(',')} ${kind}`);
  if (!opts.noLegend && placed.length > 0) {
    const deepest = deepestNode(placed, edges);
    const zoneOfDeepest = placed.find((m) => m.nodeId === deepest)?.component.zone;
    lines.push(...legend(placed, lineStyles, lang, zoneIds.get(zoneOfDeepest) ?? deepest));
  }
  return { source: lines.join('\n') + '\n', nodes, summarised: false };
}

/**
 * The legend, drawn in the diagram so it travels with every copy of the picture: one sample box per
 * kind the diagram uses (same shape and colour, named by its kind) and the line styles it uses.
 * `anchor` is the zone subgraph (or, outside zones, the node) it hangs under.
 * Its ids (`lg`, `k0`, `lgLines`) are not components, so clicks on them reveal nothing.
 */
function legend(
  placed: readonly Placed[],
  lineStyles: ReadonlySet<string>,
  lang: Language,
  anchor: string | undefined,
): string[] {
  const kinds = [...new Set(placed.map((m) => kindOf(m.component)))];
  const out = [`  subgraph lg[${mermaidLabel(label('legend', lang))}]`];
  kinds.forEach((kind, i) => {
    const [open, close] = OPEN_CLOSE[kind];
    out.push(`    k${i}${open}${mermaidLabel(enumLabel(kind, lang))}${close}`);
  });
  const styles = (
    [
      ['oneWay', 'legendOneWay'],
      ['bothWays', 'legendBothWays'],
      ['external', 'legendExternal'],
    ] as const
  )
    .filter(([style]) => lineStyles.has(style))
    .map(([, key]) => label(key, lang));
  if (styles.length > 0) out.push(`    lgLines[${mermaidLabelLines(styles)}]`);
  // Invisible links stack the samples LEGEND_COLUMNS to a row: a grid, not one long row.
  for (let i = LEGEND_COLUMNS; i < kinds.length; i++) out.push(`    k${i - LEGEND_COLUMNS} ~~~ k${i}`);
  // The line styles go under the samples (the note is wide).
  if (styles.length > 0) out.push(`    k${Math.max(0, kinds.length - 1)} ~~~ lgLines`);
  out.push('  end');
  // An invisible link from the zone of the lowest box (or that box, outside any zone) to the legend
  // as a whole puts the legend under the diagram and centred on that zone. Beside the diagram, or
  // hung under one box near an edge, it would widen the figure past what a page shows legibly.
  if (anchor) out.push(`  ${anchor} ~~~ lg`);
  kinds.forEach((kind, i) => out.push(`  class k${i} ${kind}`));
  if (styles.length > 0) out.push('  class lgLines legendNote');
  out.push('  style lg fill:none,stroke:#9e9e9e,stroke-dasharray:3 3');
  return out;
}

/** The node furthest down the flow (longest chain of connections leading to it; cycles cut). */
function deepestNode(placed: readonly Placed[], edges: ReadonlyArray<[string, string]>): string | undefined {
  const depth = new Map(placed.map((m) => [m.nodeId, 0]));
  // Bellman-Ford style relaxation, bounded: a cycle stops growing after `placed.length` rounds.
  for (let round = 0; round < Math.min(placed.length, 64); round++) {
    let changed = false;
    for (const [a, b] of edges) {
      const next = (depth.get(a) ?? 0) + 1;
      if (next > (depth.get(b) ?? 0) && next <= placed.length) {
        depth.set(b, next);
        changed = true;
      }
    }
    if (!changed) break;
  }
  let best: string | undefined;
  let bestDepth = -1;
  for (const [id, d] of depth) if (d > bestDepth) [best, bestDepth] = [id, d];
  return best;
}

function nodeLine(m: Placed, lang: Language): string {
  const kind = kindOf(m.component);
  const [open, close] = OPEN_CLOSE[kind];
  const name = m.component.name ?? m.component.id ?? label('unnamed', lang);
  const text = mermaidLabelLines([
    ...wrapLabel(name, NAME_WIDTH),
    ...wrapLabel(m.component.technology ?? '', TECH_WIDTH),
  ]);
  return `${m.nodeId}${open}${text}${close}`;
}

function kindOf(c: Component): ComponentKind {
  return typeof c.kind === 'string' && c.kind in OPEN_CLOSE ? c.kind : 'service';
}

/** One node per zone ("Zone (12)"), edges aggregated between zones with their count. Always small. */
function summarised(
  p: Proposal,
  components: ReadonlyArray<{ component: Component; index: number }>,
  opts: ArchitectureOptions,
): ArchitectureDiagram {
  const lang = opts.lang ?? 'en';
  const zoneIds = new MermaidIds('z');
  // Top to bottom: a few boxes joined by many lines, which left to right ran past a page's width.
  const lines: string[] = [`flowchart ${opts.direction ?? 'TB'}`];
  const nodes: DiagramNode[] = [];
  const zoneOfComponent = new Map<string, string>();
  const zones = (p.architecture?.zones ?? []).filter((z) => z && typeof z === 'object' && typeof z.id === 'string');
  const counts = new Map<string, number>();
  const known = new Set(zones.map((z) => z.id as string));
  const OTHER = '\u0000other';
  for (const { component } of components) {
    const zone = typeof component.zone === 'string' && known.has(component.zone) ? component.zone : OTHER;
    counts.set(zone, (counts.get(zone) ?? 0) + 1);
    if (typeof component.id === 'string') zoneOfComponent.set(component.id, zone);
  }
  zones.forEach((zone, index) => {
    const id = zone.id as string;
    const count = counts.get(id);
    if (!count || zoneIds.get(id)) return;
    const nodeId = zoneIds.add(id);
    nodes.push({ nodeId, sourceId: id, path: ['architecture', 'zones', index] });
    lines.push(
      `  ${nodeId}[${mermaidLabelLines([zone.name ?? id, label('componentCount', lang).replace('{0}', String(count))])}]`,
    );
  });
  const other = counts.get(OTHER);
  if (other) {
    const nodeId = zoneIds.add(OTHER);
    nodes.push({ nodeId, sourceId: undefined, path: ['architecture', 'components'] });
    lines.push(
      `  ${nodeId}[${mermaidLabelLines([label('otherComponents', lang), label('componentCount', lang).replace('{0}', String(other))])}]`,
    );
  }
  // One line per pair of zones, both directions in it: a line each way doubled the lines to route
  // and stretched the overview past a page.
  const rank = (nodeId: string): number => Number(nodeId.slice(1)); // z0, z1, … in zone order
  const edges = new Map<string, { count: number; forward: boolean; back: boolean }>();
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c !== 'object' || typeof c.from !== 'string' || typeof c.to !== 'string') continue;
    const from = zoneIds.get(zoneOfComponent.get(c.from));
    const to = zoneIds.get(zoneOfComponent.get(c.to));
    if (!from || !to || from === to) continue;
    const forward = rank(from) < rank(to);
    const key = forward ? `${from} ${to}` : `${to} ${from}`;
    const edge = edges.get(key) ?? { count: 0, forward: false, back: false };
    edge.count++;
    if (forward) edge.forward = true;
    else edge.back = true;
    edges.set(key, edge);
  }
  for (const [key, edge] of edges) {
    const [a, b] = key.split(' ');
    const arrow = edge.forward && edge.back ? '<-->' : '-->';
    const [from, to] = edge.forward ? [a, b] : [b, a];
    const text = label(edge.count === 1 ? 'connectionCountOne' : 'connectionCount', lang).replace(
      '{0}',
      String(edge.count),
    );
    lines.push(`  ${from} ${arrow}|${mermaidLabel(text)}| ${to}`);
  }
  lines.push('  classDef zoneSummary fill:#e8eaf6,stroke:#3949ab,color:#222');
  if (nodes.length > 0) lines.push(`  class ${nodes.map((n) => n.nodeId).join(',')} zoneSummary`);
  return { source: lines.join('\n') + '\n', nodes, summarised: true };
}
