import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brokenExamples, exampleProposals, proposalFilesIn } from '../support/fixtures';
import { offsetAt, offsetOf, positionAt, rangeOf } from '../support/positions';

describe('test support', () => {
  describe('the fixture enumerator', () => {
    let tmp: string;
    before(() => {
      tmp = mkdtempSync(path.join(tmpdir(), 'presales-fixtures-'));
    });
    after(() => rmSync(tmp, { recursive: true, force: true }));

    it('throws, naming the folder, when the folder is missing', () => {
      assert.throws(() => proposalFilesIn('no-such-folder', tmp), /fixture folder no-such-folder .*cannot be read/);
    });
    it('throws when the folder holds no proposal', () => {
      mkdirSync(path.join(tmp, 'empty'));
      writeFileSync(path.join(tmp, 'empty', 'notes.txt'), 'not a proposal');
      assert.throws(() => proposalFilesIn('empty', tmp), /fixture folder empty .*has no \*\.presales\.yaml file/);
    });
    it('throws when the path is a file', () => {
      writeFileSync(path.join(tmp, 'a.presales.yaml'), 'presales: "1.0"\n');
      assert.throws(() => proposalFilesIn('a.presales.yaml', tmp), /cannot be read/);
    });
    it('lists proposals sorted, as repository-relative paths', () => {
      mkdirSync(path.join(tmp, 'some'));
      for (const f of ['b.presales.yml', 'a.presales.yaml', 'c.yaml']) writeFileSync(path.join(tmp, 'some', f), '');
      assert.deepEqual(proposalFilesIn('some', tmp), ['some/a.presales.yaml', 'some/b.presales.yml']);
    });
    it('finds the shipped examples and the broken ones', () => {
      assert.ok(exampleProposals().length >= 2);
      assert.ok(brokenExamples().every((f) => f.startsWith('examples/broken/')));
    });
  });

  describe('positions', () => {
    const text = 'a: 1\nbb: 22\n\nccc: x\n';
    it('converts offsets and line/columns both ways', () => {
      for (let offset = 0; offset <= text.length; offset++)
        assert.equal(offsetAt(text, positionAt(text, offset)), offset);
      assert.deepEqual(positionAt(text, text.indexOf('22')), { line: 1, character: 4 });
      assert.throws(() => offsetAt(text, { line: 9, character: 0 }), /no line 9/);
    });
    it('finds the range of the nth occurrence, optionally after a marker', () => {
      assert.deepEqual(rangeOf(text, '2', 1), { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } });
      assert.deepEqual(rangeOf(text, ':', 0, 'ccc'), {
        start: { line: 3, character: 3 },
        end: { line: 3, character: 4 },
      });
      assert.equal(offsetOf(text, 'b', 1, 1), 7);
      assert.throws(() => offsetOf(text, 'zzz'), /not in text/);
    });
  });
});
