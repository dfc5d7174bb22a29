import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
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

  it('Export... with a document and format exports the active editor, diagrams drawn by the preview', async () => {
    const source = workspaceFile('examples', 'zhihui-kefu.presales.yaml');
    await openEditor(source);
    const written = await vscode.commands.executeCommand<string | undefined>('presales.export', undefined, { doc: 'plan', format: 'docx', overwrite: true });
    assert.ok(written);
    assert.match(written, /zhihui-kefu\.plan\.docx$/);
    const entries = execFileSync('unzip', ['-Z1', written], { encoding: 'utf8' });
    assert.match(entries, /word\/document\.xml/);
    assert.match(entries, /word\/media\/[^\n]+\.png/, 'the timeline diagram is in the document');
  });

  it('Export as Word draws the diagrams in the preview webview and embeds them as PNG (no playwright)', async function () {
    this.timeout(120_000);
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const started = Date.now();
    const written = await vscode.commands.executeCommand<string | undefined>('presales.exportDocx', source, { overwrite: true });
    console.log(`[export timing] DOCX with diagrams from VS Code: ${Date.now() - started} ms`);
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.proposal\.docx$/);
    const names = zipEntryNames(readFileSync(written));
    assert.ok(names.includes('word/document.xml'), names.join(', '));
    const pngs = names.filter((n) => /^word\/media\/[^/]+\.png$/.test(n));
    assert.ok(pngs.length >= 2, `architecture and timeline pictures: ${names.join(', ')}`);
  });

  it('Export as PDF prints with the browser command line: a PDF with the title and page numbers', async function () {
    this.timeout(120_000);
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const started = Date.now();
    const written = await vscode.commands.executeCommand<string | undefined>('presales.exportPdf', source, { overwrite: true });
    console.log(`[export timing] PDF with diagrams from VS Code: ${Date.now() - started} ms`);
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.proposal\.pdf$/);
    assert.equal(readFileSync(written).subarray(0, 5).toString('latin1'), '%PDF-');
    const text = execFileSync('pdftotext', ['-layout', written, '-'], { encoding: 'utf8' });
    assert.match(text, /Shop-Floor Data Platform/);
    assert.match(text, /Page 2 of \d+/, 'page numbers from the print stylesheet');
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

/** The file names in a zip's central directory (a DOCX is a zip), read without unzipping. */
function zipEntryNames(zip: Buffer): string[] {
  // End of central directory record: signature 0x06054b50, at most 64 KiB of comment after it.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  assert.ok(eocd >= 0, 'a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
