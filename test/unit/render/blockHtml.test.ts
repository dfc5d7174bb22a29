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
});
