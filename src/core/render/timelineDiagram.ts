import type { IsoDate, Language, Proposal } from '../model';
import type { Schedule, ScheduledTask } from '../schedule/types';
import { ganttName } from './mermaidText';
import { label } from './labels';

export interface TimelineOptions {
  lang?: Language;
  /**
   * The date the viewer considers today. Mermaid draws its today marker at the browser's clock, it
   * cannot be moved; so the marker is switched off unless this date is given and falls inside the plan.
   */
  today?: IsoDate;
}

/** Past this size Mermaid would refuse the text (maxTextSize 50k): draw one bar per phase instead. */
const MAX_TEXT = 45_000;
const DAY_MS = 86_400_000;

/**
 * The plan as a Mermaid gantt. Every task carries explicit dates computed by the scheduler, so
 * Mermaid's own calendar (and its `excludes weekends` bugs) is never used. Mermaid's end date is
 * EXCLUSIVE (a bar from 2026-03-02 to 2026-03-03 is one day long) while the scheduler's end is the
 * last working day, hence `end + 1 day`.
 */
export function timelineMermaid(p: Proposal, s: Schedule, opts: TimelineOptions = {}): string {
  void p;
  const full = ganttSource(s, opts, false);
  return full.length > MAX_TEXT ? ganttSource(s, opts, true) : full;
}

/**
 * A gantt figure at most this many rows tall: drawn 720 px wide with 14 px text, it fits the height
 * of an A4 page at a scale where its labels stay above 8 pt. Longer phases are split into parts.
 */
export const MAX_TASKS_PER_FIGURE = 30;

/** One gantt figure of a phase's detail (a part of it when the phase is longer than one figure). */
export interface PhaseFigure {
  /** `timeline-phase-<phase number>` (`-<part>` from the second part on): the diagram's key. */
  key: `timeline-${string}`;
  phaseId: string | undefined;
  phaseName: string;
  /** 1-based; `parts` is 1 when the phase fits one figure. */
  part: number;
  parts: number;
  source: string;
  /** Indexes into `schedule.tasks` of the tasks drawn, as `t<index>` ids. */
  taskIndexes: number[];
}

/**
 * The plan at phase level: one bar per phase (from its first task's start to its last task's end,
 * marked critical when a task of it is) and the milestones inside it. Always small, whatever the
 * plan's size, so the proposal can show the whole plan legibly in one figure.
 */
export function timelineSummaryMermaid(s: Schedule, opts: TimelineOptions = {}): string {
  const lang = opts.lang ?? 'en';
  const lines = header(s, opts);
  const indexOf = new Map(s.tasks.map((t, i) => [t, i]));
  for (const [phaseIndex, { name, tasks }] of byPhase(s.tasks, lang).entries()) {
    lines.push(`  section ${ganttName(name)}`);
    lines.push(`    ${phaseBar(name, tasks, phaseIndex)}`);
    for (const t of tasks) if (t.milestone) lines.push(`    ${taskLine(t, `t${indexOf.get(t) ?? 0}`)}`);
  }
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

/** The plan's detail, one figure per phase (split into parts of MAX_TASKS_PER_FIGURE tasks). */
export function timelinePhaseFigures(s: Schedule, opts: TimelineOptions = {}): PhaseFigure[] {
  const lang = opts.lang ?? 'en';
  const indexOf = new Map(s.tasks.map((t, i) => [t, i]));
  const figures: PhaseFigure[] = [];
  for (const [phaseIndex, { name, tasks }] of byPhase(s.tasks, lang).entries()) {
    const parts = Math.max(1, Math.ceil(tasks.length / MAX_TASKS_PER_FIGURE));
    for (let part = 1; part <= parts; part++) {
      const slice = tasks.slice((part - 1) * MAX_TASKS_PER_FIGURE, part * MAX_TASKS_PER_FIGURE);
      const lines = header(s, opts);
      lines.push(`  section ${ganttName(name)}`);
      const taskIndexes = slice.map((t) => indexOf.get(t) ?? 0);
      slice.forEach((t, i) => lines.push(`    ${taskLine(t, `t${taskIndexes[i] ?? 0}`)}`));
      figures.push({
        key: `timeline-phase-${phaseIndex + 1}${part > 1 ? `-${part}` : ''}`,
        phaseId: tasks[0]?.phaseId,
        phaseName: name,
        part,
        parts,
        source: lines.filter((l) => l !== '').join('\n') + '\n',
        taskIndexes,
      });
    }
  }
  return figures;
}

function header(s: Schedule, opts: TimelineOptions): string[] {
  return [
    'gantt',
    '  dateFormat YYYY-MM-DD',
    `  axisFormat ${axisFormat(s)}`,
    todayInside(s, opts.today) ? '' : '  todayMarker off',
  ];
}

function phaseBar(name: string, tasks: readonly ScheduledTask[], phaseIndex: number): string {
  const start = tasks.reduce((a, t) => Math.min(a, t.startDay), Infinity);
  const end = tasks.reduce((a, t) => Math.max(a, t.endDay), -Infinity);
  const crit = tasks.some((t) => t.critical) ? 'crit, ' : '';
  return `${ganttName(name)} : ${crit}p${phaseIndex}, ${dayToIso(start)}, ${dayToIso(Math.max(end, start) + 1)}`;
}

function ganttSource(s: Schedule, opts: TimelineOptions, phasesOnly: boolean): string {
  const lang = opts.lang ?? 'en';
  const lines = header(s, opts);
  const indexOf = new Map(s.tasks.map((t, i) => [t, i]));
  for (const [phaseIndex, { name: phaseName, tasks }] of byPhase(s.tasks, lang).entries()) {
    lines.push(`  section ${ganttName(phaseName)}`);
    if (phasesOnly) {
      lines.push(`    ${phaseBar(phaseName, tasks, phaseIndex)}`);
      continue;
    }
    // Gantt ids are `t<index in schedule.tasks>`: never user text, and the preview maps clicks back by index.
    for (const t of tasks) lines.push(`    ${taskLine(t, `t${indexOf.get(t) ?? 0}`)}`);
  }
  return lines.filter((l) => l !== '').join('\n') + '\n';
}

function taskLine(t: ScheduledTask, id: string): string {
  const tags = [t.milestone ? 'milestone' : '', t.critical ? 'crit' : ''].filter(Boolean);
  const prefix = tags.length ? `${tags.join(', ')}, ` : '';
  const startDay = Number.isFinite(t.startDay) ? t.startDay : isoToDay(t.start);
  const endDay = Math.max(startDay, Number.isFinite(t.endDay) ? t.endDay : isoToDay(t.end));
  if (t.milestone) return `${ganttName(t.name || t.id)} : ${prefix}${id}, ${dayToIso(startDay)}, 0d`;
  return `${ganttName(t.name || t.id)} : ${prefix}${id}, ${dayToIso(startDay)}, ${dayToIso(endDay + 1)}`;
}

function byPhase(tasks: ReadonlyArray<ScheduledTask>, lang: Language): Array<{ name: string; tasks: ScheduledTask[] }> {
  // Keyed by phase id (two phases may share a name, and Mermaid is fine with repeated section names).
  const groups = new Map<string, { name: string; tasks: ScheduledTask[] }>();
  for (const t of tasks) {
    const key = t.phaseId ?? `\u0000${t.phaseName}`;
    const g = groups.get(key) ?? { name: t.phaseName || t.phaseId || label('otherTasks', lang), tasks: [] };
    g.tasks.push(t);
    groups.set(key, g);
  }
  return [...groups.values()];
}

function axisFormat(s: Schedule): string {
  const start = s.start ? isoToDay(s.start) : NaN;
  const end = s.end ? isoToDay(s.end) : NaN;
  return Number.isFinite(start) && Number.isFinite(end) && end - start > 180 ? '%Y-%m' : '%m-%d';
}

function todayInside(s: Schedule, today: IsoDate | undefined): boolean {
  if (!today || !s.start || !s.end) return false;
  const d = isoToDay(today);
  return Number.isFinite(d) && d >= isoToDay(s.start) && d <= isoToDay(s.end);
}

/** Days since 1970-01-01 UTC; NaN when not a valid `YYYY-MM-DD`. */
export function isoToDay(iso: IsoDate): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return NaN;
  return Math.floor(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS);
}

export function dayToIso(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
