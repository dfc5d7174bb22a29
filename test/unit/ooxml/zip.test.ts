import * as assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { containerKind, openZip, ZipError, type ZipErrorReason } from '../../../src/core/ooxml/zip';
import { reasonThrown } from '../../support/thrown';

function zip(files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array {
  const input: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(files)) input[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(input, { level });
}

const reason = (fn: () => unknown): ZipErrorReason | undefined => reasonThrown(fn, ZipError);

/** Rewrites the declared uncompressed size of every central directory entry (a lying zip bomb). */
function lieAboutSizes(bytes: Uint8Array, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
    if (view.getUint32(at, true) === 0x04034b50) view.setUint32(at + 22, size, true);
  }
  return out;
}

describe('ooxml: safe zip reading', () => {
  it('reads stored and deflated entries, as bytes and as UTF-8 text without a BOM', () => {
    const archive = openZip(zip({ 'a.xml': '\uFEFF<a>中文</a>', 'dir/b.bin': new Uint8Array([1, 2, 3]) }));
    assert.deepEqual(
      archive.entries.map((e) => e.name),
      ['a.xml', 'dir/b.bin'],
    );
    assert.equal(archive.readText('a.xml'), '<a>中文</a>');
    assert.deepEqual([...archive.read('dir/b.bin')], [1, 2, 3]);
    assert.equal(openZip(zip({ 's.txt': 'stored' }, 0)).readText('s.txt'), 'stored');
    assert.equal(
      reason(() => archive.read('nope.xml')),
      'missing-entry',
    );
  });

  it('refuses an entry whose declared size passes the per-entry limit before inflating it', () => {
    const bomb = zip({ 'xl/worksheets/sheet1.xml': '0'.repeat(2_000_000) });
    assert.ok(bomb.length < 10_000, 'a highly compressible entry');
    const archive = openZip(bomb, { maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 10_000_000 });
    assert.equal(
      reason(() => archive.read('xl/worksheets/sheet1.xml')),
      'entry-too-large',
    );
  });

  it('refuses archives whose entries together pass the total limit', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5; i++) files[`p${i}.xml`] = 'x'.repeat(300_000);
    assert.equal(
      reason(() => openZip(zip(files), { maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 1_000_000 })),
      'total-too-large',
    );
  });

  it('stops a zip bomb that declares a small size the moment the output passes it', () => {
    const liar = lieAboutSizes(zip({ 'bomb.xml': '0'.repeat(50_000_000) }), 1000);
    const archive = openZip(liar);
    const started = Date.now();
    assert.equal(
      reason(() => archive.read('bomb.xml')),
      'entry-too-large',
    );
    assert.ok(Date.now() - started < 2000, 'stops early instead of inflating 50 MB');
  });

  it('refuses too many entries, encrypted entries, damaged and non-zip data', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 30; i++) many[`f${i}`] = 'x';
    assert.equal(
      reason(() => openZip(zip(many), { maxEntries: 20, maxEntryBytes: 100, maxTotalBytes: 10_000 })),
      'too-many-entries',
    );
    const enc = zip({ 'a.xml': '<a/>' }).slice();
    const view = new DataView(enc.buffer);
    for (let at = 0; at + 4 <= enc.length; at++) if (view.getUint32(at, true) === 0x02014b50) enc[at + 8] = 1;
    assert.equal(
      reason(() => openZip(enc).read('a.xml')),
      'encrypted',
    );
    const whole = zip({ 'a.xml': '<a>' + 'text '.repeat(1000) + '</a>' });
    assert.equal(
      reason(() => openZip(whole.subarray(0, whole.length - 30))),
      'corrupt',
    );
    assert.equal(
      reason(() => openZip(strToU8('plain text, not a zip'))),
      'not-zip',
    );
  });

  it('names the container: zip, old binary Office (OLE), encrypted OOXML, PDF', () => {
    assert.equal(containerKind(zip({ a: 'b' })), 'zip');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    assert.equal(containerKind(ole), 'ole');
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) ole[600 + i * 2] = name.charCodeAt(i);
    assert.equal(containerKind(ole), 'encrypted');
    assert.equal(containerKind(strToU8('%PDF-1.7\n')), 'pdf');
    assert.equal(containerKind(strToU8('id;text\n')), 'unknown');
  });
});
