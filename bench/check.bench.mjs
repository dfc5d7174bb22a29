// Core checking benchmark (issue 2, point 8). For generated proposals of ~1k, 10k and 50k lines:
//   (a) `yaml` parseDocument alone: the floor, since every checker must parse;
//   (b) our full checkProposal (syntax + schema + domain rules + schedule), after a one-character edit;
//   (c) yaml-language-server 1.25.0 over stdio with our schema, didChange -> publishDiagnostics;
//   (d) a cold full check of the 50k file in a fresh Node process.
// Medians after warm-up. Targets: (b) <= 1.3x (a) at every size; (b) <= 0.5x (c) at 1k and 10k; (d) < 600 ms.
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { loadCore, coreBundlePath, root } from './coreBundle.mjs';
import { editAt, generateProposal } from './generate.mjs';
import { markdownTable, median, ms, timeMedian } from './stats.mjs';
import { startYamlLanguageServer } from './yamlLanguageServer.mjs';

const SIZES = [
  { label: '1k', lines: 1000, warmup: 10, runs: 15, ylsRuns: 7 },
  { label: '10k', lines: 10000, warmup: 5, runs: 9, ylsRuns: 7 },
  { label: '50k', lines: 50000, warmup: 3, runs: 7, ylsRuns: 5 },
];
const COLD_RUNS = 5;
const core = await loadCore();
// Not under .cache/: yaml-language-server's file-match globs do not match paths through dot-folders.
const workDir = path.join(tmpdir(), 'presales-bench');
mkdirSync(workDir, { recursive: true });
const gc = globalThis.gc ?? (() => undefined);
/** CPU time (user + system) in ms: unlike wall time it does not grow when other processes take the CPU. */
const cpuMs = (usage) => (usage.user + usage.system) / 1000;
const loadBefore = loadavg()[0];

const only = process.env.BENCH_SIZES?.split(',');
const progress = (m) => process.stderr.write(`  [${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const results = [];
for (const size of SIZES.filter((s) => !only || only.includes(s.label))) {
  progress(`${size.label}: parse and check`);
  const proposal = generateProposal(size.lines);
  const file = path.join(workDir, `generated-${size.label}.presales.yaml`);
  writeFileSync(file, proposal.text);

  // (a) and (b), interleaved per run so that machine noise hits both alike.
  const parseTimes = [];
  const checkTimes = [];
  const parseCpu = [];
  const checkCpu = [];
  let diagnostics = 0;
  for (let i = 0; i < size.warmup + size.runs; i++) {
    const { text } = editAt(proposal.text, proposal.editOffset, i);
    gc();
    let cpu = process.cpuUsage();
    let started = performance.now();
    core.parseDocument(text);
    const parseMs = performance.now() - started;
    const parseCpuMs = cpuMs(process.cpuUsage(cpu));
    gc();
    cpu = process.cpuUsage();
    started = performance.now();
    diagnostics = core.checkProposal(text).diagnostics.length;
    const checkMs = performance.now() - started;
    const checkCpuMs = cpuMs(process.cpuUsage(cpu));
    if (i >= size.warmup) { parseTimes.push(parseMs); checkTimes.push(checkMs); parseCpu.push(parseCpuMs); checkCpu.push(checkCpuMs); }
  }

  // (c) yaml-language-server: open, let it settle, then timed one-character edits.
  progress(`${size.label}: yaml-language-server`);
  const server = await startYamlLanguageServer(root, path.join(root, 'schemas', 'presales.schema.json'));
  const uri = pathToFileURL(file).href;
  const opened = await server.open(uri, proposal.text);
  const before = proposal.text.slice(0, proposal.editOffset).split('\n');
  const position = { line: before.length - 1, character: (before.at(-1) ?? '').length };
  const ylsTimes = [];
  let ylsDiagnostics = 0;
  for (let i = 0; i < size.ylsRuns + 2; i++) {
    const edit = await server.editOneCharacter(uri, i + 2, position, editAt(proposal.text, proposal.editOffset, i).ch);
    if (i >= 2) ylsTimes.push(edit.ms);
    ylsDiagnostics = edit.diagnostics.length;
    // Let any late message drain so it cannot be mistaken for the next edit's diagnostics.
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();

  results.push({
    ...size, actualLines: proposal.lines, injected: proposal.injectedErrors, diagnostics, ylsDiagnostics,
    parse: median(parseTimes), check: median(checkTimes), yls: median(ylsTimes), ylsOpen: opened.ms,
    parseCpu: median(parseCpu), checkCpu: median(checkCpu),
  });
}

// (d) cold: fresh processes, the 50k file.
progress('50k: cold check in fresh processes');
if (!results.some((r) => r.label === '50k')) writeFileSync(path.join(workDir, 'generated-50k.presales.yaml'), generateProposal(50000).text);
const coldFile = path.join(workDir, 'generated-50k.presales.yaml');
const cold = [];
for (let i = 0; i < COLD_RUNS; i++) {
  cold.push(JSON.parse(execFileSync(process.execPath, [path.join(root, 'bench', 'coldCheck.cjs'), coreBundlePath, coldFile], { encoding: 'utf8' })));
}
const coldCheck = median(cold.map((c) => c.checkMs));
const coldRequire = median(cold.map((c) => c.requireMs));
const coldCpu = median(cold.map((c) => c.checkCpuMs));

const yes = (ok) => (ok ? 'met' : 'MISSED');
console.log(`\nCore check vs parse floor vs yaml-language-server (medians, ms; ${process.version}, ${new Date().toISOString()})\n`);
console.log(markdownTable(
  ['size', 'lines', 'diagnostics (ours / yls)', '(a) parse', '(b) check', 'check/parse', 'target <=1.3x', '(c) yls edit', 'check/yls', 'target <=0.5x'],
  results.map((r) => [
    r.label, r.actualLines, `${r.diagnostics} / ${r.ylsDiagnostics}`, ms(r.parse), ms(r.check), `${(r.check / r.parse).toFixed(2)}x`,
    yes(r.check <= 1.3 * r.parse), ms(r.yls), `${(r.check / r.yls).toFixed(2)}x`, r.label === '50k' ? '(n/a)' : yes(r.check <= 0.5 * r.yls),
  ]),
));
console.log(`\nCPU time of this process (load-insensitive cross-check): ${results.map((r) => `${r.label} parse ${ms(r.parseCpu)} / check ${ms(r.checkCpu)} = ${(r.checkCpu / r.parseCpu).toFixed(2)}x`).join('; ')}`);
console.log(`\n(d) cold full check of the 50k file in a fresh process: ${ms(coldCheck)} ms (CPU ${ms(coldCpu)} ms; require ${ms(coldRequire)} ms before it) -> target < 600 ms: ${yes(coldCheck < 600)}`);
console.log(`yaml-language-server cold open (didOpen -> first diagnostics): ${results.map((r) => `${r.label} ${ms(r.ylsOpen)} ms`).join(', ')}`);
console.log(`machine load average (1 min) before / after: ${loadBefore.toFixed(1)} / ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs`);
console.log('yls timings include its fixed 200 ms validation delay (see FACTS.md): that is the wait a user feels.');
