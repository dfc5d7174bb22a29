// The proposals the tests read from the repository. A test that enumerates a folder gets its files
// from here, so a missing or emptied folder fails loudly instead of quietly generating zero tests.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoPath } from './repo';

const PROPOSAL_FILE = /\.presales\.ya?ml$/;

/**
 * The `*.presales.yaml` files directly in `folder` (relative to the repository root), as
 * repository-relative paths with forward slashes, sorted. Throws when the folder is missing or
 * holds no proposal.
 */
export function proposalFilesIn(folder: string, root: string = repoPath()): string[] {
  const at = path.join(root, folder);
  let names: string[];
  try {
    if (!statSync(at).isDirectory()) throw new Error('not a folder');
    names = readdirSync(at);
  } catch (e: unknown) {
    throw new Error(`fixture folder ${folder} (${at}) cannot be read: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
  const files = names
    .filter((f) => PROPOSAL_FILE.test(f))
    .sort()
    .map((f) => path.posix.join(folder.split(path.sep).join('/'), f));
  if (files.length === 0) throw new Error(`fixture folder ${folder} (${at}) has no *.presales.yaml file`);
  return files;
}

/** examples/*.presales.yaml: the complete sample proposals (English and Chinese). */
export function exampleProposals(): string[] {
  return proposalFilesIn('examples');
}

/** examples/broken/*.presales.yaml: one file per group of diagnostics, each announcing its codes. */
export function brokenExamples(): string[] {
  return proposalFilesIn('examples/broken');
}

/**
 * The diagrams examples/smart-factory.presales.yaml draws, in document order: its seven architecture
 * views (the first keeps the id `architecture`), then the timeline.
 */
export const SMART_FACTORY_DIAGRAMS = [
  'architecture',
  'view-context',
  'view-data-path',
  'view-security',
  'view-deploy-prod',
  'view-deploy-dr',
  'view-deploy-test',
  'timeline',
];
