import type { HtmlSectionContext } from './context';
import { dataLine, entries, esc, idList, section, textList } from './html';

export function renderDemo(ctx: HtmlSectionContext): string | undefined {
  const d = ctx.p.demo;
  if (!d) return undefined;
  const facts = [
    d.date ? `${esc(ctx.t('date'))}: ${esc(d.date)}` : '',
    d.audience ? `${esc(ctx.t('audience'))}: ${esc(d.audience)}` : '',
    d.environment ? `${esc(ctx.t('environment'))}: ${esc(d.environment)}` : '',
    typeof d.duration === 'number'
      ? `${esc(ctx.t('duration'))}: ${esc(ctx.t('minutes').replace('{0}', String(d.duration)))}`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
  let body = facts ? `<p class="meta">${facts}</p>\n` : '';
  const agenda = textList(d.agenda);
  if (agenda) body += `<h3>${esc(ctx.t('agenda'))}</h3><div${dataLine(ctx, ['demo', 'agenda'])}>${agenda}</div>\n`;
  for (const [s, i] of entries(d.scenarios)) {
    body +=
      `<div class="scenario" id="scenario-${esc(s.id)}"${dataLine(ctx, ['demo', 'scenarios', i])}>` +
      `<h3><code>${esc(s.id)}</code> ${esc(s.title)}</h3>` +
      `<p class="meta">${[
        s.presenter ? `${esc(ctx.t('presenter'))}: ${esc(s.presenter)}` : '',
        typeof s.duration === 'number' ? esc(ctx.t('minutes').replace('{0}', String(s.duration))) : '',
        Array.isArray(s.requirements) && s.requirements.length
          ? `${esc(ctx.t('requirements'))}: ${idList(s.requirements)}`
          : '',
      ]
        .filter(Boolean)
        .join(' · ')}</p>` +
      (Array.isArray(s.steps) ? `<ol>${s.steps.map((x) => `<li>${esc(x)}</li>`).join('')}</ol>` : '') +
      (s.highlight ? `<p class="highlight"><strong>${esc(ctx.t('highlight'))}:</strong> ${esc(s.highlight)}</p>` : '') +
      '</div>\n';
  }
  return section(ctx, 'demo', 'demo', ['demo'], body);
}
