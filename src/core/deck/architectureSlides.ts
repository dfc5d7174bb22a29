import { architectureViews, nodeEnvironments } from '../architecture/views';
import type { ResolvedView } from '../architecture/viewTypes';
import { label } from '../export/exportLabels';
import { enumLabel } from '../render/enumLabels';
import { labelWith } from '../render/labels';
import {
  COMPONENT_KINDS,
  type Component,
  type ComponentKind,
  type Connection,
  type DeploymentNode,
  type Id,
  type Language,
  type Proposal,
} from '../model';
import type { ArchitectureBody, ArchitectureGraphSpec } from './deckModel';

/**
 * The deck's architecture: at most three slides, each a view of the model in native shapes. The
 * context (the solution as one box among its users and the outside systems), every component in
 * its zone (with an overview of zones for a model too big to draw box by box), and the production
 * deployment. Built from the architecture's resolved views, so the deck shows what the preview's
 * view picker offers, not a selection of its own.
 */
export interface ArchitectureSlide {
  title: string;
  body: ArchitectureBody;
  notes: string[];
}

/** Distinct connection labels written on one aggregated line before the rest is counted. */
const MAX_LINE_LABELS = 2;
/** The notes list the connections; past this many the rest is left to the documents. */
const MAX_NOTED = 60;

type Text = (value: unknown) => string;

/** What every view's graph is built from. */
interface ViewSource {
  p: Proposal;
  components: ReadonlyMap<Id, Component>;
  lang: Language;
  text: Text;
  lineLabel: (c: Connection) => string;
}

export function architectureSlides(p: Proposal, lang: Language, text: Text): ArchitectureSlide[] {
  const views = architectureViews(p, { lang, hideInternal: true });
  const components = new Map<Id, Component>();
  for (const c of p.architecture?.components ?? [])
    if (c && typeof c.id === 'string' && c.id !== '' && !components.has(c.id)) components.set(c.id, c);
  if (components.size === 0) return [];
  const nameOf = (id: Id): string => text(components.get(id)?.name) || id;
  const lineLabel = (c: Connection): string => [text(c.label), text(c.protocol)].filter(Boolean).join(' · ');
  const connections = (p.architecture?.connections ?? []).filter(
    (c): c is Connection & { from: Id; to: Id } =>
      !!c && typeof c.from === 'string' && typeof c.to === 'string' && c.from !== c.to,
  );
  const connectionNotes = (shown: ReadonlySet<Id>): string[] =>
    connections
      .filter((c) => shown.has(c.from) && shown.has(c.to))
      .slice(0, MAX_NOTED)
      .map((c) =>
        label('deck.connection', lang, { from: nameOf(c.from), to: nameOf(c.to), label: lineLabel(c) || '–' }),
      );
  const model: ViewSource = { p, components, lang, text, lineLabel };
  const slides: ArchitectureSlide[] = [];

  const context = views.find((v) => v.level === 'context' && v.surroundingIds.length > 0);
  if (context) {
    const graph = contextGraph(model, context);
    const shown = new Set([...context.componentIds, ...context.surroundingIds]);
    slides.push({
      title: context.title,
      body: { kind: 'architecture', level: 'context', graph },
      notes: connectionNotes(shown),
    });
  }

  const containers =
    views.find((v) => v.level === 'containers' && v.componentIds.length === components.size) ??
    views.find((v) => v.level === 'containers');
  if (containers) {
    const { graph, overview } = containersGraphs(model, containers);
    const overviewText = text(p.architecture?.overview);
    slides.push({
      // The slide a reader knows as "the architecture"; the other two say which view they are.
      title: label('architecture', lang),
      body: { kind: 'architecture', level: 'containers', graph, overview },
      notes: [overviewText, ...connectionNotes(new Set(containers.componentIds))].filter(Boolean),
    });
  }

  const deployments = views.filter((v) => v.level === 'deployment' && v.componentIds.length > 0);
  const production = deployments.find((v) => environmentKind(p, v.environment) === 'production') ?? deployments[0];
  if (production) {
    const { graph, notes } = deploymentGraph(model, production);
    const overview = { ...graph, links: [], packed: 'nested' as const };
    slides.push({
      title: production.title,
      body: { kind: 'architecture', level: 'deployment', graph, overview },
      notes,
    });
  }
  return slides;
}

function environmentKind(p: Proposal, id: Id | undefined): string | undefined {
  return (p.deployment?.environments ?? []).find((e) => e && e.id === id)?.kind;
}

function kindOf(c: Component | undefined): ComponentKind {
  return COMPONENT_KINDS.includes(c?.kind as ComponentKind) ? (c?.kind as ComponentKind) : 'service';
}

/** Aggregates lines by their two ends: one line per pair, its labels listed once, the rest counted. */
class Lines {
  private readonly byEnds = new Map<string, { from: string; to: string; both: boolean; labels: string[]; n: number }>();
  add(from: string, to: string, both: boolean, text: string): void {
    if (from === to) return;
    const key = `${from}\u0000${to}`;
    let line = this.byEnds.get(key);
    if (!line) this.byEnds.set(key, (line = { from, to, both: false, labels: [], n: 0 }));
    line.n++;
    line.both ||= both;
    if (text && !line.labels.includes(text)) line.labels.push(text);
  }
  /** `count` writes the label of a line that stands for several connections. */
  links(count?: (n: number) => string): ArchitectureGraphSpec['links'] {
    return [...this.byEnds.values()].map((l) => {
      const shown = l.labels.slice(0, MAX_LINE_LABELS);
      const more = l.labels.length - shown.length;
      const written = [...shown, ...(more > 0 ? [`+${more}`] : [])].join(' / ');
      return { from: l.from, to: l.to, both: l.both, label: count && l.n > 1 ? count(l.n) : written };
    });
  }
}

/** The solution as one box; each user role and outside system around it, joined by aggregated lines. */
function contextGraph(model: ViewSource, view: ResolvedView): ArchitectureGraphSpec {
  const { p, components, lang, text, lineLabel } = model;
  // Not a valid id (ids start with a letter), so no component can share it.
  const SOLUTION = '#solution';
  const inside = new Set<Id>(view.componentIds);
  const around = new Set<Id>(view.surroundingIds);
  const boxes: ArchitectureGraphSpec['boxes'] = [
    {
      id: SOLUTION,
      name: text(p.proposal?.title) || label('theSolution', lang),
      detail: labelWith('componentCount', lang, inside.size),
      kind: 'service',
    },
  ];
  for (const id of view.surroundingIds) {
    const c = components.get(id);
    boxes.push({ id, name: text(c?.name) || id, detail: text(c?.technology), kind: kindOf(c) });
  }
  const endOf = (id: Id): string | undefined => (around.has(id) ? id : inside.has(id) ? SOLUTION : undefined);
  const lines = new Lines();
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c.from !== 'string' || typeof c.to !== 'string') continue;
    const from = endOf(c.from);
    const to = endOf(c.to);
    if (from && to) lines.add(from, to, c.direction === 'both', lineLabel(c));
  }
  return { groups: [], boxes, links: lines.links() };
}

/** Every component of the view in its zone, a line per connection; and the zones' overview. */
function containersGraphs(
  model: ViewSource,
  view: ResolvedView,
): { graph: ArchitectureGraphSpec; overview: ArchitectureGraphSpec } {
  const { p, components, text, lineLabel } = model;
  const shown = new Set<Id>(view.componentIds);
  const zones = (p.architecture?.zones ?? []).filter(
    (z): z is typeof z & { id: Id } => !!z && typeof z.id === 'string' && z.id !== '',
  );
  const zoneIds = new Set(zones.map((z) => z.id));
  const zoneOf = (c: Component | undefined): Id | undefined =>
    typeof c?.zone === 'string' && zoneIds.has(c.zone) ? c.zone : undefined;
  const boxes = view.componentIds.map((id) => {
    const c = components.get(id);
    const zone = zoneOf(c);
    return {
      id,
      name: text(c?.name) || id,
      detail: text(c?.technology),
      kind: kindOf(c),
      ...(zone ? { group: zone } : {}),
    };
  });
  const used = new Set(boxes.map((b) => b.group));
  const groups = zones.filter((z) => used.has(z.id)).map((z) => ({ id: z.id, name: text(z.name) || z.id }));
  const direct = new Lines();
  const between = new Lines();
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c.from !== 'string' || typeof c.to !== 'string') continue;
    if (!shown.has(c.from) || !shown.has(c.to)) continue;
    direct.add(c.from, c.to, c.direction === 'both', lineLabel(c));
    between.add(
      zoneOf(components.get(c.from)) ?? c.from,
      zoneOf(components.get(c.to)) ?? c.to,
      c.direction === 'both',
      lineLabel(c),
    );
  }
  return {
    graph: { groups, boxes, links: direct.links() },
    overview: { groups, boxes, links: between.links((n) => `× ${n}`), packed: 'zones' },
  };
}

/**
 * The environment's nodes nested as their parents say, each component drawn on every node of the
 * environment it is deployed on (with its instance count), and the connections between placements.
 * A node that holds nothing is a box of its own.
 */
function deploymentGraph(model: ViewSource, view: ResolvedView): { graph: ArchitectureGraphSpec; notes: string[] } {
  const { p, components, lang, text, lineLabel } = model;
  const all = p.deployment?.nodes ?? [];
  const environmentOf = nodeEnvironments(all);
  const nodes: Array<DeploymentNode & { id: Id }> = [];
  const seen = new Set<Id>();
  for (const n of all) {
    if (!n || typeof n.id !== 'string' || n.id === '' || seen.has(n.id)) continue;
    seen.add(n.id);
    if (environmentOf.get(n.id) === view.environment) nodes.push(n as DeploymentNode & { id: Id });
  }
  const inEnv = new Set(nodes.map((n) => n.id));
  const nodeName = (n: DeploymentNode & { id: Id }): string => text(n.name) || n.id;
  const nodeDetail = (n: DeploymentNode): string =>
    [n.kind ? enumLabel(n.kind, lang) : '', text(n.technology)].filter(Boolean).join(' · ');
  // A group's title has one line: its technology says more than its kind (a cluster's name says cluster).
  const groupDetail = (n: DeploymentNode): string => text(n.technology) || (n.kind ? enumLabel(n.kind, lang) : '');

  const placements: Array<{ id: string; component: Id; node: Id; instances: number }> = [];
  for (const id of view.componentIds) {
    (components.get(id)?.deployedOn ?? []).forEach((d) => {
      if (!d || typeof d.node !== 'string' || !inEnv.has(d.node)) return;
      const instances = typeof d.instances === 'number' && d.instances >= 1 ? Math.floor(d.instances) : 1;
      placements.push({ id: `#placement-${placements.length}`, component: id, node: d.node, instances });
    });
  }
  const parentOf = (n: DeploymentNode): Id | undefined =>
    typeof n.parent === 'string' && n.parent !== n.id && inEnv.has(n.parent) ? n.parent : undefined;
  const holds = new Set<Id>(placements.map((x) => x.node));
  for (const n of nodes) {
    const parent = parentOf(n);
    if (parent) holds.add(parent);
  }
  const groups: ArchitectureGraphSpec['groups'] = [];
  const boxes: ArchitectureGraphSpec['boxes'] = [];
  // Parents first: a group's parent must already be listed.
  const listed = new Set<Id>();
  const list = (n: DeploymentNode & { id: Id }, trail: Set<Id>): void => {
    if (listed.has(n.id) || trail.has(n.id)) return;
    trail.add(n.id);
    const parent = parentOf(n);
    const up = parent ? nodes.find((x) => x.id === parent) : undefined;
    if (up) list(up, trail);
    listed.add(n.id);
    const under = parent && listed.has(parent) && holds.has(parent) ? { parent } : {};
    if (holds.has(n.id)) {
      const detail = groupDetail(n);
      groups.push({ id: n.id, name: nodeName(n), ...(detail ? { detail } : {}), ...under });
    } else
      boxes.push({
        id: n.id,
        name: nodeName(n),
        detail: nodeDetail(n),
        kind: 'network',
        ...(under.parent ? { group: under.parent } : {}),
      });
  };
  for (const n of nodes) list(n, new Set());
  for (const x of placements) {
    const c = components.get(x.component);
    const count = x.instances > 1 ? labelWith('instanceCount', lang, x.instances) : '';
    boxes.push({
      id: x.id,
      name: text(c?.name) || x.component,
      detail: [text(c?.technology), count].filter(Boolean).join(' '),
      kind: kindOf(c),
      group: x.node,
    });
  }
  const lines = new Lines();
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c.from !== 'string' || typeof c.to !== 'string' || c.from === c.to) continue;
    for (const a of placements.filter((x) => x.component === c.from))
      for (const b of placements.filter((x) => x.component === c.to))
        lines.add(a.id, b.id, c.direction === 'both', lineLabel(c));
  }
  const nodeNames = new Map(nodes.map((n) => [n.id, nodeName(n)]));
  const notes = placements.map((x) => {
    const name = text(components.get(x.component)?.name) || x.component;
    const count = x.instances > 1 ? ` ${labelWith('instanceCount', lang, x.instances)}` : '';
    return `${name} → ${nodeNames.get(x.node) ?? x.node}${count}`;
  });
  return { graph: { groups, boxes, links: lines.links() }, notes };
}

/**
 * The view in `parts` slides, its zones in model order, cut where the boxes are most evenly
 * shared (a zone is never cut): what a view too large for one legible slide continues on, as a
 * long table does. Boxes outside every zone go with the first part; a line is kept where both its
 * ends are on the part.
 */
export function continuedParts(body: ArchitectureBody, parts: number): ArchitectureBody[] {
  const overview = body.overview;
  if (!overview || overview.packed !== 'zones' || overview.groups.length < parts) return [body];
  const sizes = overview.groups.map((g) => overview.boxes.filter((b) => b.group === g.id).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const cuts: number[] = [];
  let running = 0;
  sizes.forEach((n, i) => {
    running += n;
    const due = Math.round((total * (cuts.length + 1)) / parts);
    if (cuts.length < parts - 1 && running >= due && i < sizes.length - 1) cuts.push(i + 1);
  });
  const bounds = [0, ...cuts, overview.groups.length];
  const ranges = bounds.slice(0, -1).map((from, k) => [from, bounds[k + 1] ?? from] as const);
  return ranges.map(([from, to], k) => {
    const groups = new Set(overview.groups.slice(from, to).map((g) => g.id));
    const keep = (spec: ArchitectureGraphSpec): ArchitectureGraphSpec => {
      const boxes = spec.boxes.filter(
        (b) => (b.group !== undefined && groups.has(b.group)) || (k === 0 && b.group === undefined),
      );
      const ends = new Set([...boxes.map((b) => b.id), ...groups]);
      return {
        ...spec,
        groups: spec.groups.filter((g) => groups.has(g.id)),
        boxes,
        links: spec.links.filter((l) => ends.has(l.from) && ends.has(l.to)),
      };
    };
    return { ...body, graph: keep(body.graph), overview: keep(overview) };
  });
}
