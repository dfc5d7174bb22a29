import * as assert from 'node:assert/strict';
import { CLEAN, check } from './helpers';

describe('rules: the clean fixture', () => {
  it('has no diagnostic at all, so each rule test sees only its own edit', () => {
    assert.deepEqual(
      check(CLEAN).diagnostics.map((d) => `${d.code} ${d.message}`),
      [],
    );
  });
});
