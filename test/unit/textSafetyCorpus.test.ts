import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import MarkdownIt from 'markdown-it';
import { checkProposal } from '../../src/core/check';
import { toCsv } from '../../src/core/export/csv';
import { buildDocument } from '../../src/core/export/documents';
import { PROSE_DOCUMENTS } from '../../src/core/export/documentModel';
import { toDocx } from '../../src/core/export/docx';
import { toHtml } from '../../src/core/export/html';
import { toMarkdown } from '../../src/core/export/markdown';
import { tablesFor } from '../../src/core/export/tabularDocuments';
import { toXlsx } from '../../src/core/export/xlsx';
import type { Proposal } from '../../src/core/model';
import { writeDeck } from '../../src/node/deck/deckExport';
import { neutraliseText } from '../../src/core/text/controls';
import { EXAMPLES, HIDDEN, hostileYaml, PAYLOADS, SENTINEL } from '../support/hostileText';

/**
 * Hostile text in every text field of both examples, exported in every format: nothing live
 * (markup, script, URL scheme, remote image, diagram), no hidden character, no internal value, and
 * plain text that arrives whole. Beside the fuzz test: this one attacks the writers, not the checker.
 */
function hostile(example: string, payload: string): Proposal {
  return checkProposal(hostileYaml(example, payload)).proposal;
}

const WHOLE_DOCX = new Set(['plain', 'bidi', 'raw html']);
const squash = (s: string): string => s.replace(/\s+/g, '');

function assertCommon(format: string, text: string): void {
  assert.doesNotMatch(text, HIDDEN, `${format}: hidden character left`);
  assert.ok(!text.slice(1).includes('\uFEFF'), `${format}: zero-width no-break space left`);
  assert.ok(!text.includes(SENTINEL), `${format}: internal value`);
}

/** Text as an HTML or XML reader shows it: tags removed, entities decoded. */
function xmlText(xml: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'", nbsp: ' ' };
  return xml.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return named[e] ?? m;
  });
}

function assertHtml(format: string, html: string): void {
  assert.doesNotMatch(html, /<(script|iframe|object|embed)\b/i, `${format}: live element`);
  assert.doesNotMatch(html, /<img\b/i, `${format}: image`);
  assert.doesNotMatch(html, /<[^>]*\son[a-z]+\s*=/i, `${format}: event handler attribute`);
  for (const m of html.matchAll(/\b(?:href|src)\s*=\s*"([^"]*)"/gi))
    assert.match(m[1] ?? '', /^(https?:|mailto:|#)/i, `${format}: link ${m[1]}`);
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];
const flat = (ts: readonly Token[]): Token[] => ts.flatMap((t) => [t, ...flat(t.children ?? [])]);

function assertMarkdown(md: string, diagrams: number): void {
  const viewer = new MarkdownIt({ html: true, linkify: true });
  viewer.validateLink = (): boolean => true;
  let fences = 0;
  for (const t of flat(viewer.parse(md, {}))) {
    if (t.type === 'html_inline' || t.type === 'html_block')
      assert.match(t.content.trim(), /^(<a id="[\w-]*">(<\/a>)?|<\/a>|<br>)$/, `md: raw HTML ${t.content}`);
    assert.notEqual(t.type, 'image', 'md: image');
    if (t.type === 'link_open')
      assert.match(String(t.attrGet('href') ?? ''), /^(https?:|mailto:|#)/i, 'md: link scheme');
    if (t.type === 'fence' && t.info === 'mermaid') {
      fences++;
      assert.ok(!t.content.includes('%%{'), 'md: directive in a diagram');
    }
  }
  assert.equal(fences, diagrams, "md: only the document's own diagrams are live");
  assert.doesNotMatch(viewer.render(md), /<(img|script|iframe)\b|<[^>]*\son[a-z]+\s*=/i, 'md: markup after rendering');
}

function zipParts(zip: Uint8Array): Map<string, string> {
  return new Map(
    Object.entries(unzipSync(zip))
      .filter(([name]) => /\.(xml|rels)$/.test(name))
      .map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

function assertZip(format: string, parts: Map<string, string>): string {
  let text = '';
  for (const [name, xml] of parts) {
    assertCommon(`${format} ${name}`, xml);
    assert.doesNotMatch(xml, /<(script|img)\b/i, `${format} ${name}: markup`);
    if (name.endsWith('.rels')) {
      for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) {
        const rel = m[0];
        if (/TargetMode="External"/.test(rel)) {
          assert.match(rel, /Target="(https?:|mailto:)/i, `${format}: external target ${rel}`);
          assert.doesNotMatch(rel, /\/image"/, `${format}: remote image ${rel}`);
        }
      }
    }
    if (format === 'xlsx') assert.doesNotMatch(xml, /<f>|<f\s/, 'xlsx: formula');
    if (/word\/document\.xml$|sharedStrings\.xml$|worksheets\/sheet\d+\.xml$/.test(name))
      text += xmlText(xml.replace(/<\/w:p>/g, '\n'));
  }
  return text;
}

describe('text safety: hostile text in every field, every format', function () {
  this.timeout(180_000);
  for (const example of EXAMPLES) {
    for (const [name, payload] of PAYLOADS) {
      it(`${path.basename(example)}: ${name}`, async () => {
        const proposal = hostile(example, payload);
        const plain = squash(neutraliseText(payload));
        const lossless = name === 'plain';
        for (const kind of PROSE_DOCUMENTS) {
          const doc = buildDocument(kind, proposal);
          const diagrams = doc.blocks.filter((b) => b.type === 'diagram').length;
          const md = toMarkdown(doc);
          assertCommon(`md ${kind}`, md);
          assertMarkdown(md, diagrams);
          const html = toHtml(doc);
          assertCommon(`html ${kind}`, html);
          assertHtml(`html ${kind}`, html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
          // Word files are slow to build: every kind for the classes that test the words, the proposal for the rest.
          if (kind !== 'proposal' && !WHOLE_DOCX.has(name)) continue;
          const docxText = assertZip('docx', zipParts(await toDocx(doc)));
          if (lossless) {
            const mdText = xmlText(new MarkdownIt().render(md));
            for (const [format, text] of [
              ['md', mdText],
              ['html', xmlText(html)],
              ['docx', docxText],
            ] as const) {
              assert.ok(squash(text).includes(plain), `${format} ${kind}: plain text lost`);
            }
          }
        }
        for (const kind of ['requirements', 'plan', 'risks'] as const) {
          const [table] = tablesFor(kind, proposal);
          assert.ok(table);
          const csv = toCsv(table);
          assertCommon(`csv ${kind}`, csv);
          assert.doesNotMatch(csv, /(^|,|\r\n)"?[=+\-@]/, `csv ${kind}: formula`);
          const xlsxText = assertZip('xlsx', zipParts(await toXlsx(tablesFor(kind, proposal), { title: 'T' })));
          if (lossless) {
            assert.ok(squash(csv.replace(/""/g, '"')).includes(plain), `csv ${kind}: plain text lost`);
            assert.ok(squash(xlsxText).includes(plain), `xlsx ${kind}: plain text lost`);
          }
        }
        // The deck shows a digest of the proposal, so no field is expected whole; its notes are checked too.
        const deck = await writeDeck({ proposal, deck: {}, drawPicture: () => Promise.resolve({}) });
        assertZip('pptx', zipParts(deck.content));
      });
    }
  }
});
