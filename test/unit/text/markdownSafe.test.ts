import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { createMarkdown } from '../../../src/core/render/markdown';
import { escapeMarkdownText } from '../../../src/core/text/markdownEscape';
import { safeMarkdown } from '../../../src/core/text/markdownSafe';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

/** A viewer that trusts its input the most: raw HTML on, images on, every link scheme allowed. */
function permissive(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: true, linkify: true });
  md.validateLink = (): boolean => true;
  return md;
}

function allTokens(tokens: readonly Token[]): Token[] {
  return tokens.flatMap((t) => [t, ...allTokens(t.children ?? [])]);
}

/** What a permissive viewer makes of the safe Markdown: no HTML, no image, no other scheme, no diagram. */
function assertInert(markdown: string): void {
  for (const t of allTokens(permissive().parse(markdown, {}))) {
    assert.ok(t.type !== 'html_inline' && t.type !== 'html_block', `raw HTML in ${JSON.stringify(markdown)}`);
    assert.notEqual(t.type, 'image', `image in ${JSON.stringify(markdown)}`);
    if (t.type === 'link_open') assert.match(String(t.attrGet('href') ?? ''), /^(https?:|mailto:)/i);
    if (t.type === 'fence') assert.equal(t.info, 'text');
  }
}

const PAYLOADS = [
  '``<img src=x onerror=alert(1)>`',
  '`` `<script>alert(1)</script>` ``',
  '[x](javascript:alert(1)) [y](data:text/html,<b>) [z](JaVaScRiPt:alert(1)) [w](java\nscript:alert(1))',
  '![pixel](https://tracker.example/p.gif) ![d](data:image/png;base64,AAAA)',
  '```mermaid\n%%{init: {"securityLevel": "loose"}}%%\ngraph TD; A-->B; click A "javascript:alert(1)"\n```',
  '~~~mermaid\ngraph TD\n~~~',
  '# Title\n## Sub\nText',
  '<div>\n\n*x*\n\n</div>',
  '&lt;img src=x onerror=alert(1)&gt; &#60;b&#62;',
  '<https://ok.example> <javascript:alert(1)> www.example.com',
  '- a\n  - <b>nested</b>\n- `c`\n\n1. one\n2. two',
  '> quote <i>x</i>\n> - item',
  '| a | <b> |\n|---|---|\n| `|` | [l](javascript:x) |',
  'line\\\nbreak and $x$ math and :smile: and ^sup^',
];

describe('text: Markdown fields re-written as safe Markdown', () => {
  for (const payload of PAYLOADS) {
    it(`leaves nothing live in ${JSON.stringify(payload).slice(0, 60)}`, () => {
      assertInert(safeMarkdown(payload, 2));
    });
  }

  it('reads as the preview reads the field (same HTML from a permissive viewer)', () => {
    for (const src of [
      'plain *em* **strong** `co`de` and ``two``',
      '- a\n- b\n  - c\n\n  para\n- d',
      '1. x\n2. y',
      '> q\n>\n> r',
      'a <b>tag</b> & &amp; entity',
      '[ok](https://example.com/a_(b)) and <mailto:a@b.example>',
      'x  \ny',
      'a\n***\nb',
      '| h | i |\n|---|---|\n| 1 | 2 |',
    ]) {
      assert.equal(permissive().render(safeMarkdown(src, 0)), createMarkdown().render(src), src);
    }
  });

  it('keeps a code span after an unbalanced backtick run as text, not a tag', () => {
    const out = safeMarkdown('``<img src=x onerror=alert(1)>`', 2);
    const html = permissive().render(out);
    assert.ok(!html.includes('<img'), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), html);
  });

  it('turns an image into a link, and one with a forbidden target into its text', () => {
    assert.equal(safeMarkdown('![pixel](https://t.example/p.gif)', 2), '[pixel](<https://t.example/p.gif>)');
    assert.equal(
      permissive().render(safeMarkdown('![d](data:image/png;base64,AAAA)', 2)),
      '<p>![d](data:image/png;base64,AAAA)</p>\n',
    );
  });

  it('keeps a mermaid fence as code', () => {
    assert.equal(safeMarkdown('```mermaid\ngraph TD\n```', 2), '```text\ngraph TD\n```');
  });

  it('puts a field heading below the section level, and bold past level 6', () => {
    assert.equal(safeMarkdown('# A\n## B', 3), '#### A\n\n##### B');
    assert.equal(safeMarkdown('# A', 6), '**A**');
  });

  it('escapes every line of multi-line plain text', () => {
    const out = escapeMarkdownText('Line one\n===\n- x\n    code?\n1. y');
    const tokens = permissive().parse(out, {});
    assert.deepEqual(
      tokens.map((t) => t.type),
      ['paragraph_open', 'inline', 'paragraph_close'],
    );
    assert.equal(permissive().render(out), '<p>Line one<br>\n===<br>\n- x<br>\ncode?<br>\n1. y</p>\n');
  });
});
