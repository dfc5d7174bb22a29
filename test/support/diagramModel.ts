import { stringify } from 'yaml';
import type { Component, Connection, Proposal, Task } from '../../src/core/model';
import { mulberry32 } from '../unit/seededRandom';

const KINDS = [
  'service',
  'database',
  'queue',
  'gateway',
  'client',
  'cache',
  'external',
  'device',
  'actor',
  'storage',
] as const;
const WORDS = ['Order', 'Billing', 'Customer', 'Ledger', 'Payment', 'Risk', 'Report', 'Identity', 'Document', 'Event'];
const TECH = [
  'Kotlin, Spring Boot 3',
  'PostgreSQL 16 (HA pair)',
  'Apache Kafka 3.8',
  'Kong Gateway 3',
  'React 18, TypeScript',
  'Redis 7 cluster',
];
const PROTOCOLS = ['HTTPS', 'gRPC', 'Kafka', 'SQL', 'MQTT over TLS', 'SFTP'];

export interface DiagramModelSize {
  components: number;
  connections: number;
  zones: number;
  tasks: number;
  phases: number;
}

/** The size the legibility checks are held to: a real bank-sized proposal. */
export const LEGIBILITY_MODEL: DiagramModelSize = { components: 60, connections: 90, zones: 6, tasks: 150, phases: 6 };

/**
 * A generated proposal with an architecture and a plan of the given size, the same for the same
 * seed: components spread over the zones, connections mostly inside a zone (as real systems are)
 * and some across, labels of realistic length, tasks chained per phase with a few cross-phase links.
 */
export function diagramModel(
  size: DiagramModelSize = LEGIBILITY_MODEL,
  seed = 12,
): { proposal: Proposal; text: string } {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const zones = Array.from({ length: size.zones }, (_, z) => ({
    id: `zone${z + 1}`,
    name: `Zone ${z + 1}: ${pick(WORDS)} domain`,
  }));
  const components: Component[] = Array.from({ length: size.components }, (_, i) => ({
    id: `c${i + 1}`,
    name: `${pick(WORDS)} ${pick(['service', 'store', 'hub', 'portal', 'engine'])} ${i + 1}`,
    kind: KINDS[i % KINDS.length],
    technology: pick(TECH),
    zone: zones[i % size.zones]?.id ?? 'zone1',
  }));
  const connections: Connection[] = [];
  const seen = new Set<string>();
  while (connections.length < size.connections) {
    const a = Math.floor(random() * size.components);
    // Three in four connections stay inside the zone.
    const sameZone = random() < 0.75;
    const b = sameZone
      ? (a + size.zones * (1 + Math.floor(random() * 3))) % size.components
      : Math.floor(random() * size.components);
    const key = `${a} ${b}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    connections.push({
      from: `c${a + 1}`,
      to: `c${b + 1}`,
      protocol: pick(PROTOCOLS),
      label: pick(['reads', 'publishes events', 'calls', 'syncs master data nightly', 'authenticates']),
      ...(random() < 0.15 ? { direction: 'both' as const } : {}),
    });
  }
  const perPhase = Math.ceil(size.tasks / size.phases);
  const phases = Array.from({ length: size.phases }, (_, p) => {
    const tasks: Task[] = [];
    for (let k = 0; k < perPhase && p * perPhase + k < size.tasks; k++) {
      const prev = k > 0 ? `T${p + 1}_${k}` : p > 0 ? `T${p}_${perPhase}` : undefined;
      tasks.push({
        id: `T${p + 1}_${k + 1}`,
        name: `${pick(['Design', 'Build', 'Test', 'Migrate', 'Review'])} ${pick(WORDS).toLowerCase()} work item ${k + 1}`,
        duration: 1 + Math.floor(random() * 5),
        ...(k === perPhase - 1 ? { milestone: true, duration: 0 } : {}),
        ...(prev && random() < 0.7 ? { dependsOn: [prev] } : {}),
      });
    }
    return { id: `P${p + 1}`, name: `Phase ${p + 1}: ${pick(WORDS)} delivery`, tasks };
  });
  const proposal: Proposal = {
    presales: '1.0',
    proposal: { title: 'Generated diagram model', language: 'en' },
    architecture: { zones, components, connections },
    plan: { start: '2027-01-04', phases },
  };
  return { proposal, text: stringify(proposal) };
}
