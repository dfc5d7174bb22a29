import type { Language, Proposal } from '../model';
import { schedulePlan } from '../schedule/index';
import { customerView } from './customerView';
import { neutraliseModel } from '../text/controls';
import type { DocumentKind } from './documentModel';
import { riskRegister, taskTable, traceabilityMatrix, type DataTable } from './tables';

/**
 * The spreadsheet side of the exports (CSV, XLSX): the risk register, the requirements traceability
 * matrix and the task list, for procurement and PMO teams. Built from the customer view like every
 * other export. Which documents have a tabular form: tabularKinds in documentModel.ts.
 */
export function tablesFor(kind: DocumentKind, proposal: Proposal, lang?: Language): DataTable[] {
  const p = neutraliseModel(customerView(proposal));
  const l: Language = lang ?? (p.proposal?.language === 'zh-CN' ? 'zh-CN' : 'en');
  switch (kind) {
    case 'risks': return [riskRegister(p, l)];
    case 'requirements': return [traceabilityMatrix(p, l)];
    case 'plan': return [taskTable(p, schedulePlan(p), l)];
    case 'proposal': return [traceabilityMatrix(p, l), taskTable(p, schedulePlan(p), l), riskRegister(p, l)];
    case 'demo': return [];
  }
}
