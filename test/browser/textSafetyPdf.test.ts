/**
 * The text-safety corpus, printed: the payload classes that reach a printed page differently from
 * the other formats (markup that must stay text, hidden and control characters, plain text that
 * must arrive whole) in every text field of both examples, as the proposal PDF real Chromium prints.
 * The other formats take every class in test/unit/textSafetyCorpus.test.ts; a PDF costs seconds,
 * so this tier takes the classes whose failure only a printed page would show.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { neutraliseText } from '../../src/core/text/controls';
import { findBrowser } from '../../src/node/browser';
import { exportProposal } from '../../src/node/exportJob';
import { EXAMPLES, HIDDEN, hostileYaml, PAYLOADS, SENTINEL } from '../support/hostileText';
import { pdfText, squash, tempDir } from './exportTools';

const browserPath = findBrowser()?.path;

/** Markup must print as the characters the author typed; these are what a reader must see. */
const SHOWN_AS_TEXT: Readonly<Record<string, string>> = {
  'raw html': '<script>alert(1)</script>',
  'backtick run': '<img src=x onerror=alert(1)>',
};
const CLASSES = new Set(['plain', 'bidi', 'controls', 'raw html', 'backtick run']);

describe('text safety: hostile text printed to PDF', function () {
  this.timeout(240_000);
  const dir = tempDir('text-safety-pdf');

  before(function () {
    assert.ok(browserPath, 'a Chromium-family browser is needed to print PDFs (npm test provisions one)');
  });

  for (const example of EXAMPLES) {
    for (const [name, payload] of PAYLOADS.filter(([n]) => CLASSES.has(n))) {
      it(`${path.basename(example)}: ${name}`, async () => {
        const source = path.join(
          dir,
          `${path.basename(example, '.presales.yaml')}-${name.replace(/\W/g, '-')}.presales.yaml`,
        );
        writeFileSync(source, hostileYaml(example, payload));
        const r = await exportProposal({
          sourcePath: source,
          format: 'pdf',
          doc: 'proposal',
          out: dir,
          browserPath,
          renderDiagrams: false,
        });
        // pdftotext ends each page with a form feed: its own, not the document's.
        const text = pdfText(r.path).replace(/\f/g, '\n');
        const hidden = HIDDEN.exec(text);
        assert.equal(hidden, null, `U+${hidden?.[0].codePointAt(0)?.toString(16)} reached the page`);
        assert.ok(!text.includes(SENTINEL), 'an internal value reached the page');
        const printed = squash(text);
        if (name === 'plain' || name === 'bidi')
          assert.ok(printed.includes(squash(neutraliseText(payload))), 'the text did not arrive whole');
        const shown = SHOWN_AS_TEXT[name];
        if (shown) assert.ok(printed.includes(squash(shown)), `the markup ${shown} is not printed as text`);
      });
    }
  }
});
