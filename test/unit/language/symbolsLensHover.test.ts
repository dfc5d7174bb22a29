import * as assert from 'node:assert/strict';
import { codeLenses, riskLevel } from '../../../src/core/language/codeLens';
import { hoverAt } from '../../../src/core/language/hover';
import { documentSymbols, entitySymbols, type ProposalSymbol } from '../../../src/core/language/symbols';
import type { Language } from '../../../src/core/model';
import { PROPOSAL, doc, offsetOf, schema } from './fixture';

const within = (inner: { offset: number; length: number }, outer: { offset: number; length: number }): boolean =>
  inner.offset >= outer.offset && inner.offset + inner.length <= outer.offset + outer.length;

describe('document symbols', () => {
  const symbols = documentSymbols(doc().parsed.document, 'en');
  const find = (list: ProposalSymbol[], name: string): ProposalSymbol | undefined => list.find((s) => s.name === name);

  it('lists sections in file order', () => {
    assert.deepEqual(
      symbols.map((s) => s.name),
      [
        'presales',
        'proposal',
        'requirements',
        'goals',
        'architecture',
        'technology',
        'plan',
        'team',
        'budget',
        'risks',
        'demo',
      ],
    );
  });

  it('nests entities under sections, tasks under phases, with names as detail', () => {
    assert.deepEqual(
      find(symbols, 'requirements')?.children.map((c) => [c.name, c.detail, c.category]),
      [
        ['REQ-001', 'Single sign-on', 'requirement'],
        ['REQ-002', 'Reports', 'requirement'],
      ],
    );
    assert.deepEqual(
      find(symbols, 'plan')?.children.map((c) => c.name),
      ['phases'],
    );
    const phase = find(symbols, 'plan')?.children[0]?.children[0];
    assert.equal(phase?.name, 'P1');
    assert.deepEqual(
      phase?.children.map((c) => c.name),
      ['T1', 'T2'],
    );
    const arch = find(symbols, 'architecture');
    assert.deepEqual(
      arch?.children.map((c) => c.name),
      ['zones', 'components', 'connections'],
    );
    assert.equal(arch?.children[2]?.children[0]?.name, 'gw → db');
    assert.deepEqual(
      find(symbols, 'demo')?.children.map((c) => c.name),
      ['scenarios'],
    );
  });

  it('keeps every selection range inside its range, and children inside parents', () => {
    const check = (list: ProposalSymbol[], parent?: ProposalSymbol): void => {
      for (const s of list) {
        assert.ok(within(s.selectionSpan, s.span), s.name);
        if (parent) assert.ok(within(s.span, parent.span), `${s.name} in ${parent.name}`);
        check(s.children, s);
      }
    };
    check(symbols);
    const t2 = find(symbols, 'plan')?.children[0]?.children[0]?.children[1];
    assert.equal(PROPOSAL.slice(t2!.selectionSpan.offset, t2!.selectionSpan.offset + t2!.selectionSpan.length), 'T2');
  });

  it('gives workspace symbols with id, name and kind', () => {
    const list = entitySymbols(doc().index, 'zh-CN');
    const alice = list.find((s) => s.name.startsWith('alice'));
    assert.equal(alice?.name, 'alice Alice Chen');
    assert.equal(alice?.containerName, '团队成员');
  });
});

describe('code lens', () => {
  it('counts components, tasks and demos per requirement', () => {
    const lenses = codeLenses(doc().index, doc().parsed.value, { lang: 'en' });
    const req1 = lenses.find((l) => l.id === 'REQ-001');
    assert.equal(req1?.title, '2 components · 2 tasks · 1 demo');
    assert.equal(lenses.find((l) => l.id === 'REQ-002')?.title, '1 component · 1 task · 0 demos');
    // Where it is used by components, tasks, demos and goals (not `related`, which names any id).
    assert.equal(req1?.locations.length, 6);
  });

  it('scores risks with the configured threshold, in Chinese too', () => {
    const d = doc();
    assert.equal(
      codeLenses(d.index, d.parsed.value, { lang: 'en' }).find((l) => l.id === 'RK1')?.title,
      'score 20 · high',
    );
    assert.equal(
      codeLenses(d.index, d.parsed.value, { lang: 'en', highRiskThreshold: 21 }).find((l) => l.id === 'RK1')?.title,
      'score 20 · medium',
    );
    assert.equal(
      codeLenses(d.index, d.parsed.value, { lang: 'zh-CN' }).find((l) => l.id === 'REQ-001')?.title,
      '2 个组件 · 2 个任务 · 1 个演示',
    );
    assert.equal(
      codeLenses(d.index, d.parsed.value, { lang: 'zh-CN' }).find((l) => l.id === 'RK1')?.title,
      '评分 20 · 高',
    );
  });

  it('bands risk levels: low < 8 <= medium < threshold <= high', () => {
    assert.deepEqual(
      [1, 7, 8, 14, 15, 25].map((s) => riskLevel(s)),
      ['low', 'low', 'medium', 'medium', 'high', 'high'],
    );
  });

  it('skips a risk without numbers', () => {
    const d = doc('risks:\n  - id: R1\n    likelihood: high\n');
    assert.deepEqual(codeLenses(d.index, d.parsed.value, { lang: 'en' }), []);
  });
});

describe('hover', () => {
  const hover = (needle: string, delta: number, lang: Language = 'en', text = PROPOSAL): string | undefined => {
    const d = doc(text);
    return hoverAt({
      text,
      offset: offsetOf(text, needle, delta),
      value: d.parsed.value,
      index: d.index,
      schema: schema(),
      lang,
      schedule: d.schedule(),
    })?.markdown;
  };

  it('summarises a requirement at a reference', () => {
    const md = hover('satisfies: [REQ-001]', 13);
    assert.match(md ?? '', /requirement\*\* `REQ-001` — Single sign\\-on/);
    assert.match(md ?? '', /priority: must/);
    assert.match(md ?? '', /type: security/);
  });

  it("shows a task's computed dates, critical flag and owner", () => {
    const md = hover('dependsOn: [T1]', 12) ?? '';
    assert.match(md, /start: 2027-01-04 · end: 2027-01-08 · 5 working days/);
    assert.match(md, /critical path/);
    assert.match(md, /owner: Alice Chen \\\(alice\\\)/);
  });

  it("shows a risk score and a member's role, allocation and rate", () => {
    assert.match(hover('- id: RK1', 7) ?? '', /likelihood 4 × impact 5 = 20 \(high\)/);
    const member = hover('owner: alice', 8) ?? '';
    assert.match(member, /role: Architect/);
    assert.match(member, /allocation: 100%/);
    assert.match(member, /day rate: 1200 EUR/);
  });

  it("shows a component's kind, technology and zone", () => {
    assert.match(hover('from: gw', 7) ?? '', /kind: gateway[\s\S]*technology: Kong[\s\S]*zone: DMZ \\\(dmz\\\)/);
  });

  it('says when a referenced id is not defined', () => {
    const text = PROPOSAL.replace('presenter: bob', 'presenter: zed');
    assert.match(hover('presenter: zed', 12, 'en', text) ?? '', /"zed" is not defined/);
  });

  it('describes keys from the schema, in Chinese when asked', () => {
    assert.match(hover('    likelihood: 4', 6) ?? '', /\*\*Likelihood/);
    assert.match(hover('    likelihood: 4', 6, 'zh-CN') ?? '', /可能性/);
  });

  it('describes enum values', () => {
    assert.match(hover('priority: must', 12) ?? '', /`must`: .*Must have/);
    assert.match(hover('priority: must', 12, 'zh-CN') ?? '', /[\u4e00-\u9fff]/);
  });

  it('escapes markdown in user text', () => {
    const text = PROPOSAL.replace('title: Single sign-on', 'title: "<img src=x onerror=alert(1)> [link](http://x)"');
    const md = hover('satisfies: [REQ-001]', 13, 'en', text) ?? '';
    assert.ok(!/(?<!\\)</.test(md) && !md.includes('](http'), md);
  });
});
