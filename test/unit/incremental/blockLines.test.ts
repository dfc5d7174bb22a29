import * as assert from 'node:assert/strict';
import { isBareKeyLine, scanLines } from '../../../src/core/incremental/blockLines';
import { outlineOf } from '../../../src/core/incremental/blockRegions';

describe('blockLines: where block entries start', () => {
  it('tells keys, dashes, comments, blanks and everything else apart', () => {
    const text = 'a: 1\n  - x\n-\n# c\n\n   \n---\n...\n[1]\n&a b: 1\n\tx: 1\n"q": 1\n-x: 1\n需求: 1\r\n';
    assert.deepEqual(
      scanLines(text).map((l) => `${l.indent}${l.kind}`),
      [
        '0key',
        '2dash',
        '0dash',
        '0comment',
        '0blank',
        '3blank',
        '0other',
        '0other',
        '0other',
        '0other',
        '0other',
        '0key',
        '0key',
        '0key',
      ],
    );
  });

  it('finds keys whose value is the block below them', () => {
    const bare = (line: string): boolean => {
      const [first] = scanLines(`${line}\n`);
      return first ? isBareKeyLine(`${line}\n`, first, first.indent) : false;
    };
    for (const line of ['phases:', '  phases:  ', 'a:b:', '"quoted key":', "'it''s':", 'tasks: # the work', 'key:\r'])
      assert.ok(bare(line), line);
    for (const line of ['url: http://x:', 'a: b', 'key: |', 'a # b:', 'key: [1]', '"open:'])
      assert.ok(!bare(line), line);
  });

  it('outlines nothing it cannot cut safely', () => {
    for (const text of ['', '# only a comment\n', '- a\n- b\n', '{ a: 1 }\n', '  a: 1\n b: 2\n']) {
      assert.equal(outlineOf(text, scanLines(text)), undefined, JSON.stringify(text));
    }
  });

  it('splits long entries into their items, a mapping item from its dash line', () => {
    const items = Array.from({ length: 30 }, (_, i) => `  - id: T${i}\n    name: Task ${i}\n`).join('');
    const text = `plan:\n  phases:\n    - id: P1\n      tasks:\n${items.replace(/^ {2}/gm, '        ')}top: 1\n`;
    const outline = outlineOf(text, scanLines(text));
    assert.ok(outline);
    const [plan, top] = outline.root.parts;
    assert.equal(plan?.kind, 'pair');
    assert.equal(top?.kind, 'leaf');
    // The phase item is split from its dash line, whose `- ` is blanked when its pieces are parsed.
    assert.deepEqual([...outline.blanked.entries()], [[2, 6]]);
  });
});
