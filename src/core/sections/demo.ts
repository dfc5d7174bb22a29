import type { Demo, DemoScenario } from '../model';
import type { DocumentBuilder, DocumentContext } from '../export/documentBuilder';
import type { Inline } from '../export/documentModel';
import { label } from '../export/exportLabels';
import { memberName } from '../export/tables';
import { entries, idParts } from './columns';

type Level = 1 | 2 | 3;

const has = <T>(a: T[] | undefined): a is T[] => Array.isArray(a) && a.length > 0;

/** Facts joined by " · ", the ones that are set. */
function facts(items: ReadonlyArray<Inline[] | undefined>): Inline[] {
  return items
    .filter((x): x is Inline[] => x !== undefined)
    .flatMap((x, i) => (i === 0 ? x : [{ kind: 'text' as const, text: ' · ' }, ...x]));
}

const plainText = (parts: Inline[]): string =>
  parts.map((p) => ('text' in p ? p.text : p.kind === 'break' ? '\n' : '')).join('');

function previewScenario(b: DocumentBuilder, ctx: DocumentContext, level: Level, s: DemoScenario, index: number): void {
  const { lang } = ctx;
  b.within({ cls: 'scenario', id: `scenario-${s.id ?? ''}`, path: ['demo', 'scenarios', index] }, () => {
    b.heading(level, [s.id, s.title].filter(Boolean).join(' '), {
      parts: [
        { kind: 'code', text: s.id ?? '' },
        { kind: 'text', text: ` ${s.title ?? ''}` },
      ],
    });
    const requirements = Array.isArray(s.requirements)
      ? s.requirements.filter((x): x is string => typeof x === 'string')
      : [];
    const meta = facts([
      s.presenter ? [{ kind: 'text', text: `${label('presenter', lang)}: ${s.presenter}` }] : undefined,
      typeof s.duration === 'number' ? [{ kind: 'text', text: label('minutes', lang, { 0: s.duration }) }] : undefined,
      requirements.length
        ? [{ kind: 'text', text: `${label('requirements', lang)}: ` }, ...idParts(requirements)]
        : undefined,
    ]);
    b.push({ type: 'paragraph', text: plainText(meta), parts: meta, cls: 'meta' });
    b.list(s.steps, true);
    if (s.highlight)
      b.push({
        type: 'paragraph',
        text: `${label('highlight', lang)}: ${s.highlight}`,
        cls: 'highlight',
        parts: [
          { kind: 'strong', text: `${label('highlight', lang)}:` },
          { kind: 'text', text: ` ${s.highlight}` },
        ],
      });
  });
}

/** The preview: the demo's facts on one line, the agenda, each scenario in a box the author can click back to. */
function previewDemo(b: DocumentBuilder, ctx: DocumentContext, level: Level, d: Demo): void {
  const { lang } = ctx;
  const sub: Level = level === 1 ? 2 : 3;
  b.section(level, 'demo');
  const line = facts([
    d.date ? [{ kind: 'text', text: `${label('date', lang)}: ${d.date}` }] : undefined,
    d.audience ? [{ kind: 'text', text: `${label('audience', lang)}: ${d.audience}` }] : undefined,
    d.environment ? [{ kind: 'text', text: `${label('environment', lang)}: ${d.environment}` }] : undefined,
    typeof d.duration === 'number'
      ? [{ kind: 'text', text: `${label('duration', lang)}: ${label('minutes', lang, { 0: d.duration })}` }]
      : undefined,
  ]);
  if (line.length) b.push({ type: 'paragraph', text: plainText(line), parts: line, cls: 'meta' });
  if (has(d.agenda)) {
    b.section(sub, 'agenda');
    b.within({ path: ['demo', 'agenda'] }, () => b.list(d.agenda));
  }
  for (const [s, i] of entries(d.scenarios)) previewScenario(b, ctx, sub, s, i);
}

/** A document: the overview facts, the agenda, then each scenario with its presenter, minutes, requirements, highlight and steps. */
function printedDemo(b: DocumentBuilder, { p, lang }: DocumentContext, level: Level): void {
  const d = p.demo;
  b.section(level, 'sec.demoOverview');
  if (!d) {
    b.none();
    return;
  }
  b.paragraph(
    label('misc.demoFacts', lang, {
      date: d.date ?? '—',
      audience: d.audience ?? '—',
      duration: d.duration ?? '—',
      environment: d.environment ?? '—',
    }),
  );
  if (has(d.agenda)) {
    b.section(level, 'agenda');
    b.list(d.agenda, true);
  }
  if (!has(d.scenarios)) return;
  b.section(level, 'sec.scenarios');
  const reqTitle = (id: string): string => {
    const r = p.requirements?.find((x) => x.id === id);
    return r?.title ? `${id} ${r.title}` : id;
  };
  const sub: Level = level === 1 ? 2 : 3;
  for (const s of d.scenarios) {
    b.heading(sub, [s.id, s.title].filter(Boolean).join(' '));
    b.table(
      ['presenter', 'col.minutes', 'col.requirements', 'highlight'],
      [[memberName(p, s.presenter), s.duration, (s.requirements ?? []).map(reqTitle).join('\n'), s.highlight]],
      [3, 2, 6, 5],
    );
    if (has(s.steps)) {
      b.paragraph(label('steps', lang), 'caption');
      b.list(s.steps, true);
    }
  }
}

/** The demo: the preview's working view of it, or the printed demo script (a document always has its overview heading). */
export function demoSection(b: DocumentBuilder, ctx: DocumentContext, level: Level): void {
  if (ctx.view !== 'preview') {
    printedDemo(b, ctx, level);
    return;
  }
  const d = ctx.p.demo;
  if (d && typeof d === 'object') previewDemo(b, ctx, level, d);
}
