import { proposalLanguage } from '../messages/localize';
import type { Language, Proposal } from '../model';
import { highRiskThreshold } from '../risk';
import { customerRender } from './customerView';
import { DocumentBuilder, type DocumentContext } from './documentBuilder';
import type { ExportDocument, ProseDocumentKind } from './documentModel';
import { label, valueLabel } from './exportLabels';
import * as s from './sections';
import { neutraliseModel } from '../text/controls';

/**
 * Which sections each document kind has, in order. Every kind is customer-facing: the schedule and
 * costs are computed on the whole proposal, then the sections see only the customer's part of them
 * (customerRender).
 */
export interface BuildOptions {
  /** Defaults to `proposal.language`, then English. */
  lang?: Language;
  /** Where high risk starts (shading of the matrix and scores); default DEFAULT_HIGH_RISK_THRESHOLD. */
  highRiskThreshold?: number;
}

export function buildDocument(kind: ProseDocumentKind, proposal: Proposal, options: BuildOptions = {}): ExportDocument {
  const { p, schedule, cost } = neutraliseModel(customerRender(proposal));
  const lang: Language = options.lang ?? proposalLanguage(p);
  const ctx: DocumentContext = {
    p,
    schedule,
    cost,
    lang,
    highRiskThreshold: highRiskThreshold(options.highRiskThreshold),
    audience: 'customer',
    view: kind,
  };
  const b = new DocumentBuilder(lang);
  WRITERS[kind](b, ctx);
  const info = p.proposal ?? {};
  const cover: Array<[string, string]> = [];
  const fact = (key: Parameters<typeof label>[0], value: string | undefined): void => {
    if (value?.trim()) cover.push([label(key, lang), value]);
  };
  fact('cover.customer', p.customer?.name);
  fact('date', info.date);
  fact('cover.version', info.version);
  fact('cover.authors', (info.authors ?? []).join(', '));
  fact('status', info.status ? valueLabel(info.status, lang) : undefined);
  return {
    kind,
    lang,
    title: info.title?.trim() || label(`doc.${kind}`, lang),
    kindTitle: label(`doc.${kind}`, lang),
    subtitle: info.subtitle ?? '',
    cover,
    confidentiality: info.confidentiality?.trim() || label('cover.defaultConfidentiality', lang),
    // A one-page demo script or risk register reads better without a contents page.
    contents: kind === 'proposal' || kind === 'requirements' || kind === 'plan',
    blocks: b.blocks,
  };
}

type Writer = (b: DocumentBuilder, ctx: DocumentContext) => void;

const WRITERS: Record<ProseDocumentKind, Writer> = {
  proposal: (b, ctx) => {
    s.summarySection(b, ctx, 1);
    s.contextSection(b, ctx, 1);
    s.requirementsSection(b, ctx, 1, false);
    s.goalsSection(b, ctx, 1);
    s.solutionSection(b, ctx, 1);
    s.technologySection(b, ctx, 1);
    s.planSection(b, ctx, 1, false);
    s.teamSection(b, ctx, 1);
    s.budgetSection(b, ctx, 1);
    s.riskSection(b, ctx, 1, false);
    s.supportSection(b, ctx, 1);
    s.feasibilitySection(b, ctx, 1);
  },
  requirements: (b, ctx) => {
    s.contextSection(b, ctx, 1);
    s.requirementsSection(b, ctx, 1, true);
    s.goalsSection(b, ctx, 1);
    s.traceabilitySection(b, ctx, 1);
    s.questionsSection(b, ctx, 1);
    s.signOffSection(b, ctx, 1);
  },
  plan: (b, ctx) => {
    s.planSection(b, ctx, 1, true);
    s.criticalPathSection(b, ctx, 1);
    s.taskListSection(b, ctx, 1);
    s.teamSection(b, ctx, 1);
    s.teamLoadSection(b, ctx, 1);
    s.communicationSection(b, ctx, 1);
  },
  risks: (b, ctx) => {
    s.riskSection(b, ctx, 1, true);
  },
  demo: (b, ctx) => {
    s.demoSection(b, ctx, 1);
  },
  compliance: (b, ctx) => {
    s.complianceSection(b, ctx, 1);
  },
};
