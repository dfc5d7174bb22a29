/**
 * The proposal as the checker, scheduler, renderers and exporters see it: the plain value of a
 * `*.presales.yaml` file. `schemas/presales.schema.json` is the single source of truth for the
 * format; these types mirror it (keep them in step) so TypeScript code can read the value safely.
 *
 * Every field is optional here on purpose: the domain rules also run on documents that still have
 * schema errors (the user is typing), so code reading a Proposal must cope with anything missing.
 * Use `normalizeProposal` (./normalize.ts) to turn an untrusted `unknown` into this shape.
 */

/** Format version key at the top of every file (`presales: "1.0"`). */
export const FORMAT_VERSION = '1.0';

export type Language = 'en' | 'zh-CN';
/** ISO calendar date `YYYY-MM-DD`, always a string (the YAML core schema never makes Date objects). */
export type IsoDate = string;
/** Markdown text (CommonMark; raw HTML is never rendered). */
export type Markdown = string;
/** An entity id: letters, digits, `_`, `.`, `-`, starting with a letter (pattern in the schema). */
export type Id = string;

export interface Proposal {
  presales?: string;
  proposal?: ProposalInfo;
  customer?: Customer;
  requirements?: Requirement[];
  goals?: Goal[];
  architecture?: Architecture;
  technology?: TechnologyChoice[];
  plan?: Plan;
  team?: TeamMember[];
  resources?: TechnicalResource[];
  budget?: Budget;
  risks?: Risk[];
  communication?: CommunicationItem[];
  questions?: OpenQuestion[];
  training?: TrainingItem[];
  support?: Support;
  demo?: Demo;
  feasibility?: Feasibility;
  sales?: Sales;
}

export interface ProposalInfo {
  title?: string;
  subtitle?: string;
  /** Document revision, e.g. "1.2". */
  version?: string;
  date?: IsoDate;
  language?: Language;
  status?: 'draft' | 'review' | 'submitted' | 'won' | 'lost';
  /** Who wrote it (our side). */
  authors?: string[];
  /** Printed on covers and footers. */
  confidentiality?: string;
  /** Markdown executive summary shown first in the proposal. */
  summary?: Markdown;
}

export interface Contact { name?: string; role?: string; email?: string; phone?: string }

export interface Customer {
  name?: string;
  industry?: string;
  /** e.g. "2,000 employees, 12 plants". */
  size?: string;
  contacts?: Contact[];
  background?: Markdown;
  /** Why the customer is buying now. */
  drivers?: string[];
  currentState?: Markdown;
}

export type RequirementType =
  | 'functional' | 'performance' | 'technical' | 'security' | 'compliance'
  | 'integration' | 'operational' | 'usability' | 'data';
/** MoSCoW. */
export type Priority = 'must' | 'should' | 'could' | 'wont';

export interface Requirement {
  id?: Id;
  title?: string;
  type?: RequirementType;
  priority?: Priority;
  description?: Markdown;
  /** How the solution meets it. */
  solution?: Markdown;
  acceptance?: string[];
  /** Where it came from: a workshop, an RFP clause, a stakeholder. */
  source?: string;
  internal?: boolean;
}

export interface Goal {
  id?: Id;
  /** The Specific statement. */
  title?: string;
  description?: Markdown;
  /** Measurable: what is measured. */
  metric?: string;
  baseline?: string | number;
  target?: string | number;
  /** Time-bound. */
  deadline?: IsoDate;
  /** Relevant: the requirements it serves. */
  requirements?: Id[];
  /** Achievable: why it is realistic. */
  achievable?: Markdown;
}

export type ComponentKind =
  | 'actor' | 'client' | 'gateway' | 'service' | 'database' | 'queue' | 'cache' | 'storage'
  | 'external' | 'network' | 'security' | 'monitoring' | 'ai' | 'batch' | 'device';

export interface Architecture {
  /** Markdown overview of the solution. */
  overview?: Markdown;
  zones?: Zone[];
  components?: Component[];
  connections?: Connection[];
}

export interface Zone { id?: Id; name?: string; description?: string }

export interface Component {
  id?: Id;
  name?: string;
  kind?: ComponentKind;
  technology?: string;
  /** Zone id (architecture.zones). */
  zone?: Id;
  description?: Markdown;
  /** Requirement ids this component satisfies. */
  satisfies?: Id[];
  internal?: boolean;
}

export interface Connection {
  from?: Id;
  to?: Id;
  protocol?: string;
  label?: string;
  /** `both` draws a two-way arrow. */
  direction?: 'one-way' | 'both';
  description?: string;
}

export interface TechnologyChoice {
  id?: Id;
  /** What is being chosen: "Message broker". */
  area?: string;
  choice?: string;
  alternatives?: Alternative[];
  rationale?: Markdown;
  /** Component ids that use it. */
  components?: Id[];
  licence?: string;
}

export interface Alternative { name?: string; reason?: string }

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface Calendar {
  /** Default mon..fri. */
  workingDays?: Weekday[];
  holidays?: Holiday[];
  /** Extra working days that would otherwise be off (e.g. Chinese make-up Saturdays). */
  workingWeekends?: IsoDate[];
}

/** A single day or an inclusive range. */
export interface Holiday { date?: IsoDate; to?: IsoDate; name?: string }

export interface Plan {
  /** The first working day on or after this is day one of the project. */
  start?: IsoDate;
  calendar?: Calendar;
  phases?: Phase[];
}

export interface Phase {
  id?: Id;
  name?: string;
  description?: Markdown;
  tasks?: Task[];
}

/** `"T1"` or `{ task: T1, lag: 2 }` (lag in working days, negative = lead). Finish-to-start. */
export type Dependency = Id | { task?: Id; lag?: number };

export interface Task {
  id?: Id;
  name?: string;
  /** Working days. For a milestone 0 (and `milestone: true`). */
  duration?: number;
  /** Person-days; with no duration, duration = ceil(effort / number of assignees). */
  effort?: number;
  /** Team member id who answers for it. */
  owner?: Id;
  /** Team member ids doing the work (default: the owner). */
  assignees?: Id[];
  dependsOn?: Dependency[];
  /** Fixed start date: the task is pinned here (checked against its dependencies). */
  start?: IsoDate;
  milestone?: boolean;
  deliverables?: string[];
  /** Requirement ids this task delivers. */
  requirements?: Id[];
  description?: Markdown;
}

export interface TeamMember {
  id?: Id;
  name?: string;
  role?: string;
  organisation?: 'us' | 'customer' | 'partner';
  skills?: string[];
  /** Percent of a full-time person available to the project (default 100). */
  allocation?: number;
  /** Cost per person-day in budget.currency. */
  dayRate?: number;
  email?: string;
  internal?: boolean;
}

export type ResourceKind = 'environment' | 'licence' | 'hardware' | 'cloud' | 'tool' | 'data' | 'facility';

export interface TechnicalResource {
  id?: Id;
  name?: string;
  kind?: ResourceKind;
  quantity?: number;
  provider?: 'us' | 'customer' | 'partner' | 'vendor';
  neededBy?: IsoDate;
  description?: string;
}

export type BudgetCategory =
  | 'labour' | 'hardware' | 'software' | 'licence' | 'cloud' | 'services' | 'travel' | 'training' | 'other';

export interface Budget {
  /** ISO 4217 code, e.g. CNY, USD, EUR. */
  currency?: string;
  /** Contingency in percent of the subtotal (labour + lines). */
  contingency?: number;
  /** Optional upper limit the customer stated; the total must stay within it. */
  cap?: number;
  /** Add effort x day rate from the plan as labour (default true). */
  includeLabour?: boolean;
  lines?: BudgetLine[];
  /** Margin and pricing notes: INTERNAL, never exported. */
  internalNotes?: Markdown;
}

export interface BudgetLine {
  id?: Id;
  item?: string;
  category?: BudgetCategory;
  quantity?: number;
  unit?: string;
  unitCost?: number;
  recurring?: 'once' | 'monthly' | 'yearly';
  notes?: string;
  internal?: boolean;
}

export type RiskCategory =
  | 'technical' | 'implementation' | 'resource' | 'schedule' | 'commercial'
  | 'security' | 'compliance' | 'external';
export type RiskStatus = 'open' | 'mitigating' | 'closed' | 'occurred';

export interface Risk {
  id?: Id;
  title?: string;
  category?: RiskCategory;
  description?: Markdown;
  /** 1 (rare) .. 5 (almost certain). */
  likelihood?: number;
  /** 1 (negligible) .. 5 (severe). */
  impact?: number;
  /** Team member id. */
  owner?: Id;
  prevention?: Markdown;
  contingency?: Markdown;
  status?: RiskStatus;
  /** Ids of anything in the proposal: requirements, components, tasks... */
  related?: Id[];
  internal?: boolean;
}

export interface CommunicationItem {
  id?: Id;
  /** "Weekly status meeting". */
  name?: string;
  purpose?: string;
  cadence?: 'daily' | 'weekly' | 'biweekly' | 'monthly' | 'per-milestone' | 'ad-hoc';
  channel?: string;
  /** Free names or team ids. */
  participants?: string[];
  /** Team member id. */
  owner?: Id;
}

export interface OpenQuestion {
  id?: Id;
  question?: string;
  /** Who must answer (a person or organisation on the customer side). */
  askedTo?: string;
  /** Team member id chasing it. */
  owner?: Id;
  status?: 'open' | 'answered' | 'closed';
  answer?: Markdown;
  due?: IsoDate;
  related?: Id[];
}

export interface TrainingItem {
  id?: Id;
  topic?: string;
  audience?: string;
  format?: 'onsite' | 'online' | 'documents' | 'video' | 'workshop';
  /** Hours. */
  duration?: number;
  sessions?: number;
  description?: Markdown;
}

export interface Support {
  summary?: Markdown;
  channels?: SupportChannel[];
  sla?: ServiceLevel[];
  warranty?: Warranty;
  /** Continuous-improvement backlog after go-live. */
  improvements?: Improvement[];
}

export interface SupportChannel {
  channel?: 'phone' | 'email' | 'portal' | 'chat' | 'onsite' | 'remote';
  /** "9x5", "24x7". */
  hours?: string;
  contact?: string;
}

export interface ServiceLevel {
  severity?: string;
  description?: string;
  /** e.g. "30m", "4h", "1d". */
  response?: string;
  resolution?: string;
}

export interface Warranty { months?: number; scope?: Markdown }
export interface Improvement { id?: Id; title?: string; description?: Markdown }

export interface Demo {
  date?: IsoDate;
  audience?: string;
  environment?: string;
  /** Minutes. */
  duration?: number;
  agenda?: string[];
  scenarios?: DemoScenario[];
}

export interface DemoScenario {
  id?: Id;
  title?: string;
  /** Requirement ids the scenario shows. */
  requirements?: Id[];
  steps?: string[];
  /** Team member id. */
  presenter?: Id;
  /** Minutes. */
  duration?: number;
  /** The advantage to stress. */
  highlight?: string;
}

export type FeasibilityDimension = 'technical' | 'market' | 'economic' | 'resources' | 'schedule' | 'legal';

export interface Feasibility {
  verdict?: 'go' | 'conditional' | 'no-go';
  summary?: Markdown;
  dimensions?: FeasibilityAssessment[];
  /** Cost-benefit figures in budget.currency. */
  benefits?: { annualBenefit?: number; paybackMonths?: number; notes?: Markdown };
}

export interface FeasibilityAssessment {
  dimension?: FeasibilityDimension;
  /** 1 (poor) .. 5 (strong). */
  rating?: number;
  rationale?: Markdown;
}

export interface Sales {
  valuePropositions?: ValueProposition[];
  /** INTERNAL: never exported to a customer-facing document. */
  competitors?: Competitor[];
  /** INTERNAL negotiation notes. */
  negotiationNotes?: Markdown;
}

export interface ValueProposition { id?: Id; title?: string; description?: Markdown; requirements?: Id[] }
export interface Competitor { name?: string; strengths?: string; weaknesses?: string; ourAdvantage?: string }
