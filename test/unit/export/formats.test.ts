import assert from 'node:assert/strict';
import { neutraliseFormula, toCsv, UTF8_BOM } from '../../../src/core/export/csv';
import { buildDocument } from '../../../src/core/export/documents';
import { esc, sanitizeSvg, toHtml } from '../../../src/core/export/html';
import { cell, inline, toMarkdown } from '../../../src/core/export/markdown';
import { safeMarkdown } from '../../../src/core/text/markdownSafe';
import { markdownToParagraphs, markdownToPlain } from '../../../src/core/export/markdownText';

describe('export: CSV', () => {
  it('quotes per RFC 4180, uses CRLF and starts with a BOM', () => {
    const csv = toCsv({
      name: 'x',
      columns: ['a', 'b'],
      rows: [[{ text: 'say "hi", ok' }, { text: 'two\nlines' }]],
      widths: [1, 1],
    });
    assert.equal(csv, `${UTF8_BOM}a,b\r\n"say ""hi"", ok","two\nlines"\r\n`);
  });
  it('neutralises formula injection', () => {
    for (const v of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x'])
      assert.equal(neutraliseFormula(v).startsWith("'"), true, v);
    assert.equal(neutraliseFormula('plain'), 'plain');
    assert.match(toCsv({ name: 'x', columns: ['=evil'], rows: [], widths: [1] }), /^\uFEFF'=evil\r\n$/);
  });
});

describe('export: Markdown', () => {
  it('escapes plain text and table pipes', () => {
    assert.equal(inline('a*b_c [x](y) <b>'), 'a\\*b\\_c \\[x\\]\\(y\\) \\<b\\>');
    assert.equal(cell('a|b\nc'), 'a\\|b<br>c');
  });
  it('turns raw HTML in Markdown fields into text but leaves code alone', () => {
    assert.equal(safeMarkdown('<script>x</script> `<b>`', 2), '\\<script\\>x\\</script\\> `<b>`');
    assert.equal(safeMarkdown('```\n<b>\n```', 2), '```text\n<b>\n```');
  });
  it('writes diagrams as mermaid fences that a backtick label cannot close early', () => {
    const doc = buildDocument('proposal', {
      proposal: { title: 'T' },
      architecture: { components: [{ id: 'A', name: '```' }] },
    });
    const md = toMarkdown(doc);
    const open = /^(`{3,})mermaid$/m.exec(md);
    assert.ok(open?.[1]);
    const body = md.slice((open.index ?? 0) + open[0].length);
    const close = body.indexOf(`\n${open[1]}\n`);
    assert.ok(close > 0);
    assert.ok(
      !body
        .slice(0, close)
        .split('\n')
        .some((l) => /^`{3,}\s*$/.test(l)),
      'no fence line inside the block',
    );
  });
});

describe('export: HTML', () => {
  it('escapes every text and carries the CSP', () => {
    assert.equal(esc(`<a href="x">'&`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
    const html = toHtml(buildDocument('proposal', { proposal: { title: '<script>alert(1)</script>' } }));
    assert.ok(!html.includes('<script>alert'));
    assert.match(html, /default-src 'none'; style-src 'unsafe-inline'; img-src data:/);
  });
  it('strips scripts, handlers and external links from SVG', () => {
    const svg = sanitizeSvg(
      '<svg onload="x()"><script>a()</script><a href="https://e.com"><text onclick=\'y\'>t</text></a><use href="#id"/></svg>',
    );
    assert.ok(!/script|onload|onclick|https:/.test(svg), svg);
    assert.match(svg, /href="#id"/);
  });
  it('says so when diagrams were left out on purpose', () => {
    const doc = buildDocument('proposal', {
      proposal: { title: 'T' },
      architecture: { components: [{ id: 'A', name: 'A' }] },
    });
    assert.match(toHtml(doc, { diagramsOmitted: true }), /--no-diagrams/);
  });
});

describe('export: Markdown fields for Word and spreadsheets', () => {
  it('keeps emphasis, lists and code as runs', () => {
    const ps = markdownToParagraphs('Hello **bold** and *it* `code`\n\n- one\n- two\n\n1. first');
    assert.equal(ps.length, 4);
    assert.deepEqual(
      ps[0]?.runs.map((r) => [r.text, !!r.bold, !!r.italic, !!r.code]),
      [
        ['Hello ', false, false, false],
        ['bold', true, false, false],
        [' and ', false, false, false],
        ['it', false, true, false],
        [' ', false, false, false],
        ['code', false, false, true],
      ],
    );
    assert.deepEqual(ps[1]?.list, { ordered: false, level: 0 });
    assert.deepEqual(ps[3]?.list, { ordered: true, level: 0 });
  });
  it('shows raw HTML as text', () => {
    assert.equal(markdownToPlain('<b>x</b>'), '<b>x</b>');
  });
});
