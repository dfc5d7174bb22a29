import { architectureViews, isSurrounding, nodeEnvironments } from '../architecture/views';
import { ruleMessages } from '../messages/ruleMessages';
import type { Id } from '../model';
import { itemPath, type RuleContext } from './ruleContext';

/**
 * PS230-PS234: the views and the deployment section. Unknown ids in a selection, a deployment
 * reference or a parent are PS202, duplicate view, environment or node ids PS201 (they are in the
 * entity table like every other id); these are what only views and deployment can get wrong.
 */
export function architectureViewRules(ctx: RuleContext): void {
  const p = ctx.proposal;
  const views = p.architecture?.views ?? [];
  const components = p.architecture?.components ?? [];
  const tags = new Set<string>();
  for (const c of components) for (const t of c.tags ?? []) tags.add(t);

  // PS230 and PS234, view by view.
  views.forEach((v, i) => {
    if (!v || typeof v !== 'object') return;
    (v.select?.tags ?? []).forEach((tag, t) => {
      if (tag !== '' && !tags.has(tag))
        ctx.report({
          code: 'PS230',
          path: ['architecture', 'views', i, 'select', 'tags', t],
          message: ruleMessages.viewTagUnused(tag),
          data: { tag },
        });
    });
    const name = v.id ?? `#${i + 1}`;
    if (v.level === 'deployment' && (typeof v.environment !== 'string' || v.environment === ''))
      ctx.report({
        code: 'PS234',
        path: itemPath(['architecture', 'views', i], v),
        message: ruleMessages.deploymentViewWithoutEnvironment(name),
      });
    else if (v.level !== 'deployment' && typeof v.environment === 'string')
      ctx.report({
        code: 'PS234',
        path: ['architecture', 'views', i, 'environment'],
        part: 'key',
        message: ruleMessages.environmentIgnored(name),
      });
  });

  // PS231: a written view with nothing in it (a deployment view without environment is PS234 only).
  for (const view of architectureViews(p)) {
    if (view.derived || !view.path) continue;
    if (view.level === 'deployment' && view.environment === undefined) continue;
    const empty = view.componentIds.length === 0 && view.surroundingIds.length === 0;
    if (!empty) continue;
    ctx.report({
      code: 'PS231',
      path: [...view.path, 'id'],
      message:
        view.level === 'deployment' && view.environment !== undefined
          ? ruleMessages.emptyDeploymentView(view.id, view.environment)
          : ruleMessages.emptyView(view.id),
      data: { id: view.id },
    });
  }

  const nodes = p.deployment?.nodes ?? [];
  // PS233: parent cycles, each reported once on the node of the cycle written first.
  const byId = new Map<Id, number>();
  nodes.forEach((n, i) => {
    if (n && typeof n.id === 'string' && n.id !== '' && !byId.has(n.id)) byId.set(n.id, i);
  });
  const inCycle = new Set<Id>();
  for (const [id] of byId) {
    if (inCycle.has(id)) continue;
    const trail: Id[] = [];
    let at: Id | undefined = id;
    while (at !== undefined && !trail.includes(at) && !inCycle.has(at)) {
      trail.push(at);
      const parent: unknown = nodes[byId.get(at) ?? -1]?.parent;
      at = typeof parent === 'string' && byId.has(parent) ? parent : undefined;
    }
    if (at === undefined || inCycle.has(at)) continue;
    const cycle = trail.slice(trail.indexOf(at));
    for (const c of cycle) inCycle.add(c);
    const first = cycle.reduce((a, b) => ((byId.get(a) ?? 0) <= (byId.get(b) ?? 0) ? a : b));
    const index = byId.get(first) ?? 0;
    const rotated = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first];
    ctx.report({
      code: 'PS233',
      path: ['deployment', 'nodes', index, 'parent'],
      message: ruleMessages.nodeParentCycle(rotated),
      data: { id: first },
    });
  }

  // PS232: only when a production environment is written.
  const production = (p.deployment?.environments ?? [])
    .filter((e) => e && e.kind === 'production' && typeof e.id === 'string' && e.id !== '')
    .map((e) => e.id as Id);
  if (production.length === 0) return;
  const prodSet = new Set(production);
  const environmentOf = nodeEnvironments(nodes);
  const names = production.map((e) => `'${e}'`).join(', ');
  components.forEach((c, i) => {
    if (!c || typeof c.id !== 'string' || c.id === '' || isSurrounding(c)) return;
    const deployed = (c.deployedOn ?? []).some(
      (d) => d && typeof d.node === 'string' && prodSet.has(environmentOf.get(d.node) ?? ''),
    );
    if (deployed) return;
    ctx.report({
      code: 'PS232',
      path: itemPath(['architecture', 'components', i], c),
      message: ruleMessages.notDeployedInProduction(c.id, names),
      data: { id: c.id },
    });
  });
}
