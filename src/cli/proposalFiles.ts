import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const PROPOSAL_FILE = /\.presales\.ya?ml$/i;
/** Lists, one a line, files or folders (relative to the folder holding it) a folder search skips. */
export const IGNORE_FILE = '.presalesignore';

/** A command-line target: a file to check, or a folder that holds none. */
export type Target =
  | { kind: 'file'; display: string; absolute: string }
  | { kind: 'missing'; display: string; reason: string }
  | { kind: 'empty-folder'; display: string };

/**
 * Expands the paths given on the command line. A file is taken as is (whatever its name: the user
 * asked for it); a folder is searched recursively for proposal files, skipping `node_modules` and
 * dot-folders (`.git`, `.vscode-test`...) which never hold the user's proposals but can be huge,
 * and whatever a `.presalesignore` in a searched folder lists (e.g. `examples/broken/`, deliberately
 * invalid samples). Naming an ignored folder or file on the command line still checks it.
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
    const found = isDirectory
      ? findProposalFiles(absolute).map((f) => ({ absolute: f, display: path.join(arg, path.relative(absolute, f)) }))
      : [{ absolute, display: arg }];
    if (isDirectory && found.length === 0) targets.push({ kind: 'empty-folder', display: arg });
    for (const f of found) {
      if (seen.has(f.absolute)) continue;
      seen.add(f.absolute);
      targets.push({ kind: 'file', ...f });
    }
  }
  return targets;
}

function findProposalFiles(folder: string, ignored: ReadonlySet<string> = new Set()): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const ignoredHere = new Set([...ignored, ...readIgnoreFile(folder)]);
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (ignoredHere.has(full)) continue;
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      found.push(...findProposalFiles(full, ignoredHere));
    } else if (entry.isFile() && PROPOSAL_FILE.test(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

/** Absolute paths listed in `folder/.presalesignore` (blank lines and `#` comments skipped). */
function readIgnoreFile(folder: string): string[] {
  const file = path.join(folder, IGNORE_FILE);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => path.join(folder, l.replace(/[\\/]+$/, '')));
}

/** A short reason from a Node fs error ("no such file or directory"), without the stack. */
export function reasonOf(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e) {
    const code = String(e.code);
    const known: Record<string, string> = {
      ENOENT: 'no such file or directory',
      EACCES: 'permission denied',
      EISDIR: 'is a directory',
      EPERM: 'operation not permitted',
    };
    return known[code] ?? code;
  }
  return e instanceof Error ? e.message : String(e);
}
