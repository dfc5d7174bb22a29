import { analyzeForEditor, type EditorDocument } from '../../../src/core/language/editorDocument';
import { proposalSchema } from '../../../src/core/language/schemaSource';
import type { SchemaContext } from '../../../src/core/language/schemaAt';

/** A small proposal touching every reference field, with comments that edits must keep. */
export const PROPOSAL = `presales: "1.0"
proposal:
  title: Demo proposal   # keep this comment
  language: en
requirements:
  - id: REQ-001
    title: Single sign-on
    type: security
    priority: must
  - id: REQ-002
    title: Reports
    priority: should
goals:
  - id: G1
    title: Faster logins
    metric: seconds
    target: 2
    deadline: 2027-06-30
    requirements: [REQ-001]
architecture:
  zones:
    - id: dmz
      name: DMZ
  components:
    - id: gw
      name: API gateway
      kind: gateway
      technology: Kong
      zone: dmz
      satisfies: [REQ-001]
    - id: db
      name: Database
      kind: database
      satisfies:
        - REQ-001
        - REQ-002
  connections:
    - from: gw
      to: db
      protocol: SQL
technology:
  - id: TC1
    area: Gateway
    choice: Kong
    components: [gw]
plan:
  start: 2027-01-04
  phases:
    - id: P1
      name: Build
      tasks:
        - id: T1
          name: Design
          duration: 5
          owner: alice
          requirements: [REQ-001]
        # the build waits for design
        - id: T2
          name: Build
          duration: 10
          owner: bob
          assignees: [alice, bob]
          dependsOn: [T1]
          requirements: [REQ-001, REQ-002]
team:
  - id: alice
    name: Alice Chen
    role: Architect
    allocation: 100
    dayRate: 1200
  - id: bob
    name: Bob Li
    role: Developer
budget:
  currency: EUR
risks:
  - id: RK1
    title: SSO vendor late
    likelihood: 4
    impact: 5
    owner: alice
    prevention: Order early
    contingency: Local accounts
    related: [REQ-001, gw]
demo:
  scenarios:
    - id: S1
      title: Login flow
      presenter: bob
      requirements: [REQ-001]
`;

let cachedSchema: SchemaContext | undefined;
/** The real schema; built once per test process (tests never mutate it). */
export function schema(): SchemaContext {
  cachedSchema ??= proposalSchema();
  return cachedSchema;
}

export function doc(text: string = PROPOSAL): EditorDocument {
  return analyzeForEditor(text);
}

export { offsetOf } from '../../support/positions';

/** Text with `|` marking the cursor: returns the text without it and the offset. */
export function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  if (offset < 0) throw new Error('no | cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}
