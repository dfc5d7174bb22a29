// The extension as a user installs it: `npm run package`'s VSIX installed with
// `code-server --install-extension` (run-integration.mjs --vsix; `npm test`'s `package` stage).
// Without PRESALES_TEST_VSIX (the normal suite, repo as development extension) these tests skip.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridgeAvailable, waitForWebview } from './bridge';
import {
  EXTENSION_ID,
  closeAllEditors,
  openEditor,
  openPreviewToSide,
  repoRoot,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
} from './util';

describe('packaging: the installed VSIX', () => {
  const installed = process.env.PRESALES_TEST_VSIX;
  before(function () {
    if (!installed) this.skip();
  });
  afterEach(closeAllEditors);

  it('is loaded from the extensions folder, not from the repository', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    assert.strictEqual(path.resolve(ext.extensionPath), path.resolve(installed ?? ''));
    assert.notStrictEqual(path.resolve(ext.extensionPath), path.resolve(repoRoot));
    assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
  });

  it('opens an example as presales-yaml, checks it, and offers the preview and export commands', async () => {
    const editor = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
    assert.strictEqual(editor.document.languageId, 'presales-yaml');
    await waitFor(() => vscode.extensions.getExtension(EXTENSION_ID)?.isActive, 'activation on the language');
    const commands = await vscode.commands.getCommands(true);
    for (const c of [
      'presales.openPreviewToSide',
      'presales.exportDocx',
      'presales.newProposal',
      'presales.validateWorkspace',
    ])
      assert.ok(commands.includes(c), c);
    // The example is clean; a broken fixture shows that the installed checker reports problems.
    const broken = workspaceFile('fixtures', 'closed-broken.presales.yaml');
    await openEditor(broken);
    const diags = await waitForDiagnostics(
      broken,
      (d) => d.some((x) => /^PS\d{3}$/.test(String(typeof x.code === 'object' ? x.code.value : x.code))),
      'PS diagnostics from the installed extension',
      30_000,
    );
    assert.ok(diags.length > 0);
  });

  it('draws both diagrams in the preview (the Mermaid chunks the VSIX keeps are enough)', async function () {
    if (!bridgeAvailable()) this.skip();
    await openPreviewToSide(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const r = await waitForWebview((w) => w.svgCount >= 2, 'two diagrams in the preview', 90_000);
    assert.ok(r.svgCount >= 2);
  });

  it('exports Word with the diagrams (drawn by the preview webview: nothing from node_modules ships)', async () => {
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const written = await vscode.commands.executeCommand<string | undefined>('presales.export', source, {
      doc: 'proposal',
      format: 'docx',
      overwrite: true,
    });
    assert.ok(written, 'the export returns the written path');
    const entries = execFileSync('unzip', ['-Z1', written], { encoding: 'utf8' });
    assert.match(entries, /word\/media\/[^\n]+\.png/, 'the diagrams are in the document');
  });
});
