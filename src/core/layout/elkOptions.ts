/**
 * The ELK layout options every architecture drawing uses: Mermaid's ELK layout in the preview and
 * the exports, and elkjs directly where native shapes are laid out without a browser (the deck).
 * One table, so a box sits in the same place relative to its neighbours in every output.
 */
export const ELK_LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '60',
  'elk.spacing.edgeLabel': '8',
  'elk.padding': '[top=32,left=16,bottom=16,right=16]',
} as const;

/** Mermaid's `layout: elk` settings that correspond to the options above. */
export const MERMAID_ELK_CONFIG = {
  mergeEdges: false,
  nodePlacementStrategy: 'BRANDES_KOEPF',
  cycleBreakingStrategy: 'GREEDY_MODEL_ORDER',
  forceNodeModelOrder: false,
  considerModelOrder: 'NODES_AND_EDGES',
} as const;
