import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openZip } from '../../src/core/ooxml/zip';
import { answeredProposal, answeredYaml } from '../support/answeredProposal';
import { repoRoot as root } from '../support/repo';
import { englishWorkbook } from '../support/rfpFixtures';

const cliPath = path.join(root, 'dist', 'cli.js');

function presales(args: string[], cwd: string, lang = 'C'): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('presales answer', function () {
  this.timeout(30000);
  let tmp: string;
  let original: Uint8Array;
  before(async () => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run npm run build first');
    tmp = mkdtempSync(path.join(tmpdir(), 'presales-answer-'));
    const f = await englishWorkbook();
    original = f.bytes;
    writeFileSync(path.join(tmp, f.name), f.bytes);
    const p = answeredProposal(f, 'en', (i) => ({ status: i ? 'partial' : 'comply', response: `Answer ${i + 1}` }));
    writeFileSync(path.join(tmp, 'rfp.presales.yaml'), answeredYaml(p));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes the answered copy, leaves the original as it was, exit 0', () => {
    const r = presales(['answer', 'acme-rfp.xlsx', '--from', 'rfp.presales.yaml', '--out', 'answered.xlsx'], tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^wrote answered\.xlsx: 8 answer cells for 4 requirements\n$/);
    assert.ok(Buffer.from(readFileSync(path.join(tmp, 'acme-rfp.xlsx'))).equals(Buffer.from(original)));
    const sheet = openZip(new Uint8Array(readFileSync(path.join(tmp, 'answered.xlsx')))).readText(
      'xl/worksheets/sheet2.xml',
    );
    assert.match(sheet, /<c r="D7"[^>]* t="inlineStr"><is><t xml:space="preserve">Fully Compliant<\/t>/);
  });

  it("finds the customer's file through rfp.file and names the copy beside it", () => {
    const r = presales(['answer', '--from', 'rfp.presales.yaml'], tmp);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(path.join(tmp, 'acme-rfp.answered.xlsx')));
  });

  it('refuses to overwrite the original (exit 2), in Chinese too', () => {
    const r = presales(['answer', 'acme-rfp.xlsx', '--from', 'rfp.presales.yaml', '--out', 'acme-rfp.xlsx'], tmp);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /never overwritten/);
    const zh = presales(
      ['answer', 'acme-rfp.xlsx', '--from', 'rfp.presales.yaml', '--out', 'acme-rfp.xlsx'],
      tmp,
      'zh_CN.UTF-8',
    );
    assert.match(zh.stderr, /原始文件永远不会被覆盖/);
  });

  it('usage errors: no --from (exit 2); a proposal with errors (exit 1) lists them', () => {
    assert.equal(presales(['answer', 'acme-rfp.xlsx'], tmp).status, 2);
    writeFileSync(path.join(tmp, 'bad.presales.yaml'), 'presales: "1.0"\nproposal: [\n');
    const r = presales(['answer', 'acme-rfp.xlsx', '--from', 'bad.presales.yaml'], tmp);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /bad\.presales\.yaml:\d+:\d+ PS001/);
  });

  it('a file that is not a workbook: a clear message, exit 2', () => {
    writeFileSync(path.join(tmp, 'old.xlsx'), 'not a zip at all');
    const r = presales(['answer', 'old.xlsx', '--from', 'rfp.presales.yaml', '--out', 'x.xlsx'], tmp);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /could not be read: not a zip archive\. Open it in Excel and save it again as \.xlsx/);
  });

  it('is listed in presales --help', () => {
    assert.match(presales(['--help'], tmp).stdout, /answer/);
  });
});
