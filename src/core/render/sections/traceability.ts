import { visible, type HtmlSectionContext } from './context';
import { badge, dataLine, entries, esc, section, table } from './html';

/** Requirement -> components that satisfy it, tasks that deliver it, demo scenarios that show it. Empty cells are gaps. */
export function renderTraceability(ctx: HtmlSectionContext): string | undefined {
  const requirements = entries(ctx.p.requirements).filter(([r]) => visible(ctx, r) && typeof r.id === 'string');
  if (requirements.length === 0) return undefined;
  const by = (pairs: Array<[string | undefined, unknown]>): Map<string, string[]> => {
    const m = new Map<string, string[]>();
    for (const [owner, reqs] of pairs) {
      if (typeof owner !== 'string' || !Array.isArray(reqs)) continue;
      for (const r of reqs) if (typeof r === 'string') m.set(r, [...(m.get(r) ?? []), owner]);
    }
    return m;
  };
  const components = by(entries(ctx.p.architecture?.components).filter(([c]) => visible(ctx, c)).map(([c]) => [c.id, c.satisfies]));
  const tasks = by(entries(ctx.p.plan?.phases).flatMap(([ph]) => entries(ph.tasks).map(([t]): [string | undefined, unknown] => [t.id, t.requirements])));
  const scenarios = by(entries(ctx.p.demo?.scenarios).map(([s]) => [s.id, s.requirements]));
  const cell = (ids: string[] | undefined): string => ids && ids.length
    ? ids.map((id) => `<code>${esc(id)}</code>`).join(' ')
    : badge('gap', ctx.t('gap'));
  const rows = requirements.map(([r, i]) => {
    const id = r.id as string;
    return {
      attrs: ` class="trace-row${r.priority === 'must' ? ' must' : ''}"${dataLine(ctx, ['requirements', i])}`,
      cells: [`<code>${esc(id)}</code> ${esc(r.title)}`, cell(components.get(id)), cell(tasks.get(id)), cell(scenarios.get(id))],
    };
  });
  return section(ctx, 'traceability', 'traceability', ['requirements'],
    table(ctx, 'traceability', ['requirement', 'components', 'tasks', 'demoScenarios'], rows));
}
