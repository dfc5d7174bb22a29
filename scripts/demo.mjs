// `npm run demo` (after the build): make sure the machine has what the exports need (the same
// provisioning code as `npm test`), check every bundled example and summarise it in one table, then
// run the real CLI over examples/ as a user would. Exits 1 naming the true cause: a missing
// prerequisite, an example with errors, or an export that failed.
import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadCore, root } from '../bench/coreBundle.mjs';
import { hostConfig } from './vscode-host/hostConfig.mjs';
import { step, ProvisionError } from './vscode-host/steps.mjs';
import { demoRequirements, ensureSystemTools } from './vscode-host/systemDeps.mjs';

// The exports draw diagrams and print PDFs in Chromium, and the Chinese example needs a CJK font.
// Checked first, so a bare machine learns in seconds what it lacks rather than after every export.
const { chromium } = hostConfig();
try {
  await step('what the exports need (Chromium, a CJK font)', () => ensureSystemTools(demoRequirements(chromium)));
} catch (e) {
  if (!(e instanceof ProvisionError)) throw e;
  console.error(
    `\ndemo: this machine cannot run the demo's exports yet:\n${e.message}` +
      'Without a browser, `presales export <file> --no-diagrams` still writes DOCX, HTML, Markdown, CSV and XLSX ' +
      '(the document says the diagrams were left out); PDF needs the browser.',
  );
  process.exit(1);
}
// A browser named by CHROMIUM is the one the exports use too.
const exportEnv = { ...process.env, ...(process.env.CHROMIUM ? { PRESALES_BROWSER: chromium } : {}) };

const { checkProposal } = await loadCore();
const examplesDir = path.join(root, 'examples');
const files = readdirSync(examplesDir)
  .filter((f) => /\.presales\.ya?ml$/.test(f))
  .sort();

const money = (n, currency) => `${Math.round(n).toLocaleString('en-US')} ${currency}`;
const rows = [
  ['file'],
  ['title'],
  ['customer'],
  ['language'],
  ['requirements (must)'],
  ['goals'],
  ['components / connections'],
  ['tasks (milestones)'],
  ['team'],
  ['risks (high)'],
  ['plan'],
  ['critical path'],
  ['budget total / cap'],
  ['diagnostics'],
];
let exampleErrors = false;
let exportFailures = 0;
for (const file of files) {
  const text = readFileSync(path.join(examplesDir, file), 'utf8');
  const started = performance.now();
  const r = checkProposal(text, { language: 'en' });
  const ms = performance.now() - started;
  const p = r.proposal;
  const tasks = r.schedule.tasks;
  const count = (sev) => r.diagnostics.filter((d) => d.severity === sev).length;
  const errors = count('error');
  if (errors > 0) exampleErrors = true;
  const high = (p.risks ?? []).filter((k) => (k.likelihood ?? 0) * (k.impact ?? 0) >= 15).length;
  const values = [
    file,
    p.proposal?.title ?? '-',
    p.customer?.name ?? '-',
    p.proposal?.language ?? '-',
    `${p.requirements?.length ?? 0} (${(p.requirements ?? []).filter((q) => q.priority === 'must').length})`,
    String(p.goals?.length ?? 0),
    `${p.architecture?.components?.length ?? 0} / ${p.architecture?.connections?.length ?? 0}`,
    `${tasks.length} (${tasks.filter((t) => t.milestone).length})`,
    String(p.team?.length ?? 0),
    `${p.risks?.length ?? 0} (${high})`,
    `${r.schedule.start ?? '-'} → ${r.schedule.end ?? '-'}`,
    `${r.schedule.criticalPath.length} tasks, ${criticalWorkingDays(tasks, r.schedule.criticalPath)} working days`,
    `${money(r.cost.total, r.cost.currency)} / ${r.cost.cap === undefined ? '-' : money(r.cost.cap, r.cost.currency)}`,
    `${errors} errors, ${count('warning')} warnings, ${count('information')} info (${ms.toFixed(1)} ms)`,
  ];
  values.forEach((v, i) => rows[i].push(v));
}

/** Working days of work on the critical chain (the sum of its durations; lags between tasks not counted). */
function criticalWorkingDays(tasks, ids) {
  const chain = tasks.filter((t) => ids.includes(t.id));
  return chain.reduce((sum, t) => sum + t.duration, 0);
}

// East Asian wide characters take two terminal columns; pad by display width so columns line up.
const width = (s) =>
  [...s].reduce(
    (w, ch) =>
      w +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
        ? 2
        : 1),
    0,
  );
const pad = (s, w) => s + ' '.repeat(Math.max(0, w - width(s)));
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
const line = (r) => `| ${r.map((v, c) => pad(v, widths[c])).join(' | ')} |`;
console.log('\nPresales Studio demo: the bundled examples\n');
console.log(line(rows[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const r of rows.slice(1)) console.log(line(r));

console.log('\n$ presales validate examples/');
const cli = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'validate', '--lang', 'en', examplesDir], {
  encoding: 'utf8',
  cwd: root,
});
process.stdout.write(cli.stdout);
process.stdout.write(cli.stderr);
if (cli.status !== 0) exampleErrors = true;

// Every document kind of both examples, through the real CLI, into out/demo/ (as a user would run it).
{
  const { mkdirSync, rmSync, statSync } = await import('node:fs');
  const outDir = path.join(root, 'out', 'demo');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const jobs = [
    ['proposal', 'docx'],
    ['proposal', 'pdf'],
    ['proposal', 'html'],
    ['proposal', 'md'],
    ['proposal', 'xlsx'],
    ['requirements', 'docx'],
    ['requirements', 'md'],
    ['requirements', 'csv'],
    ['plan', 'docx'],
    ['plan', 'md'],
    ['plan', 'csv'],
    ['risks', 'docx'],
    ['risks', 'xlsx'],
    ['risks', 'csv'],
    ['demo', 'docx'],
    ['demo', 'md'],
    ['deck', 'pptx'],
  ];
  console.log(
    `\n$ presales export <example> --doc <kind> --format <format> --out out/demo/   (${jobs.length} exports per example)`,
  );
  /**
   * `presales export <example> ...args` as a user types it. Every export of the demo shares one
   * diagram cache (and the next demo does too): each diagram is drawn once, by the first export that
   * needs it, so the others, in any format and into any template, start no browser to draw.
   * @param {string} file
   * @param {string[]} args
   */
  const presalesExport = (file, args) =>
    spawnSync(
      process.execPath,
      [
        path.join(root, 'dist', 'cli.js'),
        'export',
        path.join('examples', file),
        ...args,
        '--diagram-cache',
        path.join(root, '.cache', 'diagrams'),
      ],
      { encoding: 'utf8', cwd: root, env: exportEnv },
    );
  /** @type {Array<[string, number, number]>} file, bytes, milliseconds */
  const written = [];
  for (const file of files) {
    for (const [doc, format] of jobs) {
      const started = performance.now();
      const r = presalesExport(file, ['--doc', doc, '--format', format, '--out', outDir, '--lang', 'en']);
      if (r.status !== 0) {
        exportFailures++;
        process.stderr.write(`export ${file} --doc ${doc} --format ${format}: ${r.stderr}`);
        continue;
      }
      const target = path.join(outDir, `${file.replace(/\.presales\.ya?ml$/, '')}.${doc}.${format}`);
      written.push([path.relative(root, target), statSync(target).size, performance.now() - started]);
    }
  }
  // Each example poured into the company Word template of its language (examples/templates/, built
  // by scripts/build-templates.mjs): the template's styles, cover, header, footer and logo.
  const templates = { en: 'company.en.dotx', 'zh-CN': 'company.zh-CN.docx' };
  console.log(
    '\n$ presales export <example> --format docx --template examples/templates/<company template> --out out/demo/',
  );
  for (const file of files) {
    const lang = /^\s*language:\s*zh-CN\s*$/m.test(readFileSync(path.join(examplesDir, file), 'utf8')) ? 'zh-CN' : 'en';
    const target = path.join(outDir, `${file.replace(/\.presales\.ya?ml$/, '')}.proposal.template.docx`);
    const started = performance.now();
    const template = path.join('examples', 'templates', templates[lang]);
    const r = presalesExport(file, ['--format', 'docx', '--template', template, '--out', target, '--lang', 'en']);
    if (r.status !== 0) {
      exportFailures++;
      process.stderr.write(`export ${file} --template ${templates[lang]}: ${r.stderr}`);
      continue;
    }
    for (const note of r.stdout.split('\n').slice(1).filter(Boolean)) console.log(`  ${note}`);
    written.push([path.relative(root, target), statSync(target).size, performance.now() - started]);
    // The deck in the same company look: the template's theme colours, fonts and logo.
    const deck = target.replace(/\.proposal\.template\.docx$/, '.deck.template.pptx');
    const d = presalesExport(file, [
      '--doc',
      'deck',
      '--format',
      'pptx',
      '--deck-pictures',
      '--template',
      template,
      '--out',
      deck,
    ]);
    if (d.status !== 0) {
      exportFailures++;
      process.stderr.write(`export ${file} --doc deck --template ${templates[lang]}: ${d.stderr}`);
    } else written.push([path.relative(root, deck), statSync(deck).size, performance.now() - started]);
  }
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const nameWidth = Math.max(...written.map(([f]) => f.length));
  for (const [f, size, took] of written)
    console.log(`  ${f.padEnd(nameWidth)}  ${kib(size).padStart(10)}  ${(took / 1000).toFixed(1).padStart(5)} s`);
  console.log(`  ${written.length} files, ${kib(written.reduce((a, [, size]) => a + size, 0))}`);
}

if (exampleErrors) console.error('\ndemo: an example has errors (see the table and `presales validate` above)');
if (exportFailures) console.error(`\ndemo: ${exportFailures} export(s) failed (their messages are above)`);
if (exampleErrors || exportFailures) process.exit(1);
console.log('\ndemo: ok');
