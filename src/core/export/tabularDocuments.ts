import { proposalLanguage } from '../messages/localize';
import type { Language, Proposal } from '../model';
import { highRiskThreshold } from '../risk';
import { customerRender } from './customerView';
import { neutraliseModel } from '../text/controls';
import type { DocumentKind } from './documentModel';
import { complianceTable } from '../sections/compliance';
import { riskRegister, taskTable, traceabilityMatrix, type DataTable } from './tables';

/**
 * The spreadsheet side of the exports (CSV, XLSX): the risk register, the requirements traceability
 * matrix and the task list, for procurement and PMO teams. Built from the customer view like every
 * other export (plan computed on the whole proposal, then hidden). Which documents have a tabular
 * form: `documents` in formats.ts.
 */
export interface TableOptions {
  /** Defaults to `proposal.language`, then English. */
  lang?: Language;
  /** Where high risk starts (colouring of the score column); default DEFAULT_HIGH_RISK_THRESHOLD. */
  highRiskThreshold?: number;
}

export function tablesFor(kind: DocumentKind, proposal: Proposal, options: TableOptions = {}): DataTable[] {
  const { p, schedule } = neutraliseModel(customerRender(proposal));
  const l: Language = options.lang ?? proposalLanguage(p);
  const threshold = highRiskThreshold(options.highRiskThreshold);
  switch (kind) {
    case 'risks':
      return [riskRegister(p, l, threshold)];
    case 'requirements':
      return [traceabilityMatrix(p, l)];
    case 'plan':
      return [taskTable(p, schedule, l)];
    case 'proposal':
      return [traceabilityMatrix(p, l), taskTable(p, schedule, l), riskRegister(p, l, threshold)];
    case 'demo':
    case 'deck':
      return [];
    case 'compliance':
      return [complianceTable(p, l)];
  }
}
