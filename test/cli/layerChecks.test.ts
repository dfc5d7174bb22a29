// The pure core's boundary is enforced by tools, not by convention: a copy of the sources with a Node
// built-in import, a vscode import and a `process` read planted in three core files fails both the
// lint (eslint.config.mjs) and the core's own type-check (src/core/tsconfig.json), once per plant;
// the same copy without the plants passes both.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../support/repo';

const ESLINT = path.join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
const TSC = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const GENERATED = path.join(repoRoot, 'src', 'core', 'generated', 'proposalValidator.js');

/** Each plant: the core file it goes into, the code, and what lint and tsc must say about it. */
const PLANTS = [
  {
    file: 'src/core/codes.ts',
    code: "import * as fs from 'node:fs';\nexport const plantedFs = fs.readFileSync;\n",
    lint: /src\/core is pure: Node built-ins/,
    tsc: /codes\.ts\(\d+,\d+\): error TS2307: Cannot find module 'node:fs'/,
  },
  {
    file: 'src/core/locate.ts',
    code: "import * as vscode from 'vscode';\nexport const plantedVscode = vscode.window;\n",
    lint: /src\/core is pure: the VS Code API/,
    tsc: /locate\.ts\(\d+,\d+\): error TS2306: File '.*vscodeForbidden\.d\.ts' is not a module/,
  },
  {
    file: 'src/core/starter.ts',
    code: 'export const plantedEnv = process.env.HOME;\n',
    lint: /src\/core runs outside Node too: no 'process' here/,
    tsc: /starter\.ts\(\d+,\d+\): error TS2591: Cannot find name 'process'/,
  },
];

interface LintMessage {
  ruleId: string | null;
  message: string;
}
interface LintFile {
  filePath: string;
  messages: LintMessage[];
}

function run(cwd: string, script: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

function lint(scratch: string): LintFile[] {
  const r = run(scratch, ESLINT, ['--format', 'json', ...PLANTS.map((p) => p.file)]);
  const json = r.out.slice(r.out.indexOf('['));
  try {
    return JSON.parse(json) as LintFile[];
  } catch {
    throw new Error(`eslint (exit ${r.status}) did not print its JSON report:\n${r.out.slice(0, 2000)}`);
  }
}

function typecheckCore(scratch: string): { status: number | null; out: string } {
  return run(scratch, TSC, ['-p', path.join(scratch, 'src', 'core', 'tsconfig.json')]);
}

describe('layer checks: the pure core rejects Node and vscode', function () {
  this.timeout(400_000);
  let scratch = '';

  before(() => {
    for (const [what, file] of [
      ['eslint', ESLINT],
      ['typescript', TSC],
      ['the generated validator (run npm run build)', GENERATED],
    ] as const) {
      if (!existsSync(file)) throw new Error(`layer checks need ${what}: ${file} is missing`);
    }
    scratch = mkdtempSync(path.join(os.tmpdir(), 'presales-layers-'));
    // What the lint config's type-aware projects and the core's tsconfig read; nothing else.
    for (const p of [
      'eslint.config.mjs',
      'tsconfig.base.json',
      'tsconfig.json',
      'schemas',
      'src/core',
      'src/protocol',
      'src/webview',
    ]) {
      cpSync(path.join(repoRoot, p), path.join(scratch, p), { recursive: true });
    }
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('passes lint and the core type-check as the sources are', () => {
    const files = lint(scratch);
    const messages = files.flatMap((f) =>
      f.messages.map((m) => `${path.relative(scratch, f.filePath)}: ${m.ruleId}: ${m.message}`),
    );
    assert.deepEqual(messages, []);
    const tsc = typecheckCore(scratch);
    assert.equal(tsc.status, 0, tsc.out);
  });

  it('fails lint and the core type-check for each planted import or global', () => {
    for (const p of PLANTS) appendFileSync(path.join(scratch, p.file), `\n${p.code}`);
    const files = lint(scratch);
    for (const p of PLANTS) {
      const report = files.find((f) => path.relative(scratch, f.filePath).replace(/\\/g, '/') === p.file);
      assert.ok(report, `eslint reported nothing for ${p.file}`);
      const said = report.messages.map((m) => `${m.ruleId}: ${m.message}`);
      assert.ok(
        said.some((m) => p.lint.test(m)),
        `lint on ${p.file} should match ${p.lint}; it said:\n${said.join('\n')}`,
      );
    }
    const tsc = typecheckCore(scratch);
    assert.notEqual(tsc.status, 0, 'the core type-check passed with the plants in');
    for (const p of PLANTS) assert.match(tsc.out, p.tsc);
  });
});
