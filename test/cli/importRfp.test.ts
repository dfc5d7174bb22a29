import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot as root } from '../support/repo';
import { writeRfpFixtures } from '../support/rfpFixtures';

// `presales import` run as users run it: the bundled CLI in a child process.
const cliPath = path.join(root, 'dist', 'cli.js');

function presales(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' };
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('presales import', function () {
  this.timeout(60_000);
  let tmp: string;
  let files: Map<string, string>;
  before(async () => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run npm run build first');
    tmp = mkdtempSync(path.join(tmpdir(), 'presales-import-'));
    files = await writeRfpFixtures(tmp);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('creates a proposal from a workbook, never touches the RFP, and the result validates', () => {
    const rfp = files.get('rfp-160.xlsx') ?? '';
    const before = sha(rfp);
    const r = presales(['import', 'rfp-160.xlsx', '--into', 'new.presales.yaml', '--rfp-version', 'v1'], tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /rfp-160\.xlsx: Technical Requirements, header row 3 \(two rows\), 160 requirements/);
    assert.match(r.stdout, /160 added, 0 reworded, 0 no longer in the RFP, 0 unchanged/);
    assert.equal(sha(rfp), before, 'the RFP file is never modified');
    const value = parse(readFileSync(path.join(tmp, 'new.presales.yaml'), 'utf8')) as {
      requirements: unknown[];
      rfp: Record<string, unknown>;
    };
    assert.equal(value.requirements.length, 160);
    assert.equal(value.rfp['file'], 'rfp-160.xlsx');
    assert.equal(value.rfp['version'], 'v1');
    assert.equal(value.rfp['headerRow'], 3);
    const v = presales(['validate', 'new.presales.yaml'], tmp);
    assert.match(v.stderr, /0 errors/);
    // Again: nothing added.
    const again = presales(['import', 'rfp-160.xlsx', '--into', 'new.presales.yaml'], tmp);
    assert.match(again.stdout, /0 added, 0 reworded, 0 no longer in the RFP, 160 unchanged/);
  });

  it('--dry-run writes nothing; --format json describes the detection; Chinese messages with --lang', () => {
    const r = presales(
      ['import', '技术偏离表.xlsx', '--into', 'dry.presales.yaml', '--dry-run', '--format', 'json'],
      tmp,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.equal(existsSync(path.join(tmp, 'dry.presales.yaml')), false);
    const json = JSON.parse(r.stdout) as {
      columns: Record<string, string>;
      items: Array<{ id: string }>;
      diff: { added: unknown[] };
    };
    assert.deepEqual(json.columns, { id: 'B', text: 'C', compliance: 'E', response: 'D', reference: 'F' });
    assert.deepEqual(
      json.items.map((i) => i.id),
      ['1.1', '1.2', '2.1', '2.2', '2.3'],
    );
    assert.equal(json.diff.added.length, 5);
    const zh = presales(['import', '技术偏离表.xlsx', '--lang', 'zh-CN'], tmp);
    assert.match(zh.stdout, /技术偏离表，表头第 3 行，共 5 条需求/);
  });

  it('overrides: --sheet, --header-row, --columns; usage errors exit 2', () => {
    const r = presales(
      [
        'import',
        'acme-rfp.xlsx',
        '--sheet',
        'Requirements',
        '--header-row',
        '4',
        '--columns',
        'response=F,reference=E',
      ],
      tmp,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /response=F \(Reference\), reference=E/);
    assert.equal(presales(['import', 'acme-rfp.xlsx', '--columns', 'colour=A'], tmp).status, 2);
    assert.equal(presales(['import', 'acme-rfp.xlsx', '--header-row', '0'], tmp).status, 2);
    assert.equal(presales(['import'], tmp).status, 2);
    const missing = presales(['import', 'acme-rfp.xlsx', '--sheet', 'Nope'], tmp);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /has no sheet or table "Nope"\. It has: Cover, Requirements/);
  });

  it('refuses .xls, PDFs and missing files with a message that says what to do (exit 2)', () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    writeFileSync(path.join(tmp, 'old.xls'), ole);
    writeFileSync(path.join(tmp, 'scan.pdf'), '%PDF-1.4\n%...');
    const xls = presales(['import', 'old.xls'], tmp);
    assert.equal(xls.status, 2);
    assert.match(xls.stderr, /old binary Excel 97-2003 file \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/);
    const pdf = presales(['import', 'scan.pdf', '--lang', 'zh-CN'], tmp);
    assert.equal(pdf.status, 2);
    assert.match(pdf.stderr, /是 PDF 文件/);
    assert.equal(presales(['import', 'missing.xlsx'], tmp).status, 2);
  });

  it('CSV in GB18030 and DOCX with prose candidates', () => {
    const csv = presales(['import', '需求清单-gb18030.csv', '--format', 'json'], tmp);
    assert.equal(csv.status, 0, csv.stderr);
    assert.deepEqual(
      (JSON.parse(csv.stdout) as { items: Array<{ text: string }> }).items.map((i) => i.text),
      ['系统应支持国密SM2/SM3/SM4算法。', '须提供本地化部署，数据不出境。', '可选：支持粤语语音识别。'],
    );
    const docx = presales(['import', 'rfp-word.docx', '--into', 'word.presales.yaml', '--include-prose'], tmp);
    assert.equal(docx.status, 0, docx.stderr);
    const value = parse(readFileSync(path.join(tmp, 'word.presales.yaml'), 'utf8')) as {
      requirements: Array<{ id: string }>;
    };
    assert.deepEqual(
      value.requirements.map((r) => r.id),
      ['rfp-3-1-1', 'rfp-3-1-2', 'rfp-3-2-1', 'rfp-3-2-2', 'rfp-p3', 'rfp-p4'],
    );
  });
});
