import assert from 'node:assert/strict';
import { customerRender, type CustomerRender } from '../../../src/core/export/customerView';
import { buildDocument } from '../../../src/core/export/documents';
import { tablesFor } from '../../../src/core/export/tabularDocuments';
import { ID_LIST_TABLE } from '../../../src/core/entities';
import type { Proposal } from '../../../src/core/model';
import { renderProposalHtml } from '../../../src/core/render/proposalHtml';
import { rollupCost, schedulePlan } from '../../../src/core/schedule/index';

/**
 * The customer view hides; it never recomputes. Every item that can be marked internal is marked in
 * turn, and the customer's schedule, critical path and totals must be those of the whole proposal.
 */
function proposal(): Proposal {
  return {
    proposal: { title: 'Hides', language: 'en' },
    requirements: [
      { id: 'R1', title: 'Login', priority: 'must' },
      { id: 'R2', title: 'Reports', priority: 'should' },
    ],
    goals: [{ id: 'G1', title: 'Faster', requirements: ['R1'] }],
    architecture: {
      zones: [{ id: 'Z1', name: 'DMZ' }],
      components: [
        { id: 'C1', name: 'Api', zone: 'Z1', satisfies: ['R1'] },
        { id: 'C2', name: 'Db', satisfies: ['R2'] },
      ],
      connections: [{ from: 'C1', to: 'C2' }],
      views: [
        { id: 'V1', title: 'Around the API', level: 'containers', select: { around: { component: 'C1', depth: 1 } } },
      ],
    },
    deployment: {
      environments: [{ id: 'E1', name: 'Production', kind: 'production' }],
      nodes: [{ id: 'N1', name: 'Cluster', kind: 'cluster', environment: 'E1' }],
    },
    technology: [{ id: 'TE1', area: 'Db', choice: 'Postgres', components: ['C2'] }],
    team: [
      { id: 'P1', name: 'Ann', dayRate: 1000 },
      { id: 'P2', name: 'Bob', dayRate: 500 },
      { id: 'P3', name: 'Cy', dayRate: 800 },
    ],
    resources: [{ id: 'RS1', name: 'Test rig', kind: 'hardware' }],
    plan: {
      start: '2027-01-04',
      phases: [
        {
          id: 'PH1',
          name: 'Build',
          tasks: [
            // 6 person-days by two people: 3 days. Without Bob the plan must still say 3, not 6.
            { id: 'T1', name: 'Design', effort: 6, owner: 'P1', assignees: ['P1', 'P2'], requirements: ['R1'] },
            { id: 'T2', name: 'Build', duration: 5, owner: 'P3', dependsOn: ['T1'], requirements: ['R2'] },
            { id: 'T3', name: 'Side work', duration: 2, owner: 'P2', dependsOn: ['T1'] },
          ],
        },
        {
          id: 'PH2',
          name: 'Close',
          tasks: [
            { id: 'T4', name: 'Handover', duration: 2, owner: 'P1', dependsOn: ['T2', 'T3'] },
            { id: 'M1', name: 'Go-live', milestone: true, dependsOn: ['T4'] },
          ],
        },
      ],
    },
    budget: {
      currency: 'EUR',
      contingency: 10,
      lines: [
        { id: 'B1', item: 'Server', category: 'hardware', unitCost: 2000, quantity: 2 },
        { id: 'B2', item: 'Reserve', category: 'other', unitCost: 700 },
      ],
    },
    risks: [
      { id: 'K1', title: 'Late data', likelihood: 3, impact: 4, owner: 'P1', related: ['R1', 'T2'] },
      { id: 'K2', title: 'Staff', likelihood: 2, impact: 2 },
    ],
    communication: [{ id: 'CM1', name: 'Weekly', owner: 'P1', participants: ['P2'] }],
    questions: [{ id: 'Q1', question: 'Which SSO?', owner: 'P2', related: ['R1'] }],
    training: [{ id: 'TR1', topic: 'Admin' }],
    support: { improvements: [{ id: 'I1', title: 'Dashboards' }] },
    demo: { scenarios: [{ id: 'D1', title: 'Login', requirements: ['R1'], presenter: 'P2' }] },
    sales: { valuePropositions: [{ id: 'V1', title: 'Fast', requirements: ['R1'] }] },
  };
}

/** Every item of every list that defines ids, as [list pattern, path to the item]. */
function internalCandidates(p: Proposal): Array<{ list: string; at: Array<string | number> }> {
  const out: Array<{ list: string; at: Array<string | number> }> = [];
  const walk = (value: unknown, segments: string[], at: Array<string | number>, list: string): void => {
    if (segments.length === 0) {
      if (Array.isArray(value)) value.forEach((_, i) => out.push({ list, at: [...at, i] }));
      return;
    }
    const [head, ...rest] = segments;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, rest, [...at, i], list));
    } else if (value && typeof value === 'object' && head !== undefined) {
      walk((value as Record<string, unknown>)[head], rest, [...at, head], list);
    }
  };
  for (const spec of ID_LIST_TABLE) if (spec.entity) walk(p, [...spec.list], [], spec.list.join('.'));
  return out;
}

function markInternal(p: Proposal, at: Array<string | number>): { id: unknown } {
  let item: unknown = p;
  for (const step of at) item = (item as Record<string | number, unknown>)[step];
  const record = item as { internal?: boolean; id?: unknown };
  record.internal = true;
  return { id: record.id };
}

const taskFacts = (r: CustomerRender): Map<string, string> =>
  new Map(
    r.schedule.tasks.map((t) => [
      t.id,
      `${t.start}..${t.end} ${t.duration}d ${t.effort}pd float ${t.totalFloat}${t.critical ? ' critical' : ''}`,
    ]),
  );

describe('export: the customer view hides, it never recomputes', () => {
  const whole = customerRender(proposal());
  const wholeTasks = taskFacts(whole);

  it('the fixture schedules as expected with nothing internal', () => {
    assert.equal(wholeTasks.get('T1'), '2027-01-04..2027-01-06 3d 6pd float 0 critical');
    assert.deepEqual(whole.schedule.criticalPath, ['T1', 'T2', 'T4', 'M1']);
    assert.ok(whole.cost.labour > 0 && whole.cost.total > whole.cost.subtotal);
  });

  const cases = internalCandidates(proposal());
  it('covers an item of every kind that can be internal', () => {
    const kinds = new Set(cases.map((c) => c.list));
    // Views, environments and nodes have no `internal` flag: they show what the components allow.
    const neverInternal = new Set(['architecture.views', 'deployment.environments', 'deployment.nodes']);
    for (const spec of ID_LIST_TABLE)
      if (spec.entity && !neverInternal.has(spec.list.join('.')))
        assert.ok(kinds.has(spec.list.join('.')), `the fixture has no ${spec.list.join('.')}`);
  });

  for (const c of cases) {
    it(`keeps the schedule, the critical path and the totals with ${c.at.join('.')} internal`, () => {
      const p = proposal();
      const { id } = markInternal(p, c.at);
      const view = customerRender(p);

      // Every task the customer still sees has the dates, duration and float of the whole plan.
      const seen = taskFacts(view);
      for (const [task, facts] of seen) assert.equal(facts, wholeTasks.get(task), `task ${task}`);
      const hiddenTasks = [...wholeTasks.keys()].filter((t) => !seen.has(t));
      if (c.list === 'plan.phases.*.tasks') assert.deepEqual(hiddenTasks, [id]);
      else if (c.list === 'plan.phases')
        assert.ok(hiddenTasks.length > 0 && hiddenTasks.every((t) => whole.schedule.byId.get(t)?.phaseId === id));
      else assert.deepEqual(hiddenTasks, []);
      assert.equal(view.schedule.start, whole.schedule.start);
      assert.equal(view.schedule.end, whole.schedule.end);
      // The critical path is the whole plan's, less the tasks that are hidden.
      assert.deepEqual(
        view.schedule.criticalPath,
        whole.schedule.criticalPath.filter((t) => seen.has(t)),
      );

      // Labour comes from the whole plan whoever is hidden. The one total that moves: a hidden budget
      // line is left out of the customer's subtotal, and with it the contingency on that line.
      assert.equal(view.cost.labour, whole.cost.labour);
      assert.deepEqual(
        { ...view.cost.byCategory, other: 0, hardware: 0 },
        { ...whole.cost.byCategory, other: 0, hardware: 0 },
      );
      const hiddenLine = c.list === 'budget.lines' ? (p.budget?.lines ?? []).find((l) => l.id === id) : undefined;
      const hiddenAmount = hiddenLine ? (hiddenLine.quantity ?? 1) * (hiddenLine.unitCost ?? 0) : 0;
      assert.equal(view.cost.subtotal, whole.cost.subtotal - hiddenAmount);
      assert.equal(view.cost.contingency, whole.cost.contingency - hiddenAmount * 0.1);
      assert.equal(view.cost.total, whole.cost.total - hiddenAmount * 1.1);
      if (!hiddenLine) assert.deepEqual(view.cost.byCategory, whole.cost.byCategory);

      // And the documents print those figures: the task list's dates and durations are the whole plan's.
      const table = tablesFor('plan', p)[0];
      for (const row of table?.rows ?? []) {
        const task = whole.schedule.byId.get(row[1]?.text ?? '');
        assert.ok(task, `row ${row[1]?.text}`);
        assert.deepEqual([row[3]?.text, row[4]?.text, row[5]?.text], [task.start, task.end, String(task.duration)]);
      }
      const budget = JSON.stringify(buildDocument('proposal', p).blocks);
      assert.ok(
        budget.includes(
          new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
            view.cost.total,
          ),
        ),
        'the customer total',
      );
    });
  }

  it('an internal assignee still does the work: 6 person-days by two stay 3 days, the labour stays', () => {
    const p = proposal();
    const bob = p.team?.find((m) => m.id === 'P2');
    if (bob) bob.internal = true;
    const view = customerRender(p);
    assert.equal(view.schedule.byId.get('T1')?.duration, 3);
    assert.deepEqual(view.schedule.byId.get('T1')?.assignees, ['P1']);
    assert.equal(view.schedule.byId.get('T3')?.owner, undefined);
    assert.deepEqual(
      view.schedule.load.map((l) => l.memberId),
      ['P1', 'P3'],
    );
    assert.equal(view.cost.labour, whole.cost.labour);
    assert.equal(view.cost.labourByMember.P2, undefined);
  });

  it('the preview in the customer audience hides the same way: whole-plan dates, shown lines', () => {
    const p = proposal();
    for (const member of p.team ?? []) if (member.id === 'P2') member.internal = true;
    for (const line of p.budget?.lines ?? []) if (line.id === 'B2') line.internal = true;
    const schedule = schedulePlan(p);
    const html = renderProposalHtml({ proposal: p, schedule, cost: rollupCost(p, schedule) }, { audience: 'customer' })
      .sections.map((x) => x.html)
      .join('');
    const view = customerRender(p);
    assert.ok(!html.includes('Bob') && !html.includes('Reserve'));
    // Design (T1) keeps its three days: Mermaid's end is exclusive, so 01-04 to 01-07.
    assert.match(html, /: crit, t0, 2027-01-04, 2027-01-07\n/);
    assert.ok(
      html.includes(new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(view.cost.total)),
      'the total without the hidden line',
    );
  });
});
