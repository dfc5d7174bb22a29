import * as assert from 'node:assert/strict';
import { rollupCost, roundMoney, schedulePlan } from '../../../src/core/schedule';
import type { Budget, Proposal } from '../../../src/core/model';
import { customerRender } from '../../../src/core/export/customerView';

/**
 * Hand-computed rollup.
 * Labour: T1, 10 person-days shared by Ann (1000/day) and Bob (800/day): 5 x 1000 + 5 x 800 = 9000.
 *         T2, 3 person-days for Carol (no day rate) = 0; T3, 2 person-days for a stranger = 0.
 * Lines:  hardware 2 x 1500 = 3000; cloud 12 x 500 = 6000 (monthly: 12 months bought, NOT times the
 *         plan length); a labour line 1 x 1000; an uncategorised 250 (quantity defaults to 1) -> other;
 *         a services discount -500. Lines = 9750.
 * Subtotal 9000 + 9750 = 18750; contingency 10% = 1875; total 20625 (over the 20000 cap: the checker's call).
 */
function proposal(budget: Budget): Proposal {
  return {
    team: [{ id: 'ann', dayRate: 1000 }, { id: 'bob', dayRate: 800 }, { id: 'carol' }],
    plan: {
      start: '2026-03-02',
      phases: [
        {
          tasks: [
            { id: 'T1', effort: 10, assignees: ['ann', 'bob'] },
            { id: 'T2', effort: 3, owner: 'carol' },
            { id: 'T3', effort: 2, owner: 'stranger' },
          ],
        },
      ],
    },
    budget,
  };
}

const LINES: Budget['lines'] = [
  { id: 'srv', item: 'Servers', category: 'hardware', quantity: 2, unitCost: 1500 },
  { id: 'cloud', item: 'Hosting', category: 'cloud', quantity: 12, unit: 'month', unitCost: 500, recurring: 'monthly' },
  { id: 'pm', item: 'Project management', category: 'labour', unitCost: 1000 },
  { id: 'misc', item: 'Sundries', unitCost: 250 },
  { id: 'disc', item: 'Partner discount', category: 'services', quantity: 1, unitCost: -500 },
];

describe('schedule/cost', () => {
  it('adds labour, lines and contingency, and keeps the cap', () => {
    const p = proposal({ currency: 'CNY', contingency: 10, cap: 20000, lines: LINES });
    const cost = rollupCost(p, schedulePlan(p));
    assert.deepEqual(cost, {
      currency: 'CNY',
      labour: 9000,
      byCategory: {
        labour: 10000,
        hardware: 3000,
        software: 0,
        licence: 0,
        cloud: 6000,
        services: -500,
        travel: 0,
        training: 0,
        other: 250,
      },
      subtotal: 18750,
      contingencyPercent: 10,
      contingency: 1875,
      total: 20625,
      customer: {
        labour: 9000,
        byCategory: {
          labour: 10000,
          hardware: 3000,
          software: 0,
          licence: 0,
          cloud: 6000,
          services: -500,
          travel: 0,
          training: 0,
          other: 250,
        },
        subtotal: 18750,
        contingency: 1875,
        total: 20625,
      },
      cap: 20000,
      labourByMember: { ann: 5000, bob: 4000, carol: 0 },
    });
    const sum = Object.values(cost.byCategory).reduce((a, b) => a + b, 0);
    assert.equal(sum, cost.subtotal);
  });

  it('keeps internal lines in the full total and out of the customer total; all labour stays in both', () => {
    // Ann is internal: her name is hidden from the customer, but her 5 days of T1 are still done and
    // priced, so labour is the whole plan's (9000) in both totals. The internal hardware line 3000
    // leaves the customer total only. Customer: 9000 + 6000 + 1000 + 250 - 500 = 15750; 10% 1575; 17325.
    const p = proposal({
      currency: 'CNY',
      contingency: 10,
      cap: 20000,
      lines: LINES.map((l) => (l.id === 'srv' ? { ...l, internal: true } : l)),
    });
    p.team = [{ id: 'ann', dayRate: 1000, internal: true }, { id: 'bob', dayRate: 800 }, { id: 'carol' }];
    const cost = rollupCost(p, schedulePlan(p));
    assert.deepEqual([cost.subtotal, cost.total], [18750, 20625]);
    assert.deepEqual(cost.customer, {
      labour: 9000,
      byCategory: {
        labour: 10000,
        hardware: 0,
        software: 0,
        licence: 0,
        cloud: 6000,
        services: -500,
        travel: 0,
        training: 0,
        other: 250,
      },
      subtotal: 15750,
      contingency: 1575,
      total: 17325,
    });
    assert.equal(
      Object.values(cost.customer.byCategory).reduce((a, b) => a + b, 0),
      cost.customer.subtotal,
    );
    assert.deepEqual(
      cost.labourByMember,
      { ann: 5000, bob: 4000, carol: 0 },
      'the per-member figures stay the full ones',
    );
  });

  it("gives the customer documents the rollup's customer part, not a rollup of their own view", () => {
    // The customer view drops internal lines and an internal member; rolling the view up again would
    // re-split the member's work onto others or drop it. The documents read `customer` instead.
    const p = proposal({
      currency: 'CNY',
      contingency: 5,
      lines: LINES.map((l) => (l.id === 'cloud' || l.id === 'misc' ? { ...l, internal: true } : l)),
    });
    p.team = [
      { id: 'ann', dayRate: 1000 },
      { id: 'bob', dayRate: 800 },
      { id: 'carol', dayRate: 700, internal: true },
    ];
    const cost = rollupCost(p, schedulePlan(p));
    const shown = customerRender(p).cost;
    assert.deepEqual(cost.customer, {
      labour: shown.labour,
      byCategory: shown.byCategory,
      subtotal: shown.subtotal,
      contingency: shown.contingency,
      total: shown.total,
    });
    assert.equal(cost.customer.labour, cost.labour, 'all labour stays');
    assert.ok(cost.total > cost.customer.total);
  });

  it('leaves plan labour out when includeLabour is false', () => {
    // Lines only: 9750, of which the labour line 1000; no contingency, no cap, no currency.
    const p = proposal({ includeLabour: false, lines: LINES });
    const cost = rollupCost(p, schedulePlan(p));
    assert.deepEqual(
      [cost.labour, cost.byCategory.labour, cost.subtotal, cost.contingency, cost.total],
      [0, 1000, 9750, 0, 9750],
    );
    assert.deepEqual(cost.labourByMember, {});
    assert.equal(cost.cap, undefined);
    assert.equal(cost.currency, '');
  });

  it('rounds money to cents only at the end', () => {
    // 3 x 0.1 = 0.30000000000000004 -> 0.3; 7% of 0.3 + 1.005 ... each figure rounded once.
    const p: Proposal = { budget: { contingency: 7, lines: [{ quantity: 3, unitCost: 0.1 }, { unitCost: 1.005 }] } };
    const cost = rollupCost(p, schedulePlan(p));
    // subtotal 1.305 -> 1.31; contingency 0.09135 -> 0.09; total 1.39635 -> 1.4.
    assert.deepEqual([cost.subtotal, cost.contingency, cost.total], [1.31, 0.09, 1.4]);
    assert.equal(roundMoney(1.005), 1.01);
    assert.equal(roundMoney(-2.675), -2.68);
    assert.ok(Object.is(roundMoney(-0.001), 0), 'no negative zero');
  });

  it('copes with a missing or broken budget', () => {
    const empty = rollupCost({}, schedulePlan({}));
    assert.deepEqual([empty.total, empty.labour, empty.currency, empty.cap], [0, 0, '', undefined]);
    const junk = {
      team: [null, { id: 'ann', dayRate: 'lots' }],
      budget: {
        currency: 5,
        contingency: 'x',
        cap: Number.NaN,
        lines: [null, 'x', { quantity: 'two', unitCost: 10, category: 'snacks' }],
      },
    };
    const cost = rollupCost(junk as unknown as Proposal, schedulePlan(junk as unknown as Proposal));
    assert.deepEqual(
      [cost.total, cost.byCategory.other, cost.currency, cost.cap, cost.contingencyPercent],
      [10, 10, '', undefined, 0],
    );
  });
});
