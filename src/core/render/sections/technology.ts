import { renderMarkdownInline } from '../markdown';
import type { HtmlSectionContext } from './context';
import { dataLine, entries, esc, idList, section, table } from './html';

export function renderTechnology(ctx: HtmlSectionContext): string | undefined {
  const items = entries(ctx.p.technology);
  if (items.length === 0) return undefined;
  const rows = items.map(([t, i]) => ({
    attrs: ` id="technology-${esc(t.id)}"${dataLine(ctx, ['technology', i])}`,
    cells: [
      esc(t.area), `<strong>${esc(t.choice)}</strong>`,
      Array.isArray(t.alternatives) ? t.alternatives.filter((x) => x && typeof x === 'object').map((x) => `${esc(x.name)}${x.reason ? `: ${esc(x.reason)}` : ''}`).join('<br>') : '',
      renderMarkdownInline(ctx.md, t.rationale), idList(t.components), esc(t.licence),
    ],
  }));
  return section(ctx, 'technology', 'technology', ['technology'],
    table(ctx, 'technology', ['area', 'choice', 'alternatives', 'rationale', 'components', 'licence'], rows));
}
