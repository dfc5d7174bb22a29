// The architecture view picker in the real host: the preview's buttons above the architecture
// diagram, pressed with a real click through the workbench page, switch the diagram shown; the
// choice outlives an edit to the document.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { architectureViews } from '../../src/core/architecture/views';
import type { PresalesApi } from '../../src/extension/extension';
import { clickWebview, queryWebview, type WebviewElement } from './bridge';
import { EXTENSION_ID, closeAllEditors, openPreviewToSide, waitFor, workspaceFile } from './util';

const BUTTONS = '.view-picker button[data-view]';
const DIAGRAMS = '.diagram[data-view]';
/** A view that selects by tag: its diagram leaves most components out. */
const PRESSED = 'security';

/** Whitespace as one space: Mermaid wraps long labels over lines. */
const flat = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The view diagrams once exactly one is shown and drawn (a hidden view may be drawn only when shown). */
function shownView(accept: (shown: WebviewElement) => boolean, what: string): Promise<WebviewElement[]> {
  return waitFor(
    async () => {
      const diagrams = await queryWebview(DIAGRAMS);
      const shown = diagrams.filter((d) => d.shown);
      return shown.length === 1 && shown[0]?.svg && accept(shown[0]) ? diagrams : undefined;
    },
    what,
    60_000,
    250,
  );
}

function labelsOf(diagrams: readonly WebviewElement[], view: string): string {
  return flat(diagrams.find((d) => d.data['view'] === view)?.text ?? '');
}

describe('preview: the architecture view picker', () => {
  let store: PresalesApi['store'];
  before(async () => {
    const ext = vscode.extensions.getExtension<PresalesApi>(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    store = (await ext.activate()).store;
  });
  afterEach(closeAllEditors);

  it("a press shows that view's diagram and hides the others, and the view stays chosen after an edit", async function () {
    // Opened right after other previews were closed, its first reads can wait on the closed panel's frame.
    this.timeout(120_000);
    const editor = await openPreviewToSide(workspaceFile('examples', 'smart-factory.presales.yaml'));
    const proposal = (await store.whenChecked(editor.document)).proposal;
    const views = architectureViews(proposal);
    const names = new Map<string, string>();
    for (const c of proposal.architecture?.components ?? []) if (c.id) names.set(c.id, c.name ?? c.id);
    const pressed = views.find((v) => v.id === PRESSED);
    assert.ok(pressed, `the example has the ${PRESSED} view`);
    const inView = pressed.componentIds.map((id) => names.get(id) ?? id);
    const leftOut = [...names].filter(([id]) => !pressed.componentIds.includes(id)).map(([, name]) => name);
    assert.ok(inView.length > 0 && leftOut.length > 0, 'the view shows some components and leaves others out');

    const first = views[0]?.id ?? '';
    const opened = await shownView((d) => d.data['view'] === first, `the first view (${first}) drawn`);
    const buttons = await queryWebview(BUTTONS);
    assert.deepStrictEqual(
      buttons.map((b) => b.data['view']),
      views.map((v) => v.id),
      'one button per view, in order',
    );
    for (const name of leftOut.slice(0, 3))
      assert.ok(labelsOf(opened, first).includes(flat(name)), `${name} in the first view`);

    await clickWebview(`${BUTTONS}[data-view="${PRESSED}"]`);
    const switched = await shownView((d) => d.data['view'] === PRESSED, `the ${PRESSED} view drawn after the press`);
    assert.deepStrictEqual(
      switched.filter((d) => d.shown).map((d) => d.data['view']),
      [PRESSED],
      'only the pressed view is shown',
    );
    const labels = labelsOf(switched, PRESSED);
    for (const name of inView) assert.ok(labels.includes(flat(name)), `${name} in the ${PRESSED} diagram: ${labels}`);
    for (const name of leftOut)
      assert.ok(!labels.includes(flat(name)), `${name} is not in the ${PRESSED} diagram: ${labels}`);

    // An edit re-renders the preview: the chosen view stays the one shown, with the new text.
    const renamedId = pressed.componentIds[0] ?? '';
    const oldName = names.get(renamedId) ?? '';
    const text = editor.document.getText();
    const at = text.indexOf(`name: ${oldName}\n`);
    assert.ok(at > 0, `the example names ${oldName}`);
    const start = editor.document.positionAt(at + 'name: '.length);
    const renamed = `${oldName} renamed`;
    assert.ok(
      await editor.edit((b) => b.replace(new vscode.Range(start, start.translate(0, oldName.length)), renamed)),
    );
    const edited = await shownView(
      (d) => d.data['view'] === PRESSED && flat(d.text).includes(renamed),
      `the ${PRESSED} view, still shown, with the renamed component`,
    );
    assert.deepStrictEqual(
      edited.filter((d) => d.shown).map((d) => d.data['view']),
      [PRESSED],
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
