import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { previewSuite, readRepoFile, repoRoot } from './browserHarness';
import { exampleProposals } from '../support/fixtures';
import { tempDir } from './exportTools';

interface NarrowCell {
  table: string;
  row: number;
  text: string;
  /** Width for text inside the cell (client width minus padding), CSS px. */
  inner: number;
  /** Width of six CJK characters in the cell's own font, CSS px. */
  sixCjk: number;
}

/**
 * The preview in a 500 px side panel: every table cell keeps room for at least six CJK characters
 * (measured against the width of six 汉 in that cell's font), tables scroll sideways inside
 * themselves instead of widening the page, and the section navigator lists the sections and jumps
 * to the one picked. The weekly load heat map (one number per week, by design narrow) is excluded.
 * The pictures go to docs/images/preview-narrow-<example>.png with PRESALES_SCREENSHOTS=1 (else a
 * temporary folder, so a normal run writes nothing in the repository).
 */
describe('preview in Chromium: a narrow panel', function () {
  this.timeout(180_000);
  const preview = previewSuite();
  const pictures =
    process.env['PRESALES_SCREENSHOTS'] === '1' ? path.join(repoRoot, 'docs', 'images') : tempDir('narrow-shots');
  before(() => {
    mkdirSync(pictures, { recursive: true });
  });

  for (const file of exampleProposals().map((f) => path.basename(f))) {
    it(`${file} at 500 px: no cell narrower than six CJK characters, no page-wide scrolling, a working navigator`, async () => {
      const pp = await preview.draw(readRepoFile(`examples/${file}`), 'vscode-light', { width: 500, height: 900 });
      try {
        const cells = await pp.page.evaluate<NarrowCell[]>(`(() => {
          const out = [];
          for (const table of document.querySelectorAll('#content table:not(.load)')) {
            const rows = [...table.rows];
            rows.forEach((tr, row) => {
              for (const cell of tr.cells) {
                const cs = getComputedStyle(cell);
                const probe = document.createElement('span');
                probe.textContent = '汉汉汉汉汉汉';
                probe.style.whiteSpace = 'nowrap';
                probe.style.position = 'absolute';
                probe.style.visibility = 'hidden';
                cell.append(probe);
                const sixCjk = probe.getBoundingClientRect().width;
                probe.remove();
                const inner = cell.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
                out.push({ table: (table.closest('section')?.id ?? '?') + ' ' + (table.className || 'table'), row, text: cell.textContent.trim().slice(0, 30), inner, sixCjk });
              }
            });
          }
          return out;
        })()`);
        assert.ok(cells.length > 50, `measured ${cells.length} cells`);
        const narrow = cells.filter((c) => c.inner + 0.5 < c.sixCjk);
        assert.deepEqual(
          narrow
            .slice(0, 10)
            .map((c) => `${c.table} row ${c.row} "${c.text}": ${c.inner.toFixed(1)} px < ${c.sixCjk.toFixed(1)} px`),
          [],
        );
        // The page itself never scrolls sideways: wide tables scroll inside themselves.
        const widths = await pp.page.evaluate<{ scroll: number; client: number }>(
          '({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })',
        );
        assert.ok(
          widths.scroll <= widths.client + 1,
          `page is ${widths.scroll} px wide in a ${widths.client} px panel`,
        );

        const shot = `preview-narrow-${file.replace('.presales.yaml', '')}`;
        const requirements = await pp.page.$('#section-requirements');
        await requirements?.scrollIntoViewIfNeeded();
        await pp.page.evaluate(`document.getElementById('section-requirements')?.scrollIntoView({ block: 'start' })`);
        await pp.page.screenshot({ path: path.join(pictures, `${shot}.png`) });

        // The navigator: lists every section heading and jumps to the one picked.
        await pp.page.evaluate('window.scrollTo({ top: 0 })');
        await pp.page.click('#outline summary');
        const entries = await pp.page.locator('#outline li button').allTextContents();
        const headings = await pp.page.evaluate<string[]>(
          `[...document.querySelectorAll('#content section.ps-section[id]')].map((s) => s.querySelector('h1, h2')?.textContent?.trim()).filter(Boolean)`,
        );
        assert.deepEqual(entries, headings);
        assert.ok(entries.length >= 8, entries.join(' | '));
        await pp.page.screenshot({ path: path.join(pictures, `${shot}-outline.png`) });
        // One in the middle: the last sections are too short to reach the top of the panel.
        const last = pp.page.locator('#outline li button').nth(Math.floor(entries.length / 2));
        const target = await last.getAttribute('data-target');
        await last.click();
        const top = await pp.page.evaluate<number>(
          `Math.round(document.getElementById(${JSON.stringify(target)}).getBoundingClientRect().top)`,
        );
        const scrolled = await pp.page.evaluate<number>('window.scrollY');
        assert.ok(
          scrolled > 0 && Math.abs(top) <= 2,
          `section ${target} at ${top} px after the jump (scrollY ${scrolled})`,
        );
        assert.equal(await pp.page.locator('#outline details[open]').count(), 0, 'the list closes after a pick');
      } finally {
        await pp.page.close();
      }
    });
  }
});
