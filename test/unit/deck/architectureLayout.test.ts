import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDeck } from '../../../src/core/deck/buildDeck';
import type { ArchitectureBody, ArchitectureGraphSpec } from '../../../src/core/deck/deckModel';
import {
  EDGE_FONT_PT,
  LEGIBLE_SCALE,
  architectureElkGraph,
  fitScale,
  groupTitle,
  placeArchitecture,
  type ArchitectureDrawing,
  type ElkPoint,
  type GraphOptions,
  type PlacedBox,
} from '../../../src/core/layout/architectureLayout';
import { ELK_LAYOUT_OPTIONS } from '../../../src/core/layout/elkOptions';
import { checkProposal } from '../../../src/core/check';
import { layOutArchitecture, writeDeck } from '../../../src/node/deck/deckExport';
import { continuedParts } from '../../../src/core/deck/architectureSlides';
import { layoutWithElk } from '../../../src/node/deck/elkLayout';
import { exampleProposals } from '../../support/fixtures';
import { diagramModel } from '../../support/diagramModel';

function bodiesOf(text: string): ArchitectureBody[] {
  return buildDeck(checkProposal(text).proposal)
    .slides.map((s) => s.body)
    .filter((b): b is ArchitectureBody => b.kind === 'architecture');
}

const overlap = (a: PlacedBox, b: PlacedBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const onBorder = (p: ElkPoint, boxes: readonly { x: number; y: number; width: number; height: number }[]): boolean =>
  boxes.some((b) => p.x >= b.x - 1 && p.x <= b.x + b.width + 1 && p.y >= b.y - 1 && p.y <= b.y + b.height + 1);

async function drawn(spec: ArchitectureGraphSpec, options: GraphOptions = {}): Promise<ArchitectureDrawing> {
  return placeArchitecture(spec, await layoutWithElk(architectureElkGraph(spec, options)), options);
}

/** Every box once, none over another, each inside the groups it belongs to; every line from border to border. */
function assertSound(spec: ArchitectureGraphSpec, d: ArchitectureDrawing, what: string): void {
  assert.equal(d.boxes.length, spec.boxes.length, `${what}: every box drawn`);
  for (let i = 0; i < d.boxes.length; i++)
    for (let j = i + 1; j < d.boxes.length; j++) {
      const [a, b] = [d.boxes[i], d.boxes[j]];
      assert.ok(a && b && !overlap(a, b), `${what}: ${a?.name} overlaps ${b?.name}`);
    }
  const groups = new Map(spec.groups.map((g, i) => [g.id, i]));
  for (const b of d.boxes) {
    const group = spec.boxes.find((x) => x.id === b.id)?.group;
    if (group === undefined || !groups.has(group)) continue;
    const name = spec.groups[groups.get(group) ?? -1]?.name ?? '';
    const z = d.groups.find((g) => g.id === group);
    assert.ok(
      z && b.x >= z.x && b.x + b.width <= z.x + z.width && b.y >= z.y + 20 && b.y + b.height <= z.y + z.height,
      `${what}: ${b.name} inside its group ${name}, below its title`,
    );
  }
  const ends = [...d.boxes, ...d.groups];
  for (const c of d.connections) {
    assert.ok(c.points.length >= 2);
    assert.ok(onBorder(c.points[0], ends), `${what}: a line starts on a box`);
    assert.ok(onBorder(c.points[c.points.length - 1], ends), `${what}: a line ends on a box`);
  }
}

describe('deck: architecture views laid out by ELK', function () {
  this.timeout(240_000);

  it('builds the graph from the shared ELK options: groups as compound nodes, ids by position', () => {
    const [, containers] = bodiesOf(readFileSync(exampleProposals()[0] ?? '', 'utf8'));
    assert.ok(containers);
    const graph = architectureElkGraph(containers.graph);
    assert.deepEqual(
      Object.entries(ELK_LAYOUT_OPTIONS).filter(([k, v]) => k !== 'elk.padding' && graph.layoutOptions?.[k] !== v),
      [],
    );
    const boxes = (graph.children ?? []).flatMap((c) => c.children ?? [c]).filter((c) => /^c\d+$/.test(c.id));
    assert.equal(boxes.length, containers.graph.boxes.length);
    for (const b of boxes) assert.match(b.id, /^c\d+$/);
  });

  for (const file of exampleProposals()) {
    const name = file.split('/').pop() ?? file;
    it(`gives ${name} three architecture slides: context, every component, the production deployment`, () => {
      const bodies = bodiesOf(readFileSync(file, 'utf8'));
      assert.deepEqual(
        bodies.map((b) => b.level),
        ['context', 'containers', 'deployment'],
      );
    });

    it(`lays out every view of ${name} soundly, in full and as an overview`, async () => {
      for (const body of bodiesOf(readFileSync(file, 'utf8'))) {
        assertSound(body.graph, await drawn(body.graph), `${body.level} in full`);
        assertSound(body.graph, await drawn(body.graph, { edgeLabels: false, tight: true }), `${body.level} tight`);
        if (body.overview) {
          for (const fill of [false, true])
            assertSound(body.overview, await drawn(body.overview, { rows: 3, fill }), `${body.level} overview`);
        }
      }
    });

    it(`draws every view of ${name} with its text at 9 pt or more`, async () => {
      for (const body of bodiesOf(readFileSync(file, 'utf8'))) {
        const d = await layOutArchitecture(body);
        assert.ok(fitScale(d) >= LEGIBLE_SCALE, `${body.level}: scale ${fitScale(d).toFixed(2)}`);
        assert.ok(EDGE_FONT_PT * fitScale(d) >= 9);
        assertSound(
          d.boxes.length === body.graph.boxes.length ? body.graph : (body.overview ?? body.graph),
          d,
          body.level,
        );
      }
    });
  }

  it('draws the lines of the whole view when it fits, on the routes ELK gave them', async () => {
    const p = {
      architecture: {
        zones: [
          { id: 'a', name: 'Front' },
          { id: 'b', name: 'Back' },
        ],
        components: [
          { id: 'web', name: 'Web', zone: 'a' },
          { id: 'api', name: 'API', zone: 'b' },
          { id: 'db', name: 'Database', kind: 'database' as const, zone: 'b' },
        ],
        connections: [
          { from: 'web', to: 'api', label: 'HTTPS' },
          { from: 'api', to: 'db', label: 'SQL' },
        ],
      },
    };
    const [containers] = buildDeck(p).slides.flatMap((s) => (s.body.kind === 'architecture' ? [s.body] : []));
    assert.ok(containers);
    const d = await layOutArchitecture(containers);
    assert.equal(d.boxes.length, 3);
    assert.equal(d.connections.length, 2);
    assert.ok(
      d.connections.every((c) => c.labelBox),
      'labels placed by ELK',
    );
    // Across groups: the route's ends are on the boxes, in the drawing's frame (not the group's).
    assertSound(containers.graph, d, 'small');
  });

  it('continues a view too large for one legible slide on a second, zones whole, every box once', async () => {
    const containers = bodiesOf(diagramModel().text).find((b) => b.level === 'containers');
    assert.ok(containers?.overview);
    assert.ok(fitScale(await layOutArchitecture(containers)) < LEGIBLE_SCALE, 'too large for one slide');
    const parts = continuedParts(containers, 2);
    assert.equal(parts.length, 2);
    assert.deepEqual(
      parts.flatMap((p) => p.graph.boxes.map((b) => b.id)).sort(),
      containers.graph.boxes.map((b) => b.id).sort(),
    );
    for (const part of parts) {
      const zones = new Set(part.graph.groups.map((g) => g.id));
      for (const b of part.graph.boxes) assert.ok(b.group === undefined || zones.has(b.group), 'a zone is never cut');
      const d = await layOutArchitecture(part);
      assert.ok(fitScale(d) >= LEGIBLE_SCALE, `part at ${fitScale(d).toFixed(2)}`);
    }
    const deck = await writeDeck({
      proposal: checkProposal(diagramModel().text).proposal,
      deck: {},
      drawPicture: () => Promise.resolve({}),
    });
    assert.deepEqual(
      deck.deck.slides.filter((s) => s.key === 'architecture').map((s) => s.title),
      ['System context', 'Solution architecture', 'Solution architecture (cont.)'],
    );
  });

  it('shows a 60-component, 6-zone model as zones packed with their boxes', async () => {
    const bodies = bodiesOf(diagramModel().text);
    const containers = bodies.find((b) => b.level === 'containers');
    assert.ok(containers?.overview);
    const d = await layOutArchitecture(containers);
    assert.equal(d.boxes.length, 60);
    assert.equal(d.groups.length, 6);
    assertSound(containers.overview, d, 'overview of 60');
  });

  it('shortens a group title to its width, its detail first', () => {
    assert.equal(groupTitle('Cluster', 'Kubernetes 1.30', 400), 'Cluster · Kubernetes 1.30');
    assert.equal(groupTitle('Cluster', 'Kubernetes 1.30, 3 worker nodes, 2 regions', 120), 'Cluster');
    assert.match(groupTitle('A very long data centre name indeed', '', 80), /…$/);
  });
});
