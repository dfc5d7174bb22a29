import * as assert from 'node:assert/strict';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Workbook } from 'exceljs';
import { columnIndex, columnLetter, parseColumnsSpec, priorityOf, textHash } from '../../../src/core/rfp/columns';
import { readRfp } from '../../../src/core/rfp/readRfp';
import { RfpImportError, type RfpErrorReason } from '../../../src/core/rfp/rfpMessages';
import type { RfpImport, RfpItem } from '../../../src/core/rfp/types';
import { decodeCsvBytes, rfpInputFromBytes } from '../../../src/node/rfpDecode';
import { PAYLOADS } from '../../support/hostileText';
import {
  allRfpFixtures,
  englishWorkbook,
  flatWorkbook,
  gb18030Csv,
  type ExpectedRequirement,
  type RfpFixture,
} from '../../support/rfpFixtures';

function read(f: { name: string; bytes: Uint8Array }, options = {}): RfpImport {
  return readRfp(rfpInputFromBytes(f.name, f.bytes), options);
}

function refused(fn: () => unknown): { reason: RfpErrorReason; en: string; zh: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof RfpImportError) return { reason: e.reason, en: e.text.en, zh: e.text['zh-CN'] };
    throw e;
  }
  assert.fail('expected the file to be refused');
}

/** The column of each detected role, as the fixture names it (letters, or 1-based for DOCX). */
function columnsOf(r: RfpImport): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [role, col] of Object.entries(r.columns))
    if (col !== undefined) out[role] = r.kind === 'docx' ? col + 1 : columnLetter(col);
  return out;
}

/** What a fixture says of each requirement, taken alike from its expectations and from the importer's items. */
function compared(requirements: ReadonlyArray<ExpectedRequirement | RfpItem>): unknown[] {
  return requirements.map(({ id, section, text, priority, mark, row, table }) => ({
    id,
    section,
    text,
    priority,
    mark,
    row,
    table,
  }));
}

const expectedOf = (f: RfpFixture): unknown[] => compared(f.requirements);
const actualOf = (r: RfpImport): unknown[] => compared(r.items);

describe('rfp import: every fixture reads to exactly its requirements', () => {
  let fixtures: RfpFixture[] = [];
  before(async () => {
    fixtures = await allRfpFixtures();
  });

  it('covers six fixtures', () => assert.equal(fixtures.length, 6));

  for (const name of [
    'acme-rfp.xlsx',
    '技术偏离表.xlsx',
    'rfp-160.xlsx',
    'requirements-semicolon.csv',
    '需求清单-gb18030.csv',
    'rfp-word.docx',
  ])
    it(`${name}: header, column roles, and every requirement with id, section, priority and row`, () => {
      const f = fixtures.find((x) => x.name === name);
      assert.ok(f);
      const r = read(f);
      if (f.sheet) assert.equal(r.grid, f.sheet);
      assert.equal(r.headerRow, f.headerRow);
      assert.deepEqual(columnsOf(r), f.columns);
      assert.deepEqual(actualOf(r), expectedOf(f));
      for (const item of r.items) assert.equal(item.textHash, textHash(item.text));
      if (f.candidates)
        assert.deepEqual(
          r.candidates.map((c) => c.text),
          f.candidates,
        );
      else assert.deepEqual(r.candidates, []);
    });

  it('the English workbook: two-row header joined, the hidden column named in an issue, the cover sheet listed', () => {
    const f = fixtures.find((x) => x.name === 'acme-rfp.xlsx');
    assert.ok(f);
    const r = read(f);
    assert.equal(r.headerRows, 2);
    assert.deepEqual(r.grids, ['Cover', 'Requirements']);
    assert.equal(r.columnLabels[3], 'Vendor Response / Compliance');
    assert.deepEqual(r.hiddenColumns, [6]);
    assert.deepEqual(
      r.issues.map((i) => i.code),
      ['hidden-columns'],
    );
    assert.match(r.issues[0]?.message['zh-CN'] ?? '', /隐藏列 G/);
  });

  it('the 160-row workbook and the 技术偏离表 carry every id, section and priority', () => {
    const big = fixtures.find((x) => x.name === 'rfp-160.xlsx');
    const zh = fixtures.find((x) => x.name === '技术偏离表.xlsx');
    assert.ok(big && zh);
    const r = read(big);
    assert.equal(r.items.length, 160);
    assert.equal(new Set(r.items.map((i) => i.section)).size, 8);
    assert.ok(r.items.every((i) => i.id && i.section && i.priority));
    const z = read(zh);
    assert.deepEqual(
      z.items.map((i) => [i.id, i.mark ?? '', i.priority ?? '']),
      [
        ['1.1', '★', 'must'],
        ['1.2', '▲', 'should'],
        ['2.1', '', ''],
        ['2.2', '★', 'must'],
        ['2.3', '▲', 'should'],
      ],
    );
  });
});

describe('rfp import: choices the user makes', () => {
  it('reads the sheet asked for, and says which sheets exist when it is missing', async () => {
    const f = await englishWorkbook();
    const cover = read(f, { sheet: 'cover', headerRow: 1, columns: { text: 'A' } });
    assert.equal(cover.grid, 'Cover');
    const err = refused(() => read(f, { sheet: 'Pricing' }));
    assert.equal(err.reason, 'no-sheet');
    assert.match(err.en, /Cover, Requirements/);
    assert.match(err.zh, /Cover、Requirements/);
  });

  it('column overrides win over detection; the other roles are still detected', async () => {
    const f = await englishWorkbook();
    const r = read(f, { columns: { response: 'F', reference: 'E' } });
    assert.equal(r.columns.response, 5);
    assert.equal(r.columns.reference, 4);
    assert.equal(r.columns.text, 1);
    assert.equal(r.items.length, 4);
  });

  it('parses --columns and priority words', () => {
    assert.deepEqual(parseColumnsSpec('id=A, text=C,priority=4'), { id: 'A', text: 'C', priority: '4' });
    assert.deepEqual(parseColumnsSpec('colour=A'), { error: 'colour=A' });
    assert.deepEqual(parseColumnsSpec('text=!'), { error: 'text=!' });
    assert.equal(columnIndex('XFD'), 16383);
    assert.equal(columnLetter(27), 'AB');
    const words: Array<[string, string | undefined]> = [
      ['Mandatory', 'must'],
      ['M', 'must'],
      ['★', 'must'],
      ['实质性', 'must'],
      ['Desirable', 'should'],
      ['▲', 'should'],
      ['重要', 'should'],
      ['Optional', 'could'],
      ['O', 'could'],
      ['一般', 'could'],
      ['blue', undefined],
    ];
    for (const [w, p] of words) assert.equal(priorityOf(w), p, w);
  });

  it('hashes the NFC-normalised, whitespace-collapsed text (FNV-1a 32-bit)', () => {
    assert.equal(textHash(''), '811c9dc5');
    assert.equal(textHash('a'), 'e40c292c');
    assert.equal(textHash('  a\n\t b '), textHash('a b'));
    assert.equal(textHash('e\u0301'), textHash('\u00e9'));
    assert.match(textHash('系统应支持'), /^[0-9a-f]{8}$/);
  });
});

describe('rfp import: CSV decoding at the edge', () => {
  it('UTF-8 with and without BOM, UTF-16, and GB18030 as Chinese Excel writes it', () => {
    assert.deepEqual(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), { text: 'a', encoding: 'utf-8' });
    assert.equal(decodeCsvBytes(strToU8('需求')).encoding, 'utf-8');
    assert.deepEqual(decodeCsvBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00])), { text: 'a', encoding: 'utf-16le' });
    const gb = gb18030Csv();
    const decoded = decodeCsvBytes(gb.bytes);
    assert.equal(decoded.encoding, 'gb18030');
    assert.match(decoded.text, /^条目号,技术要求/);
  });

  it('detects tab-separated files and keeps hostile text verbatim', () => {
    const rows = PAYLOADS.filter(([, p]) => !p.includes('\t')).map(
      ([, p], i) => `H-${i}\t"${p.replace(/"/g, '""')}"\tMust`,
    );
    const text = `Req No\tRequirement\tPriority\n${rows.join('\n')}\n`;
    const r = readRfp({ name: 'hostile.tsv', bytes: strToU8(text), text });
    const expected = PAYLOADS.filter(([, p]) => !p.includes('\t')).map(([, p]) => p.replace(/\r\n?/g, '\n'));
    assert.deepEqual(
      r.items.map((i) => i.text),
      expected.filter((p) => p.trim()),
    );
  });
});

/** Rebuilds an XLSX with one part replaced. */
function withPart(bytes: Uint8Array, part: string, text: string): Uint8Array {
  const files = unzipSync(bytes);
  files[part] = strToU8(text);
  return zipSync(files);
}

describe('rfp import: hostile and unreadable files get a clear message, never a crash', () => {
  it('old binary .xls, encrypted OOXML, PDF and unknown files', () => {
    const ole = new Uint8Array(2048);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const xls = refused(() => readRfp({ name: 'old.xls', bytes: ole }));
    assert.equal(xls.reason, 'xls-binary');
    assert.match(xls.en, /save it as an Excel Workbook \(\.xlsx\)/);
    assert.match(xls.zh, /另存为 Excel 工作簿（\.xlsx）/);
    const enc = ole.slice();
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) enc[1024 + i * 2] = name.charCodeAt(i);
    assert.equal(refused(() => readRfp({ name: 'secret.xlsx', bytes: enc })).reason, 'encrypted');
    assert.equal(refused(() => readRfp({ name: 'rfp.pdf', bytes: strToU8('%PDF-1.7\n...') })).reason, 'pdf');
    assert.equal(refused(() => readRfp({ name: 'rfp.pages', bytes: strToU8('hello') })).reason, 'unknown-kind');
  });

  it('a zip bomb in the sheet part is refused before it is inflated', async () => {
    const f = await englishWorkbook();
    const bomb = withPart(f.bytes, 'xl/worksheets/sheet2.xml', `<worksheet>${' '.repeat(5_000_000)}</worksheet>`);
    const e = refused(() =>
      readRfp(
        { name: f.name, bytes: bomb },
        {},
        { maxEntries: 100, maxEntryBytes: 1_000_000, maxTotalBytes: 4_000_000 },
      ),
    );
    assert.equal(e.reason, 'zip-bomb');
    assert.match(e.zh, /压缩炸弹/);
  });

  it('XML entities (billion laughs, XXE) are refused, never expanded', async () => {
    const f = await englishWorkbook();
    const sst = strFromU8(unzipSync(f.bytes)['xl/sharedStrings.xml'] ?? new Uint8Array());
    const evil = sst.replace(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "&x;&x;&x;">]>',
    );
    assert.notEqual(evil, sst);
    const e = refused(() => readRfp({ name: f.name, bytes: withPart(f.bytes, 'xl/sharedStrings.xml', evil) }));
    assert.equal(e.reason, 'xml-entities');
  });

  it('a damaged workbook is reported as such', async () => {
    const f = await englishWorkbook();
    const e = refused(() =>
      readRfp({ name: f.name, bytes: withPart(f.bytes, 'xl/workbook.xml', '<workbook><sheets>') }),
    );
    assert.equal(e.reason, 'corrupt');
    assert.equal(refused(() => readRfp({ name: f.name, bytes: f.bytes.subarray(0, 200) })).reason, 'corrupt');
  });

  it('caps rows and cell sizes and says what was cut', async () => {
    const bytes = await flatWorkbook(300);
    const r = readRfp({ name: 'flat.xlsx', bytes }, { maxRows: 101 });
    assert.equal(r.items.length, 100);
    const cut = r.issues.find((i) => i.code === 'rows-truncated');
    assert.ok(cut);
    assert.match(cut.message.en, /first 101 rows were read; 200 more rows were left out/);
    const f = await englishWorkbook();
    const long = read(f, { maxCellChars: 500 });
    const cell = long.issues.find((i) => i.code === 'cell-truncated');
    assert.ok(cell);
    assert.match(cell.message.en, /B10/);
    assert.equal(long.items.find((i) => i.id === '4.2.1')?.text.length, 500);
  });

  it('a workbook with cells at the far right edge and odd values reads without error', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = 'ID';
    ws.getCell('B1').value = 'Requirement';
    ws.getCell('A2').value = 1.1;
    ws.getCell('B2').value = { richText: [{ text: 'Rich ' }, { text: 'text', font: { bold: true } }] };
    ws.getCell('A3').value = true;
    ws.getCell('B3').value = { formula: '1+1', result: 2 };
    ws.getCell('XFD3').value = 'far away';
    const r = readRfp({ name: 'odd.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    assert.deepEqual(
      r.items.map((i) => [i.id, i.text]),
      [
        ['1.1', 'Rich text'],
        ['TRUE', '2'],
      ],
    );
  });
});
