import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { repoRoot as root } from '../support/repo';

// `presales export --doc deck` as a user types it, through the bundled CLI: the deck's default
// format, its look flags, the exit codes and what is written (or not) on a bad value.
const cliPath = path.join(root, 'dist', 'cli.js');
const example = path.join(root, 'examples', 'smart-factory.presales.yaml');

describe('presales export --doc deck', function () {
  this.timeout(120_000);
  let dir = '';
  const env = { ...process.env, LANG: 'C', LC_ALL: '', PRESALES_BROWSER: '' };
  const run = (args: string[]) =>
    spawnSync(process.execPath, [cliPath, 'export', example, '--doc', 'deck', ...args], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });

  before(() => {
    assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run npm run build first');
    dir = mkdtempSync(path.join(tmpdir(), 'presales-deck-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exports PowerPoint when no format is named, with the look given on the command line', () => {
    const logo = path.join(root, 'media', 'icon.png');
    const args = ['--deck-accent', '#0A7E3D', '--deck-font', 'Arial', '--deck-ea-font', 'SimHei', '--out', dir + '/'];
    const r = run(existsSync(logo) ? [...args, '--deck-logo', logo] : args);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /wrote .*smart-factory\.deck\.pptx/);
    const files = unzipSync(readFileSync(path.join(dir, 'smart-factory.deck.pptx')));
    const slide = strFromU8(files['ppt/slides/slide2.xml'] ?? new Uint8Array());
    assert.match(slide, /<a:latin typeface="Arial"/);
    assert.match(slide, /<a:ea typeface="SimHei"/);
    assert.match(slide, /val="0A7E3D"/);
    if (existsSync(logo))
      assert.ok(
        Object.keys(files).some((f) => /^ppt\/media\/.+/.test(f)),
        'the logo',
      );
  });

  it('refuses a bad accent colour, a missing logo and a prose format, writing nothing (exit 2)', () => {
    const out = path.join(dir, 'bad.pptx');
    const cases: Array<[string[], RegExp]> = [
      [['--deck-accent', 'blue'], /accent colour 'blue' is not a colour like #1F4E79/],
      [['--deck-logo', path.join(dir, 'nope.png')], /cannot read the deck's logo/],
      [['--format', 'docx'], /the deck document has no DOCX form/],
    ];
    for (const [args, message] of cases) {
      const r = run([...args, '--out', out]);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
      assert.ok(!existsSync(out), 'nothing written');
    }
    writeFileSync(path.join(dir, 'not-an-image.png'), 'text');
    const r = run(['--deck-logo', path.join(dir, 'not-an-image.png'), '--out', out]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is not a PNG or JPEG image/);
  });

  it('says why the picture slide was left out when no browser can draw it, and still writes the deck', () => {
    const out = path.join(dir, 'nobrowser.pptx');
    const r = run(['--deck-pictures', '--browser', path.join(dir, 'no-browser'), '--out', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /picture slide was left out: no browser/);
    assert.ok(existsSync(out));
  });

  it('refuses a proposal with errors (exit 1)', () => {
    const broken = path.join(dir, 'broken.presales.yaml');
    writeFileSync(broken, readFileSync(example, 'utf8').replace(/^presales: .*$/m, 'presales: 7'));
    const r = spawnSync(process.execPath, [cliPath, 'export', broken, '--doc', 'deck'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    assert.equal(r.status, 1, r.stderr);
    assert.ok(!existsSync(path.join(dir, 'broken.deck.pptx')));
  });
});
