import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Prints a self-contained HTML document to PDF with the browser's own command line
 * (`--headless --print-to-pdf`), so no driver library (playwright) is needed: the VS Code extension
 * ships without node_modules. Page size, margins and page numbers come from the HTML's `@page` rules
 * (page-margin boxes, Chromium >= 131), so `--no-pdf-header-footer` turns Chromium's own header off.
 * Everything lives in a fresh temporary folder (the HTML, the PDF and a throwaway profile, so a
 * running Chrome of the user's is never touched) that is removed afterwards, whatever happened.
 */
export interface PrintOptions {
  /** Kill the browser after this long. Default 60 s (a cold start on a slow laptop takes a few seconds). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export class PdfPrintError extends Error {
  constructor(
    readonly kind: 'timeout' | 'failed' | 'cancelled',
    message: string,
  ) {
    super(message);
    this.name = 'PdfPrintError';
  }
}

/** The command line, without the URL (exported for tests and for the log). */
export function printArguments(profileDir: string, pdfPath: string): string[] {
  const args = [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    `--user-data-dir=${profileDir}`,
    '--no-pdf-header-footer',
    `--print-to-pdf=${pdfPath}`,
  ];
  // Chromium refuses to start as root with its sandbox (containers, CI); the page printed is our own
  // script-free export.
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

export async function printHtmlToPdf(
  browserPath: string,
  html: string,
  options: PrintOptions = {},
): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'presales-pdf-'));
  // The browser's own temporary files (org.chromium.* with its socket) go into a folder of ours, so a
  // browser killed on timeout or cancel leaves nothing behind. It sits in /tmp on POSIX because the
  // socket path must stay short, and a deep TMPDIR (a CI run folder) makes Chromium abort.
  const browserTemp = await mkdtemp(path.join(process.platform === 'win32' ? os.tmpdir() : '/tmp', 'ps-'));
  try {
    const htmlPath = path.join(dir, 'document.html');
    const pdfPath = path.join(dir, 'document.pdf');
    await writeFile(htmlPath, html, 'utf8');
    const args = [...printArguments(path.join(dir, 'profile'), pdfPath), pathToFileURL(htmlPath).href];
    await run(browserPath, args, browserTemp, timeoutMs, options.signal);
    const pdf = await readFile(pdfPath).catch((e: unknown) => {
      if (e instanceof Error && 'code' in e && e.code === 'ENOENT')
        throw new PdfPrintError('failed', 'the browser exited without writing the PDF');
      throw e;
    });
    if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-')
      throw new PdfPrintError('failed', 'the browser wrote something that is not a PDF');
    return new Uint8Array(pdf);
  } finally {
    // The browser may still be releasing its profile for a moment after it exits.
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    await rm(browserTemp, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}

/** Runs the browser to completion; the last lines of its stderr explain a failure. */
function run(
  command: string,
  args: string[],
  browserTemp: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new PdfPrintError('cancelled', 'cancelled'));
      return;
    }
    // Its own process group on POSIX, so a timeout also ends the renderer and GPU helper processes.
    const detached = process.platform !== 'win32';
    const env = { ...process.env, TMPDIR: browserTemp, TMP: browserTemp, TEMP: browserTemp };
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached, windowsHide: true, env });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    let stopped: PdfPrintError | undefined;
    const stop = (why: PdfPrintError): void => {
      stopped ??= why;
      try {
        if (detached && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch (e: unknown) {
        // ESRCH: it ended on its own in the meantime.
        if (!(e instanceof Error && 'code' in e && e.code === 'ESRCH')) throw e;
      }
    };
    const timer = setTimeout(
      () =>
        stop(
          new PdfPrintError('timeout', `the browser did not finish printing within ${Math.round(timeoutMs / 1000)} s`),
        ),
      timeoutMs,
    );
    const onAbort = (): void => stop(new PdfPrintError('cancelled', 'cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (e) => {
      done();
      reject(new PdfPrintError('failed', `cannot start ${command}: ${e.message}`));
    });
    child.on('close', (code, sig) => {
      done();
      if (stopped) reject(stopped);
      else if (code === 0) resolve();
      else
        reject(
          new PdfPrintError('failed', `${path.basename(command)} exited with ${code ?? sig}: ${lastLines(stderr)}`),
        );
    });
  });
}

/** The browser logs dbus noise on Linux; the meaningful line is usually among the last few. */
function lastLines(text: string): string {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !/dbus|Fontconfig/i.test(l))
      .slice(-3)
      .join(' | ') || 'no message'
  );
}
