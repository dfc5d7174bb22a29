import { sourceHash } from '../sourceHash';
import { timelineMermaid } from '../timelineDiagram';
import type { HtmlSectionContext } from './context';
import { badge, dataLine, diagramPlaceholder, esc, section, table } from './html';

export function renderTimeline(ctx: HtmlSectionContext): string | undefined {
  if (!ctx.p.plan) return undefined;
  const tasks = ctx.schedule.tasks;
  let body = '';
  if (tasks.length === 0) {
    body += `<p class="empty">${esc(ctx.t('noTasks'))}</p>\n`;
  } else {
    const source = timelineMermaid(ctx.p, ctx.schedule, { lang: ctx.lang, ...(ctx.today ? { today: ctx.today } : {}) });
    // Gantt task ids are t0, t1... in schedule order (see timelineDiagram), so clicks map back by index.
    const nodeLines: Record<string, number> = {};
    tasks.forEach((t, i) => { const line = ctx.line(t.path); if (line !== undefined) nodeLines[`t${i}`] = line; });
    const hash = sourceHash(source);
    ctx.diagrams.push({ key: 'timeline', source, hash, nodeLines });
    body += diagramPlaceholder('timeline', source, hash, nodeLines);
    const milestones = tasks.filter((t) => t.milestone);
    if (milestones.length) {
      body += `<h3>${esc(ctx.t('milestones'))}</h3>\n`;
      body += table(ctx, 'milestones', ['date', 'name', 'id'], milestones.map((m) => ({
        attrs: `${dataLine(ctx, m.path)}`,
        cells: [esc(m.end), `${esc(m.name)}${m.critical ? ` ${badge('critical', ctx.t('criticalPath'))}` : ''}`, `<code>${esc(m.id)}</code>`],
      })));
    }
    if (ctx.schedule.criticalPath.length) {
      body += `<p class="critical-path"><strong>${esc(ctx.t('criticalPath'))}:</strong> ${ctx.schedule.criticalPath.map((id) => `<code>${esc(id)}</code>`).join(' → ')}</p>\n`;
    }
  }
  return section(ctx, 'timeline', 'timeline', ['plan'], body);
}
