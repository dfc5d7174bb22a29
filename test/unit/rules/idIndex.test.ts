import * as assert from 'node:assert/strict';
import { buildModelIdIndex, idsOfKind, namespaceOf, resolveReference } from '../../../src/core/idIndex';
import { normalizeProposal } from '../../../src/core/normalize';

describe('idIndex', () => {
  const p = normalizeProposal({
    requirements: [{ id: 'R1' }, { id: 'R2' }],
    architecture: { components: [{ id: 'C1', satisfies: ['R1', 'C1'] }], connections: [{ from: 'C1', to: 'R2' }] },
    plan: { phases: [{ id: 'P1', tasks: [{ id: 'T1', owner: 'ana', dependsOn: ['P1', { task: 'T1', lag: 1 }] }] }] },
    team: [{ id: 'ana' }],
    risks: [{ id: 'K1', related: ['R2', 'T1', 'nothing'] }],
  });
  const index = buildModelIdIndex(p);

  it('records every definition with its kind and the path of its id value', () => {
    assert.deepEqual(index.entries.get('T1')?.definitions, [
      { id: 'T1', kind: 'task', path: ['plan', 'phases', 0, 'tasks', 0, 'id'] },
    ]);
    assert.deepEqual(idsOfKind(index, 'requirement'), ['R1', 'R2']);
    assert.equal(namespaceOf('phase'), namespaceOf('task'));
  });

  it('records references with the expected kind, field and path (both dependency forms)', () => {
    const refs = index.entries.get('T1')?.references.map((r) => [r.expected, r.field, r.path.join('/')]);
    assert.deepEqual(refs, [
      ['task', 'dependsOn', 'plan/phases/0/tasks/0/dependsOn/1/task'],
      ['any', 'related', 'risks/0/related/1'],
    ]);
  });

  it('resolves by kind: a component is not a requirement, anything goes for related', () => {
    const byPath = (path: string) => index.references.find((r) => r.path.join('/') === path);
    const ok = (path: string): boolean => {
      const ref = byPath(path);
      assert.ok(ref, path);
      return resolveReference(index, ref) !== undefined;
    };
    assert.equal(ok('architecture/components/0/satisfies/0'), true);
    assert.equal(ok('architecture/components/0/satisfies/1'), false);
    assert.equal(ok('architecture/connections/0/to'), false);
    assert.equal(ok('plan/phases/0/tasks/0/dependsOn/0'), false);
    assert.equal(ok('plan/phases/0/tasks/0/owner'), true);
    assert.equal(ok('risks/0/related/0'), true);
    assert.equal(ok('risks/0/related/2'), false);
  });
});
