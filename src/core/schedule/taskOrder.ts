import type { Id } from '../model';
import type { TaskNetwork } from './network';

/** Reporting stops after this many cycles: a hostile file could otherwise produce n^2 long cycles. */
export const MAX_REPORTED_CYCLES = 100;

export interface TaskOrder {
  /** Task indices in a topological order of the network without its back links. */
  order: number[];
  /** back[k] is true when links[k] closes a cycle and is ignored for scheduling. */
  back: boolean[];
  /**
   * Each cycle found, in the direction work flows (predecessor first), first id repeated last:
   * A before B before C before A gives ["A","B","C","A"]. A self-dependency gives ["A","A"].
   */
  cycles: Id[][];
}

/**
 * One iterative depth-first search (no recursion, so a 50,000-task chain cannot overflow the
 * stack) from every task in file order, following links from predecessor to successor in file
 * order. A link to a task still on the DFS path is a back link: it closes exactly one elementary
 * cycle, the path from that task to here, which is reported. Dropping the back links leaves an
 * acyclic graph and the reverse post-order is a topological order of it, so every task is still
 * scheduled. Deterministic: the visiting order depends only on file order.
 */
export function orderTasks(network: TaskNetwork): TaskOrder {
  const n = network.tasks.length;
  const outgoing: number[][] = Array.from({ length: n }, () => []);
  network.links.forEach((link, k) => outgoing[link.from]?.push(k));

  const back = new Array<boolean>(network.links.length).fill(false);
  const cycles: Id[][] = [];
  const seenCycles = new Set<string>();
  const state = new Uint8Array(n); // 0 unvisited, 1 on the DFS path, 2 finished
  const positionOnPath = new Int32Array(n);
  const path: number[] = [];
  const nextEdge: number[] = [];
  const postOrder: number[] = [];

  const idOf = (i: number): Id => network.tasks[i]?.id ?? '';
  for (let root = 0; root < n; root++) {
    if (state[root] !== 0) continue;
    state[root] = 1;
    positionOnPath[root] = 0;
    path.push(root);
    nextEdge.push(0);
    while (path.length > 0) {
      const top = path.length - 1;
      const node = path[top];
      const edges = outgoing[node];
      const e = nextEdge[top];
      if (e < edges.length) {
        nextEdge[top] = e + 1;
        const k = edges[e];
        const to = (network.links[k] as { to: number }).to;
        if (state[to] === 0) {
          state[to] = 1;
          positionOnPath[to] = path.length;
          path.push(to);
          nextEdge.push(0);
        } else if (state[to] === 1) {
          back[k] = true;
          if (cycles.length < MAX_REPORTED_CYCLES) {
            const cycle = path.slice(positionOnPath[to]).map(idOf);
            cycle.push(idOf(to));
            const key = cycle.join('\u0000');
            if (!seenCycles.has(key)) {
              seenCycles.add(key);
              cycles.push(cycle);
            }
          }
        }
      } else {
        state[node] = 2;
        postOrder.push(node);
        path.pop();
        nextEdge.pop();
      }
    }
  }
  return { order: postOrder.reverse(), back, cycles };
}
