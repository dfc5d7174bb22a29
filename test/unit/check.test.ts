import * as assert from 'node:assert/strict';
import { checkProposal, checkProposalWith } from '../../src/core/check';
import { RULES } from '../../src/core/rules';
import { CODES } from '../../src/core/codes';
import { CLEAN, assertRangesInside, edit, rangeOf } from './rules/helpers';

describe('checkProposal: syntax stage', () => {
  it('reports every YAML syntax error as PS001 with the yaml code in data, not just the first', () => {
    const text = 'presales: "1.0"\nproposal:\n  title: [unclosed\n  bad: : :\n\t- tab\n';
    const found = checkProposal(text).diagnostics.filter((d) => d.code === 'PS001');
    assert.ok(found.length >= 3, JSON.stringify(found.map((d) => d.data)));
    for (const d of found) {
      assert.equal(d.severity, 'error');
      assert.equal(typeof d.data?.['yamlCode'], 'string');
      assert.match(d.message, /^YAML syntax error: /);
    }
    const tab = found.find((d) => d.data?.['yamlCode'] === 'TAB_AS_INDENT');
    assert.ok(tab);
    assert.deepEqual(tab.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 1 } });
  });

  it('PS001 for a duplicate key points at the second key', () => {
    const text = 'presales: "1.0"\nproposal:\n  title: A\n  title: B\n';
    const d = checkProposal(text).diagnostics.find((x) => x.code === 'PS001');
    assert.ok(d);
    assert.equal(d.data?.['yamlCode'], 'DUPLICATE_KEY');
    assert.deepEqual(d.range, rangeOf(text, 'title', 1));
  });

  it('PS002 covers the second document', () => {
    const text = `${CLEAN}---\nfoo: 1\n`;
    const d = checkProposal(text).diagnostics.filter((x) => x.code === 'PS002');
    assert.equal(d.length, 1);
    assert.equal(d[0]?.severity, 'error');
    assert.equal(d[0]?.range.start.line, CLEAN.split('\n').length - 1);
  });

  it('PS003 for an alias bomb points at the first alias and does not hang', () => {
    const rows = ['presales: "1.0"', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      rows.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const text = `${rows.join('\n')}\n`;
    const r = checkProposal(text);
    const d = r.diagnostics.find((x) => x.code === 'PS003');
    assert.ok(d);
    assert.deepEqual(d.range, rangeOf(text, '*a'));
    assert.deepEqual(r.proposal, {});
  });

  it('localises syntax messages', () => {
    const d = checkProposal('a: [1\n', { language: 'zh-CN' }).diagnostics.find((x) => x.code === 'PS001');
    assert.match(d?.message ?? '', /^YAML 语法错误：/);
  });
});

describe('checkProposal: pipeline', () => {
  it('runs the schema check (PS1xx) and the rules together, sorted by offset', () => {
    const text = edit(
      '  title: Test proposal\n',
      '  titel: Test proposal\n',
      edit('satisfies: [R2]', 'satisfies: [R3]'),
    );
    const r = checkProposal(text);
    const codes = r.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('PS102') && codes.includes('PS202'), codes.join());
    const offsets = r.diagnostics.map((d) => d.offset);
    assert.deepEqual(
      offsets,
      [...offsets].sort((a, b) => a - b),
    );
  });

  it('picks the language: option, then proposal.language, then English', () => {
    const bad = edit('satisfies: [R2]', 'satisfies: [R3]');
    const zhFile = edit('language: en', 'language: zh-CN', bad);
    const msg = (t: string, o?: { language?: 'en' | 'zh-CN' }) =>
      checkProposal(t, o).diagnostics.find((d) => d.code === 'PS202')?.message ?? '';
    assert.match(msg(zhFile), /未知的需求/);
    assert.match(msg(zhFile, { language: 'en' }), /Unknown requirement/);
    assert.match(msg(bad), /Unknown requirement/);
    assert.equal(checkProposal(zhFile).language, 'zh-CN');
  });

  it('exposes the id index with definitions and references', () => {
    const r = checkProposal(CLEAN);
    const r1 = r.ids.entries.get('R1');
    assert.equal(r1?.definitions[0]?.kind, 'requirement');
    assert.deepEqual(r1?.definitions[0]?.path, ['requirements', 0, 'id']);
    assert.ok((r1?.references.length ?? 0) >= 5);
    assert.ok(
      r1?.references.some(
        (ref) => ref.field === 'satisfies' && ref.path.join('/') === 'architecture/components/0/satisfies/0',
      ),
    );
    assert.deepEqual(
      r.ids.entries
        .get('T1')
        ?.references.map((ref) => ref.path.join('/'))
        .sort(),
      ['plan/phases/0/tasks/1/dependsOn/0', 'risks/0/related/1'],
    );
  });

  it('gives every code it emits a severity from the registry', () => {
    const severities = new Map<string, string>(CODES.map((c) => [c.code, c.severity]));
    const text = edit('satisfies: [R2]', 'satisfies: [R3]', edit('    answer: Azure AD\n', ''));
    for (const d of checkProposal(text).diagnostics) assert.equal(d.severity, severities.get(d.code), d.code);
  });
});

describe('checkProposal: hostile input never throws', () => {
  const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const blockNested = (depth: number): string =>
    Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
  const cases: Record<string, string> = {
    empty: '',
    'only a comment': '# nothing here\n',
    'a bare scalar': '42\n',
    'a list at top level': '- a\n- b\n',
    null: '~\n',
    'HTML and script in text': edit(
      'title: Test proposal',
      'title: "<script>alert(1)</script><img src=x onerror=alert(1)>"',
    ),
    'odd characters in ids': edit(
      '  - id: R2\n',
      '  - id: "R2\\u0000<b>\\u202e"\n',
      edit('satisfies: [R2]', 'satisfies: ["💥", "R\\t2", "__proto__", "constructor"]'),
    ),
    '__proto__ keys':
      'presales: "1.0"\nproposal: { title: x }\n__proto__: { polluted: true }\nrequirements:\n  - __proto__: { id: X }\n    constructor: 1\n',
    'huge numbers': edit(
      'duration: 5\n          owner: ana',
      'duration: 1e308\n          owner: ana',
      edit('quantity: 2', 'quantity: 1e308', edit('likelihood: 4', 'likelihood: 1e300')),
    ),
    'negative and fractional numbers': edit(
      'duration: 5\n          owner: ana',
      'duration: -3.7\n          owner: ana',
      edit('cap: 100000', 'cap: -1'),
    ),
    'infinity and NaN': edit(
      'duration: 5\n          owner: ana',
      'duration: .inf\n          owner: ana',
      edit('impact: 4', 'impact: .nan'),
    ),
    'deeply nested flow': `presales: "1.0"\nproposal: ${nested(2000)}\n`,
    'deeply nested blocks': `${blockNested(300)} 1\n`,
    'binary junk': String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 65536)),
    'NUL and BOM': `\uFEFF${CLEAN.replace(/e/g, '\u0000')}`,
    'wrong types everywhere':
      'presales: 1\nproposal: text\nrequirements: {a: 1}\ngoals: 3\narchitecture: [1]\nplan: { phases: [1, "x", { tasks: "no" }] }\nteam: [[], {}]\nbudget: { lines: 7, cap: "lots" }\nrisks: [{ likelihood: "high", impact: [] }]\n',
    'dates that are not dates': edit(
      'start: 2027-03-01',
      'start: 2027-02-30',
      edit('deadline: 2027-09-30', 'deadline: tomorrow'),
    ),
    'CRLF line endings': CLEAN.replace(/\n/g, '\r\n'),
    'a dependency object without task': edit('dependsOn: [T1]', 'dependsOn: [{ lag: 2 }, 7, null, [T1]]'),
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      for (const language of ['en', 'zh-CN'] as const) {
        const r = checkProposal(text, { language });
        assert.deepEqual(
          r.diagnostics.filter((d) => d.code === 'PS900').map((d) => d.message),
          [],
        );
        assertRangesInside(text, r.diagnostics);
      }
    });
  }

  it('does not pollute Object.prototype', () => {
    checkProposal(cases['__proto__ keys'] ?? '');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });
});

describe('checkProposal: a failing rule', () => {
  it('becomes one PS900 at 0:0 naming the rule, and the other rules still report', () => {
    const boom = {
      name: 'boom',
      run: (): void => {
        throw new Error('kaboom');
      },
    };
    const text = edit('satisfies: [R2]', 'satisfies: [R3]');
    const r = checkProposalWith(text, {}, [boom, ...RULES]);
    const internal = r.diagnostics.filter((d) => d.code === 'PS900');
    assert.equal(internal.length, 1);
    assert.equal(internal[0]?.severity, 'error');
    assert.deepEqual(internal[0]?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.match(internal[0]?.message ?? '', /\(rule boom\): kaboom/);
    assert.ok(r.diagnostics.some((d) => d.code === 'PS202'));
    const zh = checkProposalWith(text, { language: 'zh-CN' }, [boom]).diagnostics.find((d) => d.code === 'PS900');
    assert.match(zh?.message ?? '', /检查器内部出错（rule boom）/);
  });
});
