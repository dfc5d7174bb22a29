import * as assert from 'node:assert/strict';
import { toCsv } from '../../../src/core/export/csv';
import { buildDocument } from '../../../src/core/export/documents';
import type { Block, ExportDocument } from '../../../src/core/export/documentModel';
import { toMarkdown } from '../../../src/core/export/markdown';
import { tablesFor } from '../../../src/core/export/tabularDocuments';
import type { Proposal } from '../../../src/core/model';
import { deviationOf } from '../../../src/core/sections/compliance';

function proposal(language: 'en' | 'zh-CN'): Proposal {
  return {
    presales: '1.0',
    proposal: { title: 'Answers', language },
    requirements: [
      {
        id: 'R1',
        title: 'SSO',
        rfp: { id: '4.2.1', section: '4.2 Security', text: 'The system shall support SSO.', mark: '★', row: 7 },
        answer: { status: 'comply', exceeds: true, response: 'Azure AD **and** Okta.', refs: ['C1', 'SECRET-C'] },
      },
      {
        id: 'R2',
        title: 'Audit',
        rfp: { id: '4.2.2', section: '4.2 Security', text: 'All changes shall be logged.', row: 8 },
        answer: { status: 'roadmap', response: 'Release 5.1, Q3.' },
      },
      { id: 'R3', title: 'Reports', rfp: { id: '4.3.1', text: 'Monthly reports.', row: 9 } },
      {
        id: 'R4',
        title: 'Margin trick',
        internal: true,
        rfp: { id: '9.9', text: 'INTERNAL-REQ' },
        answer: { status: 'comply', response: 'INTERNAL-ANSWER' },
      },
      { id: 'R5', title: 'Not from the RFP' },
    ],
    architecture: {
      components: [
        { id: 'C1', name: 'Identity gateway', kind: 'gateway', satisfies: ['R1'] },
        { id: 'SECRET-C', name: 'INTERNAL-COMPONENT', kind: 'service', internal: true },
      ],
    },
  };
}

function table(blocks: Block[]): Extract<Block, { type: 'table' }> {
  const t = blocks.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
  assert.ok(t, 'a table');
  return t;
}

/** The compliance matrix of the proposal in `language`, held to its title, its columns and its rows' cell text. */
function matrixAs(
  language: 'en' | 'zh-CN',
  expected: { kindTitle: string; columns: string[]; rows: string[][] },
): ExportDocument {
  const doc = buildDocument('compliance', proposal(language));
  assert.equal(doc.kindTitle, expected.kindTitle);
  const t = table(doc.blocks);
  assert.deepEqual(t.columns, expected.columns);
  assert.deepEqual(
    t.rows.map((r) => r.map((c) => c.text)),
    expected.rows,
  );
  return doc;
}

describe('export: the compliance matrix', () => {
  it('maps statuses to 正偏离 / 无偏离 / 负偏离 as the schema documents', () => {
    assert.equal(deviationOf({ status: 'comply' }), 'deviationNone');
    assert.equal(deviationOf({ status: 'comply', exceeds: true }), 'deviationPositive');
    for (const status of ['partial', 'non-comply', 'alternative', 'roadmap'] as const)
      assert.equal(deviationOf({ status }), 'deviationNegative');
    assert.equal(deviationOf(undefined), undefined);
  });

  it('English: customer id, section, requirement, status, response, reference; only RFP items; nothing internal', () => {
    const doc = matrixAs('en', {
      kindTitle: 'Compliance Matrix',
      columns: ['Customer ID', 'Section', 'Requirement', 'Compliance', 'Response', 'Reference'],
      rows: [
        [
          '4.2.1',
          '4.2 Security',
          '★ The system shall support SSO.',
          'Fully compliant',
          'Azure AD and Okta.',
          'Identity gateway (C1)',
        ],
        ['4.2.2', '4.2 Security', 'All changes shall be logged.', 'On the roadmap', 'Release 5.1, Q3.', ''],
        ['4.3.1', '', 'Monthly reports.', 'Not answered', '', ''],
      ],
    });
    const md = toMarkdown(doc);
    assert.doesNotMatch(md, /INTERNAL|SECRET/);
  });

  it('Chinese: laid out as a 技术偏离表', () => {
    matrixAs('zh-CN', {
      kindTitle: '技术偏离表',
      columns: ['序号', '招标文件条目号', '招标技术要求', '投标响应', '偏离情况', '说明'],
      rows: [
        ['1', '4.2.1', '★ The system shall support SSO.', 'Azure AD and Okta.', '正偏离', 'Identity gateway (C1)'],
        ['2', '4.2.2', 'All changes shall be logged.', 'Release 5.1, Q3.', '负偏离', '规划中'],
        ['3', '4.3.1', 'Monthly reports.', '', '未应答', ''],
      ],
    });
  });

  it('CSV and XLSX carry the same rows', () => {
    const [sheet] = tablesFor('compliance', proposal('en'));
    assert.ok(sheet);
    const csv = toCsv(sheet);
    assert.match(csv, /^\uFEFFCustomer ID,Section,Requirement,Compliance,Response,Reference/);
    assert.equal(sheet.rows.length, 3);
    assert.doesNotMatch(csv, /INTERNAL|SECRET/);
  });

  it('says "none" for a proposal without RFP items', () => {
    const doc = buildDocument('compliance', { presales: '1.0', proposal: { title: 'X' } });
    assert.equal(
      doc.blocks.some((b) => b.type === 'table'),
      false,
    );
  });
});
