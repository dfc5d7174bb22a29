import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkProposal } from '../../../src/core/check';
import { renderProposalHtml, proposalBodyHtml, type ProposalHtmlOptions } from '../../../src/core/render/proposalHtml';
import { createMarkdown } from '../../../src/core/render/markdown';
import { payloadProposal } from '../../browser/browserHarness';
import { brokenExamples, SMART_FACTORY_DIAGRAMS } from '../../support/fixtures';
import { repoRoot as root } from '../../support/repo';

const example = readFileSync(path.join(root, 'examples/smart-factory.presales.yaml'), 'utf8');

function render(text: string, options: ProposalHtmlOptions = {}) {
  const r = checkProposal(text);
  return renderProposalHtml({ proposal: r.proposal, schedule: r.schedule, cost: r.cost, parsed: r.parsed }, options);
}

describe('proposalHtml', () => {
  const internal = render(example, { audience: 'internal' });
  const customer = render(example, { audience: 'customer' });
  const html = proposalBodyHtml(internal);

  it('renders every section of a complete proposal, in document order', () => {
    assert.deepEqual(
      internal.sections.map((s) => s.key),
      [
        'cover',
        'requirements',
        'goals',
        'architecture',
        'technology',
        'timeline',
        'team',
        'budget',
        'risks',
        'traceability',
        'feasibility',
        'engagement',
        'demo',
        'sales',
      ],
    );
    assert.equal(internal.title, 'Shop-Floor Data Platform for Plant Ulm');
  });

  it('puts diagrams in as placeholders with the escaped source and its hash', () => {
    assert.deepEqual(
      internal.diagrams.map((d) => d.key),
      SMART_FACTORY_DIAGRAMS,
    );
    for (const d of internal.diagrams) {
      assert.match(html, new RegExp(`data-diagram="${d.key}" data-source-hash="${d.hash}"`));
      assert.ok(html.includes('<pre class="mermaid-source">'));
      assert.ok(Object.keys(d.nodeLines).length > 0, 'node -> line map for clicks');
    }
  });

  it('carries the 0-based source line of each requirement on its row', () => {
    const lines = example.split('\n');
    const r01 = lines.findIndex((l) => /^\s*- id: R-01\b/.test(l));
    assert.ok(r01 > 0);
    assert.match(html, new RegExp(`<tr id="req-R-01" data-line="${r01}">`));
  });

  it('places each risk in the likelihood x impact cell of the matrix', () => {
    const r = checkProposal(example);
    for (const risk of r.proposal.risks ?? []) {
      const cell =
        new RegExp(`data-likelihood="${risk.likelihood}" data-impact="${risk.impact}">[^]*?</td>`).exec(html)?.[0] ??
        '';
      assert.ok(cell.includes(`>${risk.id}</span>`), `${risk.id} in L${risk.likelihood} x I${risk.impact}`);
    }
  });

  it('shows internal content with a badge in the internal view and leaves it out for the customer', () => {
    const c = proposalBodyHtml(customer);
    assert.match(html, /class="badge internal"/);
    assert.doesNotMatch(c, /class="badge internal"/);
    const r = checkProposal(example);
    for (const competitor of r.proposal.sales?.competitors ?? []) {
      if (competitor.name) assert.ok(!c.includes(competitor.name), `competitor ${competitor.name} leaked`);
    }
    assert.doesNotMatch(c, /Negotiation notes|Internal pricing notes/);
    for (const req of (r.proposal.requirements ?? []).filter((x) => x.internal))
      assert.ok(!c.includes(`id="req-${req.id}"`));
  });

  it('renders Chinese headings for a zh-CN proposal', () => {
    const zh = render(example.replace('language: en', 'language: zh-CN'));
    assert.equal(zh.lang, 'zh-CN');
    assert.match(proposalBodyHtml(zh), /<h2>需求<\/h2>/);
  });

  it('never emits document text as markup: payloads in every text field come out escaped', () => {
    const out = proposalBodyHtml(render(payloadProposal(example), { audience: 'internal' }));
    assert.doesNotMatch(out, /<script/i);
    assert.doesNotMatch(out, /<img|<svg|<iframe/i);
    // Attribute values are escaped (no raw quote inside), so blanking them leaves only the markup itself.
    assert.doesNotMatch(out.replace(/"[^"]*"/g, '""'), /<[a-z][^>]*\son\w+=/i, 'no element carries an event handler');
    assert.doesNotMatch(out, /href="(javascript|data|vscode|file|command):/i);
    assert.match(out, /&lt;img src=x onerror=/);
  });

  it('survives an empty and a garbage document', () => {
    assert.ok(render('').sections.length >= 1);
    assert.ok(
      render('requirements: 5\narchitecture: [1, 2]\nrisks: {a: 1}\nplan: {phases: "x"}\n').sections.length >= 1,
    );
  });
});

describe('markdown', () => {
  const md = createMarkdown();
  it('allows http, https and mailto links only', () => {
    assert.match(md.renderInline('[a](https://example.com)'), /href="https:\/\/example.com"/);
    assert.match(md.renderInline('[a](mailto:x@example.com)'), /href="mailto:/);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'vscode://x',
      'file:///etc/passwd',
      'command:x',
      'JaVaScRiPt:alert(1)',
    ]) {
      assert.doesNotMatch(md.renderInline(`[a](${bad})`), /href=/, bad);
    }
  });
  it('shows raw HTML as text, links bare URLs and loads no images', () => {
    assert.equal(md.renderInline('<b>x</b>'), '&lt;b&gt;x&lt;/b&gt;');
    assert.match(md.renderInline('see https://example.com'), /<a href="https:\/\/example.com">/);
    assert.doesNotMatch(md.render('![x](https://example.com/a.png)'), /<img/);
  });
});

describe('proposalHtml on broken input', () => {
  for (const f of brokenExamples()) {
    it(`renders ${f} without throwing`, () => {
      const r = render(readFileSync(path.join(root, f), 'utf8'), { audience: 'internal' });
      assert.ok(r.sections.length >= 1);
    });
  }

  it('never throws on the example cut at every 97th line (partial documents while typing)', () => {
    const lines = example.split('\n');
    for (let cut = 1; cut < lines.length; cut += 97) {
      const r = render(lines.slice(0, cut).join('\n'), { audience: 'internal' });
      for (const d of r.diagrams) assert.match(d.source, /^(flowchart (TB|LR)|gantt)\n/);
    }
  });

  it('never throws when lines are deleted here and there (seeded, reproducible)', () => {
    let seed = 42;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const lines = example.split('\n');
    for (let round = 0; round < 10; round++) {
      const kept = lines.filter(() => next() > 0.08);
      assert.doesNotThrow(() => render(kept.join('\n'), { audience: 'customer' }));
    }
  });
});
