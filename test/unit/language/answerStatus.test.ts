import * as assert from 'node:assert/strict';
import { completeAt } from '../../../src/core/language/completion';
import { hoverAt } from '../../../src/core/language/hover';
import { PROPOSAL, cursor, doc, schema } from './fixture';

/** The fixture with an answer under its second requirement, `|` marking the cursor. */
function withAnswer(answer: string): string {
  const anchor = '    priority: should\n';
  const at = PROPOSAL.indexOf(anchor);
  assert.ok(at >= 0);
  return PROPOSAL.slice(0, at + anchor.length) + answer + PROPOSAL.slice(at + anchor.length);
}

describe('language: compliance answer statuses come from the schema', () => {
  it('completes the five statuses, with their meaning, in both languages', () => {
    const { text, offset } = cursor(withAnswer('    answer:\n      status: |\n'));
    const en = completeAt({ text, offset, index: doc(text).index, schema: schema(), lang: 'en' });
    assert.deepEqual(en.map((i) => i.label).sort(), ['alternative', 'comply', 'non-comply', 'partial', 'roadmap']);
    const zh = completeAt({ text, offset, index: doc(text).index, schema: schema(), lang: 'zh-CN' });
    assert.ok(
      zh.some((i) => /无偏离/.test(JSON.stringify(i))),
      JSON.stringify(zh.find((i) => i.label === 'comply')),
    );
  });

  it('completes the keys of an answer', () => {
    const { text, offset } = cursor(withAnswer('    answer:\n      |\n'));
    const keys = completeAt({ text, offset, index: doc(text).index, schema: schema(), lang: 'en' }).map((i) => i.label);
    for (const k of ['status', 'exceeds', 'response', 'refs', 'basis']) assert.ok(keys.includes(k), keys.join());
  });

  it('hovers a status with its deviation word', () => {
    const text = withAnswer('    answer:\n      status: roadmap\n      response: Q3\n');
    const d = doc(text);
    const offset = text.indexOf('roadmap') + 2;
    for (const [lang, word] of [
      ['en', /On the roadmap/],
      ['zh-CN', /负偏离/],
    ] as const) {
      const h = hoverAt({ text, offset, value: d.parsed.value, index: d.index, schema: schema(), lang });
      assert.ok(h, `a hover in ${lang}`);
      assert.match(h.markdown, word);
    }
  });
});
