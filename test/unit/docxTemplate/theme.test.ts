import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { openTemplate, TemplateError } from '../../../src/core/docxTemplate/template';
import { OFFICE_COLORS, readTemplateLook } from '../../../src/core/docxTemplate/theme';
import { repoPath } from '../../support/repo';

const template = (name: string): Uint8Array => new Uint8Array(readFileSync(repoPath('examples', 'templates', name)));

describe('Word template: the look (theme colours, fonts, logo)', () => {
  it("reads the English template's theme colours, fonts and header logo", () => {
    const { files, isTemplate } = openTemplate(template('company.en.dotx'));
    assert.equal(isTemplate, true);
    const look = readTemplateLook(files);
    assert.equal(look.colors.accent1, '0E7C7B');
    assert.equal(look.colors.dk2, '17324D');
    assert.equal(look.colors.dk1, '000000');
    assert.equal(look.fonts.majorLatin, 'Arial');
    assert.ok(look.logo, 'a logo');
    assert.equal(look.logo.extension, 'png');
    assert.deepEqual([...look.logo.bytes.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.match(look.logo.part, /^word\/media\//);
  });
  it("reads the Chinese template's East Asian fonts", () => {
    const look = readTemplateLook(openTemplate(template('company.zh-CN.docx')).files);
    assert.equal(look.colors.accent1, 'B22234');
    assert.equal(look.fonts.majorEastAsia, 'SimHei');
    assert.equal(look.fonts.minorEastAsia, 'SimSun');
    assert.ok(look.logo);
  });
  it("falls back to Office's defaults for a package without theme or header", () => {
    const enc = new TextEncoder();
    const files = new Map([['word/document.xml', enc.encode('<w:document xmlns:w="w"><w:body/></w:document>')]]);
    const look = readTemplateLook(files);
    assert.deepEqual(look.colors, OFFICE_COLORS);
    assert.equal(look.logo, undefined);
  });
});

describe('Word template: opening', () => {
  const enc = new TextEncoder();
  const types = (main: string): Uint8Array =>
    enc.encode(
      `<?xml version="1.0"?><Types xmlns="t"><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
    );
  const doc = enc.encode('<w:document xmlns:w="w"><w:body/></w:document>');
  const problem = (bytes: Uint8Array): string => {
    try {
      openTemplate(bytes);
    } catch (e: unknown) {
      if (e instanceof TemplateError) return e.problem;
      throw e;
    }
    return 'ok';
  };
  it('refuses what is not a Word package, and macro-enabled documents', () => {
    assert.equal(problem(enc.encode('%PDF-1.7 not a zip')), 'notZip');
    assert.equal(problem(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])), 'notZip');
    assert.equal(problem(zipSync({ 'xl/workbook.xml': enc.encode('<workbook/>') })), 'notWord');
    const docm = 'application/vnd.ms-word.document.macroEnabled.main+xml';
    assert.equal(problem(zipSync({ '[Content_Types].xml': types(docm), 'word/document.xml': doc })), 'macros');
    const plain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
    assert.equal(
      problem(
        zipSync({
          '[Content_Types].xml': types(plain),
          'word/document.xml': doc,
          'word/vbaProject.bin': new Uint8Array(4),
        }),
      ),
      'macros',
    );
    assert.equal(problem(zipSync({ '[Content_Types].xml': types(plain), 'word/document.xml': doc })), 'ok');
  });
  it('refuses a part with a DOCTYPE (entity expansion)', () => {
    const plain = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
    const bomb = enc.encode(
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><w:document xmlns:w="w">&a;</w:document>',
    );
    assert.equal(problem(zipSync({ '[Content_Types].xml': types(plain), 'word/document.xml': bomb })), 'badXml');
  });
});
