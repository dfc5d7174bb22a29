import type { Span } from '../locate';
import type { Language } from '../model';
import { pick } from '../messages/localize';
import { owningEntityPath, pathPattern } from '../entities';
import type { SourceIdIndex } from './idIndex';
import { MSG, format } from './messages';
import { numberField, valueAt } from './valueAt';
import { riskLevel, riskScore, type RiskLevel } from '../risk';

export interface Lens {
  /** The entity's id (a lens sits on it). */
  span: Span;
  id: string;
  title: string;
  /** For requirements: where it is used, so a click can list them. */
  locations: Span[];
}

export interface LensOptions {
  lang: Language;
  highRiskThreshold?: number;
}

export { riskLevel, type RiskLevel } from '../risk';

export function riskLevelLabel(level: RiskLevel, lang: Language): string {
  return pick(level === 'high' ? MSG.levelHigh : level === 'medium' ? MSG.levelMedium : MSG.levelLow, lang);
}

/** How many components, tasks and demo scenarios use each requirement; the score of each risk. */
export function codeLenses(index: SourceIdIndex, value: unknown, options: LensOptions): Lens[] {
  const { lang } = options;
  const lenses: Lens[] = [];
  for (const def of index.definitions) {
    if (def.kind === 'requirement') {
      const users = { component: new Set<string>(), task: new Set<string>(), demo: new Set<string>() };
      const refs = index.referencesTo(def.id).filter((r) => r.target === 'requirement');
      for (const r of refs) {
        const owner = owningEntityPath(r.path);
        if (!owner) continue;
        const key = JSON.stringify(owner);
        const pattern = pathPattern(owner);
        if (pattern === 'architecture.components.*') users.component.add(key);
        else if (pattern === 'plan.phases.*.tasks.*') users.task.add(key);
        else if (pattern === 'demo.scenarios.*') users.demo.add(key);
      }
      const title = [
        format(pick(MSG.lensComponents, lang), users.component.size),
        format(pick(MSG.lensTasks, lang), users.task.size),
        format(pick(MSG.lensDemos, lang), users.demo.size),
      ].join(' · ');
      lenses.push({ span: def.span, id: def.id, title, locations: refs.map((r) => r.span) });
    } else if (def.kind === 'risk') {
      const risk = valueAt(value, def.path);
      const score = riskScore({ likelihood: numberField(risk, 'likelihood'), impact: numberField(risk, 'impact') });
      if (score === undefined) continue;
      const level = riskLevelLabel(riskLevel(score, options.highRiskThreshold), lang);
      lenses.push({
        span: def.span,
        id: def.id,
        title: format(pick(MSG.lensScore, lang), score, level),
        locations: [],
      });
    }
  }
  return lenses;
}
