import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { openZip } from '../../src/core/ooxml/zip';
import { answeredProposal, answeredYaml } from '../support/answeredProposal';
import { englishWorkbook } from '../support/rfpFixtures';
import { activateExtension, closeAllEditors, openEditor, waitForDiagnostics, workspaceFile } from './util';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

describe("write answers into the customer's RFP", () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it("shows the unanswered RFP items, then writes the open proposal's answers into a copy of the workbook", async function () {
    this.timeout(60_000);
    const f = await englishWorkbook();
    const rfp = workspaceFile('rfp', 'answer-acme.xlsx');
    fs.mkdirSync(workspaceFile('rfp').fsPath, { recursive: true });
    fs.writeFileSync(rfp.fsPath, f.bytes);
    const proposal = answeredProposal({ ...f, name: 'answer-acme.xlsx' }, 'en', (i) => ({
      status: i ? 'partial' : 'comply',
      response: `Answer ${i + 1}`,
    }));
    const requirements = proposal.requirements ?? [];
    // The last requirement unanswered: the checker says so in the editor.
    delete requirements[requirements.length - 1]?.answer;
    const target = workspaceFile('rfp', 'answers.presales.yaml');
    fs.writeFileSync(target.fsPath, answeredYaml(proposal));
    const editor = await openEditor(target);
    await waitForDiagnostics(
      target,
      (d) => d.some((x) => codeOf(x) === 'PS245' && /4\.2\.2/.test(x.message)),
      'PS245 on the unanswered item',
    );
    // Unsaved edits count: the editor's text is what gets written.
    const at = editor.document.getText().indexOf('Answer 1');
    assert.ok(at > 0);
    await editor.edit((e) =>
      e.replace(
        new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'Answer 1'.length)),
        'Answer one, unsaved',
      ),
    );
    const out = workspaceFile('rfp', 'answer-acme.answered.xlsx');
    const written = await vscode.commands.executeCommand<string | undefined>('presales.answerRfp', target, {
      rfp: rfp.fsPath,
      out: out.fsPath,
      overwrite: true,
    });
    assert.strictEqual(written, out.fsPath);
    assert.ok(Buffer.from(fs.readFileSync(rfp.fsPath)).equals(Buffer.from(f.bytes)), 'the original is untouched');
    const sheet = openZip(new Uint8Array(fs.readFileSync(out.fsPath))).readText('xl/worksheets/sheet2.xml');
    assert.match(sheet, /<c r="D7"[^>]*><is><t xml:space="preserve">Fully Compliant<\/t>/);
    assert.match(sheet, /<c r="E7"[^>]*><is><t xml:space="preserve">Answer one, unsaved<\/t>/);
    assert.match(sheet, /<c r="E8"[^>]*><is><t xml:space="preserve">Answer 2<\/t>/);
    assert.doesNotMatch(sheet, /r="E11"[^>]*><is>/, 'the unanswered row gets nothing');
  });
});
