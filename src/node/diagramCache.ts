import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, unlink, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sourceHash } from '../core/render/sourceHash';
import { writeFileAtomic } from './atomicWrite';

/**
 * Drawn diagrams kept on disk, so a diagram is drawn once per source and reused by every later
 * export and preview (any format, any run) until its source, its variant (theme, label mode) or the
 * renderer that drew it changes. Least recently used entries go first once the folder passes its
 * size bound. One entry is `<key>.json` (the source, for a collision check, plus the SVG, its size or
 * Mermaid's refusal) and, for exports, `<key>.png` (the picture DOCX embeds).
 *
 * A cache is an optimisation: an entry that cannot be read is a miss, and a folder that cannot be
 * written is told once through `onProblem` while the export or preview goes on without it.
 */
export interface CachedDiagram {
  svg: string;
  width: number;
  height: number;
  png?: Uint8Array;
  error?: string;
}

export interface DiagramCacheOptions {
  /** The folder (created when missing). */
  dir: string;
  /** Identifies what draws: a change of renderer bundle or settings makes every old entry a miss. */
  rendererVersion: string;
  /** Bound on the folder's size; least recently used entries are removed past it. Default 64 MiB. */
  maxBytes?: number;
  /** Told (once) when the folder cannot be written or pruned. */
  onProblem?: (message: string) => void;
}

/** Bumped when the entry layout or the way pictures are taken changes. */
const ENTRY_FORMAT = 1;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

interface StoredEntry {
  format: number;
  source: string;
  variant: string;
  renderer: string;
  svg: string;
  width: number;
  height: number;
  hasPng: boolean;
  error?: string;
}

export class DiagramCache {
  private readonly maxBytes: number;
  private warned = false;
  /** Bytes written since the last prune: the folder is only listed again once enough was added. */
  private writtenSincePrune = Number.POSITIVE_INFINITY;
  /** Hits and misses since this object was made (the tests and the benchmark read them). */
  readonly stats = { hits: 0, misses: 0, writes: 0 };

  constructor(private readonly options: DiagramCacheOptions) {
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** The file name stem of an entry: the source's hash, the variant and the renderer. */
  keyOf(source: string, variant: string): string {
    const renderer = createHash('sha256').update(this.options.rendererVersion).digest('hex').slice(0, 12);
    return `${sourceHash(source)}-${variant.replace(/[^A-Za-z0-9_]/g, '_')}-${renderer}`;
  }

  /**
   * The entry drawn from this source, or undefined. `png`: only an entry with its picture will do (an
   * HTML or PDF export stores the SVG alone; Word needs the PNG as well); a refusal counts all the same.
   */
  async get(source: string, variant: string, need: { png?: boolean } = {}): Promise<CachedDiagram | undefined> {
    const key = this.keyOf(source, variant);
    const file = path.join(this.options.dir, `${key}.json`);
    let entry: StoredEntry;
    try {
      entry = JSON.parse(await readFile(file, 'utf8')) as StoredEntry;
    } catch (e: unknown) {
      // Absent is the usual miss; a torn or foreign file is one too (it is overwritten on the next put).
      if (!isErrno(e, 'ENOENT') && !(e instanceof SyntaxError)) this.problem(`cannot read ${file}: ${reason(e)}`);
      this.stats.misses++;
      return undefined;
    }
    if (
      entry.format !== ENTRY_FORMAT ||
      entry.source !== source ||
      entry.variant !== variant ||
      entry.renderer !== this.options.rendererVersion ||
      (need.png === true && !entry.hasPng && entry.error === undefined)
    ) {
      this.stats.misses++;
      return undefined;
    }
    let png: Uint8Array | undefined;
    if (entry.hasPng) {
      try {
        png = new Uint8Array(await readFile(path.join(this.options.dir, `${key}.png`)));
      } catch (e: unknown) {
        if (!isErrno(e, 'ENOENT')) this.problem(`cannot read ${key}.png: ${reason(e)}`);
        this.stats.misses++;
        return undefined;
      }
    }
    // Recently used: the pruning keeps it. A failure here only makes it older than it is.
    const now = new Date();
    await utimes(file, now, now).catch((e: unknown) => this.problem(`cannot touch ${file}: ${reason(e)}`));
    this.stats.hits++;
    return {
      svg: entry.svg,
      width: entry.width,
      height: entry.height,
      ...(png ? { png } : {}),
      ...(entry.error !== undefined ? { error: entry.error } : {}),
    };
  }

  /**
   * Whether the folder has any entry of this variant drawn by this renderer (one directory listing,
   * no entry read): a cache without one cannot serve a single diagram.
   */
  async holdsAny(variant: string): Promise<boolean> {
    const suffix = this.keyOf('', variant).replace(/^[^-]*/, '') + '.json';
    try {
      return (await readdir(this.options.dir)).some((name) => name.endsWith(suffix));
    } catch (e: unknown) {
      if (!isErrno(e, 'ENOENT')) this.problem(`cannot list ${this.options.dir}: ${reason(e)}`);
      return false;
    }
  }

  async put(source: string, variant: string, diagram: CachedDiagram): Promise<void> {
    const key = this.keyOf(source, variant);
    const entry: StoredEntry = {
      format: ENTRY_FORMAT,
      source,
      variant,
      renderer: this.options.rendererVersion,
      svg: diagram.svg,
      width: diagram.width,
      height: diagram.height,
      hasPng: diagram.png !== undefined,
      ...(diagram.error !== undefined ? { error: diagram.error } : {}),
    };
    try {
      await mkdir(this.options.dir, { recursive: true });
      let bytes = 0;
      // The picture first: an entry whose JSON is visible always has its PNG.
      if (diagram.png) bytes += await writeFileAtomic(path.join(this.options.dir, `${key}.png`), diagram.png);
      bytes += await writeFileAtomic(path.join(this.options.dir, `${key}.json`), JSON.stringify(entry));
      this.stats.writes++;
      this.writtenSincePrune += bytes;
      if (this.writtenSincePrune > this.maxBytes / 8) await this.prune();
    } catch (e: unknown) {
      this.problem(`cannot write to the diagram cache ${this.options.dir}: ${reason(e)}`);
    }
  }

  /** Removes least recently used entries until the folder is under 80 % of its bound. */
  async prune(): Promise<void> {
    this.writtenSincePrune = 0;
    const names = await readdir(this.options.dir);
    const files: Array<{ name: string; size: number; used: number }> = [];
    for (const name of names) {
      if (!name.endsWith('.json') && !name.endsWith('.png')) continue;
      // Another process may prune at the same time: a file gone meanwhile is simply not counted.
      const s = await stat(path.join(this.options.dir, name)).catch((e: unknown) => {
        if (isErrno(e, 'ENOENT')) return undefined;
        throw e;
      });
      if (s) files.push({ name, size: s.size, used: s.mtimeMs });
    }
    let total = files.reduce((a, f) => a + f.size, 0);
    if (total <= this.maxBytes) return;
    // An entry's age is its JSON's (touched on every hit); its PNG goes with it.
    const byStem = new Map<string, { size: number; used: number }>();
    for (const f of files) {
      const stem = f.name.replace(/\.(json|png)$/, '');
      const e = byStem.get(stem) ?? { size: 0, used: 0 };
      e.size += f.size;
      if (f.name.endsWith('.json')) e.used = f.used;
      byStem.set(stem, e);
    }
    const oldestFirst = [...byStem.entries()].sort((a, b) => a[1].used - b[1].used);
    for (const [stem, e] of oldestFirst) {
      if (total <= this.maxBytes * 0.8) break;
      for (const ext of ['.json', '.png']) {
        await unlink(path.join(this.options.dir, stem + ext)).catch((err: unknown) => {
          if (!isErrno(err, 'ENOENT')) throw err;
        });
      }
      total -= e.size;
    }
  }

  private problem(message: string): void {
    if (this.warned) return;
    this.warned = true;
    this.options.onProblem?.(message);
  }
}

/**
 * What identifies a built renderer bundle: a hash of its entry file, which names every lazy chunk by
 * its content hash, so any change to Mermaid, its layouts or the renderer's settings changes it.
 */
export async function bundleVersion(entryFile: string, extra = ''): Promise<string> {
  const bytes = await readFile(entryFile);
  return `${createHash('sha256').update(bytes).update(extra).digest('hex')}`;
}

/** The per-user cache folder of the platform: XDG on Linux, Library/Caches on macOS, LOCALAPPDATA on Windows. */
export function defaultDiagramCacheDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const base = env['LOCALAPPDATA'] ?? path.win32.join(home, 'AppData', 'Local');
    return path.win32.join(base, 'presales-studio', 'Cache', 'diagrams');
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'presales-studio', 'diagrams');
  const xdg = env['XDG_CACHE_HOME'];
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache');
  return path.join(base, 'presales-studio', 'diagrams');
}

function isErrno(e: unknown, code: string): boolean {
  return e instanceof Error && 'code' in e && e.code === code;
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
