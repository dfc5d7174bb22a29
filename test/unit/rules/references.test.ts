import * as assert from 'node:assert/strict';
import { CLEAN, assertChinese, check, edit, expectNone, expectOne, rangeOf, withCode } from './helpers';

describe('rules: PS202 unknown reference', () => {
  it('fires on an unknown requirement in satisfies and suggests the closest id', () => {
    const text = edit('satisfies: [R2]', 'satisfies: [R3]');
    const d = expectOne(check(text), 'PS202', 'error', rangeOf(text, 'R3'));
    assert.match(d.message, /Unknown requirement 'R3'.*Did you mean 'R1'\?/);
    assert.equal(d.data?.['expected'], 'requirement');
    assert.equal(d.data?.['suggestion'], 'R1');
  });

  it('fires on a connection to a component that does not exist', () => {
    const text = edit('      to: C2\n', '      to: C9\n');
    const d = expectOne(check(text), 'PS202', 'error', rangeOf(text, 'C9'));
    assert.match(d.message, /Unknown component 'C9'/);
  });

  it('names the actual kind when the id belongs to another kind', () => {
    const text = edit('components: [C2]', 'components: [R2]');
    const d = expectOne(check(text), 'PS202', 'error', rangeOf(text, 'R2', 0, 'technology:'));
    assert.match(d.message, /'R2' is a requirement, not a component/);
  });

  it('checks zones, dependsOn (plain and {task, lag}), task/goal/scenario/value-proposition requirements', () => {
    let text = edit('      zone: Z1\n', '      zone: Z2\n');
    text = edit('dependsOn: [T1]', 'dependsOn: [T0, { task: T9, lag: 1 }]', text);
    text = edit('          requirements: [R1]\n', '          requirements: [R7]\n', text);
    text = edit('      requirements: [R1]\n      presenter', '      requirements: [Rx1]\n      presenter', text);
    text = edit('    requirements: [R1]\n', '    requirements: [R8]\n', text);
    text += 'sales:\n  valuePropositions:\n    - title: Speed\n      requirements: [R5]\n';
    const result = check(text);
    const found = withCode(result, 'PS202').map((d) => text.slice(d.offset, d.offset + d.length));
    assert.deepEqual(found.sort(), ['R5', 'R7', 'R8', 'Rx1', 'T0', 'T9', 'Z2'].sort());
    for (const d of withCode(result, 'PS202')) assert.equal(d.severity, 'error');
  });

  it('accepts any id in risks[].related and questions[].related, and flags unknown ones', () => {
    expectNone(check(CLEAN), 'PS202');
    const text = edit('related: [R1, T1]', 'related: [R1, T1, D1, nope]');
    const d = expectOne(check(text), 'PS202', 'error', rangeOf(text, 'nope'));
    assert.match(d.message, /No item has the id 'nope'/);
  });

  it('reports in Chinese', () => {
    const text = edit('satisfies: [R2]', 'satisfies: [R3]');
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS202', 'error', rangeOf(text, 'R3')).message);
  });
});

describe('rules: PS210 not on the team', () => {
  it('fires on a task owner who is not a team member, with a suggestion', () => {
    const text = edit('owner: bob\n', 'owner: bobb\n');
    const d = expectOne(check(text), 'PS210', 'error', rangeOf(text, 'bobb'));
    assert.match(d.message, /'bobb' \(owner\) is not on the team.*Did you mean 'bob'\?/);
    expectNone(check(text), 'PS202');
  });

  it('covers assignees, risk/question owners and demo presenters', () => {
    let text = edit('assignees: [bob]', 'assignees: [eve]');
    text = edit('    owner: ana\n    prevention', '    owner: zed\n    prevention', text);
    text = edit('    owner: ana\n    status', '    owner: yan\n    status', text);
    text = edit('presenter: bob', 'presenter: xia', text);
    const found = withCode(check(text), 'PS210').map((d) => text.slice(d.offset, d.offset + d.length));
    assert.deepEqual(found, ['eve', 'zed', 'yan', 'xia']);
  });

  it('does not fire when everyone is on the team', () => {
    expectNone(check(CLEAN), 'PS210');
  });

  it('reports in Chinese', () => {
    const text = edit('presenter: bob', 'presenter: xia');
    const d = expectOne(check(text, { language: 'zh-CN' }), 'PS210', 'error', rangeOf(text, 'xia'));
    assertChinese(d.message);
  });
});
