import { renderMarkdown } from '../markdown';
import type { HtmlSectionContext } from './context';
import { dataLine, esc, section, sub, textList } from './html';

/** Title block, executive summary and the customer's context. */
export function renderCover(ctx: HtmlSectionContext): string {
  const info = ctx.p.proposal ?? {};
  const c = ctx.p.customer ?? {};
  const meta = [
    info.version ? esc(ctx.t('version').replace('{0}', info.version)) : '',
    info.date ? esc(info.date) : '',
    Array.isArray(info.authors) && info.authors.length
      ? `${esc(ctx.t('authors'))}: ${esc(info.authors.join(', '))}`
      : '',
    info.confidentiality ? esc(info.confidentiality) : '',
  ]
    .filter(Boolean)
    .map((m) => `<span>${m}</span>`)
    .join(' · ');
  let body = `<div class="cover">\n<h1${dataLine(ctx, ['proposal', 'title'])}>${esc(info.title ?? '')}</h1>\n`;
  if (info.subtitle)
    body += `<p class="subtitle"${dataLine(ctx, ['proposal', 'subtitle'])}>${esc(info.subtitle)}</p>\n`;
  if (c.name)
    body += `<p class="customer-name"${dataLine(ctx, ['customer', 'name'])}>${esc(c.name)}${c.industry ? ` · ${esc(c.industry)}` : ''}${c.size ? ` · ${esc(c.size)}` : ''}</p>\n`;
  if (meta) body += `<p class="meta">${meta}</p>\n`;
  body += '</div>\n';
  const summary = renderMarkdown(ctx.md, info.summary);
  if (summary)
    body += `<div class="summary"${dataLine(ctx, ['proposal', 'summary'])}>${sub(ctx, 'summary', summary)}</div>\n`;
  const background = renderMarkdown(ctx.md, c.background);
  if (background)
    body += `<div${dataLine(ctx, ['customer', 'background'])}>${sub(ctx, 'background', background)}</div>\n`;
  const drivers = textList(c.drivers);
  if (drivers) body += `<div${dataLine(ctx, ['customer', 'drivers'])}>${sub(ctx, 'drivers', drivers)}</div>\n`;
  const current = renderMarkdown(ctx.md, c.currentState);
  if (current)
    body += `<div${dataLine(ctx, ['customer', 'currentState'])}>${sub(ctx, 'currentState', current)}</div>\n`;
  // The title is the heading of the cover: no section heading above it.
  return section(ctx, 'cover', undefined, ['proposal'], body);
}
