import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PresalesApi } from '../../src/extension/extension';
import type { WorkspaceCheckSummary } from '../../src/extension/commands/validateWorkspace';
import { EXTENSION_ID, closeAllEditors, waitFor, waitForDiagnostics, workspaceFile } from './util';

async function api(): Promise<PresalesApi> {
  const ext = vscode.extensions.getExtension<PresalesApi>(EXTENSION_ID);
  assert.ok(ext, 'extension loaded');
  return ext.activate();
}

describe('commands', () => {
  afterEach(closeAllEditors);

  for (const [language, name] of [
    ['en', 'Integration Test Co'],
    ['zh-CN', '测试 "集团": #1 / 数据平台'],
  ] as const) {
    it(`New Proposal (${language}) creates a starter that has no errors`, async () => {
      const store = (await api()).store;
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('presales.newProposal', {
        language,
        name,
      });
      assert.ok(uri, 'the command returns the new file');
      assert.match(uri.path, /\.presales\.yaml$/);
      await vscode.workspace.fs.stat(uri);
      const editor = await waitFor(
        () =>
          vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() && vscode.window.activeTextEditor,
        'the new proposal to be the active editor',
      );
      assert.strictEqual(editor.document.languageId, 'presales-yaml');
      const snapshot = await store.whenChecked(editor.document);
      assert.strictEqual(snapshot.proposal.proposal?.language, language);
      assert.strictEqual(snapshot.proposal.proposal?.title, name);
      const errors = snapshot.diagnostics.filter((d) => d.severity === 'error');
      assert.deepStrictEqual(
        errors.map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message}`),
        [],
      );
      await waitForDiagnostics(
        uri,
        (d) => d.every((x) => x.severity !== vscode.DiagnosticSeverity.Error),
        'no error diagnostics',
      );
    });
  }

  it('New Proposal never overwrites an existing file without asking', async () => {
    const target = workspaceFile('fixtures', 'snippet-base.presales.yaml');
    const before = await vscode.workspace.fs.readFile(target);
    // The command asks with a modal dialog. Under test the workbench refuses modal dialogs by
    // rejecting ("DialogService: refused to show dialog in tests. Contents: <the question>"): that
    // proves the question was asked; the file must be as it was.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('presales.newProposal', { language: 'en', name: 'X', target })),
      /already exists\. Replace it\?/,
    );
    const after = await vscode.workspace.fs.readFile(target);
    assert.deepStrictEqual(Buffer.from(after), Buffer.from(before));
  });

  it('Check Workspace reports a broken file that is not open', async () => {
    const broken = workspaceFile('fixtures', 'closed-broken.presales.yaml');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === broken.toString()),
      'the broken file is not open',
    );
    const summary = await vscode.commands.executeCommand<WorkspaceCheckSummary>('presales.validateWorkspace');
    assert.ok(summary.files >= 3, `files: ${summary.files}`);
    assert.ok(summary.errors >= 1, `errors: ${summary.errors}`);
    assert.strictEqual(summary.failed, 0);
    const diagnostics = vscode.languages.getDiagnostics(broken);
    const ps210 = diagnostics.find((d) => typeof d.code === 'object' && d.code.value === 'PS210');
    assert.ok(ps210, JSON.stringify(diagnostics));
    assert.strictEqual(ps210.range.start.line, 8);
  });

  it('keeps the Problems panel current when a closed file changes or is deleted', async () => {
    const file = workspaceFile('fixtures', 'watched.presales.yaml');
    const write = (text: string): Thenable<void> => vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    await write(
      'presales: "1.0"\nproposal:\n  title: Watched\nteam:\n  - { id: pm, name: P }\nrisks:\n  - { id: K1, title: T, owner: ghost }\n',
    );
    await waitForDiagnostics(
      file,
      (d) => d.some((x) => typeof x.code === 'object' && x.code.value === 'PS210'),
      'PS210 in the new closed file',
      30_000,
    );
    await write(
      'presales: "1.0"\nproposal:\n  title: Watched\nteam:\n  - { id: pm, name: P }\nrisks:\n  - { id: K1, title: T, owner: pm }\n',
    );
    await waitForDiagnostics(file, (d) => d.length === 0, 'the fixed file clean', 30_000);
    await write('presales: "1.0"\nproposal:\n  title: [\n');
    await waitForDiagnostics(file, (d) => d.length > 0, 'the broken file reported', 30_000);
    await vscode.workspace.fs.delete(file);
    await waitForDiagnostics(file, (d) => d.length === 0, 'diagnostics cleared after delete', 30_000);
  });
});
