import * as assert from 'node:assert/strict';
import { parseProposalText, type ParsedProposal } from '../../src/core/parse';
import { checkSchema, closest, pathLabel } from '../../src/core/schemaCheck';
import type { Diagnostic } from '../../src/core/diagnostic';
import type { Language } from '../../src/core/model';

const MINIMAL = 'presales: "1.0"\nproposal:\n  title: X\n';

function schemaDiagnostics(text: string, lang: Language = 'en'): Diagnostic[] {
  return checkSchema(parseProposalText(text), lang);
}

/** [startLine, startChar, endLine, endChar], 0-based as in LSP. */
type RangeTuple = [number, number, number, number];
const rangeOf = (d: Diagnostic): RangeTuple => [
  d.range.start.line,
  d.range.start.character,
  d.range.end.line,
  d.range.end.character,
];

/** The document must yield exactly one diagnostic, with this code, severity error and this range. */
function expectOne(text: string, code: string, range: RangeTuple): Diagnostic {
  const all = schemaDiagnostics(text);
  assert.deepEqual(
    all.map((d) => `${d.code} ${JSON.stringify(rangeOf(d))}`),
    [`${code} ${JSON.stringify(range)}`],
    all.map((d) => d.message).join('\n'),
  );
  const d = all[0];
  assert.equal(d.severity, 'error');
  assert.equal(text.slice(d.offset, d.offset + d.length).length, d.length);
  return d;
}

function expectNone(text: string): void {
  assert.deepEqual(
    schemaDiagnostics(text).map((d) => `${d.code} ${d.message}`),
    [],
  );
}

describe('schema check: the minimal document', () => {
  it('is valid', () => expectNone(MINIMAL));
  it('stays valid with every section present and well-formed', () => {
    expectNone(`${MINIMAL}requirements:
  - id: R1
    title: Login
    type: security
    priority: must
    acceptance: [SSO works]
plan:
  start: 2025-03-03
  calendar: { workingDays: [mon, tue, wed, thu, fri], holidays: [{ date: 2025-05-01, to: 2025-05-05, name: Labour Day }] }
  phases:
    - name: Build
      tasks:
        - { id: T1, name: Design, duration: 5 }
        - { id: T2, name: Build, effort: 10, dependsOn: [T1, { task: T1, lag: -2 }] }
team:
  - { id: pm, name: Li Lei, allocation: 50, dayRate: 1200 }
risks:
  - { id: K1, title: Late data, likelihood: 5, impact: 1, related: [R1, T2] }
budget: { currency: CNY, contingency: 10, cap: 100000 }
goals:
  - { id: G1, title: Faster, baseline: 10, target: "2 min" }
`);
  });
});

describe('schema check: PS101 missing required property', () => {
  it('marks the key of the object that lacks it', () => {
    const d = expectOne('presales: "1.0"\nproposal:\n  subtitle: Y\n', 'PS101', [1, 0, 1, 8]);
    assert.match(d.message, /`proposal` lacks the required property `title`/);
    assert.equal(d.data?.['property'], 'title');
  });
  it('marks the first key of a list item that lacks it', () => {
    const d = expectOne(`${MINIMAL}requirements:\n  - title: A\n`, 'PS101', [4, 4, 4, 9]);
    assert.match(d.message, /`requirements\[0\]` lacks the required property `id`/);
  });
  it('marks the first key of the file for a missing top-level property', () => {
    const d = expectOne('presales: "1.0"\n', 'PS101', [0, 0, 0, 8]);
    assert.match(d.message, /`proposal`/);
  });
  it('reports an empty file at 0:0', () => {
    const d = expectOne('', 'PS101', [0, 0, 0, 0]);
    assert.match(d.message, /empty/);
  });
  it('does not fire when the required property is there', () =>
    expectNone(`${MINIMAL}requirements:\n  - id: R1\n    title: A\n`));
});

describe('schema check: PS102 unknown property', () => {
  it('marks the unknown key and suggests the closest valid key', () => {
    const d = expectOne(`${MINIMAL}risks:\n  - id: K1\n    title: r\n    onwer: pm\n`, 'PS102', [6, 4, 6, 9]);
    assert.match(d.message, /did you mean `owner`\?/i);
    assert.equal(d.data?.['suggestion'], 'owner');
  });
  it('catches a top-level typo', () => {
    const d = expectOne(`${MINIMAL}customr:\n  name: A\n`, 'PS102', [3, 0, 3, 7]);
    assert.match(d.message, /did you mean `customer`\?/i);
  });
  it('lists the known keys when nothing is close', () => {
    const d = expectOne(`${MINIMAL}team:\n  - { id: a, name: b, shoeSize: 42 }\n`, 'PS102', [4, 22, 4, 30]);
    assert.doesNotMatch(d.message, /did you mean/i);
    assert.match(d.message, /allocation/);
  });
  it('counts UTF-16 characters for a Chinese key', () => {
    const d = expectOne('presales: "1.0"\nproposal:\n  title: 方案\n  标题: 方案\n', 'PS102', [3, 2, 3, 4]);
    assert.match(d.message, /`标题`/);
  });
  it('marks a complex key itself, not the whole file', () => {
    expectOne(`${MINIMAL}? [a, b]\n: c\n`, 'PS102', [3, 2, 3, 8]);
  });
  it('does not fire on known keys', () => expectNone(`${MINIMAL}risks:\n  - id: K1\n    title: r\n    owner: pm\n`));
});

describe('schema check: PS103 wrong type', () => {
  it('marks the value', () => {
    const d = expectOne(`${MINIMAL}requirements: R1\n`, 'PS103', [3, 14, 3, 16]);
    assert.match(d.message, /`requirements` must be a list, found text/);
  });
  it('marks the key of an empty value', () => {
    const d = expectOne('presales: "1.0"\nproposal:\n  title:\n', 'PS103', [2, 2, 2, 7]);
    assert.match(d.message, /found an empty value/);
  });
  it('collapses the oneOf branches of a dependency into one message', () => {
    const d = expectOne(
      `${MINIMAL}plan:\n  phases:\n    - name: P\n      tasks:\n        - { id: T1, name: a, dependsOn: [3] }\n`,
      'PS103',
      [7, 41, 7, 42],
    );
    assert.match(d.message, /must be a task id \(`T1`\) or `\{ task: T1, lag: 2 \}`, found a number/);
  });
  it('reports the matching branch only when the dependency is an object', () => {
    const d = expectOne(
      `${MINIMAL}plan:\n  phases:\n    - name: P\n      tasks:\n        - { id: T1, name: a, dependsOn: [{ task: T0, lag: 1.5 }] }\n`,
      'PS103',
      [7, 58, 7, 61],
    );
    assert.match(d.message, /`plan\.phases\[0\]\.tasks\[0\]\.dependsOn\[0\]\.lag` must be a whole number/);
  });
  it('says the root must be a mapping when it is a list', () => {
    const d = expectOne('- a\n- b\n', 'PS103', [0, 0, 2, 0]);
    assert.match(d.message, /top level .* mapping/);
  });
  it('does not fire on the right types', () =>
    expectNone(`${MINIMAL}requirements: []\ngoals:\n  - { id: G1, title: t, target: 5 }\n`));
});

describe('schema check: PS104 value not allowed', () => {
  it('marks the value and lists the allowed values', () => {
    const d = expectOne(
      `${MINIMAL}requirements:\n  - id: R1\n    title: A\n    priority: high\n`,
      'PS104',
      [6, 14, 6, 18],
    );
    assert.match(d.message, /allowed values: must, should, could, wont/);
  });
  it('suggests the value in the right case', () => {
    const d = expectOne(`${MINIMAL}requirements:\n  - { id: R1, title: A, priority: Must }\n`, 'PS104', [4, 34, 4, 38]);
    assert.equal(d.data?.['suggestion'], 'must');
  });
  it('does not fire on an allowed value', () =>
    expectNone(`${MINIMAL}requirements:\n  - { id: R1, title: A, priority: must }\n`));
});

describe('schema check: PS105 bad id or date format', () => {
  it('marks a bad id and says what an id is', () => {
    const d = expectOne(`${MINIMAL}requirements:\n  - id: 1R\n    title: A\n`, 'PS105', [4, 8, 4, 10]);
    assert.match(d.message, /expected an id: a letter/);
    assert.equal(d.data?.['format'], 'id');
  });
  it('marks a bad reference id inside a list', () => {
    expectOne(`${MINIMAL}goals:\n  - { id: G1, title: t, requirements: [R1, "R 2"] }\n`, 'PS105', [4, 43, 4, 48]);
  });
  it('marks a bad date and names the expected form', () => {
    const d = expectOne(`${MINIMAL}  date: 2025/01/02\n`, 'PS105', [3, 8, 3, 18]);
    assert.match(d.message, /YYYY-MM-DD/);
  });
  it('marks a bad currency code', () => {
    const d = expectOne(`${MINIMAL}budget:\n  currency: rmb\n`, 'PS105', [4, 12, 4, 15]);
    assert.match(d.message, /ISO 4217/);
  });
  it('does not fire on good ids and dates', () =>
    expectNone(`${MINIMAL}  date: 2025-01-02\nrequirements:\n  - { id: R1.a-b_c, title: A }\n`));
});

describe('schema check: PS106 number out of range', () => {
  it('marks the number and gives both bounds', () => {
    const d = expectOne(`${MINIMAL}risks:\n  - { id: K1, title: r, likelihood: 6 }\n`, 'PS106', [4, 36, 4, 37]);
    assert.match(d.message, /outside the allowed range 1 to 5/);
  });
  it('checks allocation 0..100', () => {
    expectOne(`${MINIMAL}team:\n  - id: a\n    name: b\n    allocation: 150\n`, 'PS106', [6, 16, 6, 19]);
  });
  it('gives the one bound when there is only one', () => {
    const d = expectOne(`${MINIMAL}team:\n  - { id: a, name: b, dayRate: -1 }\n`, 'PS106', [4, 31, 4, 33]);
    assert.match(d.message, /at least 0/);
  });
  it('does not fire on the bounds themselves', () =>
    expectNone(`${MINIMAL}risks:\n  - { id: K1, title: r, likelihood: 5, impact: 1 }\nbudget: { contingency: 0 }\n`));
});

describe('schema check: PS107 format version', () => {
  it('asks for the quoted text when the version is a number, once', () => {
    const d = expectOne('presales: 1.0\nproposal:\n  title: X\n', 'PS107', [0, 10, 0, 13]);
    assert.match(d.message, /presales: "1.0"/);
  });
  it('names an unknown version', () => {
    const d = expectOne('presales: "2.0"\nproposal:\n  title: X\n', 'PS107', [0, 10, 0, 15]);
    assert.match(d.message, /Unknown format version `2.0`/);
  });
  it('reports a missing version on the first key', () => {
    expectOne('proposal:\n  title: X\n', 'PS107', [0, 0, 0, 8]);
  });
  it('does not fire on "1.0"', () => expectNone(MINIMAL));
});

describe('schema check: PS199 other schema problems', () => {
  it('marks the repeated id in a reference list', () => {
    const d = expectOne(
      `${MINIMAL}goals:\n  - { id: G1, title: t, requirements: [R1, R2, R1] }\n`,
      'PS199',
      [4, 47, 4, 49],
    );
    assert.match(d.message, /lists `R1` twice/);
  });
  it('does not fire on distinct ids', () =>
    expectNone(`${MINIMAL}goals:\n  - { id: G1, title: t, requirements: [R1, R2] }\n`));
});

describe('schema check: one typo, one diagnostic', () => {
  it('reports a misspelt required key once, as unknown with the suggestion, not also as missing', () => {
    const d = expectOne('presales: "1.0"\nproposal:\n  titel: X\n', 'PS102', [2, 2, 2, 7]);
    assert.match(d.message, /Did you mean `title`\?/);
  });
  it('still reports the missing key when the unknown key is not a near miss', () => {
    assert.deepEqual(
      schemaDiagnostics('presales: "1.0"\nproposal:\n  heading: X\n').map((d) => d.code),
      ['PS101', 'PS102'],
    );
  });
});

describe('schema check: many errors at once', () => {
  it('reports each problem once, in file order', () => {
    const text =
      'presales: "1.0"\nproposal:\n  titel: X\nrisks:\n  - { id: 1K, title: r, likelihood: 9, category: tech }\n';
    assert.deepEqual(
      schemaDiagnostics(text).map((d) => d.code),
      ['PS102', 'PS105', 'PS106', 'PS104'],
    );
  });
});

describe('schema check: Chinese messages', () => {
  it('speaks Simplified Chinese when asked, with the same codes and ranges', () => {
    const text = 'presales: 2\nproposal:\n  titel: X\nrisks:\n  - { id: K1, title: r, likelihood: 9, onwer: pm }\n';
    const en = schemaDiagnostics(text, 'en');
    const zh = schemaDiagnostics(text, 'zh-CN');
    assert.deepEqual(
      zh.map((d) => [d.code, rangeOf(d)]),
      en.map((d) => [d.code, rangeOf(d)]),
    );
    assert.ok(zh.length >= 4);
    for (const d of zh) assert.match(d.message, /[\u4e00-\u9fff]/, d.message);
    assert.ok(zh.some((d) => /是不是想写 `owner`/.test(d.message)));
    assert.ok(zh.some((d) => /超出允许范围 1 到 5/.test(d.message)));
  });
});

describe('schema check: hostile input never throws', () => {
  const hostile: Array<[string, string]> = [
    ['empty', ''],
    ['only a comment', '# nothing here\n'],
    ['a scalar root', 'just text'],
    ['a number root', '42'],
    ['a list root', '- presales: "1.0"\n'],
    ['a null root', '~'],
    ['deeply nested lists at the root', `${'['.repeat(500)}${']'.repeat(500)}`],
    ['deeply nested junk under a known key', `${MINIMAL}requirements: ${'['.repeat(300)}1${']'.repeat(300)}\n`],
    ['deeply nested junk under an unknown key', `${MINIMAL}junk: ${'{a: '.repeat(200)}1${'}'.repeat(200)}\n`],
    ['keys with JSON pointer characters', `${MINIMAL}"a/b~c": 1\n"~1": 2\n`],
    [
      'HTML and script in values',
      `${MINIMAL}requirements:\n  - { id: R1, title: "<script>alert(1)</script>", priority: "<img src=x onerror=alert(1)>" }\n`,
    ],
    [
      'prototype-named keys',
      `${MINIMAL}__proto__: { polluted: true }\nconstructor: 1\nrequirements:\n  - { id: R1, title: A, hasOwnProperty: x, __proto__: y }\n`,
    ],
    ['a non-string key', `${MINIMAL}1: one\n? [a, b]\n: c\n`],
    ['broken YAML', 'presales: "1.0"\nproposal:\n  title: [unclosed\n  - x: :\n'],
    [
      'an alias bomb',
      'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n',
    ],
    ['odd characters in ids', `${MINIMAL}requirements:\n  - { id: "R\u0000\u202e1", title: "\ud800" }\n`],
    ['a second document', `${MINIMAL}---\nfoo: bar\n`],
  ];
  for (const [name, text] of hostile) {
    it(`${name}: no throw, every range inside the text`, () => {
      for (const lang of ['en', 'zh-CN'] as const) {
        const all = checkSchema(parseProposalText(text), lang);
        for (const d of all) {
          assert.ok(
            d.offset >= 0 && d.offset + d.length <= text.length,
            `${d.code} ${d.offset}+${d.length} outside ${text.length}`,
          );
          assert.ok(d.message.length > 0);
        }
      }
    });
  }
  it('reports a list root and a scalar root clearly', () => {
    assert.equal(schemaDiagnostics('- a\n')[0]?.code, 'PS103');
    assert.equal(schemaDiagnostics('42')[0]?.code, 'PS103');
  });
  it('returns nothing when the value could not be built (already a syntax error)', () => {
    const parsed: ParsedProposal = { ...parseProposalText(MINIMAL), value: undefined };
    assert.deepEqual(checkSchema(parsed, 'en'), []);
  });
});

describe('schema check: helpers', () => {
  it('labels paths the way messages show them', () => {
    assert.equal(pathLabel(['plan', 'phases', 0, 'tasks', 2, 'owner']), 'plan.phases[0].tasks[2].owner');
    assert.equal(pathLabel([]), '');
  });
  it('suggests only near keys', () => {
    assert.equal(closest('onwer', ['owner', 'name']), 'owner');
    assert.equal(closest('Title', ['title']), 'title');
    assert.equal(closest('xyz', ['owner', 'name']), undefined);
  });
});
