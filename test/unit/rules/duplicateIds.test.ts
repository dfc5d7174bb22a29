import * as assert from 'node:assert/strict';
import { CLEAN, assertChinese, check, edit, expectNone, expectOne, rangeOf } from './helpers';

describe('rules: PS201 duplicate id / PS217 id reused across kinds', () => {
  it('PS201 fires on the second requirement with the same id, naming the first line', () => {
    const text = edit('  - id: R2\n', '  - id: R1\n');
    const d = expectOne(check(text), 'PS201', 'error', rangeOf(text, 'R1', 1));
    assert.match(d.message, /Duplicate requirement id 'R1'.*line 6/);
    assert.deepEqual(d.data, { id: 'R1', kind: 'requirement' });
  });

  it('PS201 treats tasks and phases as one namespace', () => {
    const text = edit('        - id: T2\n', '        - id: P1\n');
    const d = expectOne(check(text), 'PS201', 'error', rangeOf(text, 'P1', 1));
    assert.match(d.message, /task id 'P1'/);
  });

  it('PS217 (a warning) fires when a goal reuses a requirement id', () => {
    const text = edit('  - id: G1\n', '  - id: R2\n');
    const d = expectOne(check(text), 'PS217', 'warning', rangeOf(text, 'R2', 1));
    assert.match(d.message, /goal id 'R2' is also the id of a requirement \(line 9\)/);
    expectNone(check(text), 'PS201');
  });

  it('reports in Chinese', () => {
    const text = edit('  - id: R2\n', '  - id: R1\n');
    const d = expectOne(check(text, { language: 'zh-CN' }), 'PS201', 'error', rangeOf(text, 'R1', 1));
    assertChinese(d.message);
    assert.match(d.message, /第 6 行/);
  });

  it('does not fire on distinct ids', () => {
    expectNone(check(CLEAN), 'PS201');
    expectNone(check(CLEAN), 'PS217');
  });
});
