import assert from 'node:assert/strict';
import { EXPORT_ONLY_LABELS, label } from '../../../src/core/export/exportLabels';
import { LABELS } from '../../../src/core/render/labels';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('export: labels', () => {
  it('keeps no word the shared (preview) table already has, so the two cannot drift apart', () => {
    const shared = new Map(Object.entries(LABELS).map(([key, words]) => [`${words.en}\u0000${words['zh-CN']}`, key]));
    for (const [key, words] of Object.entries(EXPORT_ONLY_LABELS)) {
      assert.ok(!(key in LABELS), `${key} is a key of render/labels.ts too`);
      const twin = shared.get(`${words.en}\u0000${words['zh-CN']}`);
      assert.equal(twin, undefined, `${key} repeats render/labels.ts '${twin}': use that key`);
    }
  });

  it('says every export-only word in both languages, with the same placeholders', () => {
    for (const [key, words] of Object.entries(EXPORT_ONLY_LABELS)) {
      // The English page footer has no word after the total ("Page 2 of 9"); Chinese has "页".
      if (key !== 'pageSuffix') assert.ok(words.en.trim(), `${key}: English`);
      assert.ok(words['zh-CN'].trim(), `${key}: Chinese`);
      assert.deepEqual(placeholders(words.en), placeholders(words['zh-CN']), `${key}: placeholders`);
    }
  });

  it('reads shared words from the preview table and fills both placeholder styles', () => {
    assert.equal(label('riskRegister', 'zh-CN'), LABELS.riskRegister['zh-CN']);
    assert.equal(label('contingency', 'en', { 0: 8 }), 'Contingency (8%)');
    assert.equal(label('contingency', 'zh-CN', { 0: 8 }), '不可预见费（8%）');
    assert.equal(label('misc.warrantyMonths', 'en', { months: 12 }), '12 months');
    assert.equal(label('doc.proposal', 'zh-CN'), '解决方案建议书');
  });
});
