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

function ganttSource(s: Schedule, opts: TimelineOptions, phasesOnly: boolean): string {
  const lang = opts.lang ?? 'en';
  const lines = ['gantt', '  dateFormat YYYY-MM-DD', `  axisFormat ${axisFormat(s)}`];
  lines.push(todayInside(s, opts.today) ? '' : '  todayMarker off');
  const indexOf = new Map(s.tasks.map((t, i) => [t, i]));
  for (const [phaseIndex, { name: phaseName, tasks }] of byPhase(s.tasks, lang).entries()) {
    lines.push(`  section ${ganttName(phaseName)}`);
    if (phasesOnly) {
      const start = tasks.reduce((a, t) => Math.min(a, t.startDay), Infinity);
      const end = tasks.reduce((a, t) => Math.max(a, t.endDay), -Infinity);
      const crit = tasks.some((t) => t.critical) ? 'crit, ' : '';
      lines.push(
        `    ${ganttName(phaseName)} : ${crit}p${phaseIndex}, ${dayToIso(start)}, ${dayToIso(Math.max(end, start) + 1)}`,
      );
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
