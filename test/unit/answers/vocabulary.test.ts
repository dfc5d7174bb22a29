import * as assert from 'node:assert/strict';
import { zipSync, strToU8, type Zippable } from 'fflate';
import { complianceValue } from '../../../src/core/answers/vocabulary';
import { writeAnswers } from '../../../src/core/answers/writeBack';
import { openZip } from '../../../src/core/ooxml/zip';
import { answeredProposal, STATUSES } from '../../support/answeredProposal';
import { englishWorkbook } from '../../support/rfpFixtures';

/** The English fixture with its sheet's validations replaced by `validations` (other parts as they were). */
async function withValidations(validations: string): Promise<Uint8Array> {
  const f = await englishWorkbook();
  const zip = openZip(f.bytes);
  const files: Zippable = {};
  for (const e of zip.entries) {
    if (e.name.endsWith('/')) continue;
    if (e.name !== 'xl/worksheets/sheet2.xml') files[e.name] = zip.read(e.name);
    else {
      const text = zip.readText(e.name).replace(/<dataValidations[\s\S]*<\/dataValidations>/, '');
      files[e.name] = strToU8(text.replace('</worksheet>', `${validations}</worksheet>`));
    }
  }
  return zipSync(files);
}

const cell = (bytes: Uint8Array, ref: string): string | undefined => {
  const sheet = openZip(bytes).readText('xl/worksheets/sheet2.xml');
  return new RegExp(`<c r="${ref}"[^>]*><is><t xml:space="preserve">([^<]*)</t>`).exec(sheet)?.[1];
};

describe("answers: the customer's own words for the compliance column", () => {
  it('picks list items whatever their spelling; falls back to a plain negative for roadmap', () => {
    const list = ['Yes', 'No', 'Partial'];
    assert.equal(complianceValue({ status: 'comply' }, 'en', list).text, 'Yes');
    assert.equal(complianceValue({ status: 'partial' }, 'en', list).text, 'Partial');
    assert.equal(complianceValue({ status: 'non-comply' }, 'en', list).text, 'No');
    assert.equal(
      complianceValue({ status: 'roadmap' }, 'en', ['FULLY-COMPLIANT', 'non compliant']).text,
      'non compliant',
    );
    assert.equal(
      complianceValue({ status: 'alternative' }, 'en', ['Compliant', 'Partially compliant']).text,
      'Partially compliant',
    );
    assert.equal(
      complianceValue({ status: 'comply', exceeds: true }, 'zh-CN', ['正偏离', '无偏离', '负偏离']).text,
      '正偏离',
    );
    assert.equal(complianceValue({ status: 'comply' }, 'zh-CN', ['满足', '部分满足', '不满足']).text, '满足');
    const none = complianceValue({ status: 'comply' }, 'en', ['Red', 'Green']);
    assert.deepEqual(none, { text: 'Fully compliant', outsideList: true });
    assert.deepEqual(complianceValue({ status: 'partial' }, 'zh-CN', undefined), {
      text: '负偏离',
      outsideList: false,
    });
  });

  it('reads Excel 2010 (x14) validations whose list is a range on another sheet', async () => {
    const x14 =
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
      '<x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1">' +
      '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Cover!$A$1:$A$2</xm:f></x14:formula1>' +
      '<xm:sqref>D7:D11</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
    const bytes = await withValidations(x14);
    const f = await englishWorkbook();
    const p = answeredProposal(f, 'en', () => ({ status: 'comply' }));
    const result = writeAnswers(bytes, p);
    // The Cover sheet's cells (ACME Corp, ...) hold no compliance word: ours goes in, and the user is told.
    assert.equal(cell(result.bytes, 'D7'), 'Fully compliant');
    assert.equal(result.notes.length, 4);
    assert.match(result.notes[0]?.en ?? '', /^D7: the customer's list \(ACME Corp, Request for Proposal/);
  });

  it('reads a literal list with its own words, and a defined-name-free range on the same sheet', async () => {
    const literal =
      '<dataValidations count="1"><dataValidation type="list" sqref="D7 D8:D11"><formula1>"Y,N,Partly compliant"</formula1></dataValidation></dataValidations>';
    const f = await englishWorkbook();
    const p = answeredProposal(f, 'en', (i) => ({ status: STATUSES[i] ?? 'comply', response: 'x' }));
    const result = writeAnswers(await withValidations(literal), p);
    assert.deepEqual(
      ['D7', 'D8', 'D10', 'D11'].map((r) => cell(result.bytes, r)),
      ['Y', 'Partly compliant', 'N', 'Partly compliant'],
    );
    assert.deepEqual(result.notes, []);
  });
});
