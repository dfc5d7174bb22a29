import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { parseProposalText, PARSE_OPTIONS } from '../../src/core/parse';
import { brokenExamples } from '../support/fixtures';
import { repoRoot as root } from '../support/repo';

/**
 * parseProposalText finds repeated keys itself, in linear time, instead of yaml's uniqueKeys (which
 * compares each key with every earlier one). It must report exactly what yaml's check reports.
 */

function yamlsOwn(text: string): Array<[number, number]> {
  const [doc] = parseAllDocuments(text, { ...PARSE_OPTIONS, uniqueKeys: true });
  return (doc?.errors ?? []).filter((e) => e.code === 'DUPLICATE_KEY').map((e) => e.pos);
}

function ours(text: string): Array<[number, number]> {
  return parseProposalText(text)
    .syntaxErrors.filter((e) => e.yamlCode === 'DUPLICATE_KEY')
    .map((e) => [e.offset, e.offset + e.length]);
}

describe('repeated keys', () => {
  const cases: Record<string, string> = {
    'top level': 'a: 1\nb: 2\na: 3\n',
    'nested, three times': 'x:\n  k: 1\n  k: 2\n  k: 3\n',
    'in a list item': 'items:\n  - id: A\n    id: B\n',
    'flow mapping': 'm: { a: 1, b: 2, a: 3 }\n',
    'quoted and plain alike': 'a: 1\n"a": 2\n',
    'number and string differ': '1: x\n"1": y\n',
    'equal numbers': '1: x\n1.0: y\n',
    'null keys': '~: 1\nnull: 2\n',
    'NaN never equals NaN': '.nan: 1\n.NaN: 2\n',
    booleans: 'true: 1\nTrue: 2\n',
    none: 'a: 1\nb:\n  a: 2\n',
    'with a syntax error too': 'a: 1\n  bad: [\na: 2\n',
  };
  for (const [label, text] of Object.entries(cases)) {
    it(`reports what yaml's uniqueKeys reports: ${label}`, () => {
      assert.deepEqual(ours(text), yamlsOwn(text));
    });
  }

  it('agrees on the broken examples', () => {
    for (const file of brokenExamples()) {
      const text = readFileSync(path.join(root, file), 'utf8');
      assert.deepEqual(ours(text), yamlsOwn(text), file);
    }
  });

  it("handles a map of 100,000 keys (yaml's own check took 130 s on it)", () => {
    const text = `${Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`).join('\n')}\nk7: again\n`;
    assert.deepEqual(ours(text).length, 1);
  });
});
