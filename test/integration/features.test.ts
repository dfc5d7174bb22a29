// Completion, hover, navigation, rename, quick fixes, symbols and code lenses in the real editor,
// against the example proposal (edits stay unsaved and are reverted after each test).
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, openEditor, waitFor, waitForDiagnostics, workspaceFile } from './util';

const EXAMPLE = ['examples', 'smart-factory.presales.yaml'];
const codeOf = (d: vscode.Diagnostic): string => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));
const labelOf = (item: vscode.CompletionItem): string =>
  typeof item.label === 'string' ? item.label : item.label.label;

/** The position `delta` characters after the `n`-th occurrence of `needle`. */
function positionOf(document: vscode.TextDocument, needle: string, delta = 0, n = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = document.getText().indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" not in ${document.uri.path}`);
  }
  return document.positionAt(at + delta);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

async function openExample(): Promise<vscode.TextEditor> {
  await activateExtension();
  const editor = await openEditor(workspaceFile(...EXAMPLE));
  assert.strictEqual(editor.document.languageId, 'presales-yaml');
  return editor;
}

describe('language features', () => {
  afterEach(closeAllEditors);

  it('completes team ids, with names, at a task owner', async () => {
    const editor = await openExample();
    const doc = editor.document;
    // Empty the value of a block-style `owner: iot`, then ask at the cursor there.
    const start = positionOf(doc, 'owner: iot', 'owner: '.length);
    assert.ok(await editor.edit((e) => e.delete(new vscode.Range(start, start.translate(0, 3)))));
    const list = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        doc.uri,
        start,
      );
      return r.items.some((i) => labelOf(i) === 'pm') ? r : undefined;
    }, 'team ids in the completion list');
    const pm = list.items.find((i) => labelOf(i) === 'pm');
    assert.ok(pm && typeof pm.label === 'object');
    assert.strictEqual(pm.label.description, 'Hannah Weber');
    assert.strictEqual(pm.kind, vscode.CompletionItemKind.Reference);
    for (const id of ['sa', 'de', 'iot', 'ops', 'am'])
      assert.ok(
        list.items.some((i) => labelOf(i) === id),
        id,
      );
    assert.ok(!list.items.some((i) => labelOf(i) === 'R-01'), 'no requirement ids at an owner');
  });

  it('completes the keys of a new task, required first, with snippet bodies', async () => {
    const editor = await openExample();
    const doc = editor.document;
    // A fresh `- ` item in the task list, just above `- id: T04`.
    const next = positionOf(doc, '- id: T04');
    assert.ok(await editor.edit((e) => e.insert(next, '- \n' + ' '.repeat(next.character))));
    const at = next.translate(0, 2);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      at,
    );
    const keys = list.items.filter(
      (i) => i.kind === vscode.CompletionItemKind.Property || i.kind === vscode.CompletionItemKind.Module,
    );
    const sorted = [...keys].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map(labelOf);
    assert.deepStrictEqual(sorted.slice(0, 2).sort(), ['id', 'name']);
    const deps = keys.find((i) => labelOf(i) === 'dependsOn');
    assert.ok(deps?.insertText instanceof vscode.SnippetString);
    assert.strictEqual(deps.insertText.value, 'dependsOn:\n  - $1');
    assert.match(String(deps.detail), /Depends on/);
  });

  it('hovers an id reference with a summary of the entity', async () => {
    const editor = await openExample();
    const doc = editor.document;
    const requirement = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, 'satisfies: [R-01', 'satisfies: ['.length + 1),
    );
    const text = hoverText(requirement);
    assert.match(text, /R-01/);
    assert.match(text, /Acquire machine data from PLCs over OPC UA/);
    assert.match(text, /priority: must/);
    const task = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, 'dependsOn: [T01]', 'dependsOn: ['.length + 1),
    );
    assert.match(hoverText(task), /start: 2027-01-1\d · end: \d{4}-\d\d-\d\d/);
    const key = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      doc.uri,
      positionOf(doc, 'likelihood:', 2),
    );
    assert.match(hoverText(key), /Likelihood/);
  });

  it('goes to the definition and finds all references of an id', async () => {
    const editor = await openExample();
    const doc = editor.document;
    const use = positionOf(doc, 'dependsOn: [T01]', 'dependsOn: ['.length + 1);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      use,
    );
    assert.strictEqual(defs.length, 1);
    const def = defs[0];
    const range = def && 'range' in def ? def.range : def?.targetRange;
    assert.ok(range);
    assert.strictEqual(doc.getText(range), 'T01');
    assert.match(doc.lineAt(range.start.line).text, /id: T01/);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      use,
    );
    const expected = (doc.getText().match(/\bT01\b/g) ?? []).length;
    assert.strictEqual(refs.length, expected);
    assert.ok(refs.every((r) => doc.getText(r.range) === 'T01'));
  });

  it('renames an id across the file and the file stays clean', async () => {
    const editor = await openExample();
    const doc = editor.document;
    await waitForDiagnostics(
      doc.uri,
      (d) => !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error),
      'the clean example',
    );
    const before = (doc.getText().match(/\bR-01\b/g) ?? []).length;
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      doc.uri,
      positionOf(doc, '- id: R-01', 7),
      'R-PLC',
    );
    const edits = edit.get(doc.uri);
    assert.strictEqual(edits.length, before);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual((doc.getText().match(/\bR-01\b/g) ?? []).length, 0);
    assert.strictEqual((doc.getText().match(/\bR-PLC\b/g) ?? []).length, before);
    const version = doc.version;
    await waitForDiagnostics(
      doc.uri,
      (d) => doc.version === version && !d.some((x) => ['PS202', 'PS201'].includes(codeOf(x))),
      'no broken references after rename',
    );
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.executeDocumentRenameProvider',
          doc.uri,
          positionOf(doc, '- id: R-02', 7),
          'R-PLC',
        ),
      ),
    );
  });

  it('creates a missing team member with a quick fix, and the diagnostic goes away', async () => {
    const editor = await openExample();
    const doc = editor.document;
    const start = positionOf(doc, 'owner: iot', 'owner: '.length);
    assert.ok(await editor.edit((e) => e.replace(new vscode.Range(start, start.translate(0, 3)), 'ghost')));
    const diagnostics = await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => codeOf(x) === 'PS210'),
      'PS210 for ghost',
    );
    const ps210 = diagnostics.find((x) => codeOf(x) === 'PS210');
    assert.ok(ps210);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      ps210.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const create = actions.find((a) => a.title === 'Create team member "ghost"');
    assert.ok(create?.edit, actions.map((a) => a.title).join(' | '));
    const comments = doc.getText().match(/#.*$/gm) ?? [];
    assert.ok(await vscode.workspace.applyEdit(create.edit));
    assert.match(doc.getText(), /\n  - id: ghost\n    name: TODO\n/);
    for (const c of comments) assert.ok(doc.getText().includes(c), `comment kept: ${c}`);
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'PS210'), 'PS210 gone after the fix');
  });

  it('adds a missing required property with a quick fix (data from the checker)', async () => {
    const editor = await openExample();
    const doc = editor.document;
    const line = doc.lineAt(positionOf(doc, '    title: Connect legacy machines without OPC UA').line);
    assert.ok(await editor.edit((e) => e.delete(line.rangeIncludingLineBreak)));
    const diagnostics = await waitForDiagnostics(
      doc.uri,
      (d) => d.some((x) => codeOf(x) === 'PS101'),
      'PS101 for the missing title',
    );
    const ps101 = diagnostics.find((x) => codeOf(x) === 'PS101');
    assert.ok(ps101);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      doc.uri,
      ps101.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const add = actions.find((a) => a.title === 'Add property "title"');
    assert.ok(add?.edit, actions.map((a) => a.title).join(' | '));
    assert.strictEqual(add.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(add.edit));
    assert.match(doc.getText(), /  - id: R-02\n[\s\S]*?    title: TODO\n/);
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => codeOf(x) === 'PS101'), 'PS101 gone after the fix');
  });

  it('completes and hovers inside one-line flow maps', async () => {
    const editor = await openExample();
    const doc = editor.document;
    const at = positionOf(
      doc,
      '{ id: T02, name: Project management plan, duration: 3, owner: pm',
      '{ id: T02, name: Project management plan, duration: 3, owner: '.length + 1,
    );
    const hover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    assert.match(hoverText(hover), /Hannah Weber/);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      doc.uri,
      at,
    );
    assert.ok(list.items.some((i) => labelOf(i) === 'sa'));
  });

  it('outlines sections and entities, and shows code lenses', async () => {
    const editor = await openExample();
    const doc = editor.document;
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      doc.uri,
    );
    const names = symbols.map((s) => s.name);
    for (const section of ['proposal', 'requirements', 'architecture', 'plan', 'team', 'risks'])
      assert.ok(names.includes(section), section);
    const requirements = symbols.find((s) => s.name === 'requirements');
    const r01 = requirements?.children.find((c) => c.name === 'R-01');
    assert.ok(r01);
    assert.strictEqual(r01.detail, 'Acquire machine data from PLCs over OPC UA');
    assert.strictEqual(doc.getText(r01.selectionRange), 'R-01');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(
      titles.some((t) => /^\d+ components? · \d+ tasks? · \d+ demos?$/.test(t)),
      titles.slice(0, 5).join(' | '),
    );
    assert.ok(titles.some((t) => /^score \d+ · (low|medium|high)$/.test(t)));
  });

  it('finds entities across the workspace', async () => {
    await openExample();
    const found = await waitFor(async () => {
      const r = await vscode.commands.executeCommand<vscode.SymbolInformation[]>(
        'vscode.executeWorkspaceSymbolProvider',
        'R-01',
      );
      return r.some((s) => s.name.startsWith('R-01 ')) ? r : undefined;
    }, 'R-01 among the workspace symbols');
    assert.ok(found.some((s) => s.location.uri.path.endsWith('smart-factory.presales.yaml')));
  });
});
