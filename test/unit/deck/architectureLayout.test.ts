import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { architectureSpec, buildDeck } from '../../../src/core/deck/buildDeck';
import type { ArchitectureGraphSpec } from '../../../src/core/deck/deckModel';
import {
  architectureElkGraph,
  connectorEnds,
  placeArchitecture,
  type ArchitectureDrawing,
  type PlacedBox,
} from '../../../src/core/layout/architectureLayout';
import { ELK_LAYOUT_OPTIONS } from '../../../src/core/layout/elkOptions';
import { checkProposal } from '../../../src/core/check';
import { layoutWithElk } from '../../../src/node/deck/elkLayout';
import { exampleProposals } from '../../support/fixtures';

function specOf(file: string): ArchitectureGraphSpec {
  const deck = buildDeck(checkProposal(readFileSync(file, 'utf8')).proposal);
  const slide = deck.slides.find((s) => s.key === 'architecture');
  assert.ok(slide && slide.body.kind === 'architecture', file);
  return slide.body.graph;
}

const overlap = (a: PlacedBox, b: PlacedBox): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function drawn(spec: ArchitectureGraphSpec, edgeLabels = true): Promise<ArchitectureDrawing> {
  return placeArchitecture(spec, await layoutWithElk(architectureElkGraph(spec, { edgeLabels })), edgeLabels);
}

describe('deck: architecture laid out by ELK', function () {
  this.timeout(120_000);

  it('builds the graph from the shared ELK options: zones as compound nodes around their boxes', () => {
    const spec = specOf(exampleProposals()[0] ?? '');
    const graph = architectureElkGraph(spec);
    assert.deepEqual(
      Object.entries(ELK_LAYOUT_OPTIONS).filter(([k, v]) => graph.layoutOptions?.[k] !== v),
      [],
    );
    const zones = graph.children?.filter((c) => c.children) ?? [];
    assert.equal(zones.length, spec.zones.filter((z) => z.components.length).length);
    const boxes = (graph.children ?? []).flatMap((c) => c.children ?? [c]).filter((c) => /^c\d+$/.test(c.id));
    assert.equal(boxes.length, spec.components.length);
    // Ids in the graph are positions, never user text.
    for (const b of boxes) assert.match(b.id, /^c\d+$/);
  });

  for (const file of exampleProposals()) {
    it(`places every component once, inside its zone, with no two boxes overlapping (${file.split('/').pop()})`, async () => {
      const spec = specOf(file);
      for (const edgeLabels of [true, false]) {
        const d = await drawn(spec, edgeLabels);
        assert.equal(d.boxes.length, spec.components.length);
        assert.equal(new Set(d.boxes.map((b) => b.id)).size, d.boxes.length);
        for (let i = 0; i < d.boxes.length; i++)
          for (let j = i + 1; j < d.boxes.length; j++) {
            const [a, b] = [d.boxes[i], d.boxes[j]];
            assert.ok(a && b && !overlap(a, b), `${a?.name} overlaps ${b?.name}`);
          }
        for (const zone of spec.zones) {
          const z = d.zones.find((x) => x.name === zone.name);
          if (!zone.components.length) continue;
          assert.ok(z, zone.name);
          for (const id of zone.components) {
            const b = d.boxes.find((x) => x.id === id);
            assert.ok(b, id);
            assert.ok(
              b.x >= z.x && b.y >= z.y + 20 && b.x + b.width <= z.x + z.width && b.y + b.height <= z.y + z.height,
              `${b.name} inside ${z.name}, below its name`,
            );
          }
        }
        assert.equal(d.connections.length, spec.connections.filter((c) => c.from !== c.to).length);
      }
    });
  }

  it('joins boxes on the facing sides', () => {
    const box = (x: number, y: number): PlacedBox => ({
      id: 'a',
      name: '',
      technology: '',
      kind: 'service',
      x,
      y,
      width: 100,
      height: 40,
    });
    assert.deepEqual(connectorEnds(box(0, 0), box(200, 100)), {
      start: { x: 100, y: 20, site: 3 },
      end: { x: 200, y: 120, site: 1 },
    });
    assert.equal(connectorEnds(box(200, 0), box(0, 0)).start.site, 1);
    assert.equal(connectorEnds(box(0, 0), box(20, 100)).start.site, 2);
    assert.equal(connectorEnds(box(0, 100), box(20, 0)).start.site, 0);
  });

  it('summarises a large architecture as one box per zone', async () => {
    const components = Array.from({ length: 90 }, (_, i) => ({ id: `c${i}`, name: `Service ${i}`, zone: `z${i % 3}` }));
    const p = {
      architecture: {
        zones: [0, 1, 2].map((i) => ({ id: `z${i}`, name: `Zone ${i}` })),
        components,
        connections: components.slice(1).map((c, i) => ({ from: `c${i}`, to: c.id })),
      },
    };
    const spec = architectureSpec(p, components, 'en', 40);
    assert.equal(spec.summarised, true);
    assert.deepEqual(
      spec.components.map((c) => c.technology),
      ['30 components', '30 components', '30 components'],
    );
    const d = await drawn(spec);
    assert.equal(d.boxes.length, 3);
  });
});
