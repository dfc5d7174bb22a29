import type { Component, ComponentKind, DeploymentNode, Id, Proposal, ViewSelection } from '../model';
import type { ArchitectureView } from '../model';
import { label, labelWith } from '../render/labels';
import type { ResolvedView, ViewLevel, ViewOptions } from './viewTypes';

/**
 * The architecture's views, resolved: the written `architecture.views`, or defaults when none are
 * written. One place decides what each view shows; every diagram, the preview's picker and the
 * exports read the result.
 *
 * Selection: every filter a view writes narrows it (a component must pass all of them); inside one
 * filter any listed value matches. `around` keeps the component and those reachable over
 * connections, in either direction, in at most `depth` steps. No filter at all: every component.
 */
export function architectureViews(p: Proposal, options: ViewOptions = {}): ResolvedView[] {
  const model = viewModel(p, options);
  const written = p.architecture?.views ?? [];
  const views: ResolvedView[] = [];
  const seen = new Set<Id>();
  written.forEach((view, index) => {
    if (!view || typeof view !== 'object' || typeof view.id !== 'string' || view.id === '' || seen.has(view.id)) return;
    seen.add(view.id);
    views.push(resolveWritten(model, view, index));
  });
  return views.length > 0 ? views : derivedViews(p, model, options);
}

/** Beyond this many components the derived views add one containers view per zone. */
export const LARGE_MODEL = 25;

const ZONE_VIEW = 'zone-';

/** A containers view derived for one zone of a large model. */
export function isDerivedZoneView(view: ResolvedView): boolean {
  return view.derived && view.level === 'containers' && view.id.startsWith(ZONE_VIEW);
}

/** People and outside systems: around the solution in a context view, never inside it. */
const SURROUNDING: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['actor', 'client', 'external']);

export function isSurrounding(c: Component): boolean {
  return c.kind !== undefined && SURROUNDING.has(c.kind);
}

interface ViewModel {
  /** The components a view may show, in model order (internal ones left out for customers). */
  components: readonly Component[];
  byId: ReadonlyMap<Id, Component>;
  /** Undirected neighbours over connections. */
  neighbours: ReadonlyMap<Id, ReadonlySet<Id>>;
  /** Environment of each node (its own, or the nearest ancestor's). */
  nodeEnvironment: ReadonlyMap<Id, Id>;
}

function viewModel(p: Proposal, options: ViewOptions): ViewModel {
  const components = (p.architecture?.components ?? []).filter(
    (c): c is Component & { id: Id } =>
      !!c &&
      typeof c === 'object' &&
      typeof c.id === 'string' &&
      c.id !== '' &&
      !(options.hideInternal && c.internal === true),
  );
  const byId = new Map<Id, Component>();
  for (const c of components) if (!byId.has(c.id)) byId.set(c.id, c);
  const neighbours = new Map<Id, Set<Id>>();
  const link = (a: Id, b: Id): void => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c.from !== 'string' || typeof c.to !== 'string') continue;
    if (!byId.has(c.from) || !byId.has(c.to)) continue;
    link(c.from, c.to);
    link(c.to, c.from);
  }
  return {
    components: [...byId.values()],
    byId,
    neighbours,
    nodeEnvironment: nodeEnvironments(p.deployment?.nodes ?? []),
  };
}

/** Each node's environment, inherited from the nearest ancestor that names one; cycles end the climb. */
export function nodeEnvironments(nodes: readonly DeploymentNode[]): Map<Id, Id> {
  const byId = new Map<Id, DeploymentNode>();
  for (const n of nodes) if (n && typeof n.id === 'string' && n.id !== '' && !byId.has(n.id)) byId.set(n.id, n);
  const out = new Map<Id, Id>();
  for (const [id, node] of byId) {
    const visited = new Set<Id>();
    let at: DeploymentNode | undefined = node;
    while (at && typeof at.id === 'string' && !visited.has(at.id)) {
      visited.add(at.id);
      if (typeof at.environment === 'string' && at.environment !== '') {
        out.set(id, at.environment);
        break;
      }
      at = typeof at.parent === 'string' ? byId.get(at.parent) : undefined;
    }
  }
  return out;
}

/** The component ids a selection keeps, in model order. */
function selectComponents(model: ViewModel, select: ViewSelection | undefined): Id[] {
  const filters: Array<(c: Component) => boolean> = [];
  if (select) {
    const zones = nonEmpty(select.zones);
    if (zones) filters.push((c) => typeof c.zone === 'string' && zones.has(c.zone));
    const kinds = nonEmpty(select.kinds);
    if (kinds) filters.push((c) => kinds.has(c.kind ?? 'service'));
    const tags = nonEmpty(select.tags);
    if (tags) filters.push((c) => (c.tags ?? []).some((t) => tags.has(t)));
    const requirements = nonEmpty(select.requirements);
    if (requirements) filters.push((c) => (c.satisfies ?? []).some((r) => requirements.has(r)));
    const centre = select.around?.component;
    if (typeof centre === 'string' && centre !== '') {
      const reach = reachable(model, centre, depthOf(select.around?.depth));
      filters.push((c) => typeof c.id === 'string' && reach.has(c.id));
    }
  }
  return model.components.filter((c) => filters.every((f) => f(c))).map((c) => c.id as Id);
}

function depthOf(depth: number | undefined): number {
  return typeof depth === 'number' && Number.isFinite(depth) ? Math.max(0, Math.min(10, Math.floor(depth))) : 1;
}

function nonEmpty<T extends string>(values: readonly T[] | undefined): ReadonlySet<T> | undefined {
  const kept = (values ?? []).filter((v) => typeof v === 'string' && v !== '');
  return kept.length > 0 ? new Set(kept) : undefined;
}

/** Breadth-first over connections, either direction. An unknown centre reaches nothing. */
function reachable(model: ViewModel, centre: Id, depth: number): Set<Id> {
  const reached = new Set<Id>();
  if (!model.byId.has(centre)) return reached;
  reached.add(centre);
  let frontier = [centre];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: Id[] = [];
    for (const id of frontier)
      for (const n of model.neighbours.get(id) ?? []) {
        if (reached.has(n)) continue;
        reached.add(n);
        next.push(n);
      }
    frontier = next;
  }
  return reached;
}

function resolveWritten(model: ViewModel, view: ArchitectureView, index: number): ResolvedView {
  const level: ViewLevel = view.level ?? 'containers';
  const id = view.id as Id;
  const title = typeof view.title === 'string' && view.title.trim() !== '' ? view.title : id;
  const selected = selectComponents(model, view.select);
  const base = { id, title, level, derived: false, path: ['architecture', 'views', index] };
  if (level === 'context') return { ...base, ...contextSplit(model, selected), environment: undefined };
  if (level === 'deployment') {
    const environment = typeof view.environment === 'string' && view.environment !== '' ? view.environment : undefined;
    const componentIds = environment ? deployedIn(model, selected, environment) : [];
    return { ...base, componentIds, surroundingIds: [], environment };
  }
  return { ...base, componentIds: selected, surroundingIds: [], environment: undefined };
}

function contextSplit(model: ViewModel, selected: readonly Id[]): { componentIds: Id[]; surroundingIds: Id[] } {
  const componentIds: Id[] = [];
  const surroundingIds: Id[] = [];
  for (const id of selected) {
    const c = model.byId.get(id);
    if (c && isSurrounding(c)) surroundingIds.push(id);
    else componentIds.push(id);
  }
  return { componentIds, surroundingIds };
}

/** The selected components with at least one placement on a node of the environment. */
function deployedIn(model: ViewModel, selected: readonly Id[], environment: Id): Id[] {
  return selected.filter((id) =>
    (model.byId.get(id)?.deployedOn ?? []).some(
      (d) => d && typeof d.node === 'string' && model.nodeEnvironment.get(d.node) === environment,
    ),
  );
}

/** The full containers view first (the diagram a reader expects), then the context, zones and environments. */
function derivedViews(p: Proposal, model: ViewModel, options: ViewOptions): ResolvedView[] {
  const lang = options.lang ?? 'en';
  const all = model.components.map((c) => c.id as Id);
  const views: ResolvedView[] = [];
  const derived = { derived: true, path: undefined, environment: undefined, surroundingIds: [] };
  views.push({
    ...derived,
    id: 'containers',
    title: label('viewContainers', lang),
    level: 'containers',
    componentIds: all,
  });
  const context = contextSplit(model, all);
  if (context.surroundingIds.length > 0 && context.componentIds.length > 0)
    views.push({ ...derived, id: 'context', title: label('viewContext', lang), level: 'context', ...context });
  if (model.components.length > LARGE_MODEL) {
    const seen = new Set<Id>();
    for (const zone of p.architecture?.zones ?? []) {
      if (!zone || typeof zone.id !== 'string' || zone.id === '' || seen.has(zone.id)) continue;
      seen.add(zone.id);
      const members = model.components.filter((c) => c.zone === zone.id).map((c) => c.id as Id);
      if (members.length === 0) continue;
      views.push({
        ...derived,
        id: `${ZONE_VIEW}${zone.id}`,
        title: labelWith('viewZone', lang, zone.name ?? zone.id),
        level: 'containers',
        componentIds: members,
      });
    }
  }
  const seenEnvironments = new Set<Id>();
  for (const env of p.deployment?.environments ?? []) {
    if (!env || typeof env.id !== 'string' || env.id === '' || seenEnvironments.has(env.id)) continue;
    seenEnvironments.add(env.id);
    views.push({
      ...derived,
      id: `deployment-${env.id}`,
      title: labelWith('viewDeployment', lang, env.name ?? env.id),
      level: 'deployment',
      componentIds: deployedIn(model, all, env.id),
      environment: env.id,
    });
  }
  return views;
}
