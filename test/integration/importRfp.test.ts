import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { starterProposal } from '../../src/core/starter';
import type { ImportRfpResult } from '../../src/extension/rfp/importRfp';
import { twoSheetWorkbook, writeRfpFixtures } from '../support/rfpFixtures';
import { answerQuickInput, pressKey, readQuickInput, type QuickInputReading } from './bridge';
import { activateExtension, closeAllEditors, openEditor, waitFor, waitForDiagnostics, workspaceFile } from './util';

/**
 * Waits for the quick input titled `title` (its rows showing every text of `shows`), then answers
 * it as a user does: types `value` and presses Enter, on the row showing `pick` when given.
 */
async function answerPicker(
  title: string,
  shows: readonly string[],
  value: string,
  pick?: string,
): Promise<QuickInputReading> {
  let seen: QuickInputReading | undefined;
  const shown = await waitFor(
    async () => {
      seen = await readQuickInput();
      const rows = seen.rows.join('\n');
      return seen.visible && seen.title === title && shows.every((s) => rows.includes(s)) ? seen : undefined;
    },
    `the picker "${title}" showing ${JSON.stringify(shows)}`,
    30_000,
    100,
  ).catch((e: unknown) => {
    throw new Error(`${e instanceof Error ? e.message : String(e)}; it showed ${JSON.stringify(seen)}`);
  });
  await answerQuickInput(value, pick);
  return shown;
}

/** Escape on every picker still open until the command ends, so a failed test leaves none behind. */
async function cancelPickers(running: Promise<unknown>): Promise<void> {
  let ended = false;
  running.then(
    () => (ended = true),
    () => (ended = true),
  );
  await waitFor(
    async () => {
      if (!ended && (await readQuickInput()).visible) await pressKey('Escape');
      return ended;
    },
    'the import to end',
    30_000,
    250,
  );
}

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

  it('the review changes the sheet, a column role and the header row, and the import follows them', async () => {
    const target = workspaceFile('rfp', 'review-into.presales.yaml');
    const original = starterProposal('en', 'Review target');
    fs.writeFileSync(target.fsPath, original);
    const editor = await openEditor(target);
    const rfp = workspaceFile('rfp', 'two-sheets.xlsx');
    fs.writeFileSync(rfp.fsPath, await twoSheetWorkbook());
    const running = Promise.resolve(
      vscode.commands.executeCommand<ImportRfpResult | undefined>('presales.importRfp', { file: rfp }),
    );
    const review = 'Import Requirements from RFP: two-sheets.xlsx';
    try {
      // The detected sheet first; the other one is offered.
      await answerPicker(
        review,
        ['Import 2 requirements', 'Sheet "Functional", header row 1', 'rfp-fn-1'],
        'Change Sheet',
        'Change Sheet or Table...',
      );
      await answerPicker(
        'Sheet or table to read',
        ['Functional', 'Non-functional'],
        'Non-functional',
        'Non-functional',
      );
      // Its first header heads two withdrawn requirements as well as the current three.
      await answerPicker(
        review,
        ['Import 5 requirements', 'Sheet "Non-functional", header row 1', 'Requirement B', 'rfp-x-1'],
        'Change Column',
        'Change Column Roles...',
      );
      await answerPicker('Which role to change?', ['Customer id', 'Requirement'], 'Requirement', 'Requirement');
      await answerPicker('Column for Requirement', ['Summary'], 'D', 'Summary');
      const columnChanged = await answerPicker(
        review,
        ['Import 5 requirements', 'Requirement D', 'API latency'],
        'Change Header',
        'Change Header Row...',
      );
      assert.ok(!columnChanged.rows.join('\n').includes('within 300 ms'), 'the long text is no longer the requirement');
      const header = await waitFor(async () => {
        const q = await readQuickInput();
        return q.visible && q.title === 'Header row' ? q : undefined;
      }, 'the header row box');
      assert.strictEqual(header.value, '1', 'the box starts at the detected header row');
      await answerQuickInput('5');
      const headerChanged = await answerPicker(
        review,
        ['Import 3 requirements', 'Sheet "Non-functional", header row 5', 'Requirement D', 'rfp-nf-1'],
        'Import 3',
        'Import 3 requirements',
      );
      assert.ok(!headerChanged.rows.join('\n').includes('rfp-x-1'), 'the rows above the new header are left out');
    } finally {
      await cancelPickers(running);
    }
    const result = await running;
    assert.ok(result, 'the import ran after the review');
    assert.strictEqual(result.target.toString(), target.toString());
    assert.deepStrictEqual([result.added, result.reworded, result.removed, result.unchanged], [3, 0, 0, 0]);
    const text = editor.document.getText();
    assert.match(text, /- id: rfp-nf-1\n {4}title: API latency\n {4}priority: must\n/);
    assert.match(text, /- id: rfp-nf-2\n {4}title: Restore time\n {4}priority: should\n/);
    assert.match(text, /- id: rfp-nf-3\n {4}title: Audit log\n {4}priority: must\n/);
    assert.doesNotMatch(text, /rfp-x-|rfp-fn-/, 'nothing from above the header row or from the other sheet');
    assert.match(
      text,
      /\nrfp:\n {2}file: two-sheets\.xlsx\n {2}kind: xlsx\n {2}sheet: Non-functional\n {2}headerRow: 5\n/,
    );
    assert.match(text, /\n {2}columns:\n(?: {4}\w+: [A-Z]\n)*? {4}text: D\n/, 'the source remembers the chosen column');
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
