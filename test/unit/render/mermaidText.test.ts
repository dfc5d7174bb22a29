import * as assert from 'node:assert/strict';
import { ganttName, mermaidEntities, mermaidLabel, MermaidIds, wrapLabel } from '../../../src/core/render/mermaidText';
import { repairMermaidEntities } from '../../../src/core/render/svgText';

/** What Mermaid shows for an entity-coded text: `#NNN;` decoded back to its character. */
function decode(text: string): string {
  return text.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

const HOSTILE = [
  'Say "hi"',
  "it's",
  '[brackets] {braces} (parens)',
  'a: b',
  'a; b',
  '#1 item',
  '50%% off',
  '%%{init: {"theme":"forest"}}%%',
  'A --> B',
  'x -.-> y ==> z',
  'end',
  'graph',
  'subgraph',
  'graph TD; A-->B',
  '订单服务',
  '🚀 launch',
  '<img src=x onerror=alert(1)>',
  'a & b',
  'a | b',
  '`code`',
  '*em* _u_',
  'style n0 fill:#f00;',
  'classDef x fill:#000;',
  'line\nbreak',
  '#quot;',
];

describe('mermaidText', () => {
  for (const text of HOSTILE) {
    it(`encodes ${JSON.stringify(text)} so Mermaid's parser sees no syntax and the label reads as written`, () => {
      const encoded = mermaidEntities(text);
      // Nothing that means something to Mermaid survives, except inside our own #NNN; codes.
      const withoutCodes = encoded.replace(/#\d+;/g, '');
      // Inside quotes only these still mean something: the quote, entity codes, directives, HTML, Markdown.
      assert.doesNotMatch(withoutCodes, /["#%<>&`*_\\]/, encoded);
      assert.doesNotMatch(encoded, /\n/);
      assert.equal(decode(encoded), text.replace(/\n/g, ' '));
    });
  }

  it('quotes labels and keeps CJK text readable', () => {
    assert.equal(mermaidLabel('订单 "A"'), '"订单 #34;A#34;"');
  });

  it('encodes the first character of gantt names so keywords (section, title, excludes) are never statements', () => {
    for (const name of [
      'section Build',
      'title X',
      'excludes weekends',
      'todayMarker off',
      'dateFormat YYYY',
      'click t1 call x()',
    ]) {
      const g = ganttName(name);
      assert.match(g, /^#\d+;/);
      assert.equal(decode(g), name);
    }
    assert.equal(decode(ganttName('🚀 go')), '🚀 go');
    assert.equal(ganttName('   '), '#8203;');
  });

  it('generates ids from an index, never from user text, and remembers the first id per source id', () => {
    const ids = new MermaidIds('n');
    assert.equal(ids.add('end'), 'n0');
    assert.equal(ids.add('graph'), 'n1');
    assert.equal(ids.add('end'), 'n2');
    assert.equal(ids.get('end'), 'n0');
    assert.equal(ids.get('missing'), undefined);
  });

  it('repairs entities Mermaid double-escapes in SVG text labels, and nothing else', () => {
    assert.equal(
      repairMermaidEntities('<text>&amp;#34;hi&amp;#34; &amp; &amp;amp;</text>'),
      '<text>&#34;hi&#34; &amp; &amp;amp;</text>',
    );
  });

  it('wraps a label into as many lines as a greedy fill, evened out, breaking at spaces and after punctuation', () => {
    assert.deepEqual(wrapLabel('规则引擎 + 质检模型，夜间批处理', 28), ['规则引擎 + 质检模型，', '夜间批处理']);
    assert.deepEqual(wrapLabel('自研对话引擎 + 行业预训练模型', 28), ['自研对话引擎 +', '行业预训练模型']);
    assert.deepEqual(wrapLabel('TimescaleDB 2.17 (PostgreSQL 16)', 28), ['TimescaleDB 2.17', '(PostgreSQL 16)']);
    assert.deepEqual(wrapLabel('Apache Kafka 3.8 (3 brokers)', 28), ['Apache Kafka 3.8 (3 brokers)']);
    // A word longer than a line stays whole, on a line of its own.
    const word = 'x'.repeat(10_000);
    assert.deepEqual(wrapLabel(`${word} y`, 22), [word, 'y']);
  });
});
