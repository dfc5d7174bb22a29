// The harness itself: the extension under test is loaded in a real host, and the webview bridge
// reads a webview's DOM from the launcher's Playwright page.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { bridgeAvailable, readWebview } from './bridge';
import { EXTENSION_ID, waitFor } from './util';

describe('integration harness', () => {
  it('runs inside a VS Code extension host with the extension under test', () => {
    assert.ok(vscode.version.length > 0);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is loaded`);
  });

  it('reads a webview through the bridge', async function () {
    if (!bridgeAvailable()) this.skip(); // @vscode/test-electron has no Playwright page
    const panel = vscode.window.createWebviewPanel('presales.harnessProbe', 'Harness probe', vscode.ViewColumn.One, {});
    try {
      panel.webview.html = '<!DOCTYPE html><html><body><p>bridge probe 桥</p><svg width="4" height="4"></svg><svg width="4" height="4"></svg></body></html>';
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
});
