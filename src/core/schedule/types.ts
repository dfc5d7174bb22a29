import type { BudgetCategory, Id, IsoDate } from '../model';
import type { ValuePath } from '../locate';

/** Days since 1970-01-01 (UTC). All calendar arithmetic is on these integers: no time zones, no DST. */
export type DayNumber = number;

export interface ScheduledTask {
  id: Id;
  name: string;
  phaseId: Id | undefined;
  phaseName: string;
  /** First working day. For a milestone, start === end. */
  start: IsoDate;
  /** Last working day (inclusive). */
  end: IsoDate;
  startDay: DayNumber;
  endDay: DayNumber;
  /** Working days (0 for a milestone). */
  duration: number;
  /** Person-days. */
  effort: number;
  milestone: boolean;
  /** Has a fixed `start` in the file. */
  pinned: boolean;
  /** Earliest start allowed by its dependencies (may be after `start` when pinned too early). */
  earliestStartDay: DayNumber;
  /** Zero total float. */
  critical: boolean;
  /** Working days the task can slip without moving the plan end. */
  totalFloat: number;
  assignees: Id[];
  owner: Id | undefined;
  /** Where the task is in the file, e.g. ['plan','phases',0,'tasks',1]. */
  path: ValuePath;
  /** The task has no id in the file; `id` is generated (`_p<phase>_t<task>`, never a valid id, never referenced). */
  generatedId?: boolean;
  /** Ids of the tasks it depends on that exist (unknown ids dropped), including links cut to break a cycle. */
  predecessors?: Id[];
}

export interface WeeklyLoad {
  /** Monday of the ISO week. */
  weekStart: IsoDate;
  /** Percent of a full-time person (100 = five full working days in a five-day week). */
  percent: number;
  /** Person-days worked that week. */
  days?: number;
  /** Ids of the tasks that make up the load, in file order. */
  tasks?: Id[];
}

export interface PersonLoad {
  memberId: Id;
  weeks: WeeklyLoad[];
  /** The member's stated availability (allocation, default 100). */
  allocation: number;
}

export interface Schedule {
  tasks: ScheduledTask[];
  byId: ReadonlyMap<Id, ScheduledTask>;
  /** The plan's first working day (undefined when there are no tasks). */
  start: IsoDate | undefined;
  /** The last working day of any task. */
  end: IsoDate | undefined;
  /** Task ids on a zero-float chain, in schedule order. */
  criticalPath: Id[];
  /** Each cycle as the ids in order, first id repeated at the end: ["A","B","C","A"]. Tasks in a cycle are scheduled as if the back edge did not exist. */
  cycles: Id[][];
  load: PersonLoad[];
}

export interface CostRollup {
  currency: string;
  /** Effort x day rate from the plan (0 when budget.includeLabour is false). */
  labour: number;
  /** Budget lines by category (labour lines included under `labour`). */
  byCategory: Record<BudgetCategory, number>;
  /** Labour + lines before contingency. */
  subtotal: number;
  contingencyPercent: number;
  contingency: number;
  /** The full price, internal budget lines included: what the internal view shows. */
  total: number;
  /**
   * What the customer documents show: the same rollup without internal budget lines; labour is the
   * whole plan's (an internal member's work is still done and priced, only the name is hidden). `budget.cap` (PS212) is compared with `customer.total`.
   */
  customer: CustomerCost;
  cap: number | undefined;
  /** Labour cost per team member id. */
  labourByMember: Record<Id, number>;
}

/** The customer-facing part of a cost rollup; its categories add up to its `subtotal` too. */
export interface CustomerCost {
  labour: number;
  byCategory: Record<BudgetCategory, number>;
  subtotal: number;
  /** The same percentage as the full rollup, of the customer subtotal. */
  contingency: number;
  total: number;
}
