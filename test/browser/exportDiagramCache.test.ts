/**
 * The export's diagram cache with the real renderer page in real Chromium: a cold export draws and
 * stores every diagram, a warm one starts no browser at all (none can be found: the PATH is empty)
 * and still embeds the same pictures, in every format; a changed source redraws only its diagram,
 * and a changed renderer bundle redraws everything.
 */
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findBrowser } from '../../src/node/browser';
import { exportProposal, type ExportFormat, type ExportRequest, type ExportResult } from '../../src/node/exportJob';
import { EXAMPLES, rendererCopy, tempDir, zipEntries } from './exportTools';

const browserPath = findBrowser()?.path;
/** Nothing to start: no PATH to search and no PRESALES_BROWSER (the known locations are searched too, so no --browser either). */
const NO_BROWSER = { PATH: '', PRESALES_BROWSER: '' };

describe('export: diagram cache', function () {
  this.timeout(300_000);
  const english = EXAMPLES[0];
  const dir = tempDir('export-cache');
  const cacheDir = path.join(dir, 'cache');
  let rendererDir = '';
  /** An export through the shared cache folder, drawn (when it draws) by the private renderer copy. */
  const cachedExport = (request: ExportRequest): Promise<ExportResult> =>
    exportProposal({ rendererDir, diagramCacheDir: cacheDir, ...request });
  /** The English example exported as `format` to `name` in the test folder, through the shared cache. */
  const exportEnglish = (format: ExportFormat, name: string, how: Partial<ExportRequest>): Promise<ExportResult> => {
    if (!english) throw new Error('no English example in EXAMPLES');
    return cachedExport({ sourcePath: english.file, format, out: path.join(dir, name), ...how });
  };

  before(async function () {
    assert.ok(english, 'the English example');
    assert.ok(browserPath, 'Chromium is needed: install chromium (npm test -- provision)');
    rendererDir = await rendererCopy();
  });

  let drawnCount = 0;

  it('a cold export draws and stores both diagrams; a warm one starts no browser and embeds the same pictures', async function () {
    assert.ok(english);
    const cold = await exportEnglish('docx', 'cold.docx', { browserPath });
    assert.equal(cold.browserStarted, true);
    // One per architecture view and the timeline summary: every later run must find them all.
    drawnCount = cold.diagrams ?? 0;
    assert.ok(drawnCount >= 2, `diagrams drawn: ${drawnCount}`);
    assert.equal(cold.diagramsFromCache, 0);
    assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.png')).length, drawnCount);

    const problems: string[] = [];
    const warm = await exportEnglish('docx', 'warm.docx', { env: NO_BROWSER, onCacheProblem: (m) => problems.push(m) });
    assert.deepEqual(problems, []);
    assert.equal(warm.browserStarted, false);
    assert.equal(warm.diagrams, drawnCount);
    assert.equal(warm.diagramsFromCache, drawnCount);
    const media = (f: string): string[] => zipEntries(f).filter((e) => e.startsWith('word/media/'));
    assert.equal(media(warm.path).length, media(cold.path).length);
    assert.ok(media(warm.path).length >= 2, 'the pictures are in the warm DOCX');
  });

  it('the cache serves every format: the HTML of a warm cache has both SVGs without a browser', async function () {
    assert.ok(english);
    const r = await exportEnglish('html', 'warm.html', { env: NO_BROWSER });
    assert.equal(r.browserStarted, false);
    assert.equal(r.diagramsFromCache, drawnCount);
    assert.equal((readFileSync(r.path, 'utf8').match(/<svg/g) ?? []).length >= drawnCount, true);
  });

  it('a renamed component redraws the architecture only; the timeline comes from the cache', async function () {
    assert.ok(english);
    const source = path.join(dir, 'renamed.presales.yaml');
    const text = readFileSync(english.file, 'utf8');
    assert.ok(text.includes('name: Edge gateways'));
    writeFileSync(source, text.replace('name: Edge gateways', 'name: Edge gateways (renamed)'));
    const r = await cachedExport({ sourcePath: source, format: 'docx', out: dir, browserPath });
    assert.equal(r.browserStarted, true);
    // The views that show the component are drawn again; the timeline (and any view without it) is reused.
    assert.equal(r.diagrams, drawnCount);
    assert.ok(
      (r.diagramsFromCache ?? 0) >= 1 && (r.diagramsFromCache ?? 0) < drawnCount,
      `from cache: ${r.diagramsFromCache}`,
    );
  });

  it('another renderer bundle is another cache: nothing drawn by the old one is reused', async function () {
    assert.ok(english);
    const changed = path.join(tempDir('renderer-changed'), 'exportRenderer');
    cpSync(rendererDir, changed, { recursive: true });
    appendFileSync(path.join(changed, 'exportRenderer.js'), '\n// another build\n');
    const r = await exportEnglish('docx', 'other-renderer.docx', { browserPath, rendererDir: changed });
    assert.equal(r.browserStarted, true);
    assert.equal(r.diagramsFromCache, 0);
  });
});
