import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Block, Inline } from '../export/documentModel';
import { label } from '../export/exportLabels';
import type { ValuePath } from '../locate';
import { sourceHash } from '../render/sourceHash';
import {
  timelineMermaid,
  timelinePhaseFigures,
  timelineSummaryMermaid,
  type PhaseFigure,
} from '../render/timelineDiagram';
import { label as previewLabel } from '../render/labels';
import type { ScheduledTask } from '../schedule/types';
import { codeCell, columnTable, idParts, plain, rich, type Column } from './columns';

type Level = 1 | 2 | 3;

/** The gantt block; its task ids are t0, t1... in schedule order (see timelineDiagram), so clicks map back by index. */
export function timelineDiagramBlock(ctx: DocumentContext): Extract<Block, { type: 'diagram' }> {
  const mermaid = timelineMermaid(ctx.p, ctx.schedule, { lang: ctx.lang, ...(ctx.today ? { today: ctx.today } : {}) });
  const nodePaths: Record<string, ValuePath> = {};
  ctx.schedule.tasks.forEach((t, i) => {
    nodePaths[`t${i}`] = t.path;
  });
  return {
    type: 'diagram',
    id: 'timeline',
    mermaid,
    caption: label('misc.timelineCaption', ctx.lang),
    hash: sourceHash(mermaid),
    nodePaths,
  };
}

/** The phase-level gantt (one bar per phase, milestones): small whatever the plan's size. */
export function timelineSummaryBlock(ctx: DocumentContext): Extract<Block, { type: 'diagram' }> {
  const mermaid = timelineSummaryMermaid(ctx.schedule, { lang: ctx.lang, ...(ctx.today ? { today: ctx.today } : {}) });
  const nodePaths: Record<string, ValuePath> = {};
  ctx.schedule.tasks.forEach((t, i) => {
    if (t.milestone) nodePaths[`t${i}`] = t.path;
  });
  return {
    type: 'diagram',
    id: 'timeline-summary',
    mermaid,
    caption: previewLabel('timelineSummaryCaption', ctx.lang),
    hash: sourceHash(mermaid),
    nodePaths,
  };
}

/** One gantt block per phase (or part of a long phase), in plan order, with the phase it draws. */
export function timelinePhaseBlocks(
  ctx: DocumentContext,
): Array<{ figure: PhaseFigure; block: Extract<Block, { type: 'diagram' }> }> {
  return timelinePhaseFigures(ctx.schedule, { lang: ctx.lang, ...(ctx.today ? { today: ctx.today } : {}) }).map(
    (figure) => {
      const nodePaths: Record<string, ValuePath> = {};
      for (const i of figure.taskIndexes) {
        const t = ctx.schedule.tasks[i];
        if (t) nodePaths[`t${i}`] = t.path;
      }
      const name = figure.parts > 1 ? `${figure.phaseName} (${figure.part}/${figure.parts})` : figure.phaseName;
      return {
        figure,
        block: {
          type: 'diagram',
          id: figure.key,
          mermaid: figure.source,
          caption: previewLabel('timelinePhaseCaption', ctx.lang).replace('{0}', name),
          hash: sourceHash(figure.source),
          nodePaths,
        },
      };
    },
  );
}

const MILESTONE_COLUMNS = {
  id: { header: 'id', width: 2, cell: (t) => codeCell(t.id) },
  name: {
    header: 'name',
    width: 6,
    cell: (t, ctx) =>
      rich(t.name, [
        { kind: 'text', text: t.name },
        ...(t.critical
          ? [
              { kind: 'text' as const, text: ' ' },
              { kind: 'badge' as const, cls: 'critical', text: label('criticalPath', ctx.lang) },
            ]
          : []),
      ]),
  },
  date: { header: 'date', width: 3, cell: (t) => plain(t.end) },
  phase: { header: 'col.phase', width: 4, cell: (t) => plain(t.phaseName) },
} satisfies Record<string, Column<ScheduledTask>>;

const PREVIEW_MILESTONES = ['date', 'name', 'id'] as const;
const PRINTED_MILESTONES = ['id', 'name', 'date', 'phase'] as const;

export function milestones(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const ms = ctx.schedule.tasks.filter((t) => t.milestone);
  if (!ms.length) return;
  b.section(level, 'milestones');
  columnTable(
    b,
    ctx,
    MILESTONE_COLUMNS,
    ctx.view === 'preview' ? PREVIEW_MILESTONES : PRINTED_MILESTONES,
    ms.map((t) => ({ item: t, meta: { path: t.path } })),
    'milestones',
  );
}

/** The preview's timeline: the gantt, the milestones, the critical path. */
export function timelineSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  if (!ctx.p.plan) return;
  b.section(level, 'timeline');
  const tasks = ctx.schedule.tasks;
  if (tasks.length === 0) {
    b.paragraph(label('noTasks', ctx.lang), 'empty');
    return;
  }
  // The preview scrolls: the whole plan in one gantt, drawn at a legible size (see diagramView.ts).
  b.push(timelineDiagramBlock(ctx));
  milestones(b, ctx, level === 1 ? 2 : 3);
  const path = ctx.schedule.criticalPath;
  if (path.length) {
    const heading = label('criticalPath', ctx.lang);
    const parts: Inline[] = [
      { kind: 'strong', text: `${heading}:` },
      { kind: 'text', text: ' ' },
      ...idParts(path, ' → '),
    ];
    b.push({ type: 'paragraph', text: `${heading}: ${path.join(' → ')}`, parts, cls: 'critical-path' });
  }
}
