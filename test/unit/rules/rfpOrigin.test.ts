import { CLEAN, assertChinese, check, edit, expectNone, expectOne, rangeOf } from './helpers';

const ORIGIN = `    rfp:
      id: 4.1.1
      text: The platform shall support 2,000 concurrent agents.
      row: 7
      textHash: b0d16c35
`;

function withOrigin(origin: string): string {
  return edit(
    '    title: Track orders\n    priority: must\n',
    `    title: Track orders\n    priority: must\n${origin}`,
  );
}

describe("rules: PS240 the customer's wording was edited", () => {
  it('does not fire while rfp.text is what was imported (also across line breaks and spaces)', () => {
    expectNone(check(withOrigin(ORIGIN)), 'PS240');
    expectNone(check(withOrigin(ORIGIN.replace('support 2,000', 'support   2,000'))), 'PS240');
    expectNone(check(CLEAN), 'PS240');
  });

  it('fires on rfp.text when it no longer matches its hash, in both languages', () => {
    const text = withOrigin(ORIGIN.replace('2,000', '1,000'));
    const d = expectOne(
      check(text),
      'PS240',
      'warning',
      rangeOf(text, 'The platform shall support 1,000 concurrent agents.'),
    );
    if (!/'R1' \(RFP 4\.1\.1\)/.test(d.message)) throw new Error(d.message);
    assertChinese(expectOne(check(text, { language: 'zh-CN' }), 'PS240', 'warning', d.range).message);
  });

  it('ignores a malformed hash (the schema reports it) and a missing text', () => {
    expectNone(check(withOrigin(ORIGIN.replace('b0d16c35', 'XYZ'))), 'PS240');
    expectNone(check(withOrigin('    rfp:\n      textHash: b0d16c35\n')), 'PS240');
  });
});
