import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { EXPORT_FORMAT_IDS, formatNames } from '../../src/core/export/formats';
import { starterProposal } from '../../src/core/starter';
import { repoRoot as root } from '../support/repo';

// The export options as a user types them, through the bundled CLI.
const cliPath = path.join(root, 'dist', 'cli.js');
// The starter's only risk, RK1, scores likelihood 3 x impact 4 = 12: medium by default, high at 12.
const TEXT = starterProposal('en', 'Threshold');

// English messages whatever the machine's locale.
const env = { ...process.env, LANG: 'C', LC_ALL: '' };

/**
 * Runs `check` in a fresh folder (removed afterwards) that holds TEXT as p.presales.yaml, with `run`
 * exporting that file through the CLI with the given options.
 */
function inProposalFolder(
  prefix: string,
  check: (dir: string, run: (args: string[]) => SpawnSyncReturns<string>) => void,
): void {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  try {
    const source = path.join(dir, 'p.presales.yaml');
    writeFileSync(source, TEXT);
    check(dir, (args) =>
      spawnSync(process.execPath, [cliPath, 'export', source, ...args], { cwd: dir, env, encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function unzipFile(file: string, part: string): string {
  const entry = unzipSync(readFileSync(file), { filter: (f) => f.name === part })[part];
  if (!entry) throw new Error(`${part} is not in ${file}`);
  return strFromU8(entry);
}

describe('presales export options', () => {
  it('through presales export --high-risk, and a bad value is a usage error', function () {
    this.timeout(30000);
    assert.ok(existsSync(cliPath), 'dist/cli.js is missing: run npm run build first');
    inProposalFolder('presales-risk-cli-', (dir, run) => {
      const ok = run(['--format', 'xlsx', '--doc', 'risks', '--high-risk', '12', '--out', path.join(dir, 'r.xlsx')]);
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(
        unzipFile(path.join(dir, 'r.xlsx'), 'xl/worksheets/sheet1.xml'),
        /operator="greaterThan"[^>]*><formula>11<\/formula>/,
      );
      for (const bad of ['0', '26', '1.5', 'high']) {
        const r = run(['--format', 'md', '--high-risk', bad]);
        assert.equal(r.status, 2, bad);
        assert.match(r.stderr, /--high-risk needs a whole number from 1 to 25/);
      }
      assert.match(
        spawnSync(process.execPath, [cliPath, 'export', '--help'], { env, encoding: 'utf8' }).stdout,
        /--high-risk <n>/,
      );
    });
  });

  it('offers every format of the formats table in `presales export --help`', () => {
    assert.ok(existsSync(cliPath), `${cliPath} is missing: run \`npm run build\` first`);
    for (const lang of ['en', 'zh-CN'] as const) {
      const r = spawnSync(process.execPath, [cliPath, 'export', '--help', '--lang', lang], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(r.stdout.includes(EXPORT_FORMAT_IDS.join('|')), r.stdout);
      assert.ok(r.stdout.includes(formatNames(lang)), r.stdout);
    }
  });

  it('--diagram-cache takes a folder, contradicting --no-diagram-cache is a usage error, an unwritable one a warning', function () {
    this.timeout(60000);
    inProposalFolder('presales-cache-cli-', (dir, run) => {
      const missing = run(['--format', 'md', '--diagram-cache']);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /--diagram-cache/);
      const both = run(['--format', 'md', '--diagram-cache', 'c', '--no-diagram-cache']);
      assert.equal(both.status, 2);
      assert.match(both.stderr, /contradict/);
      // A file where the folder should be: the export is written anyway, with one warning naming it.
      writeFileSync(path.join(dir, 'blocked'), '');
      const blocked = run(['--format', 'html', '--diagram-cache', 'blocked/cache', '--out', path.join(dir, 'p.html')]);
      assert.equal(blocked.status, 0, blocked.stderr);
      assert.equal((blocked.stderr.match(/diagram cache/g) ?? []).length, 1, blocked.stderr);
      assert.match(blocked.stderr, /blocked/);
      assert.ok(existsSync(path.join(dir, 'p.html')));
    });
  });
});
