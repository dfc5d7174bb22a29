import * as assert from 'node:assert/strict';
import { assertChinese, check, edit, expectNone, expectOne, rangeOf, withCode } from './helpers';

/** CLEAN with views inserted after the connections and a deployment section appended. */
function withViews(views: string, deployment = ''): string {
  const text = edit('      to: C2\ntechnology:', `      to: C2\n  views:\n${views}technology:`);
  return deployment ? `${text}deployment:\n${deployment}` : text;
}

const DEPLOYMENT = `  environments:
    - id: prod
      kind: production
    - id: test
      kind: test
  nodes:
    - id: region
      environment: prod
    - id: k8s
      parent: region
    - id: test-vm
      environment: test
`;

function deployedEverywhere(text: string): string {
  let t = edit(
    '      zone: Z1\n      satisfies: [R1]\n',
    '      zone: Z1\n      satisfies: [R1]\n      deployedOn:\n        - node: k8s\n          instances: 2\n',
    text,
  );
  t = edit(
    '      kind: database\n      satisfies: [R2]\n',
    '      kind: database\n      satisfies: [R2]\n      deployedOn: [{ node: region }]\n',
    t,
  );
  return t;
}

describe('rules: architecture views and deployment', () => {
  it('raises nothing for sound views and a full production deployment', () => {
    const text = deployedEverywhere(
      withViews(
        '    - id: core\n      select: { zones: [Z1] }\n    - id: prod-view\n      level: deployment\n      environment: prod\n',
        DEPLOYMENT,
      ),
    );
    const result = check(text);
    for (const code of ['PS230', 'PS231', 'PS232', 'PS233', 'PS234', 'PS201', 'PS202']) expectNone(result, code);
  });

  it('PS230: a tag no component carries, on the tag', () => {
    const text = edit(
      '      kind: service\n',
      '      kind: service\n      tags: [core]\n',
      withViews('    - id: v\n      select: { tags: [core, pci] }\n'),
    );
    const d = expectOne(check(text), 'PS230', 'warning', rangeOf(text, 'pci'));
    assert.match(d.message, /No component carries the tag 'pci'/);
    expectNone(check(text), 'PS231');
  });

  it('PS231: filters that together keep nothing, on the view id', () => {
    const text = withViews('    - id: nothing\n      select: { zones: [Z1], kinds: [database] }\n');
    const d = expectOne(check(text), 'PS231', 'warning', rangeOf(text, 'nothing'));
    assert.match(d.message, /The view 'nothing' shows no component/);
    assertChinese(withCode(check(text.replace('language: en', 'language: zh-CN')), 'PS231')[0]?.message ?? '');
  });

  it('PS231: a deployment view of an environment with nothing deployed', () => {
    const text = withViews('    - id: tv\n      level: deployment\n      environment: test\n', DEPLOYMENT);
    const d = expectOne(check(text), 'PS231', 'warning', rangeOf(text, 'tv'));
    assert.match(d.message, /no component is deployed in the environment 'test'/);
  });

  it('PS202 and PS201: unknown ids in a selection and deployment references, duplicate view and node ids', () => {
    const views =
      '    - id: v\n      select: { zones: [Zx], requirements: [R9], around: { component: Cx } }\n' +
      '    - id: v\n      level: deployment\n      environment: stage\n';
    const deployment = DEPLOYMENT + '    - id: k8s\n      parent: nowhere\n';
    let text = withViews(views, deployment);
    text = edit(
      '      zone: Z1\n      satisfies: [R1]\n',
      '      zone: Z1\n      satisfies: [R1]\n      deployedOn: [{ node: ghost }]\n',
      text,
    );
    const result = check(text);
    const unknown = withCode(result, 'PS202').map((d) => text.slice(d.offset, d.offset + d.length));
    assert.deepEqual(unknown.sort(), ['Cx', 'R9', 'Zx', 'ghost', 'nowhere', 'stage'].sort());
    const duplicates = withCode(result, 'PS201');
    assert.deepEqual(
      duplicates.map((d) => [d.range.start.line, text.slice(d.offset, d.offset + d.length)]),
      [
        [rangeOf(text, 'v', 0, '    - id: v\n      level').start.line, 'v'],
        [rangeOf(text, 'k8s', 0, 'parent: region').start.line, 'k8s'],
      ],
    );
  });

  it('PS232: a component on no production node, only when a production environment exists', () => {
    expectNone(check(withViews('    - id: v\n')), 'PS232');
    const text = deployedEverywhere(withViews('    - id: v\n', DEPLOYMENT)).replace(
      '      deployedOn: [{ node: region }]\n',
      '      deployedOn: [{ node: test-vm }]\n',
    );
    const d = expectOne(check(text), 'PS232', 'warning', rangeOf(text, 'C2', 0, '  components:'));
    assert.match(d.message, /'C2' is deployed on no node of the production environment 'prod'/);
    assertChinese(withCode(check(text.replace('language: en', 'language: zh-CN')), 'PS232')[0]?.message ?? '');
  });

  it('PS233: a circle of parents, once, on the first node of the circle', () => {
    const deployment = DEPLOYMENT.replace('      environment: prod\n', '      parent: k8s\n');
    const text = withViews('    - id: v\n', deployment);
    const d = expectOne(check(text), 'PS233', 'error', rangeOf(text, 'k8s', 0, '- id: region'));
    assert.match(d.message, /'region' → 'k8s' → 'region'/);
  });

  it('PS234: a deployment view without environment, an environment on a containers view', () => {
    const text = withViews(
      '    - id: dv\n      level: deployment\n    - id: cv\n      environment: prod\n',
      DEPLOYMENT,
    );
    const result = check(text);
    const found = withCode(result, 'PS234').map((d) => text.slice(d.offset, d.offset + d.length));
    assert.deepEqual(found, ['dv', 'environment']);
    expectNone(result, 'PS231');
  });
});
