import * as assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { checkProposal, type CheckResult } from '../../../src/core/check';
import { buildDocument } from '../../../src/core/export/documents';
import { toDocx } from '../../../src/core/export/docx';
import { tablesFor } from '../../../src/core/export/tabularDocuments';
import { toXlsx } from '../../../src/core/export/xlsx';
import { analyzeForEditor } from '../../../src/core/language/editorDocument';
import { hoverAt } from '../../../src/core/language/hover';
import { proposalSchema } from '../../../src/core/language/schemaSource';
import { riskLevel, riskScore, mediumBand } from '../../../src/core/risk';
import { starterProposal } from '../../../src/core/starter';
import { renderForPreview } from '../../../src/worker/previewRender';

// The starter's only risk, RK1, scores likelihood 3 x impact 4 = 12: medium by default, high at 12.
const TEXT = starterProposal('en', 'Threshold');

function unzipPart(bytes: Uint8Array, part: string): string {
  const entry = unzipSync(bytes, { filter: (f) => f.name === part })[part];
  if (!entry) throw new Error(`${part} is not in the file`);
  return strFromU8(entry);
}

function check(threshold?: number): CheckResult {
  const result = checkProposal(TEXT, threshold === undefined ? {} : { highRiskThreshold: threshold });
  assert.deepEqual(
    result.diagnostics.filter((d) => d.severity === 'error'),
    [],
    'the starter proposal has no errors',
  );
  return result;
}

/** The matrix cell of likelihood 3 x impact 4 and the register's score, as the preview draws them. */
function previewClasses(result: CheckResult): { cell: string; score: string } {
  const html = renderForPreview(result).sections.find((s) => s.key === 'risks')?.html ?? '';
  const cell = /<td class="risk-cell ([^"]+)" data-likelihood="3" data-impact="4">/.exec(html)?.[1] ?? '';
  const score = /<span class="score ([^"]+)">12<\/span>/.exec(html)?.[1] ?? '';
  return { cell, score };
}

/** The fill of the DOCX register row of RK1's score cell (bold "12"). */
async function docxScoreFill(threshold?: number): Promise<string | undefined> {
  const doc = buildDocument(
    'risks',
    check(threshold).proposal,
    threshold === undefined ? {} : { highRiskThreshold: threshold },
  );
  const xml = unzipPart(await toDocx(doc), 'word/document.xml');
  const row = xml
    .split('<w:tr>')
    .concat(xml.split('<w:tr '))
    .find((r) => r.includes('>RK1<') && r.includes('>12<'));
  assert.ok(row, 'the register row of RK1 is in word/document.xml');
  const cells = row.split('<w:tc>');
  const scoreCell = cells.find((c) => /<w:t[^>]*>12<\/w:t>/.test(c));
  return /w:fill="([0-9A-F]{6})"/.exec(scoreCell ?? '')?.[1];
}

/** The matrix cell (likelihood 3, impact 4) in the DOCX: the row whose first cell is "3", fifth column. */
async function docxMatrixFill(threshold?: number): Promise<string | undefined> {
  const doc = buildDocument(
    'risks',
    check(threshold).proposal,
    threshold === undefined ? {} : { highRiskThreshold: threshold },
  );
  const table = doc.blocks.find((b) => b.type === 'table' && b.rows.length === 5 && b.columns.length === 6);
  assert.ok(table && table.type === 'table', 'the risk matrix table');
  const row = table.rows.find((r) => r[0]?.text === '3');
  const fill = row?.[4]?.shade;
  const xml = unzipPart(await toDocx(doc), 'word/document.xml');
  assert.ok(fill !== undefined && xml.includes(`w:fill="${fill}"`), 'the matrix shade is written to word/document.xml');
  return fill;
}

/** The XLSX score column rules: which scores are red, as the conditional formatting says. */
async function xlsxHighFrom(threshold?: number): Promise<{ highAbove: number; fill: string }> {
  const tables = tablesFor(
    'risks',
    check(threshold).proposal,
    threshold === undefined ? {} : { highRiskThreshold: threshold },
  );
  const bytes = await toXlsx(tables, { title: 'Threshold' });
  const sheet = unzipPart(bytes, 'xl/worksheets/sheet1.xml');
  const styles = unzipPart(bytes, 'xl/styles.xml');
  const rule = /<cfRule type="cellIs" dxfId="(\d+)"[^>]*operator="greaterThan"[^>]*><formula>(\d+)<\/formula>/.exec(
    sheet,
  );
  assert.ok(
    rule,
    `a greaterThan rule in the sheet: ${sheet.slice(sheet.indexOf('<conditionalFormatting'), sheet.indexOf('</conditionalFormatting>'))}`,
  );
  const dxfs = (/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(styles)?.[1] ?? '').split('</dxf>');
  const dxf = dxfs[Number(rule[1])] ?? '';
  return { highAbove: Number(rule[2]), fill: /rgb="FF([0-9A-F]{6})"/.exec(dxf)?.[1] ?? '' };
}

function hoverLevel(threshold?: number): string {
  const editor = analyzeForEditor(TEXT);
  const offset = TEXT.indexOf('- id: RK1') + 7;
  const md =
    hoverAt({
      text: TEXT,
      offset,
      value: editor.parsed.value,
      index: editor.index,
      schema: proposalSchema(),
      lang: 'en',
      ...(threshold === undefined ? {} : { highRiskThreshold: threshold }),
    })?.markdown ?? '';
  return /= 12 \((\w+)\)/.exec(md)?.[1] ?? md;
}

describe('one risk module', () => {
  it('scores integers 1..5 only and bands low < 8 <= medium < threshold <= high', () => {
    assert.equal(riskScore({ likelihood: 3, impact: 4 }), 12);
    for (const bad of [0, 6, 2.5, undefined])
      assert.equal(riskScore({ likelihood: bad, impact: 4 }), undefined, String(bad));
    assert.deepEqual(
      [7, 8, 11, 12, 15].map((s) => riskLevel(s, 12)),
      ['low', 'medium', 'medium', 'high', 'high'],
    );
    assert.deepEqual(
      [7, 8, 14, 15].map((s) => riskLevel(s)),
      ['low', 'medium', 'medium', 'high'],
    );
    // A threshold at or below 8 leaves no medium band.
    assert.deepEqual(mediumBand(6), { from: 6, to: 6 });
    assert.deepEqual(
      [5, 6].map((s) => riskLevel(s, 6)),
      ['low', 'high'],
    );
  });
});

describe('threshold 12 makes a score-12 risk high everywhere', () => {
  it('in the preview matrix and register', () => {
    assert.deepEqual(previewClasses(check()), { cell: 'heat-medium', score: 'heat-medium' });
    assert.deepEqual(previewClasses(check(12)), { cell: 'heat-high', score: 'heat-high' });
  });

  it('in the DOCX shading of the register score and the matrix cell', async () => {
    assert.equal(await docxScoreFill(), 'FCE3A6');
    assert.equal(await docxScoreFill(12), 'F4B6B6');
    assert.equal(await docxMatrixFill(), 'FCE3A6');
    assert.equal(await docxMatrixFill(12), 'F4B6B6');
  });

  it('in the XLSX conditional formatting of the score column', async () => {
    assert.deepEqual(await xlsxHighFrom(), { highAbove: 14, fill: 'F4B6B6' });
    assert.deepEqual(await xlsxHighFrom(12), { highAbove: 11, fill: 'F4B6B6' });
  });

  it('in the hover', () => {
    assert.equal(hoverLevel(), 'medium');
    assert.equal(hoverLevel(12), 'high');
  });
});
