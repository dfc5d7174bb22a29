import assert from 'node:assert/strict';
import { customerView } from '../../../src/core/export/customerView';
import { buildDocument } from '../../../src/core/export/documents';
import { DOCUMENT_KINDS } from '../../../src/core/export/documentModel';
import { toMarkdown } from '../../../src/core/export/markdown';
import { toHtml } from '../../../src/core/export/html';
import { tablesFor } from '../../../src/core/export/tabularDocuments';
import { toCsv } from '../../../src/core/export/csv';
import type { Proposal } from '../../../src/core/model';

const SECRET = 'SECRET-MARKER';

function proposal(): Proposal {
  return {
    proposal: { title: 'T', language: 'en' },
    requirements: [
      { id: 'R1', title: 'Visible', priority: 'must' },
      { id: 'R2', title: `${SECRET} requirement`, priority: 'could', internal: true },
    ],
    goals: [{ id: 'G1', title: 'Goal', requirements: ['R1', 'R2'] }],
    architecture: {
      components: [{ id: 'C1', name: 'Api', satisfies: ['R1', 'R2'] }, { id: 'C2', name: `${SECRET} component`, internal: true }],
      connections: [{ from: 'C1', to: 'C2', label: `${SECRET} link` }],
    },
    team: [{ id: 'P1', name: 'Ann' }, { id: 'P2', name: `${SECRET} person`, internal: true }],
    plan: { start: '2027-01-04', phases: [{ id: 'PH', name: 'Build', tasks: [{ id: 'T1', name: 'Task', duration: 3, owner: 'P2', requirements: ['R2'] }] }] },
    budget: { currency: 'EUR', internalNotes: `${SECRET} margin`, lines: [{ id: 'B1', item: 'Server', unitCost: 100, quantity: 1 }, { id: 'B2', item: `${SECRET} reserve`, unitCost: 5, quantity: 1, internal: true }] },
    risks: [{ id: 'K1', title: 'Risk', likelihood: 2, impact: 3, owner: 'P2', related: ['R2', 'C1'] }, { id: 'K2', title: `${SECRET} risk`, internal: true }],
    sales: { negotiationNotes: `${SECRET} walk away`, competitors: [{ name: `${SECRET} rival` }], valuePropositions: [{ id: 'V1', title: 'Fast', requirements: ['R2'] }] },
  };
}

describe('export: customerView', () => {
  it('drops internal notes, competitors and every internal item', () => {
    const v = customerView(proposal());
    assert.equal(v.sales?.negotiationNotes, undefined);
    assert.equal(v.sales?.competitors, undefined);
    assert.equal(v.budget?.internalNotes, undefined);
    assert.deepEqual(v.requirements?.map((r) => r.id), ['R1']);
    assert.deepEqual(v.architecture?.components?.map((c) => c.id), ['C1']);
    assert.deepEqual(v.team?.map((t) => t.id), ['P1']);
    assert.deepEqual(v.risks?.map((r) => r.id), ['K1']);
    assert.deepEqual(v.budget?.lines?.map((l) => l.id), ['B1']);
    assert.ok(!JSON.stringify(v).includes(SECRET));
  });

  it('removes references to hidden items so no table names them', () => {
    const v = customerView(proposal());
    assert.deepEqual(v.goals?.[0]?.requirements, ['R1']);
    assert.deepEqual(v.architecture?.components?.[0]?.satisfies, ['R1']);
    assert.deepEqual(v.architecture?.connections, []);
    assert.equal(v.plan?.phases?.[0]?.tasks?.[0]?.owner, undefined);
    assert.deepEqual(v.risks?.[0]?.related, ['C1']);
    assert.deepEqual(v.sales?.valuePropositions?.[0]?.requirements, []);
  });

  it('does not modify its input', () => {
    const p = proposal();
    const before = JSON.stringify(p);
    customerView(p);
    assert.equal(JSON.stringify(p), before);
  });

  it('every document kind and table built from a proposal is free of internal content', () => {
    const p = proposal();
    for (const kind of DOCUMENT_KINDS) {
      const doc = buildDocument(kind, p);
      assert.ok(!toMarkdown(doc).includes(SECRET), `${kind} markdown`);
      assert.ok(!toHtml(doc).includes(SECRET), `${kind} html`);
      for (const t of tablesFor(kind, p)) assert.ok(!toCsv(t).includes(SECRET), `${kind} csv`);
    }
  });

  it('copes with an empty or partial proposal', () => {
    for (const kind of DOCUMENT_KINDS) {
      const doc = buildDocument(kind, {});
      assert.ok(toMarkdown(doc).length > 0);
      assert.ok(toHtml(doc).includes('<main>'));
    }
    assert.deepEqual(customerView({}), {});
  });
});
