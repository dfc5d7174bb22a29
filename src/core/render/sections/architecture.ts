import { architectureDiagram } from '../architectureDiagram';
import { renderMarkdown, renderMarkdownInline } from '../markdown';
import { sourceHash } from '../sourceHash';
import { visible, type HtmlSectionContext } from './context';
import { dataLine, diagramPlaceholder, entries, esc, idList, internalBadge, section, table } from './html';
import { enumLabel } from '../enumLabels';

export function renderArchitecture(ctx: HtmlSectionContext): string | undefined {
  const a = ctx.p.architecture;
  if (!a) return undefined;
  let body = '';
  const overview = renderMarkdown(ctx.md, a.overview);
  if (overview) body += `<div class="overview"${dataLine(ctx, ['architecture', 'overview'])}>${overview}</div>\n`;
  const components = entries(a.components).filter(([c]) => visible(ctx, c));
  if (components.length === 0) {
    body += `<p class="empty">${esc(ctx.t('noComponents'))}</p>\n`;
  } else {
    const diagram = architectureDiagram(ctx.p, { lang: ctx.lang, hideInternal: ctx.audience === 'customer', ...(ctx.maxNodes ? { maxNodes: ctx.maxNodes } : {}) });
    const nodeLines: Record<string, number> = {};
    for (const n of diagram.nodes) {
      const line = ctx.line(n.path);
      if (line !== undefined) nodeLines[n.nodeId] = line;
    }
    const hash = sourceHash(diagram.source);
    ctx.diagrams.push({ key: 'architecture', source: diagram.source, hash, nodeLines });
    if (diagram.summarised) body += `<p class="note">${esc(ctx.t('summarisedDiagram').replace('{0}', String(components.length)))}</p>\n`;
    body += diagramPlaceholder('architecture', diagram.source, hash, nodeLines);
    const zoneName = new Map(entries(a.zones).map(([z]) => [z.id, z.name ?? z.id]));
    const rows = components.map(([c, i]) => ({
      attrs: ` id="component-${esc(c.id)}"${dataLine(ctx, ['architecture', 'components', i])}`,
      cells: [`<code>${esc(c.id)}</code>`, `<strong>${esc(c.name)}</strong>${internalBadge(ctx, c)}${c.description ? `<br>${renderMarkdownInline(ctx.md, c.description)}` : ''}`,
        esc(enumLabel(c.kind, ctx.lang)), esc(c.technology), esc(zoneName.get(c.zone) ?? c.zone), idList(c.satisfies)],
    }));
    body += table(ctx, 'components', ['id', 'name', 'kind', 'technologyUsed', 'zone', 'requirements'], rows);
  }
  return section(ctx, 'architecture', 'architecture', ['architecture'], body);
}
