import * as assert from 'node:assert/strict';
import { checkProposal } from '../../../src/core/check';
import type { DocumentContext, SectionView } from '../../../src/core/export/documentBuilder';
import { highRiskThreshold } from '../../../src/core/risk';
import { architectureViewBlocks } from '../../../src/core/sections/architecture';
import { diagramModel } from '../../support/diagramModel';

function blocks(text: string, view: SectionView): ReturnType<typeof architectureViewBlocks> {
  const checked = checkProposal(text);
  const ctx: DocumentContext = {
    p: checked.proposal,
    schedule: checked.schedule,
    cost: checked.cost,
    lang: 'en',
    highRiskThreshold: highRiskThreshold(undefined),
    audience: 'customer',
    view,
  };
  return architectureViewBlocks(ctx);
}

describe('the printed view of every component of a large model', () => {
  const large = diagramModel().text; // 60 components in 6 zones: a derived view per zone follows

  it('is one box per zone in a printed document, with the zone views after it drawn whole', () => {
    const printed = blocks(large, 'proposal');
    assert.equal(printed.summarised, true);
    const [overview, ...rest] = printed.blocks;
    assert.match(overview?.mermaid ?? '', /^flowchart TB\n/);
    assert.equal((overview?.mermaid.match(/\["Zone \d+: [^"]*<br>\d+ components"\]/g) ?? []).length, 6);
    const zones = rest.filter((b) => b.view?.id.startsWith('zone-'));
    assert.equal(zones.length, 6);
    for (const z of zones) assert.doesNotMatch(z.mermaid, /<br>\d+ components"\]/, `${z.view?.id} is drawn whole`);
  });

  it('stays whole in the preview, which zooms', () => {
    const preview = blocks(large, 'preview');
    assert.equal(preview.summarised, false);
    assert.doesNotMatch(preview.blocks[0]?.mermaid ?? '', /<br>\d+ components"\]/);
  });

  it('joins each pair of zones by one line, both directions in it, its count in words', () => {
    const [overview] = blocks(large, 'proposal').blocks;
    const lines = (overview?.mermaid ?? '').split('\n').filter((l) => /-->|<-->/.test(l));
    const pairs = lines.map((l) => {
      const m = /^\s+(z\d+) (?:<-->|-->)\|"?([^|"]*)"?\| (z\d+)$/.exec(l);
      assert.ok(m, `a line between zones: ${l}`);
      assert.match(m[2] ?? '', /^(1 connection|\d+ connections)$/);
      return [m[1], m[3]].sort().join(' ');
    });
    assert.ok(pairs.length > 0);
    assert.equal(new Set(pairs).size, pairs.length, 'one line per pair of zones');
  });

  it('a model small enough for no zone views prints its every component as before', () => {
    const small = diagramModel({ components: 20, connections: 25, zones: 3, tasks: 10, phases: 2 }).text;
    const printed = blocks(small, 'proposal');
    assert.equal(printed.summarised, false);
  });
});
