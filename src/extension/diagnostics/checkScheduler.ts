// Decides WHEN each document is checked. No vscode here, so bench/editor.bench.mjs drives it with a
// fake document.
//  - Throttle, leading and trailing: an edit after a quiet period is checked at once; while the user
//    keeps typing, a document is checked at most once per window, and always after the last edit.
//    The window is `delay` ms, or the document's previous check's own time if that was shorter: the
//    throttle is there so a slow check does not run on every keystroke, and a check that takes d ms
//    throttled at d ms keeps the worker at most half busy while the last keystroke waits about 2d
//    (a 1k-line file: ~10 ms rather than up to `delay`; bench/editor.bench.mjs 'burst last').
//  - Stale work is dropped: only the latest text of a document waits (texts are read when the check
//    starts, not when the edit happens), and a result whose version is no longer current is discarded.
//  - One check at a time; edited documents go before background (workspace) files.
import type { CheckBackend, CheckInput } from './checkBackend';
import { CheckSnapshot } from './checkSnapshot';

export interface CheckSource {
  /** Current text and version, read when the check starts. undefined: the document is gone. */
  read(): Promise<{ text: string; version: number } | undefined> | { text: string; version: number } | undefined;
  /** Is `version` still what the user sees? (Closed or edited since: no.) */
  isCurrent(version: number): boolean;
}

export interface SchedulerOptions {
  delay(): number;
  /** Read when the check of `key` starts (so a preview opened meanwhile gets its render). */
  settings(key: string): Omit<CheckInput, 'text' | 'uri' | 'version'>;
  onResult(snapshot: CheckSnapshot): void;
  onError(key: string, error: Error): void;
}

type Priority = 'edit' | 'background';

interface Entry {
  source: CheckSource;
  priority: Priority;
  lastStart: number;
  /** How long the previous check of this document took, start to result (undefined: none yet). */
  lastDuration: number | undefined;
  timer: NodeJS.Timeout | undefined;
  ready: boolean;
}

export class CheckScheduler {
  private readonly entries = new Map<string, Entry>();
  private running: string | undefined;
  private disposed = false;

  constructor(
    private readonly backend: CheckBackend,
    private readonly options: SchedulerOptions,
  ) {}

  /** Ask for a check of `key`. `immediate` skips the throttle (open, settings change, save). */
  request(key: string, source: CheckSource, priority: Priority, immediate = false): void {
    if (this.disposed) return;
    const entry = this.entries.get(key) ?? {
      source,
      priority,
      lastStart: -Infinity,
      lastDuration: undefined,
      timer: undefined,
      ready: false,
    };
    entry.source = source;
    if (priority === 'edit') entry.priority = 'edit';
    this.entries.set(key, entry);
    if (entry.ready) return; // already waiting: it will read the latest text
    if (entry.timer) {
      if (!immediate) return;
      clearTimeout(entry.timer);
      entry.timer = undefined;
    }
    const throttle = Math.min(this.options.delay(), entry.lastDuration ?? Infinity);
    const wait = immediate ? 0 : Math.max(0, entry.lastStart + throttle - Date.now());
    if (wait === 0) this.markReady(entry);
    else
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        this.markReady(entry);
      }, wait);
  }

  /** Forget `key` (closed or deleted): nothing waiting for it runs, a running result is dropped. */
  cancel(key: string): void {
    const entry = this.entries.get(key);
    if (entry?.timer) clearTimeout(entry.timer);
    this.entries.delete(key);
  }

  dispose(): void {
    this.disposed = true;
    for (const key of [...this.entries.keys()]) this.cancel(key);
    this.backend.dispose();
  }

  private markReady(entry: Entry): void {
    entry.ready = true;
    this.pump();
  }

  private next(): [string, Entry] | undefined {
    let best: [string, Entry] | undefined;
    for (const pair of this.entries) {
      if (!pair[1].ready) continue;
      if (pair[1].priority === 'edit') return pair;
      best ??= pair;
    }
    return best;
  }

  private pump(): void {
    if (this.running !== undefined || this.disposed) return;
    const picked = this.next();
    if (!picked) return;
    const [key, entry] = picked;
    entry.ready = false;
    entry.lastStart = Date.now();
    this.running = key;
    void this.runOne(key, entry).finally(() => {
      this.running = undefined;
      entry.lastDuration = Date.now() - entry.lastStart;
      // A background file checked once needs no entry; an edited document keeps its throttle state.
      if (entry.priority === 'background' && !entry.ready && !entry.timer && this.entries.get(key) === entry)
        this.entries.delete(key);
      this.pump();
    });
  }

  private async runOne(key: string, entry: Entry): Promise<void> {
    // The source may be replaced while this runs (a closed file gets opened): judge with the one we read.
    const source = entry.source;
    try {
      const current = await source.read();
      if (!current) return;
      // The key and version let the worker keep this parse for the language requests of the same version.
      const result = await this.backend.check({
        text: current.text,
        uri: key,
        version: current.version,
        ...this.options.settings(key),
      });
      if (
        this.disposed ||
        this.entries.get(key) !== entry ||
        entry.source !== source ||
        !source.isCurrent(current.version)
      )
        return;
      this.options.onResult(new CheckSnapshot(key, current.version, result));
    } catch (e: unknown) {
      if (!this.disposed) this.options.onError(key, e instanceof Error ? e : new Error(String(e)));
    }
  }
}
