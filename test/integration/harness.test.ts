// The harness itself: the extension under test is loaded in a real host, and the webview bridge
// reads a webview's DOM from the launcher's Playwright page.
import * as assert from 'assert';
import * as vscode from 'vscode';
import * as path from 'path';
import { bridgeAvailable, readWebview, screenshot, type WebviewReading } from './bridge';
import { EXTENSION_ID, closeAllEditors, openEditor, waitFor, workspaceFile } from './util';

describe('integration harness', () => {
  it('runs inside a VS Code extension host with the extension under test', () => {
    assert.ok(vscode.version.length > 0);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is loaded`);
  });

  it('reads a webview through the bridge', async function () {
    if (!bridgeAvailable()) this.skip(); // @vscode/test-electron has no Playwright page
    const panel = vscode.window.createWebviewPanel('presales.harnessProbe', 'Harness probe', vscode.ViewColumn.One, {});
    try {
      panel.webview.html =
        '<!DOCTYPE html><html><body><p>bridge probe 桥</p><svg width="4" height="4"></svg><svg width="4" height="4"></svg></body></html>';
      const reading = await waitFor(async () => {
        const r = await readWebview();
        return r.text.includes('bridge probe') ? r : undefined;
      }, 'the probe webview text');
      assert.match(reading.text, /bridge probe 桥/);
      assert.strictEqual(reading.svgCount, 2);
    } finally {
      panel.dispose();
    }
  });

  it('reads the real proposal preview (text and both diagrams) through the bridge', async function () {
    if (!bridgeAvailable()) this.skip();
    this.timeout(150_000); // a cold Mermaid render on a loaded machine
    const editor = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const title = /^ {2}title: (.+)$/m.exec(editor.document.getText())?.[1]?.trim();
    assert.ok(title, 'the example has a title');
    let last: WebviewReading | undefined;
    try {
      await vscode.commands.executeCommand('presales.openPreviewToSide', editor.document.uri);
      // The architecture flowchart and the timeline gantt are both drawn (mermaid SVGs).
      await waitFor(
        async () => {
          last = await readWebview();
          return last.text.includes(title) && last.svgCount >= 2;
        },
        'the preview with its title and two diagrams',
        120_000,
        250,
      );
    } catch (e: unknown) {
      const shot = path.join(process.env.PRESALES_TEST_RUN ?? '/tmp', 'harness-preview-failure.png');
      await screenshot(shot);
      throw new Error(
        `${e instanceof Error ? e.message : String(e)}; last reading: ${JSON.stringify(last)?.slice(0, 400)}; screenshot ${shot}`,
        { cause: e },
      );
    } finally {
      await closeAllEditors();
    }
  });
});
