import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { IsoDate } from '../../core/model';
import type { PreviewRenderRequest } from '../../protocol/checkMessages';
import type {
  DiagramTheme,
  ExportDiagram,
  ExtensionToWebview,
  PreviewBanner,
  StoredDiagramsMessage,
  UpdateMessage,
  WebviewToExtension,
} from '../../protocol/previewMessages';
import type { CheckSnapshot } from '../diagnostics/checkSnapshot';
import type { PreviewDiagramStore } from './diagramStore';
import { previewPreloadList } from './preloadList';
import { previewShellHtml } from './previewShell';
import { syntaxBanner, updateMessage, withStoredDiagrams } from './updateMessage';
import { copySvg, savePng, saveSvg } from './diagramFiles';
import { label } from '../../core/render/labels';
import { displayLanguage } from '../l10n';

export const PREVIEW_VIEW_TYPE = 'presales.preview';

/**
 * Where the preview's renders come from: the diagnostics feature's check worker renders the
 * document along with each check while a preview watches it (src/extension/diagnostics), with the
 * checks' throttle (presales.validation.delay, leading and trailing edge) and stale versions dropped.
 */
export interface PreviewChecks {
  watchPreview(document: vscode.TextDocument, request: () => PreviewRenderRequest): vscode.Disposable;
  renderPreview(document: vscode.TextDocument): void;
  readonly store: { readonly onDidCheck: vscode.Event<CheckSnapshot> };
}

/** Roots the webview may load from: the bundle and the stylesheet, nothing else. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
      vscode.Uri.joinPath(extensionUri, 'media'),
    ],
  };
}

/**
 * One preview panel. Its HTML is set once; every change goes as a message. It follows the active
 * proposal editor unless locked. The extension host does no rendering: each check of the document
 * (in the worker) brings the rendered sections and diagram sources, which are only forwarded. The
 * webview drops any update older than the one it has (document version).
 */
export class PreviewPanel implements vscode.Disposable {
  private document: vscode.TextDocument;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** The worker renders `document` while this is held. */
  private watch: vscode.Disposable | undefined;
  /** The latest render without YAML errors: kept on screen while the YAML is broken. */
  private lastGood: UpdateMessage | undefined;
  /** The render the webview shows (or gets once ready), and the banner over it. */
  private shown: UpdateMessage | undefined;
  private banner: PreviewBanner | undefined;
  /** A render has been asked for and not yet received: `ready` must not ask again (no double render). */
  private renderRequested = false;
  /** `internal` shows internal-only content with a badge; `customer` shows what the customer will read. */
  private readonly audience: PreviewRenderRequest['audience'] = 'internal';
  private ready = false;
  /** The architecture view the user last picked in the webview (the webview keeps showing it across updates). */
  selectedView: string | undefined;
  private markReady: () => void = () => undefined;
  /** Resolves once the webview has loaded and said `ready` (again after every hide/show). */
  private whenReady: Promise<void> = this.newReadyPromise();
  private requestCounter = 0;
  /** Export render requests waiting for the webview's answer (or for the panel to close). */
  private readonly pending = new Map<
    number,
    { answer: (m: Extract<WebviewToExtension, { type: 'diagramsRendered' }>) => void; cancel: (e: Error) => void }
  >();
  /** The theme the webview resolves `auto` to (it says so when ready and with each drawn diagram). */
  private autoTheme: DiagramTheme = 'default';
  /** `hash:theme` of the diagrams the loaded webview has (sent from the store or drawn there). */
  private readonly delivered = new Set<string>();
  /** Messages leave in order even while an update waits for the store. */
  private posting: Promise<void> = Promise.resolve();
  /** Selection changes we caused by revealing a line must not scroll the preview back. */
  private ignoreSelectionUntil = 0;
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly extensionUri: vscode.Uri,
    document: vscode.TextDocument,
    public locked: boolean,
    private readonly checks: PreviewChecks,
    private readonly diagrams?: PreviewDiagramStore,
  ) {
    this.document = document;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    panel.webview.html = this.shellHtml();
    this.updateTitle();
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((m: WebviewToExtension) => {
        void this.onMessage(m);
      }),
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        // Hidden webviews are destroyed (state lives in getState/setState); it reloads and says `ready` when shown.
        if (!panel.visible && this.ready) {
          this.ready = false;
          this.whenReady = this.newReadyPromise();
        }
      }),
      checks.store.onDidCheck((snapshot) => this.onChecked(snapshot)),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('presales.preview.diagramTheme'))
          this.post({ type: 'theme', diagramTheme: diagramTheme() });
      }),
    );
    // Started before the webview has loaded: the first render is made while the page and Mermaid load.
    this.watchDocument();
  }

  get uri(): vscode.Uri {
    return this.document.uri;
  }

  get visible(): boolean {
    return this.panel.visible;
  }

  private newReadyPromise(): Promise<void> {
    return new Promise((resolve) => {
      this.markReady = resolve;
    });
  }

  /** Show another document (following the active editor). */
  setDocument(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.lastGood = undefined;
    this.shown = undefined;
    this.banner = undefined;
    this.updateTitle();
    this.watchDocument();
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.updateTitle();
    this.showCurrent();
  }

  private watchDocument(): void {
    this.watch?.dispose();
    this.renderRequested = true; // watching checks the document at once
    this.watch = this.checks.watchPreview(this.document, () => ({
      audience: this.audience,
      today: today(),
      keepLastGood: this.lastGood !== undefined,
    }));
  }

  private requestRender(): void {
    this.renderRequested = true;
    this.checks.renderPreview(this.document);
  }

  /** Asks the webview to draw Mermaid sources (light theme) and waits for the SVGs (and PNGs when `png`). */
  async renderDiagrams(sources: ReadonlyArray<string>, timeoutMs = 30_000, png = false): Promise<ExportDiagram[]> {
    const id = ++this.requestCounter;
    let readyTimer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([
      this.whenReady,
      new Promise<never>((_, reject) => {
        readyTimer = setTimeout(
          () => reject(new Error(`the preview webview did not load within ${timeoutMs} ms`)),
          timeoutMs,
        );
      }),
    ]).finally(() => clearTimeout(readyTimer));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`the preview did not render the diagrams within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        answer: (m) => {
          clearTimeout(timer);
          this.pending.delete(id);
          const failed = m.results.find((r): r is { error: string } => 'error' in r);
          if (failed) reject(new Error(failed.error));
          else resolve(m.results.map((r) => ('svg' in r ? r : { svg: '' })));
        },
        cancel: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.post({ type: 'renderDiagramsForExport', id, sources, textLabels: true, png });
    });
  }

  private shellHtml(): string {
    const webview = this.panel.webview;
    return previewShellHtml({
      cspSource: webview.cspSource,
      // A fresh crypto nonce every time the page is set.
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview
        .asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview.js'))
        .toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
      lang: displayLanguage(),
      preloadChunks: previewPreloadList(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview').fsPath),
    });
  }

  private updateTitle(): void {
    const name = this.document.uri.path.split('/').pop() ?? '';
    this.panel.title = label(this.locked ? 'previewLocked' : 'previewTitle', displayLanguage()).replace('{0}', name);
  }

  /** A check of some document finished; its preview render is ours if it is of our document's current version. */
  private onChecked(snapshot: CheckSnapshot): void {
    const render = snapshot.preview;
    if (!render || snapshot.key !== this.document.uri.toString() || snapshot.version !== this.document.version) return;
    this.renderRequested = false;
    if (render.kind === 'broken') {
      // The worker skipped the render because we had a good one; if we lost it since (another
      // document was shown meanwhile), ask for a render that does not skip.
      if (!this.lastGood) {
        this.requestRender();
        return;
      }
      this.banner = syntaxBanner(displayLanguage(), render.syntaxErrors);
      this.post({ type: 'banner', banner: this.banner });
      return;
    }
    // Broken YAML with nothing better to show: the partial render, under the banner.
    this.banner = render.syntaxErrors > 0 ? syntaxBanner(displayLanguage(), render.syntaxErrors) : undefined;
    const message = updateMessage(render, {
      uri: snapshot.key,
      version: snapshot.version,
      diagramTheme: diagramTheme(),
      locked: this.locked,
      ...(this.banner ? { banner: this.banner } : {}),
    });
    if (render.syntaxErrors === 0) this.lastGood = message;
    this.shown = message;
    this.post(message);
  }

  /** Sends what the panel has to the webview again (after a reload, a lock change); renders if it has nothing. */
  private showCurrent(): void {
    if (!this.ready) return;
    if (this.shown)
      this.post({ ...this.shown, banner: this.banner, locked: this.locked, diagramTheme: diagramTheme() });
    // Nothing yet: the render asked for when the panel opened is on its way (sent on arrival).
    else if (!this.renderRequested) this.requestRender();
  }

  private post(message: ExtensionToWebview): void {
    // Until the webview says `ready` it cannot take messages: `ready` sends what we have then.
    if (!this.ready && message.type !== 'renderDiagramsForExport') return;
    this.posting = this.posting
      .then(async () => {
        const [sent, later] = message.type === 'update' ? await this.withCachedDiagrams(message) : [message];
        if (!this.ready && message.type !== 'renderDiagramsForExport') return; // hidden meanwhile
        await this.panel.webview.postMessage(sent);
        if (later) await this.panel.webview.postMessage(later);
      })
      .catch((e: unknown) => {
        // A disposed panel refuses messages; anything else is a bug worth seeing.
        if (!this.isDisposed) void vscode.window.showErrorMessage(`Presales preview: ${String(e)}`);
      });
  }

  /** The update plus the stored SVGs of its diagrams that the webview does not have yet. */
  private async withCachedDiagrams(message: UpdateMessage): Promise<[UpdateMessage, StoredDiagramsMessage?]> {
    if (!this.diagrams) return [message];
    const theme = message.diagramTheme === 'auto' ? this.autoTheme : message.diagramTheme;
    const wanted = message.diagrams.filter((d) => !this.delivered.has(`${d.hash}:${theme}`));
    if (!wanted.length) return [message];
    const cached = await this.diagrams.find(wanted, theme);
    if (!cached.length) return [message];
    for (const c of cached) this.delivered.add(`${c.hash}:${c.theme}`);
    return withStoredDiagrams(message, cached);
  }

  private onDiagramDrawn(m: Extract<WebviewToExtension, { type: 'diagramDrawn' }>): void {
    this.delivered.add(`${m.hash}:${m.theme}`);
    if (diagramTheme() === 'auto') this.autoTheme = m.theme;
    const source = this.shown?.diagrams.find((d) => d.hash === m.hash)?.source;
    if (source !== undefined && this.diagrams) void this.diagrams.remember(source, m.theme, m.svg);
  }

  private async onMessage(m: WebviewToExtension): Promise<void> {
    switch (m.type) {
      case 'ready': {
        this.ready = true;
        // A (re)loaded page has no diagrams: everything stored may be sent again.
        this.delivered.clear();
        if (m.autoTheme) this.autoTheme = m.autoTheme;
        this.markReady();
        // The webview reloads each time it is shown again (its context is not kept while hidden): resend.
        this.showCurrent();
        return;
      }
      case 'revealLine':
        return this.revealLine(m.line);
      case 'didScroll':
        return this.scrollEditor(m.line);
      case 'diagramsRendered':
        this.pending.get(m.id)?.answer(m);
        return;
      case 'copySvg':
        return copySvg(m.svg);
      case 'saveSvg':
        return saveSvg(this.document.uri, m.diagram, m.svg);
      case 'savePng':
        return savePng(this.document.uri, m.diagram, m.dataUrl);
      case 'openProblems':
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
      case 'viewSelected':
        this.selectedView = m.view;
        return;
      case 'error':
        void vscode.window.showErrorMessage(m.message);
        return;
      case 'diagramDrawn':
        this.onDiagramDrawn(m);
        return;
    }
  }

  private async revealLine(line: number): Promise<void> {
    const existing = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One,
      preserveFocus: false,
    });
    const position = new vscode.Position(Math.min(line, this.document.lineCount - 1), 0);
    this.ignoreSelectionUntil = Date.now() + 300;
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private scrollEditor(line: number): void {
    // Revealing changes only the visible range, which the preview does not listen to: no echo.
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== this.document) continue;
      const position = new vscode.Position(Math.min(line, this.document.lineCount - 1), 0);
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (e.textEditor.document !== this.document || Date.now() < this.ignoreSelectionUntil) return;
    this.post({ type: 'scrollToLine', line: e.selections[0]?.active.line ?? 0 });
  }

  private isDisposed = false;

  dispose(): void {
    this.isDisposed = true;
    this.watch?.dispose();
    this.watch = undefined;
    for (const s of this.subscriptions.splice(0)) s.dispose();
    for (const p of this.pending.values())
      p.cancel(new Error('the preview was closed before it rendered the diagrams'));
    this.pending.clear();
    this.disposed.fire();
    this.disposed.dispose();
    this.panel.dispose();
  }
}

function diagramTheme(): DiagramTheme | 'auto' {
  const v = vscode.workspace.getConfiguration('presales.preview').get<string>('diagramTheme', 'auto');
  return v === 'default' || v === 'dark' || v === 'neutral' || v === 'forest' ? v : 'auto';
}

/** Local calendar date for the gantt's today marker. */
function today(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
