// Child process for the cold-start benchmark: a fresh Node, the core bundle required, then ONE full
// check of the file, timed from the start of the check (the JIT is cold, nothing has run before).
const { readFileSync } = require('node:fs');
const [bundle, file] = process.argv.slice(2);
const requireStarted = performance.now();
const core = require(bundle);
const requireMs = performance.now() - requireStarted;
const text = readFileSync(file, 'utf8');
const cpu = process.cpuUsage();
const started = performance.now();
const result = core.checkProposal(text);
const checkMs = performance.now() - started;
const used = process.cpuUsage(cpu);
process.stdout.write(
  JSON.stringify({
    requireMs,
    checkMs,
    checkCpuMs: (used.user + used.system) / 1000,
    diagnostics: result.diagnostics.length,
  }),
);
