/**
 * The pitch deck as a customer's office suite reads it: exported by the real export job, converted
 * by LibreOffice Impress to PDF, read back with pdftotext, and unzipped to check what PowerPoint
 * would edit (native `a:t` runs, lines along the layout's routes, notes, East Asian fonts) and what must never be
 * there (internal content).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar, isSeq, parseDocument, visit } from 'yaml';
import { unzipSync } from 'fflate';
import { buildDeck } from '../../src/core/deck/buildDeck';
import { layOutArchitecture } from '../../src/node/deck/deckExport';
import { checkProposal } from '../../src/core/check';
import { customerView } from '../../src/core/export/customerView';
import { findBrowser } from '../../src/node/browser';
import { exportProposal, type ExportResult } from '../../src/node/exportJob';
import {
  EXAMPLES,
  INTERNAL_MARKER,
  officeToPdf,
  pdfPages,
  pdfText,
  rendererCopy,
  squash,
  tempDir,
  withHostileText,
  withInternalMarkers,
  zipEntries,
  zipPart,
} from './exportTools';

const browserPath = findBrowser()?.path;

/** PPTX -> PDF with LibreOffice Impress in a private profile. */
const pptxToPdf = officeToPdf;

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of every `a:t` run in the parts matching `pattern`. */
function runs(file: string, pattern: RegExp): string[] {
  return zipEntries(file)
    .filter((e) => pattern.test(e))
    .flatMap((e) => [...zipPart(file, e).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? '')));
}

const SLIDE_PARTS = /^ppt\/slides\/slide\d+\.xml$/;

const EMU_PER_INCH = 914_400;

/** The frames (inches) of the boxes and groups on a slide. */
function shapeFrames(xml: string): Array<{ x: number; y: number; w: number; h: number }> {
  return [...xml.matchAll(/<p:sp>(?:(?!<p:sp>)[\s\S])*?<\/p:sp>/g)]
    .map((m) => m[0])
    .filter((sp) => /name="(box-\d+|zone)"/.test(sp))
    .map((sp) => {
      const [, x, y, w, h] = /<a:off x="(\d+)" y="(\d+)"\/><a:ext cx="(\d+)" cy="(\d+)"/.exec(sp) ?? [];
      return {
        x: Number(x) / EMU_PER_INCH,
        y: Number(y) / EMU_PER_INCH,
        w: Number(w) / EMU_PER_INCH,
        h: Number(h) / EMU_PER_INCH,
      };
    });
}

/** Each line drawn along a route: its path's points on the slide, inches. */
function routedLines(xml: string): Array<Array<{ x: number; y: number }>> {
  return [...xml.matchAll(/<p:sp>(?:(?!<p:sp>)[\s\S])*?<\/p:sp>/g)]
    .map((m) => m[0])
    .filter((sp) => /name="route-\d+"/.test(sp) && sp.includes('<a:custGeom>'))
    .map((sp) => {
      const [, ox, oy] = /<a:off x="(\d+)" y="(\d+)"\/>/.exec(sp) ?? [];
      return [...sp.matchAll(/<a:pt x="(\d+)" y="(\d+)"\/>/g)].map((m) => ({
        x: (Number(ox) + Number(m[1])) / EMU_PER_INCH,
        y: (Number(oy) + Number(m[2])) / EMU_PER_INCH,
      }));
    });
}
const NOTES_PARTS = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;

describe('export: the pitch deck (PPTX)', function () {
  this.timeout(600_000);
  const dir = tempDir('export-deck');
  let rendererDir = '';
  const written = new Map<string, ExportResult>();

  before(async function () {
    assert.ok(browserPath, 'Chromium is needed for the picture slide: install chromium (npm test -- provision)');
    rendererDir = await rendererCopy();
    for (const ex of EXAMPLES) {
      const r = await exportProposal({
        sourcePath: ex.file,
        format: 'pptx',
        doc: 'deck',
        out: path.join(dir, `${ex.name}.pptx`),
        browserPath,
        rendererDir,
        deck: { diagramPictures: true },
      });
      written.set(ex.name, r);
    }
  });

  for (const ex of EXAMPLES) {
    describe(ex.name, () => {
      const file = (): string => written.get(ex.name)?.path ?? '';
      const deck = () => buildDeck(checkProposal(readFileSync(ex.file, 'utf8')).proposal, { diagramPicture: true });

      it('opens in LibreOffice Impress: one PDF page per slide, every slide title in the text', () => {
        const pdf = pptxToPdf(file(), dir);
        const slides = zipEntries(file()).filter((e) => SLIDE_PARTS.test(e)).length;
        assert.equal(pdfPages(pdf), slides);
        const text = squash(pdfText(pdf));
        for (const s of deck().slides) assert.ok(text.includes(squash(s.title)), `slide title "${s.title}" in the PDF`);
      });

      it('holds every component name as native text (a:t), and every line on the route ELK gave it', async () => {
        const p = customerView(checkProposal(readFileSync(ex.file, 'utf8')).proposal);
        const text = runs(file(), SLIDE_PARTS);
        for (const c of p.architecture?.components ?? []) assert.ok(text.includes(c.name ?? ''), `component ${c.name}`);
        const slides = zipEntries(file())
          .filter((e) => SLIDE_PARTS.test(e))
          .map((e) => zipPart(file(), e))
          .filter((xml) => xml.includes('name="box-0"'));
        const bodies = deck().slides.flatMap((s) => (s.body.kind === 'architecture' ? [s.body] : []));
        assert.equal(slides.length, bodies.length, 'a slide per architecture view');
        let expected = 0;
        for (const body of bodies) expected += (await layOutArchitecture(body)).connections.length;
        const lines = slides.flatMap((xml) => routedLines(xml));
        assert.ok(expected > 0, 'some view draws its lines');
        assert.equal(lines.length, expected);
        for (const xml of slides) {
          const boxes = shapeFrames(xml);
          for (const line of routedLines(xml)) {
            for (const end of [line[0], line[line.length - 1]])
              assert.ok(
                end &&
                  boxes.some(
                    (b) =>
                      end.x >= b.x - 0.02 &&
                      end.x <= b.x + b.w + 0.02 &&
                      end.y >= b.y - 0.02 &&
                      end.y <= b.y + b.h + 0.02,
                  ),
                'each line starts and ends on a box or its group',
              );
          }
        }
        for (const xml of slides) assert.doesNotMatch(xml, /<p:cxnSp>|name="route-\d+"[\s\S]{0,400}prst="line"/);
      });

      it('has the demo scripts in the speaker notes', () => {
        const p = checkProposal(readFileSync(ex.file, 'utf8')).proposal;
        const notes = runs(file(), NOTES_PARTS).join('\n');
        for (const s of p.demo?.scenarios ?? [])
          for (const step of s.steps ?? []) assert.ok(notes.includes(step), step);
      });

      it('names the East Asian font in every run and the theme', () => {
        const slide = zipPart(file(), 'ppt/slides/slide2.xml');
        assert.match(slide, /<a:ea typeface="Microsoft YaHei"/);
        assert.doesNotMatch(slide, /<a:ea typeface="Calibri"/);
        assert.match(zipPart(file(), 'ppt/theme/theme1.xml'), /<a:ea typeface="Microsoft YaHei"\/>/);
        assert.match(slide, ex.lang === 'zh-CN' ? /lang="zh-CN"/ : /lang="en-US"/);
      });

      it('adds the Mermaid picture slide (a PNG drawn with SVG text labels)', () => {
        assert.equal(written.get(ex.name)?.diagrams, 1);
        assert.equal(written.get(ex.name)?.notes, undefined);
        assert.ok(zipEntries(file()).some((e) => /^ppt\/media\/.*\.png$/.test(e)));
      });
    });
  }

  it('shows no internal marker anywhere in the package, for a marker in every internal field', async () => {
    for (const ex of EXAMPLES) {
      const source = path.join(dir, `${ex.name}-internal.presales.yaml`);
      writeFileSync(source, markEveryInternalField(withInternalMarkers(readFileSync(ex.file, 'utf8'))));
      assert.ok(readFileSync(source, 'utf8').includes(INTERNAL_MARKER));
      const r = await exportProposal({
        sourcePath: source,
        format: 'pptx',
        doc: 'deck',
        out: dir,
        browserPath,
        rendererDir,
        deck: { diagramPictures: true },
      });
      // Every part, the zip's own names included ([Content_Types].xml is a glob to unzip's command line).
      const parts = unzipSync(readFileSync(r.path));
      assert.ok(Object.keys(parts).length > 20);
      for (const [part, bytes] of Object.entries(parts))
        assert.ok(!Buffer.from(bytes).includes(INTERNAL_MARKER), `${ex.name}: ${part}`);
    }
  });

  it('keeps markup in every text field as text: the package stays well-formed and LibreOffice shows it', async () => {
    const ex = EXAMPLES[0];
    assert.ok(ex);
    const source = path.join(dir, 'hostile.presales.yaml');
    writeFileSync(source, withHostileText(readFileSync(ex.file, 'utf8')));
    const r = await exportProposal({
      sourcePath: source,
      format: 'pptx',
      doc: 'deck',
      out: path.join(dir, 'hostile.pptx'),
    });
    const slides = runs(r.path, SLIDE_PARTS).join('\n');
    assert.ok(slides.includes('<script>document.title="PWNED"</script>'), 'the payload is a text run');
    for (const part of zipEntries(r.path).filter((e) => SLIDE_PARTS.test(e)))
      assert.doesNotMatch(zipPart(r.path, part), /<script|<img /, part);
    const text = pdfText(pptxToPdf(r.path, dir));
    assert.ok(text.includes('PWNED'), 'LibreOffice read every slide and shows the payload as text');
  });

  it('without a browser leaves the picture slide out and says so, never a blank picture', async () => {
    const ex = EXAMPLES[0];
    assert.ok(ex);
    const r = await exportProposal({
      sourcePath: ex.file,
      format: 'pptx',
      doc: 'deck',
      out: path.join(dir, 'no-browser.pptx'),
      browserPath: path.join(dir, 'no-such-browser'),
      deck: { diagramPictures: true },
    });
    assert.equal(r.diagrams, 0);
    assert.match(r.notes?.[0]?.en ?? '', /picture slide was left out: no browser/);
    assert.ok(!zipEntries(r.path).some((e) => /^ppt\/media\/.+/.test(e)));
    const titles = runs(r.path, SLIDE_PARTS);
    assert.ok(!titles.includes('Solution architecture (diagram)'));
  });
});

/** Text fields an item can have; ids, references and choices stay as they are, so the file still exports. */
const FREE_TEXT = [
  'name',
  'title',
  'item',
  'description',
  'technology',
  'notes',
  'role',
  'prevention',
  'contingency',
  'solution',
  'source',
  'unit',
];
const TEXT_LISTS = ['skills', 'acceptance', 'steps', 'deliverables'];

/** Every text field of every item marked `internal: true` carries the marker. */
function markEveryInternalField(yaml: string): string {
  const doc = parseDocument(yaml);
  visit(doc, {
    Map(_key, node) {
      if (node.get('internal') !== true) return;
      for (const key of FREE_TEXT) {
        const value: unknown = node.get(key);
        if (typeof value === 'string' && !value.includes(INTERNAL_MARKER)) node.set(key, `${INTERNAL_MARKER} ${value}`);
      }
      for (const key of TEXT_LISTS) {
        const list = node.get(key, true);
        if (isSeq(list))
          for (const item of list.items)
            if (isScalar(item) && typeof item.value === 'string') item.value = `${INTERNAL_MARKER} ${item.value}`;
      }
    },
  });
  return doc.toString();
}
