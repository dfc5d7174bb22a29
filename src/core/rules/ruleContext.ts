import type { Code } from '../codes';
import type { Diagnostic } from '../diagnostic';
import type { ModelIdIndex } from '../idIndex';
import type { ValuePath } from '../locate';
import type { Localized } from '../messages/localize';
import type { Proposal } from '../model';
import type { CostRollup, Schedule } from '../schedule/types';

/** What a rule says; check.ts turns the path into a range and the code into a severity. */
export interface RuleReport {
  code: Code;
  path: ValuePath;
  /** `key` points at the key of the last path segment instead of its value. */
  part?: 'value' | 'key';
  /** An exact range in the source text instead of a path (characters inside a value or a comment). */
  span?: { offset: number; length: number };
  message: Localized;
  data?: Diagnostic['data'];
}

/** Everything a rule may read, computed once per check (rules must stay linear in the file size). */
export interface RuleContext {
  /** The source text, for rules about characters rather than values. */
  text: string;
  proposal: Proposal;
  schedule: Schedule;
  cost: CostRollup;
  ids: ModelIdIndex;
  /** Likelihood x impact at or above this is a high risk. */
  highRiskThreshold: number;
  report(r: RuleReport): void;
  /** 1-based source line of a path, for messages that point at another place in the file. */
  lineOf(path: ValuePath): number;
}

export type Rule = (ctx: RuleContext) => void;

/** Where to put a diagnostic about an item: its id when it has one, else the item itself. */
export function itemPath(base: ValuePath, item: { id?: string }): ValuePath {
  return item.id ? [...base, 'id'] : base;
}

/** The name to show for an item with an optional id. */
export function labelOf(item: { id?: string }, fallback: string): string {
  return item.id ?? fallback;
}
