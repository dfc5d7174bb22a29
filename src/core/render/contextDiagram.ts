import type { ResolvedView } from '../architecture/viewTypes';
import type { Component, Id, Language, Proposal } from '../model';
import type { ArchitectureDiagram, DiagramNode } from './architectureDiagram';
import { label, labelWith } from './labels';
import { MermaidIds, mermaidLabel, mermaidLabelLines } from './mermaidText';

export interface ContextOptions {
  lang?: Language;
}

/** Distinct connection labels written on one aggregated edge before the rest is counted. */
const MAX_EDGE_LABELS = 3;

/**
 * A context view as a Mermaid flowchart: the solution drawn as ONE box among the people (actor and
 * client components) and the external systems of the view. A connection between a surrounding item
 * and any component of the solution becomes one edge to the box; the edges of one item and one
 * direction are aggregated, their labels listed once. Connections inside the solution are not drawn.
 */
export function contextDiagram(p: Proposal, view: ResolvedView, opts: ContextOptions = {}): ArchitectureDiagram {
  const lang = opts.lang ?? 'en';
  const inside = new Set<Id>(view.componentIds);
  const around = new Set<Id>(view.surroundingIds);
  const ids = new MermaidIds('c');
  const lines: string[] = ['flowchart LR'];
  const nodes: DiagramNode[] = [];
  const solution = ids.add(undefined);
  const title = p.proposal?.title?.trim() ? p.proposal.title : label('theSolution', lang);
  lines.push(`  ${solution}[${mermaidLabelLines([title, labelWith('componentCount', lang, inside.size)])}]`);
  nodes.push({ nodeId: solution, sourceId: undefined, path: ['architecture', 'components'] });

  const indexOf = new Map<Id, number>();
  (p.architecture?.components ?? []).forEach((c, i) => {
    if (c && typeof c.id === 'string' && !indexOf.has(c.id)) indexOf.set(c.id, i);
  });
  const components = p.architecture?.components ?? [];
  for (const id of view.surroundingIds) {
    const index = indexOf.get(id);
    const c = index === undefined ? undefined : components[index];
    if (!c || index === undefined || ids.get(id)) continue;
    const nodeId = ids.add(id);
    nodes.push({ nodeId, sourceId: id, path: ['architecture', 'components', index] });
    lines.push(`  ${nodeId}${shape(c, lang)}`);
  }

  /** Aggregated edges keyed by `from to`, with the labels in first-seen order. */
  const edges = new Map<string, { from: string; to: string; both: boolean; labels: string[] }>();
  const endOf = (id: string | undefined): string | undefined => {
    if (id === undefined) return undefined;
    if (around.has(id)) return ids.get(id);
    return inside.has(id) ? solution : undefined;
  };
  for (const c of p.architecture?.connections ?? []) {
    if (!c || typeof c.from !== 'string' || typeof c.to !== 'string') continue;
    const from = endOf(c.from);
    const to = endOf(c.to);
    if (!from || !to || from === to) continue;
    const key = `${from} ${to}`;
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { from, to, both: false, labels: [] }));
    edge.both ||= c.direction === 'both';
    const text = [c.label, c.protocol].filter((s): s is string => typeof s === 'string' && s.trim() !== '').join(' · ');
    if (text && !edge.labels.includes(text)) edge.labels.push(text);
  }
  for (const edge of edges.values()) {
    const arrow = edge.both ? '<-->' : '-->';
    const shown = edge.labels.slice(0, MAX_EDGE_LABELS);
    const more = edge.labels.length - shown.length;
    const text = [...shown, ...(more > 0 ? [`+${more}`] : [])].join(' / ');
    lines.push(
      text ? `  ${edge.from} ${arrow}|${mermaidLabel(text)}| ${edge.to}` : `  ${edge.from} ${arrow} ${edge.to}`,
    );
  }

  lines.push('  classDef solution fill:#e8eaf6,stroke:#3949ab,stroke-width:2px,color:#222');
  lines.push('  classDef person fill:#fff4d6,stroke:#b38600,color:#222');
  lines.push('  classDef external fill:#f5f5f5,stroke:#616161,color:#222,stroke-dasharray:5 3');
  lines.push(`  class ${solution} solution`);
  const people = nodes.filter((n) => n.sourceId !== undefined && isPerson(components[indexOf.get(n.sourceId) ?? -1]));
  const outside = nodes.filter((n) => n.sourceId !== undefined && !people.includes(n));
  if (people.length) lines.push(`  class ${people.map((n) => n.nodeId).join(',')} person`);
  if (outside.length) lines.push(`  class ${outside.map((n) => n.nodeId).join(',')} external`);
  return { source: lines.join('\n') + '\n', nodes, summarised: false };
}

function isPerson(c: Component | undefined): boolean {
  return c?.kind === 'actor' || c?.kind === 'client';
}

function shape(c: Component, lang: Language): string {
  const text = mermaidLabelLines([c.name ?? c.id ?? label('unnamed', lang), c.technology ?? '']);
  return isPerson(c) ? `([${text}])` : `[[${text}]]`;
}
