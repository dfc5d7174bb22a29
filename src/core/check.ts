import { isAlias, isScalar, visit } from 'yaml';
import { severityOf, type Code } from './codes';
import type { Diagnostic } from './diagnostic';
import { buildModelIdIndex, type ModelIdIndex } from './idIndex';
import { Locator, type Span, type ValuePath } from './locate';
import { pick, type Localized } from './messages/localize';
import { ruleMessages, yamlProblemText } from './messages/ruleMessages';
import { BUDGET_CATEGORIES, type BudgetCategory, type Language, type Proposal } from './model';
import { normalizeProposal } from './normalize';
import { offsetsToRange, parseProposalText, type ParsedProposal, type SyntaxProblem } from './parse';
import { RULES, type Rule, type RuleContext, type RuleReport } from './rules';
import { rollupCost, schedulePlan } from './schedule';
import type { CostRollup, Schedule } from './schedule/types';
import { checkSchema } from './schemaCheck';
import { highRiskThreshold } from './risk';

export interface CheckOptions {
  /** Language of the messages; default: the proposal's own `proposal.language`, else English. */
  language?: Language;
  /** Likelihood x impact at or above this is a high risk (PS209). Default 15. */
  highRiskThreshold?: number;
  /** Parses the text; default `parseProposalText`. The editor passes its per-document ProposalParser. */
  parse?: (text: string) => ParsedProposal;
}

export interface CheckResult {
  parsed: ParsedProposal;
  proposal: Proposal;
  schedule: Schedule;
  cost: CostRollup;
  /** Sorted by offset. */
  diagnostics: Diagnostic[];
  /** Every id definition and reference (reusable for go to definition, references, rename). */
  ids: ModelIdIndex;
  /** The language the messages were written in. */
  language: Language;
  /** The high-risk threshold this check graded risks by: the preview and exports grade by it too. */
  highRiskThreshold: number;
}

export { DEFAULT_HIGH_RISK_THRESHOLD } from './risk';

/**
 * The whole check of one `*.presales.yaml` text: YAML syntax (PS0xx), the JSON Schema (PS1xx), then
 * the domain rules (PS2xx) on the normalized value and its schedule. Never throws: a failure inside
 * any stage becomes a PS900 diagnostic at the start of the file and the other stages still run.
 */
export function checkProposal(text: string, options: CheckOptions = {}): CheckResult {
  return checkProposalWith(text, options, RULES);
}

/** checkProposal with a chosen rule list: lets tests prove a failing rule becomes PS900, not an exception. */
export function checkProposalWith(
  text: string,
  options: CheckOptions,
  rules: ReadonlyArray<{ name: string; run: Rule }>,
): CheckResult {
  const internal: Array<{ stage: string; error: unknown }> = [];
  const guard = <T>(stage: string, run: () => T, fallback: () => T): T => {
    try {
      return run();
    } catch (error: unknown) {
      internal.push({ stage, error });
      return fallback();
    }
  };

  const parse = options.parse ?? parseProposalText;
  const parsed = guard(
    'parse',
    () => parse(text),
    () => parseProposalText(''),
  );
  const proposal = guard(
    'normalize',
    () => normalizeProposal(parsed.value),
    (): Proposal => ({}),
  );
  const language: Language = options.language ?? proposal.proposal?.language ?? 'en';
  const threshold = highRiskThreshold(options.highRiskThreshold);
  const textLength = parsed.text.length;
  const diagnostics: Diagnostic[] = [];
  const push = (
    code: Code | string,
    span: Span,
    message: Localized | string,
    data?: Diagnostic['data'],
    severity = severityOf(code),
  ): void => {
    const offset = clamp(span.offset, 0, textLength);
    const end = clamp(span.offset + span.length, offset, textLength);
    diagnostics.push({
      code,
      severity,
      range: offsetsToRange(parsed.lineCounter, offset, end),
      message: typeof message === 'string' ? message : pick(message, language),
      offset,
      length: end - offset,
      ...(data ? { data } : {}),
    });
  };

  const keys = keySpans(parsed);
  for (const problem of parsed.syntaxErrors)
    guard(
      'syntax',
      () => pushSyntaxProblem(parsed, problem, push, keys),
      () => undefined,
    );
  const schemaDiagnostics = guard(
    'schema',
    () => checkSchema(parsed, language),
    (): Diagnostic[] => [],
  );
  for (const d of schemaDiagnostics) diagnostics.push(clampDiagnostic(d, parsed));

  const schedule = guard('schedule', () => schedulePlan(proposal), emptySchedule);
  const cost = guard(
    'cost',
    () => rollupCost(proposal, schedule),
    () => emptyCost(proposal),
  );
  const ids = guard(
    'ids',
    () => buildModelIdIndex(proposal),
    (): ModelIdIndex => ({ entries: new Map(), definitions: [], references: [] }),
  );

  const locator = new Locator(parsed.document);
  const locatePath = (path: ValuePath, part: 'value' | 'key' = 'value'): Span => locator.locate(path, part);
  const ctx: RuleContext = {
    text: parsed.text,
    proposal,
    schedule,
    cost,
    ids,
    highRiskThreshold: threshold,
    report: (r: RuleReport) => push(r.code, r.span ?? locatePath(r.path, r.part), r.message, r.data),
    lineOf: (path) => parsed.lineCounter.linePos(clamp(locatePath(path).offset, 0, textLength)).line,
  };
  for (const rule of rules)
    guard(
      `rule ${rule.name}`,
      () => rule.run(ctx),
      () => undefined,
    );

  for (const { stage, error } of internal) {
    const detail = error instanceof Error ? error.message : String(error);
    push('PS900', { offset: 0, length: 0 }, ruleMessages.internalError(stage, detail), { stage });
  }
  diagnostics.sort((a, b) => a.offset - b.offset || a.length - b.length || compareText(a.code, b.code));
  return { parsed, proposal, schedule, cost, diagnostics, ids, language, highRiskThreshold: threshold };
}

type Push = (
  code: Code,
  span: Span,
  message: Localized,
  data?: Diagnostic['data'],
  severity?: Diagnostic['severity'],
) => void;

function pushSyntaxProblem(
  parsed: ParsedProposal,
  problem: SyntaxProblem,
  push: Push,
  keys: () => ReadonlyMap<number, Span>,
): void {
  if (problem.yamlCode === 'MULTIPLE_DOCUMENTS') {
    push('PS002', problem, ruleMessages.secondDocument());
  } else if (problem.yamlCode === 'VALUE_NOT_BUILT') {
    push('PS003', firstAlias(parsed) ?? problem, ruleMessages.valueNotBuilt(problem.message));
  } else {
    const explained = yamlProblemText[problem.yamlCode];
    const detail: Localized = explained
      ? // The library's own message is English only: it adds detail in English, the Chinese text stands alone.
        { en: `${explained.en} (${problem.message})`, 'zh-CN': explained['zh-CN'] }
      : { en: problem.message, 'zh-CN': problem.message };
    // yaml's own warnings (e.g. an unresolved tag) stay warnings rather than being promoted to errors.
    // yaml marks a duplicate key by its first character only; the whole key is the useful range.
    const span = problem.yamlCode === 'DUPLICATE_KEY' ? (keys().get(problem.offset) ?? problem) : problem;
    push('PS001', span, ruleMessages.syntaxError(detail), { yamlCode: problem.yamlCode }, problem.severity);
  }
}

/** Start offset -> span of every scalar map key, built once and only when a syntax error needs it. */
function keySpans(parsed: ParsedProposal): () => ReadonlyMap<number, Span> {
  let spans: Map<number, Span> | undefined;
  return () => {
    if (spans) return spans;
    const found = new Map<number, Span>();
    visit(parsed.document, {
      Pair(_key, pair) {
        if (isScalar(pair.key) && pair.key.range)
          found.set(pair.key.range[0], { offset: pair.key.range[0], length: pair.key.range[1] - pair.key.range[0] });
      },
    });
    spans = found;
    return found;
  };
}

/** Where an alias bomb starts: the first `*alias` in the document. */
function firstAlias(parsed: ParsedProposal): Span | undefined {
  let found: Span | undefined;
  visit(parsed.document, {
    Alias(_key, node) {
      if (isAlias(node) && node.range) {
        found = { offset: node.range[0], length: node.range[1] - node.range[0] };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** Schema diagnostics come from another module: re-derive their range from the clamped offsets. */
function clampDiagnostic(d: Diagnostic, parsed: ParsedProposal): Diagnostic {
  const n = parsed.text.length;
  const offset = clamp(d.offset, 0, n);
  const end = clamp(d.offset + d.length, offset, n);
  return { ...d, offset, length: end - offset, range: offsetsToRange(parsed.lineCounter, offset, end) };
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(n, lo), hi) : lo;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptySchedule(): Schedule {
  return { tasks: [], byId: new Map(), start: undefined, end: undefined, criticalPath: [], cycles: [], load: [] };
}

function emptyCost(p: Proposal): CostRollup {
  const byCategory = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, 0])) as Record<BudgetCategory, number>;
  return {
    currency: p.budget?.currency ?? '',
    labour: 0,
    byCategory,
    subtotal: 0,
    contingencyPercent: 0,
    contingency: 0,
    total: 0,
    customer: { labour: 0, byCategory: { ...byCategory }, subtotal: 0, contingency: 0, total: 0 },
    cap: p.budget?.cap,
    labourByMember: {},
  };
}
