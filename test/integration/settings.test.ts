// Settings that change behaviour, changed in the real host (each restored afterwards).
// Covered elsewhere: presales.diagnostics.language (diagnostics.test.ts), the throttle behind
// presales.validation.delay (test/unit/diagnostics/checkScheduler.test.ts, with the delay as a parameter).
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridgeAvailable, pressKey, readWebview, workbenchText } from './bridge';
import {
  activateExtension,
  closeAllEditors,
  openEditor,
  showUntilActive,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
} from './util';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

async function withSetting<T>(section: string, key: string, value: unknown, body: () => Promise<T>): Promise<T> {
  const config = vscode.workspace.getConfiguration(section);
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace.getConfiguration(section).update(key, undefined, vscode.ConfigurationTarget.Global);
  }
}

describe('settings', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('presales.validation.highRiskThreshold decides which risks need a contingency (PS209)', async () => {
    const example = Buffer.from(
      await vscode.workspace.fs.readFile(workspaceFile('examples', 'smart-factory.presales.yaml')),
    ).toString('utf8');
    // RK-02 scores 3 x 4 = 12: below the default threshold 15. Without its contingency it is fine at 15, not at 12.
    const text = example.replace(/(- id: RK-02[\s\S]*?)\n {4}contingency: [^\n]*/, '$1');
    assert.notStrictEqual(text, example);
    const file = workspaceFile('settings-threshold.presales.yaml');
    await vscode.workspace.fs.writeFile(file, Buffer.from(text, 'utf8'));
    await openEditor(file);
    const ps209 = (d: readonly vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'PS209');
    const api = vscode.extensions.getExtension<{
      store: { whenChecked: (d: vscode.TextDocument) => Promise<unknown> };
    }>('presales-studio.presales-studio');
    const doc = await vscode.workspace.openTextDocument(file);
    await api?.exports.store.whenChecked(doc);
    assert.strictEqual(ps209(vscode.languages.getDiagnostics(file)).length, 0, 'no PS209 at the default 15');
    await withSetting('presales', 'validation.highRiskThreshold', 12, async () => {
      await waitForDiagnostics(file, (d) => ps209(d).length === 1, 'PS209 once the threshold is 12', 30_000);
    });
    await waitForDiagnostics(file, (d) => ps209(d).length === 0, 'PS209 gone at the default again', 30_000);
    await closeAllEditors();
    await vscode.workspace.fs.delete(file);
  });

  it('presales.export.folder puts exports in a folder relative to the proposal', async () => {
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const written = await withSetting('presales', 'export.folder', 'exported', () =>
      Promise.resolve(
        vscode.commands.executeCommand<string | undefined>('presales.exportMarkdown', source, { overwrite: true }),
      ),
    );
    assert.ok(written);
    assert.strictEqual(path.dirname(written), path.join(path.dirname(source.fsPath), 'exported'));
    await vscode.workspace.fs.stat(vscode.Uri.file(written));
    await vscode.workspace.fs.delete(vscode.Uri.file(path.dirname(written)), { recursive: true });
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('presales.export.defaultFormat is the first format Export... offers', async function () {
    if (!bridgeAvailable()) this.skip(); // the quick pick is read from the workbench page
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    await openEditor(source);
    await withSetting('presales', 'export.defaultFormat', 'html', async () => {
      const running = Promise.resolve(vscode.commands.executeCommand('presales.export', source));
      // First question: which document (the proposal is first); then the format list.
      await waitFor(
        async () => (await workbenchText('.quick-input-widget')).length > 0,
        'the document pick',
        20_000,
        200,
      );
      await pressKey('Enter');
      const list = await waitFor(
        async () => {
          const t = await workbenchText('.quick-input-list');
          return /DOCX/.test(t) && /HTML/.test(t) ? t : undefined;
        },
        'the format pick',
        20_000,
        200,
      );
      assert.ok(list.indexOf('HTML') < list.indexOf('DOCX'), `HTML first:\n${list}`);
      await pressKey('Escape');
      assert.strictEqual(await running, undefined, 'cancelled: nothing exported');
    });
  });

  it('presales.validation.workspace: closed proposal files are checked only while it is on', async () => {
    const closed = workspaceFile('fixtures', 'closed-broken.presales.yaml');
    assert.ok(
      !vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()),
      'the fixture is not open',
    );
    await waitForDiagnostics(closed, (d) => d.length > 0, 'diagnostics of the closed file (default: on)', 30_000);
    await withSetting('presales', 'validation.workspace', false, async () => {
      await waitForDiagnostics(closed, (d) => d.length === 0, 'the closed file cleared when off', 30_000);
    });
    await waitForDiagnostics(closed, (d) => d.length > 0, 'the closed file checked again when back on', 30_000);
  });

  it('presales.preview.lock: a preview opened while it is on stays on its document', async function () {
    if (!bridgeAvailable()) this.skip(); // the preview is read from the workbench page
    // The preview's first render (up to 60 s under load) and the focus wait (up to 40 s) must end
    // inside the test's own limit, or the focus loop goes on into the next tests' editors.
    this.timeout(180_000);
    const titleOf = (t: string): string => /^ {2}title: (.+)$/m.exec(t)?.[1]?.trim() ?? '';
    await withSetting('presales', 'preview.lock', true, async () => {
      const first = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
      const firstTitle = titleOf(first.document.getText());
      await vscode.commands.executeCommand('presales.openPreviewToSide');
      await waitFor(
        async () => {
          const r = await readWebview();
          return r.text.includes(firstTitle) ? r : undefined;
        },
        'the first document',
        60_000,
        250,
      );
      const second = await vscode.workspace.openTextDocument(workspaceFile('examples', 'zhihui-kefu.presales.yaml'));
      const secondTitle = titleOf(second.getText());
      await showUntilActive(second.uri, 'the second editor active');
      // A following preview switches within a render cycle; give it several before reading.
      const until = Date.now() + 3000;
      await waitFor(() => Date.now() > until, 'three seconds', 10_000, 100);
      const r = await readWebview();
      assert.ok(
        r.text.includes(firstTitle) && !r.text.includes(secondTitle),
        'the locked preview stays on the first document',
      );
    });
  });

  it('presales.preview.diagramTheme draws the diagrams in the chosen Mermaid theme', async function () {
    if (!bridgeAvailable()) this.skip();
    await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
    await vscode.commands.executeCommand('presales.openPreviewToSide');
    // Mermaid's node background per theme (mainBkg): forest #cde498, dark #1f2020.
    for (const [theme, colour] of [
      ['forest', '#cde498'],
      ['dark', '#1f2020'],
    ] as const) {
      await withSetting('presales', 'preview.diagramTheme', theme, () =>
        waitFor(
          async () => {
            const r = await readWebview(10_000, { svgStyle: true });
            return r.svgCount >= 2 && r.svgStyle?.toLowerCase().includes(colour) ? r : undefined;
          },
          `the diagrams in the ${theme} theme`,
          60_000,
          250,
        ),
      );
    }
  });
});
