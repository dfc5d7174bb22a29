import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import { checkProposal } from '../../../src/core/check';
import { ProposalParser } from '../../../src/core/incremental/proposalParser';
import { parseProposalText, type ParsedProposal } from '../../../src/core/parse';
import { mulberry32 } from '../seededRandom';
import { repoRoot as root } from '../../support/repo';

/**
 * The incremental parser must give exactly what a full parse gives (value, syntax problems, every
 * node's range, and so every diagnostic), for any sequence of edits; it only gets there faster.
 */
const example = (name: string): string => readFileSync(path.join(root, 'examples', name), 'utf8');
const EXAMPLES = {
  'smart-factory': example('smart-factory.presales.yaml'),
  'zhihui-kefu': example('zhihui-kefu.presales.yaml'),
};

/**
 * Every node in document order as kind + [start, valueEnd]: two parses agree when these lists are
 * equal. The third number (where trailing comments and indentation end) is left out: it depends on
 * what follows a piece, nothing in Presales Studio reads it (locate, spans and edits use the first two).
 */
function nodeShape(node: unknown, out: string[] = []): string[] {
  if (isPair(node)) {
    out.push('pair');
    nodeShape(node.key, out);
    nodeShape(node.value, out);
  } else if (isMap(node) || isSeq(node) || isScalar(node) || isAlias(node)) {
    const kind = isMap(node) ? 'map' : isSeq(node) ? 'seq' : isScalar(node) ? 'scalar' : 'alias';
    out.push(`${kind}${JSON.stringify(node.range?.slice(0, 2))}`);
    if (isMap(node) || isSeq(node)) for (const item of node.items) nodeShape(item, out);
  } else {
    out.push(String(node));
  }
  return out;
}

function assertSameAsFull(
  parsed: ParsedProposal,
  text: string,
  label: string,
  full: ParsedProposal = parseProposalText(text),
): void {
  assert.deepEqual(parsed.value, full.value, `${label}: value`);
  assert.deepEqual(parsed.syntaxErrors, full.syntaxErrors, `${label}: syntax errors`);
  const shape = nodeShape(parsed.document.contents);
  const fullShape = nodeShape(full.document.contents);
  // Joined first: deepEqual on thousands of strings is slow, and it is only needed to show a difference.
  if (shape.join('|') !== fullShape.join('|')) assert.deepEqual(shape, fullShape, `${label}: node ranges`);
  assert.equal(parsed.text, text);
}

/** A long proposal: the example's requirements repeated with fresh ids, like a real 5k-line file. */
function longProposal(copies: number): string {
  const text = EXAMPLES['smart-factory'];
  const itemsStart = text.indexOf('\nrequirements:\n') + '\nrequirements:\n'.length;
  const goals = text.indexOf('\ngoals:') + 1;
  const items = text.slice(itemsStart, goals);
  let extra = '';
  for (let c = 0; c < copies; c++) extra += items.replace(/id: (R[\w.-]+)/g, `id: $1x${c}`);
  return text.slice(0, goals) + extra + text.slice(goals);
}

const PIECES = [
  'a',
  ' ',
  '\n',
  ':',
  '- ',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '&x ',
  '*x',
  '!',
  '|',
  '  ',
  '\n  - x',
  '\n    ',
  '1',
  '\t',
  'key: v\n',
  '\r\n',
  '---\n',
  '需求',
  '<script>',
];

function mutate(rnd: () => number, text: string): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return text.slice(0, at) + (PIECES[Math.floor(rnd() * PIECES.length)] ?? '') + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 6)));
    case 2:
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 3:
      lines.splice(line, 1);
      return lines.join('\n');
    default:
      lines[line] = (lines[line] ?? '').replace(/[a-z]/, 'Q');
      return lines.join('\n');
  }
}

describe('ProposalParser (incremental parsing)', function () {
  this.timeout(60000);
  for (const [name, text] of Object.entries(EXAMPLES)) {
    it(`parses ${name} exactly as a full parse, in pieces`, () => {
      const parser = new ProposalParser();
      assertSameAsFull(parser.parse(text), text, name);
      assert.equal(parser.stats.mode, 'incremental');
      assert.ok(parser.stats.pieces > 10, `only ${parser.stats.pieces} pieces`);
    });
  }

  it('re-parses one piece after a one-character edit, and the result is still exact', () => {
    const text = longProposal(20);
    const parser = new ProposalParser();
    parser.parse(text);
    const at = text.indexOf('description:', Math.floor(text.length / 2)) + 'description: '.length + 2;
    const edited = `${text.slice(0, at)}Z${text.slice(at + 1)}`;
    assertSameAsFull(parser.parse(edited), edited, 'edited');
    assert.equal(parser.stats.mode, 'incremental');
    assert.equal(parser.stats.piecesParsed, 1);
    // An inserted line moves every later piece: they are reused with moved offsets.
    const lineAt = text.indexOf('\n', Math.floor(text.length / 3)) + 1;
    const inserted = `${text.slice(0, lineAt)}# a note\n${text.slice(lineAt)}`;
    assertSameAsFull(parser.parse(inserted), inserted, 'inserted');
    assert.ok(parser.stats.piecesParsed <= 2, `parsed ${parser.stats.piecesParsed}`);
  });

  it('returns the same result for the same text, and follows undo back to the original', () => {
    const text = EXAMPLES['smart-factory'];
    const parser = new ProposalParser();
    const first = parser.parse(text);
    assert.equal(parser.parse(text), first);
    assert.equal(parser.stats.mode, 'reused');
    const edited = text.replace('priority: must', 'priority: mustt');
    assertSameAsFull(parser.parse(edited), edited, 'edited');
    assertSameAsFull(parser.parse(text), text, 'undone');
    assert.equal(parser.stats.piecesParsed, 1);
  });

  it('gives the same diagnostics as a full check along a seeded series of edits', () => {
    for (const [name, original] of Object.entries(EXAMPLES)) {
      const rnd = mulberry32(0x1ec2026);
      const parser = new ProposalParser();
      let text = original;
      let incrementalRuns = 0;
      let brokenSectionRuns = 0;
      for (let i = 0; i < 100; i++) {
        // Mostly single edits of the original (what typing does), sometimes a pile of edits.
        text = rnd() < 0.3 ? original : mutate(rnd, rnd() < 0.5 ? original : text);
        const label = `${name} edit ${i}`;
        const incremental = checkProposal(text, { parse: (t) => parser.parse(t) });
        if (parser.stats.mode === 'incremental') incrementalRuns++;
        if (parser.stats.mode === 'incremental' && incremental.parsed.syntaxErrors.length > 0) brokenSectionRuns++;
        const full = checkProposal(text);
        assertSameAsFull(incremental.parsed, text, label, full.parsed);
        if (JSON.stringify(incremental.diagnostics) !== JSON.stringify(full.diagnostics))
          assert.deepEqual(incremental.diagnostics, full.diagnostics, `${label}: diagnostics`);
      }
      // Otherwise the series would mostly test the fallback to a full parse.
      assert.ok(incrementalRuns >= 30, `${name}: only ${incrementalRuns} of 100 parses were incremental`);
      assert.ok(brokenSectionRuns >= 5, `${name}: only ${brokenSectionRuns} parses went through a broken section`);
    }
  });

  it("parses in full, with the full parser's errors, whatever a piece alone cannot judge", () => {
    const base = 'presales: "1.0"\nproposal:\n  title: T\n';
    const cases: Record<string, string> = {
      'duplicate top-level key': `${base}proposal:\n  title: again\n`,
      'anchor in one section, alias in another': `${base}customer:\n  name: &n ACME\nrisks:\n  - title: *n\n`,
      'a second document': `${base}---\nmore: 1\n`,
      'a flow mapping at the top': '{ presales: "1.0" }\n',
      'a sequence at the top': '- a\n- b\n',
      'a syntax error': `${base}requirements:\n  - id: R1\n   title: bad indent\n`,
      tabs: `${base}customer:\n\tname: x\n`,
      'only comments': '# nothing yet\n',
      'empty text': '',
      'a quoted key split over lines': `${base}"long\n key": 1\n`,
      'a byte order mark': `\ufeff${base}`,
    };
    for (const [label, text] of Object.entries(cases)) {
      const parser = new ProposalParser();
      assertSameAsFull(parser.parse(text), text, label);
    }
    // A repeated key is found on the joined document, by the same linear check the full parse runs.
    const dup = new ProposalParser();
    const parsed = dup.parse(cases['duplicate top-level key'] ?? '');
    assert.equal(dup.stats.mode, 'incremental');
    assert.deepEqual(
      parsed.syntaxErrors.map((e) => e.yamlCode),
      ['DUPLICATE_KEY'],
    );
  });

  it("re-parses only the broken section while the user is mid-edit, with the full parser's errors", () => {
    const text = longProposal(10);
    const parser = new ProposalParser();
    parser.parse(text);
    // Typing a new key: `    pri` is not yet a key, a syntax error inside one requirement.
    const at = text.indexOf('\n', text.indexOf('  - id: R', text.indexOf('requirements:'))) + 1;
    const typing = `${text.slice(0, at)}    pri\n${text.slice(at)}`;
    assertSameAsFull(parser.parse(typing), typing, 'typing');
    assert.equal(parser.stats.mode, 'incremental');
    assert.ok(parser.parse(typing).syntaxErrors.length > 0);
    // A runaway flow mapping swallows the sections after it in a full parse: that one parses in full.
    const runaway = text.replace('\nrisks:', '\nteam_extra: { a: 1\nrisks:');
    assertSameAsFull(parser.parse(runaway), runaway, 'runaway');
  });

  it('keeps Windows line ends, odd names and markup exactly', () => {
    const text = [
      'presales: "1.0"',
      'proposal:',
      '  title: "<script>alert(1)</script> & 需求"',
      'requirements:',
      '  - id: R-1.a',
      '    title: "Ünïcødé: \\"quoted\\""',
      '    description: |',
      '      <img src=x onerror=alert(1)>',
      '      # not a comment',
      '',
      '  - id: R2 # trailing',
      "    title: 'single'' quote'",
      '',
    ].join('\r\n');
    const parser = new ProposalParser();
    assertSameAsFull(parser.parse(text), text, 'crlf');
    assert.equal(parser.stats.mode, 'incremental');
  });
});
