// The harness itself: the extension under test is loaded in a real host, and the webview bridge
// reads a webview's DOM from the launcher's Playwright page.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { bridgeAvailable, readWebview } from './bridge';
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

  it('reads the real proposal preview (text and both diagrams) through the bridge', async function () {
    if (!bridgeAvailable()) this.skip();
    const editor = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const title = /^ {2}title: (.+)$/m.exec(editor.document.getText())?.[1]?.trim();
    assert.ok(title, 'the example has a title');
    try {
      await vscode.commands.executeCommand('presales.openPreviewToSide');
      // The architecture flowchart and the timeline gantt are both drawn (mermaid SVGs).
      const reading = await waitFor(async () => {
        const r = await readWebview();
        return r.text.includes(title) && r.svgCount >= 2 ? r : undefined;
      }, 'the preview with its title and two diagrams', 60_000, 250);
      assert.ok(reading.svgCount >= 2);
    } finally {
      await closeAllEditors();
    }
  });
});
