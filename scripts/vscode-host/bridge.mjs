// The file bridge between tests running INSIDE the extension host (no DOM) and the Playwright page
// that shows the workbench. A test writes <dir>/request-<id>.json; we answer <dir>/response-<id>.json.
// Both sides write to a temp name and rename, so a reader never sees half a file.
// Kinds (mirror test/integration/bridge.ts):
//   readWebview  -> { text, svgCount, cachedCount }  text of the visible webview's body, its <svg> count and
//                   how many diagrams it showed from the extension's store (+ svgStyle if asked)
//   screenshot   -> { path }            PNG of the whole workbench at request.path (request.width: scaled to that width)
//   text         -> { text }            innerText of the first element matching request.selector ('' if none)
//   press        -> { key }             a key press on the workbench (e.g. Escape to dismiss a modal dialog)
//   queryWebview -> { elements }        per element of the visible webview matching request.selector: its
//                   innerText, whether it is shown (checkVisibility), its data-* attributes and whether it holds an <svg>
//   clickWebview -> { selector }        a real mouse click (Playwright, through both iframes) on the first
//                   element of the visible webview matching request.selector
//   quickInput   -> { visible, title, value, rows } the quick input widget (QuickPick or InputBox) as shown
//   answerQuickInput -> { value }       types request.value into the shown quick input; with request.pick,
//                   waits until the focused row shows that text; then presses Enter
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The body of the webview the test means: hidden editors keep their iframes, so the visible one. */
function webviewBody(page) {
  const outer = page.locator('iframe.webview.ready').filter({ visible: true }).last();
  return outer.contentFrame().locator('#active-frame').contentFrame().locator('body');
}

const QUICK_INPUT = '.quick-input-widget';

async function answer(page, request) {
  switch (request.kind) {
    case 'readWebview': {
      const body = webviewBody(page);
      const timeout = request.timeoutMs ?? 10_000;
      // One snapshot: read one by one, an update landing between the reads mixes two pages.
      const { text, svgCount, cachedCount } = await body.evaluate(
        (b) => ({
          text: b.innerText,
          svgCount: b.querySelectorAll('svg').length,
          cachedCount: b.querySelectorAll('.diagram[data-cached="1"]').length,
        }),
        undefined,
        { timeout },
      );
      // The first diagram's <style> (Mermaid writes its theme colours there): only when asked, it is long.
      const svgStyle = request.svgStyle && svgCount ? await body.locator('svg style').first().textContent() : undefined;
      return { text, svgCount, cachedCount, ...(svgStyle != null ? { svgStyle } : {}) };
    }
    case 'screenshot': {
      if (typeof request.path !== 'string' || !path.isAbsolute(request.path))
        throw new Error('screenshot needs an absolute path');
      mkdirSync(path.dirname(request.path), { recursive: true });
      if (!request.width) {
        await page.screenshot({ path: request.path });
        return { path: request.path };
      }
      // Scaled down (README and walkthrough pictures): the browser resamples the full-size shot.
      const shot = await page.screenshot();
      const full = page.viewportSize() ?? { width: 1400, height: 900 };
      const width = Number(request.width);
      // The workbench page owns its context (browser.newPage): the scaler gets a page of its own.
      const scaled = await page
        .context()
        .browser()
        .newPage({ viewport: { width, height: Math.round((full.height * width) / full.width) } });
      try {
        await scaled.setContent(
          `<body style="margin:0"><img style="width:100%;display:block" src="data:image/png;base64,${shot.toString('base64')}"></body>`,
        );
        await scaled.screenshot({ path: request.path });
      } finally {
        await scaled.close();
      }
      return { path: request.path };
    }
    case 'text': {
      const el = page.locator(String(request.selector)).first();
      return { text: (await el.count()) ? await el.innerText() : '' };
    }
    case 'press':
      await page.keyboard.press(String(request.key));
      return { key: request.key };
    case 'queryWebview': {
      const elements = await webviewBody(page)
        .locator(String(request.selector))
        .evaluateAll((found) =>
          found.map((el) => {
            // An SVG element has no innerText: its textContent then.
            const html = /** @type {HTMLElement} */ (el);
            return {
              text: html.innerText ?? el.textContent ?? '',
              shown: el.checkVisibility(),
              data: { ...html.dataset },
              svg: el.querySelector('svg') !== null,
            };
          }),
        );
      return { elements };
    }
    case 'clickWebview': {
      await webviewBody(page)
        .locator(String(request.selector))
        .first()
        .click({ timeout: request.timeoutMs ?? 10_000 });
      return { selector: request.selector };
    }
    case 'quickInput': {
      const widget = page.locator(QUICK_INPUT).first();
      if (!(await widget.isVisible())) return { visible: false, title: '', value: '', rows: [] };
      const title = await widget.locator('.quick-input-title').innerText();
      const value = await widget.locator('.quick-input-box input').inputValue();
      const rows = await widget.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      return { visible: true, title, value, rows };
    }
    case 'answerQuickInput': {
      const widget = page.locator(QUICK_INPUT).first();
      await widget.locator('.quick-input-box input').fill(String(request.value));
      // Filtering the list follows the typed value; Enter must meet the row the test means.
      if (request.pick)
        await widget
          .locator('.quick-input-list .monaco-list-row.focused', { hasText: String(request.pick) })
          .waitFor({ timeout: 10_000 });
      await widget.locator('.quick-input-box input').press('Enter');
      return { value: request.value };
    }
    default:
      throw new Error(`unknown bridge request kind: ${String(request.kind)}`);
  }
}

/** Polls `dir` every 100 ms until stop() is called. Requests are answered one at a time. */
export function serveBridge(page, dir) {
  mkdirSync(dir, { recursive: true });
  let stopped = false;
  let busy = false;
  const tick = async () => {
    if (busy || stopped) return;
    busy = true;
    try {
      for (const name of readdirSync(dir)) {
        const m = /^request-(.+)\.json$/.exec(name);
        if (!m) continue;
        const file = path.join(dir, name);
        let response;
        try {
          const request = JSON.parse(readFileSync(file, 'utf8'));
          response = { ok: true, result: await answer(page, request) };
        } catch (e) {
          response = { ok: false, error: e instanceof Error ? e.message : String(e) };
        }
        rmSync(file, { force: true });
        const out = path.join(dir, `response-${m[1]}.json`);
        writeFileSync(`${out}.tmp`, JSON.stringify(response));
        renameSync(`${out}.tmp`, out);
      }
    } finally {
      busy = false;
    }
  };
  const timer = setInterval(() => {
    tick().catch((e) => console.error('bridge:', e));
  }, 100);
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
