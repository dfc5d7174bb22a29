// Every contributed snippet, inserted by the real editor at the place it belongs in a clean proposal
// (or into an empty document for the whole-proposal skeleton), with its default tab-stop values,
// leaves a proposal that checks clean.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PresalesApi } from '../../src/extension/extension';
import { EXTENSION_ID, closeAllEditors, repoRoot, workspaceFile } from './util';

interface SnippetFileEntry {
  prefix: string | string[];
  body: string[];
  description: string;
}

type Placement = { kind: 'empty' } | { kind: 'replace'; sections: string[] } | { kind: 'append'; list: string };

const PLACEMENT: Record<string, Placement> = {
  'ps-proposal': { kind: 'empty' },
  'ps-tech-plan': { kind: 'replace', sections: ['architecture', 'technology'] },
  'ps-plan': { kind: 'replace', sections: ['plan'] },
  'ps-requirement': { kind: 'append', list: 'requirements' },
  'ps-goal': { kind: 'append', list: 'goals' },
  'ps-risk': { kind: 'append', list: 'risks' },
  'ps-member': { kind: 'append', list: 'team' },
  'ps-budget-line': { kind: 'append', list: 'lines' },
  'ps-demo-scenario': { kind: 'append', list: 'scenarios' },
};

const indentOf = (line: string): number => line.length - line.trimStart().length;

/** Deletes top-level `key:` and its block (up to the next top-level key or comment). */
async function removeSection(editor: vscode.TextEditor, key: string): Promise<void> {
  const lines = editor.document.getText().split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  assert.ok(start >= 0, `section ${key} in the fixture`);
  let end = start + 1;
  while (end < lines.length && (lines[end]?.trim() === '' || /^\s/.test(lines[end] ?? ''))) end++;
  assert.ok(await editor.edit((e) => e.delete(new vscode.Range(start, 0, end, 0))));
}

/** Puts the cursor on a new line after the last item of the list under `key`, at the items' indentation. */
async function cursorAfterList(editor: vscode.TextEditor, key: string): Promise<void> {
  const lines = editor.document.getText().split('\n');
  const at = lines.findIndex((l) => l.trimStart().startsWith(`${key}:`));
  assert.ok(at >= 0, `list ${key} in the fixture`);
  const base = indentOf(lines[at] ?? '');
  const itemIndent = indentOf(lines[at + 1] ?? '');
  let last = at;
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    if (l.trim() === '') continue;
    if (indentOf(l) <= base) break;
    last = i;
  }
  const end = editor.document.lineAt(last).range.end;
  assert.ok(await editor.edit((e) => e.insert(end, `\n${' '.repeat(itemIndent)}`)));
  const pos = new vscode.Position(last + 1, itemIndent);
  editor.selection = new vscode.Selection(pos, pos);
}

function snippetsOf(file: string): Array<[string, SnippetFileEntry]> {
  return Object.entries(
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'snippets', file), 'utf8')) as Record<string, SnippetFileEntry>,
  );
}

describe('snippets', () => {
  let store: PresalesApi['store'];
  before(async () => {
    const ext = vscode.extensions.getExtension<PresalesApi>(EXTENSION_ID);
    assert.ok(ext);
    store = (await ext.activate()).store;
  });
  afterEach(closeAllEditors);

  for (const file of ['presales.en.code-snippets', 'presales.zh-cn.code-snippets']) {
    const snippets = snippetsOf(file);
    it(`${file} covers every kind of snippet`, () => {
      const kinds = snippets.map(([, s]) => [s.prefix].flat()[0]?.replace(/-zh$/, ''));
      assert.deepStrictEqual([...kinds].sort(), Object.keys(PLACEMENT).sort());
    });
    for (const [name, snippet] of snippets) {
      const prefix = [snippet.prefix].flat()[0] ?? '';
      const placement = PLACEMENT[prefix.replace(/-zh$/, '')];
      it(`${prefix} inserted in place checks clean`, async () => {
        assert.ok(placement, `a placement for ${prefix}`);
        let editor: vscode.TextEditor;
        if (placement.kind === 'empty') {
          const doc = await vscode.workspace.openTextDocument({ language: 'presales-yaml', content: '' });
          editor = await vscode.window.showTextDocument(doc);
        } else {
          const doc = await vscode.workspace.openTextDocument(workspaceFile('fixtures', 'snippet-base.presales.yaml'));
          editor = await vscode.window.showTextDocument(doc);
          if (placement.kind === 'replace') {
            for (const s of placement.sections) await removeSection(editor, s);
            const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
            assert.ok(await editor.edit((e) => e.insert(end, '\n')));
            const pos = new vscode.Position(editor.document.lineCount - 1, 0);
            editor.selection = new vscode.Selection(pos, pos);
          } else {
            await cursorAfterList(editor, placement.list);
          }
        }
        const before = editor.document.version;
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'presales-yaml', name });
        assert.ok(editor.document.version > before, 'the snippet was inserted');
        const snapshot = await store.whenChecked(editor.document);
        assert.deepStrictEqual(
          snapshot.diagnostics.map((d) => `${d.code} ${d.range.start.line + 1}: ${d.message}`),
          [],
          `after inserting ${prefix}:\n${editor.document.getText()}`,
        );
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      });
    }
  }
});
