import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { architectureViews, LARGE_MODEL } from '../../../src/core/architecture/views';
import type { Component, Proposal } from '../../../src/core/model';
import { normalizeProposal } from '../../../src/core/normalize';

const BASE = `
presales: "1.0"
proposal: { title: Views }
requirements:
  - { id: R1 }
  - { id: R2 }
architecture:
  zones:
    - { id: edge, name: Edge }
    - { id: app, name: Application }
  components:
    - { id: user, kind: actor }
    - { id: erp, kind: external }
    - { id: gw, kind: gateway, zone: edge, tags: [core] }
    - { id: api, kind: service, zone: app, tags: [core, pci], satisfies: [R1] }
    - { id: db, kind: database, zone: app, satisfies: [R2] }
    - { id: batch, kind: batch, zone: app, internal: true, satisfies: [R1] }
  connections:
    - { from: user, to: gw }
    - { from: gw, to: api }
    - { from: api, to: db }
    - { from: api, to: erp }
    - { from: batch, to: db }
deployment:
  environments:
    - { id: prod, name: Production, kind: production }
    - { id: dr, name: DR, kind: dr }
  nodes:
    - { id: region, kind: region, environment: prod }
    - { id: k8s, kind: cluster, parent: region }
    - { id: dr-vm, kind: vm, environment: dr }
`;

function proposal(extra = ''): Proposal {
  return normalizeProposal(parse(BASE + extra));
}

function withViews(views: string): Proposal {
  const p = proposal();
  const parsed = normalizeProposal(parse(`architecture:\n  views:\n${views}`));
  return { ...p, architecture: { ...p.architecture, views: parsed.architecture?.views ?? [] } };
}

function deployed(p: Proposal, placements: Record<string, string[]>): Proposal {
  const components = (p.architecture?.components ?? []).map((c): Component =>
    c.id && placements[c.id] ? { ...c, deployedOn: placements[c.id]?.map((node) => ({ node })) } : c,
  );
  return { ...p, architecture: { ...p.architecture, components } };
}

describe('architecture views: selection', () => {
  it('with no filter shows every component, in model order', () => {
    const [v] = architectureViews(withViews('    - { id: all }'));
    assert.deepEqual(v?.componentIds, ['user', 'erp', 'gw', 'api', 'db', 'batch']);
    assert.equal(v?.level, 'containers');
    assert.equal(v?.title, 'all', 'a view without a title is captioned by its id');
    assert.deepEqual(v?.path, ['architecture', 'views', 0]);
    assert.equal(v?.derived, false);
  });

  it('matches any value inside one filter', () => {
    const [zones, kinds, tags, reqs] = architectureViews(
      withViews(
        [
          '    - { id: z, select: { zones: [edge, app] } }',
          '    - { id: k, select: { kinds: [gateway, database] } }',
          '    - { id: t, select: { tags: [pci, core] } }',
          '    - { id: r, select: { requirements: [R1] } }',
        ].join('\n'),
      ),
    );
    assert.deepEqual(zones?.componentIds, ['gw', 'api', 'db', 'batch']);
    assert.deepEqual(kinds?.componentIds, ['gw', 'db']);
    assert.deepEqual(tags?.componentIds, ['gw', 'api']);
    assert.deepEqual(reqs?.componentIds, ['api', 'batch']);
  });

  it('intersects the filters written together', () => {
    const [v, w] = architectureViews(
      withViews(
        [
          '    - { id: v, select: { zones: [app], tags: [core] } }',
          '    - { id: w, select: { zones: [edge], requirements: [R2] } }',
        ].join('\n'),
      ),
    );
    assert.deepEqual(v?.componentIds, ['api']);
    assert.deepEqual(w?.componentIds, [], 'nothing in the edge zone satisfies R2');
  });

  it('around: the component and its neighbours over connections in either direction, to the depth', () => {
    const views = architectureViews(
      withViews(
        [
          '    - { id: d0, select: { around: { component: api, depth: 0 } } }',
          '    - { id: d1, select: { around: { component: api } } }',
          '    - { id: d2, select: { around: { component: api, depth: 2 } } }',
          '    - { id: unknown, select: { around: { component: nope, depth: 3 } } }',
          '    - { id: both, select: { around: { component: api, depth: 2 }, kinds: [actor, database] } }',
        ].join('\n'),
      ),
    );
    assert.deepEqual(
      views.map((v) => v.componentIds),
      [['api'], ['erp', 'gw', 'api', 'db'], ['user', 'erp', 'gw', 'api', 'db', 'batch'], [], ['user', 'db']],
    );
  });

  it('context: the solution components and, around them, the people and external systems', () => {
    const [v] = architectureViews(withViews('    - { id: ctx, level: context }'));
    assert.deepEqual(v?.componentIds, ['gw', 'api', 'db', 'batch']);
    assert.deepEqual(v?.surroundingIds, ['user', 'erp']);
  });

  it('deployment: the selected components with a placement in the environment, nested nodes inheriting it', () => {
    const p = deployed(
      withViews('    - { id: prod, level: deployment, environment: prod }\n    - { id: nowhere, level: deployment }'),
      {
        gw: ['region'],
        api: ['k8s', 'dr-vm'],
        db: ['dr-vm'],
      },
    );
    const [prod, nowhere] = architectureViews(p);
    assert.deepEqual(prod?.componentIds, ['gw', 'api']);
    assert.equal(prod?.environment, 'prod');
    assert.deepEqual(nowhere?.componentIds, [], 'a deployment view without an environment shows nothing');
  });

  it('the customer view drops internal components from every view', () => {
    const views = architectureViews(
      withViews(
        '    - { id: r, select: { requirements: [R1] } }\n    - { id: a, select: { around: { component: db } } }',
      ),
      { hideInternal: true },
    );
    assert.deepEqual(
      views.map((v) => v.componentIds),
      [['api'], ['api', 'db']],
    );
  });

  it('keeps the first of two views with the same id and skips views without one', () => {
    const views = architectureViews(
      withViews('    - { id: a, title: First }\n    - { id: a, title: Second }\n    - { title: none }'),
    );
    assert.deepEqual(
      views.map((v) => v.title),
      ['First'],
    );
  });
});

describe('architecture views: derived defaults', () => {
  it('with no views written: a containers view of everything, a context view, one deployment view per environment', () => {
    const views = architectureViews(proposal(), { lang: 'en' });
    assert.deepEqual(
      views.map((v) => [v.id, v.level, v.title, v.derived, v.path, v.environment]),
      [
        ['containers', 'containers', 'All components', true, undefined, undefined],
        ['context', 'context', 'System context', true, undefined, undefined],
        ['deployment-prod', 'deployment', 'Deployment: Production', true, undefined, 'prod'],
        ['deployment-dr', 'deployment', 'Deployment: DR', true, undefined, 'dr'],
      ],
    );
  });

  it('titles derived views in Chinese for a Chinese proposal', () => {
    const views = architectureViews(proposal(), { lang: 'zh-CN' });
    assert.deepEqual(
      views.map((v) => v.title),
      ['全部组件', '系统上下文', '部署：Production', '部署：DR'],
    );
  });

  it('adds one containers view per zone only when the model is large', () => {
    const small = architectureViews(proposal());
    assert.equal(small.filter((v) => v.id.startsWith('zone-')).length, 0);
    const components = Array.from({ length: LARGE_MODEL + 1 }, (_, i): Component => ({
      id: `c${i}`,
      kind: 'service',
      zone: i % 3 === 0 ? 'edge' : 'app',
    }));
    const p: Proposal = {
      architecture: { zones: [{ id: 'edge', name: 'Edge' }, { id: 'app' }, { id: 'empty' }], components },
    };
    const views = architectureViews(p);
    assert.deepEqual(
      views.map((v) => [v.id, v.title, v.componentIds.length]),
      [
        ['containers', 'All components', 26],
        ['zone-edge', 'Zone: Edge', 9],
        ['zone-app', 'Zone: app', 17],
      ],
    );
  });

  it('leaves out the context view when nothing surrounds the solution, and never throws on partial input', () => {
    assert.deepEqual(
      architectureViews({ architecture: { components: [{ id: 'a' }] } }).map((v) => v.id),
      ['containers'],
    );
    assert.deepEqual(
      architectureViews({}).map((v) => v.id),
      ['containers'],
    );
    const junk = normalizeProposal(
      parse(
        'architecture: { views: [1, {id: x, select: {around: {depth: 99}}}], components: [2, {id: a}] }\ndeployment: { nodes: [{id: n, parent: n}] }',
      ),
    );
    assert.deepEqual(
      architectureViews(junk).map((v) => [v.id, v.componentIds]),
      [['x', ['a']]],
    );
  });
});
