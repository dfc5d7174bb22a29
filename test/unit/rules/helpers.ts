import * as assert from 'node:assert/strict';
import { checkProposal, type CheckOptions, type CheckResult } from '../../../src/core/check';
import type { Diagnostic, Range } from '../../../src/core/diagnostic';

/**
 * A small proposal on which no rule fires (the schema accepts it too). Each rule test edits one
 * place of it, so a diagnostic's expected range can be computed from the edited text.
 * 2027-03-01 is a Monday: T1 runs Mar 1-5, T2 Mar 8-12.
 */
export const CLEAN = `presales: "1.0"
proposal:
  title: Test proposal
  language: en
requirements:
  - id: R1
    title: Track orders
    priority: must
  - id: R2
    title: Fast pages
    priority: should
goals:
  - id: G1
    title: Fewer calls
    metric: Calls per week
    target: 600
    deadline: 2027-09-30
    requirements: [R1]
architecture:
  zones:
    - id: Z1
  components:
    - id: C1
      kind: service
      zone: Z1
      satisfies: [R1]
    - id: C2
      kind: database
      satisfies: [R2]
  connections:
    - from: C1
      to: C2
technology:
  - id: TC1
    area: Store
    choice: PostgreSQL
    components: [C2]
plan:
  start: 2027-03-01
  phases:
    - id: P1
      name: Build
      tasks:
        - id: T1
          name: Design
          duration: 5
          owner: ana
          requirements: [R1]
        - id: T2
          name: Build
          duration: 5
          owner: bob
          assignees: [bob]
          dependsOn: [T1]
team:
  - id: ana
    name: Ana
  - id: bob
    name: Bob
budget:
  currency: EUR
  cap: 100000
  lines:
    - id: B1
      item: Licences
      category: licence
      quantity: 2
      unitCost: 1000
risks:
  - id: K1
    title: Late data
    likelihood: 4
    impact: 4
    owner: ana
    prevention: Ask early
    contingency: Use sample data
    related: [R1, T1]
questions:
  - id: Q1
    question: Which SSO?
    owner: ana
    status: answered
    answer: Azure AD
demo:
  scenarios:
    - id: D1
      title: Track an order
      requirements: [R1]
      presenter: bob
`;

/** CLEAN with one exact substring replaced (fails loudly when the substring is not there once). */
export function edit(from: string, to: string, text = CLEAN): string {
  const at = text.indexOf(from);
  assert.ok(at >= 0, `fixture has no ${JSON.stringify(from)}`);
  assert.equal(text.indexOf(from, at + 1), -1, `fixture has ${JSON.stringify(from)} more than once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function check(text: string, options?: CheckOptions): CheckResult {
  return checkProposal(text, options);
}

export function withCode(result: CheckResult, code: string): Diagnostic[] {
  return result.diagnostics.filter((d) => d.code === code);
}

export { rangeOf } from '../../support/positions';

/** Exactly one diagnostic with this code, with this severity and range; returns it for message checks. */
export function expectOne(
  result: CheckResult,
  code: string,
  severity: Diagnostic['severity'],
  range: Range,
): Diagnostic {
  const found = withCode(result, code);
  assert.equal(found.length, 1, `expected one ${code}, got ${JSON.stringify(found.map((d) => d.message))}`);
  const d = found[0];
  assert.equal(d.severity, severity);
  assert.deepEqual(d.range, range);
  return d;
}

export function expectNone(result: CheckResult, code: string): void {
  assert.deepEqual(
    withCode(result, code).map((d) => d.message),
    [],
    `${code} should not fire`,
  );
}

/** Chinese messages must actually be Chinese (at least one CJK character), not English left over. */
export function assertChinese(message: string): void {
  assert.match(message, /[\u4e00-\u9fff]/, `not Chinese: ${message}`);
}

/** Every range inside the text: line < line count, character <= that line's length (lines split on \n like yaml's LineCounter). */
export function assertRangesInside(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = text.split('\n');
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(p.line >= 0 && p.line < lines.length, `${d.code} line ${p.line} outside ${lines.length} lines`);
      assert.ok(
        p.character >= 0 && p.character <= (lines[p.line] ?? '').length,
        `${d.code} character ${p.character} past line ${p.line}`,
      );
    }
    assert.ok(d.offset >= 0 && d.offset + d.length <= text.length, `${d.code} offsets outside the text`);
  }
}
