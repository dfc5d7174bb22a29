import type { Id, Proposal } from '../model';

/**
 * The proposal as the customer may see it. Every customer-facing document is built from this view
 * and from nothing else, so internal content cannot leak through a section someone adds later:
 * sales.competitors, sales.negotiationNotes and budget.internalNotes are dropped, every item marked
 * `internal: true` is dropped, and references to dropped ids are removed so no table or diagram
 * names a hidden item. The input is not modified.
 */
export function customerView(p: Proposal): Proposal {
  const hidden = new Set<Id>();
  const keep = <T extends { internal?: boolean; id?: Id }>(items: T[] | undefined): T[] | undefined => {
    if (!Array.isArray(items)) return items;
    return items.filter((item) => {
      if (item?.internal !== true) return true;
      if (typeof item.id === 'string') hidden.add(item.id);
      return false;
    });
  };

  const requirements = keep(p.requirements);
  const components = keep(p.architecture?.components);
  const team = keep(p.team);
  const risks = keep(p.risks);
  const lines = keep(p.budget?.lines);
  const refs = (ids: Id[] | undefined): Id[] | undefined => (Array.isArray(ids) ? ids.filter((id) => !hidden.has(id)) : ids);
  const person = (id: Id | undefined): Id | undefined => (id !== undefined && hidden.has(id) ? undefined : id);

  const view: Proposal = { ...p };
  if (requirements) view.requirements = requirements.map((r) => ({ ...r }));
  if (p.goals) view.goals = p.goals.map((g) => ({ ...g, requirements: refs(g.requirements) }));
  if (p.architecture) {
    view.architecture = {
      ...p.architecture,
      components: components?.map((c) => ({ ...c, satisfies: refs(c.satisfies) })),
      connections: p.architecture.connections?.filter((c) => !(c.from !== undefined && hidden.has(c.from)) && !(c.to !== undefined && hidden.has(c.to))),
    };
  }
  if (p.technology) view.technology = p.technology.map((t) => ({ ...t, components: refs(t.components) }));
  if (p.plan) {
    view.plan = {
      ...p.plan,
      phases: p.plan.phases?.map((ph) => ({
        ...ph,
        tasks: ph.tasks?.map((t) => ({ ...t, requirements: refs(t.requirements), owner: person(t.owner), assignees: refs(t.assignees) })),
      })),
    };
  }
  if (team) view.team = team;
  if (p.budget) {
    const { internalNotes: _dropped, ...budget } = p.budget;
    view.budget = { ...budget, lines };
  }
  if (risks) view.risks = risks.map((r) => ({ ...r, owner: person(r.owner), related: refs(r.related) }));
  if (p.communication) view.communication = p.communication.map((c) => ({ ...c, owner: person(c.owner), participants: refs(c.participants) }));
  if (p.questions) view.questions = p.questions.map((q) => ({ ...q, owner: person(q.owner), related: refs(q.related) }));
  if (p.demo) view.demo = { ...p.demo, scenarios: p.demo.scenarios?.map((s) => ({ ...s, requirements: refs(s.requirements), presenter: person(s.presenter) })) };
  if (p.sales) {
    // Only the value propositions are customer-facing; competitors and negotiation notes are not copied.
    view.sales = { valuePropositions: p.sales.valuePropositions?.map((v) => ({ ...v, requirements: refs(v.requirements) })) };
  }
  return view;
}
