import { nodeEnvironments } from '../architecture/views';
import type { ResolvedView } from '../architecture/viewTypes';
import type { Component, DeploymentNode, Id, Language, Proposal } from '../model';
import type { ArchitectureDiagram, DiagramNode } from './architectureDiagram';
import { enumLabel } from './enumLabels';
import { label, labelWith } from './labels';
import { MermaidIds, mermaidLabel, mermaidLabelLines } from './mermaidText';

export interface DeploymentOptions {
  lang?: Language;
}

interface Placed {
  nodeId: string;
  componentId: Id;
}

/**
 * A deployment view as a Mermaid flowchart: the environment as the outer box, its nodes nested as
 * their `parent` says (a node holding components or other nodes is a box, an empty one a plain
 * node), and each component drawn inside every node of the environment it is deployed on, with its
 * instance count. Connections are drawn between the placements of their two components.
 */
export function deploymentDiagram(p: Proposal, view: ResolvedView, opts: DeploymentOptions = {}): ArchitectureDiagram {
  const lang = opts.lang ?? 'en';
  // Top to bottom: an environment's chain of tiers then grows down the page, not past its width.
  const lines: string[] = ['flowchart TB'];
  const nodes: DiagramNode[] = [];
  const envIds = new MermaidIds('e');
  const nodeIds = new MermaidIds('d');
  const placementIds = new MermaidIds('p');
  const environments = p.deployment?.environments ?? [];
  const envIndex = environments.findIndex((e) => e && e.id === view.environment);
  const env = environments[envIndex];
  const envNode = envIds.add(view.environment);
  // Subgraph titles stay on one line: Mermaid does not make room for a second one above the content.
  const envName = env?.name ?? env?.id ?? view.environment ?? label('unnamed', lang);
  const envKind = env?.kind ? enumLabel(env.kind, lang) : '';
  const envTitle = envKind && envKind !== envName ? `${envName} (${envKind})` : envName;
  nodes.push({
    nodeId: envNode,
    sourceId: view.environment,
    path: envIndex >= 0 ? ['deployment', 'environments', envIndex] : (view.path ?? ['deployment']),
  });

  // The nodes of this environment, and their children in written order.
  const all = p.deployment?.nodes ?? [];
  const environmentOf = nodeEnvironments(all);
  const inEnv: Array<{ node: DeploymentNode & { id: Id }; index: number }> = [];
  const seen = new Set<Id>();
  all.forEach((node, index) => {
    if (!node || typeof node.id !== 'string' || node.id === '' || seen.has(node.id)) return;
    seen.add(node.id);
    if (environmentOf.get(node.id) === view.environment)
      inEnv.push({ node: node as DeploymentNode & { id: Id }, index });
  });
  const inEnvIds = new Set(inEnv.map((x) => x.node.id));
  const children = new Map<Id, typeof inEnv>();
  const roots: typeof inEnv = [];
  for (const x of inEnv) {
    const parent = x.node.parent;
    if (typeof parent === 'string' && parent !== x.node.id && inEnvIds.has(parent)) {
      children.set(parent, [...(children.get(parent) ?? []), x]);
    } else roots.push(x);
  }

  // Placements of the view's components on those nodes.
  const shown = new Set<Id>(view.componentIds);
  const components = p.architecture?.components ?? [];
  const placementsOn = new Map<Id, Array<{ component: Component; index: number; at: number; instances: number }>>();
  components.forEach((c, index) => {
    if (!c || typeof c.id !== 'string' || !shown.has(c.id)) return;
    (c.deployedOn ?? []).forEach((d, at) => {
      if (!d || typeof d.node !== 'string' || !inEnvIds.has(d.node)) return;
      const instances = typeof d.instances === 'number' && d.instances >= 1 ? Math.floor(d.instances) : 1;
      placementsOn.set(d.node, [...(placementsOn.get(d.node) ?? []), { component: c, index, at, instances }]);
    });
  });

  const placed: Placed[] = [];
  const drawn = new Set<Id>();
  const draw = (x: (typeof inEnv)[number], depth: number): void => {
    if (drawn.has(x.node.id)) return; // a parent cycle: each node once
    drawn.add(x.node.id);
    const indent = '  '.repeat(depth + 2);
    const nodeId = nodeIds.add(x.node.id);
    nodes.push({ nodeId, sourceId: x.node.id, path: ['deployment', 'nodes', x.index] });
    const text = mermaidLabelLines([
      x.node.name ?? x.node.id,
      [x.node.kind ? enumLabel(x.node.kind, lang) : '', x.node.technology ?? '']
        .filter((s) => s.trim() !== '')
        .join(' · '),
    ]);
    const kids = children.get(x.node.id) ?? [];
    const here = placementsOn.get(x.node.id) ?? [];
    if (kids.length === 0 && here.length === 0) {
      lines.push(`${indent}${nodeId}[${text}]`);
      lines.push(`${indent}style ${nodeId} fill:#fafafa,stroke:#9e9e9e,color:#222,stroke-dasharray:4 3`);
      return;
    }
    const title = [x.node.name ?? x.node.id, x.node.kind ? enumLabel(x.node.kind, lang) : '', x.node.technology ?? '']
      .filter((s) => s.trim() !== '')
      .join(' · ');
    lines.push(`${indent}subgraph ${nodeId}[${mermaidLabel(title)}]`);
    for (const kid of kids) draw(kid, depth + 1);
    for (const h of here) {
      const pid = placementIds.add(undefined);
      placed.push({ nodeId: pid, componentId: h.component.id as Id });
      nodes.push({
        nodeId: pid,
        sourceId: h.component.id,
        path: ['architecture', 'components', h.index, 'deployedOn', h.at],
      });
      const name = h.component.name ?? h.component.id ?? label('unnamed', lang);
      const count = h.instances > 1 ? labelWith('instanceCount', lang, h.instances) : '';
      lines.push(
        `${indent}  ${pid}[${mermaidLabelLines([name, [h.component.technology ?? '', count].filter((s) => s).join(' ')])}]`,
      );
    }
    lines.push(`${indent}end`);
    lines.push(`${indent}style ${nodeId} fill:#f7f9fc,stroke:#7a8ca8,color:#222`);
  };

  lines.push(`  subgraph ${envNode}[${mermaidLabel(envTitle)}]`);
  for (const r of roots) draw(r, 0);
  for (const x of inEnv) draw(x, 0); // nodes only reachable through a cycle of parents
  if (inEnv.length === 0) {
    const empty = nodeIds.add(undefined);
    lines.push(`    ${empty}[${mermaidLabel(label('emptyView', lang))}]`);
  }
  lines.push('  end');
  lines.push(`  style ${envNode} fill:#eef4ee,stroke:#2e7d32,stroke-width:2px,color:#222`);

  const byComponent = new Map<Id, string[]>();
  for (const x of placed) byComponent.set(x.componentId, [...(byComponent.get(x.componentId) ?? []), x.nodeId]);
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c.from !== 'string' || typeof c.to !== 'string' || c.from === c.to) continue;
    const froms = byComponent.get(c.from) ?? [];
    const tos = byComponent.get(c.to) ?? [];
    const arrow = c.direction === 'both' ? '<-->' : '-->';
    const text = [c.label, c.protocol].filter((s): s is string => typeof s === 'string' && s.trim() !== '').join(' · ');
    for (const a of froms)
      for (const b of tos) lines.push(text ? `  ${a} ${arrow}|${mermaidLabel(text)}| ${b}` : `  ${a} ${arrow} ${b}`);
  }
  lines.push('  classDef placement fill:#e8eaf6,stroke:#3949ab,color:#222');
  if (placed.length) lines.push(`  class ${placed.map((x) => x.nodeId).join(',')} placement`);
  return { source: lines.join('\n') + '\n', nodes, summarised: false };
}
