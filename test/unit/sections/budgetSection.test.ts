import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkProposal } from '../../../src/core/check';
import { buildDocument } from '../../../src/core/export/documents';
import type { Block } from '../../../src/core/export/documentModel';
import { renderProposalHtml, type Audience } from '../../../src/core/render/proposalHtml';
import { repoRoot } from '../../support/repo';

const example = readFileSync(path.join(repoRoot, 'examples/smart-factory.presales.yaml'), 'utf8');

function budgetHtml(text: string, audience: Audience): string {
  const r = checkProposal(text);
  const rendered = renderProposalHtml(
    { proposal: r.proposal, schedule: r.schedule, cost: r.cost, parsed: r.parsed },
    { audience },
  );
  return rendered.sections.find((s) => s.key === 'budget')?.html ?? '';
}

/** The totals table's rows as [label, amount] (tags stripped). */
function totals(html: string): Array<[string, string, string]> {
  const table = /<table class="budget-totals">([^]*?)<\/table>/.exec(html)?.[1] ?? '';
  return [...table.matchAll(/<tr(?: class="([^"]*)")?[^>]*><th>([^<]*)<\/th><td class="num">([^]*?)<\/td><\/tr>/g)].map(
    (m) => [m[1] ?? '', m[2] ?? '', (m[3] ?? '').replace(/<[^>]+>/g, '').trim()],
  );
}

describe('budget section: the two totals named', () => {
  // The example: 332,030 of customer lines and labour + 10% contingency; one internal 5,000 line (+10%); cap 420,000.
  const full = checkProposal(example).cost;

  it('the internal preview shows the customer total, the internal items and the full total, and says which one PS212 checks', () => {
    const html = budgetHtml(example, 'internal');
    const rows = totals(html);
    const byLabel = new Map(rows.map(([cls, label, amount]) => [label, { cls, amount }]));
    assert.deepEqual(byLabel.get('Customer total (EUR)'), { cls: 'total', amount: '365,233' });
    assert.deepEqual(byLabel.get('Internal items (not in customer documents)'), {
      cls: 'internal-items',
      amount: '5,500',
    });
    assert.deepEqual(byLabel.get('Full total, internal items included (EUR)'), {
      cls: 'full-total',
      amount: '370,733',
    });
    assert.equal(full.customer.total, 365233);
    assert.equal(full.total, 370733);
    // The categories above the customer total are the customer's: they add up to its subtotal.
    assert.ok(!byLabel.has('Other'), 'the internal reserve is not a customer category');
    assert.deepEqual(byLabel.get('Subtotal'), { cls: 'subtotal', amount: '332,030' });
    assert.match(html, /<p class="note" data-line="\d+">The budget cap check \(PS212\) compares the customer total/);
    // Order: customer total, then what the internal items add, then the full total, then the cap.
    const order = rows.map(([, label]) => label);
    assert.ok(order.indexOf('Customer total (EUR)') < order.indexOf('Internal items (not in customer documents)'));
    assert.ok(order.indexOf('Full total, internal items included (EUR)') < order.indexOf('Budget cap'));
  });

  it('the customer preview shows one total, the customer total, and no internal figure', () => {
    const html = budgetHtml(example, 'customer');
    const labels = totals(html).map(([, label, amount]) => `${label}=${amount}`);
    assert.ok(labels.includes('Total (EUR)=365,233'), labels.join(' | '));
    assert.ok(!labels.some((l) => /Internal items|Full total|Customer total/.test(l)), labels.join(' | '));
    assert.doesNotMatch(html, /PS212|370,733|Reserve for unplanned/);
  });

  it('the proposal document prints the same customer total', () => {
    const doc = buildDocument('proposal', checkProposal(example).proposal, { lang: 'en' });
    const start = doc.blocks.findIndex((b) => b.type === 'heading' && b.text === 'Budget summary');
    const table = doc.blocks.slice(start).find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
    const rows = table?.rows.map((r) => r.map((c) => c.text)) ?? [];
    assert.deepEqual(
      rows.find((r) => r[0] === 'Total'),
      ['Total', '€365,233'],
    );
    assert.ok(!rows.some((r) => /Internal|Full total|Other/.test(r[0] ?? '')), JSON.stringify(rows));
  });

  it('marks the cap over only when the customer total is above it, exactly when PS212 is reported', () => {
    for (const [cap, over] of [
      [368000, false], // between the customer total and the full total
      [365233, false], // exactly on the customer total
      [360000, true],
    ] as const) {
      const text = example.replace('cap: 420000', `cap: ${cap}`);
      const capRow = totals(budgetHtml(text, 'internal')).find(([, label]) => label === 'Budget cap');
      assert.equal(capRow?.[0], over ? 'over-cap' : '', `cap ${cap}`);
      assert.equal(capRow?.[2].endsWith('!'), over, `cap ${cap} badge`);
      const ps212 = checkProposal(text).diagnostics.some((d) => d.code === 'PS212');
      assert.equal(ps212, over, `cap ${cap}: PS212`);
    }
  });

  it('names both totals in Chinese', () => {
    const html = budgetHtml(example.replace('language: en', 'language: zh-CN'), 'internal');
    assert.match(html, /客户总价 \(EUR\)/);
    assert.match(html, /内部项（不计入客户文档）/);
    assert.match(html, /完整总额（含内部项） \(EUR\)/);
    assert.match(html, /预算上限检查（PS212）/);
  });
});
