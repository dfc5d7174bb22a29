import { renderMarkdown, renderMarkdownInline } from '../markdown';
import type { HtmlSectionContext } from './context';
import { dataLine, entries, esc, section, sub, table } from './html';
import { enumLabel } from '../enumLabels';

/** Communication plan, open questions, training and support: how we work with the customer. */
export function renderEngagement(ctx: HtmlSectionContext): string | undefined {
  const p = ctx.p;
  let body = '';
  const comm = entries(p.communication);
  if (comm.length) body += sub(ctx, 'communication', table(ctx, 'communication', ['name', 'purpose', 'cadence', 'channel', 'participants', 'owner'], comm.map(([c, i]) => ({
    attrs: dataLine(ctx, ['communication', i]),
    cells: [esc(c.name), esc(c.purpose), esc(enumLabel(c.cadence, ctx.lang)), esc(c.channel), esc(Array.isArray(c.participants) ? c.participants.join(', ') : ''), esc(c.owner)],
  }))));
  const questions = entries(p.questions);
  if (questions.length) body += sub(ctx, 'questions', table(ctx, 'questions', ['id', 'question', 'askedTo', 'owner', 'status', 'due'], questions.map(([q, i]) => ({
    attrs: ` class="question-${esc(q.status)}"${dataLine(ctx, ['questions', i])}`,
    cells: [`<code>${esc(q.id)}</code>`, `${esc(q.question)}${q.answer ? `<br>${renderMarkdownInline(ctx.md, q.answer)}` : ''}`, esc(q.askedTo), esc(q.owner), esc(enumLabel(q.status, ctx.lang)), esc(q.due)],
  }))));
  const training = entries(p.training);
  if (training.length) body += sub(ctx, 'training', table(ctx, 'training', ['topic', 'audience', 'format', 'hours', 'sessions'], training.map(([t, i]) => ({
    attrs: dataLine(ctx, ['training', i]),
    cells: [`${esc(t.topic)}${t.description ? `<br>${renderMarkdownInline(ctx.md, t.description)}` : ''}`, esc(t.audience), esc(enumLabel(t.format, ctx.lang)), esc(t.duration), esc(t.sessions)],
  }))));
  const s = p.support;
  if (s) {
    let support = renderMarkdown(ctx.md, s.summary);
    support += table(ctx, 'support-channels', ['channel', 'hours', 'owner'], entries(s.channels).map(([c, i]) => ({
      attrs: dataLine(ctx, ['support', 'channels', i]), cells: [esc(enumLabel(c.channel, ctx.lang)), esc(c.hours), esc(c.contact)],
    })));
    support += table(ctx, 'sla', ['severity', 'description', 'response', 'resolution'], entries(s.sla).map(([l, i]) => ({
      attrs: dataLine(ctx, ['support', 'sla', i]), cells: [esc(l.severity), esc(l.description), esc(l.response), esc(l.resolution)],
    })));
    if (s.warranty && typeof s.warranty === 'object') {
      support += `<p${dataLine(ctx, ['support', 'warranty'])}>${esc(ctx.t('warranty').replace('{0}', String(s.warranty.months ?? '')))}</p>\n${renderMarkdown(ctx.md, s.warranty.scope)}`;
    }
    const improvements = entries(s.improvements);
    if (improvements.length) {
      support += `<h4>${esc(ctx.t('improvements'))}</h4><ul>${improvements.map(([m, i]) => `<li${dataLine(ctx, ['support', 'improvements', i])}><strong>${esc(m.title)}</strong> ${renderMarkdownInline(ctx.md, m.description)}</li>`).join('')}</ul>\n`;
    }
    body += sub(ctx, 'support', support);
  }
  if (!body) return undefined;
  return section(ctx, 'engagement', 'communication', ['communication'], body);
}
