import type { Id, Language, Proposal, Requirement, Risk } from '../model';
import { DEFAULT_HIGH_RISK_THRESHOLD, riskLevel, riskScore, type RiskLevel } from '../risk';
import type { Schedule } from '../schedule/types';
import type { Cell, Inline, RowMeta } from './documentModel';
import { label, valueLabel } from './exportLabels';
import { markdownToPlain } from './markdownText';

/**
 * The tables that exist both inside documents and as spreadsheets (risk register, requirements
 * traceability matrix, task list). One definition keeps the CSV, the XLSX and the DOCX in step.
 */
export interface DataTable {
  /** Sheet name / file role. */
  name: string;
  columns: string[];
  rows: Cell[][];
  /** Relative column widths (characters in a spreadsheet). */
  widths: number[];
  /** Column index of a risk score, for conditional colouring in spreadsheets. */
  scoreColumn?: number;
  /** The threshold the score column is coloured by (with scoreColumn). */
  highRiskThreshold?: number;
  /** Where each row comes from (the preview's anchors and source lines). */
  rowMeta?: RowMeta[];
}

/** Red / amber / green fills (hex RGB), as on the preview's risk matrix. */
export const RISK_SHADES: Readonly<Record<RiskLevel, string>> = { high: 'F4B6B6', medium: 'FCE3A6', low: 'CDEBC5' };

export function scoreShade(score: number | undefined, threshold: number): string | undefined {
  return score === undefined ? undefined : RISK_SHADES[riskLevel(score, threshold)];
}

/** A team member's name; for the customer, an internal member stays an id (their name is internal content). */
export function memberName(p: Proposal, id: Id | undefined, audience: 'internal' | 'customer' = 'internal'): string {
  if (id === undefined) return '';
  const m = p.team?.find((t) => t !== null && typeof t === 'object' && t.id === id);
  if (audience === 'customer' && m?.internal === true) return id;
  return m?.name ?? id;
}

const text = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const c = (v: unknown): Cell => ({ text: text(v) });

/**
 * The risk register, highest score first. `audience` internal keeps internal risks (with a badge in
 * HTML); the cells carry rich parts for HTML and `rowMeta` points each row back to its source.
 */
export function riskRegister(
  p: Proposal,
  lang: Language,
  threshold: number = DEFAULT_HIGH_RISK_THRESHOLD,
  audience: 'internal' | 'customer' = 'customer',
): DataTable {
  const columns = [
    'id',
    'title',
    'category',
    'likelihood',
    'impact',
    'score',
    'owner',
    'prevention',
    'contingencyPlan',
    'status',
    'col.related',
  ] as const;
  const listed: Array<[Risk, number]> = [];
  (p.risks ?? []).forEach((r, i) => {
    if (r !== null && typeof r === 'object' && !(audience === 'customer' && r.internal === true)) listed.push([r, i]);
  });
  const risks = listed.sort(([a], [b]) => (riskScore(b) ?? -1) - (riskScore(a) ?? -1));
  const badge: Inline[] = [
    { kind: 'text', text: ' ' },
    { kind: 'badge', cls: 'internal', text: label('internal', lang) },
  ];
  const md = (source: string | undefined): Inline[] => (source?.trim() ? [{ kind: 'markdown', source }] : []);
  const rows = risks.map(([r]): Cell[] => {
    const score = riskScore(r);
    const shade = scoreShade(score, threshold);
    const heat = score === undefined ? undefined : riskLevel(score, threshold);
    return [
      { text: text(r.id), parts: [{ kind: 'code', text: text(r.id) }] },
      {
        text: text(r.title),
        parts: [
          { kind: 'text', text: text(r.title) },
          ...(r.internal === true && audience === 'internal' ? badge : []),
        ],
      },
      c(valueLabel(r.category, lang)),
      c(r.likelihood),
      c(r.impact),
      {
        text: text(score),
        ...(shade ? { shade } : {}),
        bold: true,
        ...(heat ? { heat } : {}),
        parts: heat ? [{ kind: 'mark', cls: `score heat-${heat}`, text: text(score) }] : [],
      },
      c(memberName(p, r.owner, audience)),
      { text: markdownToPlain(r.prevention), parts: md(r.prevention) },
      { text: markdownToPlain(r.contingency), parts: md(r.contingency) },
      c(valueLabel(r.status, lang)),
      c((r.related ?? []).join(', ')),
    ];
  });
  return {
    name: label('riskRegister', lang),
    columns: columns.map((k) => label(k, lang)),
    rows,
    widths: [8, 28, 14, 10, 10, 8, 16, 36, 36, 12, 18],
    scoreColumn: 5,
    highRiskThreshold: threshold,
    rowMeta: risks.map(([r, i]) => ({
      id: `risk-${text(r.id)}`,
      path: ['risks', i],
      ...(r.internal === true ? { internal: true } : {}),
    })),
  };
}

/**
 * Requirement x components / tasks / demo scenarios. An uncovered cell shows a dash on paper and a
 * "Gap" badge in HTML; covered cells name the items on paper and show their ids in HTML. `audience`
 * internal keeps internal requirements and components.
 */
export function traceabilityMatrix(
  p: Proposal,
  lang: Language,
  audience: 'internal' | 'customer' = 'customer',
): DataTable {
  const columns = ['id', 'title', 'type', 'priority', 'components', 'tasks', 'demoScenarios', 'acceptance'] as const;
  const shown = <T extends object>(x: T | null | undefined): x is T =>
    x !== null && typeof x === 'object' && !(audience === 'customer' && 'internal' in x && x.internal === true);
  const tasks = (p.plan?.phases ?? []).flatMap((ph) => ph.tasks ?? []).filter(shown);
  const components = (p.architecture?.components ?? []).filter(shown);
  const scenarios = (p.demo?.scenarios ?? []).filter(shown);
  const listed: Array<[Requirement, number]> = [];
  (p.requirements ?? []).forEach((r, i) => {
    if (shown(r)) listed.push([r, i]);
  });
  const rows = listed.map(([r]): Cell[] => {
    const id = r.id;
    const linked = <T extends { id?: string; requirements?: string[] }>(
      items: T[],
      name: (x: T) => string,
      reqs: (x: T) => string[] | undefined = (x) => x.requirements,
    ): Cell => {
      const found = items.filter((x) => id !== undefined && (reqs(x) ?? []).includes(id));
      if (!found.length) {
        const shade = r.priority === 'must' ? 'FCE3A6' : undefined;
        return {
          text: '—',
          ...(shade ? { shade } : {}),
          parts: [{ kind: 'badge', cls: 'gap', text: label('gap', lang) }],
        };
      }
      const ids = found.map((x) => x.id).filter((x): x is string => typeof x === 'string');
      return {
        text: found.map(name).join(', '),
        parts: ids.flatMap((x, i): Inline[] =>
          i
            ? [
                { kind: 'text', text: ' ' },
                { kind: 'code', text: x },
              ]
            : [{ kind: 'code', text: x }],
        ),
      };
    };
    return [
      c(r.id),
      c(r.title),
      c(valueLabel(r.type, lang)),
      c(valueLabel(r.priority, lang)),
      linked(
        components,
        (x) => x.name ?? x.id ?? '',
        (x) => x.satisfies,
      ),
      linked(tasks, (x) => x.name ?? x.id ?? ''),
      linked(scenarios, (x) => x.title ?? x.id ?? ''),
      c((r.acceptance ?? []).join('\n')),
    ];
  });
  return {
    name: label('traceability', lang),
    columns: columns.map((k) => label(k, lang)),
    rows,
    widths: [8, 30, 12, 10, 28, 28, 24, 40],
    rowMeta: listed.map(([r, i]) => ({
      path: ['requirements', i],
      cls: `trace-row${r.priority === 'must' ? ' must' : ''}`,
      ...(r.internal === true ? { internal: true } : {}),
    })),
  };
}

export function taskTable(p: Proposal, s: Schedule, lang: Language): DataTable {
  const columns = [
    'col.phase',
    'id',
    'col.task',
    'start',
    'end',
    'col.duration',
    'col.effort',
    'owner',
    'col.dependsOn',
    'col.critical',
  ] as const;
  const deps = new Map<string, string>();
  for (const ph of p.plan?.phases ?? []) {
    for (const t of ph.tasks ?? []) {
      if (t.id === undefined) continue;
      deps.set(
        t.id,
        (t.dependsOn ?? [])
          .map((d) => (typeof d === 'string' ? d : (d?.task ?? '')))
          .filter(Boolean)
          .join(', '),
      );
    }
  }
  const rows = s.tasks.map((t): Cell[] => [
    c(t.phaseName),
    c(t.id),
    { text: t.name, ...(t.milestone ? { bold: true } : {}) },
    c(t.start),
    c(t.end),
    c(t.duration),
    c(t.effort),
    c(memberName(p, t.owner)),
    c(deps.get(t.id) ?? ''),
    t.critical ? { text: label('misc.yes', lang), shade: 'F4B6B6' } : c(''),
  ]);
  return {
    name: label('sec.phases', lang),
    columns: columns.map((k) => label(k, lang)),
    rows,
    widths: [18, 8, 30, 11, 11, 7, 9, 16, 14, 8],
  };
}
