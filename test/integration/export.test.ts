import * as assert from 'assert';
import { execFileSync } from 'child_process';
import { randomUUID } from 'crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import * as vscode from 'vscode';
import { starterProposal } from '../../src/core/starter';
import { findBrowser } from '../../src/node/browser';
import { repoPath } from '../support/repo';
import { bridgeAvailable, workbenchText } from './bridge';
import { activateExtension, closeAllEditors, openEditor, waitFor, workspaceFile } from './util';

/** Runs an export command on the smart-factory example and logs how long it took (for the timings). */
async function timedExampleExport(command: string, what: string): Promise<string | undefined> {
  const source = workspaceFile('examples', 'smart-factory.presales.yaml');
  const started = Date.now();
  const written = await vscode.commands.executeCommand<string | undefined>(command, source, { overwrite: true });
  console.log(`[export timing] ${what} from VS Code: ${Date.now() - started} ms`);
  return written;
}

/** The export commands inside the real VS Code: the file is written where the settings say. */
describe('export commands', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('Export as Markdown writes beside the source and returns the path', async () => {
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const written = await vscode.commands.executeCommand<string | undefined>('presales.exportMarkdown', source, {
      overwrite: true,
    });
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.proposal\.md$/);
    const text = Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(written))).toString('utf8');
    assert.match(text, /^# Shop-Floor Data Platform/m);
    assert.match(text, /```+mermaid/);
  });

  it('Export... with a document and format exports the active editor, diagrams drawn by the preview', async () => {
    const source = workspaceFile('examples', 'zhihui-kefu.presales.yaml');
    await openEditor(source);
    const written = await vscode.commands.executeCommand<string | undefined>('presales.export', undefined, {
      doc: 'plan',
      format: 'docx',
      overwrite: true,
    });
    assert.ok(written);
    assert.match(written, /zhihui-kefu\.plan\.docx$/);
    const entries = execFileSync('unzip', ['-Z1', written], { encoding: 'utf8' });
    assert.match(entries, /word\/document\.xml/);
    assert.match(entries, /word\/media\/[^\n]+\.png/, 'the timeline diagram is in the document');
  });

  it('Export as Word draws the diagrams in the preview webview and embeds them as PNG (no playwright)', async function () {
    this.timeout(120_000);
    const written = await timedExampleExport('presales.exportDocx', 'DOCX with diagrams');
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.proposal\.docx$/);
    const zip = readFileSync(written);
    const entries = zipEntries(zip);
    const names = entries.map((e) => e.name);
    assert.ok(names.includes('word/document.xml'), names.join(', '));
    const pngs = entries.filter((e) => /^word\/media\/[^/]+\.png$/.test(e.name));
    assert.ok(pngs.length >= 2, `architecture and timeline pictures: ${names.join(', ')}`);
    for (const png of pngs) {
      const bytes = zipEntryData(zip, png);
      assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', png.name);
      // IHDR width: a picture sharp on an A4 page (~17 cm text column) is well over 1000 px wide.
      assert.ok(bytes.readUInt32BE(16) >= 1000, `${png.name} is ${bytes.readUInt32BE(16)} px wide`);
    }
  });

  it('Export as PDF prints with the browser command line: a PDF with the title and page numbers', async function () {
    this.timeout(120_000);
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const started = Date.now();
    const written = await vscode.commands.executeCommand<string | undefined>('presales.exportPdf', source, {
      overwrite: true,
    });
    console.log(`[export timing] PDF with diagrams from VS Code: ${Date.now() - started} ms`);
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.proposal\.pdf$/);
    assert.equal(readFileSync(written).subarray(0, 5).toString('latin1'), '%PDF-');
    const text = execFileSync('pdftotext', ['-layout', written, '-'], { encoding: 'utf8' });
    assert.match(text, /Shop-Floor Data Platform/);
    assert.match(text, /Page 2 of \d+/, 'page numbers from the print stylesheet');
  });

  it('Export Pitch Deck (PowerPoint) writes an editable deck beside the source', async function () {
    this.timeout(120_000);
    const written = await timedExampleExport('presales.exportDeck', 'PPTX deck');
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.deck\.pptx$/);
    const zip = readFileSync(written);
    const names = zipEntries(zip).map((e) => e.name);
    assert.ok(names.includes('ppt/presentation.xml'), names.join(', '));
    const slides = zipEntries(zip).filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e.name));
    assert.ok(slides.length >= 10, `${slides.length} slides`);
    const text = slides.map((e) => zipEntryData(zip, e).toString('utf8')).join('');
    assert.match(text, /<a:t>Edge gateways<\/a:t>/, 'a component box as native text');
    assert.match(text, /name="route-\d+"[^]*?<a:custGeom>/, 'lines between the boxes, on their routes');
  });

  it('never replaces an existing export without asking', async () => {
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const first = await vscode.commands.executeCommand<string | undefined>('presales.export', source, {
      doc: 'risks',
      format: 'csv',
      overwrite: true,
    });
    assert.ok(first);
    const before = await vscode.workspace.fs.readFile(vscode.Uri.file(first));
    // Under test the workbench refuses modal dialogs by rejecting with their text: the question was asked.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('presales.export', source, { doc: 'risks', format: 'csv' })),
      /already exists\. Replace it\?/,
    );
    assert.deepStrictEqual(
      Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.file(first))),
      Buffer.from(before),
    );
  });
});

/** presales.export.browserPath is machine-scoped: set in the user settings, restored afterwards. */
async function withBrowserPath<T>(value: string, body: () => Promise<T>): Promise<T> {
  await vscode.workspace
    .getConfiguration('presales')
    .update('export.browserPath', value, vscode.ConfigurationTarget.Global);
  try {
    return await body();
  } finally {
    await vscode.workspace
      .getConfiguration('presales')
      .update('export.browserPath', undefined, vscode.ConfigurationTarget.Global);
  }
}

describe('export: presales.export.browserPath', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('notifications.hideList');
    await vscode.commands.executeCommand('notifications.clearAll');
  });
  const scratch = mkdtempSync(path.join(process.env.PRESALES_TEST_RUN ?? os.tmpdir(), 'browser-path-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('a browser path that does not exist stops Export as PDF with an error naming the setting', async function () {
    this.timeout(60_000);
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const pdf = path.join(path.dirname(source.fsPath), 'smart-factory.proposal.pdf');
    rmSync(pdf, { force: true });
    const missing = path.join(scratch, 'no-such-folder', 'chrome');
    // Only this export's notification in the centre.
    await vscode.commands.executeCommand('notifications.clearAll');
    const written = await withBrowserPath(missing, () =>
      Promise.resolve(
        vscode.commands.executeCommand<string | undefined>('presales.exportPdf', source, { overwrite: true }),
      ),
    );
    assert.strictEqual(written, undefined, 'nothing exported');
    assert.ok(!existsSync(pdf), 'no PDF written');
    if (!bridgeAvailable()) return; // the notification is read from the workbench page
    // Read from the notification centre: after a run of exports VS Code may keep a new notification
    // out of the toasts (it is then in the centre and on the status bar), which says nothing about us.
    await vscode.commands.executeCommand('notifications.showList');
    let seen = '';
    const shown = await waitFor(
      async () => {
        seen = await workbenchText('.notifications-center');
        return seen.includes('presales.export.browserPath') ? seen : undefined;
      },
      'the error notification',
      20_000,
      250,
    ).catch((e: unknown) => {
      throw new Error(`${e instanceof Error ? e.message : String(e)}; the notifications read: ${JSON.stringify(seen)}`);
    });
    await vscode.commands.executeCommand('notifications.hideList');
    assert.ok(shown.includes(missing), `the path is named: ${shown}`);
    assert.match(shown, /does not exist or is not an executable file/);
    assert.match(shown, /Open Settings/, 'offers to open the setting');
  });

  it('the PDF is printed by the browser the setting names', async function () {
    this.timeout(120_000);
    const real = findBrowser()?.path;
    if (!real || process.platform === 'win32') this.skip();
    // A wrapper that notes its arguments and hands over to the real browser.
    const ran = path.join(scratch, 'ran.txt');
    const wrapper = path.join(scratch, 'my chrome');
    writeFileSync(wrapper, `#!/bin/sh\nprintf '%s\\n' "$@" > '${ran}'\nexec '${real}' "$@"\n`);
    chmodSync(wrapper, 0o755);
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const written = await withBrowserPath(wrapper, () =>
      Promise.resolve(
        vscode.commands.executeCommand<string | undefined>('presales.exportPdf', source, {
          doc: 'risks',
          overwrite: true,
        }),
      ),
    );
    assert.ok(written, 'the command returns the written path');
    assert.match(written, /smart-factory\.risks\.pdf$/);
    assert.equal(readFileSync(written).subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(readFileSync(ran, 'utf8'), /--print-to-pdf=/, 'the wrapper named in the setting printed it');
  });
});

describe('export: the diagram cache in VS Code', () => {
  before(activateExtension);
  afterEach(closeAllEditors);
  const scratch = mkdtempSync(path.join(process.env.PRESALES_TEST_RUN ?? os.tmpdir(), 'export-cache-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('a second Word export takes every diagram from the cache: the preview is not asked to draw', async function () {
    this.timeout(180_000);
    // The starter proposal (three diagrams) with a component name no earlier export drew, so the
    // first export finds its diagrams missing.
    const text = starterProposal('en', 'Diagram cache probe');
    assert.ok(text.includes('name: Customer portal'));
    const file = path.join(scratch, 'cached.presales.yaml');
    writeFileSync(file, text.replace('name: Customer portal', `name: Customer portal ${randomUUID().slice(0, 8)}`));
    const source = vscode.Uri.file(file);
    // With no preview open, every request to draw opens a temporary preview beside: count those.
    let previewsOpened = 0;
    const tabs = vscode.window.tabGroups.onDidChangeTabs((e) => {
      previewsOpened += e.opened.filter(
        (t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('presales.preview'),
      ).length;
    });
    const exportDocx = async (): Promise<number> => {
      const written = await vscode.commands.executeCommand<string | undefined>('presales.exportDocx', source, {
        overwrite: true,
      });
      assert.ok(written, 'the command returns the written path');
      return zipEntries(readFileSync(written)).filter((e) => /^word\/media\/[^/]+\.png$/.test(e.name)).length;
    };
    try {
      const firstPictures = await exportDocx();
      assert.ok(previewsOpened >= 1, 'the first export asked the preview to draw');
      assert.ok(firstPictures >= 2, `pictures: ${firstPictures}`);
      previewsOpened = 0;
      const secondPictures = await exportDocx();
      assert.equal(previewsOpened, 0, 'the second export asked the preview for nothing');
      assert.equal(secondPictures, firstPictures, 'and embeds the same pictures');
    } finally {
      tabs.dispose();
    }
  });
});

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeader: number;
}

describe('export: presales.export.template', () => {
  before(activateExtension);
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.workspace
      .getConfiguration('presales')
      .update('export.template', undefined, vscode.ConfigurationTarget.Global);
  });

  it('Export as Word pours the proposal into the template the setting names (relative to the workspace)', async function () {
    this.timeout(180_000);
    const templates = workspaceFile('templates');
    await vscode.workspace.fs.createDirectory(templates);
    const template = vscode.Uri.joinPath(templates, 'company.dotx');
    await vscode.workspace.fs.writeFile(template, readFileSync(repoPath('examples', 'templates', 'company.en.dotx')));
    await vscode.workspace
      .getConfiguration('presales')
      .update('export.template', 'templates/company.dotx', vscode.ConfigurationTarget.Global);
    const source = workspaceFile('examples', 'smart-factory.presales.yaml');
    const written = await vscode.commands.executeCommand<string | undefined>('presales.exportDocx', source, {
      overwrite: true,
    });
    assert.ok(written, 'the command returns the written path');
    const zip = readFileSync(written);
    const entries = zipEntries(zip);
    const headers = entries
      .filter((e) => /^word\/header\d+\.xml$/.test(e.name))
      .map((e) => zipEntryData(zip, e).toString('utf8'))
      .join('');
    assert.match(headers, /Northwind Solutions/, "the template's header");
    assert.match(headers, /Shop-Floor Data Platform for Plant Ulm · v1\.2/, 'its placeholders filled');
    const doc = zipEntryData(
      zip,
      entries.find((e) => e.name === 'word/document.xml') ?? assert.fail('no document'),
    ).toString('utf8');
    assert.match(doc, /Prepared for /);
    assert.doesNotMatch(doc, /\{\{/);
    assert.ok(entries.filter((e) => /^word\/media\/presales\d+\.png$/.test(e.name)).length >= 2, 'the diagrams');
  });
});

/** The entries of a zip's central directory (a DOCX is a zip), read without unzipping. */
function zipEntries(zip: Buffer): ZipEntry[] {
  // End of central directory record: signature 0x06054b50, at most 64 KiB of comment after it.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  assert.ok(eocd >= 0, 'a zip file');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({
      name: zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** One entry's bytes: stored (0) or deflated (8), as every DOCX writer does. */
function zipEntryData(zip: Buffer, e: ZipEntry): Buffer {
  const start = e.localHeader + 30 + zip.readUInt16LE(e.localHeader + 26) + zip.readUInt16LE(e.localHeader + 28);
  const raw = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return raw;
  assert.equal(e.method, 8, `${e.name}: compression method ${e.method}`);
  return inflateRawSync(raw);
}
