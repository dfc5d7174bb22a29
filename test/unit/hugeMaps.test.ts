import * as assert from 'node:assert/strict';
import { checkProposal } from '../../src/core/check';
import { Locator } from '../../src/core/locate';
import { parseProposalText } from '../../src/core/parse';

/**
 * Hostile input: one map with tens of thousands of keys. Every key gets a diagnostic, and each must
 * land on its own key (the Locator indexes big maps, so this is no longer quadratic: 100,000 keys
 * took two minutes before, see locate.ts).
 */
describe('a map with a huge number of keys', () => {
  const count = 20_000;
  const text = `presales: "1.0"\n${Array.from({ length: count }, (_, i) => `k${i}: ${i}`).join('\n')}\nk7: again\n`;

  it('reports every unknown key on that key, and the repeated one', () => {
    const result = checkProposal(text);
    const unknown = result.diagnostics.filter((d) => d.code === 'PS102');
    // The repeated k7 is one property of the value: one unknown-property diagnostic, on its first key.
    assert.equal(unknown.length, count);
    const last = unknown[unknown.length - 1];
    assert.equal(text.slice(last?.offset, (last?.offset ?? 0) + (last?.length ?? 0)), `k${count - 1}`);
    const sample = unknown[12_345];
    assert.equal(text.slice(sample?.offset, (sample?.offset ?? 0) + (sample?.length ?? 0)), 'k12345');
    assert.equal(
      result.diagnostics.filter((d) => d.code === 'PS001' && d.data?.['yamlCode'] === 'DUPLICATE_KEY').length,
      1,
    );
  });

  it('finds the first of two equal keys, as yaml does, with or without an index', () => {
    const parsed = parseProposalText(text);
    const locator = new Locator(parsed.document);
    const first = locator.locate(['k7'], 'key');
    assert.equal(first.offset, text.indexOf('\nk7:') + 1);
    const small = parseProposalText('a: 1\nb: 2\na: 3\n');
    assert.equal(new Locator(small.document).locate(['a'], 'key').offset, 0);
    assert.equal(locator.nodeAt(['k19999']) !== undefined, true);
    assert.equal(locator.nodeAt(['missing', 'deeper']), undefined);
  });
});
