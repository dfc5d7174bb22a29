/**
 * `presales.export.browserPath` (and the CLI's --browser) through the whole export job: the given
 * browser is the one that prints, and a wrong path is a clear error in both languages that names the
 * place to fix, before anything is drawn or written. The "browser" is a small shell script that
 * writes a stand-in PDF where `--print-to-pdf=` says and notes that it ran, so this runs without
 * Chromium (the real printer is tested in test/browser/exportPdfPrinter.test.ts).
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExportError, exportProposal, type ExportRequest } from '../../../src/node/exportJob';
import { repoRoot as root } from '../../support/repo';

const example = path.join(root, 'examples', 'smart-factory.presales.yaml');
const SETTING = 'presales.export.browserPath';

describe('export: the browser path setting', function () {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'presales-browser-path-'));

  before(function () {
    // The stand-in browser is a POSIX shell script.
    if (process.platform === 'win32') this.skip();
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  /** An executable that behaves like `chrome --headless --print-to-pdf=<file> <url>`, recording its runs in `ran`. */
  function fakeBrowser(name: string): { file: string; ran: string } {
    const dir = mkdtempSync(path.join(scratch, 'bin-'));
    const file = path.join(dir, name);
    const ran = path.join(dir, 'ran.log');
    writeFileSync(
      file,
      [
        '#!/bin/sh',
        'out=""',
        'for a in "$@"; do case "$a" in --print-to-pdf=*) out="${a#--print-to-pdf=}";; esac; done',
        `printf '%s\\n' "$0" >> '${ran}'`,
        `printf '%%PDF-1.4 printed by ${name}\\n' > "$out"`,
        '',
      ].join('\n'),
    );
    chmodSync(file, 0o755);
    return { file, ran };
  }

  /** A PDF of the risk register (no diagrams, so nothing but the printer needs a browser). */
  const request = (out: string, extra: Partial<ExportRequest>): ExportRequest => ({
    sourcePath: example,
    format: 'pdf',
    doc: 'risks',
    out,
    env: { PATH: '' },
    lang: 'en',
    ...extra,
  });

  const outFile = (name: string): string => {
    const dir = path.join(scratch, 'out');
    mkdirSync(dir, { recursive: true });
    return path.join(dir, name);
  };

  it('prints with the browser the setting names', async () => {
    const browser = fakeBrowser('chosen-chrome');
    const out = outFile('given.pdf');
    const r = await exportProposal(request(out, { browserPath: browser.file, browserPathFrom: 'setting' }));
    assert.equal(r.path, out);
    assert.equal(readFileSync(out, 'latin1'), '%PDF-1.4 printed by chosen-chrome\n');
    assert.deepEqual(readFileSync(browser.ran, 'utf8').trim().split('\n'), [browser.file]);
  });

  it('the setting wins over PRESALES_BROWSER and over a browser on PATH', async () => {
    const chosen = fakeBrowser('chosen-chrome');
    const other = fakeBrowser('chromium');
    const out = outFile('wins.pdf');
    await exportProposal(
      request(out, {
        browserPath: chosen.file,
        browserPathFrom: 'setting',
        env: { PRESALES_BROWSER: other.file, PATH: path.dirname(other.file) },
      }),
    );
    assert.match(readFileSync(out, 'latin1'), /printed by chosen-chrome/);
    assert.ok(!existsSync(other.ran), 'the other browser never ran');
  });

  const notAFile = (): Record<string, string> => {
    const folder = mkdtempSync(path.join(scratch, 'folder-'));
    const plain = path.join(scratch, 'not-executable');
    writeFileSync(plain, '#!/bin/sh\n');
    chmodSync(plain, 0o644);
    return {
      'a missing file': path.join(scratch, 'no-such', 'chrome'),
      'a folder': folder,
      'a file without execute permission': plain,
    };
  };

  for (const [lang, words] of [
    ['en', /set in presales\.export\.browserPath does not exist or is not an executable file/],
    ['zh-CN', /presales\.export\.browserPath 设置中的浏览器/],
  ] as const) {
    it(`a wrong path is a clear ${lang} error naming the setting and the path, and nothing is written`, async () => {
      // A working browser elsewhere must not be used instead: the user asked for a particular one.
      const fallback = fakeBrowser('chromium');
      for (const [what, wrong] of Object.entries(notAFile())) {
        const out = outFile(`wrong-${lang}.pdf`);
        await assert.rejects(
          exportProposal(
            request(out, {
              browserPath: wrong,
              browserPathFrom: 'setting',
              env: { PRESALES_BROWSER: fallback.file, PATH: path.dirname(fallback.file) },
            }),
          ),
          (e: unknown) => {
            assert.ok(e instanceof ExportError, `${what}: ${String(e)}`);
            assert.equal(e.failure, 'browser', what);
            const message = e.localized[lang];
            assert.match(message, words, what);
            assert.ok(message.includes(SETTING) && message.includes(wrong), `${what}: ${message}`);
            assert.ok(!/--browser|PRESALES_BROWSER/.test(message), `${what}: blames the setting only: ${message}`);
            return true;
          },
        );
        assert.ok(!existsSync(out), `${what}: no file written`);
        assert.ok(!existsSync(fallback.ran), `${what}: no other browser started`);
      }
    });
  }

  it('a wrong path fails before the diagrams are drawn', async () => {
    let asked = false;
    const out = outFile('before-diagrams.pdf');
    await assert.rejects(
      exportProposal({
        ...request(out, { browserPath: path.join(scratch, 'missing-chrome'), browserPathFrom: 'setting' }),
        doc: 'proposal',
        renderer: {
          render: () => {
            asked = true;
            return Promise.resolve([]);
          },
        },
        headlessFallback: false,
      }),
      (e: unknown) => e instanceof ExportError && e.failure === 'browser' && e.localized.en.includes(SETTING),
    );
    assert.equal(asked, false, 'the preview was not asked to draw for an export that cannot be printed');
  });

  it('names --browser or PRESALES_BROWSER when that is where the wrong path came from', async () => {
    const wrong = path.join(scratch, 'missing-chrome');
    const fromFlag = exportProposal(request(outFile('flag.pdf'), { browserPath: wrong }));
    await assert.rejects(
      fromFlag,
      (e: unknown) =>
        e instanceof ExportError &&
        /given with --browser/.test(e.localized.en) &&
        /--browser 参数指定的浏览器/.test(e.localized['zh-CN']) &&
        !e.localized.en.includes(SETTING),
    );
    const fromEnv = exportProposal(request(outFile('env.pdf'), { env: { PRESALES_BROWSER: wrong, PATH: '' } }));
    await assert.rejects(
      fromEnv,
      (e: unknown) =>
        e instanceof ExportError &&
        /in the PRESALES_BROWSER environment variable/.test(e.localized.en) &&
        /PRESALES_BROWSER 环境变量/.test(e.localized['zh-CN']),
    );
  });

  it('a program that is not a browser gives a print error that points at the setting', async () => {
    const out = outFile('true.pdf');
    await assert.rejects(
      exportProposal(request(out, { browserPath: '/bin/true', browserPathFrom: 'setting' })),
      (e: unknown) =>
        e instanceof ExportError &&
        e.failure === 'browser' &&
        /could not print the PDF/.test(e.localized.en) &&
        e.localized.en.includes(SETTING),
    );
    assert.ok(!existsSync(out));
  });
});
