// Customer RFP files built by code (never hand-made binaries), with the requirements each must
// import to. The import tests, the answer write-back tests and the benchmarks share them.
//
// Traits covered: title rows above the header, a two-row header with merged cells, section heading
// rows ("4.2 Security", "二、功能要求"), a hidden column, a frozen pane, a data-validation dropdown in
// the compliance column, line breaks and a very long cell, a second sheet, ★/▲ marks, a numeric id
// cell, a semicolon CSV with a BOM and quoted multi-line cells, a GB18030 CSV, and a DOCX with a
// table continued over two tables (repeated header row), merged cells (gridSpan, vMerge) and prose
// requirements ("shall", "须").
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Workbook, type Worksheet } from 'exceljs';
import * as iconv from 'iconv-lite';

export type ExpectedPriority = 'must' | 'should' | 'could';

/** One requirement as the importer must report it. */
export interface ExpectedRequirement {
  readonly id: string;
  readonly section?: string;
  readonly text: string;
  readonly priority?: ExpectedPriority;
  readonly mark?: '★' | '▲';
  /** Sheet row (XLSX, CSV) or row in its table (DOCX). */
  readonly row: number;
  /** DOCX: 1-based table index. */
  readonly table?: number;
}

export interface RfpFixture {
  /** File name, with the extension the importer goes by. */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The sheet (XLSX) the requirements are on. */
  readonly sheet?: string;
  /** 1-based first header row. */
  readonly headerRow: number;
  /** Column letter (XLSX, CSV) or 1-based cell index (DOCX) of each role the importer must find. */
  readonly columns: Readonly<Record<string, string | number>>;
  readonly requirements: readonly ExpectedRequirement[];
  /** DOCX: prose sentences offered as candidates. */
  readonly candidates?: readonly string[];
}

export const LONG_REQUIREMENT =
  'The platform shall encrypt all data at rest with AES-256 and in transit with TLS 1.2 or later. ' +
  'Key management details follow. '.repeat(120).trim();

export const EN_COMPLIANCE_CHOICES = ['Fully Compliant', 'Partially Compliant', 'Non-Compliant', 'Alternative Offered'];
export const ZH_COMPLIANCE_CHOICES = ['正偏离', '无偏离', '负偏离'];

async function xlsxBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function listValidation(ws: Worksheet, range: string, choices: readonly string[]): void {
  const [from, to] = range.split(':');
  const col = (from ?? 'A').replace(/\d+/g, '');
  const first = Number((from ?? '1').replace(/\D+/g, ''));
  const last = Number((to ?? from ?? '1').replace(/\D+/g, ''));
  for (let r = first; r <= last; r++)
    ws.getCell(`${col}${r}`).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
    };
}

/** English workbook: cover sheet, title rows, two-row merged header, sections, hidden column, frozen pane. */
export async function englishWorkbook(): Promise<RfpFixture> {
  const wb = new Workbook();
  const cover = wb.addWorksheet('Cover');
  cover.getCell('A1').value = 'ACME Corp';
  cover.getCell('A2').value = 'Request for Proposal: Customer Service Platform';
  const ws = wb.addWorksheet('Requirements');
  ws.columns = [
    { width: 10 },
    { width: 60 },
    { width: 12 },
    { width: 20 },
    { width: 40 },
    { width: 16 },
    { width: 12 },
  ];
  ws.getCell('A1').value = 'ACME Corp – Request for Proposal: Customer Service Platform';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'Version 1.0, issued 2026-11-30. Answer every row in columns D to F.';
  ws.getRow(4).values = ['Req ID', 'Requirement', 'Priority', 'Vendor Response', '', 'Reference', 'Evaluator score'];
  ws.getRow(5).values = ['', '', '', 'Compliance', 'Comments', '', ''];
  ws.mergeCells('A4:A5');
  ws.mergeCells('B4:B5');
  ws.mergeCells('C4:C5');
  ws.mergeCells('D4:E4');
  ws.mergeCells('F4:F5');
  ws.mergeCells('G4:G5');
  ws.getColumn(7).hidden = true;
  ws.views = [{ state: 'frozen', ySplit: 5, xSplit: 0 }];
  ws.getCell('A6').value = '4.1 General';
  ws.mergeCells('A6:F6');
  ws.getRow(7).values = ['4.1.1', 'The platform shall support 2,000 concurrent agents.', 'Mandatory', '', '', '', 3];
  ws.getRow(8).values = [
    '4.1.2',
    'The system should provide dashboards for:\nqueue length\naverage handling time',
    'Desirable',
    '',
    '',
    '',
    2,
  ];
  ws.getCell('B8').alignment = { wrapText: true };
  ws.getCell('A9').value = '4.2 Security';
  ws.mergeCells('A9:F9');
  ws.getRow(10).values = ['4.2.1', LONG_REQUIREMENT, 'M', '', '', '', 5];
  ws.getRow(11).values = [
    '4.2.2',
    "Single sign-on with the customer's SAML 2.0 identity provider.",
    'O',
    '',
    '',
    '',
    1,
  ];
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  listValidation(ws, 'D7:D11', EN_COMPLIANCE_CHOICES);
  return {
    name: 'acme-rfp.xlsx',
    bytes: await xlsxBytes(wb),
    sheet: 'Requirements',
    headerRow: 4,
    columns: { id: 'A', text: 'B', priority: 'C', compliance: 'D', response: 'E', reference: 'F' },
    requirements: [
      {
        id: '4.1.1',
        section: '4.1 General',
        text: 'The platform shall support 2,000 concurrent agents.',
        priority: 'must',
        row: 7,
      },
      {
        id: '4.1.2',
        section: '4.1 General',
        text: 'The system should provide dashboards for:\nqueue length\naverage handling time',
        priority: 'should',
        row: 8,
      },
      { id: '4.2.1', section: '4.2 Security', text: LONG_REQUIREMENT, priority: 'must', row: 10 },
      {
        id: '4.2.2',
        section: '4.2 Security',
        text: "Single sign-on with the customer's SAML 2.0 identity provider.",
        priority: 'could',
        row: 11,
      },
    ],
  };
}

const ZH_ROWS: ReadonlyArray<{ section: string; items: ReadonlyArray<[string | number, string]> }> = [
  {
    section: '一、总体要求',
    items: [
      ['1.1', '★系统应支持不少于2000个坐席同时在线。'],
      [1.2, '▲系统须支持7×24小时不间断运行，\n年可用率不低于99.9%。'],
    ],
  },
  {
    section: '二、功能要求',
    items: [
      ['2.1', '支持全渠道接入：电话、网页、微信、APP。'],
      ['2.2', '★支持国产化操作系统和数据库（麒麟、统信、达梦）。'],
      ['2.3', '▲提供智能质检，质检覆盖率100%。'],
    ],
  },
];

function markOf(text: string): { mark?: '★' | '▲'; priority?: ExpectedPriority } {
  if (text.startsWith('★')) return { mark: '★', priority: 'must' };
  if (text.startsWith('▲')) return { mark: '▲', priority: 'should' };
  return {};
}

/** Chinese 技术偏离表: title rows, 序号 + 招标文件条目号, section rows, ★/▲, a dropdown in 偏离情况. */
export async function chineseDeviationTable(): Promise<RfpFixture> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('技术偏离表');
  ws.columns = [{ width: 6 }, { width: 12 }, { width: 50 }, { width: 30 }, { width: 10 }, { width: 20 }];
  ws.getCell('A1').value = 'XX市智慧客服平台项目 技术偏离表';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = '项目编号：ZB-2026-118　　投标人名称（盖章）：';
  ws.mergeCells('A2:F2');
  ws.getRow(3).values = ['序号', '招标文件条目号', '招标技术要求', '投标响应', '偏离情况', '说明'];
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 0 }];
  const expected: ExpectedRequirement[] = [];
  let row = 4;
  let n = 1;
  for (const block of ZH_ROWS) {
    ws.getCell(`A${row}`).value = block.section;
    ws.mergeCells(`A${row}:F${row}`);
    row++;
    for (const [id, text] of block.items) {
      ws.getRow(row).values = [n++, id, text, '', '', ''];
      expected.push({ id: String(id), section: block.section, text, ...markOf(text), row });
      row++;
    }
  }
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  listValidation(ws, `E5:E${row - 1}`, ZH_COMPLIANCE_CHOICES);
  ws.getCell(`A${row + 1}`).value = '注：偏离情况填写“正偏离”、“无偏离”或“负偏离”。';
  return {
    name: '技术偏离表.xlsx',
    bytes: await xlsxBytes(wb),
    sheet: '技术偏离表',
    headerRow: 3,
    columns: { id: 'B', text: 'C', response: 'D', compliance: 'E', reference: 'F' },
    requirements: expected,
  };
}

const PRIORITY_WORDS: ReadonlyArray<[string, ExpectedPriority]> = [
  ['Mandatory', 'must'],
  ['Desirable', 'should'],
  ['Optional', 'could'],
  ['M', 'must'],
];

/** `count` requirements in sections of 20 under a two-row merged header (row 3-4), title on row 1. */
export async function largeWorkbook(count = 160): Promise<RfpFixture> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Technical Requirements');
  ws.getCell('A1').value = `Technical requirements (${count} items)`;
  ws.mergeCells('A1:F1');
  ws.getRow(3).values = ['Req No.', 'Description', 'M/O', 'Bidder Response', '', ''];
  ws.getRow(4).values = ['', '', '', 'Compliance', 'Response', 'Reference'];
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:C4');
  ws.mergeCells('D3:F3');
  ws.views = [{ state: 'frozen', ySplit: 4, xSplit: 1 }];
  const expected: ExpectedRequirement[] = [];
  let row = 5;
  for (let i = 0; i < count; i++) {
    if (i % 20 === 0) {
      const s = i / 20 + 1;
      ws.getCell(`A${row}`).value = `${s} Area ${s}`;
      ws.mergeCells(`A${row}:F${row}`);
      row++;
    }
    const section = `${Math.floor(i / 20) + 1} Area ${Math.floor(i / 20) + 1}`;
    const id = `${Math.floor(i / 20) + 1}.${(i % 20) + 1}`;
    const [word, priority] = PRIORITY_WORDS[i % PRIORITY_WORDS.length] ?? ['M', 'must'];
    const text = `Requirement ${id}: the solution shall handle case ${i + 1} & report it <within> 2 s.`;
    ws.getRow(row).values = [id, text, word, '', '', ''];
    expected.push({ id, section, text, priority, row });
    row++;
  }
  listValidation(ws, `D6:D${row - 1}`, EN_COMPLIANCE_CHOICES);
  return {
    name: `rfp-${count}.xlsx`,
    bytes: await xlsxBytes(wb),
    sheet: 'Technical Requirements',
    headerRow: 3,
    columns: { id: 'A', text: 'B', priority: 'C', compliance: 'D', response: 'E', reference: 'F' },
    requirements: expected,
  };
}

/** One plain sheet of `rows` requirements (header on row 1), for the size limits and the benchmark. */
export async function flatWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['ID', 'Requirement', 'Priority', 'Compliance', 'Response']);
  for (let i = 1; i <= rows; i++)
    ws.addRow([
      `R-${i}`,
      `The system shall meet requirement number ${i} within the agreed limits.`,
      i % 2 ? 'Must' : 'Should',
      '',
      '',
    ]);
  return xlsxBytes(wb);
}

/**
 * Two requirement sheets, for the import's review steps. "Functional" names five roles and is the
 * sheet detected. "Non-functional" names three: its header on row 1 heads two requirements an
 * addendum withdrew; the same header again on row 5 heads the current ones. Its "Summary" column
 * names no role (a short form of each requirement).
 */
export async function twoSheetWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  const functional = wb.addWorksheet('Functional');
  functional.addRow(['ID', 'Requirement', 'Priority', 'Compliance', 'Response']);
  functional.addRow(['FN-1', 'Agents shall see the caller history before answering.', 'Must', '', '']);
  functional.addRow(['FN-2', 'Supervisors should be able to listen in on a call.', 'Should', '', '']);
  const other = wb.addWorksheet('Non-functional');
  const header = ['Req ID', 'Requirement', 'Priority', 'Summary'];
  other.addRow(header);
  other.addRow(['X-1', 'Withdrawn by addendum 2: reports shall be printed on paper.', 'Could', 'Paper reports']);
  other.addRow(['X-2', 'Withdrawn by addendum 2: clients shall run on Windows XP.', 'Could', 'Windows XP clients']);
  other.addRow([]);
  other.addRow(header);
  other.addRow(['NF-1', 'The platform shall answer 95% of API calls within 300 ms.', 'Must', 'API latency']);
  other.addRow(['NF-2', 'A backup shall be restorable within 4 hours.', 'Should', 'Restore time']);
  other.addRow(['NF-3', 'Every administrator action shall be written to an audit log.', 'Must', 'Audit log']);
  return xlsxBytes(wb);
}

/** A CSV RFP: its header line, then one line per requirement from row 2. */
interface CsvRfp {
  readonly name: string;
  /** The header line as the file starts (a BOM included). */
  readonly header: string;
  readonly separator: ',' | ';';
  readonly encode: (text: string) => Uint8Array;
  readonly columns: RfpFixture['columns'];
  /** Id, requirement text, the priority as the customer wrote it and as the importer must read it. */
  readonly lines: ReadonlyArray<readonly [id: string, text: string, written: string, priority: ExpectedPriority]>;
}

/** Lines end in CRLF; the text is always quoted (quotes doubled, its line breaks CRLF), the last two cells empty. */
function csvRfp(csv: CsvRfp): RfpFixture {
  const quoted = (text: string): string => `"${text.replace(/"/g, '""').replace(/\n/g, '\r\n')}"`;
  const body = csv.lines.map(([id, text, written]) => [id, quoted(text), written, '', ''].join(csv.separator));
  return {
    name: csv.name,
    bytes: csv.encode([csv.header, ...body, ''].join('\r\n')),
    headerRow: 1,
    columns: csv.columns,
    requirements: csv.lines.map(([id, text, , priority], i) => ({ id, text, priority, row: i + 2 })),
  };
}

/** Semicolon CSV with a UTF-8 BOM (as a European Excel writes it): quotes, multi-line cells. */
export function semicolonCsv(): RfpFixture {
  return csvRfp({
    name: 'requirements-semicolon.csv',
    header: '\uFEFFID;Requirement;Priority;Compliance;Response',
    separator: ';',
    encode: (text) => new TextEncoder().encode(text),
    columns: { id: 'A', text: 'B', priority: 'C', compliance: 'D', response: 'E' },
    lines: [
      ['SEC-01', 'Passwords are stored hashed; never in clear text.', 'Must', 'must'],
      ['SEC-02', 'Audit log covers:\nlogin\nlogout', 'Should', 'should'],
      ['OPS-01', 'The "standard" backup runs nightly.', 'Could', 'could'],
    ],
  });
}

/** Comma CSV in GB18030, as a Chinese Excel saves "CSV (逗号分隔)". */
export function gb18030Csv(): RfpFixture {
  return csvRfp({
    name: '需求清单-gb18030.csv',
    header: '条目号,技术要求,重要性,偏离情况,说明',
    separator: ',',
    encode: (text) => new Uint8Array(iconv.encode(text, 'gb18030')),
    columns: { id: 'A', text: 'B', priority: 'C', compliance: 'D', reference: 'E' },
    lines: [
      ['3.1', '系统应支持国密SM2/SM3/SM4算法。', '实质性', 'must'],
      ['3.2', '须提供本地化部署，数据不出境。', '重要', 'should'],
      ['3.3', '可选：支持粤语语音识别。', '一般', 'could'],
    ],
  });
}

function cell(text: string, options: { columnSpan?: number; rowSpan?: number; bold?: boolean } = {}): TableCell {
  return new TableCell({
    children: text
      .split('\n')
      .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold })] })),
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.rowSpan ? { rowSpan: options.rowSpan } : {}),
  });
}

const DOCX_HEADER = ['No.', 'Requirement', 'Priority', 'Compliance', 'Remarks'];

function headerRow(): TableRow {
  return new TableRow({ tableHeader: true, children: DOCX_HEADER.map((h) => cell(h, { bold: true })) });
}

/** A full-width requirement table: the header row (repeated on every page), a section row, then `rows`. */
function requirementTable(section: string, rows: readonly TableRow[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [headerRow(), new TableRow({ children: [cell(section, { columnSpan: 5, bold: true })] }), ...rows],
  });
}

/** A Word RFP: prose with "shall"/"须" sentences, a requirement table continued as a second table. */
export async function wordRfp(): Promise<RfpFixture> {
  const table1 = requirementTable('3.1 Availability', [
    new TableRow({
      children: [
        cell('3.1.1'),
        cell('The service shall be available 99.9% of the time.'),
        cell('M', { rowSpan: 2 }),
        cell(''),
        cell(''),
      ],
    }),
    new TableRow({
      children: [cell('3.1.2'), cell('Planned maintenance is announced\n5 working days ahead.'), cell(''), cell('')],
    }),
  ]);
  const table2 = requirementTable('3.2 Integration', [
    new TableRow({
      children: [cell('3.2.1'), cell('REST APIs documented in OpenAPI 3.'), cell('D'), cell(''), cell('')],
    }),
    new TableRow({
      children: [cell('3.2.2'), cell('★ 须支持与现有 CRM 系统单点登录。'), cell(''), cell(''), cell('')],
    }),
  ]);
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Request for Proposal', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: '2 Scope', heading: HeadingLevel.HEADING_1 }),
          new Paragraph(
            'The supplier shall provide on-site training for 20 administrators. Pricing is described in Annex B.',
          ),
          new Paragraph('投标人须提供三年原厂质保服务。报价另附。'),
          new Paragraph({ text: '3 Technical Requirements', heading: HeadingLevel.HEADING_1 }),
          table1,
          new Paragraph('Table 1 (continued)'),
          table2,
          new Paragraph('End of requirements.'),
        ],
      },
    ],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  return {
    name: 'rfp-word.docx',
    bytes,
    headerRow: 1,
    columns: { id: 1, text: 2, priority: 3, compliance: 4, reference: 5 },
    requirements: [
      {
        id: '3.1.1',
        section: '3.1 Availability',
        text: 'The service shall be available 99.9% of the time.',
        priority: 'must',
        row: 3,
        table: 1,
      },
      {
        id: '3.1.2',
        section: '3.1 Availability',
        text: 'Planned maintenance is announced\n5 working days ahead.',
        priority: 'must',
        row: 4,
        table: 1,
      },
      {
        id: '3.2.1',
        section: '3.2 Integration',
        text: 'REST APIs documented in OpenAPI 3.',
        priority: 'should',
        row: 3,
        table: 2,
      },
      {
        id: '3.2.2',
        section: '3.2 Integration',
        text: '★ 须支持与现有 CRM 系统单点登录。',
        priority: 'must',
        mark: '★',
        row: 4,
        table: 2,
      },
    ],
    candidates: [
      'The supplier shall provide on-site training for 20 administrators.',
      '投标人须提供三年原厂质保服务。',
    ],
  };
}

/** Every fixture above, in a stable order. */
export async function allRfpFixtures(): Promise<RfpFixture[]> {
  return [
    await englishWorkbook(),
    await chineseDeviationTable(),
    await largeWorkbook(160),
    semicolonCsv(),
    gb18030Csv(),
    await wordRfp(),
  ];
}

/** Writes every fixture into `dir` (created) and returns the paths by fixture name. */
export async function writeRfpFixtures(dir: string): Promise<Map<string, string>> {
  mkdirSync(dir, { recursive: true });
  const out = new Map<string, string>();
  for (const f of await allRfpFixtures()) {
    const file = path.join(dir, f.name);
    writeFileSync(file, f.bytes);
    out.set(f.name, file);
  }
  return out;
}
