import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeAnswers } from '../../src/core/answers/writeBack';
import { answeredProposal } from '../support/answeredProposal';
import { chineseDeviationTable, englishWorkbook, wordRfp } from '../support/rfpFixtures';
import { pdfText, squash, tempDir } from './exportTools';

/** LibreOffice converts the file headless: it must open it (no repair prompt exists headless: a broken file fails or comes out empty). */
function convert(file: string, to: string, outDir: string): string[] {
  const profile = tempDir('lo-profile');
  try {
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', to, '--outdir', outDir, file],
      { stdio: 'pipe', timeout: 180_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return readdirSync(outDir).map((n) => path.join(outDir, n));
}

// Every sheet as its own CSV (token 12 = -1), UTF-8 (76), comma-separated, quoted text.
const ALL_SHEETS_CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

describe('answers: the answered copy opens in LibreOffice', function () {
  this.timeout(300_000);
  let tmp: string;
  before(() => {
    tmp = tempDir('answers-lo');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('English workbook: every sheet converts, the answers are in their cells, the rest as in the original', async () => {
    const f = await englishWorkbook();
    const p = answeredProposal(f, 'en', (i) => ({ status: i % 2 ? 'partial' : 'comply', response: `Answer ${i + 1}` }));
    const answered = path.join(tmp, 'answered.xlsx');
    const original = path.join(tmp, 'original.xlsx');
    writeFileSync(answered, writeAnswers(f.bytes, p).bytes);
    writeFileSync(original, f.bytes);
    const [a] = convert(answered, ALL_SHEETS_CSV, path.join(tmp, 'a')).filter((x) => /Requirements/.test(x));
    const [o] = convert(original, ALL_SHEETS_CSV, path.join(tmp, 'o')).filter((x) => /Requirements/.test(x));
    assert.ok(a && o, 'the Requirements sheet converted');
    const rowsA = readFileSync(a, 'utf8').split('\n');
    const rowsO = readFileSync(o, 'utf8').split('\n');
    assert.equal(rowsA.length, rowsO.length);
    assert.match(
      rowsA[6] ?? '',
      /^4\.1\.1,"The platform shall support 2,000 concurrent agents\.",Mandatory,Fully Compliant,Answer 1,,3$/,
    );
    assert.ok(readFileSync(a, 'utf8').includes('average handling time",Desirable,Partially Compliant,Answer 2,,2'));
    // Rows without answers are unchanged (title, header, section rows).
    for (const i of [0, 1, 2, 3, 4, 5]) assert.equal(rowsA[i], rowsO[i], `row ${i + 1}`);
    const cover = convert(answered, ALL_SHEETS_CSV, path.join(tmp, 'c')).filter((x) => /Cover/.test(x));
    assert.equal(cover.length, 1, 'the other sheet is still there');
  });

  it('Chinese 技术偏离表 prints with 无偏离 / 负偏离 in 偏离情况', async () => {
    const f = await chineseDeviationTable();
    const p = answeredProposal(f, 'zh-CN', (i) =>
      i ? { status: 'partial', response: '部分支持' } : { status: 'comply', response: '完全支持' },
    );
    const answered = path.join(tmp, 'zh.xlsx');
    writeFileSync(answered, writeAnswers(f.bytes, p).bytes);
    const [pdf] = convert(answered, 'pdf', path.join(tmp, 'zh'));
    assert.ok(pdf);
    const text = squash(pdfText(pdf));
    assert.ok(text.includes('完全支持无偏离'), text.slice(0, 400));
    assert.ok(text.includes('部分支持负偏离'));
  });

  it('Word table: the answered copy converts to PDF with the answers in it', async () => {
    const f = await wordRfp();
    const p = answeredProposal(f, 'en', () => ({ status: 'comply', refs: ['Section 5'] }));
    const answered = path.join(tmp, 'answered.docx');
    writeFileSync(answered, writeAnswers(f.bytes, p).bytes);
    const [pdf] = convert(answered, 'pdf', path.join(tmp, 'docx'));
    assert.ok(pdf);
    const text = squash(pdfText(pdf));
    assert.equal(text.split('Fullycompliant').length - 1, f.requirements.length);
    assert.ok(text.includes('Section5'));
  });
});
