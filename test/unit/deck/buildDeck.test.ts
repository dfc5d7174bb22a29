import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildDeck } from '../../../src/core/deck/buildDeck';
import type { DeckSlide, DeckTable } from '../../../src/core/deck/deckModel';
import {
  BODY_HEIGHT,
  BODY_WIDTH,
  columnInches,
  pageBullets,
  pageTable,
  rowHeight,
} from '../../../src/core/deck/deckPaging';
import { checkProposal } from '../../../src/core/check';
import type { Proposal } from '../../../src/core/model';
import { exampleProposals } from '../../support/fixtures';
import { EXAMPLES, HIDDEN, PAYLOADS, SENTINEL, hostileYaml } from '../../support/hostileText';

const SECRET = 'ZZDECKSECRET';

function example(name: string): Proposal {
  const file = exampleProposals().find((f) => f.includes(name));
  assert.ok(file, name);
  return checkProposal(readFileSync(file, 'utf8')).proposal;
}

/** Every slide's text: titles, bullets, table cells, box names, notes. */
function allText(slides: readonly DeckSlide[]): string {
  return JSON.stringify(slides);
}

/** Every string of every item marked internal gets the marker, and the always-internal fields too. */
function markInternal(p: Proposal): Proposal {
  const copy = structuredClone(p);
  const mark = (value: unknown): unknown => {
    if (typeof value === 'string') return `${SECRET} ${value}`;
    if (Array.isArray(value)) return value.map(mark);
    if (value && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = k === 'id' || k === 'internal' ? v : mark(v);
      return out;
    }
    return value;
  };
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value && typeof value === 'object') {
      if ((value as { internal?: unknown }).internal === true) return mark(value);
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = visit(v);
      return out;
    }
    return value;
  };
  const marked = visit(copy) as Proposal;
  marked.budget = { ...marked.budget, internalNotes: `${SECRET} margin 32%` };
  marked.sales = {
    ...marked.sales,
    negotiationNotes: `${SECRET} walk away`,
    competitors: [{ name: `${SECRET} rival`, strengths: SECRET, weaknesses: SECRET, ourAdvantage: SECRET }],
  };
  return marked;
}

describe('deck: slides from a proposal', function () {
  // Each case checks the examples (YAML parse + schedule) a few times: slow on a shared machine.
  this.timeout(120_000);
  it('has every slide of the pitch, in order, for both examples', () => {
    for (const name of ['smart-factory', 'zhihui-kefu']) {
      const deck = buildDeck(example(name), { diagramPicture: true });
      const keys = [...new Set(deck.slides.map((s) => s.key))];
      assert.deepEqual(
        keys,
        [
          'title',
          'situation',
          'coverage',
          'architecture',
          'architecturePicture',
          'timeline',
          'team',
          'commercial',
          'risks',
          'demo',
          'scenario',
          'nextSteps',
        ],
        name,
      );
    }
  });

  it('speaks the proposal language: Chinese titles and the Chinese continuation mark', () => {
    const deck = buildDeck(example('zhihui-kefu'));
    assert.equal(deck.lang, 'zh-CN');
    const titles = deck.slides.map((s) => s.title);
    for (const t of [
      '客户现状与目标',
      '需求覆盖情况',
      '解决方案架构',
      '实施计划',
      '项目团队',
      '商务报价汇总',
      '主要风险与应对措施',
      '演示议程',
      '下一步工作',
    ])
      assert.ok(titles.includes(t), t);
    const english = buildDeck(example('smart-factory'));
    assert.ok(english.slides.some((s) => s.title === 'Customer situation and goals (cont.)'));
  });

  it('puts every demo scenario script in the speaker notes, step by step', () => {
    const p = example('smart-factory');
    const deck = buildDeck(p);
    for (const s of p.demo?.scenarios ?? []) {
      const slide = deck.slides.find((x) => x.key === 'scenario' && x.title.includes(s.title ?? '\u0000'));
      assert.ok(slide, s.title);
      for (const step of s.steps ?? [])
        assert.ok(
          slide.notes.some((n) => n.includes(step)),
          step,
        );
    }
  });

  it('counts the must-haves met by components or tasks', () => {
    const deck = buildDeck({
      proposal: { title: 'T', language: 'en' },
      requirements: [
        { id: 'R1', title: 'A', type: 'functional', priority: 'must' },
        { id: 'R2', title: 'B', type: 'functional', priority: 'must' },
        { id: 'R3', title: 'C', type: 'security', priority: 'must' },
        { id: 'R4', title: 'D', type: 'security', priority: 'should' },
      ],
      architecture: { components: [{ id: 'C1', name: 'Api', satisfies: ['R1'] }] },
      plan: {
        start: '2027-01-04',
        phases: [{ id: 'P', name: 'P', tasks: [{ id: 'T', name: 'T', duration: 1, requirements: ['R3'] }] }],
      },
    });
    const slide = deck.slides.find((s) => s.key === 'coverage');
    assert.ok(slide && slide.body.kind === 'table');
    assert.equal(slide.body.lead, '2 of 3 must-have requirements are met by the solution.');
    assert.deepEqual(slide.body.table.rows, [
      ['Functional', '1 / 2', '0', '0', '2'],
      ['Security', '1 / 1', '1', '0', '2'],
      ['Total', '2 / 3', '', '', '4'],
    ]);
  });

  it('shows no internal content on any slide or in any note, for an internal marker in every field', () => {
    for (const name of ['smart-factory', 'zhihui-kefu']) {
      const p = markInternal(example(name));
      assert.ok(JSON.stringify(p).includes(SECRET), 'the marker is in the input');
      const deck = buildDeck(p, { diagramPicture: true });
      assert.ok(!allText(deck.slides).includes(SECRET), name);
      assert.ok(!JSON.stringify(deck).includes(SECRET), name);
    }
  });

  it('takes hostile text in every field: no throw, no hidden characters, no internal notes', () => {
    for (const example of EXAMPLES) {
      for (const [name, payload] of PAYLOADS) {
        const deck = buildDeck(checkProposal(hostileYaml(example, payload)).proposal, { diagramPicture: true });
        const text = JSON.stringify(deck);
        assert.ok(deck.slides.length > 5, `${example} ${name}`);
        assert.doesNotMatch(
          text.replace(/\\u[0-9a-f]{4}/gi, (m) => JSON.parse(`"${m}"`) as string),
          HIDDEN,
          name,
        );
        assert.ok(!text.includes(SENTINEL), `${example} ${name}`);
      }
    }
  });

  it('never throws on a nearly empty or malformed proposal', () => {
    assert.equal(buildDeck({}).slides[0]?.key, 'title');
    const odd = { architecture: { components: [null, 3, { id: 'A' }], connections: [{ from: 'A' }] }, team: [null] };
    assert.ok(buildDeck(odd as unknown as Proposal).slides.length >= 1);
  });
});

describe('deck: paging long tables and lists', () => {
  const long: DeckTable = {
    columns: ['Risk', 'Score', 'Mitigation'],
    widths: [3, 1, 6],
    rows: Array.from({ length: 60 }, (_, i) => [`Risk ${i}`, String(i % 25), 'word '.repeat(5 + (i % 7) * 12)]),
  };

  it('continues a long table on more pages, each within the slide and in order', () => {
    const pages = pageTable(long, BODY_WIDTH, BODY_HEIGHT);
    assert.ok(pages.length > 3, `${pages.length} pages`);
    const colIn = columnInches(long.widths, BODY_WIDTH);
    for (const page of pages) {
      const h = [page.columns, ...page.rows].reduce((a, r) => a + rowHeight(r, colIn, 12), 0);
      assert.ok(h <= BODY_HEIGHT + 1e-9, `page height ${h}`);
      assert.deepEqual(page.columns, long.columns);
    }
    assert.deepEqual(
      pages.flatMap((p) => p.rows.map((r) => r[0])),
      long.rows.map((r) => r[0]),
    );
  });

  it('makes continuation slides titled "(cont.)" / "（续）" from a long register', () => {
    const p = example('zhihui-kefu');
    const team = Array.from({ length: 40 }, (_, i) => ({
      id: `m${i}`,
      name: `成员${i}`,
      role: '工程师',
      skills: ['Java', '云原生'],
    }));
    const deck = buildDeck({ ...p, team });
    const titles = deck.slides.filter((s) => s.key === 'team').map((s) => s.title);
    assert.ok(titles.length >= 2, titles.join());
    assert.equal(titles[1], '项目团队（续）');
  });

  it('clips a single row taller than a slide instead of letting it run off', () => {
    const huge: DeckTable = { columns: ['A', 'B'], widths: [1, 1], rows: [['x', '长'.repeat(20_000)]] };
    const [page] = pageTable(huge, BODY_WIDTH, BODY_HEIGHT);
    assert.ok(page);
    const h = [page.columns, ...page.rows].reduce(
      (a, r) => a + rowHeight(r, columnInches(huge.widths, BODY_WIDTH), 12),
      0,
    );
    assert.ok(h <= BODY_HEIGHT + 1e-9, `${h}`);
    assert.ok(page.rows[0]?.[1]?.endsWith('…'));
  });

  it('splits bullets by measured height, CJK counted wider than Latin', () => {
    const latin = pageBullets(
      Array.from({ length: 40 }, () => ({ text: 'a'.repeat(60), level: 0 as const })),
      6,
      5,
    );
    const cjk = pageBullets(
      Array.from({ length: 40 }, () => ({ text: '字'.repeat(60), level: 0 as const })),
      6,
      5,
    );
    assert.ok(cjk.length > latin.length, `${cjk.length} > ${latin.length}`);
  });
});
