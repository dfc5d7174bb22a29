/**
 * The DOCX export poured into the example company templates, with diagrams, read by LibreOffice as
 * a customer would: the template's cover with its placeholders filled, our headings under the
 * template's styles (read from word/document.xml and word/styles.xml), the template's logo in the
 * header, its page numbers in the footer, and no internal content anywhere in the package.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkProposal } from '../../src/core/check';
import { label } from '../../src/core/export/exportLabels';
import { findBrowser } from '../../src/node/browser';
import { exportProposal, type ExportResult } from '../../src/node/exportJob';
import {
  contentsEntries,
  EXAMPLES,
  headingPageIndex,
  INTERNAL_MARKER,
  officeToPdf,
  pdfPageTexts,
  pdfText,
  rendererCopy,
  repoRoot,
  squash,
  tempDir,
  withInternalMarkers,
  zipEntries,
  zipPart,
} from './exportTools';

const TEMPLATES = {
  en: {
    file: path.join(repoRoot, 'examples/templates/company.en.dotx'),
    company: 'Northwind Solutions',
    heading1: 'heading 1',
  },
  'zh-CN': {
    file: path.join(repoRoot, 'examples/templates/company.zh-CN.docx'),
    company: '北辰智造科技有限公司',
    heading1: '标题 1',
  },
};

for (const example of EXAMPLES) {
  describe(`export into a Word template: ${example.name} (${example.lang})`, function () {
    const template = TEMPLATES[example.lang];
    const dir = tempDir(`template-${example.name}`);
    let result: ExportResult;
    let text = '';
    let pages: string[] = [];

    before(async function () {
      this.timeout(300_000);
      const browserPath = findBrowser()?.path;
      assert.ok(browserPath, 'a Chromium-family browser is needed to draw the diagrams');
      const source = path.join(dir, `${example.name}.presales.yaml`);
      writeFileSync(source, withInternalMarkers(readFileSync(example.file, 'utf8')));
      result = await exportProposal({
        sourcePath: source,
        format: 'docx',
        out: dir,
        browserPath,
        rendererDir: await rendererCopy(),
        template: template.file,
      });
      const pdf = officeToPdf(result.path, dir);
      text = squash(pdfText(pdf));
      pages = pdfPageTexts(pdf);
    });

    it("shows the template's cover with the placeholders filled and no placeholder left", () => {
      const p = checkProposal(readFileSync(example.file, 'utf8')).proposal;
      assert.ok(text.includes(squash(template.company)), 'company name from the template');
      for (const value of [p.proposal?.title, p.customer?.name, p.proposal?.version, p.proposal?.date])
        assert.ok(value && text.includes(squash(value)), `cover shows ${value}`);
      assert.ok(!text.includes('{{'), 'no placeholder left');
      const footer = example.lang === 'en' ? /Page\s*3\s*of\s*\d+/ : /第\s*3\s*页\s*共\s*\d+\s*页/;
      assert.match(text, footer, "the template's page numbers");
    });

    it("puts our headings under the template's own heading style, by name", () => {
      const styles = zipPart(result.path, 'word/styles.xml');
      const id = new RegExp(`<w:style [^>]*w:styleId="([^"]+)"[^>]*><w:name w:val="${template.heading1}"/>`).exec(
        styles,
      )?.[1];
      assert.ok(id, `the template's ${template.heading1}`);
      if (example.lang === 'zh-CN') assert.equal(id, '1');
      const doc = zipPart(result.path, 'word/document.xml');
      const heading = label('requirements', example.lang);
      const para = new RegExp(`<w:p>(?:(?!</w:p>).)*<w:pStyle w:val="${id}"/>(?:(?!</w:p>).)*${heading}`).exec(doc);
      assert.ok(para, `"${heading}" is a ${template.heading1} paragraph`);
      assert.ok(text.includes(squash(heading)));
      assert.ok(
        result.notes?.some((n) => n.en.includes(`${template.heading1} (${id})`)),
        'the closing note names it',
      );
    });

    it("gives every contents entry (under the template's toc styles) the page its heading is printed on", () => {
      const contents = pages[1] ?? '';
      const entries = contentsEntries(contents);
      assert.ok(entries.length >= 8, `contents entries with page numbers: ${entries.length}\n${contents}`);
      for (const e of entries) {
        const printedOn = headingPageIndex(pages, e, 12);
        assert.equal(printedOn + 1, e.page, `${e.number} ${e.title}: contents say page ${e.page}`);
      }
      const doc = zipPart(result.path, 'word/document.xml');
      assert.match(doc, /PAGEREF _TocPs\d+ \\h/, 'page fields Word and LibreOffice compute');
    });

    it('keeps the logo in the header and adds the diagrams as media', () => {
      const entries = zipEntries(result.path);
      const headers = entries.filter((e) => /^word\/header\d+\.xml$/.test(e));
      const withLogo = headers.filter((h) => {
        const rels = entries.includes(`word/_rels/${path.basename(h)}.rels`)
          ? zipPart(result.path, `word/_rels/${path.basename(h)}.rels`)
          : '';
        return (
          /relationships\/image" Target="media\/[^"]+\.png"/.test(rels) &&
          zipPart(result.path, h).includes(template.company)
        );
      });
      assert.equal(withLogo.length, 1, 'one header with the company name and its logo');
      const media = entries.filter((e) => /^word\/media\/.+\.png$/.test(e));
      assert.ok(
        media.some((m) => /presales\d+\.png$/.test(m)),
        `our diagrams, got ${media.join(', ')}`,
      );
      assert.ok((result.diagrams ?? 0) >= 2, `diagrams: ${result.diagrams}`);
    });

    it('carries no internal content in any part', () => {
      for (const entry of zipEntries(result.path).filter((e) => /\.(xml|rels)$/.test(e) && !e.startsWith('[')))
        assert.ok(!zipPart(result.path, entry).includes(INTERNAL_MARKER), `${entry} holds internal content`);
      assert.ok(!text.includes(INTERNAL_MARKER));
    });
  });
}
