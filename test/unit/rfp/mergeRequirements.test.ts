import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { checkProposal } from '../../../src/core/check';
import { applyEdits } from '../../../src/core/language/textEdit';
import { textHash } from '../../../src/core/rfp/columns';
import { mergeRequirements, requirementIdFor, titleFor } from '../../../src/core/rfp/mergeRequirements';
import { readRfp } from '../../../src/core/rfp/readRfp';
import type { RfpItem } from '../../../src/core/rfp/types';
import type { RfpSource } from '../../../src/core/model';
import { rfpInputFromBytes } from '../../../src/node/rfpDecode';
import { repoPath } from '../../support/repo';
import { chineseDeviationTable, englishWorkbook, largeWorkbook } from '../../support/rfpFixtures';

const SOURCE: RfpSource = {
  file: 'acme-rfp.xlsx',
  kind: 'xlsx',
  sheet: 'Requirements',
  headerRow: 4,
  columns: { id: 'A', text: 'B', priority: 'C', compliance: 'D', response: 'E', reference: 'F' },
  version: 'v1',
  importedAt: '2026-12-03',
};

function item(id: string, text: string, row: number, extra: Partial<RfpItem> = {}): RfpItem {
  return { id, text, row, textHash: textHash(text), ...extra };
}

/** Codes of errors (not warnings about coverage) the proposal has. */
function errorCodes(text: string): string[] {
  return checkProposal(text)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.code} ${d.message}`);
}

describe('rfp import: merging requirements into a proposal', function () {
  this.timeout(30_000);
  it('makes schema-valid ids from the customer ids, falls back to the row, and short titles', () => {
    assert.equal(requirementIdFor(item('4.2.1', 'x', 7)), 'rfp-4-2-1');
    assert.equal(requirementIdFor(item('SEC-03', 'x', 7)), 'rfp-sec-03');
    assert.equal(requirementIdFor(item('二', 'x', 9)), 'rfp-r9');
    assert.equal(requirementIdFor(item('', 'x', 3, { table: 2 })), 'rfp-t2-r3');
    assert.equal(titleFor('★系统应支持不少于2000个坐席同时在线。其余说明。'), '系统应支持不少于2000个坐席同时在线。');
    assert.equal(titleFor('Short.\nSecond line'), 'Short.');
    const long = titleFor('word '.repeat(40));
    assert.ok([...long].length <= 80 && long.endsWith('…'));
  });

  it('appends to an example proposal, keeping every line of the original and its comments', async () => {
    const original = readFileSync(repoPath('examples', 'smart-factory.presales.yaml'), 'utf8');
    const f = await englishWorkbook();
    const imported = readRfp(rfpInputFromBytes(f.name, f.bytes));
    const result = mergeRequirements({ text: original, items: imported.items, source: SOURCE });
    assert.equal(applyEdits(original, result.edits), result.text);
    // Only insertions: the original text is still there in order.
    let at = 0;
    for (const line of original.split('\n')) {
      const found = result.text.indexOf(line, at);
      assert.ok(found >= 0, `lost line: ${line}`);
      at = found + line.length;
    }
    assert.deepEqual(errorCodes(result.text), []);
    const value = parse(result.text) as { requirements: Array<Record<string, unknown>>; rfp: RfpSource };
    const ours = value.requirements.filter((r) => String(r['id']).startsWith('rfp-'));
    assert.deepEqual(
      ours.map((r) => [r['id'], r['priority'], (r['rfp'] as Record<string, unknown>)['section']]),
      [
        ['rfp-4-1-1', 'must', '4.1 General'],
        ['rfp-4-1-2', 'should', '4.1 General'],
        ['rfp-4-2-1', 'must', '4.2 Security'],
        ['rfp-4-2-2', 'could', '4.2 Security'],
      ],
    );
    assert.equal((ours[1]?.['rfp'] as Record<string, unknown>)['text'], imported.items[1]?.text);
    assert.deepEqual(value.rfp, SOURCE);
    assert.deepEqual(result.diff.added.length, 4);
  });

  it('importing the same file again changes nothing and duplicates nothing', async () => {
    const f = await largeWorkbook(160);
    const imported = readRfp(rfpInputFromBytes(f.name, f.bytes));
    const once = mergeRequirements({ text: '', items: imported.items, source: SOURCE, title: 'Big' });
    assert.deepEqual(errorCodes(once.text), []);
    const twice = mergeRequirements({ text: once.text, items: imported.items, source: SOURCE });
    assert.equal(twice.text, once.text);
    assert.deepEqual(twice.diff.added, []);
    assert.equal(twice.diff.unchanged, 160);
    assert.equal((parse(twice.text) as { requirements: unknown[] }).requirements.length, 160);
  });

  it('version 2: shows added, removed and reworded requirements and keeps every answer', () => {
    const v1 = [
      item('1', 'The system shall log in users.', 2),
      item('2', 'Backups run nightly.', 3),
      item('3', 'Reports as PDF.', 4),
    ];
    const first = mergeRequirements({ text: '', items: v1, source: SOURCE, title: 'T' });
    // The user answers requirement 2 and comments the file.
    const answered = first.text
      .replace('# ', '# ')
      .replace(/(- id: rfp-2\n)/, '$1    # agreed with the customer on 2026-12-01\n')
      .replace(/(\n    source: RFP 2\n)/, '$1    answer:\n      status: comply\n      response: Nightly and weekly.\n');
    assert.match(answered, /answer:/);
    const v2 = [
      item('1', 'The system shall log in users.', 2),
      item('2', 'Backups run every 4 hours.', 3),
      item('4', 'Exports as CSV.', 5),
    ];
    const second = mergeRequirements({ text: answered, items: v2, source: { ...SOURCE, version: 'v2' } });
    assert.deepEqual(
      second.diff.added.map((a) => a.id),
      ['rfp-4'],
    );
    assert.deepEqual(second.diff.removed, [{ id: 'rfp-3', customerId: '3' }]);
    assert.deepEqual(
      second.diff.reworded.map((r) => [r.id, r.oldText, r.newText]),
      [['rfp-2', 'Backups run nightly.', 'Backups run every 4 hours.']],
    );
    assert.equal(second.diff.unchanged, 1);
    assert.match(second.text, /answer:\n {6}status: comply\n {6}response: Nightly and weekly\./);
    assert.match(second.text, /# agreed with the customer on 2026-12-01/);
    const value = parse(second.text) as { requirements: Array<Record<string, unknown>>; rfp: RfpSource };
    const r2 = value.requirements.find((r) => r['id'] === 'rfp-2');
    assert.equal((r2?.['rfp'] as Record<string, unknown>)['textHash'], textHash('Backups run every 4 hours.'));
    assert.equal(r2?.['description'], 'Backups run every 4 hours.');
    assert.equal(value.requirements.length, 4, 'the removed requirement stays, with its answer history');
    assert.equal(value.rfp.version, 'v2');
  });

  it("keeps the user's description when they rewrote it, and avoids id clashes", () => {
    const first = mergeRequirements({ text: '', items: [item('A1', 'Old text.', 2)], source: SOURCE, title: 'T' });
    const edited = first.text.replace('description: Old text.', 'description: Our own words.');
    const second = mergeRequirements({
      text: edited,
      items: [item('A1', 'New text.', 2), item('a1', 'Other.', 3)],
      source: SOURCE,
    });
    const value = parse(second.text) as { requirements: Array<Record<string, unknown>> };
    assert.equal(value.requirements[0]?.['description'], 'Our own words.');
    assert.deepEqual(
      value.requirements.map((r) => r['id']),
      ['rfp-a1', 'rfp-a1-2'],
    );
    assert.deepEqual(errorCodes(second.text), []);
  });

  it('a Chinese 技术偏离表 into a new proposal: ★/▲ kept, valid proposal', async () => {
    const f = await chineseDeviationTable();
    const imported = readRfp(rfpInputFromBytes(f.name, f.bytes));
    const result = mergeRequirements({
      text: '',
      items: imported.items,
      source: { ...SOURCE, file: f.name },
      title: '智慧客服',
    });
    assert.deepEqual(errorCodes(result.text), []);
    const value = parse(result.text) as { requirements: Array<Record<string, unknown>> };
    assert.deepEqual(
      value.requirements.map((r) => [
        r['id'],
        (r['rfp'] as Record<string, unknown>)['mark'] ?? '',
        r['priority'] ?? '',
      ]),
      [
        ['rfp-1-1', '★', 'must'],
        ['rfp-1-2', '▲', 'should'],
        ['rfp-2-1', '', ''],
        ['rfp-2-2', '★', 'must'],
        ['rfp-2-3', '▲', 'should'],
      ],
    );
    assert.equal(value.requirements[1]?.['description'], '▲系统须支持7×24小时不间断运行，\n年可用率不低于99.9%。');
  });
});

describe('rfp import: hostile text from a workbook into YAML', function () {
  this.timeout(30_000);
  it('every payload arrives verbatim in rfp.text, the proposal stays valid YAML with no errors', async () => {
    const { Workbook } = await import('exceljs');
    const { PAYLOADS } = await import('../../support/hostileText');
    const wb = new Workbook();
    const ws = wb.addWorksheet('Hostile');
    ws.addRow(['Req ID', 'Requirement', 'Priority']);
    PAYLOADS.forEach(([, p], i) => ws.addRow([`H-${i + 1}`, p, 'Must']));
    ws.addRow(['H-yaml', 'key: value\n- item\n&anchor *alias !!tag %YAML --- ...', 'Must']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const imported = readRfp({ name: 'hostile.xlsx', bytes });
    const result = mergeRequirements({ text: '', items: imported.items, source: SOURCE, title: 'Hostile' });
    assert.deepEqual(errorCodes(result.text), []);
    const value = parse(result.text) as {
      requirements: Array<{ id: string; rfp: { text: string; textHash: string } }>;
    };
    const expected = [...PAYLOADS.map(([, p]) => p), 'key: value\n- item\n&anchor *alias !!tag %YAML --- ...'];
    assert.deepEqual(
      value.requirements.map((r) => r.rfp.text),
      imported.items.map((i) => i.text),
    );
    // What XML 1.0 cannot carry (C0 controls), and DEL, which exceljs drops when writing, are the only difference.
    const xmlSafe = (s: string): string => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
    assert.deepEqual(
      imported.items.map((i) => xmlSafe(i.text)),
      expected.map(xmlSafe),
    );
    for (const r of value.requirements) assert.equal(r.rfp.textHash, textHash(r.rfp.text));
  });
});
