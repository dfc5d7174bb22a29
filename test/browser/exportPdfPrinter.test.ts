/**
 * The one PDF path (CLI and VS Code): the browser's own `--headless --print-to-pdf` command line on
 * the self-contained HTML export. Real Chromium and pdftotext, no mocks: page numbers come from the
 * HTML's @page margin boxes, hostile footer text stays text, a hanging or wrong browser gives a clear
 * error, and no temporary file is left behind.
 */
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pageCss } from '../../src/core/export/htmlStyle';
import { findBrowser } from '../../src/node/browser';
import { PdfPrintError, printHtmlToPdf } from '../../src/node/pdfPrinter';
import { pdfText, squash, tempDir } from './exportTools';

const browser = findBrowser()?.path;

function page(body: string, footer: string, words: [string, string, string]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${pageCss(footer, words)}</style></head><body>${body}</body></html>`;
}

describe('export: PDF printed by the browser command line', function () {
  this.timeout(120_000);
  // A private temporary folder, so "nothing left behind" is not confused by parallel runs.
  const tmp = tempDir('pdf-printer-tmp');
  const outDir = tempDir('pdf-printer');
  const savedTmp = process.env.TMPDIR;
  before(() => {
    // The browser tier needs Chromium: without one this is a failure that says so, not a skip.
    assert.ok(
      browser,
      'no Chrome, Edge or Chromium found: install one (apt-get install -y chromium) or set PRESALES_BROWSER',
    );
    process.env.TMPDIR = tmp;
  });
  after(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  it('prints A4 pages with "Page n of m" and the footer text from @page margin boxes', async () => {
    const html = page(
      '<h1>Printer title</h1><p style="break-after:page">one</p><p>two</p><p style="break-before:page">three</p>',
      'Acme · Confidential',
      ['Page ', ' of ', ''],
    );
    const pdf = await printHtmlToPdf(browser ?? '', html);
    assert.equal(Buffer.from(pdf.subarray(0, 5)).toString('latin1'), '%PDF-');
    const out = path.join(outDir, 'a.pdf');
    writeFileSync(out, pdf);
    const text = squash(pdfText(out));
    assert.ok(text.includes(squash('Printer title')), text);
    assert.ok(text.includes(squash('Page 1 of 3')) && text.includes(squash('Page 3 of 3')), text);
    assert.ok(text.includes(squash('Acme · Confidential')), text);
    assert.deepEqual(readdirSync(tmp), [], 'the HTML, the PDF and the profile are removed');
  });

  it('keeps Chinese page words and hostile footer text as plain text', async () => {
    const hostile = '方案 "</style><script>alert(1)</script> \\ end';
    const pdf = await printHtmlToPdf(browser ?? '', page('<h1>中文标题</h1>', hostile, ['第 ', ' 页，共 ', ' 页']));
    const out = path.join(outDir, 'b.pdf');
    writeFileSync(out, pdf);
    const text = squash(pdfText(out));
    assert.ok(text.includes(squash('中文标题')), text);
    assert.ok(text.includes(squash('第 1 页，共 1 页')), text);
    assert.ok(text.includes(squash(hostile)), `footer shown literally: ${text}`);
  });

  it('stops a browser that does not finish in time, with a timeout error, and cleans up', async () => {
    await assert.rejects(
      printHtmlToPdf(browser ?? '', page('<p>slow</p>', '', ['', '', '']), { timeoutMs: 50 }),
      (e: unknown) => e instanceof PdfPrintError && e.kind === 'timeout' && /within/.test(e.message),
    );
    assert.deepEqual(readdirSync(tmp), []);
  });

  it('a cancelled export stops the browser', async () => {
    const abort = new AbortController();
    const job = printHtmlToPdf(browser ?? '', page('<p>x</p>', '', ['', '', '']), { signal: abort.signal });
    setTimeout(() => abort.abort(), 20);
    await assert.rejects(job, (e: unknown) => e instanceof PdfPrintError && e.kind === 'cancelled');
    assert.deepEqual(readdirSync(tmp), []);
  });

  it('a program that is not a browser gives a clear failure, not a broken file', async () => {
    await assert.rejects(
      printHtmlToPdf('/bin/true', page('<p>x</p>', '', ['', '', ''])),
      (e: unknown) => e instanceof PdfPrintError && e.kind === 'failed' && /without writing the PDF/.test(e.message),
    );
    await assert.rejects(
      printHtmlToPdf('/bin/false', page('<p>x</p>', '', ['', '', ''])),
      (e: unknown) => e instanceof PdfPrintError && e.kind === 'failed' && /false exited with 1/.test(e.message),
    );
    await assert.rejects(
      printHtmlToPdf(path.join(tmp, 'no-such-browser'), page('<p>x</p>', '', ['', '', ''])),
      (e: unknown) => e instanceof PdfPrintError && e.kind === 'failed' && /cannot start/.test(e.message),
    );
    assert.deepEqual(readdirSync(tmp), []);
  });
});
