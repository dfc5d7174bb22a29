/**
 * The proposal as the checker, scheduler, renderers and exporters see it: the plain value of a
 * `*.presales.yaml` file. `schemas/presales.schema.json` is the single source of truth for the
 * format; these types mirror it (keep them in step) so TypeScript code can read the value safely.
 * The enum arrays below are held to the schema by a test.
 *
 * Every field is optional here on purpose: the domain rules also run on documents that still have
 * schema errors (the user is typing), so code reading a Proposal must cope with anything missing.
 * Use `normalizeProposal` (./normalize.ts) to turn an untrusted `unknown` into this shape.
 */

/** Format version key at the top of every file (`presales: "1.0"`). */
export const FORMAT_VERSION = '1.0';

/*
 * Every enum of the format is one `as const` array below, in the schema's order; its type is derived
 * from it, the normalizer accepts exactly its values and the label tables (render/enumLabels.ts) are
 * keyed by it. test/unit/modelEnums.test.ts compares each array with the schema's `enum`, which
 * stays what validation uses.
 */

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
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
  /** The customer's RFP the requirements were imported from (presales import). */
  rfp?: RfpSource;
  goals?: Goal[];
  architecture?: Architecture;
  deployment?: Deployment;
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

export const PROPOSAL_STATUSES = ['draft', 'review', 'submitted', 'won', 'lost'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface ProposalInfo {
  title?: string;
  subtitle?: string;
  /** Document revision, e.g. "1.2". */
  version?: string;
  date?: IsoDate;
  language?: Language;
  status?: ProposalStatus;
  /** Who wrote it (our side). */
  authors?: string[];
  /** Printed on covers and footers. */
  confidentiality?: string;
  /** Markdown executive summary shown first in the proposal. */
  summary?: Markdown;
  /** Word template (.docx/.dotx) for the DOCX export, relative to this file. */
  template?: string;
}

export interface Contact {
  name?: string;
  role?: string;
  email?: string;
  phone?: string;
}

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

export const REQUIREMENT_TYPES = [
  'functional',
  'performance',
  'technical',
  'security',
  'compliance',
  'integration',
  'operational',
  'usability',
  'data',
] as const;
export type RequirementType = (typeof REQUIREMENT_TYPES)[number];
/** MoSCoW. */
export const PRIORITIES = ['must', 'should', 'could', 'wont'] as const;
export type Priority = (typeof PRIORITIES)[number];

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
  /** Where it stands in the customer's RFP (written by presales import). */
  rfp?: RequirementRfp;
  internal?: boolean;
  /** The answer to the customer's RFP item (schema `complianceAnswer`). */
  answer?: ComplianceAnswer;
}

/** How an offer meets one RFP requirement; a Chinese deviation table shows it as 偏离情况 (sections/compliance.ts). */
export const ANSWER_STATUSES = ['comply', 'partial', 'non-comply', 'alternative', 'roadmap'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export interface ComplianceAnswer {
  status?: AnswerStatus;
  /** Only with comply: beyond what is asked (正偏离). */
  exceeds?: boolean;
  response?: Markdown;
  /** Ids of components, tasks or demo scenarios, or section names. */
  refs?: string[];
  /** The requirement's rfp.textHash the answer was written against. */
  basis?: string;
}

export const RFP_MARKS = ['★', '▲'] as const;
export type RfpMark = (typeof RFP_MARKS)[number];

/** A requirement's place in the customer's RFP file: id and wording verbatim, and its row or table. */
export interface RequirementRfp {
  id?: string;
  section?: string;
  text?: string;
  mark?: RfpMark;
  /** 1-based: the sheet row (XLSX, CSV) or the row in its table (DOCX). */
  row?: number;
  /** DOCX: 1-based index of the table among the body's tables. */
  table?: number;
  /** DOCX prose: 1-based index of the paragraph in the body. */
  paragraph?: number;
  /** FNV-1a 32-bit, 8 lowercase hex, of the NFC-normalised, whitespace-collapsed text. */
  textHash?: string;
}

export const RFP_KINDS = ['xlsx', 'csv', 'docx'] as const;
export type RfpKind = (typeof RFP_KINDS)[number];
/** A column letter (XLSX, CSV) or a 1-based cell index (DOCX). */
export type RfpColumn = string | number;

export interface RfpColumns {
  id?: RfpColumn;
  section?: RfpColumn;
  text?: RfpColumn;
  priority?: RfpColumn;
  compliance?: RfpColumn;
  response?: RfpColumn;
  reference?: RfpColumn;
}

/** The customer's RFP file and how it was read. */
export interface RfpSource {
  /** As given, relative to the proposal file. */
  file?: string;
  kind?: RfpKind;
  sheet?: string;
  table?: number;
  headerRow?: number;
  columns?: RfpColumns;
  /** The customer's version label. */
  version?: string;
  importedAt?: IsoDate;
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

export const COMPONENT_KINDS = [
  'actor',
  'client',
  'gateway',
  'service',
  'database',
  'queue',
  'cache',
  'storage',
  'external',
  'network',
  'security',
  'monitoring',
  'ai',
  'batch',
  'device',
] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

/** `both` draws a two-way arrow. */
export const CONNECTION_DIRECTIONS = ['one-way', 'both'] as const;
export type ConnectionDirection = (typeof CONNECTION_DIRECTIONS)[number];

export interface Architecture {
  /** Markdown overview of the solution. */
  overview?: Markdown;
  zones?: Zone[];
  components?: Component[];
  connections?: Connection[];
  views?: ArchitectureView[];
}

export interface Zone {
  id?: Id;
  name?: string;
  description?: string;
}

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
  /** Free labels views select by. */
  tags?: string[];
  /** Deployment nodes it runs on. */
  deployedOn?: Placement[];
  internal?: boolean;
}

export interface Connection {
  from?: Id;
  to?: Id;
  protocol?: string;
  label?: string;
  direction?: ConnectionDirection;
  description?: string;
}

/* ---- Views and deployment: several views of the one architecture model, and where it runs. */

export const ARCHITECTURE_VIEW_LEVELS = ['context', 'containers', 'deployment'] as const;
export type ArchitectureViewLevel = (typeof ARCHITECTURE_VIEW_LEVELS)[number];

/** The kinds a view may select: the component kinds themselves (the schema repeats the enum there). */
export const VIEW_SELECTION_KINDS = COMPONENT_KINDS;

export interface ArchitectureView {
  id?: Id;
  title?: string;
  /** Default containers. */
  level?: ArchitectureViewLevel;
  description?: Markdown;
  select?: ViewSelection;
  /** Deployment views: deployment.environments[].id. */
  environment?: Id;
}

/** Filters written together all apply; any value inside one filter matches. */
export interface ViewSelection {
  zones?: Id[];
  kinds?: ComponentKind[];
  tags?: string[];
  around?: ViewAround;
  requirements?: Id[];
}

export interface ViewAround {
  component?: Id;
  /** Connection steps; default 1. */
  depth?: number;
}

export interface Placement {
  /** deployment.nodes[].id */
  node?: Id;
  /** Default 1. */
  instances?: number;
}

export const ENVIRONMENT_KINDS = ['production', 'dr', 'staging', 'test', 'development', 'training'] as const;
export type EnvironmentKind = (typeof ENVIRONMENT_KINDS)[number];

export const NODE_KINDS = [
  'region',
  'datacenter',
  'zone',
  'cluster',
  'server',
  'vm',
  'container',
  'appliance',
  'device',
  'network',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface Deployment {
  environments?: DeploymentEnvironment[];
  nodes?: DeploymentNode[];
}

export interface DeploymentEnvironment {
  id?: Id;
  name?: string;
  kind?: EnvironmentKind;
  description?: Markdown;
}

export interface DeploymentNode {
  id?: Id;
  name?: string;
  kind?: NodeKind;
  /** Left out under a parent: the parent's environment. */
  environment?: Id;
  parent?: Id;
  technology?: string;
  description?: Markdown;
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

export interface Alternative {
  name?: string;
  reason?: string;
}

/** Monday first, as ISO 8601 counts weekdays (the scheduler indexes them 0..6 in this order). */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Calendar {
  /** Default mon..fri. */
  workingDays?: Weekday[];
  holidays?: Holiday[];
  /** Extra working days that would otherwise be off (e.g. Chinese make-up Saturdays). */
  workingWeekends?: IsoDate[];
}

/** A single day or an inclusive range. */
export interface Holiday {
  date?: IsoDate;
  to?: IsoDate;
  name?: string;
}

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

/** Whose person a team member is. */
export const ORGANISATIONS = ['us', 'customer', 'partner'] as const;
export type Organisation = (typeof ORGANISATIONS)[number];

export interface TeamMember {
  id?: Id;
  name?: string;
  role?: string;
  organisation?: Organisation;
  skills?: string[];
  /** Percent of a full-time person available to the project (default 100). */
  allocation?: number;
  /** Cost per person-day in budget.currency. */
  dayRate?: number;
  email?: string;
  internal?: boolean;
}

export const RESOURCE_KINDS = ['environment', 'licence', 'hardware', 'cloud', 'tool', 'data', 'facility'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];
/** Who provides a technical resource. */
export const RESOURCE_PROVIDERS = ['us', 'customer', 'partner', 'vendor'] as const;
export type ResourceProvider = (typeof RESOURCE_PROVIDERS)[number];

export interface TechnicalResource {
  id?: Id;
  name?: string;
  kind?: ResourceKind;
  quantity?: number;
  provider?: ResourceProvider;
  neededBy?: IsoDate;
  description?: string;
}

export const BUDGET_CATEGORIES = [
  'labour',
  'hardware',
  'software',
  'licence',
  'cloud',
  'services',
  'travel',
  'training',
  'other',
] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];
export const RECURRENCES = ['once', 'monthly', 'yearly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

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
  recurring?: Recurrence;
  notes?: string;
  internal?: boolean;
}

export const RISK_CATEGORIES = [
  'technical',
  'implementation',
  'resource',
  'schedule',
  'commercial',
  'security',
  'compliance',
  'external',
] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export const RISK_STATUSES = ['open', 'mitigating', 'closed', 'occurred'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

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

export const CADENCES = ['daily', 'weekly', 'biweekly', 'monthly', 'per-milestone', 'ad-hoc'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface CommunicationItem {
  id?: Id;
  /** "Weekly status meeting". */
  name?: string;
  purpose?: string;
  cadence?: Cadence;
  channel?: string;
  /** Free names or team ids. */
  participants?: string[];
  /** Team member id. */
  owner?: Id;
}

export const QUESTION_STATUSES = ['open', 'answered', 'closed'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export interface OpenQuestion {
  id?: Id;
  question?: string;
  /** Who must answer (a person or organisation on the customer side). */
  askedTo?: string;
  /** Team member id chasing it. */
  owner?: Id;
  status?: QuestionStatus;
  answer?: Markdown;
  due?: IsoDate;
  related?: Id[];
}

export const TRAINING_FORMATS = ['onsite', 'online', 'documents', 'video', 'workshop'] as const;
export type TrainingFormat = (typeof TRAINING_FORMATS)[number];

export interface TrainingItem {
  id?: Id;
  topic?: string;
  audience?: string;
  format?: TrainingFormat;
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

export const SUPPORT_CHANNELS = ['phone', 'email', 'portal', 'chat', 'onsite', 'remote'] as const;
export type SupportChannelKind = (typeof SUPPORT_CHANNELS)[number];

export interface SupportChannel {
  channel?: SupportChannelKind;
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

export interface Warranty {
  months?: number;
  scope?: Markdown;
}
export interface Improvement {
  id?: Id;
  title?: string;
  description?: Markdown;
}

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

export const FEASIBILITY_DIMENSIONS = ['technical', 'market', 'economic', 'resources', 'schedule', 'legal'] as const;
export type FeasibilityDimension = (typeof FEASIBILITY_DIMENSIONS)[number];
export const FEASIBILITY_VERDICTS = ['go', 'conditional', 'no-go'] as const;
export type FeasibilityVerdict = (typeof FEASIBILITY_VERDICTS)[number];

export interface Feasibility {
  verdict?: FeasibilityVerdict;
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

export interface ValueProposition {
  id?: Id;
  title?: string;
  description?: Markdown;
  requirements?: Id[];
}
export interface Competitor {
  name?: string;
  strengths?: string;
  weaknesses?: string;
  ourAdvantage?: string;
}
