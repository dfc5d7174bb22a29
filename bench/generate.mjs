// Generates realistic proposals of a requested size for the benchmarks: many requirements,
// components with connections, phases of dependent tasks, risks, goals; and a few injected problems
// (schema errors and broken references) so that every checker under test does real work.

const PRIORITIES = ['must', 'should', 'could', 'should'];
const TYPES = ['functional', 'performance', 'integration', 'security', 'data', 'operational'];
const KINDS = ['service', 'database', 'queue', 'gateway', 'client', 'cache'];
const CATEGORIES = ['technical', 'implementation', 'resource', 'schedule', 'security'];
const TEAM = 24;

/**
 * @param {number} targetLines about how many lines the file should have
 * @param {{ injectErrors?: boolean }} options
 * @returns {{ text: string, editOffset: number, lines: number, injectedErrors: number }} editOffset: a character inside a description that the
 *   benchmarks change to simulate a one-character edit (it never changes the problems found).
 */
export function generateProposal(targetLines, { injectErrors = true } = {}) {
  const head = [
    'presales: "1.0"',
    'proposal:',
    `  title: Generated benchmark proposal (${targetLines} lines)`,
    '  version: "1.0"',
    '  date: 2026-11-27',
    '  language: en',
    '  status: draft',
    '  summary: |',
    '    A generated proposal for benchmarks. Its shape follows the bundled examples.',
    'customer:',
    '  name: Benchmark Industries',
    '  industry: Manufacturing',
  ];
  // Each unit is ~124 lines: 4 requirements, 1 goal, 2 components, 2 connections, 1 phase of 6 tasks, 2 risks.
  const units = Math.max(1, Math.round((targetLines - 40) / 124));
  const requirements = ['requirements:'];
  const goals = ['goals:'];
  const components = ['  components:'];
  const connections = ['  connections:'];
  const phases = ['  phases:'];
  const risks = ['risks:'];
  let errors = 0;
  for (let u = 0; u < units; u++) {
    for (let k = 0; k < 4; k++) {
      const n = u * 4 + k;
      const bad = injectErrors && n % 40 === 17;
      if (bad) errors++;
      requirements.push(
        `  - id: R${n}`,
        `    title: Requirement ${n} of the generated proposal`,
        `    type: ${TYPES[n % TYPES.length]}`,
        `    priority: ${bad ? 'mandatory' : PRIORITIES[n % PRIORITIES.length]}`,
        `    description: The system shall handle business case ${n} for the plant and report its status to the operators.`,
        `    solution: Component C${Math.floor(n / 2)} implements it; tested in task T${u}_${k}.`,
        '    acceptance:',
        `      - Case ${n} passes the acceptance test with production data`,
        `    source: Workshop ${(u % 12) + 1}`,
      );
    }
    goals.push(
      `  - id: G${u}`,
      `    title: Improve indicator ${u}`,
      `    metric: Indicator ${u} per week`,
      `    baseline: ${50 + (u % 20)}`,
      `    target: ${70 + (u % 20)}`,
      '    deadline: 2099-12-31',
      `    requirements: [R${u * 4}, R${u * 4 + 1}]`,
    );
    for (let k = 0; k < 2; k++) {
      const c = u * 2 + k;
      components.push(
        `    - id: C${c}`,
        `      name: Component ${c}`,
        `      kind: ${KINDS[c % KINDS.length]}`,
        `      technology: Technology ${c % 9}`,
        `      zone: z${c % 3}`,
        `      description: Runs part ${c} of the solution.`,
        `      satisfies: [R${c * 2}, R${c * 2 + 1}]`,
      );
      connections.push(`    - { from: C${c}, to: C${(c + 1) % (units * 2)}, protocol: HTTPS, label: call ${c} }`);
    }
    phases.push(`    - id: P${u}`, `      name: Work package ${u}`, '      tasks:');
    for (let k = 0; k < 6; k++) {
      const deps = k > 0 ? [`T${u}_${k - 1}`] : u >= 4 ? [`{ task: T${u - 4}_5, lag: 1 }`] : [];
      const brokenRef = injectErrors && u % 12 === 5 && k === 3;
      if (brokenRef) {
        deps.push(`T${u}_missing`);
        errors++;
      }
      phases.push(
        `        - id: T${u}_${k}`,
        `          name: Task ${k} of work package ${u}`,
        `          duration: ${2 + ((u + k) % 4)}`,
        `          owner: m${(u * 6 + k) % TEAM}`,
        ...(deps.length ? [`          dependsOn: [${deps.join(', ')}]`] : []),
        `          requirements: [R${u * 4 + (k % 4)}]`,
        `          deliverables: [Deliverable ${u}.${k}]`,
      );
    }
    for (let k = 0; k < 2; k++) {
      const r = u * 2 + k;
      const bad = injectErrors && r % 30 === 7;
      if (bad) errors++;
      risks.push(
        `  - id: RK${r}`,
        `    title: Risk ${r} to the delivery`,
        `    category: ${CATEGORIES[r % CATEGORIES.length]}`,
        `    likelihood: ${bad ? 7 : 1 + (r % 4)}`,
        `    impact: ${1 + ((r + 1) % 4)}`,
        `    owner: m${r % TEAM}`,
        `    prevention: Review item ${r} weekly with the customer.`,
        `    contingency: Escalate item ${r} to the steering committee.`,
        '    status: open',
        `    related: [R${r * 2}, C${r}]`,
      );
    }
  }
  const team = ['team:'];
  for (let m = 0; m < TEAM; m++)
    team.push(
      `  - { id: m${m}, name: Member ${m}, role: Engineer, organisation: us, allocation: 100, dayRate: ${700 + m * 10} }`,
    );
  const architecture = [
    'architecture:',
    '  zones:',
    ...[0, 1, 2].map((z) => `    - { id: z${z}, name: Zone ${z} }`),
    ...components,
    ...connections,
  ];
  const plan = ['plan:', '  start: 2027-01-04', '  calendar:', '    workingDays: [mon, tue, wed, thu, fri]', ...phases];
  const budget = [
    'budget:',
    '  currency: EUR',
    '  contingency: 10',
    '  lines:',
    '    - { id: B1, item: Servers, category: hardware, quantity: 4, unitCost: 9000 }',
  ];
  const text = [...head, ...requirements, ...goals, ...architecture, ...plan, ...team, ...budget, ...risks, ''].join(
    '\n',
  );
  // The edit target: the middle requirement's description, a letter that stays a letter.
  const marker = `business case ${Math.floor(units * 2)} for`;
  const editOffset = text.indexOf(marker) + 1;
  return { text, editOffset, lines: text.split('\n').length - 1, injectedErrors: errors };
}

/** The text with the character at `offset` replaced by one of two letters, alternating per run. */
export function editAt(text, offset, run) {
  const ch = run % 2 === 0 ? 'x' : 'y';
  return { text: text.slice(0, offset) + ch + text.slice(offset + 1), ch };
}
