import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkProposal } from '../../../src/core/check';
import { buildDocument } from '../../../src/core/export/documents';
import { toHtml } from '../../../src/core/export/html';
import { cssString, pageCss } from '../../../src/core/export/htmlStyle';
import { printArguments } from '../../../src/node/pdfPrinter';
import { repoRoot as root } from '../../support/repo';

/** The print stylesheet's page rules: what the browser's --print-to-pdf turns into page numbers. */
describe('export: page rules of the HTML print stylesheet', () => {
  it('cssString cannot end the string, the rule or the <style> element', () => {
    assert.equal(cssString(''), '""');
    const s = cssString('a"b\\c</style><script>\n}');
    assert.doesNotMatch(s.slice(1, -1), /["<>\n]/);
    assert.ok(!s.includes('</style'));
    assert.ok(s.startsWith('"') && s.endsWith('"'));
    assert.equal(s, '"a\\22 b\\5c c\\3c /style\\3e \\3c script\\3e \\a }"');
  });

  it('pageCss puts A4, the footer text and "Page n of m" in page-margin boxes', () => {
    const css = pageCss('Acme · Internal', ['Page ', ' of ', '']);
    assert.match(css, /@page \{ size: A4;/);
    assert.match(css, /@bottom-left \{ content: "Acme · Internal";/);
    assert.match(css, /@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\);/);
  });

  it('the exported HTML carries them in both languages, with the proposal title', () => {
    for (const [file, words] of [
      ['smart-factory', /"Page " counter\(page\) " of " counter\(pages\)/],
      ['zhihui-kefu', /"第" counter\(page\) "页，共" counter\(pages\) "页"/],
    ] as const) {
      const checked = checkProposal(readFileSync(path.join(root, 'examples', `${file}.presales.yaml`), 'utf8'));
      const doc = buildDocument('proposal', checked.proposal);
      const html = toHtml(doc, {});
      assert.match(html, words, file);
      assert.ok(html.includes(`@bottom-left { content: ${cssString(`${doc.title} · ${doc.confidentiality}`)}`), file);
    }
  });

  it('the printer runs the browser headless with a throwaway profile and no header/footer of its own', () => {
    const args = printArguments('/tmp/p', '/tmp/o.pdf');
    for (const a of [
      '--headless',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-sync',
      '--user-data-dir=/tmp/p',
      '--no-pdf-header-footer',
      '--print-to-pdf=/tmp/o.pdf',
    ])
      assert.ok(args.includes(a), a);
  });
});
