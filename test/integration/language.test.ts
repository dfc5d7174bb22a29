import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openEditor, waitFor, workspaceFile } from './util';

describe('presales-yaml language', () => {
  afterEach(closeAllEditors);

  it('opens *.presales.yaml files in the presales-yaml language mode', async () => {
    const editor = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
    assert.strictEqual(editor.document.languageId, 'presales-yaml');
  });

  it('opens *.presales.yml files in the same mode', async () => {
    const uri = workspaceFile('fixtures', 'short.presales.yml');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('presales: "1.0"\nproposal:\n  title: Short\n'));
    const editor = await openEditor(uri);
    assert.strictEqual(editor.document.languageId, 'presales-yaml');
  });

  it('toggles # line comments from the language configuration', async () => {
    const editor = await openEditor(workspaceFile('fixtures', 'snippet-base.presales.yaml'));
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l.startsWith('customer:'));
    editor.selection = new vscode.Selection(line, 0, line, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    await waitFor(() => editor.document.lineAt(line).text.startsWith('# customer:'), 'the line to be commented');
  });
});
