import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode as ElkjsNode } from 'elkjs/lib/elk-api';
import type { ElkNode } from '../../core/layout/architectureLayout';

/**
 * Runs elkjs (the bundled build: the layout runs in this thread, no worker file to find) on a graph
 * built by core/layout/architectureLayout.ts. One ELK instance per call: it holds no state worth
 * keeping, and a module-level one would outlive the export that made it.
 */
export async function layoutWithElk(graph: ElkNode): Promise<ElkNode> {
  const elk = new ELK();
  // The shapes match: core's ElkNode is the part of elkjs's graph that the layout reads and fills in.
  const laidOut: ElkjsNode = await elk.layout(graph);
  return laidOut as ElkNode;
}
