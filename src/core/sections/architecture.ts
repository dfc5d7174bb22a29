import type { Component } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Block } from '../export/documentModel';
import { label, valueLabel } from '../export/exportLabels';
import { markdownToPlain } from '../export/markdownText';
import type { ValuePath } from '../locate';
import { architectureViews, isDerivedZoneView, LARGE_MODEL } from '../architecture/views';
import { viewDiagramId } from '../export/documentModel';
import { architectureDiagram } from '../render/architectureDiagram';
import { viewDiagram, viewHasContent } from '../render/viewDiagram';
import { sourceHash } from '../render/sourceHash';
import {
  codeCell,
  columnTable,
  entries,
  idsCell,
  internalParts,
  markdownParts,
  plain,
  rich,
  visible,
  type Column,
} from './columns';

type Level = 1 | 2 | 3;

function zoneName(ctx: DocumentContext, zone: string | undefined): string {
  if (!zone) return '';
  const z = ctx.p.architecture?.zones?.find((x) => x !== null && typeof x === 'object' && x.id === zone);
  return z?.name ?? zone;
}

const COLUMNS = {
  id: { header: 'id', width: 2, cell: (c) => codeCell(c.id) },
  name: {
    header: 'name',
    width: 4,
    cell: (c, ctx) =>
      rich(c.name ?? c.id, [
        { kind: 'strong', text: c.name ?? '' },
        ...internalParts(ctx, c),
        ...(c.description ? [{ kind: 'break' as const }, ...markdownParts(c.description)] : []),
      ]),
  },
  kind: { header: 'kind', width: 2, cell: (c, ctx) => plain(valueLabel(c.kind, ctx.lang)) },
  technology: { header: 'technologyUsed', width: 3, cell: (c) => plain(c.technology) },
  zone: { header: 'zone', width: 3, cell: (c, ctx) => plain(zoneName(ctx, c.zone)) },
  requirements: { header: 'requirements', width: 3, cell: (c) => idsCell(c.satisfies) },
  linkedRequirements: { header: 'col.requirements', width: 3, cell: (c) => idsCell(c.satisfies) },
  description: { header: 'description', width: 6, cell: (c) => plain(markdownToPlain(c.description)) },
} satisfies Record<string, Column<Component>>;

/** The preview puts the description under the name and shows the ids; a document gives it a column of its own. */
const PREVIEW_COLUMNS = ['id', 'name', 'kind', 'technology', 'zone', 'requirements'] as const;
const PRINTED_COLUMNS = ['name', 'kind', 'technology', 'zone', 'linkedRequirements', 'description'] as const;

/** The architecture diagram block: Mermaid source, its hash and the node -> source path map (click-to-reveal). */
export function architectureDiagramBlock(ctx: DocumentContext): {
  block: Extract<Block, { type: 'diagram' }>;
  summarised: boolean;
} {
  const diagram = architectureDiagram(ctx.p, {
    lang: ctx.lang,
    ...(ctx.audience === 'customer' && ctx.view === 'preview' ? { hideInternal: true } : {}),
    ...(ctx.maxNodes ? { maxNodes: ctx.maxNodes } : {}),
  });
  const nodePaths: Record<string, ValuePath> = {};
  for (const n of diagram.nodes) nodePaths[n.nodeId] = n.path;
  return {
    block: {
      type: 'diagram',
      id: 'architecture',
      mermaid: diagram.source,
      caption: label('misc.architectureCaption', ctx.lang),
      hash: sourceHash(diagram.source),
      nodePaths,
    },
    summarised: diagram.summarised,
  };
}

type DiagramBlock = Extract<Block, { type: 'diagram' }>;

/**
 * One diagram block per architecture view (written, or derived when none are written), empty views
 * left out. The first keeps the id `architecture` and lists every view for the preview's picker;
 * each is captioned with its view's title, so an export shows every view as a figure of its own.
 */
export function architectureViewBlocks(ctx: DocumentContext): { blocks: DiagramBlock[]; summarised: boolean } {
  const hideInternal = ctx.audience === 'customer' && ctx.view === 'preview';
  const views = architectureViews(ctx.p, { lang: ctx.lang, ...(hideInternal ? { hideInternal: true } : {}) }).filter(
    viewHasContent,
  );
  if (views.length <= 1 && views.every((v) => v.derived)) {
    const { block, summarised } = architectureDiagramBlock(ctx);
    return { blocks: [block], summarised };
  }
  // Printed, the view of every component of a large model is drawn one box per zone: whole it would
  // print its labels far below 8 pt (60 components: 2 pt on A4), in parts it would take a dozen
  // pages, and the zone views after it show each zone legibly. The preview zooms, so it keeps it whole.
  const zoneOverview = ctx.view !== 'preview' && views.some(isDerivedZoneView);
  const ids = views.map((v, i) => viewDiagramId(v.id, i));
  const picker = views.map((v, i) => ({ diagram: ids[i] ?? 'architecture', view: v.id, title: v.title }));
  let summarised = false;
  const blocks = views.map((view, i): DiagramBlock => {
    const overview = zoneOverview && view.derived && view.level === 'containers' && !isDerivedZoneView(view);
    const maxNodes = overview ? LARGE_MODEL : ctx.maxNodes;
    const diagram = viewDiagram(ctx.p, view, {
      lang: ctx.lang,
      ...(hideInternal ? { hideInternal: true } : {}),
      ...(maxNodes ? { maxNodes } : {}),
    });
    if (i === 0) summarised = diagram.summarised;
    const nodePaths: Record<string, ValuePath> = {};
    for (const n of diagram.nodes) nodePaths[n.nodeId] = n.path;
    return {
      type: 'diagram',
      id: ids[i] ?? 'architecture',
      mermaid: diagram.source,
      caption: label('misc.viewCaption', ctx.lang).replace('{0}', view.title),
      hash: sourceHash(diagram.source),
      nodePaths,
      view: { id: view.id, title: view.title, ...(i === 0 && views.length > 1 ? { picker } : {}) },
    };
  });
  return { blocks, summarised };
}

/** The components table, with each row pointing back to its component. */
export function componentsTable(b: DocumentBuilder, ctx: DocumentContext): void {
  const items = entries(ctx.p.architecture?.components).filter(([c]) => visible(ctx, c));
  columnTable(
    b,
    ctx,
    COLUMNS,
    ctx.view === 'preview' ? PREVIEW_COLUMNS : PRINTED_COLUMNS,
    items.map(([c, i]) => ({
      item: c,
      meta: {
        id: `component-${c.id ?? ''}`,
        path: ['architecture', 'components', i],
        ...(c.internal === true ? { internal: true } : {}),
      },
    })),
    'components',
  );
}

/** The preview's architecture section: overview, diagram, components. */
export function architectureSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const a = ctx.p.architecture;
  if (!a) return;
  b.section(level, 'architecture');
  if (typeof a.overview === 'string' && a.overview.trim())
    b.push({ type: 'markdown', source: a.overview, cls: 'overview', path: ['architecture', 'overview'] });
  const count = entries(a.components).filter(([c]) => visible(ctx, c)).length;
  if (count === 0) {
    b.paragraph(label('noComponents', ctx.lang), 'empty');
    return;
  }
  const { blocks, summarised } = architectureViewBlocks(ctx);
  if (summarised) b.paragraph(label('summarisedDiagram', ctx.lang).replace('{0}', String(count)), 'note');
  for (const block of blocks) b.push(block);
  componentsTable(b, ctx);
}
