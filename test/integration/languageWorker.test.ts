// The language features answer from the check worker (src/worker/*), not the extension
// host: on a generated 10k-line proposal hover, outline, code lenses and references still answer,
// right after an edit too, with ranges of the version the editor shows. (How long the host is
// blocked is measured by bench/editor.bench.mjs, never asserted here.)
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitFor } from './util';

const REQUIREMENTS = 2000;

/** ~10k lines: requirements, and components that satisfy them (every one a reference to hover). */
function bigProposal(): string {
  const lines = [
    'presales: "1.0"',
    'proposal:',
    '  title: Large generated proposal',
    '  language: en',
    'requirements:',
  ];
  for (let i = 1; i <= REQUIREMENTS; i++)
    lines.push(`  - id: R-${i}`, `    title: Requirement number ${i}`, '    priority: must');
  lines.push('architecture:', '  components:');
  for (let i = 1; i <= REQUIREMENTS / 2; i++)
    lines.push(
      `  - id: C-${i}`,
      `    name: Component ${i}`,
      '    kind: service',
      `    satisfies: [R-${2 * i - 1}, R-${2 * i}]`,
    );
  return lines.join('\n') + '\n';
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('language features on a 10k-line proposal (answered by the check worker)', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('hover, outline, code lenses and references answer, also right after an edit', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'presales-yaml', content: bigProposal() });
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(doc.lineCount > 9000, `${doc.lineCount} lines`);
    const last = doc.positionAt(doc.getText().lastIndexOf(`R-${REQUIREMENTS}]`) + 2);

    const hover = await waitFor(
      async () => {
        const h = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, last);
        return hoverText(h).includes(`Requirement number ${REQUIREMENTS}`) ? h : undefined;
      },
      'a hover on the last reference',
      60_000,
      250,
    );
    assert.strictEqual(doc.getText(hover[0]?.range), `R-${REQUIREMENTS}`);

    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      doc.uri,
    );
    const requirements = symbols.find((s) => s.name === 'requirements');
    assert.strictEqual(requirements?.children.length, REQUIREMENTS);
    const lastRequirement = requirements.children[REQUIREMENTS - 1];
    assert.ok(lastRequirement);
    assert.strictEqual(doc.getText(lastRequirement.selectionRange), `R-${REQUIREMENTS}`);

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(lenses.length >= REQUIREMENTS, `${lenses.length} lenses`);
    assert.ok(
      lenses.some((l) => /^1 component/.test(l.command?.title ?? '')),
      lenses
        .slice(0, 3)
        .map((l) => l.command?.title)
        .join(' | '),
    );

    // Insert a line at the top: every answer after the edit is for the new version (one line lower).
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# edited\n')));
    const moved = last.translate(1, 0);
    const after = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, moved);
    assert.strictEqual(after[0]?.range ? doc.getText(after[0].range) : undefined, `R-${REQUIREMENTS}`);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      moved,
    );
    assert.strictEqual(refs.length, 2, 'the definition and the one reference');
    assert.ok(refs.every((r) => doc.getText(r.range) === `R-${REQUIREMENTS}`));
    const symbolsAfter = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      doc.uri,
    );
    const firstAfter = symbolsAfter.find((s) => s.name === 'requirements')?.children[0];
    assert.strictEqual(firstAfter?.selectionRange.start.line, 6, 'R-1 one line lower');
  });
});
