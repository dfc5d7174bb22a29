import { visible, type HtmlSectionContext } from './context';
import { dataLine, entries, esc, formatNumber, internalBadge, section, sub, table } from './html';
import { enumLabel } from '../enumLabels';

/** Team table, then a compact heat table of weekly load per person (percent of full time). */
export function renderTeam(ctx: HtmlSectionContext): string | undefined {
  const members = entries(ctx.p.team).filter(([m]) => visible(ctx, m));
  const resources = entries(ctx.p.resources);
  if (members.length === 0 && resources.length === 0) return undefined;
  const showRates = ctx.audience === 'internal';
  const headers = showRates
    ? (['id', 'name', 'role', 'organisation', 'skills', 'allocation', 'dayRate'] as const)
    : (['id', 'name', 'role', 'organisation', 'skills', 'allocation'] as const);
  let body = table(
    ctx,
    'team',
    headers,
    members.map(([m, i]) => ({
      attrs: ` id="member-${esc(m.id)}"${dataLine(ctx, ['team', i])}`,
      cells: [
        `<code>${esc(m.id)}</code>`,
        `${esc(m.name)}${internalBadge(ctx, m)}`,
        esc(m.role),
        esc(enumLabel(m.organisation, ctx.lang)),
        esc(Array.isArray(m.skills) ? m.skills.join(', ') : ''),
        `${esc(m.allocation ?? 100)}%`,
        ...(showRates ? [formatNumber(ctx, m.dayRate)] : []),
      ],
    })),
  );
  body += weeklyLoad(ctx, new Set(members.map(([m]) => m.id)));
  if (resources.length) {
    body += sub(
      ctx,
      'resources',
      table(
        ctx,
        'resources',
        ['id', 'name', 'kind', 'quantity', 'provider', 'neededBy'],
        resources.map(([r, i]) => ({
          attrs: dataLine(ctx, ['resources', i]),
          cells: [
            `<code>${esc(r.id)}</code>`,
            esc(r.name),
            esc(enumLabel(r.kind, ctx.lang)),
            esc(r.quantity),
            esc(enumLabel(r.provider, ctx.lang)),
            esc(r.neededBy),
          ],
        })),
      ),
    );
  }
  return section(ctx, 'team', 'team', ['team'], body);
}

function weeklyLoad(ctx: HtmlSectionContext, shown: Set<string | undefined>): string {
  const people = ctx.schedule.load.filter((l) => shown.has(l.memberId));
  const weeks = [...new Set(people.flatMap((l) => l.weeks.map((w) => w.weekStart)))].sort();
  if (people.length === 0 || weeks.length === 0) return '';
  const head = `<tr><th>${esc(ctx.t('member'))}</th>${weeks.map((w) => `<th title="${esc(w)}">${esc(w.slice(5))}</th>`).join('')}</tr>`;
  const rows = people
    .map((l) => {
      const byWeek = new Map(l.weeks.map((w) => [w.weekStart, w.percent]));
      const cells = weeks
        .map((w) => {
          const pct = Math.round(byWeek.get(w) ?? 0);
          const level =
            pct === 0
              ? 'load-0'
              : pct > l.allocation
                ? 'load-over'
                : pct > 0.8 * l.allocation
                  ? 'load-high'
                  : 'load-ok';
          return `<td class="${level}" title="${esc(`${l.memberId} ${w}: ${pct}%`)}">${pct || ''}</td>`;
        })
        .join('');
      return `<tr><th>${esc(l.memberId)}</th>${cells}</tr>`;
    })
    .join('\n');
  return sub(
    ctx,
    'weeklyLoad',
    `<div class="scroll-x"><table class="load"><thead>${head}</thead><tbody>${rows}</tbody></table></div>\n`,
  );
}
