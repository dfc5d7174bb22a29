import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { starterProposal } from '../../src/core/starter';
import type { ImportRfpResult } from '../../src/extension/rfp/importRfp';
import { writeRfpFixtures } from '../support/rfpFixtures';
import { activateExtension, closeAllEditors, openEditor, waitFor, waitForDiagnostics, workspaceFile } from './util';

describe('import requirements from an RFP', () => {
  let files: Map<string, string>;
  before(async () => {
    await activateExtension();
    files = await writeRfpFixtures(workspaceFile('rfp').fsPath);
  });
  afterEach(closeAllEditors);

  it("inserts a workbook's requirements into the open proposal as one undoable edit", async () => {
    const target = workspaceFile('rfp', 'import-into.presales.yaml');
    const original = starterProposal('en', 'Import target');
    fs.writeFileSync(target.fsPath, original);
    const editor = await openEditor(target);
    const rfp = vscode.Uri.file(files.get('acme-rfp.xlsx') ?? '');
    const result = await vscode.commands.executeCommand<ImportRfpResult | undefined>('presales.importRfp', {
      file: rfp,
      accept: true,
    });
    assert.ok(result, 'the command returns what it did');
    assert.strictEqual(result.target.toString(), target.toString());
    assert.deepStrictEqual([result.added, result.reworded, result.removed, result.unchanged], [4, 0, 0, 0]);
    const text = editor.document.getText();
    for (const id of ['rfp-4-1-1', 'rfp-4-1-2', 'rfp-4-2-1', 'rfp-4-2-2'])
      assert.match(text, new RegExp(`- id: ${id}\\n`));
    assert.match(text, /\nrfp:\n {2}file: acme-rfp\.xlsx\n {2}kind: xlsx\n {2}sheet: Requirements\n {2}headerRow: 4\n/);
    assert.ok(
      text.startsWith(original.slice(0, original.indexOf('requirements:'))),
      'the user text before stays as it was',
    );
    // The checker sees the new requirements: the must-haves are not yet covered by anything.
    await waitForDiagnostics(
      target,
      (d) =>
        d.some(
          (x) => String(typeof x.code === 'object' ? x.code.value : x.code) === 'PS207' && /rfp-4-1-1/.test(x.message),
        ),
      'a coverage warning for the imported must requirement',
    );
    // One undo takes the whole import back.
    await vscode.commands.executeCommand('undo');
    await waitFor(() => editor.document.getText() === original, 'one undo to restore the proposal');
    // Importing twice never duplicates.
    await vscode.commands.executeCommand('redo');
    const again = await vscode.commands.executeCommand<ImportRfpResult | undefined>('presales.importRfp', {
      file: rfp,
      accept: true,
    });
    assert.ok(again);
    assert.deepStrictEqual([again.added, again.unchanged], [0, 4]);
    assert.strictEqual(editor.document.getText().split('- id: rfp-4-1-1\n').length, 2);
  });

  it('imports a Chinese 技术偏离表 into a new proposal file', async () => {
    const newFile = workspaceFile('rfp', '技术偏离表.presales.yaml');
    const result = await vscode.commands.executeCommand<ImportRfpResult | undefined>('presales.importRfp', {
      file: vscode.Uri.file(files.get('技术偏离表.xlsx') ?? ''),
      target: 'new',
      newFile,
      accept: true,
    });
    assert.ok(result);
    assert.strictEqual(result.added, 5);
    const text = fs.readFileSync(newFile.fsPath, 'utf8');
    assert.match(text, /- id: rfp-1-1\n {4}title: 系统应支持不少于2000个坐席同时在线。\n {4}priority: must\n/);
    assert.match(text, /mark: ★/);
    await waitForDiagnostics(
      newFile,
      (d) => d.some((x) => /rfp-2-2/.test(x.message)),
      'the checker to see the new proposal',
    );
    const errors = vscode.languages
      .getDiagnostics(newFile)
      .filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
    assert.deepStrictEqual(
      errors.map((d) => d.message),
      [],
    );
  });
});
