import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const PROPOSAL_FILE = /\.presales\.ya?ml$/i;

/** A command-line target: a file to check, or a folder that holds none. */
export type Target =
  | { kind: 'file'; display: string; absolute: string }
  | { kind: 'missing'; display: string; reason: string }
  | { kind: 'empty-folder'; display: string };

/**
 * Expands the paths given on the command line. A file is taken as is (whatever its name: the user
 * asked for it); a folder is searched recursively for proposal files, skipping `node_modules` and
 * dot-folders (`.git`, `.vscode-test`...) which never hold the user's proposals but can be huge.
 * Files are listed in a stable (sorted) order so output and tests are deterministic.
 */
export function expandTargets(args: readonly string[], cwd: string): Target[] {
  const targets: Target[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(absolute).isDirectory();
    } catch (e: unknown) {
      targets.push({ kind: 'missing', display: arg, reason: reasonOf(e) });
      continue;
    }
    const found = isDirectory ? findProposalFiles(absolute).map((f) => ({ absolute: f, display: path.join(arg, path.relative(absolute, f)) })) : [{ absolute, display: arg }];
    if (isDirectory && found.length === 0) targets.push({ kind: 'empty-folder', display: arg });
    for (const f of found) {
      if (seen.has(f.absolute)) continue;
      seen.add(f.absolute);
      targets.push({ kind: 'file', ...f });
    }
  }
  return targets;
}

function findProposalFiles(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      found.push(...findProposalFiles(full));
    } else if (entry.isFile() && PROPOSAL_FILE.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

/** A short reason from a Node fs error ("no such file or directory"), without the stack. */
export function reasonOf(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = String((e as { code: unknown }).code);
    const known: Record<string, string> = { ENOENT: 'no such file or directory', EACCES: 'permission denied', EISDIR: 'is a directory', EPERM: 'operation not permitted' };
    return known[code] ?? code;
  }
  return e instanceof Error ? e.message : String(e);
}
