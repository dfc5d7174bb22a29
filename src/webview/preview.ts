import type {
  CachedPreviewDiagram,
  DiagramTheme,
  ExportDiagram,
  ExtensionToWebview,
  PreviewBanner,
  PreviewStrings,
  RenderDiagramsRequest,
  UpdateMessage,
} from '../protocol/previewMessages';
import { DocumentUpdater } from './documentUpdater';
import { showDiagramError, showDiagramSvg, showDrawing } from './diagramView';
import { IdleDrawing, whenIdle } from './idleDrawing';
import { svgTextToPngDataUrl } from './png';
import { MermaidRenderer } from './mermaidRenderer';
import { Outline } from './outline';
import { ScrollSync } from './scrollSync';
import { enableViewPicker, showView } from './viewPicker';
import { themeFromBody, watchTheme } from './theme';
import { getVsCodeApi, type VsCodeApi } from './vscodeApi';

const FALLBACK_STRINGS: PreviewStrings = {
  copySvg: 'Copy SVG',
  saveSvg: 'Save as SVG',
  savePng: 'Save as PNG',
  resetZoom: 'Reset zoom',
  diagramError: 'This diagram could not be drawn:',
  diagramDrawing: 'Drawing this diagram…',
  showProblems: 'Show Problems',
  outline: 'Sections',
};

/** The preview page: applies updates in place, draws diagrams, syncs scrolling, answers export requests. */
class PreviewPage {
  private version = -1;
  private uri: string | undefined;
  private locked = false;
  private strings: PreviewStrings = FALLBACK_STRINGS;
  private themeSetting: DiagramTheme | 'auto' = 'auto';
  private theme: DiagramTheme;
  private firstUpdate = true;
  private readonly renderer = new MermaidRenderer();
  private readonly updater: DocumentUpdater;
  private readonly scroll: ScrollSync;
  private readonly outline: Outline | undefined;
  /** Mermaid source per diagram host (the placeholder's <pre> is replaced once drawn). */
  private readonly sources = new WeakMap<HTMLElement, string>();
  /** The architecture view last picked: kept across updates, which bring the first view shown. */
  private view: string | undefined;
  /** SVGs the extension sent (`hash:theme`), for diagrams not shown yet. */
  private readonly stored = new Map<string, string>();
  private readonly idle = new IdleDrawing(
    (host) => this.fill(host),
    (host) => this.needsFill(host),
  );

  constructor(
    private readonly vscode: VsCodeApi,
    private readonly content: HTMLElement,
    private readonly banner: HTMLElement,
    outlineNav: HTMLElement | null,
  ) {
    this.updater = new DocumentUpdater(content);
    this.outline = outlineNav ? new Outline(outlineNav, content) : undefined;
    this.theme = themeFromBody(document.body, this.themeSetting);
    this.scroll = new ScrollSync(content, (line) => {
      this.saveState(line);
      this.vscode.postMessage({ type: 'didScroll', line });
    });
    const state = vscode.getState();
    this.uri = state?.uri;
    this.locked = state?.locked ?? false;
    watchTheme(document.body, () => this.onThemeMaybeChanged());
    content.addEventListener('click', (e) => this.onClick(e));
    enableViewPicker(content, (view) => {
      this.view = view;
      this.onViewShown();
      this.vscode.postMessage({ type: 'viewSelected', view });
    });
    window.addEventListener('message', (e: MessageEvent<ExtensionToWebview>) => this.onMessage(e.data));
  }

  private preloaded = false;

  /**
   * Starts loading Mermaid unless the first update made it unnecessary for now: a page whose
   * diagrams all came from the extension's store loads it when idle instead, so its ~1 MiB of script
   * does not compete with showing the text and those diagrams.
   */
  preloadDiagrams(): void {
    if (this.preloaded) return;
    this.preloaded = true;
    this.renderer.preload();
  }

  /** What `auto` means on this page now (the extension picks stored diagrams of that theme). */
  autoTheme(): DiagramTheme {
    return themeFromBody(document.body, 'auto');
  }

  private onMessage(m: ExtensionToWebview): void {
    switch (m.type) {
      case 'update':
        this.applyUpdate(m);
        break;
      case 'storedDiagrams':
        this.takeStored(m.cachedDiagrams);
        break;
      case 'banner':
        this.showBanner(m.banner);
        break;
      case 'theme':
        this.themeSetting = m.diagramTheme;
        this.onThemeMaybeChanged();
        break;
      case 'scrollToLine':
        this.scroll.scrollToLine(m.line);
        break;
      case 'renderDiagramsForExport':
        void this.renderForExport(m);
        break;
    }
  }

  private applyUpdate(m: UpdateMessage): void {
    // Renders can overtake each other on the way here; an older version of the same document is stale.
    if (m.uri === this.uri && m.version < this.version) return;
    const documentChanged = m.uri !== this.uri;
    this.version = m.version;
    this.uri = m.uri;
    this.locked = m.locked;
    this.strings = m.strings;
    document.documentElement.lang = m.lang;
    this.showBanner(m.banner);
    if (this.themeSetting !== m.diagramTheme) {
      this.themeSetting = m.diagramTheme;
      this.theme = themeFromBody(document.body, this.themeSetting);
    }
    const toDraw = this.updater.apply(m.sections);
    if (this.view !== undefined && !showView(document, this.view)) this.view = undefined;
    for (const host of toDraw) {
      const pre = host.querySelector('pre.mermaid-source');
      if (pre) this.sources.set(host, pre.textContent ?? '');
      showDrawing(host, m.strings);
    }
    this.keepStored(m);
    // What is on screen first: diagrams drawn in an earlier load appear with the text, the others wait
    // for Mermaid. Hidden views follow when the page is idle (or when the picker shows one).
    const shown = toDraw.filter((host) => !host.hidden);
    const fresh = shown.filter((host) => !this.showStored(host));
    this.outline?.refresh(m.strings.outline);
    document.body.dataset['appliedVersion'] = String(m.version);
    // After a reload the saved scroll position is restored (when it belongs to this document).
    const saved = this.firstUpdate && !documentChanged ? this.vscode.getState()?.scrollLine : undefined;
    if (this.firstUpdate) layOutAllAfterFirstPaint(this.content, m.line !== undefined || saved !== undefined);
    if (m.line !== undefined) this.scroll.scrollToLine(m.line);
    else if (saved !== undefined) this.scroll.scrollToLine(saved);
    else if (documentChanged && !this.firstUpdate) window.scrollTo({ top: 0 }); // another proposal starts at its top
    this.firstUpdate = false;
    this.saveState(undefined);
    // The rest of what a first drawing loads (ELK, the gantt, everything at once) waits for the text's
    // frame: fetched and compiled before it, those ~4 MiB held the text back by ~0.3 s.
    if (fresh.length) {
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (!this.preloaded) preloadFirstDrawingChunks();
          this.preloadDiagrams();
        }, 0),
      );
    } else if (!this.preloaded) whenIdle(() => this.preloadDiagrams());
    void this.drawShown(fresh, m.version);
    this.idle.add(toDraw.filter((host) => host.hidden));
    this.markProgress(m.version);
  }

  /**
   * The stored SVGs of this update's diagrams, kept until their hosts are shown: the extension sends
   * each only once per page load, and a hidden view may be picked long after.
   */
  private keepStored(m: UpdateMessage): void {
    for (const c of m.cachedDiagrams ?? []) this.stored.set(`${c.hash}:${c.theme}`, c.svg);
    const current = new Set(m.diagrams.map((d) => d.hash));
    for (const key of this.stored.keys()) if (!current.has(key.slice(0, key.lastIndexOf(':')))) this.stored.delete(key);
  }

  /** Stored SVGs that came after their update: a host already shown but not drawn takes its own at once. */
  private takeStored(diagrams: ReadonlyArray<CachedPreviewDiagram>): void {
    for (const c of diagrams) this.stored.set(`${c.hash}:${c.theme}`, c.svg);
    const waiting = this.updater.diagramHosts().filter((h) => !h.hidden && this.needsFill(h));
    const shown = waiting.filter((host) => this.showStored(host));
    if (shown.length) this.markProgress(this.version);
  }

  /** Shows the stored SVG of `host` in the current theme; false when there is none. */
  private showStored(host: HTMLElement): boolean {
    const svg = this.stored.get(`${host.dataset['sourceHash'] ?? ''}:${this.theme}`);
    if (svg === undefined) return false;
    showDiagramSvg(host, svg, this.strings, (msg) => this.vscode.postMessage(msg));
    host.dataset['theme'] = this.theme;
    host.dataset['cached'] = '1';
    return true;
  }

  private async drawShown(hosts: ReadonlyArray<HTMLElement>, version: number): Promise<void> {
    await Promise.all(hosts.map((h) => this.drawOne(h)));
    this.markProgress(version);
  }

  /** A hidden host's turn (idle) or its view was picked: the stored SVG if there is one, else Mermaid. */
  private async fill(host: HTMLElement): Promise<void> {
    const version = this.version;
    if (!this.showStored(host)) await this.drawOne(host);
    this.markProgress(version);
  }

  /**
   * `shownVersion`: every diagram on screen is drawn (what the user waits for); `drawnVersion`: every
   * diagram of the page is, hidden views included (what exports of the page and the tests rely on).
   */
  private markProgress(version: number): void {
    if (this.version !== version) return;
    const hosts = this.updater.diagramHosts();
    const body = document.body.dataset;
    if (hosts.every((h) => h.hidden || !this.needsFill(h))) body['shownVersion'] = String(version);
    if (hosts.every((h) => !this.needsFill(h))) body['drawnVersion'] = String(version);
  }

  /** Not drawn yet, or drawn in another theme than the page's. */
  private needsFill(host: HTMLElement): boolean {
    const done = host.classList.contains('diagram-ready') || host.classList.contains('diagram-failed');
    return !done || host.dataset['theme'] !== this.theme;
  }

  /** The picker showed a view: its diagram is drawn now if its idle turn has not come yet. */
  private onViewShown(): void {
    for (const host of this.updater.diagramHosts()) {
      if (!host.hidden && this.idle.take(host)) void this.fill(host);
    }
  }

  private async drawOne(host: HTMLElement): Promise<void> {
    const source = this.sources.get(host);
    if (source === undefined) return;
    const theme = this.theme;
    const hash = host.dataset['sourceHash'];
    const outcome = await this.renderer.render(theme, source);
    // The page may have moved on while Mermaid worked: a replaced host or another theme is stale.
    if (!host.isConnected || host.dataset['sourceHash'] !== hash || this.theme !== theme) return;
    if ('svg' in outcome) {
      showDiagramSvg(host, outcome.svg, this.strings, (msg) => this.vscode.postMessage(msg));
      // Kept by the extension: the next load of the panel shows it without waiting for Mermaid.
      if (hash) this.vscode.postMessage({ type: 'diagramDrawn', hash, theme, svg: outcome.svg });
    } else showDiagramError(host, outcome.error, this.strings);
    host.dataset['theme'] = theme;
    delete host.dataset['cached'];
  }

  private onThemeMaybeChanged(): void {
    const next = themeFromBody(document.body, this.themeSetting);
    if (next === this.theme) return;
    this.theme = next;
    const hosts = this.updater.diagramHosts();
    void this.drawShown(
      hosts.filter((h) => !h.hidden && !this.showStored(h)),
      this.version,
    );
    this.idle.add(hosts.filter((h) => h.hidden));
  }

  private showBanner(b: PreviewBanner | undefined): void {
    this.banner.replaceChildren();
    this.banner.hidden = !b;
    if (!b) return;
    const text = document.createElement('span');
    text.textContent = b.text;
    const link = document.createElement('button');
    link.type = 'button';
    link.className = 'link';
    link.textContent = b.linkText;
    link.addEventListener('click', () => this.vscode.postMessage({ type: 'openProblems' }));
    this.banner.append(text, ' ', link);
  }

  private onClick(e: MouseEvent): void {
    const target = e.target instanceof Element ? e.target : null;
    if (!target || target.closest('a, button')) return;
    const host = target.closest<HTMLElement>('.diagram');
    if (host) {
      if (host.dataset['dragged'] === '1') return;
      const line = this.diagramNodeLine(host, target);
      if (line !== undefined) this.vscode.postMessage({ type: 'revealLine', line });
      return;
    }
    const lined = target.closest<HTMLElement>('[data-line]');
    if (lined) this.vscode.postMessage({ type: 'revealLine', line: Number(lined.dataset['line']) });
  }

  /** Flowchart nodes are `g.node` with an id like `<svg id>-flowchart-n3-0`; gantt bars are `rect#t3` / `text#t3-text`. */
  private diagramNodeLine(host: HTMLElement, target: Element): number | undefined {
    let lines: Record<string, number>;
    try {
      lines = JSON.parse(host.dataset['nodeLines'] ?? '{}') as Record<string, number>;
    } catch (e: unknown) {
      this.vscode.postMessage({ type: 'error', message: `node map: ${String(e)}` });
      return undefined;
    }
    const node = target.closest(
      'g.node, rect.task, text.taskText, text.taskTextOutsideRight, text.taskTextOutsideLeft, rect.milestone',
    );
    const id = node?.getAttribute('data-id') ?? node?.id ?? '';
    const m = /(?:^|-)((?:n|z|t)\d+)(?:-\d+|-text)?$/.exec(id);
    const key = m?.[1];
    return key !== undefined ? lines[key] : undefined;
  }

  /** Light theme, text labels (Word cannot draw foreignObject); PNG by the same canvas as "Save as PNG". */
  private async renderForExport(m: RenderDiagramsRequest): Promise<void> {
    const results: Array<ExportDiagram | { error: string }> = [];
    for (const source of m.sources) {
      const drawn = await this.renderer.render('default', source, m.textLabels ?? true);
      if (!m.png || !('svg' in drawn)) {
        results.push(drawn);
        continue;
      }
      try {
        results.push({ svg: drawn.svg, png: await svgTextToPngDataUrl(drawn.svg) });
      } catch (e: unknown) {
        results.push({ error: `PNG: ${e instanceof Error ? e.message : String(e)}` });
      }
    }
    this.vscode.postMessage({ type: 'diagramsRendered', id: m.id, results });
  }

  private saveState(line: number | undefined): void {
    const previous = this.vscode.getState();
    this.vscode.setState({ uri: this.uri, scrollLine: line ?? previous?.scrollLine, locked: this.locked });
  }
}

function start(): void {
  const content = document.getElementById('content');
  const banner = document.getElementById('banner');
  if (!content || !banner) throw new Error('preview shell is missing #content or #banner');
  const vscode = getVsCodeApi();
  const page = new PreviewPage(vscode, content, banner, document.getElementById('outline'));
  vscode.postMessage({ type: 'ready', autoTheme: page.autoTheme() });
  // Mermaid stays a separate lazy chunk. The first update says whether it is needed at once (some
  // diagram is not stored); if that update is slow to come, the download starts anyway meanwhile.
  setTimeout(() => page.preloadDiagrams(), FIRST_UPDATE_GRACE_MS);
}

/**
 * The shell's `first-paint` class on the content lets the first frame skip the sections off screen; it goes once
 * that frame is painted, or at once when the update scrolls (a position needs the real layout).
 */
function layOutAllAfterFirstPaint(content: HTMLElement, scrolls: boolean): void {
  const layOutAll = (): void => content.classList.remove('first-paint');
  if (scrolls) layOutAll();
  else requestAnimationFrame(() => setTimeout(layOutAll, 0));
}

/**
 * Fetches, all at once, the chunks Mermaid's first flowchart and gantt import (the shell's
 * `presales-preload` list, written by the build): left to import(), they arrive one level of the
 * import graph at a time. Only when Mermaid must draw now: preloaded on every load, they held back
 * the text of a page of stored diagrams by ~0.6 s.
 */
function preloadFirstDrawingChunks(): void {
  const list = document.querySelector<HTMLMetaElement>('meta[name="presales-preload"]')?.content ?? '';
  const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '';
  for (const chunk of list.split(' ').filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.nonce = nonce;
    link.href = new URL(chunk, import.meta.url).href;
    document.head.append(link);
  }
}

/** How long the page waits for the first update before loading Mermaid regardless. */
const FIRST_UPDATE_GRACE_MS = 250;

start();
