// Drives Red Hat's yaml-language-server as a real LSP server over stdio (the peer the issue asks us
// to beat): initialize, associate our schema through `workspace/configuration`, open a document,
// then time one-character edits from `didChange` to the `publishDiagnostics` that follows.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const WAIT_MS = 120000;
/** Linux reports process CPU times in clock ticks of 1/100 s (USER_HZ) on every common platform. */
const CLOCK_TICKS = 100;
const require = createRequire(import.meta.url);
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} = require('vscode-languageserver-protocol/node');

export async function startYamlLanguageServer(root, schemaFile) {
  const bin = path.join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.stderr.on('data', () => {
    /* its log chatter is not part of the measurement */
  });
  const connection = createProtocolConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );
  const yamlSettings = {
    validate: true,
    hover: false,
    completion: false,
    format: { enable: false },
    // Offline and deterministic: no schema store catalogue download.
    schemaStore: { enable: false },
    schemas: { [pathToFileURL(schemaFile).href]: '*.presales.yaml' },
  };
  connection.onRequest('workspace/configuration', (params) =>
    params.items.map((item) => (item.section === 'yaml' ? yamlSettings : {})),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('telemetry/event', () => undefined);

  /** @type {Array<(p: { uri: string, diagnostics: unknown[] }) => void>} */
  let waiters = [];
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const pending = waiters;
    waiters = [];
    for (const w of pending) w(p);
  });
  connection.listen();

  const spawnedAt = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
      textDocument: { publishDiagnostics: {}, synchronization: { dynamicRegistration: false } },
    },
  });
  connection.sendNotification('initialized', {});
  connection.sendNotification('workspace/didChangeConfiguration', { settings: { yaml: yamlSettings } });
  const initializeMs = performance.now() - spawnedAt;

  // Non-empty diagnostics only: the generated files always have problems, and yls may first clear.
  const nextDiagnostics = (uri) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`yaml-language-server sent no diagnostics for ${uri} within ${WAIT_MS / 1000} s`)),
        WAIT_MS,
      );
      const wait = (p) => {
        if (p.uri === uri && p.diagnostics.length > 0) {
          clearTimeout(timer);
          resolve(p);
        } else waiters.push(wait);
      };
      waiters.push(wait);
    });

  /** CPU time the server process has used so far, in ms (Linux /proc; undefined elsewhere). */
  const serverCpuMs = () => {
    try {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // utime and stime are fields 14 and 15 of the stat line, i.e. 11 and 12 after "pid (comm) ".
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    } catch (e) {
      if (process.platform === 'linux') throw e;
      return undefined;
    }
  };

  return {
    initializeMs,
    /** Opens the document; resolves with the first non-empty diagnostics and how long they took. */
    async open(uri, text) {
      const started = performance.now();
      const done = nextDiagnostics(uri);
      connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text },
      });
      const p = await done;
      return { ms: performance.now() - started, diagnostics: p.diagnostics };
    },
    /** One incremental one-character change; resolves when the diagnostics for it arrive. */
    async editOneCharacter(uri, version, position, ch) {
      const done = nextDiagnostics(uri);
      const cpuBefore = serverCpuMs();
      const started = performance.now();
      connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          { range: { start: position, end: { line: position.line, character: position.character + 1 } }, text: ch },
        ],
      });
      const p = await done;
      const elapsed = performance.now() - started;
      const cpuAfter = serverCpuMs();
      return {
        ms: elapsed,
        cpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
        diagnostics: p.diagnostics,
      };
    },
    async stop() {
      // shutdown, then end the process ourselves: sending `exit` races the server closing its stdin.
      try {
        await connection.sendRequest('shutdown');
      } finally {
        connection.dispose();
        child.kill();
      }
    },
  };
}
