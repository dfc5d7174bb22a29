import type {
  Alternative,
  Architecture,
  ArchitectureView,
  Deployment,
  DeploymentEnvironment,
  DeploymentNode,
  Placement,
  ViewAround,
  ViewSelection,
  Budget,
  BudgetLine,
  Calendar,
  CommunicationItem,
  Competitor,
  ComplianceAnswer,
  Component,
  Connection,
  Contact,
  Customer,
  Demo,
  DemoScenario,
  Dependency,
  Feasibility,
  FeasibilityAssessment,
  Goal,
  Holiday,
  Improvement,
  OpenQuestion,
  Phase,
  Plan,
  Proposal,
  ProposalInfo,
  Requirement,
  RequirementRfp,
  RfpColumns,
  RfpSource,
  Risk,
  Sales,
  ServiceLevel,
  Support,
  SupportChannel,
  Task,
  TeamMember,
  TechnicalResource,
  TechnologyChoice,
  TrainingItem,
  ValueProposition,
  Warranty,
} from './model';
import {
  ANSWER_STATUSES,
  ARCHITECTURE_VIEW_LEVELS,
  ENVIRONMENT_KINDS,
  NODE_KINDS,
  BUDGET_CATEGORIES,
  CADENCES,
  COMPONENT_KINDS,
  CONNECTION_DIRECTIONS,
  FEASIBILITY_DIMENSIONS,
  FEASIBILITY_VERDICTS,
  LANGUAGES,
  ORGANISATIONS,
  PRIORITIES,
  PROPOSAL_STATUSES,
  QUESTION_STATUSES,
  RECURRENCES,
  REQUIREMENT_TYPES,
  RFP_KINDS,
  RFP_MARKS,
  RESOURCE_KINDS,
  RESOURCE_PROVIDERS,
  RISK_CATEGORIES,
  RISK_STATUSES,
  SUPPORT_CHANNELS,
  TRAINING_FORMATS,
  WEEKDAYS,
} from './model';

/**
 * Turns the untrusted parsed YAML value into the `Proposal` shape: every field of the wrong type is
 * dropped, so domain rules, the scheduler and the renderers never meet a string where a list belongs
 * while the user still has schema errors (the schema check reports those).
 *
 * Array indexes stay stable so a ValuePath built from the normalized value points at the same source
 * node: a non-object entry of an object list becomes `{}`, a non-string entry of a text or id list
 * becomes `''` (never a valid id, so rules skip it). Only lists of enum values (weekdays) are filtered.
 */
export function normalizeProposal(value: unknown): Proposal {
  return proposalReader(value) ?? {};
}

/** Reads one field; `undefined` means "wrong type, drop it". */
type Reader<T> = (v: unknown) => T | undefined;

/** One reader per property of T, so the compiler insists every field of the model is handled. */
type Shape<T> = { [K in keyof T]-?: Reader<Exclude<T[K], undefined>> };

type PlainObject = Record<string, unknown>;

function isPlainObject(v: unknown): v is PlainObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const text: Reader<string> = (v) => (typeof v === 'string' ? v : undefined);
/** Infinity and NaN (YAML `.inf`, `.nan`) are dropped: arithmetic on them would poison schedules and totals. */
const num: Reader<number> = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const flag: Reader<boolean> = (v) => (typeof v === 'boolean' ? v : undefined);
const textOrNum: Reader<string | number> = (v) => text(v) ?? num(v);

/** A value of one of the model's enums (model.ts): anything else is dropped. */
function oneOf<T extends string>(values: readonly T[]): Reader<T> {
  const allowed: ReadonlySet<string> = new Set(values);
  return (v) => (typeof v === 'string' && allowed.has(v) ? (v as T) : undefined);
}

/** A list whose wrong-typed entries are replaced by `filler()` so indexes keep matching the source. */
function listOf<T>(item: Reader<T>, filler: () => T): Reader<T[]> {
  return (v) => (Array.isArray(v) ? v.map((x: unknown) => item(x) ?? filler()) : undefined);
}

/** A list of enum values where position does not matter: wrong entries are simply left out. */
function setOf<T>(item: Reader<T>): Reader<T[]> {
  return (v) => {
    if (!Array.isArray(v)) return undefined;
    const out: T[] = [];
    for (const x of v) {
      const r = item(x);
      if (r !== undefined) out.push(r);
    }
    return out;
  };
}

const texts = listOf(text, () => '');

function record<T extends object>(shape: Shape<T>): Reader<T> {
  const keys = Object.keys(shape) as Array<keyof T & string>;
  return (v) => {
    if (!isPlainObject(v)) return undefined;
    const out: Partial<Record<keyof T, unknown>> = {};
    for (const key of keys) {
      // Own properties only: a YAML key such as `__proto__` or `constructor` must never leak in.
      if (!Object.prototype.hasOwnProperty.call(v, key)) continue;
      const read = shape[key] as Reader<unknown>;
      const r = read(v[key]);
      if (r !== undefined) out[key] = r;
    }
    return out as T;
  };
}

/** A list of records: a non-object entry becomes `{}` (every model field is optional). */
function records<T extends object>(shape: Shape<T>): Reader<T[]> {
  return listOf(record(shape), () => ({}) as T);
}

const proposalInfo = record<ProposalInfo>({
  title: text,
  subtitle: text,
  version: text,
  date: text,
  language: oneOf(LANGUAGES),
  status: oneOf(PROPOSAL_STATUSES),
  authors: texts,
  confidentiality: text,
  summary: text,
  template: text,
});

const contacts = records<Contact>({ name: text, role: text, email: text, phone: text });

const customer = record<Customer>({
  name: text,
  industry: text,
  size: text,
  contacts,
  background: text,
  drivers: texts,
  currentState: text,
});

const requirementRfp = record<RequirementRfp>({
  id: text,
  section: text,
  text,
  mark: oneOf(RFP_MARKS),
  row: num,
  table: num,
  paragraph: num,
  textHash: text,
});

const rfpColumn: Reader<string | number> = textOrNum;
const rfpSource = record<RfpSource>({
  file: text,
  kind: oneOf(RFP_KINDS),
  sheet: text,
  table: num,
  headerRow: num,
  columns: record<RfpColumns>({
    id: rfpColumn,
    section: rfpColumn,
    text: rfpColumn,
    priority: rfpColumn,
    compliance: rfpColumn,
    response: rfpColumn,
    reference: rfpColumn,
  }),
  version: text,
  importedAt: text,
});

const requirements = records<Requirement>({
  id: text,
  title: text,
  type: oneOf(REQUIREMENT_TYPES),
  priority: oneOf(PRIORITIES),
  description: text,
  solution: text,
  acceptance: texts,
  source: text,
  rfp: requirementRfp,
  internal: flag,
  answer: record<ComplianceAnswer>({
    status: oneOf(ANSWER_STATUSES),
    exceeds: flag,
    response: text,
    refs: texts,
    basis: text,
  }),
});

const goals = records<Goal>({
  id: text,
  title: text,
  description: text,
  metric: text,
  baseline: textOrNum,
  target: textOrNum,
  deadline: text,
  requirements: texts,
  achievable: text,
});

const architecture = record<Architecture>({
  overview: text,
  zones: records({ id: text, name: text, description: text }),
  components: records<Component>({
    id: text,
    name: text,
    kind: oneOf(COMPONENT_KINDS),
    technology: text,
    zone: text,
    description: text,
    satisfies: texts,
    tags: texts,
    deployedOn: records<Placement>({ node: text, instances: num }),
    internal: flag,
  }),
  connections: records<Connection>({
    from: text,
    to: text,
    protocol: text,
    label: text,
    direction: oneOf(CONNECTION_DIRECTIONS),
    description: text,
  }),
  views: records<ArchitectureView>({
    id: text,
    title: text,
    level: oneOf(ARCHITECTURE_VIEW_LEVELS),
    description: text,
    select: record<ViewSelection>({
      zones: texts,
      kinds: setOf(oneOf(COMPONENT_KINDS)),
      tags: texts,
      around: record<ViewAround>({ component: text, depth: num }),
      requirements: texts,
    }),
    environment: text,
  }),
});

const deployment = record<Deployment>({
  environments: records<DeploymentEnvironment>({
    id: text,
    name: text,
    kind: oneOf(ENVIRONMENT_KINDS),
    description: text,
  }),
  nodes: records<DeploymentNode>({
    id: text,
    name: text,
    kind: oneOf(NODE_KINDS),
    environment: text,
    parent: text,
    technology: text,
    description: text,
  }),
});

const technology = records<TechnologyChoice>({
  id: text,
  area: text,
  choice: text,
  alternatives: records<Alternative>({ name: text, reason: text }),
  rationale: text,
  components: texts,
  licence: text,
});

const calendar = record<Calendar>({
  workingDays: setOf(oneOf(WEEKDAYS)),
  holidays: records<Holiday>({ date: text, to: text, name: text }),
  workingWeekends: texts,
});

const dependencyObject = record<{ task?: string; lag?: number }>({ task: text, lag: num });
const dependency: Reader<Dependency> = (v) => text(v) ?? dependencyObject(v);

const tasks = records<Task>({
  id: text,
  name: text,
  duration: num,
  effort: num,
  owner: text,
  assignees: texts,
  dependsOn: listOf(dependency, () => ({})),
  start: text,
  milestone: flag,
  deliverables: texts,
  requirements: texts,
  description: text,
});

const plan = record<Plan>({
  start: text,
  calendar,
  phases: records<Phase>({ id: text, name: text, description: text, tasks }),
});

const team = records<TeamMember>({
  id: text,
  name: text,
  role: text,
  organisation: oneOf(ORGANISATIONS),
  skills: texts,
  allocation: num,
  dayRate: num,
  email: text,
  internal: flag,
});

const resources = records<TechnicalResource>({
  id: text,
  name: text,
  kind: oneOf(RESOURCE_KINDS),
  quantity: num,
  provider: oneOf(RESOURCE_PROVIDERS),
  neededBy: text,
  description: text,
});

const budget = record<Budget>({
  currency: text,
  contingency: num,
  cap: num,
  includeLabour: flag,
  internalNotes: text,
  lines: records<BudgetLine>({
    id: text,
    item: text,
    category: oneOf(BUDGET_CATEGORIES),
    quantity: num,
    unit: text,
    unitCost: num,
    recurring: oneOf(RECURRENCES),
    notes: text,
    internal: flag,
  }),
});

const risks = records<Risk>({
  id: text,
  title: text,
  category: oneOf(RISK_CATEGORIES),
  description: text,
  likelihood: num,
  impact: num,
  owner: text,
  prevention: text,
  contingency: text,
  status: oneOf(RISK_STATUSES),
  related: texts,
  internal: flag,
});

const communication = records<CommunicationItem>({
  id: text,
  name: text,
  purpose: text,
  cadence: oneOf(CADENCES),
  channel: text,
  participants: texts,
  owner: text,
});

const questions = records<OpenQuestion>({
  id: text,
  question: text,
  askedTo: text,
  owner: text,
  status: oneOf(QUESTION_STATUSES),
  answer: text,
  due: text,
  related: texts,
});

const training = records<TrainingItem>({
  id: text,
  topic: text,
  audience: text,
  format: oneOf(TRAINING_FORMATS),
  duration: num,
  sessions: num,
  description: text,
});

const support = record<Support>({
  summary: text,
  channels: records<SupportChannel>({ channel: oneOf(SUPPORT_CHANNELS), hours: text, contact: text }),
  sla: records<ServiceLevel>({ severity: text, description: text, response: text, resolution: text }),
  warranty: record<Warranty>({ months: num, scope: text }),
  improvements: records<Improvement>({ id: text, title: text, description: text }),
});

const demo = record<Demo>({
  date: text,
  audience: text,
  environment: text,
  duration: num,
  agenda: texts,
  scenarios: records<DemoScenario>({
    id: text,
    title: text,
    requirements: texts,
    steps: texts,
    presenter: text,
    duration: num,
    highlight: text,
  }),
});

const feasibility = record<Feasibility>({
  verdict: oneOf(FEASIBILITY_VERDICTS),
  summary: text,
  dimensions: records<FeasibilityAssessment>({
    dimension: oneOf(FEASIBILITY_DIMENSIONS),
    rating: num,
    rationale: text,
  }),
  benefits: record<NonNullable<Feasibility['benefits']>>({ annualBenefit: num, paybackMonths: num, notes: text }),
});

const sales = record<Sales>({
  valuePropositions: records<ValueProposition>({ id: text, title: text, description: text, requirements: texts }),
  competitors: records<Competitor>({ name: text, strengths: text, weaknesses: text, ourAdvantage: text }),
  negotiationNotes: text,
});

const proposalReader = record<Proposal>({
  presales: text,
  proposal: proposalInfo,
  customer,
  requirements,
  rfp: rfpSource,
  goals,
  architecture,
  deployment,
  technology,
  plan,
  team,
  resources,
  budget,
  risks,
  communication,
  questions,
  training,
  support,
  demo,
  feasibility,
  sales,
});
