import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, openEditor, waitForDiagnostics, workspaceFile } from './util';

const errorsOf = (d: readonly vscode.Diagnostic[]): vscode.Diagnostic[] =>
  d.filter((x) => x.severity === vscode.DiagnosticSeverity.Error);
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

/** Replaces the first `owner: pm` value with `nobody`; returns the range the new value occupies. */
async function breakAnOwner(editor: vscode.TextEditor): Promise<vscode.Range> {
  const text = editor.document.getText();
  const at = text.indexOf('owner: pm') + 'owner: '.length;
  const start = editor.document.positionAt(at);
  const replaced = new vscode.Range(start, start.translate(0, 'pm'.length));
  assert.ok(await editor.edit((e) => e.replace(replaced, 'nobody')));
  return new vscode.Range(start, start.translate(0, 'nobody'.length));
}

describe('live diagnostics', () => {
  afterEach(async () => {
    await vscode.workspace
      .getConfiguration('presales')
      .update('diagnostics.language', undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  it('underlines an unknown owner at its exact range, and clears it on undo', async () => {
    const editor = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const uri = editor.document.uri;
    await waitForDiagnostics(
      uri,
      (d) => errorsOf(d).length === 0 && editor.document.version > 0,
      'the clean example checked',
    );
    const expected = await breakAnOwner(editor);
    const diagnostics = await waitForDiagnostics(
      uri,
      (d) => d.some((x) => codeOf(x) === 'PS210'),
      'PS210 after the edit',
    );
    const ps210 = diagnostics.filter((x) => codeOf(x) === 'PS210');
    assert.strictEqual(ps210.length, 1, JSON.stringify(ps210));
    const [d] = ps210;
    assert.ok(d);
    assert.deepStrictEqual(
      [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character],
      [expected.start.line, expected.start.character, expected.end.line, expected.end.character],
    );
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d.source, 'presales');
    assert.match(d.message, /nobody/);
    assert.ok(
      typeof d.code === 'object' && d.code.target.path.endsWith('/docs/diagnostics.md'),
      'the code links to docs/diagnostics.md',
    );
    await vscode.commands.executeCommand('undo');
    await waitForDiagnostics(uri, (x) => !x.some((y) => codeOf(y) === 'PS210'), 'PS210 gone after undo');
    assert.strictEqual(editor.document.isDirty, false);
  });

  it('writes the messages in Chinese when presales.diagnostics.language is zh-CN', async () => {
    const editor = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const uri = editor.document.uri;
    await breakAnOwner(editor);
    const english = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'PS210'), 'PS210 in English');
    assert.doesNotMatch(english.find((x) => codeOf(x) === 'PS210')?.message ?? '', /[\u4e00-\u9fff]/);
    await vscode.workspace
      .getConfiguration('presales')
      .update('diagnostics.language', 'zh-CN', vscode.ConfigurationTarget.Global);
    const chinese = await waitForDiagnostics(
      uri,
      (d) => d.some((x) => codeOf(x) === 'PS210' && /[\u4e00-\u9fff]/.test(x.message)),
      'PS210 in Chinese',
    );
    assert.match(chinese.find((x) => codeOf(x) === 'PS210')?.message ?? '', /nobody/);
  });

  it('follows the proposal language when the setting is "proposal"', async () => {
    await vscode.workspace
      .getConfiguration('presales')
      .update('diagnostics.language', 'proposal', vscode.ConfigurationTarget.Global);
    const editor = await openEditor(workspaceFile('examples', 'zhihui-kefu.presales.yaml'));
    const uri = editor.document.uri;
    const text = editor.document.getText();
    const at = text.indexOf('\nteam:');
    assert.ok(at > 0, 'the Chinese example has a team section');
    // A second member with an existing id: PS201 duplicate id.
    const firstId =
      /\n {2}- \{ id: ([A-Za-z][\w.-]*)/.exec(text.slice(at))?.[1] ??
      /\n {2}- id: ([A-Za-z][\w.-]*)/.exec(text.slice(at))?.[1];
    assert.ok(firstId, 'found the first team id');
    const end = editor.document.positionAt(at + '\nteam:'.length);
    assert.ok(await editor.edit((e) => e.insert(end, `\n  - { id: ${firstId}, name: 重复 }`)));
    const d = await waitForDiagnostics(
      uri,
      (x) => x.some((y) => codeOf(y) === 'PS201'),
      'PS201 on the Chinese proposal',
    );
    assert.match(d.find((y) => codeOf(y) === 'PS201')?.message ?? '', /[\u4e00-\u9fff]/);
  });
});
