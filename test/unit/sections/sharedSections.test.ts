import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkProposal } from '../../../src/core/check';
import {
  DocumentBuilder,
  type Audience,
  type DocumentContext,
  type SectionView,
} from '../../../src/core/export/documentBuilder';
import type { Block, Inline } from '../../../src/core/export/documentModel';
import { highRiskThreshold } from '../../../src/core/risk';
import { requirementsSection } from '../../../src/core/sections/requirements';
import { goalsSection } from '../../../src/core/sections/goals';
import { technologySection } from '../../../src/core/sections/technology';
import { riskSection } from '../../../src/core/sections/risks';
import { traceabilitySection } from '../../../src/core/sections/traceability';
import { architectureSection } from '../../../src/core/sections/architecture';
import { timelineSection } from '../../../src/core/sections/timeline';
import { feasibilitySection } from '../../../src/core/sections/feasibility';
import { coverSection } from '../../../src/core/sections/cover';
import { teamSection } from '../../../src/core/sections/team';
import { budgetSection } from '../../../src/core/sections/budget';
import { demoSection } from '../../../src/core/sections/demo';
import { salesSection } from '../../../src/core/sections/sales';
import { SMART_FACTORY_DIAGRAMS } from '../../support/fixtures';
import { repoRoot } from '../../support/repo';

const example = readFileSync(path.join(repoRoot, 'examples/smart-factory.presales.yaml'), 'utf8');
const checked = checkProposal(example);

function build(view: SectionView, audience: Audience): Block[] {
  const ctx: DocumentContext = {
    p: checked.proposal,
    schedule: checked.schedule,
    cost: checked.cost,
    lang: 'en',
    highRiskThreshold: highRiskThreshold(undefined),
    audience,
    view,
  };
  const b = new DocumentBuilder('en');
  if (view === 'preview') coverSection(b, ctx, 1);
  requirementsSection(b, ctx, 1, false);
  goalsSection(b, ctx, 1);
  technologySection(b, ctx, 1);
  architectureSection(b, ctx, 1);
  timelineSection(b, ctx, 1);
  riskSection(b, ctx, 1, false);
  traceabilitySection(b, ctx, 1);
  feasibilitySection(b, ctx, 1);
  teamSection(b, ctx, 1);
  budgetSection(b, ctx, 1);
  demoSection(b, ctx, 1);
  if (view === 'preview') salesSection(b, ctx, 1);
  return b.blocks;
}

const tables = (blocks: Block[]): Array<Extract<Block, { type: 'table' }>> =>
  blocks.filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
const parts = (blocks: Block[]): Inline[] =>
  tables(blocks).flatMap((t) => t.rows.flatMap((r) => r.flatMap((c) => c.parts ?? [])));

describe('sections written once', () => {
  it('gives every preview table a class and every row but the matrix a source path', () => {
    for (const t of tables(build('preview', 'internal'))) {
      assert.ok(t.cls, `table ${t.columns.join('|')} has a class`);
      // The matrix's cells and the budget's totals are computed, not items of the file.
      if (t.cls === 'risk-matrix' || t.cls === 'budget-totals') continue;
      assert.equal(t.rowMeta?.length, t.rows.length, t.cls);
      for (const m of t.rowMeta ?? []) assert.ok(m.path && m.path.length > 0, `${t.cls} row has a path`);
    }
  });

  it('keeps cell text and columns in step: a row has one cell per column', () => {
    for (const view of ['preview', 'proposal'] as const) {
      for (const t of tables(build(view, 'customer')))
        for (const r of t.rows) assert.equal(r.length, t.columns.length, `${view} ${t.cls}`);
    }
  });

  it('marks internal items with a badge for the internal reader only', () => {
    const badge = (p: Inline): boolean => p.kind === 'badge' && p.cls === 'internal';
    assert.ok(parts(build('preview', 'internal')).some(badge), 'the example has internal items');
    assert.ok(!parts(build('preview', 'customer')).some(badge));
    assert.ok(!parts(build('proposal', 'customer')).some(badge));
    const internalIds = (checked.proposal.requirements ?? []).filter((r) => r.internal).map((r) => `req-${r.id}`);
    assert.ok(internalIds.length > 0);
    const customerRows = tables(build('preview', 'customer'))
      .flatMap((t) => t.rowMeta ?? [])
      .map((m) => m.id);
    for (const id of internalIds) assert.ok(!customerRows.includes(id), `${id} hidden from the customer`);
  });

  it('boxes the preview draws around blocks point back to the file; internal boxes only for the internal reader', () => {
    const wraps = (blocks: Block[]) => [...new Set(blocks.map((b) => b.wrap).filter((w) => w !== undefined))];
    const internal = wraps(build('preview', 'internal'));
    const scenarios = internal.filter((w) => w.cls === 'scenario');
    assert.equal(scenarios.length, checked.proposal.demo?.scenarios?.length);
    for (const w of scenarios) assert.ok(w.id?.startsWith('scenario-') && w.path?.[1] === 'scenarios', w.id);
    for (const w of internal) if (w.cls !== 'cover' && w.cls !== 'scroll-x') assert.ok(w.path, JSON.stringify(w));
    assert.deepEqual(
      internal.filter((w) => w.cls === 'internal-block').map((w) => w.path?.join('.')),
      ['budget.internalNotes', 'sales.competitors', 'sales.negotiationNotes'],
    );
    assert.ok(!wraps(build('preview', 'customer')).some((w) => w.cls === 'internal-block'));
  });

  it('the cover carries the title as the preview heading and each part of the customer story with its path', () => {
    const blocks = build('preview', 'internal');
    const title = blocks[0];
    assert.ok(title?.type === 'heading' && title.title === true);
    assert.equal(title.text, checked.proposal.proposal?.title);
    assert.deepEqual(title.path, ['proposal', 'title']);
    const paths = blocks.map((b) => b.wrap?.path?.join('.')).filter(Boolean);
    for (const p of ['proposal.summary', 'customer.background', 'customer.drivers', 'customer.currentState'])
      assert.ok(paths.includes(p), p);
  });

  it('puts the same diagram source in the preview and in a document, with the node paths for clicks', () => {
    const diagrams = (blocks: Block[]) =>
      blocks.filter((b): b is Extract<Block, { type: 'diagram' }> => b.type === 'diagram');
    const preview = diagrams(build('preview', 'customer'));
    assert.deepEqual(
      preview.map((d) => d.id),
      SMART_FACTORY_DIAGRAMS,
    );
    for (const d of preview) {
      assert.ok(d.hash && Object.keys(d.nodePaths ?? {}).length > 0, d.id);
    }
  });
});
