import * as assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { stringify } from 'yaml';
import {
  launchChromium,
  openPreviewPage,
  startPreviewServer,
  updateFromYaml,
  type PreviewPage,
  type PreviewServer,
} from './browserHarness';

/**
 * Labels that Mermaid has to wrap, holding every character that means something to Mermaid or to
 * HTML. The preview's own bundle draws them in real Chromium (HTML labels), and again as the exports
 * draw them (SVG text labels); the text read back from the SVG must be what was written. A label
 * wrapped in the middle of an escape would show `&#` / `59;` instead.
 */
const SPECIALS = [';', '#', '&', '<', '>', '"', "'", '|', '[', ']', '{', '}', '(', ')'];

function labelFor(ch: string, i: number): string {
  // Long enough to wrap, with the character between words and inside long words.
  return `postings${ch}(pacs.008,camt.053${ch}camt.054) ${ch}${ch} item ${i} ${'x'.repeat(12)}${ch}${'y'.repeat(30)} end${ch}`;
}

function proposalYaml(): string {
  const components = SPECIALS.map((ch, i) => ({ id: `c${i}`, name: labelFor(ch, i), kind: 'service' }));
  const connections = SPECIALS.map((ch, i) => ({
    from: `c${i}`,
    to: `c${(i + 1) % SPECIALS.length}`,
    label: labelFor(ch, i),
  }));
  const tasks = SPECIALS.map((ch, i) => ({ id: `t${i}`, name: labelFor(ch, i), duration: 2 }));
  return stringify({
    presales: '1.0',
    proposal: { title: 'Labels', language: 'en' },
    architecture: { components, connections },
    plan: { start: '2026-03-02', phases: [{ id: 'p1', name: labelFor('#', 99), tasks }] },
  });
}

const squash = (s: string): string => s.replace(/\s+/g, '');

interface Drawn {
  key: string;
  ready: boolean;
  nodes: string[];
  edges: string[];
  text: string;
}

async function drawn(pp: PreviewPage): Promise<Drawn[]> {
  return pp.page.evaluate<Drawn[]>(`[...document.querySelectorAll('.diagram')].map((d) => {
    const svg = d.querySelector('svg');
    const texts = (sel) => [...(svg?.querySelectorAll(sel) ?? [])].map((n) => n.textContent ?? '');
    return { key: d.dataset.diagram, ready: d.classList.contains('diagram-ready'),
      nodes: texts('g.node'), edges: texts('g.edgeLabel'), text: texts('text, g.node, g.edgeLabel, g.cluster-label').join('\\n') };
  })`);
}

describe('Mermaid labels in Chromium: wrapped labels read back as written', () => {
  let server: PreviewServer;
  let browser: Browser;
  let pp: PreviewPage;
  const yaml = proposalYaml();
  before(async () => {
    server = await startPreviewServer();
    browser = await launchChromium();
    pp = await openPreviewPage(browser, server);
    await pp.post(updateFromYaml(yaml, { version: 1 }));
    await pp.waitFor(1, 'drawn');
  });
  after(async () => {
    await pp?.page.close();
    await browser?.close();
    await server?.close();
  });

  it('node and edge labels in the preview (HTML labels)', async () => {
    const arch = (await drawn(pp)).find((d) => d.key === 'architecture');
    assert.ok(arch?.ready, 'architecture drawn');
    const nodes = arch.nodes.map(squash);
    const edges = arch.edges.map(squash);
    SPECIALS.forEach((ch, i) => {
      assert.ok(
        nodes.some((n) => n.includes(squash(labelFor(ch, i)))),
        `node label with ${ch}: ${nodes.find((n) => n.includes(`item${i}`)) ?? '(missing)'}`,
      );
      assert.ok(
        edges.includes(squash(labelFor(ch, i))),
        `edge label with ${ch}: ${edges.find((n) => n.includes(`item${i}`)) ?? '(missing)'}`,
      );
    });
    assert.doesNotMatch(arch.text, /&#|#\d+;/, 'no entity code shown');
  });

  it('gantt task and section names in the preview', async () => {
    const gantt = (await drawn(pp)).find((d) => d.key === 'timeline');
    assert.ok(gantt?.ready, 'timeline drawn');
    const text = squash(gantt.text);
    SPECIALS.forEach((ch, i) => assert.ok(text.includes(squash(labelFor(ch, i))), `task name with ${ch}`));
    assert.ok(text.includes(squash(labelFor('#', 99))), 'section name');
    assert.doesNotMatch(gantt.text, /&#|#\d+;/, 'no entity code shown');
  });

  it('the same labels as the exports draw them (SVG text labels), decoded as XML', async () => {
    const sources = updateFromYaml(yaml).diagrams.map((d) => d.source);
    await pp.post({ type: 'renderDiagramsForExport', id: 7, sources });
    await pp.page.waitForFunction(() =>
      (globalThis as unknown as { __posted: Array<{ type: string }> }).__posted.some(
        (m) => m.type === 'diagramsRendered',
      ),
    );
    const answer = (await pp.posted()).find((m) => m.type === 'diagramsRendered');
    assert.ok(answer && answer.type === 'diagramsRendered');
    for (const r of answer.results) {
      const svg = 'svg' in r ? r.svg : assert.fail(JSON.stringify(r));
      const text = await pp.page.evaluate((s) => {
        const g = globalThis as unknown as {
          DOMParser: new () => {
            parseFromString(x: string, t: string): { documentElement: { textContent: string | null } };
          };
        };
        const doc = new g.DOMParser().parseFromString(s, 'image/svg+xml') as unknown as {
          querySelectorAll(sel: string): ArrayLike<{ textContent: string | null }>;
        };
        return Array.from(doc.querySelectorAll('text, g.node, g.edgeLabel'))
          .map((n) => n.textContent ?? '')
          .join('\n');
      }, svg);
      SPECIALS.forEach((ch, i) => assert.ok(squash(text).includes(squash(labelFor(ch, i))), `export label with ${ch}`));
      assert.doesNotMatch(
        text,
        /&#|#\d+;/,
        `no entity code shown: ${(text.match(/.{0,30}(&#|#\d+;).{0,30}/g) ?? []).join(' / ')}`,
      );
    }
  });
});
