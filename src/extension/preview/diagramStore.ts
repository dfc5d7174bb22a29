import type { CachedPreviewDiagram, DiagramTheme } from '../../protocol/previewMessages';
import { DiagramCache, bundleVersion } from '../../node/diagramCache';

/**
 * The preview's drawn diagrams, kept across panels, reloads and sessions: in memory (the last few,
 * for a panel that is shown again) and on disk in the extension's global storage (a bounded LRU, see
 * src/node/diagramCache.ts), keyed by the diagram source's hash, the theme and the webview bundle
 * that drew it. A preview that opens finds its diagrams here and shows them before Mermaid loads.
 *
 * No vscode import: the benchmark uses the same store as the extension.
 */
export interface PreviewDiagramStoreOptions {
  /** The folder on disk; absent: memory only. */
  dir: string | undefined;
  /** The webview bundle's entry (dist/webview/preview.js): a new build draws afresh. */
  bundleEntry: string;
  maxBytes?: number;
  onProblem?: (message: string) => void;
}

const MEMORY_ENTRIES = 32;

export class PreviewDiagramStore {
  private readonly memory = new Map<string, string>();
  private readonly disk: Promise<DiagramCache | undefined>;
  private version = '';

  constructor(private readonly options: PreviewDiagramStoreOptions) {
    this.disk = this.openDisk();
  }

  private async openDisk(): Promise<DiagramCache | undefined> {
    try {
      this.version = await bundleVersion(this.options.bundleEntry, 'preview');
    } catch (e: unknown) {
      // Without knowing which bundle draws, nothing may be reused (an old SVG could be shown).
      this.options.onProblem?.(
        `cannot read ${this.options.bundleEntry}: ${e instanceof Error ? e.message : String(e)}`,
      );
      return undefined;
    }
    if (this.options.dir === undefined) return undefined;
    return new DiagramCache({
      dir: this.options.dir,
      rendererVersion: this.version,
      ...(this.options.maxBytes !== undefined ? { maxBytes: this.options.maxBytes } : {}),
      ...(this.options.onProblem ? { onProblem: this.options.onProblem } : {}),
    });
  }

  /** The stored SVGs of these diagrams in this theme (those it has). */
  async find(
    diagrams: ReadonlyArray<{ readonly hash: string; readonly source: string }>,
    theme: DiagramTheme,
  ): Promise<CachedPreviewDiagram[]> {
    const disk = await this.disk;
    if (!this.version) return [];
    const found: CachedPreviewDiagram[] = [];
    for (const d of diagrams) {
      const key = this.memoryKey(d.source, theme);
      let svg = this.memory.get(key);
      if (svg === undefined && disk) {
        const hit = await disk.get(d.source, variant(theme));
        if (hit && !hit.error && hit.svg) svg = hit.svg;
      }
      if (svg === undefined) continue;
      this.rememberInMemory(key, svg);
      found.push({ hash: d.hash, theme, svg });
    }
    return found;
  }

  /** Keeps a diagram the webview drew (memory at once, disk in the background). */
  async remember(source: string, theme: DiagramTheme, svg: string): Promise<void> {
    const disk = await this.disk;
    if (!this.version) return;
    const key = this.memoryKey(source, theme);
    if (this.memory.get(key) === svg) return;
    this.rememberInMemory(key, svg);
    await disk?.put(source, variant(theme), { svg, width: 0, height: 0 });
  }

  private memoryKey(source: string, theme: DiagramTheme): string {
    return `${theme}\n${source}`;
  }

  private rememberInMemory(key: string, svg: string): void {
    this.memory.delete(key);
    this.memory.set(key, svg);
    if (this.memory.size > MEMORY_ENTRIES) {
      const oldest = this.memory.keys().next().value;
      if (oldest !== undefined) this.memory.delete(oldest);
    }
  }
}

/** The preview draws with HTML labels, unlike the exports: another entry than an export's. */
function variant(theme: DiagramTheme): string {
  return `preview-${theme}`;
}
