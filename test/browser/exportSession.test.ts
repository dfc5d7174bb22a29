/**
 * One browser per export run, counted at the process: the browser named to the export is a wrapper
 * that notes each start and hands over to the real Chromium. A cold PDF of the proposal draws its
 * diagrams and prints in the one browser; with a warm diagram cache the one browser only prints.
 * A DOCX starts one browser when it draws and none when the cache has every diagram or the proposal
 * has none (the browser is started early, while the document is built, only when it will draw).
 */
import assert from 'node:assert/strict';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../../src/node/browser';
import { exportProposal } from '../../src/node/exportJob';
import { EXAMPLES, pdfPages, pdfText, rendererCopy, squash, tempDir } from './exportTools';

const real = findBrowser()?.path;

describe('export: one browser per run', function () {
  this.timeout(300_000);
  const english = EXAMPLES[0];
  const dir = tempDir('export-session');
  const starts = path.join(dir, 'starts.log');
  const wrapper = path.join(dir, 'counting-chromium');
  let rendererDir = '';

  before(async function () {
    assert.ok(english, 'the English example');
    assert.ok(real, 'Chromium is needed: install chromium (npm test -- provision)');
    writeFileSync(wrapper, `#!/bin/sh\necho started >> '${starts}'\nexec '${real}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    rendererDir = await rendererCopy();
  });

  /** Browser starts since the last call. */
  let counted = 0;
  function newStarts(): number {
    let all = 0;
    try {
      all = readFileSync(starts, 'utf8').split('\n').filter(Boolean).length;
    } catch (e: unknown) {
      if (!(e instanceof Error && 'code' in e && e.code === 'ENOENT')) throw e;
    }
    const fresh = all - counted;
    counted = all;
    return fresh;
  }

  it('a cold PDF export draws and prints with exactly one browser', async function () {
    assert.ok(english);
    const r = await exportProposal({
      sourcePath: english.file,
      format: 'pdf',
      out: path.join(dir, 'cold.pdf'),
      browserPath: wrapper,
      rendererDir,
    });
    assert.equal(newStarts(), 1, 'one browser started');
    assert.equal(r.browserStarted, true);
    assert.ok(r.diagrams >= 2, `diagrams drawn: ${r.diagrams}`);
    assert.ok(pdfPages(r.path) > 5, 'the whole proposal was printed');
    // The architecture diagram's labels are SVG text, so the printed page carries them as text.
    assert.ok(squash(pdfText(r.path)).includes(squash('Edge gateways')), 'the diagram is in the PDF');
  });

  it('with a diagram cache: one browser cold, and one for a warm one (nothing to draw, only printing)', async function () {
    assert.ok(english);
    const cacheDir = path.join(dir, 'cache');
    const request = { sourcePath: english.file, format: 'pdf' as const, browserPath: wrapper, rendererDir };
    const cold = await exportProposal({ ...request, out: path.join(dir, 'cache-cold.pdf'), diagramCacheDir: cacheDir });
    assert.equal(newStarts(), 1, 'one browser for the cold run');
    assert.equal(cold.diagramsFromCache, 0);
    const warm = await exportProposal({ ...request, out: path.join(dir, 'cache-warm.pdf'), diagramCacheDir: cacheDir });
    assert.equal(newStarts(), 1, 'one browser for the warm run');
    assert.equal(warm.diagramsFromCache, warm.diagrams);
    assert.equal(pdfPages(warm.path), pdfPages(cold.path));
  });

  it('a DOCX with diagrams starts exactly one browser with a cold cache (early, to draw) and none with a warm one', async function () {
    assert.ok(english);
    const cacheDir = path.join(dir, 'docx-cache');
    const request = { sourcePath: english.file, format: 'docx' as const, browserPath: wrapper, rendererDir };
    const cold = await exportProposal({ ...request, out: path.join(dir, 'cold.docx'), diagramCacheDir: cacheDir });
    assert.equal(newStarts(), 1, 'one browser for the cold run');
    assert.equal(cold.browserStarted, true);
    assert.ok(cold.diagrams >= 2, `diagrams drawn: ${cold.diagrams}`);
    const warm = await exportProposal({ ...request, out: path.join(dir, 'warm.docx'), diagramCacheDir: cacheDir });
    assert.equal(newStarts(), 0, 'no browser for the warm run');
    assert.equal(warm.browserStarted, false);
    assert.equal(warm.diagramsFromCache, cold.diagrams);
    const uncached = await exportProposal({ ...request, out: path.join(dir, 'uncached.docx') });
    assert.equal(newStarts(), 1, 'one browser without a cache');
    assert.equal(uncached.diagrams, cold.diagrams);
  });

  it('a DOCX or HTML of a proposal without diagrams starts no browser, with a cache or without', async function () {
    const source = path.join(dir, 'no-diagrams.presales.yaml');
    writeFileSync(
      source,
      [
        'presales: "1.0"',
        'proposal:',
        '  title: Requirements review',
        '  version: "1.0"',
        '  date: 2026-11-27',
        '  language: en',
        'customer:',
        '  name: Example Customer',
        'requirements:',
        '  - id: REQ-001',
        '    title: Read the machines',
        '    priority: must',
        '',
      ].join('\n'),
    );
    for (const format of ['docx', 'html'] as const) {
      for (const diagramCacheDir of [undefined, path.join(dir, 'no-diagrams-cache')]) {
        const r = await exportProposal({
          sourcePath: source,
          format,
          out: path.join(dir, `no-diagrams.${format}`),
          browserPath: wrapper,
          rendererDir,
          ...(diagramCacheDir ? { diagramCacheDir } : {}),
        });
        assert.equal(newStarts(), 0, `${format}${diagramCacheDir ? ' with a cache' : ''}: no browser`);
        assert.equal(r.browserStarted, false);
        assert.equal(r.diagrams, 0);
      }
    }
  });
});
