import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Inline } from '../export/documentModel';
import { label } from '../export/exportLabels';
import { labelWith } from '../render/labels';

type Level = 1 | 2 | 3;

const has = <T>(a: T[] | undefined): a is T[] => Array.isArray(a) && a.length > 0;
const filled = (s: unknown): s is string => typeof s === 'string' && s.trim() !== '';

/** The executive summary (the preview boxes it; on paper it is a chapter). */
function summary(b: DocumentBuilder, { p }: DocumentContext, level: Level): void {
  const text = p.proposal?.summary;
  if (!filled(text)) return;
  b.within({ cls: 'summary', path: ['proposal', 'summary'] }, () => {
    b.section(level, 'summary');
    b.markdown(text);
  });
}

/** The customer's background, business drivers and current state, each under its heading and pointing back to its field. */
function customerStory(b: DocumentBuilder, { p }: DocumentContext, level: Level): void {
  const c = p.customer;
  if (!c || typeof c !== 'object') return;
  const background = c.background;
  if (filled(background))
    b.within({ path: ['customer', 'background'] }, () => {
      b.section(level, 'background');
      b.markdown(background);
    });
  const drivers = Array.isArray(c.drivers) ? c.drivers.filter(filled) : [];
  if (drivers.length)
    b.within({ path: ['customer', 'drivers'] }, () => {
      b.section(level, 'drivers');
      b.list(drivers);
    });
  const current = c.currentState;
  if (filled(current))
    b.within({ path: ['customer', 'currentState'] }, () => {
      b.section(level, 'currentState');
      b.markdown(current);
    });
}

/** The preview's title block: title, subtitle, the customer, and version, date, authors and confidentiality on one line. */
function titleBlock(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const info = ctx.p.proposal ?? {};
  const c = ctx.p.customer ?? {};
  b.within({ cls: 'cover' }, () => {
    b.heading(level, info.title ?? '', { title: true, path: ['proposal', 'title'] });
    if (info.subtitle)
      b.push({ type: 'paragraph', text: info.subtitle, cls: 'subtitle', path: ['proposal', 'subtitle'] });
    if (c.name)
      b.push({
        type: 'paragraph',
        text: [c.name, c.industry, c.size].filter(Boolean).join(' · '),
        cls: 'customer-name',
        path: ['customer', 'name'],
      });
    const meta = [
      info.version ? labelWith('version', ctx.lang, info.version) : '',
      info.date ?? '',
      Array.isArray(info.authors) && info.authors.length
        ? `${label('authors', ctx.lang)}: ${info.authors.join(', ')}`
        : '',
      info.confidentiality ?? '',
    ].filter(Boolean);
    if (meta.length) {
      const parts = meta.flatMap((m, i): Inline[] =>
        i === 0 ? [{ kind: 'text', text: m }] : [{ kind: 'text', text: ` · ${m}` }],
      );
      b.push({ type: 'paragraph', text: meta.join(' · '), cls: 'meta', parts });
    }
  });
}

/** The preview's cover: the title block (the proposal's title is its heading), the summary and the customer's story. */
export function coverSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const sub: Level = level === 1 ? 2 : 3;
  titleBlock(b, ctx, level);
  summary(b, ctx, sub);
  customerStory(b, ctx, sub);
}

/** A document's executive summary chapter (its cover page is drawn by each writer from the document's cover facts). */
export function summarySection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  summary(b, ctx, level);
}

/** A document's chapter on the customer: who they are, their story, and their contacts. */
export function contextSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  const c = ctx.p.customer;
  if (!c) return;
  const sub: Level = level === 1 ? 2 : 3;
  b.section(level, 'sec.context');
  if (c.name || c.industry || c.size) b.paragraph([c.name, c.industry, c.size].filter(Boolean).join(' · '));
  customerStory(b, ctx, sub);
  if (has(c.contacts)) {
    b.section(sub, 'sec.contacts');
    b.table(
      ['name', 'role', 'col.contact'],
      c.contacts.map((x) => [x.name, x.role, [x.email, x.phone].filter(Boolean).join(', ')]),
      [3, 3, 4],
    );
  }
}
