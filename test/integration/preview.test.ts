// The preview inside the real VS Code host: the command opens it, the webview shows the proposal and
// its diagrams, and an edit to a component name reaches the architecture diagram.
import * as assert from 'assert';
import * as vscode from 'vscode';
import * as path from 'path';
import { bridgeAvailable, readWebview, screenshot, waitForWebview } from './bridge';
import {
  activateExtension,
  closeAllEditors,
  openPreviewToSide,
  repoRoot,
  showUntilActive,
  waitFor,
  workspaceFile,
} from './util';

describe('preview', () => {
  before(async () => {
    await activateExtension();
  });
  afterEach(async () => {
    await closeAllEditors();
  });

  it('registers the preview commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['presales.openPreview', 'presales.openPreviewToSide', 'presales.togglePreviewLock'])
      assert.ok(commands.includes(c), c);
  });

  it('opens beside the editor with the proposal title and both diagrams, and follows an edit to a component name', async function () {
    if (!bridgeAvailable()) this.skip(); // reading the webview needs the code-server host's Playwright page
    this.timeout(150_000); // two webview waits of up to 60 s each on a loaded machine
    const editor = await openPreviewToSide(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const text = editor.document.getText();
    const title = /^ {2}title: (.+)$/m.exec(text)?.[1]?.trim();
    assert.ok(title);
    const first = await waitForWebview(
      (r) => r.text.includes(title) && r.svgCount >= 2,
      'the preview with its title and two diagrams',
    );
    assert.ok(first.svgCount >= 2);

    const at = text.indexOf('name: Edge gateways');
    assert.ok(at > 0, 'the example still has the Edge gateways component');
    const start = editor.document.positionAt(at + 'name: '.length);
    const end = editor.document.positionAt(at + 'name: Edge gateways'.length);
    const renamed = 'Edge gateways Mk II renamed';
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(start, end), renamed)));
    const after = await waitForWebview(
      (r) => r.text.includes(renamed) && r.svgCount >= 2,
      'the renamed component in the preview',
    );
    assert.ok(after.text.includes(renamed));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('a reload shows the diagrams drawn before, from the store, without waiting for Mermaid', async function () {
    if (!bridgeAvailable()) this.skip();
    // Three loads of the preview; after the close the bridge's reads of the reopened webview time out
    // for ~30 s (measured: three 10 s reads fail, the fourth finds the panel with both stored diagrams).
    this.timeout(120_000);
    await openPreviewToSide(workspaceFile('examples', 'zhihui-kefu.presales.yaml'));
    const drawn = await waitForWebview((r) => r.svgCount >= 2, 'the first render with both diagrams');
    assert.ok(drawn.svgCount >= 2);
    // Reload every webview, as "Developer: Reload Webviews" (or a window reload) does: the page starts
    // empty and the extension sends the stored SVGs with its first update.
    await vscode.commands.executeCommand('workbench.action.webview.reloadWebviewAction');
    const reloaded = await waitForWebview(
      (r) => r.cachedCount >= 2,
      'both diagrams shown from the store after the reload',
    );
    assert.ok(reloaded.svgCount >= 2);
    // Closing the preview and opening it again finds them too.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await closeAllEditors();
    await openPreviewToSide(workspaceFile('examples', 'zhihui-kefu.presales.yaml'));
    await waitForWebview((r) => r.cachedCount >= 2, 'both diagrams from the store in a reopened preview');
  });

  it('keeps the last good render with a banner while the YAML is broken', async function () {
    if (!bridgeAvailable()) this.skip();
    this.timeout(150_000); // two webview waits of up to 60 s and 30 s on a loaded machine
    const editor = await openPreviewToSide(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const title = /^ {2}title: (.+)$/m.exec(editor.document.getText())?.[1]?.trim() ?? '';
    await waitForWebview((r) => r.text.includes(title) && r.svgCount >= 2, 'the first render');
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'broken: [unclosed\n')));
    const reading = await waitForWebview(
      (r) => /YAML syntax error|YAML 语法错误/.test(r.text),
      'the syntax-error banner',
      30_000,
    );
    assert.ok(reading.text.includes(title), 'the last good render is still shown');
    assert.ok(reading.svgCount >= 2);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('follows the active proposal editor, and stays on its document while locked', async function () {
    if (!bridgeAvailable()) this.skip();
    // Three webview reads (up to 60 s each under load) and the focus wait: the test's own limit must
    // outlast them, or its focus loop goes on showing the first document into the next tests' editors.
    this.timeout(240_000);
    const titleOf = (t: string): string => /^ {2}title: (.+)$/m.exec(t)?.[1]?.trim() ?? '';
    const first = await openPreviewToSide(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const firstTitle = titleOf(first.document.getText());
    await waitForWebview((r) => r.text.includes(firstTitle), 'the first document');
    const second = await vscode.workspace.openTextDocument(workspaceFile('examples', 'zhihui-kefu.presales.yaml'));
    const secondTitle = titleOf(second.getText());
    assert.ok(secondTitle && secondTitle !== firstTitle);
    await vscode.window.showTextDocument(second, vscode.ViewColumn.One);
    await waitForWebview((r) => r.text.includes(secondTitle), 'the preview following the active editor');

    await vscode.commands.executeCommand('presales.togglePreviewLock');
    // The preview re-renders only on its own document; give the editor switch a render cycle, then read.
    await showUntilActive(first.document.uri, 'the first editor active');
    const locked = await readWebview();
    assert.ok(
      locked.text.includes(secondTitle) && !locked.text.includes(firstTitle),
      'locked preview stays on its document',
    );
    await vscode.commands.executeCommand('presales.togglePreviewLock');
  });

  it('takes screenshots of the preview in the real host (PRESALES_SCREENSHOTS=1 only)', async function () {
    if (!bridgeAvailable() || process.env['PRESALES_SCREENSHOTS'] !== '1') this.skip();
    const config = vscode.workspace.getConfiguration('workbench');
    const previousTheme = config.get<string>('colorTheme');
    try {
      for (const [file, theme, name, anchor] of [
        [
          'smart-factory.presales.yaml',
          'Default Light Modern',
          'preview-host-smart-factory-light.png',
          /^architecture:/m,
        ],
        [
          'smart-factory.presales.yaml',
          'Default Dark Modern',
          'preview-host-smart-factory-dark.png',
          /^architecture:/m,
        ],
        ['smart-factory.presales.yaml', 'Default Light Modern', 'preview-host-smart-factory-timeline.png', /^plan:/m],
        ['zhihui-kefu.presales.yaml', 'Default Light Modern', 'preview-host-zhihui-kefu-light.png', /^architecture:/m],
        ['zhihui-kefu.presales.yaml', 'Default Dark Modern', 'preview-host-zhihui-kefu-risks-dark.png', /^risks:/m],
      ] as const) {
        await config.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        const editor = await openPreviewToSide(workspaceFile('examples', file));
        const text = editor.document.getText();
        const title = /^ {2}title: (.+)$/m.exec(text)?.[1]?.trim() ?? '';
        await waitForWebview((r) => r.text.includes(title) && r.svgCount >= 2, 'the drawn preview');
        // Put the cursor on the section: scroll sync brings the preview there.
        const line = editor.document.positionAt(anchor.exec(text)?.index ?? 0).line;
        await vscode.window.showTextDocument(editor.document, {
          viewColumn: editor.viewColumn ?? vscode.ViewColumn.One,
          selection: new vscode.Range(line + 1, 2, line + 1, 2),
        });
        // Pictures only: give the theme re-render and the scroll a moment (no state to wait on from here).
        const settleUntil = Date.now() + 2500;
        await waitFor(() => Date.now() > settleUntil, 'the preview to settle', 10_000, 250);
        await screenshot(path.join(repoRoot, 'docs', 'images', name));
        await closeAllEditors();
      }
    } finally {
      await config.update('colorTheme', previousTheme, vscode.ConfigurationTarget.Global);
    }
  });
});
