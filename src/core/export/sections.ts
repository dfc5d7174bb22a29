import {
  CHANNEL_COLUMNS,
  COMMUNICATION_COLUMNS,
  COMMUNICATION_LIST,
  QUESTION_COLUMNS,
  SLA_COLUMNS,
  SLA_LIST,
  TRAINING_COLUMNS,
  TRAINING_LIST,
} from '../sections/engagement';
import { columnTable, entries } from '../sections/columns';
import { architectureViewBlocks, componentsTable } from '../sections/architecture';
import { milestones, timelinePhaseBlocks, timelineSummaryBlock } from '../sections/timeline';
import { valuePropositionsSection } from '../sections/sales';
import type { DocumentBuilder, DocumentContext } from './documentBuilder';
import { label } from './exportLabels';
import { markdownToPlain } from './markdownText';
import { memberName, taskTable } from './tables';

/**
 * The sections of the exported documents, in one place for `documents.ts`: the chapters only
 * documents have are written here (solution, plan, critical path, task list, support, sign-off);
 * every section the preview shows too is written once in `src/core/sections/` and re-exported.
 * Each writer adds its heading and content to the builder and writes nothing when the proposal has
 * nothing for it (no empty headings in a customer document). `documents.ts` decides which sections
 * each document kind has and at which heading level.
 */
type Level = 1 | 2 | 3;

// Sections written once for the preview and every document live in src/core/sections.
export { requirementsSection } from '../sections/requirements';
export { goalsSection } from '../sections/goals';
export { technologySection } from '../sections/technology';
export { riskSection } from '../sections/risks';
export { traceabilitySection } from '../sections/traceability';
export { milestones };
export { money } from '../sections/money';
export { feasibilitySection } from '../sections/feasibility';
export { budgetSection } from '../sections/budget';
export { teamSection, teamLoadSection } from '../sections/team';
export { demoSection } from '../sections/demo';
export { summarySection, contextSection } from '../sections/cover';
export { complianceSection } from '../sections/compliance';

const sub = (level: Level): Level => (level === 1 ? 2 : 3);
const has = <T>(a: T[] | undefined): a is T[] => Array.isArray(a) && a.length > 0;

export function solutionSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const { p } = ctx;
  const a = p.architecture;
  b.section(level, 'sec.solution');
  if (a?.overview?.trim()) {
    b.section(sub(level), 'sec.overview');
    b.markdown(a.overview);
  }
  if (has(a?.components)) {
    b.section(sub(level), 'sec.architecture');
    const { blocks, summarised } = architectureViewBlocks(ctx);
    if (summarised)
      b.paragraph(
        label(blocks.length > 1 ? 'zoneOverview' : 'summarisedDiagram', ctx.lang).replace(
          '{0}',
          String(a.components.length),
        ),
        'note',
      );
    for (const block of blocks) b.push(block);
    b.section(sub(level), 'components');
    componentsTable(b, ctx);
  }
  valuePropositionsSection(b, ctx, sub(level));
}

export function timelineDiagram(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const { schedule, lang } = ctx;
  if (!schedule.tasks.length) return;
  b.section(level, 'sec.timeline');
  if (schedule.start && schedule.end)
    b.paragraph(label('misc.planWindow', lang, { start: schedule.start, end: schedule.end }));
  // The phase-level summary: legible on one page whatever the plan's size; the detail is per phase.
  b.push(timelineSummaryBlock(ctx));
}

export function planSection(b: DocumentBuilder, ctx: DocumentContext, level: Level, detailed: boolean): void {
  const { p, schedule } = ctx;
  b.section(level, 'sec.plan');
  if (!schedule.tasks.length) {
    b.none();
    return;
  }
  timelineDiagram(b, ctx, sub(level));
  if (detailed) {
    const phaseBlocks = timelinePhaseBlocks(ctx);
    for (const ph of p.plan?.phases ?? []) {
      b.heading(sub(level), ph.name ?? ph.id ?? '');
      b.markdown(ph.description);
      for (const { figure, block } of phaseBlocks) if (figure.phaseId === ph.id) b.push(block);
      const rows = schedule.tasks.filter((t) => t.phaseId === ph.id);
      b.table(
        ['id', 'col.task', 'start', 'end', 'col.duration', 'col.effort', 'owner', 'col.deliverables'],
        rows.map((t) => {
          const source = ph.tasks?.find((x) => x.id === t.id);
          return [
            t.id,
            { text: t.name, ...(t.critical ? { bold: true } : {}) },
            t.start,
            t.end,
            t.duration,
            t.effort,
            memberName(p, t.owner),
            (source?.deliverables ?? []).join('\n'),
          ];
        }),
        [2, 6, 3, 3, 2, 2, 3, 5],
      );
    }
  } else {
    b.section(sub(level), 'sec.phases');
    const phases = (p.plan?.phases ?? []).map((ph) => {
      const ts = schedule.tasks.filter((t) => t.phaseId === ph.id);
      const first = ts.reduce<string | undefined>((m, t) => (m === undefined || t.start < m ? t.start : m), undefined);
      const last = ts.reduce<string | undefined>((m, t) => (m === undefined || t.end > m ? t.end : m), undefined);
      return [
        ph.name ?? ph.id,
        first,
        last,
        ts
          .filter((t) => !t.milestone)
          .map((t) => t.name)
          .join(', '),
      ];
    });
    b.table(['col.phase', 'start', 'end', 'col.task'], phases, [3, 2, 2, 8]);
  }
  milestones(b, ctx, sub(level));
}

export function criticalPathSection(b: DocumentBuilder, { schedule, lang }: DocumentContext, level: Level): void {
  if (!schedule.criticalPath.length) return;
  b.section(level, 'criticalPath');
  b.paragraph(label('misc.criticalPathIntro', lang));
  b.table(
    ['id', 'col.task', 'start', 'end', 'col.duration'],
    schedule.criticalPath
      .map((id) => schedule.byId.get(id))
      .filter((t) => t !== undefined)
      .map((t) => [t.id, t.name, t.start, t.end, t.duration]),
    [2, 8, 3, 3, 2],
  );
}

export function taskListSection(b: DocumentBuilder, { p, schedule, lang }: DocumentContext, level: Level): void {
  const t = taskTable(p, schedule, lang);
  if (!t.rows.length) return;
  b.heading(level, t.name);
  b.localisedTable(t.columns, t.rows, t.widths);
}

export function communicationSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const { p } = ctx;
  if (has(p.communication)) {
    b.section(level, 'communication');
    columnTable(
      b,
      ctx,
      COMMUNICATION_COLUMNS,
      COMMUNICATION_LIST,
      entries(p.communication).map(([c, i]) => ({ item: c, meta: { path: ['communication', i] } })),
      'communication',
    );
  }
}

export function questionsSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const { p } = ctx;
  if (!has(p.questions)) return;
  b.section(level, 'questions');
  columnTable(
    b,
    ctx,
    QUESTION_COLUMNS,
    ['id', 'question', 'askedTo', 'due', 'status', 'answer'],
    entries(p.questions).map(([q, i]) => ({ item: q, meta: { path: ['questions', i] } })),
    'questions',
  );
}

export function supportSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const { p, lang } = ctx;
  const s = p.support;
  if (!has(p.training) && !s && !has(p.communication)) return;
  b.section(level, 'sec.support');
  if (has(p.training)) {
    b.section(sub(level), 'training');
    columnTable(
      b,
      ctx,
      TRAINING_COLUMNS,
      TRAINING_LIST,
      entries(p.training).map(([t, i]) => ({ item: t, meta: { path: ['training', i] } })),
      'training',
    );
  }
  if (s) {
    b.section(sub(level), 'support');
    b.markdown(s.summary);
    if (has(s.channels))
      columnTable(
        b,
        ctx,
        CHANNEL_COLUMNS,
        ['channel', 'supportHours', 'contact'],
        entries(s.channels).map(([c, i]) => ({ item: c, meta: { path: ['support', 'channels', i] } })),
        'support-channels',
      );
    if (has(s.sla)) {
      b.section(3, 'sec.sla');
      columnTable(
        b,
        ctx,
        SLA_COLUMNS,
        SLA_LIST,
        entries(s.sla).map(([l, i]) => ({ item: l, meta: { path: ['support', 'sla', i] } })),
        'sla',
      );
    }
    if (s.warranty) {
      b.section(3, 'sec.warranty');
      if (s.warranty.months !== undefined)
        b.paragraph(label('misc.warrantyMonths', lang, { months: s.warranty.months }));
      b.markdown(s.warranty.scope);
    }
    if (has(s.improvements)) {
      b.section(3, 'improvements');
      b.list(s.improvements.map((i) => [i.title, markdownToPlain(i.description)].filter(Boolean).join(': ')));
    }
  }
  communicationSection(b, ctx, sub(level));
}

export function signOffSection(b: DocumentBuilder, { p, lang }: DocumentContext, level: Level): void {
  b.section(level, 'sec.signOff');
  b.paragraph(label('misc.signOffIntro', lang));
  const blank = ' ';
  b.table(
    ['col.party', 'name', 'role', 'col.signature', 'date'],
    [
      [
        `${label('misc.customerSide', lang)}${p.customer?.name ? `: ${p.customer.name}` : ''}`,
        blank,
        blank,
        blank,
        blank,
      ],
      [label('misc.supplierSide', lang), blank, blank, blank, blank],
    ],
    [4, 3, 3, 4, 2],
  );
}
