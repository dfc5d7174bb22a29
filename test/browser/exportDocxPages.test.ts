/**
 * The Word export's page numbers as LibreOffice prints them, with no field update by anyone: every
 * contents entry carries the number of the page its heading is printed on, and the footer's
 * "Page x of y" agrees with the printed pages (the cover is page 1 and shows no number). LibreOffice
 * and pdftotext.
 */
import assert from 'node:assert/strict';
import { exportProposal } from '../../src/node/exportJob';
import { contentsEntries, EXAMPLES, headingPageIndex, officeToPdf, pdfPageTexts, tempDir } from './exportTools';

for (const example of EXAMPLES) {
  describe(`export: DOCX page numbers in LibreOffice, ${example.name}`, function () {
    this.timeout(300_000);
    const dir = tempDir(`docx-pages-${example.name}`);
    let pdf = '';
    let pages: string[] = [];

    before(async () => {
      const r = await exportProposal({ sourcePath: example.file, format: 'docx', out: dir, renderDiagrams: false });
      pdf = officeToPdf(r.path, dir);
      pages = pdfPageTexts(pdf);
    });

    it('numbers the pages after the cover 2..n and says "of n" in the footer', () => {
      const total = pages.length;
      assert.ok(total >= 4, `only ${total} pages`);
      assert.doesNotMatch(pages[0] ?? '', /\b(Page|第)\s*\d/, 'the cover has no page number');
      pages.slice(1).forEach((text, i) => {
        const footer =
          example.lang === 'zh-CN'
            ? new RegExp(`第\\s*${i + 2}\\s*页，共\\s*${total}\\s*页`)
            : new RegExp(`Page ${i + 2} of ${total}\\b`);
        assert.match(text, footer, `page ${i + 2} of the PDF should read page ${i + 2} of ${total}`);
      });
    });

    it('gives every contents entry the page its heading is printed on', () => {
      const contents = pages[1] ?? '';
      const entries = contentsEntries(contents);
      assert.ok(entries.length >= 8, `contents entries with page numbers: ${entries.length}\n${contents}`);
      for (const e of entries) {
        // The heading line: its number, then its title, on a page after the contents.
        const printedOn = headingPageIndex(pages, e, 20);
        assert.ok(printedOn > 1, `heading ${e.number} ${e.title} not found`);
        assert.equal(
          printedOn + 1,
          e.page,
          `${e.number} ${e.title}: contents say page ${e.page}, printed on page ${printedOn + 1}`,
        );
      }
    });
  });
}
