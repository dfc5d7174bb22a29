// What the editor knows about a proposal after its latest check. Owned by ProposalStore; read by
// the language features and the preview instead of checking again.
import type { Diagnostic } from '../../core/diagnostic';
import type { IdEntry, IdIndex } from '../../core/idIndex';
import type { Language, Proposal } from '../../core/model';
import type { CostRollup, Schedule } from '../../core/schedule/types';
import type { WireCheckResult, WireIdIndex } from '../../protocol/checkMessages';

export interface CheckSnapshot {
  /** `uri.toString()` of the document or file. */
  readonly key: string;
  /** Document version the result belongs to (negative for a file checked from disk). */
  readonly version: number;
  readonly proposal: Proposal;
  readonly schedule: Schedule;
  readonly cost: CostRollup;
  readonly diagnostics: readonly Diagnostic[];
  readonly ids: IdIndex;
  readonly language: Language;
  readonly checkMs: number;
}

/** Turns the worker's plain message back into the shapes core code expects (the Maps again). */
export function reviveCheck(key: string, version: number, wire: WireCheckResult): CheckSnapshot {
  const byId = new Map(wire.schedule.tasks.map((t) => [t.id, t]));
  return { key, version, proposal: wire.proposal, schedule: { ...wire.schedule, byId }, cost: wire.cost,
    diagnostics: wire.diagnostics, ids: reviveIds(wire.ids), language: wire.language, checkMs: wire.checkMs };
}

function reviveIds(wire: WireIdIndex): IdIndex {
  const entries = new Map<string, IdEntry>();
  const entry = (id: string): IdEntry => {
    let e = entries.get(id);
    if (!e) { e = { id, definitions: [], references: [] }; entries.set(id, e); }
    return e;
  };
  for (const d of wire.definitions) entry(d.id).definitions.push(d);
  for (const r of wire.references) entry(r.id).references.push(r);
  return { entries, definitions: wire.definitions, references: wire.references };
}
