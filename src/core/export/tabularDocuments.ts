import type { Language, Proposal } from '../model';
import { schedulePlan } from '../schedule/index';
import { customerView } from './customerView';
import type { DocumentKind } from './documentModel';
import { riskRegister, taskTable, traceabilityMatrix, type DataTable } from './tables';

/**
 * The spreadsheet side of the exports (CSV, XLSX): the risk register, the requirements traceability
 * matrix and the task list, for procurement and PMO teams. Built from the customer view like every
 * other export. A CSV holds one table, so it exists for the three tabular kinds; an XLSX of the whole
 * proposal holds all three as sheets. The demo script has no tabular form.
 */
export function tabularKinds(format: 'csv' | 'xlsx'): DocumentKind[] {
  return format === 'csv' ? ['requirements', 'plan', 'risks'] : ['proposal', 'requirements', 'plan', 'risks'];
}

export function tablesFor(kind: DocumentKind, proposal: Proposal, lang?: Language): DataTable[] {
  const p = customerView(proposal);
  const l: Language = lang ?? (p.proposal?.language === 'zh-CN' ? 'zh-CN' : 'en');
  switch (kind) {
    case 'risks': return [riskRegister(p, l)];
    case 'requirements': return [traceabilityMatrix(p, l)];
    case 'plan': return [taskTable(p, schedulePlan(p), l)];
    case 'proposal': return [traceabilityMatrix(p, l), taskTable(p, schedulePlan(p), l), riskRegister(p, l)];
    case 'demo': return [];
  }
}
