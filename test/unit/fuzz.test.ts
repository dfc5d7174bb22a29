import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkProposal } from '../../src/core/check';
import { CLEAN, assertRangesInside } from './rules/helpers';
import { mulberry32 } from './seededRandom';
import { brokenExamples, exampleProposals } from '../support/fixtures';
import { repoRoot as root } from '../support/repo';

/**
 * Seeded fuzzing: the bundled examples (and the broken ones) are cut into pieces, mutated and
 * truncated thousands of times; the checker must never throw, never report an internal error
 * (PS900), and keep every range inside the document. Deterministic: a failure prints its seed and
 * iteration, and rerunning reproduces it.
 */
const SEED = 0x5eed2026;
const WINDOW_RUNS = 2000;
const WHOLE_FILE_RUNS = 60;

type Random = () => number;
const int = (rnd: Random, n: number): number => Math.floor(rnd() * n);
const pickOne = <T>(rnd: Random, list: readonly T[]): T => list[int(rnd, list.length)];

/** Characters that matter to YAML and to our rules, plus some that matter to nobody. */
const ALPHABET = [
  ':',
  '-',
  ' ',
  '  ',
  '\n',
  '\t',
  '[',
  ']',
  '{',
  '}',
  ',',
  '"',
  "'",
  '#',
  '&a',
  '*a',
  '!',
  '|',
  '>',
  '?',
  '%',
  '---',
  '...',
  'T1',
  'R1',
  'id: X',
  '0',
  '1e400',
  '-1',
  '需求',
  '💥',
  '\u0000',
  '\r',
  '\r\n',
  '<script>',
  '\\',
  '@',
  '`',
];

function mutate(rnd: Random, text: string): string {
  const lines = text.split('\n');
  switch (int(rnd, 8)) {
    case 0: {
      // delete a span of characters
      const at = int(rnd, text.length + 1);
      return text.slice(0, at) + text.slice(at + int(rnd, 40));
    }
    case 1: {
      // duplicate a few lines (duplicate ids and keys)
      const at = int(rnd, lines.length);
      const n = 1 + int(rnd, 6);
      lines.splice(at, 0, ...lines.slice(at, at + n));
      return lines.join('\n');
    }
    case 2: {
      // insert random tokens
      const at = int(rnd, text.length + 1);
      return text.slice(0, at) + pickOne(rnd, ALPHABET) + pickOne(rnd, ALPHABET) + text.slice(at);
    }
    case 3: {
      // change indentation of a line
      const at = int(rnd, lines.length);
      const line = lines[at] ?? '';
      lines[at] = rnd() < 0.5 ? ' '.repeat(1 + int(rnd, 4)) + line : line.replace(/^ {1,3}/, '');
      return lines.join('\n');
    }
    case 4: // truncate
      return text.slice(0, int(rnd, text.length + 1));
    case 5: {
      // delete whole lines
      const at = int(rnd, lines.length);
      lines.splice(at, 1 + int(rnd, 5));
      return lines.join('\n');
    }
    case 6: {
      // swap two lines
      const a = int(rnd, lines.length);
      const b = int(rnd, lines.length);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    default: {
      // replace a value after a colon by a random token
      const at = int(rnd, lines.length);
      lines[at] = (lines[at] ?? '').replace(/:\s.*$/, `: ${pickOne(rnd, ALPHABET)}`);
      return lines.join('\n');
    }
  }
}

function corpus(): string[] {
  const files = [...exampleProposals(), ...brokenExamples()].map((f) => readFileSync(path.join(root, f), 'utf8'));
  return [...files, CLEAN];
}

/** The header (up to the first section after `proposal`) plus a few whole top-level sections. */
function sections(text: string): { header: string; parts: string[] } {
  const lines = text.split('\n');
  const starts = lines.flatMap((l, i) => (/^[A-Za-z_]/.test(l) ? [i] : []));
  const parts = starts.map((s, k) => lines.slice(s, starts[k + 1] ?? lines.length).join('\n'));
  const header = parts.filter((p) => /^(presales|proposal):/.test(p)).join('\n');
  return { header, parts: parts.filter((p) => !/^(presales|proposal):/.test(p)) };
}

function checkOne(text: string, where: string, language: 'en' | 'zh-CN'): void {
  let result;
  try {
    result = checkProposal(text, { language });
  } catch (e: unknown) {
    assert.fail(`${where}: checkProposal threw ${e instanceof Error ? e.stack : String(e)}`);
  }
  const internal = result.diagnostics.filter((d) => d.code === 'PS900');
  assert.deepEqual(
    internal.map((d) => d.message),
    [],
    `${where}: internal error`,
  );
  try {
    assertRangesInside(text, result.diagnostics);
  } catch (e: unknown) {
    assert.fail(`${where}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

describe('fuzz: the checker on mutated examples', function () {
  this.timeout(60000);
  const files = corpus();

  it(`never throws, never reports PS900 and keeps ranges inside, on ${WINDOW_RUNS} mutated sections`, () => {
    const rnd = mulberry32(SEED);
    for (let i = 0; i < WINDOW_RUNS; i++) {
      const { header, parts } = sections(pickOne(rnd, files));
      // Sections are cut to their first few dozen lines: small inputs keep thousands of runs fast.
      const chosen = Array.from({ length: 1 + int(rnd, 3) }, () =>
        pickOne(rnd, parts.length ? parts : [''])
          .split('\n')
          .slice(0, 5 + int(rnd, 60))
          .join('\n'),
      );
      let text = [header, ...chosen].join('\n');
      const rounds = 1 + int(rnd, 4);
      for (let m = 0; m < rounds; m++) text = mutate(rnd, text);
      checkOne(text, `seed ${SEED} section run ${i}`, i % 2 === 0 ? 'en' : 'zh-CN');
    }
  });

  it(`never throws on ${WHOLE_FILE_RUNS} mutated and truncated whole files`, () => {
    const rnd = mulberry32(SEED ^ 0xabcdef);
    for (let i = 0; i < WHOLE_FILE_RUNS; i++) {
      let text = pickOne(rnd, files);
      const rounds = 1 + int(rnd, 6);
      for (let m = 0; m < rounds; m++) text = mutate(rnd, text);
      checkOne(text, `seed ${SEED ^ 0xabcdef} whole-file run ${i}`, i % 2 === 0 ? 'en' : 'zh-CN');
    }
  });

  it('checks the unmutated corpus without PS900', () => {
    for (const [i, text] of files.entries()) checkOne(text, `corpus file ${i}`, 'en');
  });
});
