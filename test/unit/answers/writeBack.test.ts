import * as assert from 'node:assert/strict';
import { Workbook } from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import {
  writeAnswers,
  writeDocxAnswers,
  WriteBackError,
  type WriteBackResult,
} from '../../../src/core/answers/writeBack';
import { firstChild, parseXml, childElements, descendants, textContent } from '../../../src/core/ooxml/xml';
import { openZip } from '../../../src/core/ooxml/zip';
import { readRfp } from '../../../src/core/rfp/readRfp';
import { answeredProposal, STATUSES } from '../../support/answeredProposal';
import { PAYLOADS, PLAIN } from '../../support/hostileText';
import { chineseDeviationTable, englishWorkbook, largeWorkbook, wordRfp } from '../../support/rfpFixtures';

const answered = answeredProposal;

const same = (a: Uint8Array, b: Uint8Array): boolean => Buffer.from(a).equals(Buffer.from(b));

/**
 * The answered copy differs from the original only in the answer cells: every part but the patched
 * sheet byte-equal (shared strings included: answers go in as inline strings); in the sheet, all XML
 * outside sheetData equal (merges, validations, frozen panes, hidden columns), every row's start tag
 * and every cell we did not write equal.
 */
function assertOnlyAnswerCellsDiffer(original: Uint8Array, result: WriteBackResult): void {
  const a = openZip(original);
  const b = openZip(result.bytes);
  assert.deepEqual(
    b.entries.map((e) => e.name),
    a.entries.map((e) => e.name),
  );
  for (const e of a.entries) {
    if (e.name === result.part || e.name.endsWith('/')) continue;
    assert.ok(same(a.read(e.name), b.read(e.name)), `${e.name} changed`);
  }
  const before = a.readText(result.part);
  const after = b.readText(result.part);
  const x = parseXml(before);
  const y = parseXml(after);
  const sdX = firstChild(x, 'sheetData');
  const sdY = firstChild(y, 'sheetData');
  assert.ok(sdX && sdY);
  assert.equal(after.slice(0, sdY.start), before.slice(0, sdX.start), 'XML before sheetData');
  assert.equal(after.slice(sdY.end), before.slice(sdX.end), 'XML after sheetData (merges, validations)');
  const written = new Set(result.cells.map((c) => c.where));
  const rowsY = new Map(childElements(sdY, 'row').map((r) => [r.attrs['r'], r]));
  for (const row of childElements(sdX, 'row')) {
    const other = rowsY.get(row.attrs['r']);
    assert.ok(other, `row ${row.attrs['r']} kept`);
    assert.equal(after.slice(other.start, other.openEnd), before.slice(row.start, row.openEnd));
    const cellsY = new Map(childElements(other, 'c').map((c) => [c.attrs['r'], c]));
    for (const c of childElements(row, 'c')) {
      const ref = c.attrs['r'] ?? '';
      if (written.has(ref)) continue;
      const d = cellsY.get(ref);
      assert.ok(d, `cell ${ref} kept`);
      assert.equal(after.slice(d.start, d.end), before.slice(c.start, c.end), `cell ${ref}`);
    }
  }
}

async function reread(bytes: Uint8Array, sheet: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  assert.ok(wb.getWorksheet(sheet), `sheet ${sheet}`);
  return wb;
}

describe('answers: write-back into the customer workbook', () => {
  it("English: every answer cell holds our answer in the customer's list words; nothing else changed", async () => {
    const f = await englishWorkbook();
    const p = answered(f, 'en', (i) => ({
      status: STATUSES[i % STATUSES.length] ?? 'comply',
      response: `Answer ${i + 1}: **bold** text\n\nsecond line`,
      refs: ['C1'],
    }));
    const result = writeAnswers(f.bytes, p);
    assertOnlyAnswerCellsDiffer(f.bytes, result);
    assert.deepEqual(result.notes, []);
    const ws = (await reread(result.bytes, 'Requirements')).getWorksheet('Requirements');
    assert.ok(ws);
    assert.deepEqual(
      f.requirements.map((r) => ws.getCell(`D${r.row}`).value),
      ['Fully Compliant', 'Partially Compliant', 'Non-Compliant', 'Alternative Offered'],
    );
    assert.equal(ws.getCell('E7').value, 'Answer 1: bold text\nsecond line');
    assert.equal(ws.getCell('F7').value, 'Contact centre (C1)');
    // What exceljs saw in the original it still sees: merges, hidden column, frozen pane, validations.
    const orig = (await reread(f.bytes, 'Requirements')).getWorksheet('Requirements');
    assert.ok(orig);
    assert.deepEqual(ws.model.merges, orig.model.merges);
    assert.equal(ws.getColumn(7).hidden, true);
    assert.deepEqual(ws.views, orig.views);
    assert.deepEqual(ws.getCell('D11').dataValidation, orig.getCell('D11').dataValidation);
    assert.equal(ws.getCell('G7').value, 3, 'the evaluator column is untouched');
  });

  it('Chinese 技术偏离表: 无偏离 / 正偏离 / 负偏离 from the dropdown, response and 说明', async () => {
    const f = await chineseDeviationTable();
    const p = answered(f, 'zh-CN', (i) =>
      i === 0
        ? { status: 'comply', exceeds: true, response: '支持 3000 坐席。' }
        : i === 1
          ? { status: 'comply', response: '双活部署。', refs: ['C1'] }
          : { status: 'partial', response: '部分支持。' },
    );
    const result = writeAnswers(f.bytes, p);
    assertOnlyAnswerCellsDiffer(f.bytes, result);
    const ws = (await reread(result.bytes, '技术偏离表')).getWorksheet('技术偏离表');
    assert.ok(ws);
    assert.deepEqual(
      f.requirements.map((r) => ws.getCell(`E${r.row}`).value),
      ['正偏离', '无偏离', '负偏离', '负偏离', '负偏离'],
    );
    assert.equal(ws.getCell(`D${f.requirements[0]?.row ?? 0}`).value, '支持 3000 坐席。');
    assert.equal(ws.getCell(`F${f.requirements[1]?.row ?? 0}`).value, 'Contact centre (C1)');
    // 偏离情况 says only 负偏离: 说明 says which kind, as in the exported 技术偏离表.
    assert.equal(ws.getCell(`F${f.requirements[2]?.row ?? 0}`).value, '部分满足');
  });

  it('a 160-row two-row-header workbook: every answer lands, only answer cells differ', async () => {
    const f = await largeWorkbook(160);
    const p = answered(f, 'en', () => ({ status: 'comply', response: 'Yes.' }));
    const result = writeAnswers(f.bytes, p);
    assertOnlyAnswerCellsDiffer(f.bytes, result);
    assert.equal(result.cells.filter((c) => c.role === 'response').length, 160);
  });

  it('hostile text goes in as text: no markup, no formula, invalid XML characters dropped', async () => {
    const f = await englishWorkbook();
    const hostile = [
      PAYLOADS.find(([n]) => n === 'csv formula')?.[1] ?? '=1',
      PAYLOADS.find(([n]) => n === 'controls')?.[1] ?? '',
      PAYLOADS.find(([n]) => n === 'raw html')?.[1] ?? '',
      PLAIN,
    ];
    const p = answered(f, 'en', (i) => ({ status: 'comply', response: hostile[i] ?? '' }));
    const result = writeAnswers(f.bytes, p);
    assertOnlyAnswerCellsDiffer(f.bytes, result);
    const sheet = openZip(result.bytes).readText(result.part);
    assert.doesNotThrow(() => parseXml(sheet));
    const root = parseXml(sheet);
    const e7 = descendants(root, 'c').find((c) => c.attrs['r'] === 'E7');
    assert.ok(e7);
    assert.equal(e7.attrs['t'], 'inlineStr');
    assert.equal(firstChild(e7, 'f'), undefined);
    assert.equal(textContent(e7), '=HYPERLINK("http://x","y")');
    const ws = (await reread(result.bytes, 'Requirements')).getWorksheet('Requirements');
    assert.equal(ws?.getCell('E7').value, '=HYPERLINK("http://x","y")', 'text, not a formula');
    assert.equal(ws?.getCell('E11').value, PLAIN);
  });

  it('internal answers never reach the customer file; the original bytes are not touched', async () => {
    const f = await englishWorkbook();
    const copy = new Uint8Array(f.bytes);
    const p = answered(f, 'en', () => ({ status: 'comply', response: 'INTERNAL-ANSWER' }));
    const first = p.requirements?.[0];
    assert.ok(first);
    first.internal = true;
    const result = writeAnswers(f.bytes, p);
    assert.ok(same(f.bytes, copy));
    assert.equal(
      result.cells.some((c) => c.requirement === '4.1.1'),
      false,
    );
    assert.equal(result.notes.length, 1);
    const ws = (await reread(result.bytes, 'Requirements')).getWorksheet('Requirements');
    const orig = (await reread(f.bytes, 'Requirements')).getWorksheet('Requirements');
    assert.equal(ws?.getCell('E7').value, orig?.getCell('E7').value);
    assertOnlyAnswerCellsDiffer(f.bytes, result);
  });

  it('refuses clearly: no rfp, no answer columns, a sheet that is not there, a CSV, garbage bytes', async () => {
    const f = await englishWorkbook();
    const p = answered(f, 'en', () => ({ status: 'comply' }));
    const msg = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e: unknown) {
        assert.ok(e instanceof WriteBackError, String(e));
        return e.localized.en;
      }
      assert.fail('no error');
    };
    assert.match(
      msg(() => writeAnswers(f.bytes, { ...p, rfp: undefined })),
      /no `rfp` section/,
    );
    assert.match(
      msg(() => writeAnswers(f.bytes, { ...p, rfp: { ...p.rfp, columns: { id: 'A' } } })),
      /neither a compliance nor a response/,
    );
    assert.match(
      msg(() => writeAnswers(f.bytes, { ...p, rfp: { ...p.rfp, sheet: 'Nope' } })),
      /no sheet "Nope"/,
    );
    assert.match(
      msg(() => writeAnswers(f.bytes, { ...p, rfp: { ...p.rfp, kind: 'csv' } })),
      /export the compliance matrix/,
    );
    assert.match(
      msg(() => writeAnswers(new Uint8Array([1, 2, 3, 4]), p)),
      /could not be read/,
    );
    assert.match(
      msg(() => writeAnswers(f.bytes, { ...p, rfp: { ...p.rfp, columns: { compliance: '4x' } } })),
      /not a column/,
    );
  });
});

describe('answers: write-back into a Word requirement table', () => {
  it('fills the compliance and reference cells of every imported row; other parts byte-equal', async () => {
    const f = await wordRfp();
    const p = answered(f, 'en', (i) => ({
      status: i % 2 ? 'partial' : 'comply',
      response: 'R',
      refs: [`ref ${i + 1}`],
    }));
    const result = writeDocxAnswers(f.bytes, p);
    const a = openZip(f.bytes);
    const b = openZip(result.bytes);
    for (const e of a.entries)
      if (e.name !== 'word/document.xml' && !e.name.endsWith('/'))
        assert.ok(same(a.read(e.name), b.read(e.name)), e.name);
    const tables = descendants(firstChild(parseXml(b.readText('word/document.xml')), 'body') ?? parseXml(''), 'tbl');
    for (const [i, r] of f.requirements.entries()) {
      const table = tables[(r.table ?? 1) - 1];
      assert.ok(table);
      const cells = childElements(childElements(table, 'tr')[r.row - 1] ?? table, 'tc');
      assert.equal(textContent(cells[3] ?? table), i % 2 ? 'Partially compliant' : 'Fully compliant');
      assert.equal(textContent(cells[4] ?? table), `ref ${i + 1}`);
      // The requirement text cell is untouched.
      assert.ok(textContent(cells[1] ?? table).length > 0);
    }
    // Outside the tables' answer cells, the document text is as it was.
    const strip = (s: string): string => s.replace(/<w:tc>.*?<\/w:tc>|<w:tc [^>]*>.*?<\/w:tc>/gs, '');
    assert.equal(strip(b.readText('word/document.xml')), strip(a.readText('word/document.xml')));
  });

  it('finds the table the importer read: a table in a text box before it is not counted', () => {
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const row = (cells: string[]): string =>
      `<w:tr>${cells.map((c) => `<w:tc><w:p><w:r><w:t>${c}</w:t></w:r></w:p></w:tc>`).join('')}</w:tr>`;
    // A cover page whose text box holds a table (a layout table, not the requirements).
    const cover = `<w:p><w:r><w:pict><w:txbxContent><w:tbl>${row(['Tender no.', '2026-17'])}</w:tbl></w:txbxContent></w:pict></w:r></w:p>`;
    const requirements = `<w:tbl>${row(['No.', 'Requirement', 'Compliance'])}${row(['1.1', 'The system shall log every access.', ''])}</w:tbl>`;
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${cover}${requirements}</w:body></w:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(document) });
    const imported = readRfp({ name: 'cover.docx', bytes });
    const item = imported.items[0];
    assert.ok(item, 'the requirement is imported');
    const result = writeDocxAnswers(bytes, {
      presales: '1.0',
      proposal: { title: 'Answers', language: 'en' },
      rfp: { file: 'cover.docx', kind: 'docx', columns: { compliance: 3 } },
      requirements: [
        {
          id: 'R1',
          title: 'Access log',
          rfp: { id: item.id, text: item.text, row: item.row, ...(item.table ? { table: item.table } : {}) },
          answer: { status: 'comply' },
        },
      ],
    });
    assert.deepEqual(result.notes, []);
    assert.deepEqual(
      result.cells.map((c) => [c.where, c.value]),
      [['table 1 row 2 cell 3', 'Fully compliant']],
    );
    const answeredXml = openZip(result.bytes).readText('word/document.xml');
    assert.match(
      answeredXml,
      /The system shall log every access\.<\/w:t><\/w:r><\/w:p><\/w:tc><w:tc><w:p><w:r><w:t xml:space="preserve">Fully compliant/,
    );
    assert.doesNotMatch(
      answeredXml,
      /2026-17<\/w:t><\/w:r><\/w:p><\/w:tc><\/w:tr><\/w:tbl><\/w:txbxContent>.*Fully compliant.*<w:tbl><w:tr><w:tc><w:p><w:r><w:t>No\./s,
    );
  });
});
