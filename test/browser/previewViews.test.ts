import * as assert from 'node:assert/strict';
import { architectureViews } from '../../src/core/architecture/views';
import { checkProposal } from '../../src/core/check';
import {
  diagramReadings,
  previewSuite,
  readRepoFile,
  updateFromYaml,
  type DiagramReading,
  type PreviewPage,
} from './browserHarness';
// Mermaid lays words out in separate elements, so spacing is not compared.
import { squash } from './exportTools';
import { exampleProposals } from '../support/fixtures';

/** The diagrams that draw an architecture view. */
async function viewReadings(pp: PreviewPage): Promise<DiagramReading[]> {
  return (await diagramReadings(pp)).filter((d) => d.view !== undefined);
}

const HOSTILE_IDS = ['end', 'graph', 'click', 'subgraph', 'style'];
const HOSTILE_NAME = (i: number): string => `Node ${i}: a; b # "q" [x] {y} <b>&amp; | 🚀`;

/** A proposal whose ids are Mermaid keywords and whose names hold every character Mermaid treats specially. */
function hostileProposal(): string {
  const q = (s: string): string => JSON.stringify(s);
  const lines = [
    'presales: "1.0"',
    'proposal: { title: "Hostile: views; # [all] {of} <them> & | 🚀" }',
    'architecture:',
    '  zones:',
    `    - { id: subgraph, name: ${q('Zone: end; # "z" [1] {2} <3> & | 🧪')} }`,
    '  components:',
    `    - { id: end, kind: actor, name: ${q(HOSTILE_NAME(0))} }`,
    `    - { id: graph, kind: external, name: ${q(HOSTILE_NAME(1))} }`,
    `    - { id: click, kind: service, zone: subgraph, name: ${q(HOSTILE_NAME(2))}, deployedOn: [{ node: style, instances: 3 }] }`,
    `    - { id: style, kind: database, zone: subgraph, name: ${q(HOSTILE_NAME(3))}, deployedOn: [{ node: end }] }`,
    '  connections:',
    `    - { from: end, to: click, label: ${q('uses: "it"; #1 [a] {b} <c> & |')} }`,
    `    - { from: click, to: graph, label: ${q('calls 🚀')} }`,
    '    - { from: click, to: style }',
    '  views:',
    '    - { id: end, title: "Context: end", level: context }',
    '    - { id: graph, title: "Deployment; graph", level: deployment, environment: click }',
    'deployment:',
    `  environments: [{ id: click, kind: production, name: ${q('Env: click; # "p" [x] {y} <z> & | 🌍')} }]`,
    '  nodes:',
    `    - { id: subgraph, kind: region, environment: click, name: ${q('Region: subgraph; # [r] {s} <t> & | 🗺')} }`,
    `    - { id: end, kind: cluster, parent: subgraph, name: ${q('Cluster: end; # "c" [k] <8> & | ⚙')} }`,
    `    - { id: style, kind: vm, parent: end, name: ${q('VM: style; # {v} <m> & | 💻')} }`,
  ];
  return lines.join('\n') + '\n';
}

describe('preview in Chromium: architecture views', () => {
  const preview = previewSuite();

  for (const file of exampleProposals()) {
    describe(file, () => {
      const text = readRepoFile(file);
      const result = checkProposal(text);
      const lang = result.proposal.proposal?.language === 'zh-CN' ? 'zh-CN' : 'en';
      const views = architectureViews(result.proposal, { lang });
      const pp = preview.showing(text);

      it('draws every view, the first shown and the rest hidden, with a picker button each', async () => {
        const readings = await viewReadings(pp);
        assert.deepEqual(
          readings.map((r) => r.view),
          views.map((v) => v.id),
        );
        for (const r of readings) assert.ok(r.ready && !r.failed, `view ${r.view} drawn`);
        assert.deepEqual(
          readings.map((r) => r.hidden),
          views.map((_, i) => i > 0),
        );
        const buttons = await pp.page.evaluate<string[]>(
          `[...document.querySelectorAll('.view-picker button')].map((b) => b.textContent)`,
        );
        assert.deepEqual(
          buttons,
          views.map((v) => v.title),
        );
      });

      it('shows in each view the names of what it selects: components, nodes with instance counts', async () => {
        const readings = await viewReadings(pp);
        const components = result.proposal.architecture?.components ?? [];
        for (const view of views) {
          const shown = squash(readings.find((r) => r.view === view.id)?.text ?? '');
          const ids = view.level === 'context' ? view.surroundingIds : view.componentIds;
          for (const id of ids) {
            const name = components.find((c) => c.id === id)?.name ?? id;
            assert.ok(shown.includes(squash(name)), `${view.id}: ${name}`);
          }
          if (view.level === 'deployment')
            for (const n of result.proposal.deployment?.nodes ?? [])
              if (n.environment === view.environment)
                assert.ok(shown.includes(squash(n.name ?? '')), `${view.id}: ${n.name}`);
        }
      });

      it('switches the diagram when a picker button is pressed, tells the extension, and keeps it across an update', async () => {
        const target = views[views.length - 1];
        assert.ok(target && views.length > 1);
        await pp.page.click(`.view-picker button[data-view="${target.id}"]`);
        let readings = await viewReadings(pp);
        assert.deepEqual(
          readings.filter((r) => !r.hidden).map((r) => r.view),
          [target.id],
        );
        const posted = await pp.posted();
        assert.ok(posted.some((m) => m.type === 'viewSelected' && m.view === target.id));
        await pp.post(updateFromYaml(text, { version: 2 }));
        await pp.waitFor(2, 'applied');
        readings = await viewReadings(pp);
        assert.deepEqual(
          readings.filter((r) => !r.hidden).map((r) => r.view),
          [target.id],
        );
        const pressed = await pp.page.evaluate<string[]>(
          `[...document.querySelectorAll('.view-picker button[aria-pressed=true]')].map((b) => b.dataset.view)`,
        );
        assert.deepEqual(pressed, [target.id]);
      });
    });
  }

  describe('hostile ids and names', () => {
    const text = hostileProposal();
    const pp = preview.showing(text);

    it('renders the context and deployment views as written', async () => {
      for (const id of HOSTILE_IDS) assert.ok(text.includes(`id: ${id},`), `the fixture uses the id ${id}`);
      const readings = await viewReadings(pp);
      const context = readings.find((r) => r.view === 'end');
      const deployment = readings.find((r) => r.view === 'graph');
      assert.ok(context?.ready && !context.failed, 'context view drawn');
      assert.ok(deployment?.ready && !deployment.failed, 'deployment view drawn');
      const c = squash(context.text);
      for (const s of [
        HOSTILE_NAME(0),
        HOSTILE_NAME(1),
        'Hostile: views; # [all] {of} <them> & | 🚀',
        'uses: "it"; #1 [a] {b} <c> & |',
      ])
        assert.ok(c.includes(squash(s)), `context: ${s}`);
      assert.ok(!c.includes(squash(HOSTILE_NAME(2))), 'the solution is one box in the context view');
      const d = squash(deployment.text);
      for (const s of [
        HOSTILE_NAME(2),
        HOSTILE_NAME(3),
        'Env: click; # "p" [x] {y} <z> & | 🌍',
        'Region: subgraph; # [r] {s} <t> & | 🗺',
        'Cluster: end; # "c" [k] <8> & | ⚙',
        '× 3',
      ])
        assert.ok(d.includes(squash(s)), `deployment: ${s}`);
    });
  });
});
