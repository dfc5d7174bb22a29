import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CODES } from '../../src/core/codes';
import { starterProposal } from '../../src/core/starter';
import { brokenExamples } from '../support/fixtures';
import { repoRoot as root } from '../support/repo';

// These tests run the bundled CLI exactly as users do (`npm test` builds dist/ before this stage).
const cliPath = path.join(root, 'dist', 'cli.js');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function presales(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Run {
  // A neutral locale unless a test asks otherwise, so messages are English whatever the machine says.
  const env: Record<string, string | undefined> = {
    ...process.env,
    LANG: 'C',
    LC_ALL: '',
    LC_MESSAGES: '',
    ...options.env,
  };
  const r = spawnSync(process.execPath, [cliPath, ...args], { cwd: options.cwd ?? root, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXT_LINE = /^(.+):(\d+):(\d+): (error|warning|information|hint) (PS\d{3}) (.+)$/;

describe('presales CLI', function () {
  this.timeout(30000);
  let tmp: string;
  before(() => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run npm run build first');
    tmp = mkdtempSync(path.join(tmpdir(), 'presales-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = path.join(tmp, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  /** The English starter with one extra line at the end of `architecture.components` (a warning). */
  const withIdleComponent = (): string =>
    starterProposal('en', 'Warn').replace(
      '  connections:\n',
      '    - { id: C-idle, name: Idle, kind: service }\n  connections:\n',
    );
  const withUnknownOwner = (): string =>
    starterProposal('en', 'Err').replace(
      'owner: pm, deliverables: [Kick-off minutes]',
      'owner: nobody, deliverables: [Kick-off minutes]',
    );

  describe('help and version', () => {
    it('prints the tool help with every command', () => {
      for (const flag of ['--help', '-h']) {
        const r = presales([flag]);
        assert.equal(r.status, 0);
        for (const command of ['validate', 'init', 'schema']) assert.match(r.stdout, new RegExp(`\\b${command}\\b`));
      }
    });
    it('prints the tool help when called with no arguments', () => {
      assert.equal(presales([]).status, 0);
    });
    it('prints help for each command', () => {
      assert.match(presales(['validate', '--help']).stdout, /--max-warnings/);
      assert.match(presales(['validate', '-h']).stdout, /--format <text\|json>/);
      assert.match(presales(['init', '--help']).stdout, /proposal\.presales\.yaml/);
      assert.equal(presales(['schema', '--help']).status, 0);
    });
    it('accepts --lang before the command', () => {
      const r = presales(['--lang', 'zh-CN', 'validate', 'examples/']);
      assert.equal(r.status, 0);
      assert.match(r.stderr, /个文件/);
      assert.equal(presales(['--lang=en', 'validate', 'examples/']).status, 0);
      assert.equal(presales(['--lang', 'xx', 'validate', 'examples/']).status, 2);
    });
    it('prints help in Chinese with --lang zh-CN', () => {
      assert.match(presales(['--help', '--lang', 'zh-CN']).stdout, /命令/);
      assert.match(presales(['validate', '--help', '--lang=zh-CN']).stdout, /输出格式/);
    });
    it('prints the package version', () => {
      const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string })
        .version;
      const r = presales(['--version']);
      assert.equal(r.status, 0);
      assert.equal(r.stdout.trim(), version);
    });
  });

  describe('usage errors exit 2 with one line', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['an unknown option', ['validate', '--bogus', 'examples'], /unknown option '--bogus'/],
      ['an unknown option with a value', ['validate', '--bogus=1', 'examples'], /unknown option '--bogus'/],
      ['an unknown tool option', ['--frobnicate'], /unknown option '--frobnicate'/],
      ['an unknown command', ['frobnicate'], /unknown command 'frobnicate'/],
      ['a bad --format', ['validate', '--format', 'xml', 'examples'], /--format/],
      ['a missing option value', ['validate', 'examples', '--format'], /needs a value/],
      ['a negative --max-warnings', ['validate', '--max-warnings', '-1', 'examples'], /--max-warnings/],
      ['a non-numeric --max-warnings', ['validate', '--max-warnings', 'many', 'examples'], /--max-warnings/],
      ['validate without files', ['validate'], /at least one file/],
      ['a bad --lang', ['validate', '--lang', 'fr', 'examples'], /--lang/],
      ['too many init paths', ['init', 'a.presales.yaml', 'b.presales.yaml'], /too many arguments/],
    ];
    for (const [what, args, message] of cases) {
      it(what, () => {
        const r = presales(args);
        assert.equal(r.status, 2, r.stderr);
        assert.equal(r.stdout, '');
        assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
        assert.match(r.stderr, message);
      });
    }
    it('says it in Chinese with --lang zh-CN or a zh locale', () => {
      assert.match(presales(['validate', '--bogus', '--lang', 'zh-CN']).stderr, /未知选项/);
      assert.match(presales(['validate', '--bogus'], { env: { LANG: 'zh_CN.UTF-8' } }).stderr, /未知选项/);
      assert.match(
        presales(['validate', '--bogus'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' } }).stderr,
        /未知选项/,
      );
    });
  });

  describe('validate', () => {
    it('exits 0 on the bundled examples, prints nothing on stdout and a summary on stderr', () => {
      const r = presales(['validate', 'examples/']);
      assert.equal(r.status, 0, r.stdout + r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.trim(), '2 files, 0 errors, 0 warnings');
    });

    it('summarises in Chinese', () => {
      const r = presales(['validate', '--lang', 'zh-CN', 'examples/']);
      assert.equal(r.stderr.trim(), '2 个文件，0 个错误，0 个警告');
    });

    it('prints path:line:col: severity code message (1-based) and exits 1 on errors', () => {
      const file = write('errors.presales.yaml', withUnknownOwner());
      const r = presales(['validate', file]);
      assert.equal(r.status, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.ok(lines.length >= 1);
      for (const line of lines) assert.match(line, TEXT_LINE);
      const m = TEXT_LINE.exec(lines.find((l) => l.includes('PS210')) ?? '');
      assert.ok(m, r.stdout);
      assert.equal(m[1], file);
      const expectedLine =
        withUnknownOwner()
          .split('\n')
          .findIndex((l) => l.includes('owner: nobody')) + 1;
      assert.equal(Number(m[2]), expectedLine);
      assert.equal(Number(m[3]), (withUnknownOwner().split('\n')[expectedLine - 1] ?? '').indexOf('nobody') + 1);
      assert.equal(m[4], 'error');
      assert.match(r.stderr, /^1 file, \d+ errors?, 0 warnings\n$/);
    });

    it('prints JSON with exactly { file, diagnostics: [{ range, severity, code, message }] } and 0-based positions', () => {
      const file = write('json.presales.yaml', withUnknownOwner());
      const r = presales(['validate', '--format', 'json', file]);
      assert.equal(r.status, 1);
      const reports = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
      assert.ok(Array.isArray(reports));
      assert.equal(reports.length, 1);
      const report = reports[0] ?? {};
      assert.deepEqual(Object.keys(report).sort(), ['diagnostics', 'file']);
      assert.equal(report.file, file);
      const diagnostics = report.diagnostics as Array<Record<string, unknown>>;
      assert.ok(diagnostics.length >= 1);
      for (const d of diagnostics) {
        assert.deepEqual(Object.keys(d).sort(), ['code', 'message', 'range', 'severity']);
        const range = d.range as { start: Record<string, number>; end: Record<string, number> };
        assert.deepEqual(Object.keys(range).sort(), ['end', 'start']);
        assert.deepEqual(Object.keys(range.start).sort(), ['character', 'line']);
        assert.deepEqual(Object.keys(range.end).sort(), ['character', 'line']);
      }
      const owner = diagnostics.find((d) => d.code === 'PS210');
      assert.ok(owner);
      const text = withUnknownOwner().split('\n');
      const line = text.findIndex((l) => l.includes('owner: nobody'));
      const character = (text[line] ?? '').indexOf('nobody');
      assert.deepEqual(owner.range, {
        start: { line, character },
        end: { line, character: character + 'nobody'.length },
      });
      assert.equal(owner.severity, 'error');
      // JSON mode keeps stderr free for real problems: no summary line.
      assert.equal(r.stderr, '');
    });

    it('prints an empty diagnostics list for a clean file in JSON', () => {
      const r = presales(['validate', '--format=json', 'examples/smart-factory.presales.yaml']);
      assert.equal(r.status, 0);
      assert.deepEqual(JSON.parse(r.stdout), [{ file: 'examples/smart-factory.presales.yaml', diagnostics: [] }]);
    });

    it('allows warnings by default and enforces --max-warnings', () => {
      const file = write('warn.presales.yaml', withIdleComponent());
      const plain = presales(['validate', file]);
      assert.equal(plain.status, 0, plain.stdout);
      assert.match(plain.stdout, / warning PS208 /);
      assert.match(plain.stderr, /1 file, 0 errors, 1 warning\n/);
      assert.equal(presales(['validate', '--max-warnings', '1', file]).status, 0);
      const strict = presales(['validate', '--max-warnings', '0', file]);
      assert.equal(strict.status, 1);
      assert.match(strict.stderr, /too many warnings \(1, at most 0 allowed\)/);
      assert.equal(presales(['validate', '--format', 'json', '--max-warnings=0', file]).status, 1);
    });

    it('reports messages in Chinese with --lang zh-CN', () => {
      const file = write('zh.presales.yaml', withUnknownOwner());
      const r = presales(['validate', '--lang', 'zh-CN', file]);
      assert.equal(r.status, 1);
      assert.match(r.stdout, /[\u4e00-\u9fff]/);
    });

    it('exits 2 on a file that does not exist, still checking the others', () => {
      const r = presales(['validate', 'examples/smart-factory.presales.yaml', path.join(tmp, 'missing.presales.yaml')]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /cannot read .*missing\.presales\.yaml: no such file or directory/);
      assert.match(r.stderr, /1 file, 0 errors, 0 warnings/);
    });

    it('exits 2 on a dangling symbolic link', () => {
      const link = path.join(tmp, 'dangling.presales.yaml');
      symlinkSync(path.join(tmp, 'nowhere.presales.yaml'), link);
      const r = presales(['validate', link]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /cannot read .*dangling\.presales\.yaml/);
    });

    it('exits 2 on a folder that holds no proposal', () => {
      const dir = path.join(tmp, 'weird.presales.yaml');
      mkdirSync(path.join(dir, 'inner'), { recursive: true });
      // A folder named like a proposal holding none is an empty folder, not a file to parse.
      const r = presales(['validate', dir]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /no \*\.presales\.yaml or \*\.presales\.yml files found/);
    });

    it('searches folders recursively, skipping node_modules and dot-folders', () => {
      const folder = path.join(tmp, 'workspace');
      write('workspace/a.presales.yaml', starterProposal('en', 'A'));
      write('workspace/deep/er/b.presales.yml', starterProposal('zh-CN', 'B'));
      write('workspace/deep/c.presales.yaml', withUnknownOwner());
      write('workspace/notes.yaml', 'not: [a proposal');
      write('workspace/node_modules/pkg/x.presales.yaml', 'broken: [');
      write('workspace/.git/y.presales.yaml', 'broken: [');
      const r = presales(['validate', '--format', 'json', folder]);
      assert.equal(r.status, 1);
      const files = (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => path.relative(folder, f.file));
      assert.deepEqual(files, [
        'a.presales.yaml',
        path.join('deep', 'c.presales.yaml'),
        path.join('deep', 'er', 'b.presales.yml'),
      ]);
    });

    it('skips what a .presalesignore lists during a search, but checks it when named', () => {
      write('ignoring/good.presales.yaml', starterProposal('en', 'Good'));
      write('ignoring/bad/x.presales.yaml', withUnknownOwner());
      write('ignoring/also-bad.presales.yaml', withUnknownOwner());
      write('ignoring/.presalesignore', '# deliberately invalid\nbad/\n\nalso-bad.presales.yaml\n');
      const folder = path.join(tmp, 'ignoring');
      const r = presales(['validate', '--format', 'json', folder]);
      assert.equal(r.status, 0, r.stdout);
      assert.deepEqual(
        (JSON.parse(r.stdout) as Array<{ file: string }>).map((f) => path.basename(f.file)),
        ['good.presales.yaml'],
      );
      assert.equal(presales(['validate', path.join(folder, 'bad')]).status, 1);
      assert.equal(presales(['validate', path.join(folder, 'also-bad.presales.yaml')]).status, 1);
    });

    it('checks a file given explicitly whatever its name, once even if named twice', () => {
      const file = write('plain.yaml', starterProposal('en', 'Plain'));
      const r = presales(['validate', '--format', 'json', file, file]);
      assert.equal(r.status, 0);
      assert.equal((JSON.parse(r.stdout) as unknown[]).length, 1);
    });

    it('reports broken YAML with a location instead of crashing', () => {
      const file = write('broken.presales.yaml', 'presales: "1.0"\nproposal: [unclosed\n  title: x: y\n\t- tab\n');
      const r = presales(['validate', file]);
      assert.equal(r.status, 1);
      for (const line of r.stdout.trimEnd().split('\n')) assert.match(line, TEXT_LINE);
      assert.match(r.stdout, / error PS0\d\d /);
    });

    it('handles an empty file and a UTF-8 byte-order mark', () => {
      assert.equal(presales(['validate', write('empty.presales.yaml', '')]).status, 1);
      const bom = write('bom.presales.yaml', `\ufeff${starterProposal('en', 'Bom')}`);
      assert.equal(presales(['validate', bom]).status, 0);
    });

    it('exits 1 on examples/broken/ and lists every diagnostic code', () => {
      assert.ok(brokenExamples().length > 0);
      const r = presales(['validate', '--format', 'json', 'examples/broken/']);
      assert.equal(r.status, 1, r.stderr);
      const seen = new Set(
        (JSON.parse(r.stdout) as Array<{ diagnostics: Array<{ code: string }> }>).flatMap((f) =>
          f.diagnostics.map((d) => d.code),
        ),
      );
      // PS900 is the checker's own-bug report: no input is meant to produce it.
      const expected = CODES.map((c) => c.code).filter((c) => c !== 'PS900');
      assert.deepEqual(
        expected.filter((c) => !seen.has(c)),
        [],
      );
    });
  });

  describe('init', () => {
    for (const lang of ['en', 'zh-CN']) {
      it(`writes a ${lang} starter that validates clean`, () => {
        const file = path.join(tmp, `init-${lang}`, 'my-project.presales.yaml');
        const r = presales(['init', '--lang', lang, file]);
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stdout, lang === 'en' ? /created/ : /已创建/);
        const text = readFileSync(file, 'utf8');
        assert.match(text, new RegExp(`language: ${lang}`));
        assert.match(text, /title: "my-project"/);
        const check = presales(['validate', '--max-warnings', '0', file]);
        assert.equal(check.status, 0, check.stdout);
        assert.equal(check.stdout, '');
      });
    }

    it('writes proposal.presales.yaml in the working folder by default', () => {
      const cwd = path.join(tmp, 'init-default');
      mkdirSync(cwd);
      assert.equal(presales(['init'], { cwd }).status, 0);
      const text = readFileSync(path.join(cwd, 'proposal.presales.yaml'), 'utf8');
      assert.match(text, /title: "New proposal"/);
    });

    it('follows a Chinese locale when --lang is not given', () => {
      const file = path.join(tmp, 'init-locale', 'p.presales.yaml');
      assert.equal(presales(['init', file], { env: { LANG: 'zh_CN.UTF-8' } }).status, 0);
      assert.match(readFileSync(file, 'utf8'), /language: zh-CN/);
    });

    it('refuses to overwrite an existing file and leaves it untouched', () => {
      const file = write('existing.presales.yaml', 'my precious work\n');
      const r = presales(['init', file]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /already exists/);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
      assert.equal(readFileSync(file, 'utf8'), 'my precious work\n');
    });
  });

  describe('schema', () => {
    it('prints the absolute path of the bundled schema', () => {
      const r = presales(['schema'], { cwd: tmp });
      assert.equal(r.status, 0);
      const printed = r.stdout.trim();
      assert.ok(path.isAbsolute(printed));
      assert.equal(printed, path.join(root, 'schemas', 'presales.schema.json'));
      assert.ok(existsSync(printed));
    });
    it('takes no arguments', () => {
      assert.equal(presales(['schema', 'extra']).status, 2);
    });
  });
});
