// What the editor knows about a proposal after its latest check. Owned by ProposalStore; read by
// the language features and the preview instead of checking again.
import type { Diagnostic } from '../../core/diagnostic';
import type { ModelIdEntry, ModelIdIndex } from '../../core/idIndex';
import type { Language, Proposal } from '../../core/model';
import type { CostRollup, Schedule } from '../../core/schedule/types';
import type { CheckDetails, PreviewRender, WireCheckResult, WireIdIndex } from '../../protocol/checkMessages';

/**
 * One check result. `diagnostics` is ready at once; `proposal`, `schedule`, `cost` and `ids` are
 * decoded from the worker's JSON on first read (a few ms at 10k lines, paid only by features that
 * use them), then kept. Treat everything as read-only: it is shared by all features.
 */
export class CheckSnapshot {
  private details: { proposal: Proposal; schedule: Schedule; cost: CostRollup; ids: ModelIdIndex } | undefined;

  constructor(
    /** `uri.toString()` of the document or file. */
    readonly key: string,
    /** Document version the result belongs to (negative for a file checked from disk). */
    readonly version: number,
    private readonly wire: WireCheckResult,
  ) {}

  get diagnostics(): readonly Diagnostic[] {
    return this.wire.diagnostics;
  }
  /** The language the messages are in. */
  get language(): Language {
    return this.wire.language;
  }
  get checkMs(): number {
    return this.wire.checkMs;
  }
  /** The preview's render of this version; only while a preview showed the document when the check started. */
  get preview(): PreviewRender | undefined {
    return this.wire.preview;
  }
  get proposal(): Proposal {
    return this.decoded().proposal;
  }
  get schedule(): Schedule {
    return this.decoded().schedule;
  }
  get cost(): CostRollup {
    return this.decoded().cost;
  }
  get ids(): ModelIdIndex {
    return this.decoded().ids;
  }

  private decoded(): { proposal: Proposal; schedule: Schedule; cost: CostRollup; ids: ModelIdIndex } {
    if (!this.details) {
      const d = JSON.parse(this.wire.detailsJson) as CheckDetails;
      const byId = new Map(d.schedule.tasks.map((t) => [t.id, t]));
      this.details = { proposal: d.proposal, schedule: { ...d.schedule, byId }, cost: d.cost, ids: reviveIds(d.ids) };
    }
    return this.details;
  }
}

/** The ModelIdIndex with its `entries` Map rebuilt from the two lists. */
function reviveIds(wire: WireIdIndex): ModelIdIndex {
  const entries = new Map<string, ModelIdEntry>();
  const entry = (id: string): ModelIdEntry => {
    let e = entries.get(id);
    if (!e) {
      e = { id, definitions: [], references: [] };
      entries.set(id, e);
    }
    return e;
  };
  for (const d of wire.definitions) entry(d.id).definitions.push(d);
  for (const r of wire.references) entry(r.id).references.push(r);
  return { entries, definitions: wire.definitions, references: wire.references };
}
