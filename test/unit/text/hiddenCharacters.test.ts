import * as assert from 'node:assert/strict';
import { checkProposal } from '../../../src/core/check';
import { codeInfo } from '../../../src/core/codes';
import { quickFixesFor } from '../../../src/core/language/quickFixes';
import { applyEdits } from '../../../src/core/language/textEdit';
import { findHiddenChars, neutraliseModel, neutraliseText } from '../../../src/core/text/controls';
import { doc, schema } from '../language/fixture';

const RLO = '\u202E';
const ZWSP = '\u200B';

function proposal(name: string): string {
  return `presales: "1.0"\nproposal:\n  title: "T"\narchitecture:\n  components:\n    - { id: a, name: "${name}", kind: service }\n`;
}

describe('text: hidden characters', () => {
  it('shows bidi and zero-width characters visibly and drops other controls', () => {
    assert.equal(neutraliseText(`Invoice${RLO}gnp.exe`), 'Invoice<U+202E>gnp.exe');
    assert.equal(
      neutraliseText(`a${ZWSP}b\u2060c\uFEFFd\u2066e\u2069`),
      'a<U+200B>b<U+2060>c<U+FEFF>d<U+2066>e<U+2069>',
    );
    assert.equal(neutraliseText('a\u0000b\u0007c\u001Bd\u007Fe\u0085f\u009Fg'), 'abcdefg');
    assert.equal(neutraliseText('tab\tline\nreturn\r\n'), 'tab\tline\nreturn\r\n');
    const plain = 'nothing hidden';
    assert.equal(neutraliseText(plain), plain);
  });

  it('neutralises every string of a model, keys and maps included, and keeps untouched parts shared', () => {
    const untouched = { a: ['x'] };
    const model = {
      list: [`x${RLO}`],
      nested: { [`k${ZWSP}`]: 'v' },
      map: new Map([['id', `n\u0001`]]),
      n: 3,
      untouched,
    };
    const out = neutraliseModel(model);
    assert.deepEqual(out.list, ['x<U+202E>']);
    assert.deepEqual(Object.keys(out.nested), ['k<U+200B>']);
    assert.equal(out.map.get('id'), 'n');
    assert.equal(out.n, 3);
    assert.equal(out.untouched, untouched);
    assert.equal(neutraliseModel(untouched), untouched);
  });

  it('finds runs of one kind with their exact offsets, but not a leading byte order mark', () => {
    const text = `\uFEFFab${RLO}${RLO}c${ZWSP}\u0001`;
    assert.deepEqual(
      findHiddenChars(text).map((r) => [r.offset, r.length, r.kind]),
      [
        [3, 2, 'bidi'],
        [6, 1, 'zero-width'],
        [7, 1, 'control'],
      ],
    );
  });

  it('warns on the exact characters (PS221, PS222) and documents both codes', () => {
    const text = proposal(`Invoice${RLO}gnp.exe${ZWSP}`);
    const found = checkProposal(text).diagnostics.filter((d) => d.code === 'PS221');
    assert.deepEqual(
      found.map((d) => [d.offset, d.length, d.severity]),
      [
        [text.indexOf(RLO), 1, 'warning'],
        [text.indexOf(ZWSP), 1, 'warning'],
      ],
    );
    assert.match(found[0]?.message ?? '', /<U\+202E>/);
    assert.equal(
      checkProposal(proposal('bell\\a here')).diagnostics.filter((d) => d.code === 'PS222').length,
      0,
      'an escape in the YAML is not the character',
    );
    assert.ok(codeInfo('PS221') && codeInfo('PS222'));
    const zh = checkProposal(text.replace('title: "T"', 'title: "T"\n  language: zh-CN')).diagnostics.find(
      (d) => d.code === 'PS221',
    );
    assert.match(zh?.message ?? '', /隐藏字符/);
  });

  it('warns on control characters written raw into a comment or value (PS222)', () => {
    const text = `${proposal('ok')}# note\u0007\n`;
    const found = checkProposal(text).diagnostics.filter((d) => d.code === 'PS222');
    assert.deepEqual(
      found.map((d) => [d.offset, d.length]),
      [[text.indexOf('\u0007'), 1]],
    );
  });

  it('quick fix removes exactly the characters, one run or the whole file', () => {
    const text = proposal(`Invoice${RLO}gnp.exe${ZWSP}`);
    const d = doc(text);
    const diagnostic = checkProposal(text).diagnostics.find((x) => x.code === 'PS221');
    assert.ok(diagnostic);
    const fixes = quickFixesFor(diagnostic, { parsed: d.parsed, index: d.index, schema: schema(), lang: 'en' });
    assert.equal(fixes.length, 2);
    const one = applyEdits(text, fixes[0]?.edits ?? []);
    assert.equal(one, proposal(`Invoicegnp.exe${ZWSP}`));
    const all = applyEdits(text, fixes[1]?.edits ?? []);
    assert.equal(all, proposal('Invoicegnp.exe'));
    assert.deepEqual(
      checkProposal(all).diagnostics.filter((x) => x.code === 'PS221' || x.code === 'PS222'),
      [],
    );
  });
});
