import { customerRender } from '../export/customerView';
import { markdownToParagraphs, markdownToPlain } from '../export/markdownText';
import { label, valueLabel } from '../export/exportLabels';
import { money } from '../sections/money';
import { BUDGET_CATEGORIES, PRIORITIES, REQUIREMENT_TYPES, type Language, type Proposal } from '../model';
import { riskScore } from '../risk';
import type { CostRollup, Schedule } from '../schedule/types';
import { neutraliseModel } from '../text/controls';
import { architectureSlides as architectureViewSlides } from './architectureSlides';
import type { Bullet, BulletColumn, Deck, DeckSlide, DeckTable, SlideKey, TimelineSpec } from './deckModel';
import { BODY_HEIGHT, BODY_WIDTH, fitLead, pageBullets, pageTable } from './deckPaging';

export interface DeckOptions {
  /** Defaults to `proposal.language`, then English. */
  lang?: Language;
  /** Add the slide that shows the Mermaid picture of the architecture (the writer fills it in). */
  diagramPicture?: boolean;
  /** How many risks the risk slide lists, highest score first. Default 6. */
  topRisks?: number;
}

const DEFAULT_TOP_RISKS = 6;
/** Longest text kept from a Markdown field on a slide: a deck summarises, the proposal explains. */
const MAX_PROSE = 400;

/**
 * The pitch deck of a proposal, from the customer view only (customerRender, then every string
 * neutralised), so no slide and no speaker note can show internal content.
 */
export function buildDeck(proposal: Proposal, options: DeckOptions = {}): Deck {
  const { p, schedule, cost } = neutraliseModel(customerRender(proposal));
  const lang: Language = options.lang ?? (p.proposal?.language === 'zh-CN' ? 'zh-CN' : 'en');
  const info = p.proposal ?? {};
  const deck: Deck = {
    lang,
    title: text(info.title) || label('unnamed', lang),
    subtitle: text(info.subtitle),
    customer: text(p.customer?.name),
    confidentiality: text(info.confidentiality),
    slides: [],
  };
  const add = (key: SlideKey, title: string, body: DeckSlide['body'], notes: string[] = []): void => {
    deck.slides.push({ key, title, body, notes });
  };
  add('title', deck.title, {
    kind: 'title',
    facts: [
      deck.customer,
      [info.date, info.version ? `v${info.version}` : ''].filter(Boolean).join(' · '),
      (info.authors ?? []).filter((a) => typeof a === 'string').join(', '),
    ].filter(Boolean),
  });
  situationSlides(p, lang, add);
  coverageSlides(p, lang, add);
  architectureSlides(p, lang, options, add);
  timelineSlide(schedule, lang, add);
  teamSlides(p, lang, add);
  commercialSlides(p, cost, lang, add);
  riskSlides(p, lang, options.topRisks ?? DEFAULT_TOP_RISKS, add);
  demoSlides(p, lang, add);
  nextStepsSlide(p, schedule, lang, add);
  return deck;
}

type Add = (key: SlideKey, title: string, body: DeckSlide['body'], notes?: string[]) => void;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';
}

function prose(markdown: unknown): string {
  const plain = markdownToPlain(typeof markdown === 'string' ? markdown : undefined)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return plain.length > MAX_PROSE ? `${plain.slice(0, MAX_PROSE).trimEnd()}…` : plain;
}

/** A Markdown field as bullets: each paragraph one at `level`, list items one deeper. */
function proseBullets(markdown: unknown, level: 0 | 1): Bullet[] {
  const out: Bullet[] = [];
  for (const para of markdownToParagraphs(typeof markdown === 'string' ? markdown : undefined)) {
    const t = para.runs
      .map((r) => r.text)
      .join('')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    if (!t) continue;
    const clipped = t.length > MAX_PROSE ? `${t.slice(0, MAX_PROSE).trimEnd()}…` : t;
    out.push({ text: clipped, level: para.list ? 1 : level });
  }
  return out;
}

function continued(title: string, page: number, lang: Language): string {
  return page === 0 ? title : label('deck.continued', lang, { title });
}

/** Adds one table slide per page of `table`. */
function tableSlides(add: Add, key: SlideKey, title: string, table: DeckTable, lang: Language, rawLead?: string): void {
  const lead = rawLead ? fitLead(rawLead).text : undefined;
  const available = BODY_HEIGHT - (lead ? fitLead(lead).height : 0);
  pageTable(table, BODY_WIDTH, available).forEach((page, i) => {
    add(key, continued(title, i, lang), { kind: 'table', table: page, ...(lead && i === 0 ? { lead } : {}) });
  });
}

function situationSlides(p: Proposal, lang: Language, add: Add): void {
  const c = p.customer ?? {};
  const situation: Bullet[] = [];
  const facts = [text(c.industry), text(c.size)].filter(Boolean).join(' · ');
  if (facts) situation.push({ text: facts, level: 0 });
  situation.push(...proseBullets(c.background, 0));
  for (const d of c.drivers ?? []) if (text(d)) situation.push({ text: text(d), level: 1 });
  situation.push(...proseBullets(c.currentState, 0));
  const goals: Bullet[] = [];
  for (const g of p.goals ?? []) {
    if (!g || typeof g !== 'object') continue;
    goals.push({ text: text(g.title) || text(g.id), level: 0 });
    const measure =
      text(g.metric) && (text(g.baseline) || text(g.target))
        ? label('deck.goalLine', lang, {
            metric: text(g.metric),
            baseline: text(g.baseline) || '–',
            target: text(g.target) || '–',
          })
        : text(g.metric);
    const by = text(g.deadline) ? label('deck.goalBy', lang, { date: text(g.deadline) }) : '';
    const detail = [measure, by].filter(Boolean).join(' ');
    if (detail) goals.push({ text: detail, level: 1 });
  }
  if (!situation.length && !goals.length) return;
  const colW = (BODY_WIDTH - 0.4) / 2;
  const available = BODY_HEIGHT - 0.45;
  const left = pageBullets(situation, colW, available);
  const right = pageBullets(goals, colW, available);
  const pages = Math.max(left.length, right.length);
  for (let i = 0; i < pages; i++) {
    const columns: BulletColumn[] = [
      { heading: label('deck.situation', lang), bullets: left[i] ?? [] },
      { heading: label('deck.goals', lang), bullets: right[i] ?? [] },
    ];
    add('situation', continued(label('slide.situation', lang), i, lang), { kind: 'bullets', columns });
  }
}

/** A requirement is met when a component satisfies it or a task delivers it (the traceability matrix's rule). */
function coverageSlides(p: Proposal, lang: Language, add: Add): void {
  const reqs = (p.requirements ?? []).filter((r) => r && typeof r === 'object');
  if (!reqs.length) return;
  const covered = new Set<string>();
  for (const c of p.architecture?.components ?? []) for (const id of c?.satisfies ?? []) covered.add(id);
  for (const ph of p.plan?.phases ?? [])
    for (const t of ph?.tasks ?? []) for (const id of t?.requirements ?? []) covered.add(id);
  const isMet = (id: unknown): boolean => typeof id === 'string' && covered.has(id);
  const rows: string[][] = [];
  let mustAll = 0;
  let mustMet = 0;
  const types = [...REQUIREMENT_TYPES, undefined];
  for (const type of types) {
    const ofType = reqs.filter((r) =>
      type === undefined ? !REQUIREMENT_TYPES.includes(r.type as never) : r.type === type,
    );
    if (!ofType.length) continue;
    const count = (priority: (typeof PRIORITIES)[number]): number =>
      ofType.filter((r) => r.priority === priority).length;
    const must = ofType.filter((r) => r.priority === 'must');
    const met = must.filter((r) => isMet(r.id)).length;
    mustAll += must.length;
    mustMet += met;
    rows.push([
      type === undefined ? '–' : valueLabel(type, lang),
      must.length ? `${met} / ${must.length}` : '–',
      String(count('should')),
      String(count('could')),
      String(ofType.length),
    ]);
  }
  rows.push([label('total', lang), `${mustMet} / ${mustAll}`, '', '', String(reqs.length)]);
  const table: DeckTable = {
    columns: (
      [
        'deck.coverageArea',
        'deck.coverageMust',
        'deck.coverageShould',
        'deck.coverageCould',
        'deck.coverageAll',
      ] as const
    ).map((k) => label(k, lang)),
    widths: [3, 2, 1.4, 1.4, 1.6],
    rows,
    totalRow: true,
  };
  tableSlides(
    add,
    'coverage',
    label('slide.coverage', lang),
    table,
    lang,
    label('deck.mustMet', lang, { met: mustMet, total: mustAll }),
  );
}

function architectureSlides(p: Proposal, lang: Language, options: DeckOptions, add: Add): void {
  const slides = architectureViewSlides(p, lang, text);
  for (const s of slides) add('architecture', s.title, s.body, s.notes);
  if (slides.length && options.diagramPicture)
    add('architecturePicture', label('slide.architecturePicture', lang), { kind: 'architecturePicture' });
}

function timelineSlide(s: Schedule, lang: Language, add: Add): void {
  if (!s.tasks.length) return;
  const order: string[] = [];
  const phases = new Map<string, TimelineSpec['phases'][number]>();
  for (const t of s.tasks) {
    const key = t.phaseId ?? `\u0000${t.phaseName}`;
    const name = t.phaseName || label('unnamed', lang);
    const known = phases.get(key);
    if (!known) {
      order.push(key);
      phases.set(key, { name, startDay: t.startDay, endDay: t.endDay, critical: t.critical });
    } else {
      known.startDay = Math.min(known.startDay, t.startDay);
      known.endDay = Math.max(known.endDay, t.endDay);
      known.critical ||= t.critical;
    }
  }
  const timeline: TimelineSpec = {
    startDay: Math.min(...s.tasks.map((t) => t.startDay)),
    endDay: Math.max(...s.tasks.map((t) => t.endDay)),
    phases: order.map((k) => phases.get(k)).filter((x): x is TimelineSpec['phases'][number] => !!x),
    milestones: s.tasks
      .filter((t) => t.milestone)
      .map((t) => ({ name: t.name || t.id, day: t.startDay, date: t.start })),
  };
  const notes = timeline.milestones.map((m) => `${m.date}: ${m.name}`);
  add('timeline', label('timeline', lang), { kind: 'timeline', timeline }, notes);
}

function teamSlides(p: Proposal, lang: Language, add: Add): void {
  const members = (p.team ?? []).filter((m) => m && typeof m === 'object');
  if (!members.length) return;
  const table: DeckTable = {
    columns: [label('deck.name', lang), label('role', lang), label('organisation', lang), label('skills', lang)],
    widths: [2.2, 2.6, 1.6, 4],
    rows: members.map((m) => [
      text(m.name) || text(m.id),
      text(m.role),
      m.organisation ? valueLabel(m.organisation, lang) : '',
      (m.skills ?? []).filter((x) => typeof x === 'string').join(', '),
    ]),
  };
  tableSlides(add, 'team', label('slide.team', lang), table, lang);
}

/** The customer's totals only: labour and the shown lines by category, contingency, total. */
function commercialSlides(p: Proposal, cost: CostRollup, lang: Language, add: Add): void {
  if (!p.budget && cost.total === 0) return;
  const currency = cost.currency;
  const amount = (n: number): string => money(n, currency, lang);
  const rows: string[][] = BUDGET_CATEGORIES.filter((c) => (cost.byCategory[c] ?? 0) !== 0).map((c) => [
    c === 'labour' ? valueLabel('labour', lang) : valueLabel(c, lang),
    amount(cost.byCategory[c] ?? 0),
  ]);
  rows.push([label('subtotal', lang), amount(cost.subtotal)]);
  if (cost.contingency)
    rows.push([label('contingency', lang, { 0: cost.contingencyPercent }), amount(cost.contingency)]);
  rows.push([label('total', lang), amount(cost.total)]);
  const table: DeckTable = {
    columns: [label('item', lang), label('deck.amount', lang, { currency })],
    widths: [3, 2],
    rows,
    totalRow: true,
  };
  tableSlides(add, 'commercial', label('slide.commercial', lang), table, lang);
}

function riskSlides(p: Proposal, lang: Language, top: number, add: Add): void {
  const risks = (p.risks ?? [])
    .filter((r) => r && typeof r === 'object' && r.status !== 'closed')
    .map((r, i) => ({ r, i, score: riskScore(r) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, top);
  if (!risks.length) return;
  const table: DeckTable = {
    columns: [label('deck.risk', lang), label('score', lang), label('deck.mitigation', lang)],
    widths: [3.2, 0.9, 5.5],
    rows: risks.map(({ r, score }) => [
      text(r.title) || text(r.id),
      score ? String(score) : '–',
      [prose(r.prevention), prose(r.contingency)].filter(Boolean).join(' / '),
    ]),
  };
  tableSlides(add, 'risks', label('slide.risks', lang), table, lang);
}

function demoSlides(p: Proposal, lang: Language, add: Add): void {
  const d = p.demo;
  if (!d) return;
  const people = new Map((p.team ?? []).map((m) => [m?.id, text(m?.name) || text(m?.id)]));
  const scenarios = (d.scenarios ?? []).filter((s) => s && typeof s === 'object');
  const bullets: Bullet[] = [];
  for (const a of d.agenda ?? []) if (text(a)) bullets.push({ text: text(a), level: 0 });
  const scenarioBullets: Bullet[] = scenarios.map((s) => ({
    text: [text(s.title) || text(s.id), typeof s.duration === 'number' ? label('minutes', lang, { 0: s.duration }) : '']
      .filter(Boolean)
      .join(' · '),
    level: 0,
  }));
  const facts = [text(d.date), text(d.audience), text(d.environment)].filter(Boolean).join(' · ');
  const lead = facts ? fitLead(facts).text : '';
  const scriptOf = (s: (typeof scenarios)[number]): string[] => [
    `${text(s.title) || text(s.id)}`,
    ...(s.steps ?? []).filter((x) => typeof x === 'string').map((step, i) => `${i + 1}. ${step}`),
  ];
  const colW = (BODY_WIDTH - 0.4) / 2;
  const available = BODY_HEIGHT - 0.45 - (lead ? fitLead(lead).height : 0);
  const left = pageBullets(bullets, colW, available);
  const right = pageBullets(scenarioBullets, colW, available);
  const pages = Math.max(left.length, right.length);
  for (let i = 0; i < pages; i++) {
    add(
      'demo',
      continued(label('slide.demo', lang), i, lang),
      {
        kind: 'bullets',
        columns: [
          { heading: label('agenda', lang), bullets: left[i] ?? [] },
          { heading: label('sec.scenarios', lang), bullets: right[i] ?? [] },
        ],
        ...(lead && i === 0 ? { lead } : {}),
      },
      // Every scenario's script on the agenda slide too: the presenter sees the whole run in one place.
      i === 0 ? scenarios.flatMap((s) => [...scriptOf(s), '']) : [],
    );
  }
  for (const s of scenarios) {
    const facts: Bullet[] = [];
    if (text(s.highlight)) facts.push({ text: label('deck.highlight', lang, { text: text(s.highlight) }), level: 0 });
    const presenter = typeof s.presenter === 'string' ? people.get(s.presenter) : undefined;
    if (presenter) facts.push({ text: label('deck.presenter', lang, { name: presenter }), level: 0 });
    if (typeof s.duration === 'number') facts.push({ text: label('minutes', lang, { 0: s.duration }), level: 0 });
    const reqTitles = new Map((p.requirements ?? []).map((r) => [r?.id, text(r?.title)]));
    const shown: Bullet[] = [];
    for (const id of s.requirements ?? []) {
      const title = reqTitles.get(id);
      if (title !== undefined) shown.push({ text: `${id} ${title}`, level: 0 });
    }
    const title = label('slide.scenario', lang, { title: text(s.title) || text(s.id) });
    const colW = (BODY_WIDTH - 0.4) / 2;
    const left = pageBullets(facts, colW, BODY_HEIGHT - 0.45);
    const right = pageBullets(shown, colW, BODY_HEIGHT - 0.45);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const columns: BulletColumn[] = [{ heading: label('deck.scenarioPoints', lang), bullets: left[i] ?? [] }];
      if (shown.length) columns.push({ heading: label('deck.requirementsShown', lang), bullets: right[i] ?? [] });
      add('scenario', continued(title, i, lang), { kind: 'bullets', columns }, [
        label('deck.script', lang),
        ...scriptOf(s).slice(1),
      ]);
    }
  }
}

function nextStepsSlide(p: Proposal, s: Schedule, lang: Language, add: Add): void {
  const bullets: Bullet[] = [];
  const open = (p.questions ?? []).filter(
    (q) => q && q.status !== 'answered' && q.status !== 'closed' && text(q.question),
  );
  if (open.length) {
    bullets.push({ text: label('deck.nextQuestions', lang), level: 0 });
    for (const q of open.slice(0, 4)) bullets.push({ text: text(q.question), level: 1 });
  }
  if (p.demo?.date) bullets.push({ text: label('deck.nextDemo', lang, { date: p.demo.date }), level: 0 });
  bullets.push({ text: label('deck.nextSignOff', lang), level: 0 });
  if (s.start) bullets.push({ text: label('deck.nextKickoff', lang, { date: s.start }), level: 0 });
  for (const t of s.tasks.filter((t) => t.milestone).slice(0, 4))
    bullets.push({ text: label('deck.nextMilestone', lang, { name: t.name || t.id, date: t.start }), level: 1 });
  pageBullets(bullets, BODY_WIDTH, BODY_HEIGHT).forEach((page, i) => {
    add('nextSteps', continued(label('slide.nextSteps', lang), i, lang), {
      kind: 'bullets',
      columns: [{ bullets: page }],
    });
  });
}
