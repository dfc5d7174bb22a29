// An untitled document whose language is set to presales-yaml (no file on disk, as in a virtual or
// scratch workspace) is checked and previewed like a file.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { bridgeAvailable, readWebview } from './bridge';
import { activateExtension, closeAllEditors, waitFor, waitForDiagnostics } from './util';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

describe('untitled documents', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('get diagnostics once their language is presales-yaml', async () => {
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'presales: "1.0"\nproposal:\n  title: Scratch\n  colour: blue\n',
    });
    await vscode.window.showTextDocument(doc);
    const typed = await vscode.languages.setTextDocumentLanguage(doc, 'presales-yaml');
    assert.strictEqual(typed.languageId, 'presales-yaml');
    assert.strictEqual(typed.uri.scheme, 'untitled');
    const diags = await waitForDiagnostics(
      typed.uri,
      (d) => d.some((x) => codeOf(x) === 'PS102'),
      'PS102 for the unknown key',
      30_000,
    );
    const unknown = diags.find((x) => codeOf(x) === 'PS102');
    assert.strictEqual(unknown?.range.start.line, 3);
  });

  it('opens in the preview', async function () {
    if (!bridgeAvailable()) this.skip();
    const example = 'presales: "1.0"\nproposal:\n  title: Scratch Preview Proposal\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'presales-yaml', content: example });
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('presales.openPreviewToSide');
    const r = await waitFor(
      async () => {
        const w = await readWebview();
        return w.text.includes('Scratch Preview Proposal') ? w : undefined;
      },
      'the untitled proposal in the preview',
      60_000,
      250,
    );
    assert.ok(r.text.includes('Scratch Preview Proposal'));
  });
});
