// Lets a test inside the extension host (which has no DOM) ask the launcher's Playwright page
// about the workbench. Protocol (served by scripts/vscode-host/bridge.mjs): write
// $PRESALES_TEST_BRIDGE/request-<id>.json, wait for response-<id>.json = { ok, result | error }.
// Only the code-server host offers it; under @vscode/test-electron the calls reject clearly.
import * as fs from 'fs';
import * as path from 'path';
import { waitFor } from '../support/wait';

export interface WebviewReading {
  text: string;
  svgCount: number;
  /** Diagrams the webview showed from the extension's store of drawn diagrams (before Mermaid). */
  cachedCount: number;
  svgStyle?: string;
}

let sequence = 0;

export function bridgeAvailable(): boolean {
  return Boolean(process.env.PRESALES_TEST_BRIDGE);
}

async function ask<T>(request: Record<string, unknown>, timeoutMs: number): Promise<T> {
  const dir = process.env.PRESALES_TEST_BRIDGE;
  if (!dir)
    throw new Error(
      'the webview bridge is only available when the suite runs in code-server (scripts/run-integration.mjs without --electron)',
    );
  sequence += 1;
  const id = `${process.pid}-${Date.now()}-${sequence}`;
  const file = path.join(dir, `request-${id}.json`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(request));
  fs.renameSync(`${file}.tmp`, file);
  const response = path.join(dir, `response-${id}.json`);
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(response)) {
    if (Date.now() > deadline) throw new Error(`bridge: no answer to ${String(request.kind)} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const answer = JSON.parse(fs.readFileSync(response, 'utf8')) as { ok: boolean; result?: T; error?: string };
  fs.rmSync(response, { force: true });
  if (!answer.ok || answer.result === undefined) throw new Error(`bridge: ${answer.error ?? 'empty answer'}`);
  return answer.result;
}

/**
 * Text and <svg> count of the visible webview's document (the inner `#active-frame`). Waits up to
 * `timeoutMs` for a webview to be there. Call it inside `waitFor` to wait for content to appear.
 */
export function readWebview(timeoutMs = 10_000, options: { svgStyle?: boolean } = {}): Promise<WebviewReading> {
  return ask<WebviewReading>({ kind: 'readWebview', timeoutMs, ...options }, timeoutMs + 10_000);
}

/**
 * The first reading of the visible webview that `accept` takes, polled every 250 ms: a preview
 * draws its diagrams some time after it opens.
 */
export function waitForWebview(
  accept: (reading: WebviewReading) => boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<WebviewReading> {
  return waitFor(
    async () => {
      const r = await readWebview();
      return accept(r) ? r : undefined;
    },
    what,
    timeoutMs,
    250,
  );
}

/** A PNG of the whole workbench at `file` (absolute), e.g. for README screenshots. */
export async function screenshot(file: string, options: { width?: number } = {}): Promise<string> {
  const r = await ask<{ path: string }>({ kind: 'screenshot', path: file, ...options }, 30_000);
  return r.path;
}

/** innerText of the first workbench element matching `selector` ('' when there is none). */
export async function workbenchText(selector: string): Promise<string> {
  return (await ask<{ text: string }>({ kind: 'text', selector }, 30_000)).text;
}

/** Presses a key in the workbench page (Playwright key names: 'Escape', 'Enter', 'Control+S'). */
export async function pressKey(key: string): Promise<void> {
  await ask<{ key: string }>({ kind: 'press', key }, 30_000);
}

/** One element of the visible webview, as `queryWebview` finds it. */
export interface WebviewElement {
  /** innerText (the textContent while the element is not rendered). */
  text: string;
  /** Rendered: neither it nor an ancestor is hidden. */
  shown: boolean;
  /** Its data-* attributes, camelCased as in `dataset`. */
  data: Record<string, string>;
  /** It holds an <svg> (a drawn diagram). */
  svg: boolean;
}

/** Every element of the visible webview matching `selector` (a CSS selector), in document order. */
export async function queryWebview(selector: string): Promise<WebviewElement[]> {
  return (await ask<{ elements: WebviewElement[] }>({ kind: 'queryWebview', selector }, 30_000)).elements;
}

/**
 * A real mouse click, through the workbench page and both webview iframes, on the first element of
 * the visible webview matching `selector`; waits up to `timeoutMs` for it to be there and clickable.
 */
export async function clickWebview(selector: string, timeoutMs = 10_000): Promise<void> {
  await ask<{ selector: string }>({ kind: 'clickWebview', selector, timeoutMs }, timeoutMs + 10_000);
}

/** The workbench's quick input (a QuickPick or an InputBox) as the user sees it. */
export interface QuickInputReading {
  visible: boolean;
  title: string;
  /** What is typed in its box. */
  value: string;
  /** innerText of each list row shown (label, description, detail); none for an InputBox. */
  rows: string[];
}

export async function readQuickInput(): Promise<QuickInputReading> {
  return ask<QuickInputReading>({ kind: 'quickInput' }, 30_000);
}

/**
 * Types `value` into the shown quick input and presses Enter, as a user does. With `pick`, Enter
 * waits until the focused row shows that text (a QuickPick filtered down to the row meant).
 */
export async function answerQuickInput(value: string, pick?: string): Promise<void> {
  await ask<{ value: string }>({ kind: 'answerQuickInput', value, ...(pick ? { pick } : {}) }, 30_000);
}
