// Pictures of the architecture views of both examples, for the READMEs: exports each example to
// HTML with diagrams through the CLI, opens the file in headless Chromium and screenshots the figure
// of each chosen view (one figure per view, its title as caption) to docs/images/view-<example>-<viewId>.png.
//   node scripts/build.mjs && node scripts/capture-view-images.mjs
//   CHROMIUM=/path/to/chromium   another browser than /usr/bin/chromium
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs', 'images');

/** @type {{ example: string, views: string[] }[]} */
const EXAMPLES = [
  { example: 'smart-factory', views: ['context', 'all', 'data-path', 'deploy-prod'] },
  { example: 'zhihui-kefu', views: ['context', 'all', 'ai-capabilities', 'deploy-prod'] },
];

const work = mkdtempSync(path.join(tmpdir(), 'presales-views-'));
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM'] || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  for (const { example, views } of EXAMPLES) {
    execFileSync(
      process.execPath,
      [
        path.join(root, 'bin', 'presales.js'),
        'export',
        path.join(root, 'examples', `${example}.presales.yaml`),
        '--format',
        'html',
        '--out',
        work + path.sep,
      ],
      { stdio: 'inherit' },
    );
    await page.goto(pathToFileURL(path.join(work, `${example}.proposal.html`)).href);
    await page.waitForLoadState('networkidle');
    // The page is 62rem wide for reading; the pictures use the whole 1200 px so labels stay legible.
    await page.addStyleTag({ content: 'body { max-width: none !important; padding: 1rem 0 !important; }' });
    for (const view of views) {
      // The first view of the list is the figure "diagram-architecture"; the others are "diagram-view-<id>".
      let figure = page.locator(`figure.diagram-view-${view}`);
      if ((await figure.count()) === 0) figure = page.locator('figure.diagram-architecture');
      const file = path.join(outDir, `view-${example}-${view}.png`);
      await figure.first().screenshot({ path: file });
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
