/**
 * What survives printing: an unbroken 10,000-character word wraps (in a paragraph and in a table
 * cell) instead of being clipped at the page edge, and an emoji is drawn in colour from the emoji
 * font rather than as an empty box. Real Chromium, pdftotext and pdftoppm.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../../src/node/browser';
import { exportProposal } from '../../src/node/exportJob';
import { pdfText, squash, tempDir } from './exportTools';

const browserPath = findBrowser()?.path;

/** 10,000 characters without a space, unlike any other text in the document: 'LW' + digits, in order. */
const LONG = `LW${Array.from({ length: 2000 }, (_, i) => String(i % 100_000).padStart(5, '0')).join('')}`.slice(
  0,
  10_000,
);

function proposal(title: string, description: string): string {
  return `presales: "1.0"\nproposal:\n  title: Printed text\n  language: en\nrequirements:\n  - id: R1\n    title: "${title}"\n    priority: must\n    description: "${description}"\n`;
}

describe('export: printed text', function () {
  this.timeout(180_000);
  const dir = tempDir('export-printed');

  before(function () {
    assert.ok(browserPath, 'a Chromium-family browser is needed for these tests');
  });

  it('keeps all of a 10,000-character line without spaces, in a table cell and in a paragraph', async () => {
    const source = path.join(dir, 'long.presales.yaml');
    writeFileSync(source, proposal(`Cell ${LONG}`, `Text ${LONG}`));
    const r = await exportProposal({
      sourcePath: source,
      format: 'pdf',
      doc: 'requirements',
      out: dir,
      browserPath,
      renderDiagrams: false,
    });
    // The word runs over pages: drop the page footers (their lines) that pdftotext puts between its parts.
    const text = squash(
      pdfText(r.path)
        .split(/[\n\f]/)
        .filter((line) => !/^Page \d+ of \d+$/.test(line) && !line.startsWith('Printed text · '))
        .join('\n'),
    );
    assert.equal(LONG.length, 10_000);
    const found = text.split(LONG).length - 1;
    // Twice at least: the requirements table cell and the description paragraph.
    assert.ok(
      found >= 2,
      `the whole 10,000-character word is in the PDF ${found} time(s); longest kept prefix ${longestPrefix(text, LONG)}`,
    );
  });

  it('draws an emoji with the colour emoji font (the rendered pages gain colour where it is)', async function () {
    const fonts = execFileSync('fc-list', [':color=true:charset=1f600', 'family'], { encoding: 'utf8' }).trim();
    assert.ok(
      fonts,
      'no colour emoji font is installed: provisioning installs fonts-noto-color-emoji (scripts/vscode-host/systemDeps.mjs)',
    );
    // The same document with and without emoji: the cover and headings have colour of their own, so
    // the emoji must add coloured pixels to what the plain twin has.
    const print = async (name: string, title: string, description: string): Promise<string> => {
      const source = path.join(dir, `${name}.presales.yaml`);
      writeFileSync(source, proposal(title, description));
      return (
        await exportProposal({
          sourcePath: source,
          format: 'pdf',
          doc: 'requirements',
          out: dir,
          browserPath,
          renderDiagrams: false,
        })
      ).path;
    };
    const withEmoji = await print('emoji', 'Rocket \u{1F680} launch', '\u{1F600}\u{1F680}\u{2705} done');
    const plain = await print('plain', 'Rocket R launch', 'GRE done');
    // Chromium embeds colour glyphs as unnamed Type 3 fonts, so pdffonts cannot name the emoji font: the pixels tell.
    const added = colouredPixels(withEmoji) - colouredPixels(plain);
    assert.ok(added > 50, `the emoji add ${added} coloured pixels at 60 dpi: they are not drawn in colour`);
  });
});

/** Pixels whose channels are far apart (not black, white or grey), over every page at 60 dpi. */
function colouredPixels(pdf: string): number {
  const root = pdf.replace(/\.pdf$/, '-page');
  execFileSync('pdftoppm', ['-r', '60', pdf, root]);
  let count = 0;
  for (const f of readdirSync(path.dirname(pdf)).filter(
    (n) => n.startsWith(path.basename(root)) && n.endsWith('.ppm'),
  )) {
    const ppm = readFileSync(path.join(path.dirname(pdf), f));
    // P6 header: "P6\n<w> <h>\n255\n", then RGB triplets.
    const header = /^P6\s+\d+\s+\d+\s+\d+\s/.exec(ppm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error(`pdftoppm did not write a P6 PPM: ${f}`);
    for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
      const r = ppm[i] ?? 0;
      const g = ppm[i + 1] ?? 0;
      const b = ppm[i + 2] ?? 0;
      if (Math.max(r, g, b) - Math.min(r, g, b) > 80) count++;
    }
  }
  return count;
}

function longestPrefix(text: string, word: string): number {
  let lo = 0;
  let hi = word.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(word.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
