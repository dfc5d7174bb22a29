// Editor responsiveness (issue 3, point 11): keystroke-to-diagnostics latency at ~1k, 10k and 50k
// lines, and the longest single block of the (extension host's) event loop meanwhile. Runs the
// extension's own diagnostics scheduler and check worker (src/extension/diagnostics/*,
// src/worker/checkWorker.ts) outside VS Code, driven by a fake document; the in-process backend
// (the check on the host's own thread) is measured for comparison.
//   isolated: one keystroke after a quiet period (the scheduler checks at once: leading edge)
//   burst:    10 keystrokes 50 ms apart; latency of the LAST one (the throttle's trailing edge)
// Event-loop blocks: the largest gap seen by a 1 ms setInterval probe, and the longest busy stretch
// between two of its ticks (event-loop utilization), over the whole measurement. 'check alone' is checkProposal's own time
// (in the worker or in-process): latency minus it is the scheduling and messaging overhead. On a
// shared, overloaded machine every figure scales with the load average printed in the header.
// Targets: <= 50 ms at 1k, <= 150 ms at 10k, no block > 50 ms at 10k (worker).
// '+ preview' rows: a preview is open on the document, so each check also renders the preview's
// HTML sections and diagram sources (in the worker; in-process = the old design, where the host
// rendered), and the host does what PreviewPanel does with the result: wrap it in the UpdateMessage
// and serialize it as webview.postMessage does (JSON). 'host forward' is that work, per update (max).
// Language requests (second table; 1k and 10k): hover, document symbols (outline) and code lenses,
// which VS Code asks for after edits, sent as the providers send them (src/extension/providers/
// languageClient.ts: uri, version, full text) to the same backend the diagnostics scheduler uses.
//   right after the edit: asked at once, so it waits behind the check of that version in the queue
//   after its check:      asked once the check of that version is done (its parse is reused)
// 'in-process': the same work (checks too, with the shared parse) on the host's own thread.
// 'before: host parse': the design before this change (checks in the worker; the providers parsed
// each version afresh on the host).
// Target: no host block > 50 ms at 10k (worker).
// Also reports the size of dist/extension.js and whether mermaid / the checker are in it.
import { build } from 'esbuild';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildBundle, bundlePath, loadBundle, nodeBundleOptions, root } from './bundle.mjs';
import { editAt, generateProposal } from './generate.mjs';
import { markdownTable, median, ms } from './stats.mjs';

// presales.validation.delay's default, read from package.json so the bench times what users get.
const DELAY = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).contributes.configuration.properties[
  'presales.validation.delay'
].default;
const SIZES = [
  // language: rounds of the language requests (each: one request right after an edit, one after its check).
  { label: '1k', lines: 1000, isolated: 12, bursts: 4, language: 6 },
  { label: '10k', lines: 10000, isolated: 8, bursts: 3, language: 4 },
  { label: '50k', lines: 50000, isolated: 3, bursts: 1 },
];
const workerBundle = await buildBundle('checkWorker', 'src/worker/checkWorker.ts');
const { CheckScheduler, WorkerBackend, InProcessBackend, WorkerSession, updateMessage } = await loadBundle(
  'editorHost',
  [
    "export { CheckScheduler } from './src/extension/diagnostics/checkScheduler';",
    "export { WorkerBackend } from './src/extension/diagnostics/checkBackend';",
    "export { InProcessBackend } from './bench/inProcessBackend';",
    "export { updateMessage } from './src/extension/preview/updateMessage';",
    "export { WorkerSession } from './src/worker/workerSession';",
  ],
);
const PREVIEW = { audience: 'internal', today: '2026-03-02', keepLastGood: true };

const sleep = (t) => new Promise((r) => setTimeout(r, t));

/**
 * Largest gap between 1 ms interval ticks = the longest time the event loop could not run a timer.
 * On a loaded machine that includes time the OS did not schedule the thread at all, so the probe
 * also sums event-loop *active* time between ticks (performance.eventLoopUtilization): time spent
 * idle in the poll phase, preempted or not, does not count there, so 'longest busy' is JS/native work.
 */
function blockProbe() {
  let last = performance.now();
  let lastElu = performance.eventLoopUtilization();
  let lastCpu = mainThreadCpuMs();
  let worst = 0;
  let busiest = 0;
  let cpu = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const elu = performance.eventLoopUtilization();
    const onCpu = mainThreadCpuMs();
    worst = Math.max(worst, now - last - 1);
    busiest = Math.max(busiest, elu.active - lastElu.active);
    if (onCpu !== undefined && lastCpu !== undefined) cpu = Math.max(cpu, onCpu - lastCpu);
    last = now;
    lastElu = elu;
    lastCpu = onCpu;
  }, 1);
  return {
    stop() {
      clearInterval(timer);
      return { probe: worst, busy: busiest, cpu: lastCpu === undefined ? undefined : cpu };
    },
  };
}

/**
 * CPU time the main thread (task id = pid) has run, in ms, from Linux's /proc schedstat (ns). Unlike
 * the ELU's active time, it does not grow while the OS runs other processes, so on a loaded shared
 * machine it shows the longest stretch of the host's OWN work between two timer ticks.
 */
function mainThreadCpuMs() {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined; // not Linux: the column shows n/a
  }
}

async function measure(backendName, size, proposal, withPreview) {
  const backend = backendName === 'worker' ? new WorkerBackend(workerBundle) : new InProcessBackend();
  const doc = { text: proposal.text, version: 1 };
  const waiting = new Map(); // version -> resolve
  let diagnostics = 0;
  const recent = []; // the last 3 results, to time the lazy model decode
  const checkTimes = [];
  const renderTimes = [];
  let forward = 0;
  let previewBytes = 0;
  const scheduler = new CheckScheduler(backend, {
    delay: () => DELAY,
    settings: () => ({ language: 'en', highRiskThreshold: 15, ...(withPreview ? { preview: PREVIEW } : {}) }),
    onResult: (s) => {
      if (withPreview) {
        // What PreviewPanel.onChecked does on the host, plus postMessage's JSON serialization.
        const started = performance.now();
        if (s.preview?.kind !== 'rendered') throw new Error('the benchmark edit must leave the YAML valid');
        const json = JSON.stringify(
          updateMessage(s.preview, {
            uri: 'file:///bench.presales.yaml',
            version: s.version,
            diagramTheme: 'auto',
            locked: false,
          }),
        );
        forward = Math.max(forward, performance.now() - started);
        previewBytes = json.length;
        renderTimes.push(s.preview.renderMs);
      }
      diagnostics = s.diagnostics.length;
      recent.push(s);
      if (recent.length > 3) recent.shift();
      checkTimes.push(s.checkMs);
      waiting.get(s.version)?.(performance.now());
    },
    onError: (_key, e) => {
      throw e;
    },
  });
  const source = { read: () => ({ text: doc.text, version: doc.version }), isCurrent: (v) => v === doc.version };
  const keystroke = (i) => {
    doc.text = editAt(proposal.text, proposal.editOffset, i).text;
    doc.version++;
    const version = doc.version;
    const started = performance.now();
    const done = new Promise((r) => waiting.set(version, (t) => r(t - started)));
    scheduler.request('file:///bench.presales.yaml', source, 'edit');
    return done;
  };
  // Open + warm-up (JIT, worker start): a few checks that are not timed.
  scheduler.request('file:///bench.presales.yaml', source, 'edit', true);
  for (let i = 0; i < 3; i++) {
    await sleep(DELAY + 10);
    await keystroke(i);
  }

  checkTimes.length = 0;
  const probe = blockProbe();
  const isolated = [];
  for (let i = 0; i < size.isolated; i++) {
    await sleep(DELAY + 20); // quiet period longer than the throttle
    isolated.push(await keystroke(100 + i));
  }
  const burst = [];
  for (let b = 0; b < size.bursts; b++) {
    await sleep(DELAY + 20);
    let last;
    for (let k = 0; k < 10; k++) {
      last = keystroke(1000 + b * 10 + k);
      await sleep(50);
    }
    burst.push(await last); // from the last keystroke to its diagnostics (the throttle's wait included)
  }
  const blocks = probe.stop();
  scheduler.dispose();
  // What a feature pays on the host the first time it reads the model of a result (lazy JSON decode).
  const decode = median(
    recent.map((snapshot) => {
      const started = performance.now();
      void snapshot.proposal.requirements?.length;
      return performance.now() - started;
    }),
  );
  return {
    decode,
    check: median(checkTimes),
    render: withPreview ? median(renderTimes) : undefined,
    forward,
    previewBytes,
    isolated: median(isolated),
    isolatedMax: Math.max(...isolated),
    burst: median(burst),
    blocks,
    diagnostics,
  };
}

const LANGUAGE_FEATURES = ['hover', 'documentSymbols', 'codeLens'];

/**
 * The design before the language requests moved: checks in the worker, and each provider's first
 * request of a version parsed that text afresh on the host (EditorDocuments -> analyzeForEditor).
 * A new session per request = a fresh parser, no parse shared with the check.
 */
class HostParseBefore {
  constructor(workerFile) {
    this.checks = new WorkerBackend(workerFile);
  }
  check(input) {
    return this.checks.check(input);
  }
  language(query) {
    return new Promise((resolve) =>
      setImmediate(() => resolve(new WorkerSession().handle({ kind: 'language', id: 0, query }).answer)),
    );
  }
  dispose() {
    this.checks.dispose();
  }
}

/** Latency of one language request after an edit, and the host's longest block meanwhile. */
async function measureLanguage(backendName, size, proposal, feature) {
  const backend =
    backendName === 'worker'
      ? new WorkerBackend(workerBundle)
      : backendName === 'in-process'
        ? new InProcessBackend()
        : new HostParseBefore(workerBundle);
  const uri = 'file:///bench.presales.yaml';
  const doc = { text: proposal.text, version: 1 };
  const checked = new Map(); // version -> resolve
  const scheduler = new CheckScheduler(backend, {
    delay: () => DELAY,
    settings: () => ({ language: 'en', highRiskThreshold: 15 }),
    onResult: (s) => checked.get(s.version)?.(),
    onError: (_key, e) => {
      throw e;
    },
  });
  const source = { read: () => ({ text: doc.text, version: doc.version }), isCurrent: (v) => v === doc.version };
  // Hover on an id reference (edits replace one character, so offsets never move).
  const hoverOffset = proposal.text.indexOf('satisfies: [') + 'satisfies: ['.length + 1;
  const before = proposal.text.slice(0, hoverOffset);
  const position = { line: before.split('\n').length - 1, character: hoverOffset - before.lastIndexOf('\n') - 1 };
  const params =
    feature === 'hover' ? { position, highRiskThreshold: 15 } : feature === 'codeLens' ? { highRiskThreshold: 15 } : {};
  let bytes = 0;
  const ask = async () => {
    const started = performance.now();
    const answer = await backend.language({
      feature,
      document: { uri, version: doc.version, text: doc.text },
      settings: { lang: 'en' },
      params,
    });
    const took = performance.now() - started;
    if (answer.kind !== 'answered' || answer.result === undefined) throw new Error(`${feature} gave no answer`);
    bytes = JSON.stringify(answer.result).length;
    return took;
  };
  const edit = (i) => {
    doc.text = editAt(proposal.text, proposal.editOffset, i).text;
    doc.version++;
    const version = doc.version;
    const done = new Promise((r) => checked.set(version, r));
    scheduler.request(uri, source, 'edit'); // leading edge: the check of this version is sent first
    return done;
  };
  scheduler.request(uri, source, 'edit', true);
  for (let i = 0; i < 3; i++) {
    await sleep(DELAY + 10);
    const c = edit(i);
    await ask();
    await c;
  }
  const probe = blockProbe();
  const rightAfter = [];
  const afterCheck = [];
  for (let i = 0; i < size.language; i++) {
    await sleep(DELAY + 20);
    const c = edit(200 + 2 * i);
    // VS Code's requests reach the host as later messages than the change event: the check goes first.
    await new Promise((r) => setImmediate(r));
    rightAfter.push(await ask());
    await c;
    await sleep(DELAY + 20);
    await edit(201 + 2 * i);
    afterCheck.push(await ask());
  }
  const blocks = probe.stop();
  scheduler.dispose();
  return { rightAfter: median(rightAfter), afterCheck: median(afterCheck), bytes, blocks };
}

// The worker is unref'd (it must not keep a host process alive): this keeps the benchmark alive.
const keepAlive = setInterval(() => undefined, 1000);
const rows = [];
// BENCH_SIZES=10k (comma-separated labels) measures only those sizes.
const onlySizes = process.env.BENCH_SIZES?.split(',');
// BENCH_PARTS=language (or diagnostics) measures only that table.
const parts = process.env.BENCH_PARTS?.split(',');
for (const size of SIZES.filter(
  (z) => (!parts || parts.includes('diagnostics')) && (!onlySizes || onlySizes.includes(z.label)),
)) {
  const proposal = generateProposal(size.lines);
  const lines = proposal.text.split('\n').length;
  for (const backendName of ['worker', 'in-process']) {
    for (const withPreview of size.lines <= 10000 ? [false, true] : [false]) {
      const r = await measure(backendName, size, proposal, withPreview);
      rows.push([
        `${size.label} (${lines})`,
        backendName + (withPreview ? ' + preview' : ''),
        ms(r.check),
        r.render === undefined ? '' : ms(r.render),
        ms(r.isolated),
        ms(r.isolatedMax),
        ms(r.burst),
        ms(r.blocks.probe),
        ms(r.blocks.busy),
        r.blocks.cpu === undefined ? 'n/a' : ms(r.blocks.cpu),
        ms(r.decode),
        withPreview ? `${ms(r.forward)} (${(r.previewBytes / 1024).toFixed(0)} KiB)` : '',
        r.diagnostics,
      ]);
    }
  }
}
const languageRows = [];
for (const size of SIZES.filter(
  (z) => z.language && (!parts || parts.includes('language')) && (!onlySizes || onlySizes.includes(z.label)),
)) {
  const proposal = generateProposal(size.lines);
  const lines = proposal.text.split('\n').length;
  for (const feature of LANGUAGE_FEATURES) {
    for (const backendName of ['worker', 'in-process', 'before: host parse']) {
      const r = await measureLanguage(backendName, size, proposal, feature);
      languageRows.push([
        `${size.label} (${lines})`,
        backendName,
        feature,
        ms(r.rightAfter),
        ms(r.afterCheck),
        `${(r.bytes / 1024).toFixed(1)} KiB`,
        ms(r.blocks.probe),
        r.blocks.cpu === undefined ? 'n/a' : ms(r.blocks.cpu),
      ]);
    }
  }
}
clearInterval(keepAlive);
const loadAverage = async () =>
  (await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
console.log(
  `Keystroke -> diagnostics (ms), throttle ${DELAY} ms at most, or the previous check's time if shorter (leading + trailing edge). Medians; max for isolated. Load average: ${await loadAverage()}`,
);
console.log(
  markdownTable(
    [
      'size (lines)',
      'backend',
      'check alone',
      'preview render',
      'isolated',
      'isolated max',
      'burst last',
      'longest block (timer gap)',
      'longest busy (ELU)',
      'longest on-CPU stretch',
      'model decode',
      'host forward (message size)',
      'diagnostics',
    ],
    rows,
  ),
);
if (languageRows.length) {
  console.log(
    `\nLanguage request after an edit -> answer on the host (ms, medians). Load average: ${await loadAverage()}`,
  );
  console.log(
    markdownTable(
      [
        'size (lines)',
        'backend',
        'request',
        'right after the edit',
        'after its check',
        'answer size',
        'longest block (timer gap)',
        'longest on-CPU stretch',
      ],
      languageRows,
    ),
  );
}

// Bundle size as built by scripts/build.mjs; mermaid checked on the bundle's inputs (esbuild metafile),
// since the renderers legitimately contain words like "gantt" and "mermaid" in generated text.
const ext = path.join(root, 'dist', 'extension.js');
const meta = await build({
  ...nodeBundleOptions,
  entryPoints: [path.join(root, 'src/extension/extension.ts')],
  external: ['vscode', 'playwright-core'],
  write: false,
  metafile: true,
  outfile: bundlePath('extension-meta'),
});
const metafile = meta.metafile;
if (!metafile) throw new Error('esbuild returned no metafile');
const inputs = Object.keys(metafile.inputs);
const mermaid = inputs.some((i) => i.includes('node_modules/mermaid'));
const checker = inputs.some((i) => i.includes('src/core/generated/'));
const has = (part) => inputs.some((i) => i.includes(part));
// Which of our files pull yaml onto the host (the language providers no longer do: they ask the worker).
const yamlImporters = Object.entries(metafile.inputs)
  .filter(
    ([file, v]) => !file.startsWith('node_modules') && v.imports.some((i) => i.path.startsWith('node_modules/yaml/')),
  )
  .map(([file]) => file);
console.log(
  `\ndist/extension.js: ${existsSync(ext) ? `${(statSync(ext).size / 1024).toFixed(0)} KiB` : 'not built (npm run build)'}; ` +
    `mermaid ${mermaid ? 'IS IN IT (must not be)' : 'not in it'}; the schema validator ${checker ? 'is in it (someone checks in the extension host)' : 'not in it (checks run in the worker)'}; ` +
    `checkProposal ${has('src/core/check.ts') ? 'in it' : 'not in it'}, the preview's HTML renderer ${has('src/core/render/proposalHtml.ts') ? 'in it' : 'not in it'}, ` +
    `ajv ${has('node_modules/ajv') ? 'in it' : 'not in it'}, yaml ${has('node_modules/yaml') ? `in it (imported by ${yamlImporters.join(', ')})` : 'not in it'}, markdown-it ${has('node_modules/markdown-it') ? 'in it' : 'not in it'}`,
);
// Where the bytes come from (largest inputs of the host bundle as esbuild counts them).
const outMeta = Object.values(metafile.outputs)[0];
const groups = new Map();
for (const [file, v] of Object.entries(outMeta.inputs)) {
  const parts = file.split('/');
  const key =
    parts[0] === 'node_modules'
      ? parts.slice(0, parts[1]?.startsWith('@') ? 3 : 2).join('/')
      : parts.slice(0, 3).join('/');
  groups.set(key, (groups.get(key) ?? 0) + v.bytesInOutput);
}
console.log(
  'largest parts: ' +
    [...groups]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, b]) => `${k} ${(b / 1024).toFixed(0)} KiB`)
      .join(', '),
);
const worker = path.join(root, 'dist', 'checkWorker.js');
if (existsSync(worker))
  console.log(
    `dist/checkWorker.js: ${(statSync(worker).size / 1024).toFixed(0)} KiB (the checker, loaded in the worker thread only)`,
  );
