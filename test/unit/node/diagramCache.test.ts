import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiagramCache, defaultDiagramCacheDir } from '../../../src/node/diagramCache';

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'presales-diagram-cache-'));
}

const drawn = (n: number): { svg: string; width: number; height: number; png: Uint8Array } => ({
  svg: `<svg data-n="${n}">${'x'.repeat(1000)}</svg>`,
  width: 100 + n,
  height: 50,
  png: new Uint8Array(2000).fill(n),
});

describe('diagram cache (disk, LRU)', function () {
  it('returns what was put, PNG included, for the same source, variant and renderer only', async function () {
    const dir = tempDir();
    const cache = new DiagramCache({ dir, rendererVersion: 'r1' });
    await cache.put('flowchart LR\n a --> b', 'export', drawn(1));
    const hit = await cache.get('flowchart LR\n a --> b', 'export');
    assert.equal(hit?.svg, drawn(1).svg);
    assert.equal(hit?.width, 101);
    assert.deepEqual(hit?.png, drawn(1).png);
    assert.equal(await cache.get('flowchart LR\n a --> c', 'export'), undefined);
    assert.equal(await cache.get('flowchart LR\n a --> b', 'dark'), undefined);
    assert.equal(
      await new DiagramCache({ dir, rendererVersion: 'r2' }).get('flowchart LR\n a --> b', 'export'),
      undefined,
    );
    assert.deepEqual(cache.stats, { hits: 1, misses: 2, writes: 1 });
  });

  it('tells whether it holds anything of a variant drawn by its renderer, without reading an entry', async function () {
    const dir = tempDir();
    const cache = new DiagramCache({ dir: path.join(dir, 'not-yet'), rendererVersion: 'r1' });
    assert.equal(await cache.holdsAny('export-light'), false, 'no folder yet');
    await cache.put('flowchart LR\n a --> b', 'export-light', drawn(1));
    assert.equal(await cache.holdsAny('export-light'), true);
    assert.equal(await cache.holdsAny('dark'), false, 'another variant');
    assert.equal(
      await new DiagramCache({ dir: path.join(dir, 'not-yet'), rendererVersion: 'r2' }).holdsAny('export-light'),
      false,
      'drawn by another renderer',
    );
    assert.deepEqual(cache.stats, { hits: 0, misses: 0, writes: 1 });
  });

  it('keeps Mermaid refusals too (the same source is refused again without a browser)', async function () {
    const cache = new DiagramCache({ dir: tempDir(), rendererVersion: 'r1' });
    await cache.put('graph end', 'export', { svg: '', width: 0, height: 0, error: 'Parse error on line 1' });
    assert.equal((await cache.get('graph end', 'export'))?.error, 'Parse error on line 1');
  });

  it('a torn or foreign entry is a miss, never an error', async function () {
    const dir = tempDir();
    const cache = new DiagramCache({ dir, rendererVersion: 'r1', onProblem: (m) => assert.fail(m) });
    await cache.put('gantt', 'export', drawn(2));
    const json = readdirSync(dir).find((f) => f.endsWith('.json')) ?? '';
    writeFileSync(path.join(dir, json), '{"format":1,"sou');
    assert.equal(await cache.get('gantt', 'export'), undefined);
    // A file of the same name written for another source (a hash collision) is not returned either.
    writeFileSync(
      path.join(dir, json),
      JSON.stringify({
        format: 1,
        source: 'other',
        variant: 'export',
        renderer: 'r1',
        svg: '<svg/>',
        width: 1,
        height: 1,
        hasPng: false,
      }),
    );
    assert.equal(await cache.get('gantt', 'export'), undefined);
  });

  it('drops least recently used entries once past its bound, and keeps the recently read ones', async function () {
    const dir = tempDir();
    // Each entry is about 3 KB (SVG + PNG): a 10 KB bound holds three.
    const cache = new DiagramCache({ dir, rendererVersion: 'r1', maxBytes: 10_000 });
    for (let n = 0; n < 3; n++) {
      await cache.put(`source ${n}`, 'export', drawn(n));
      // Distinct ages without waiting: entry n was used n minutes after the epoch.
      const stem = cache.keyOf(`source ${n}`, 'export');
      const t = new Date(60_000 * (n + 1));
      utimesSync(path.join(dir, `${stem}.json`), t, t);
    }
    assert.ok(await cache.get('source 0', 'export'), 'reading the oldest makes it the newest');
    await cache.put('source 3', 'export', drawn(3));
    await cache.prune();
    assert.ok(await cache.get('source 0', 'export'));
    assert.equal(await cache.get('source 1', 'export'), undefined, 'the least recently used went');
    assert.ok(await cache.get('source 3', 'export'));
    assert.equal(readdirSync(dir).filter((f) => f.startsWith(cache.keyOf('source 1', 'export'))).length, 0);
  });

  it('an unwritable folder is told once and the caller goes on', async function () {
    const file = path.join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    const problems: string[] = [];
    const cache = new DiagramCache({
      dir: path.join(file, 'cache'),
      rendererVersion: 'r1',
      onProblem: (m) => problems.push(m),
    });
    await cache.put('a', 'export', drawn(1));
    await cache.put('b', 'export', drawn(2));
    assert.equal(await cache.get('a', 'export'), undefined);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /not-a-folder/);
  });

  it('lives in the platform cache folder by default', function () {
    assert.equal(
      defaultDiagramCacheDir({ XDG_CACHE_HOME: '/x/cache' }, 'linux', '/home/u'),
      '/x/cache/presales-studio/diagrams',
    );
    assert.equal(defaultDiagramCacheDir({}, 'linux', '/home/u'), '/home/u/.cache/presales-studio/diagrams');
    assert.equal(defaultDiagramCacheDir({}, 'darwin', '/Users/u'), '/Users/u/Library/Caches/presales-studio/diagrams');
    assert.equal(
      defaultDiagramCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'),
      'C:\\Users\\u\\AppData\\Local\\presales-studio\\Cache\\diagrams',
    );
  });
});
