import type { Span } from '../locate';
import type { Language } from '../model';
import { pick } from '../messages/localize';
import type { Schedule } from '../schedule/types';
import { riskLevelLabel } from './codeLens';
import { riskLevel, riskScore } from '../risk';
import { cursorContext } from './cursorPath';
import { definitionsAt } from './definition';
import type { SourceIdDefinition, SourceIdIndex } from './idIndex';
import { KIND_LABELS, MSG, format } from './messages';
import { describe, enumValuesOf, schemaAt, type SchemaContext } from './schemaAt';
import { numberField, stringField, valueAt } from './valueAt';

export interface HoverInput {
  text: string;
  offset: number;
  /** The parsed value of `text` (for entity fields). */
  value: unknown;
  index: SourceIdIndex;
  schema: SchemaContext;
  lang: Language;
  /** The computed plan, for task dates (absent: dates are not shown). */
  schedule?: Schedule;
  highRiskThreshold?: number;
}

export interface HoverResult {
  markdown: string;
  span: Span;
}

/** Hover text: an id's entity summary, an enum value's meaning, or a key's schema description. */
export function hoverAt(input: HoverInput): HoverResult | undefined {
  const occurrence = input.index.occurrenceAt(input.offset);
  if (occurrence) {
    const defs = definitionsAt(input.index, input.offset);
    const def = defs[0];
    if (!def)
      return {
        markdown: format(pick(MSG.hoverUndefined, input.lang), escapeMarkdown(occurrence.id)),
        span: occurrence.span,
      };
    return { markdown: entitySummary(def, input), span: occurrence.span };
  }
  const ctx = cursorContext(input.text, input.offset);
  if (!ctx.word) return undefined;
  if (ctx.kind === 'key') {
    const schemas = schemaAt(input.schema, [...ctx.path, ctx.word]);
    const markdown = schemaMarkdown(describe(input.schema, schemas, input.lang));
    return markdown ? { markdown, span: ctx.span } : undefined;
  }
  const schemas = schemaAt(input.schema, ctx.path);
  const enumValue = enumValuesOf(input.schema, schemas, input.lang).find((e) => String(e.value) === ctx.word);
  if (enumValue?.description)
    return { markdown: `\`${escapeCode(ctx.word)}\`: ${enumValue.description}`, span: ctx.span };
  const markdown = schemaMarkdown(describe(input.schema, schemas, input.lang));
  return markdown ? { markdown, span: ctx.span } : undefined;
}

function schemaMarkdown(d: { title: string | undefined; description: string | undefined }): string | undefined {
  const parts = [d.title !== undefined ? `**${d.title}**` : undefined, d.description].filter((s): s is string => !!s);
  return parts.length ? parts.join('\n\n') : undefined;
}

function entitySummary(def: SourceIdDefinition, input: HoverInput): string {
  const { lang } = input;
  const entity = valueAt(input.value, def.path);
  const header = `**${escapeMarkdown(pick(KIND_LABELS[def.kind], lang))}** \`${escapeCode(def.id)}\`${def.name !== undefined ? ` — ${escapeMarkdown(def.name)}` : ''}`;
  const facts: string[] = [];
  const fact = (label: string, v: string | number | undefined): void => {
    if (v !== undefined && v !== '') facts.push(`${label}: ${typeof v === 'number' ? v : escapeMarkdown(v)}`);
  };
  const memberName = (id: string | undefined): string | undefined => {
    if (id === undefined) return undefined;
    const m = input.index.definitionsOf(id).find((d) => d.kind === 'member');
    return m?.name !== undefined ? `${m.name} (${id})` : id;
  };
  switch (def.kind) {
    case 'requirement':
      fact(pick(MSG.hoverPriority, lang), stringField(entity, 'priority'));
      fact(pick(MSG.hoverType, lang), stringField(entity, 'type'));
      break;
    case 'task': {
      const scheduled = input.schedule?.byId.get(def.id);
      if (scheduled) {
        facts.push(
          `${pick(MSG.hoverStart, lang)}: ${scheduled.start} · ${pick(MSG.hoverEnd, lang)}: ${scheduled.end} · ${format(pick(MSG.hoverDuration, lang), scheduled.duration)}`,
        );
        if (scheduled.milestone) facts.push(pick(MSG.hoverMilestone, lang));
        if (scheduled.critical) facts.push(`**${pick(MSG.hoverCritical, lang)}**`);
      } else if (input.schedule) {
        facts.push(pick(MSG.hoverNotScheduled, lang));
      }
      fact(pick(MSG.hoverOwner, lang), memberName(stringField(entity, 'owner')));
      break;
    }
    case 'risk': {
      const likelihood = numberField(entity, 'likelihood');
      const impact = numberField(entity, 'impact');
      if (likelihood !== undefined && impact !== undefined) {
        const score = riskScore({ likelihood, impact });
        if (score !== undefined)
          facts.push(
            format(
              pick(MSG.hoverScore, lang),
              likelihood,
              impact,
              score,
              riskLevelLabel(riskLevel(score, input.highRiskThreshold), lang),
            ),
          );
      }
      fact(pick(MSG.hoverOwner, lang), memberName(stringField(entity, 'owner')));
      break;
    }
    case 'member': {
      fact(pick(MSG.hoverRole, lang), stringField(entity, 'role'));
      facts.push(`${pick(MSG.hoverAllocation, lang)}: ${numberField(entity, 'allocation') ?? 100}%`);
      const rate = numberField(entity, 'dayRate');
      const currency = stringField(valueAt(input.value, ['budget']), 'currency');
      if (rate !== undefined)
        facts.push(`${pick(MSG.hoverDayRate, lang)}: ${rate}${currency ? ` ${escapeMarkdown(currency)}` : ''}`);
      break;
    }
    case 'component': {
      fact(pick(MSG.hoverKind, lang), stringField(entity, 'kind'));
      fact(pick(MSG.hoverTechnology, lang), stringField(entity, 'technology'));
      const zone = stringField(entity, 'zone');
      const zoneName =
        zone !== undefined ? input.index.definitionsOf(zone).find((d) => d.kind === 'zone')?.name : undefined;
      fact(
        pick(MSG.hoverZone, lang),
        zone !== undefined ? (zoneName !== undefined ? `${zoneName} (${zone})` : zone) : undefined,
      );
      break;
    }
    default:
      break;
  }
  return facts.length ? `${header}\n\n${facts.map((f) => `- ${f}`).join('\n')}` : header;
}

/** User text shown in markdown must not become links, emphasis or HTML. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

function escapeCode(s: string): string {
  return s.replace(/`/g, "'");
}
