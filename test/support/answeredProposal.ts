// A proposal holding the requirements an import of an RFP fixture gives, with an answer on each:
// the write-back tests (unit, CLI, LibreOffice) and the benchmark start from it.
import { stringify } from 'yaml';
import type { AnswerStatus, ComplianceAnswer, Proposal, Requirement } from '../../src/core/model';
import type { RfpFixture } from './rfpFixtures';

export const STATUSES: readonly AnswerStatus[] = ['comply', 'partial', 'non-comply', 'alternative', 'roadmap'];

export function answeredProposal(
  f: RfpFixture,
  language: 'en' | 'zh-CN',
  answer: (i: number) => ComplianceAnswer,
): Proposal {
  return {
    presales: '1.0',
    proposal: { title: 'Answers', language },
    rfp: {
      file: f.name,
      kind: f.name.endsWith('.docx') ? 'docx' : 'xlsx',
      ...(f.sheet ? { sheet: f.sheet } : {}),
      headerRow: f.headerRow,
      columns: f.columns,
    },
    requirements: f.requirements.map((r, i): Requirement => ({
      id: `R${i + 1}`,
      title: r.text.slice(0, 40),
      rfp: {
        id: r.id,
        text: r.text,
        row: r.row,
        ...(r.table ? { table: r.table } : {}),
        ...(r.section ? { section: r.section } : {}),
      },
      answer: answer(i),
    })),
    architecture: { components: [{ id: 'C1', name: 'Contact centre', kind: 'service', satisfies: ['R1'] }] },
  };
}

/** The same proposal as the YAML a user's file holds. */
export function answeredYaml(p: Proposal): string {
  return stringify(p, { lineWidth: 0 });
}
