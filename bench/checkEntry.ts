/**
 * What the benchmarks and the demo script load from core: one small esbuild bundle (see
 * coreBundle.mjs), so they time exactly the code the CLI and the editor run, without a tsc step.
 */
export { parseDocument } from 'yaml';
export { checkProposal } from '../src/core/check';
export { CODES } from '../src/core/codes';
export { ProposalParser } from '../src/core/incremental/proposalParser';
export { starterProposal } from '../src/core/starter';
