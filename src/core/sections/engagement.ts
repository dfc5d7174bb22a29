import type { CommunicationItem, OpenQuestion, ServiceLevel, SupportChannel, TrainingItem } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Inline } from '../export/documentModel';
import { label, valueLabel } from '../export/exportLabels';
import { markdownToPlain } from '../export/markdownText';
import { memberName } from '../export/tables';
import { codeCell, columnTable, entries, markdownParts, plain, rich, type Column } from './columns';

type Level = 1 | 2 | 3;

/** A name with its Markdown description on the next line (HTML); the name alone on paper. */
const withDescription = (name: string | undefined, description: string | undefined): Inline[] => [
  { kind: 'text', text: name ?? '' },
  ...(description ? [{ kind: 'break' as const }, ...markdownParts(description)] : []),
];

export const COMMUNICATION_COLUMNS = {
  name: { header: 'name', width: 3, cell: (c) => plain(c.name) },
  purpose: { header: 'purpose', width: 4, cell: (c) => plain(c.purpose) },
  cadence: { header: 'cadence', width: 2, cell: (c, ctx) => plain(valueLabel(c.cadence, ctx.lang)) },
  channel: { header: 'channel', width: 2, cell: (c) => plain(c.channel) },
  participants: {
    header: 'participants',
    width: 4,
    cell: (c, ctx) => plain((c.participants ?? []).map((x) => memberName(ctx.p, x, ctx.audience)).join(', ')),
  },
  owner: { header: 'owner', width: 2, cell: (c, ctx) => plain(memberName(ctx.p, c.owner, ctx.audience)) },
} satisfies Record<string, Column<CommunicationItem>>;

export const QUESTION_COLUMNS = {
  id: { header: 'id', width: 2, cell: (q) => codeCell(q.id) },
  question: { header: 'question', width: 6, cell: (q) => rich(q.question, withDescription(q.question, q.answer)) },
  askedTo: { header: 'askedTo', width: 3, cell: (q) => plain(q.askedTo) },
  owner: { header: 'owner', width: 2, cell: (q, ctx) => plain(memberName(ctx.p, q.owner, ctx.audience)) },
  status: { header: 'status', width: 2, cell: (q, ctx) => plain(valueLabel(q.status, ctx.lang)) },
  due: { header: 'due', width: 2, cell: (q) => plain(q.due) },
  answer: { header: 'col.answer', width: 5, cell: (q) => plain(markdownToPlain(q.answer)) },
} satisfies Record<string, Column<OpenQuestion>>;

export const TRAINING_COLUMNS = {
  topic: { header: 'topic', width: 5, cell: (t) => rich(t.topic, withDescription(t.topic, t.description)) },
  audience: { header: 'audience', width: 4, cell: (t) => plain(t.audience) },
  format: { header: 'format', width: 2, cell: (t, ctx) => plain(valueLabel(t.format, ctx.lang)) },
  hours: { header: 'hours', width: 2, cell: (t) => plain(t.duration) },
  sessions: { header: 'sessions', width: 2, cell: (t) => plain(t.sessions) },
} satisfies Record<string, Column<TrainingItem>>;

export const CHANNEL_COLUMNS = {
  channel: { header: 'channel', width: 2, cell: (c, ctx) => plain(valueLabel(c.channel, ctx.lang)) },
  hours: { header: 'hours', width: 2, cell: (c) => plain(c.hours) },
  supportHours: { header: 'col.supportHours', width: 2, cell: (c) => plain(c.hours) },
  owner: { header: 'owner', width: 5, cell: (c) => plain(c.contact) },
  contact: { header: 'col.contact', width: 5, cell: (c) => plain(c.contact) },
} satisfies Record<string, Column<SupportChannel>>;

export const SLA_COLUMNS = {
  severity: { header: 'severity', width: 2, cell: (l) => plain(l.severity) },
  description: { header: 'description', width: 6, cell: (l) => plain(l.description) },
  response: { header: 'response', width: 2, cell: (l) => plain(l.response) },
  resolution: { header: 'resolution', width: 2, cell: (l) => plain(l.resolution) },
} satisfies Record<string, Column<ServiceLevel>>;

export const COMMUNICATION_LIST = ['name', 'purpose', 'cadence', 'channel', 'participants', 'owner'] as const;
export const TRAINING_LIST = ['topic', 'audience', 'format', 'hours', 'sessions'] as const;
export const SLA_LIST = ['severity', 'description', 'response', 'resolution'] as const;

/** The preview's "how we work with the customer": communication plan, open questions, training and support. */
export function engagementSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const p = ctx.p;
  const sub: Level = level === 1 ? 2 : 3;
  const comm = entries(p.communication);
  const questions = entries(p.questions);
  const training = entries(p.training);
  const s = p.support;
  if (!comm.length && !questions.length && !training.length && !s) return;
  b.section(level, 'communication');
  if (comm.length) {
    b.section(sub, 'communication');
    columnTable(
      b,
      ctx,
      COMMUNICATION_COLUMNS,
      COMMUNICATION_LIST,
      comm.map(([c, i]) => ({ item: c, meta: { path: ['communication', i] } })),
      'communication',
    );
  }
  if (questions.length) {
    b.section(sub, 'questions');
    columnTable(
      b,
      ctx,
      QUESTION_COLUMNS,
      ['id', 'question', 'askedTo', 'owner', 'status', 'due'],
      questions.map(([q, i]) => ({ item: q, meta: { path: ['questions', i], cls: `question-${q.status ?? ''}` } })),
      'questions',
    );
  }
  if (training.length) {
    b.section(sub, 'training');
    columnTable(
      b,
      ctx,
      TRAINING_COLUMNS,
      TRAINING_LIST,
      training.map(([t, i]) => ({ item: t, meta: { path: ['training', i] } })),
      'training',
    );
  }
  if (!s) return;
  b.section(sub, 'support');
  if (typeof s.summary === 'string' && s.summary.trim()) b.push({ type: 'markdown', source: s.summary });
  columnTable(
    b,
    ctx,
    CHANNEL_COLUMNS,
    ['channel', 'hours', 'owner'],
    entries(s.channels).map(([c, i]) => ({ item: c, meta: { path: ['support', 'channels', i] } })),
    'support-channels',
  );
  columnTable(
    b,
    ctx,
    SLA_COLUMNS,
    SLA_LIST,
    entries(s.sla).map(([l, i]) => ({ item: l, meta: { path: ['support', 'sla', i] } })),
    'sla',
  );
  if (s.warranty && typeof s.warranty === 'object') {
    b.push({
      type: 'paragraph',
      text: label('warranty', ctx.lang).replace('{0}', String(s.warranty.months ?? '')),
      path: ['support', 'warranty'],
    });
    if (typeof s.warranty.scope === 'string' && s.warranty.scope.trim())
      b.push({ type: 'markdown', source: s.warranty.scope });
  }
  const improvements = entries(s.improvements);
  if (improvements.length) {
    b.section(sub === 2 ? 3 : 3, 'improvements');
    b.push({
      type: 'list',
      items: improvements.map(([m]) => [m.title, markdownToPlain(m.description)].filter(Boolean).join(': ')),
      itemParts: improvements.map(([m]): Inline[] => [
        { kind: 'strong', text: m.title ?? '' },
        { kind: 'text', text: ' ' },
        ...markdownParts(m.description),
      ]),
      itemPaths: improvements.map(([, i]) => ['support', 'improvements', i]),
    });
  }
}
