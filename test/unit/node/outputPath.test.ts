import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  OutputPathError,
  ensureOutputFolder,
  resolveOutArgument,
  resolveOutputFile,
} from '../../../src/node/outputPath';

const NAME = 'deal.proposal.docx';

describe('node/outputPath: where -o puts the export', () => {
  let tmp: string;
  let source: string;
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'presales-out-'));
    source = path.join(tmp, 'deal.presales.yaml');
    writeFileSync(source, '');
    mkdirSync(path.join(tmp, 'existing'));
    writeFileSync(path.join(tmp, 'plain.txt'), '');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('writes beside the source without -o', async () => {
    assert.equal(await resolveOutputFile(source, undefined, NAME), path.join(tmp, NAME));
  });

  it('keeps the trailing separator that path.resolve would drop', () => {
    assert.equal(resolveOutArgument(tmp, 'newdir/'), path.join(tmp, 'newdir') + path.sep);
    assert.equal(resolveOutArgument(tmp, 'newdir'), path.join(tmp, 'newdir'));
    assert.equal(resolveOutArgument(tmp, './'), tmp + path.sep);
  });

  it('puts the default name into a folder that does not exist yet when -o ends in a separator', async () => {
    const out = resolveOutArgument(tmp, 'newdir/sub/');
    const file = await resolveOutputFile(source, out, NAME);
    assert.equal(file, path.join(tmp, 'newdir', 'sub', NAME));
    await ensureOutputFolder(file);
    assert.ok(statSync(path.join(tmp, 'newdir', 'sub')).isDirectory());
  });

  it('puts the default name into an existing folder, with or without the separator', async () => {
    assert.equal(await resolveOutputFile(source, path.join(tmp, 'existing'), NAME), path.join(tmp, 'existing', NAME));
    assert.equal(
      await resolveOutputFile(source, resolveOutArgument(tmp, 'existing/'), NAME),
      path.join(tmp, 'existing', NAME),
    );
  });

  it('takes any other path as the file, in a folder that exists', async () => {
    assert.equal(
      await resolveOutputFile(source, path.join(tmp, 'existing', 'my.docx'), NAME),
      path.join(tmp, 'existing', 'my.docx'),
    );
    assert.equal(
      await resolveOutputFile(source, path.join(tmp, 'newname'), NAME),
      path.join(tmp, 'newname'),
      'a new name in an existing folder is a file',
    );
  });

  it('refuses a file path whose folder is missing, saying how to ask for a new folder (en and zh)', async () => {
    await assert.rejects(resolveOutputFile(source, path.join(tmp, 'nowhere', 'my.docx'), NAME), (e: unknown) => {
      assert.ok(e instanceof OutputPathError);
      assert.match(
        e.localized.en,
        /the folder .*nowhere does not exist\. Create it first, or end the output path with "\/"/,
      );
      assert.match(e.localized['zh-CN'], /文件夹 .*nowhere 不存在/);
      return true;
    });
  });

  it('refuses a folder path that names an existing file', async () => {
    await assert.rejects(resolveOutputFile(source, resolveOutArgument(tmp, 'plain.txt/'), NAME), (e: unknown) => {
      assert.ok(e instanceof OutputPathError);
      assert.match(e.localized.en, /names a folder, but .*plain\.txt is a file/);
      assert.match(e.localized['zh-CN'], /是一个文件/);
      return true;
    });
  });
});
