import * as assert from 'node:assert/strict';
import { normalizeProposal } from '../../src/core/normalize';

describe('normalizeProposal', () => {
  it('returns an empty proposal for anything that is not a map', () => {
    for (const v of [undefined, null, 3, 'x', [1, 2], true]) assert.deepEqual(normalizeProposal(v), {});
  });

  it('drops fields of the wrong type and keeps the right ones', () => {
    const p = normalizeProposal({
      presales: 1,
      proposal: { title: 'T', language: 'fr', authors: 'me' },
      budget: { cap: 'lots', contingency: 10, lines: 'none' },
      risks: [{ id: 'K1', likelihood: '4', impact: 3, related: 'R1' }],
    });
    assert.deepEqual(p, { proposal: { title: 'T' }, budget: { contingency: 10 }, risks: [{ id: 'K1', impact: 3 }] });
  });

  it('keeps list indexes stable: {} for non-object entries, "" for non-string ids', () => {
    const p = normalizeProposal({
      requirements: ['oops', { id: 'R2' }],
      architecture: { components: [{ id: 'C1', satisfies: [1, 'R2', null] }] },
    });
    assert.deepEqual(p.requirements, [{}, { id: 'R2' }]);
    assert.deepEqual(p.architecture?.components?.[0]?.satisfies, ['', 'R2', '']);
  });

  it('reads both dependency forms and replaces junk by {}', () => {
    const p = normalizeProposal({
      plan: {
        phases: [{ tasks: [{ id: 'T2', dependsOn: ['T1', { task: 'T0', lag: 2 }, 5, { task: 3, lag: 'x' }] }] }],
      },
    });
    assert.deepEqual(p.plan?.phases?.[0]?.tasks?.[0]?.dependsOn, ['T1', { task: 'T0', lag: 2 }, {}, {}]);
  });

  it('drops non-finite numbers and filters unknown weekdays', () => {
    const p = normalizeProposal({
      plan: {
        calendar: { workingDays: ['mon', 'funday', 3] },
        phases: [{ tasks: [{ duration: Infinity, effort: NaN }] }],
      },
    });
    assert.deepEqual(p.plan?.calendar?.workingDays, ['mon']);
    assert.deepEqual(p.plan?.phases?.[0]?.tasks?.[0], {});
  });

  it('ignores inherited and unknown keys', () => {
    const value = Object.create({ presales: '1.0' }) as Record<string, unknown>;
    value['extra'] = 1;
    assert.deepEqual(normalizeProposal(value), {});
  });

  it('keeps string-or-number targets', () => {
    const p = normalizeProposal({ goals: [{ target: 600, baseline: '1,500' }, { target: true }] });
    assert.deepEqual(p.goals, [{ target: 600, baseline: '1,500' }, {}]);
  });
});
