import * as assert from 'node:assert/strict';
import { blockHtml, sectionHtml, type BlockHtmlEnv } from '../../../src/core/render/blockHtml';
import { createMarkdown } from '../../../src/core/render/markdown';
import type { Block } from '../../../src/core/export/documentModel';

const preview: BlockHtmlEnv = {
  mode: 'preview',
  md: createMarkdown(),
  line: (path) => (path[0] === 'risks' ? 7 + Number(path[1] ?? 0) : undefined),
};
const doc: BlockHtmlEnv = { mode: 'document', md: createMarkdown(), line: () => undefined };

describe('blockHtml', () => {
  const table: Block = {
    type: 'table',
    columns: ['Id', 'Title'],
    cls: 'risk-register',
    rows: [
      [
        { text: 'R1', parts: [{ kind: 'code', text: 'R1' }] },
        {
          text: 'Flood <b>',
          parts: [
            { kind: 'text', text: 'Flood <b>' },
            { kind: 'text', text: ' ' },
            { kind: 'badge', cls: 'internal', text: 'Internal' },
          ],
        },
      ],
    ],
    rowMeta: [{ id: 'risk-R1', path: ['risks', 1], internal: true }],
  };

  it('draws a preview row with its anchor, source line, rich cells and escaped text', () => {
    assert.equal(
      blockHtml(table, preview),
      '<table class="risk-register"><thead><tr><th>Id</th><th>Title</th></tr></thead>\n<tbody>\n' +
        '<tr id="risk-R1" data-line="8"><td><code>R1</code></td><td>Flood &lt;b&gt; <span class="badge internal">Internal</span></td></tr>\n</tbody></table>\n',
    );
  });

  it('prints the plain text of the same table in a document, as DOCX and Markdown do', () => {
    assert.equal(
      blockHtml(table, doc),
      '<table><thead><tr><th scope="col">Id</th><th scope="col">Title</th></tr></thead><tbody><tr><td>R1</td><td>Flood &lt;b&gt;</td></tr></tbody></table>',
    );
  });

  it('wraps a preview section with its key and line, and leaves out a table with no rows', () => {
    const html = sectionHtml(
      {
        key: 'risks',
        path: ['risks'],
        blocks: [
          { type: 'heading', level: 1, text: 'Risks', anchor: 'sec-1' },
          { ...table, rows: [], rowMeta: [] },
        ],
      },
      preview,
    );
    assert.equal(
      html,
      '<section id="section-risks" class="ps-section" data-section="risks" data-line="7">\n<h2>Risks</h2>\n</section>\n',
    );
  });

  it('draws a diagram as a placeholder carrying its source, hash and node lines', () => {
    const html = blockHtml(
      {
        type: 'diagram',
        id: 'architecture',
        mermaid: 'flowchart LR\n a["<x>"]',
        caption: '',
        hash: 'h1',
        nodePaths: { a: ['risks', 0], b: ['nowhere'] },
      },
      preview,
    );
    assert.equal(
      html,
      '<div class="diagram" data-diagram="architecture" data-source-hash="h1" data-node-lines="{&quot;a&quot;:7}"><pre class="mermaid-source">flowchart LR\n a[&quot;&lt;x&gt;&quot;]</pre></div>\n',
    );
  });

  it('renders Markdown with raw HTML off, in cells and in blocks', () => {
    const md: Block = {
      type: 'table',
      columns: ['x'],
      rows: [[{ text: '', parts: [{ kind: 'markdown', source: '**a** <img src=x>' }] }]],
    };
    assert.match(blockHtml(md, preview), /<td><strong>a<\/strong> &lt;img src=x&gt;<\/td>/);
    assert.equal(
      blockHtml({ type: 'markdown', source: 'p <script>', cls: 'overview', path: ['risks', 2] }, preview),
      '<div class="overview" data-line="9"><p>p &lt;script&gt;</p>\n</div>\n',
    );
  });

  it('boxes consecutive blocks sharing one wrap in one div, in the preview only', () => {
    const box = { cls: 'scenario', id: 'scenario-<D1>', path: ['risks', 1] };
    const blocks: Block[] = [
      { type: 'paragraph', text: 'before' },
      { type: 'heading', level: 2, text: 'D1', anchor: 'sec-1-1', wrap: box },
      { type: 'list', items: ['a'], ordered: true, wrap: box },
      { type: 'paragraph', text: 'after', wrap: { cls: 'internal-block' } },
    ];
    assert.equal(
      sectionHtml({ key: 'demo', path: ['nowhere'], blocks }, preview),
      '<section id="section-demo" class="ps-section" data-section="demo">\n<p>before</p>\n' +
        '<div class="scenario" id="scenario-&lt;D1&gt;" data-line="8"><h3>D1</h3>\n<ol><li>a</li></ol>\n</div>\n' +
        '<div class="internal-block"><p>after</p>\n</div>\n</section>\n',
    );
    assert.equal(
      blocks.map((b) => blockHtml(b, doc)).join(''),
      '<p>before</p><h3 id="sec-1-1">D1</h3><ol><li>a</li></ol><p>after</p>',
    );
  });

  it("draws the cover's title as h1, rich headings, headless tables, tooltips and list classes", () => {
    assert.equal(
      blockHtml({ type: 'heading', level: 1, text: 'T', anchor: '', title: true, path: ['risks', 0] }, preview),
      '<h1 data-line="7">T</h1>\n',
    );
    assert.equal(
      blockHtml(
        {
          type: 'heading',
          level: 2,
          text: 'Notes',
          anchor: '',
          parts: [
            { kind: 'text', text: 'Notes ' },
            { kind: 'badge', cls: 'internal', text: 'Internal' },
          ],
        },
        preview,
      ),
      '<h3>Notes <span class="badge internal">Internal</span></h3>\n',
    );
    assert.equal(
      blockHtml(
        {
          type: 'table',
          columns: ['', ''],
          head: false,
          rowHeaders: true,
          rows: [[{ text: 'Total' }, { text: '5', cls: 'num', title: 'a "b"' }]],
          rowMeta: [{ cls: 'total' }],
        },
        preview,
      ),
      '<table><tbody>\n<tr class="total"><th>Total</th><td class="num" title="a &quot;b&quot;">5</td></tr>\n</tbody></table>\n',
    );
    assert.match(
      blockHtml({ type: 'table', columns: ['M', '01-11'], headTitles: [undefined, '2027-01-11'], rows: [] }, preview) +
        blockHtml(
          {
            type: 'table',
            columns: ['M', '01-11'],
            headTitles: [undefined, '2027-01-11'],
            rows: [[{ text: 'pm' }, { text: '' }]],
          },
          preview,
        ),
      /<thead><tr><th>M<\/th><th title="2027-01-11">01-11<\/th><\/tr><\/thead>/,
    );
    assert.equal(
      blockHtml({ type: 'list', items: ['x'], cls: 'value-propositions' }, preview),
      '<ul class="value-propositions"><li>x</li></ul>\n',
    );
  });
});
