import * as assert from 'node:assert/strict';
import { parse } from 'yaml';
import { checkProposal } from '../../src/core/check';
import type { Language } from '../../src/core/model';
import { starterProposal } from '../../src/core/starter';

const LANGUAGES: Language[] = ['en', 'zh-CN'];

/** "Validates clean": no errors and no warnings (an information, e.g. an open question, would be allowed). */
function problems(text: string): string[] {
  return checkProposal(text)
    .diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning')
    .map((d) => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

describe('starterProposal', () => {
  for (const lang of LANGUAGES) {
    describe(lang, () => {
      it('validates clean', () => {
        assert.deepEqual(problems(starterProposal(lang, 'Order tracking portal')), []);
      });

      it('has no diagnostics at all, not even information', () => {
        assert.deepEqual(
          checkProposal(starterProposal(lang, 'x')).diagnostics.map((d) => d.code),
          [],
        );
      });

      it('declares its language and the format version', () => {
        const value = parse(starterProposal(lang, 'x')) as { presales: string; proposal: { language: string } };
        assert.equal(value.presales, '1.0');
        assert.equal(value.proposal.language, lang);
      });

      it('fills every major section', () => {
        const value = parse(starterProposal(lang, 'x')) as Record<string, unknown>;
        for (const section of [
          'proposal',
          'customer',
          'requirements',
          'goals',
          'architecture',
          'technology',
          'plan',
          'team',
          'resources',
          'budget',
          'risks',
          'communication',
          'questions',
          'training',
          'support',
          'demo',
          'feasibility',
          'sales',
        ]) {
          assert.ok(value[section] !== undefined, `missing section ${section}`);
        }
      });

      it('guides the user with comments', () => {
        assert.ok(
          starterProposal(lang, 'x')
            .split('\n')
            .filter((l) => l.trimStart().startsWith('#')).length >= 8,
        );
      });

      const hostile = [
        'Acme: "Big" Deal #1',
        "O'Brien & Sons",
        'line one\nline two',
        '- looks like a list',
        '&anchor *alias !tag',
        '{ flow: map }',
        '[1, 2]',
        '  padded  ',
        'null',
        'true',
        '0x1F',
        '2027-01-01',
        '--- ...',
        '| >',
        '% @ `',
        'tab\there\u0000nul\u0007bell',
        '<script>alert(1)</script>',
        '中文：方案 #1「引号」',
        '\u202Eright-to-left',
        'emoji 🚀 name',
        'del\u007f c1\u0085 sep\u2028para\u2029 bom\ufeff lone\ud800 surrogate',
        'x'.repeat(500),
      ];
      for (const name of hostile) {
        it(`keeps a hostile name intact: ${JSON.stringify(name).slice(0, 40)}`, () => {
          const text = starterProposal(lang, name);
          const value = parse(text) as { proposal: { title: unknown } };
          assert.equal(value.proposal.title, name);
          // A right-to-left override in the name is kept, and warned about (PS221) as it should be.
          assert.deepEqual(
            problems(text).filter((p) => !p.startsWith('PS221 ')),
            [],
          );
        });
      }

      it('uses a default title for an empty or blank name', () => {
        for (const name of ['', '   ']) {
          const value = parse(starterProposal(lang, name)) as { proposal: { title: string } };
          assert.ok(value.proposal.title.trim().length > 0);
        }
      });
    });
  }

  it('is deterministic', () => {
    assert.equal(starterProposal('en', 'a'), starterProposal('en', 'a'));
  });
});
