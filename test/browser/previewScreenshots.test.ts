import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { previewSuite, readRepoFile, repoRoot } from './browserHarness';
import { exampleProposals } from '../support/fixtures';

/**
 * Pictures of the preview for the docs (docs/images/preview-<example>-<theme>-<part>.png), taken from
 * the browser harness. Only with PRESALES_SCREENSHOTS=1: a normal test run writes nothing.
 */
(process.env['PRESALES_SCREENSHOTS'] === '1' ? describe : describe.skip)('preview screenshots', () => {
  const preview = previewSuite();

  const examples = exampleProposals().map((f) => path.basename(f));
  for (const file of examples) {
    for (const theme of ['vscode-light', 'vscode-dark']) {
      it(`${file} in ${theme}`, async () => {
        const out = path.join(repoRoot, 'docs', 'images');
        mkdirSync(out, { recursive: true });
        const pp = await preview.draw(readRepoFile(`examples/${file}`), theme, { width: 1200, height: 900 });
        try {
          const name = `preview-${file.replace('.presales.yaml', '')}-${theme.replace('vscode-', '')}`;
          await pp.page.screenshot({ path: path.join(out, `${name}.png`) });
          for (const part of ['architecture', 'timeline', 'risks']) {
            const section = await pp.page.$(`#section-${part}`);
            await section?.screenshot({ path: path.join(out, `${name}-${part}.png`) });
          }
        } finally {
          await pp.page.close();
        }
      });
    }
  }
});
