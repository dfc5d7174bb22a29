import * as assert from 'node:assert/strict';
import type { Proposal } from '../../../src/core/model';
import { architectureDiagram, architectureMermaid } from '../../../src/core/render/architectureDiagram';

const proposal: Proposal = {
  architecture: {
    zones: [
      { id: 'edge', name: 'Edge' },
      { id: 'core', name: 'Core "DC"' },
      { id: 'empty', name: 'Nothing here' },
    ],
    components: [
      { id: 'end', name: 'Users', kind: 'actor', zone: 'edge' },
      { id: 'gw', name: 'API Gateway', kind: 'gateway', zone: 'edge', technology: 'Kong 3' },
      { id: 'db', name: 'Orders DB', kind: 'database', zone: 'core', technology: 'PostgreSQL 16' },
      { id: 'q', name: 'Events', kind: 'queue', zone: 'core' },
      { id: 'ext', name: 'SAP', kind: 'external' },
      { id: 'sec', name: 'Secret', kind: 'service', internal: true },
    ],
    connections: [
      { from: 'end', to: 'gw', protocol: 'HTTPS', label: 'uses' },
      { from: 'gw', to: 'db', direction: 'both' },
      { from: 'gw', to: 'nowhere' },
      { from: 'q', to: 'ext', label: 'sync: orders;' },
    ],
  },
};

describe('architectureDiagram', () => {
  const source = architectureMermaid(proposal);

  it('is a top-down flowchart with zones as subgraphs in zone order, empty zones left out', () => {
    const lines = source.split('\n');
    assert.equal(lines[0], 'flowchart TB');
    const subgraphs = lines.filter((l) => l.trim().startsWith('subgraph'));
    assert.deepEqual(
      subgraphs.map((l) => l.trim()),
      ['subgraph z0["Edge"]', 'subgraph z1["Core #34;DC#34;"]', 'subgraph lg["Legend"]'],
    );
    assert.equal(lines.filter((l) => l.trim() === 'end').length, 3);
  });

  it('uses generated node ids and a shape per kind, technology on a second line', () => {
    assert.match(source, /n0\(\["Users"\]\)/);
    assert.match(source, /n1\{\{"API Gateway<br>Kong 3"\}\}/);
    assert.match(source, /n2\[\("Orders DB<br>PostgreSQL 16"\)\]/);
    assert.match(source, /n3>"Events"\]/);
    assert.match(source, /n4\[\["SAP"\]\]/);
    assert.doesNotMatch(source, /\bend\[|\bend\(/, 'the component id `end` never becomes a Mermaid id');
  });

  it('labels connections with label and protocol, draws two-way arrows, skips unknown ends', () => {
    assert.match(source, /n0 -->\|"uses · HTTPS"\| n1/);
    assert.match(source, /n1 <--> n2/);
    assert.match(source, /n3 -.->\|"sync: orders;"\| n4/, 'a connection to an external system is dotted');
    assert.equal(source.split('\n').filter((l) => /-->|<-->|-\.->/.test(l)).length, 3);
  });

  it('has a classDef per kind, external dashed, and never a click directive', () => {
    assert.match(source, /classDef external [^\n]*stroke-dasharray/);
    assert.match(source, /class n2 database/);
    assert.doesNotMatch(source, /^\s*click\b/m);
  });

  it('keeps a node -> component map for click-to-reveal', () => {
    const d = architectureDiagram(proposal);
    assert.deepEqual(
      d.nodes.map((n) => [n.nodeId, n.sourceId]),
      [
        ['n0', 'end'],
        ['n1', 'gw'],
        ['n2', 'db'],
        ['n3', 'q'],
        ['n4', 'ext'],
        ['n5', 'sec'],
      ],
    );
    assert.deepEqual(d.nodes[2]?.path, ['architecture', 'components', 2]);
  });

  it('leaves internal components out for customer documents', () => {
    assert.match(source, /Secret/);
    assert.doesNotMatch(architectureMermaid(proposal, { hideInternal: true }), /Secret/);
  });

  it('summarises a large model as one node per zone with counts, within Mermaid limits', () => {
    const components = Array.from({ length: 900 }, (_, i) => ({
      id: `c${i}`,
      name: `Component ${i}`,
      kind: 'service' as const,
      zone: i % 3 === 0 ? 'a' : i % 3 === 1 ? 'b' : 'zz',
    }));
    const connections = Array.from({ length: 1200 }, (_, i) => ({ from: `c${i % 900}`, to: `c${(i * 7) % 900}` }));
    const big: Proposal = {
      architecture: {
        zones: [
          { id: 'a', name: 'Zone A' },
          { id: 'b', name: 'Zone B' },
        ],
        components,
        connections,
      },
    };
    const d = architectureDiagram(big);
    assert.equal(d.summarised, true);
    assert.ok(d.source.length < 50_000);
    assert.match(d.source, /z0\["Zone A<br>300 components"\]/);
    assert.match(d.source, /z2\["Other components<br>300 components"\]/);
    assert.ok(d.source.split('\n').filter((l) => l.includes('-->')).length <= 500);
  });

  it('summarises when maxNodes is lower than the component count', () => {
    assert.equal(architectureDiagram(proposal, { maxNodes: 3 }).summarised, true);
  });

  it('draws only the components a view selects, and the connections between them', () => {
    const d = architectureDiagram(proposal, { componentIds: ['gw', 'db'] });
    assert.deepEqual(
      d.nodes.map((n) => n.sourceId),
      ['gw', 'db'],
    );
    assert.doesNotMatch(d.source, /Users|Events|SAP/);
    assert.equal(d.source.split('\n').filter((l) => /-->|<-->|-\.->/.test(l)).length, 1);
  });

  it('wraps long names, technologies and connection labels into short lines, never inside an entity code', () => {
    const long: Proposal = {
      architecture: {
        components: [
          {
            id: 'a',
            name: 'Customer "identity" & access management service',
            technology: 'Keycloak 26 federated with Microsoft Entra ID',
          },
          { id: 'b', name: '统一身份认证与单点登录平台服务', kind: 'security' },
        ],
        connections: [{ from: 'a', to: 'b', label: 'token validation for every request', protocol: 'OIDC over HTTPS' }],
      },
    };
    const src = architectureMermaid(long, { noLegend: true });
    assert.match(
      src,
      /n0\["Customer #34;identity#34;<br>#38; access management<br>service<br>Keycloak 26 federated<br>with Microsoft Entra ID"\]/,
    );
    // Lines as even as the line count allows: no character or two left alone on the last line.
    assert.match(src, /n1\[\/"统一身份认证与单<br>点登录平台服务"\\\]/);
    assert.match(src, /n0 -->\|"token validation<br>for every request<br>· OIDC over HTTPS"\| n1/);
    assert.doesNotMatch(src, /subgraph lg/);
  });

  it('draws a legend of the kinds and line styles it uses, in the proposal language', () => {
    const zh = architectureMermaid(proposal, { lang: 'zh-CN' });
    assert.match(zh, /subgraph lg\["图例"\]/);
    assert.match(zh, /k0\(\["参与者"\]\)/);
    assert.match(zh, /k2\[\("数据库"\)\]/);
    assert.match(zh, /lgLines\["→ 单向数据流<br>↔ 双向数据流<br>⇢ 虚线：与外部系统的连接"\]/);
    assert.match(zh, /class k2 database/);
    // Hung under the zone of the lowest box as a whole, so it is centred there instead of widening
    // the figure; a drawing without zones hangs it under that box.
    assert.match(zh, /\n {2}z1 ~~~ lg\n/);
    assert.match(architectureMermaid(proposal, { componentIds: ['q', 'ext'] }), /\n {2}n1 ~~~ lg\n/);
    const legendIds = architectureDiagram(proposal).nodes.map((n) => n.nodeId);
    assert.ok(!legendIds.some((id) => id.startsWith('k') || id.startsWith('lg')), 'legend boxes reveal nothing');
  });

  it('copes with an empty or malformed architecture', () => {
    assert.match(architectureMermaid({}), /^flowchart TB\n/);
    const broken = {
      architecture: { components: [null, 'x', { name: 'ok' }], connections: [null] },
    } as unknown as Proposal;
    assert.match(architectureMermaid(broken), /n0\["ok"\]/);
  });
});
