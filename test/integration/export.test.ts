import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openEditor, workspaceFile } from './util';

/** The export commands inside the real VS Code: the file is written where the settings say. */
describe('export commands', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('Export as Markdown writes beside the source and returns the path', async () => {
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const written = await vscode.commands.executeCommand<string | undefined>('presales.exportMarkdown', source, { overwrite: true });
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.proposal\.md$/);
    const text = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(written))).toString('utf8');
    assert.match(text, /^# Shop-Floor Data Platform/m);
    assert.match(text, /```+mermaid/);
  });

  it('Export... with a document and format exports the active editor, diagrams drawn by a browser', async () => {
    const source = workspaceFile('examples', 'zhihui-kefu.presales.yaml');
    await openEditor(source);
    const written = await vscode.commands.executeCommand<string | undefined>('presales.export', undefined, { doc: 'plan', format: 'docx', overwrite: true });
    assert.ok(written);
    assert.match(written, /zhihui-kefu\.plan\.docx$/);
    const entries = execFileSync('unzip', ['-Z1', written], { encoding: 'utf8' });
    assert.match(entries, /word\/document\.xml/);
    assert.match(entries, /word\/media\/[^\n]+\.png/, 'the timeline diagram is in the document');
  });

  it('never replaces an existing export without asking', async () => {
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const first = await vscode.commands.executeCommand<string | undefined>('presales.export', source, { doc: 'risks', format: 'csv', overwrite: true });
    assert.ok(first);
    const before = await vscode.workspace.fs.readFile(vscode.Uri.file(first));
    // Under test the workbench refuses modal dialogs by rejecting with their text: the question was asked.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('presales.export', source, { doc: 'risks', format: 'csv' })),
      /already exists\. Replace it\?/);
    assert.deepStrictEqual(Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(first))), Buffer.from(before));
  });
});
