// The Getting Started walkthrough in the real host, and (PRESALES_SCREENSHOTS=1 only) the four
// pictures its steps show, taken from this host: media/walkthrough/{create,fix,preview,export}.png
// (and the README's docs/images/editor-host-diagnostics.png).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { bridgeAvailable, screenshot, waitForWebview, workbenchText } from './bridge';
import {
  EXTENSION_ID,
  activateExtension,
  closeAllEditors,
  openEditor,
  openPreviewToSide,
  repoRoot,
  waitFor,
  waitForDiagnostics,
  workspaceFile,
} from './util';

const WALKTHROUGH = `${EXTENSION_ID}#presales.gettingStarted`;
const PICTURE_WIDTH = 800;

describe('walkthrough', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('declares four steps whose pictures exist and whose buttons run registered commands', async () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
      contributes: { walkthroughs: { id: string; steps: { id: string; media: { image: string } }[] }[] };
    };
    const walk = pkg.contributes.walkthroughs.find((w) => w.id === 'presales.gettingStarted');
    assert.ok(walk);
    assert.deepStrictEqual(
      walk.steps.map((s) => s.id),
      ['create', 'fix', 'preview', 'export'],
    );
    for (const s of walk.steps) assert.ok(fs.existsSync(path.join(repoRoot, s.media.image)), s.media.image);
    const commands = await vscode.commands.getCommands(true);
    for (const c of [
      'presales.newProposal',
      'presales.openPreviewToSide',
      'presales.exportDocx',
      'workbench.actions.view.problems',
    ])
      assert.ok(commands.includes(c), c);
  });

  it('opens in the workbench with its title and steps', async function () {
    if (!bridgeAvailable()) this.skip();
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, false);
    const text = await waitFor(
      async () => {
        const t = await workbenchText('.gettingStartedContainer');
        return t.includes('Get started with Presales Studio') && t.includes('Export to Word') ? t : undefined;
      },
      'the walkthrough page',
      30_000,
      250,
    );
    for (const step of ['Create a proposal', 'Fix a problem', 'Open the preview']) assert.ok(text.includes(step), step);
  });

  it('takes the pictures of its steps in the real host (PRESALES_SCREENSHOTS=1 only)', async function () {
    if (!bridgeAvailable() || process.env['PRESALES_SCREENSHOTS'] !== '1') this.skip();
    this.timeout(180_000);
    const out = (name: string) => path.join(repoRoot, 'media', 'walkthrough', name);
    const settle = async (ms: number) => {
      const until = Date.now() + ms;
      await waitFor(() => Date.now() > until, 'a moment', ms + 5000, 100);
    };
    // The minimap is noise at 800 px and doubles the PNG size.
    const editorConfig = vscode.workspace.getConfiguration('editor');
    await editorConfig.update('minimap.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await vscode.commands.executeCommand('notifications.clearAll');
      // create: the starter proposal New Proposal writes, open in the editor.
      const starter = require(path.join(repoRoot, 'out', 'src', 'core', 'starter.js')) as {
        starterProposal: (lang: 'en' | 'zh-CN', name: string) => string;
      };
      const created = workspaceFile('acme-crm.presales.yaml');
      await vscode.workspace.fs.writeFile(created, Buffer.from(starter.starterProposal('en', 'ACME CRM'), 'utf8'));
      await openEditor(created);
      await settle(1500);
      await screenshot(out('create.png'), { width: PICTURE_WIDTH });
      await closeAllEditors();

      // fix: a mistake underlined, its explanation in the Problems panel.
      const editor = await openEditor(workspaceFile('examples', 'smart-factory.presales.yaml'));
      const owner = /^ {10}owner: (\S+)$/m.exec(editor.document.getText());
      assert.ok(owner, 'the example has a task owner to misspell');
      const at = editor.document.positionAt(owner.index + owner[0].length - owner[1].length);
      await editor.edit((b) => b.replace(new vscode.Range(at, at.translate(0, owner[1].length)), 'nobody'));
      await waitForDiagnostics(
        editor.document.uri,
        (d) => d.some((x) => x.message.includes('nobody')),
        'the unknown owner diagnostic',
        30_000,
      );
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      await settle(1500);
      await screenshot(out('fix.png'), { width: PICTURE_WIDTH });
      await screenshot(path.join(repoRoot, 'docs', 'images', 'editor-host-diagnostics.png'));
      await vscode.commands.executeCommand('workbench.action.closePanel');
      await closeAllEditors();

      // preview: both diagrams beside the editor, scrolled (by the cursor) to the architecture.
      const source = workspaceFile('examples', 'smart-factory.presales.yaml');
      const shown = await openPreviewToSide(source);
      await waitForWebview((r) => r.svgCount >= 2, 'the drawn preview');
      const archLine = shown.document.positionAt(/^architecture:/m.exec(shown.document.getText())?.index ?? 0).line;
      await vscode.window.showTextDocument(shown.document, {
        viewColumn: shown.viewColumn ?? vscode.ViewColumn.One,
        selection: new vscode.Range(archLine + 1, 2, archLine + 1, 2),
      });
      await settle(2000);
      await screenshot(out('preview.png'), { width: PICTURE_WIDTH });

      // export: the Word export done, with its Open / Reveal buttons.
      const written = await vscode.commands.executeCommand<string | undefined>('presales.exportDocx', source, {
        overwrite: true,
      });
      assert.ok(written);
      await waitFor(
        async () => (await workbenchText('.notifications-toasts')).includes(path.basename(written)),
        'the export notification',
        30_000,
        250,
      );
      await settle(500);
      await screenshot(out('export.png'), { width: PICTURE_WIDTH });
      await vscode.commands.executeCommand('notifications.clearAll');
      await vscode.workspace.fs.delete(created);
    } finally {
      await editorConfig.update('minimap.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
