/**
 * Hostile input and refusals: HTML/script in every text field must stay text in every format and
 * never run; a document with errors is refused with locations and nothing is written; a missing
 * browser is a clear message; writes are atomic.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../src/node/browser';
import { ExportError, exportProposal } from '../../src/node/exportJob';
import {
  EXAMPLES,
  PAYLOAD,
  pdfText,
  rendererCopy,
  repoRoot,
  squash,
  tempDir,
  withHostileText,
  zipPart,
} from './exportTools';

const browserPath = findBrowser()?.path;
const cli = path.join(repoRoot, 'bin/presales.js');

describe('export: hostile text', function () {
  this.timeout(300_000);
  const dir = tempDir('export-hostile');
  const source = path.join(dir, 'hostile.presales.yaml');
  const english = EXAMPLES[0];
  let rendererDir = '';

  before(async function () {
    assert.ok(english);
    rendererDir = await rendererCopy();
    writeFileSync(source, withHostileText(readFileSync(english.file, 'utf8')));
  });

  it('the HTML shows the payloads as text and runs no script, even with JavaScript enabled', async function () {
    const r = await exportProposal({ sourcePath: source, format: 'html', out: dir, browserPath, rendererDir });
    const html = readFileSync(r.path, 'utf8');
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<img/i);
    const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(`file://${r.path}`);
      assert.notEqual(await page.title(), 'PWNED');
      assert.equal(await page.locator('script').count(), 0);
      assert.equal(await page.locator('main img').count(), 0);
      // A string expression: this test file is compiled without DOM types.
      const handlers = await page.evaluate<string[]>(
        "[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => n.startsWith('on'))",
      );
      assert.deepEqual(handlers, [], 'no event-handler attributes anywhere, SVGs included');
      // Every diagram of the document (one per architecture view, the timeline) still drawn.
      assert.equal(
        await page.locator('figure.diagram:not(.diagram-part) > svg').count(),
        r.diagrams,
        'diagrams still drawn with hostile labels',
      );
      assert.ok(r.diagrams >= 2, `diagrams: ${r.diagrams}`);
      const body = await page.locator('body').innerText();
      assert.ok(body.includes('<script>document.title="PWNED"</script>'), 'payload visible as text');
      assert.deepEqual(dialogs, []);
    } finally {
      await browser.close();
    }
  });

  it('DOCX, PDF and Markdown carry the payload as plain text', async function () {
    const docx = await exportProposal({ sourcePath: source, format: 'docx', out: dir, browserPath, rendererDir });
    const xml = zipPart(docx.path, 'word/document.xml');
    assert.ok(
      xml.includes('&lt;script&gt;document.title=&quot;PWNED&quot;&lt;/script&gt;') ||
        xml.includes('&lt;script&gt;document.title="PWNED"&lt;/script&gt;'),
    );
    const pdf = await exportProposal({ sourcePath: source, format: 'pdf', out: dir, browserPath, rendererDir });
    assert.ok(squash(pdfText(pdf.path)).includes(squash('<script>document.title="PWNED"</script>')));
    const md = readFileSync((await exportProposal({ sourcePath: source, format: 'md', out: dir })).path, 'utf8');
    assert.doesNotMatch(md, /(?<!\\)<script/i, 'raw tags are escaped in Markdown (a backslash-escaped \\< is text)');
    assert.ok(PAYLOAD.length > 0);
  });

  it('CSV cells that would run as spreadsheet formulas are neutralised', async function () {
    const text = readFileSync(english.file, 'utf8').replace(
      /^(\s*-?\s*title:\s*)(.+)$/m,
      '$1"=HYPERLINK(\\"http://x\\")"',
    );
    const src = path.join(dir, 'formula.presales.yaml');
    writeFileSync(src, text);
    const r = await exportProposal({ sourcePath: src, format: 'csv', doc: 'requirements', out: dir });
    const csv = readFileSync(r.path, 'utf8');
    assert.doesNotMatch(csv, /(^|,)"?=HYPERLINK/m);
  });
});

describe('export: refusals', function () {
  this.timeout(120_000);

  it('a document with errors exits 1, lists path:line:col, and writes nothing', function () {
    const dir = tempDir('export-broken');
    const src = path.join(dir, 'broken.presales.yaml');
    writeFileSync(
      src,
      'presales: "1.0"\nproposal:\n  title: Broken\n  language: en\nrequirements:\n  - id: R-1\n    title: One\n    priority: must\n  - id: R-1\n    title: Duplicate\n    priority: sometimes\n',
    );
    const out = path.join(dir, 'out');
    const r = spawnSync(process.execPath, [cli, 'export', src, '--format', 'md', '--out', dir], { encoding: 'utf8' });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stderr, /broken\.presales\.yaml:\d+:\d+: error PS\d+/);
    assert.deepEqual(readdirSync(dir), ['broken.presales.yaml'], `nothing written (${out})`);
  });

  it('a PDF of a document with errors is refused too (the browser started early is closed), nothing written', async function () {
    const dir = tempDir('export-broken-pdf');
    const src = path.join(dir, 'broken.presales.yaml');
    writeFileSync(src, 'presales: "1.0"\nproposal:\n  title: [unclosed\n');
    await assert.rejects(
      exportProposal({ sourcePath: src, format: 'pdf', out: dir, browserPath }),
      (e: unknown) =>
        e instanceof ExportError && e.failure === 'document' && /broken\.presales\.yaml:\d+:\d+/.test(e.message),
    );
    assert.deepEqual(readdirSync(dir), ['broken.presales.yaml']);
  });

  it('an explicit browser path that does not exist is exit 2 with how to fix it', function () {
    const dir = tempDir('export-nobrowser');
    const r = spawnSync(
      process.execPath,
      [cli, 'export', EXAMPLES[0]?.file ?? '', '--format', 'pdf', '--out', dir, '--browser', '/nonexistent/chrome'],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\/nonexistent\/chrome/);
    assert.deepEqual(readdirSync(dir), []);
  });

  it('no browser anywhere: PDF says how to get one and offers HTML; HTML needs --no-diagrams', async function () {
    const dir = tempDir('export-nobrowser2');
    const src = EXAMPLES[0]?.file ?? '';
    // A Windows machine with nothing installed: discovery finds nothing.
    assert.equal(findBrowser({ env: { PATH: '' }, platform: 'win32' }), undefined);
    const noBrowserEnv = { PRESALES_BROWSER: '', PATH: '' };
    if (findBrowser({ env: noBrowserEnv }) === undefined) {
      await assert.rejects(
        exportProposal({ sourcePath: src, format: 'pdf', out: dir, env: noBrowserEnv }),
        (e: unknown) =>
          e instanceof ExportError && e.failure === 'browser' && /--browser/.test(e.message) && /html/i.test(e.message),
      );
    }
    const r = await exportProposal({ sourcePath: src, format: 'html', out: dir, renderDiagrams: false });
    const html = readFileSync(r.path, 'utf8');
    assert.equal((html.match(/<svg/g) ?? []).length, 0);
    assert.match(html, /--no-diagrams/);
  });

  it('--no-diagrams DOCX has no pictures and says so', async function () {
    const dir = tempDir('export-nodiagrams');
    const r = spawnSync(
      process.execPath,
      [cli, 'export', EXAMPLES[1]?.file ?? '', '--format', 'docx', '--no-diagrams', '--out', dir],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const [docx] = readdirSync(dir);
    assert.ok(docx);
    assert.ok(zipPart(path.join(dir, docx), 'word/document.xml').includes('--no-diagrams'));
  });
});
