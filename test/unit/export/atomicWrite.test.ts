import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../../src/node/atomicWrite';

describe('export: atomic write', () => {
  const dir = (): string => mkdtempSync(path.join(os.tmpdir(), 'presales-atomic-'));

  it('writes the whole file and leaves no temporary file', async () => {
    const d = dir();
    const target = path.join(d, 'out.txt');
    assert.equal(await writeFileAtomic(target, 'héllo'), 6);
    assert.equal(readFileSync(target, 'utf8'), 'héllo');
    assert.deepEqual(readdirSync(d), ['out.txt']);
  });

  it('a failure half-way keeps the old file intact and removes the temporary file', async () => {
    const d = dir();
    const target = path.join(d, 'report.docx');
    writeFileSync(target, 'previous version');
    async function* failingContent(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1, 2, 3]);
      throw new Error('disk full (simulated)');
    }
    await assert.rejects(writeFileAtomic(target, failingContent()), /disk full/);
    assert.equal(readFileSync(target, 'utf8'), 'previous version');
    assert.deepEqual(readdirSync(d), ['report.docx']);
  });

  it('a failing rename (target is a folder) leaves nothing behind', async () => {
    const d = dir();
    const target = path.join(d, 'taken');
    mkdirSync(target);
    writeFileSync(path.join(target, 'keep'), 'x');
    await assert.rejects(writeFileAtomic(target, 'data'));
    assert.deepEqual(readdirSync(d), ['taken']);
  });
});
