import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { checkProposal } from '../../core/check';
import type { IsoDate } from '../../core/model';
import type { DiagramTheme, ExtensionToWebview, UpdateMessage, WebviewToExtension } from '../../protocol/previewMessages';
import { previewShellHtml } from './previewShell';
import { renderForPreview, syntaxBanner, updateMessage } from './updateMessage';
import { copySvg, savePng, saveSvg } from './diagramFiles';
import { label } from '../../core/render/labels';
import { displayLanguage } from '../l10n';

export const PREVIEW_VIEW_TYPE = 'presales.preview';
/** Keystrokes closer together than this are rendered once (the last one wins). */
const RENDER_THROTTLE_MS = 120;

/** Roots the webview may load from: the bundle and the stylesheet, nothing else. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * One preview panel. Its HTML is set once; every change goes as a message. It follows the active
 * proposal editor unless locked. Renders are throttled while typing; the webview drops any update
 * older than the one it has (document version), so a slow render can never overwrite a newer one.
 */
export class PreviewPanel implements vscode.Disposable {
  private document: vscode.TextDocument;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastGood: UpdateMessage | undefined;
  private ready = false;
  private markReady: () => void = () => undefined;
  /** Resolves once the webview has loaded and said `ready` (again after every hide/show). */
  private whenReady: Promise<void> = this.newReadyPromise();
  private requestCounter = 0;
  /** Export render requests waiting for the webview's answer (or for the panel to close). */
  private readonly pending = new Map<number, { answer: (m: Extract<WebviewToExtension, { type: 'diagramsRendered' }>) => void; cancel: (e: Error) => void }>();
  /** Selection changes we caused by revealing a line must not scroll the preview back. */
  private ignoreSelectionUntil = 0;
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;

  constructor(readonly panel: vscode.WebviewPanel, private readonly extensionUri: vscode.Uri, document: vscode.TextDocument, public locked: boolean) {
    this.document = document;
    panel.webview.options = webviewOptions(extensionUri);
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'icon.png');
    panel.webview.html = this.shellHtml();
    this.updateTitle();
    this.subscriptions.push(
      panel.webview.onDidReceiveMessage((m: WebviewToExtension) => { void this.onMessage(m); }),
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        // Hidden webviews are destroyed (no retainContextWhenHidden); it reloads and says `ready` when shown.
        if (!panel.visible && this.ready) { this.ready = false; this.whenReady = this.newReadyPromise(); }
      }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.document === this.document) this.scheduleRender(); }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('presales.preview.diagramTheme')) this.post({ type: 'theme', diagramTheme: diagramTheme() });
      }),
    );
  }

  get uri(): vscode.Uri { return this.document.uri; }

  get visible(): boolean { return this.panel.visible; }

  private newReadyPromise(): Promise<void> {
    return new Promise((resolve) => { this.markReady = resolve; });
  }

  /** Show another document (following the active editor). */
  setDocument(document: vscode.TextDocument): void {
    if (document === this.document) return;
    this.document = document;
    this.lastGood = undefined;
    this.updateTitle();
    this.renderNow();
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.updateTitle();
    this.renderNow();
  }

  /** Asks the webview to draw Mermaid sources (light theme) and waits for the SVGs. */
  async renderDiagrams(sources: ReadonlyArray<string>, timeoutMs = 30_000): Promise<string[]> {
    const id = ++this.requestCounter;
    let readyTimer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([this.whenReady, new Promise<never>((_, reject) => {
      readyTimer = setTimeout(() => reject(new Error(`the preview webview did not load within ${timeoutMs} ms`)), timeoutMs);
    })]).finally(() => clearTimeout(readyTimer));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`the preview did not render the diagrams within ${timeoutMs} ms`)); }, timeoutMs);
      this.pending.set(id, {
        answer: (m) => {
          clearTimeout(timer);
          this.pending.delete(id);
          const failed = m.results.find((r): r is { error: string } => 'error' in r);
          if (failed) reject(new Error(failed.error));
          else resolve(m.results.map((r) => ('svg' in r ? r.svg : '')));
        },
        cancel: (e) => { clearTimeout(timer); reject(e); },
      });
      this.post({ type: 'renderDiagramsForExport', id, sources, textLabels: true });
    });
  }

  private shellHtml(): string {
    const webview = this.panel.webview;
    return previewShellHtml({
      cspSource: webview.cspSource,
      // A fresh nonce every time the page is set; never Math.random.
      nonce: randomBytes(16).toString('base64'),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview', 'preview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
      lang: displayLanguage(),
    });
  }

  private updateTitle(): void {
    const name = this.document.uri.path.split('/').pop() ?? '';
    this.panel.title = label(this.locked ? 'previewLocked' : 'previewTitle', displayLanguage()).replace('{0}', name);
  }

  private scheduleRender(): void {
    if (this.timer) return; // throttle: one render per window, it reads the text as it is then
    this.timer = setTimeout(() => { this.timer = undefined; this.renderNow(); }, RENDER_THROTTLE_MS);
  }

  renderNow(line?: number): void {
    if (!this.ready) return; // the webview asks with `ready` when it can take messages
    const text = this.document.getText();
    const result = checkProposal(text);
    const errors = result.parsed.syntaxErrors.filter((e) => e.severity === 'error').length;
    const banner = errors > 0 ? syntaxBanner(displayLanguage(), errors) : undefined;
    if (errors > 0 && this.lastGood) {
      // Broken YAML: keep the last good render on screen, only raise the banner.
      this.post({ type: 'banner', banner });
      return;
    }
    const message = updateMessage(renderForPreview(result, today()), {
      uri: this.document.uri.toString(), version: this.document.version, diagramTheme: diagramTheme(), locked: this.locked,
      ...(banner ? { banner } : {}), ...(line !== undefined ? { line } : {}),
    });
    if (errors === 0) this.lastGood = message;
    this.post(message);
  }

  private post(message: ExtensionToWebview): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(m: WebviewToExtension): Promise<void> {
    switch (m.type) {
      case 'ready': {
        this.ready = true;
        this.markReady();
        // The webview reloads each time it is shown again (no retainContextWhenHidden): resend.
        if (this.lastGood) this.post(this.lastGood); else this.renderNow();
        return;
      }
      case 'revealLine': return this.revealLine(m.line);
      case 'didScroll': return this.scrollEditor(m.line);
      case 'diagramsRendered': this.pending.get(m.id)?.answer(m); return;
      case 'copySvg': return copySvg(m.svg);
      case 'saveSvg': return saveSvg(this.document.uri, m.diagram, m.svg);
      case 'savePng': return savePng(this.document.uri, m.diagram, m.dataUrl);
      case 'openProblems': await vscode.commands.executeCommand('workbench.actions.view.problems'); return;
      case 'error': void vscode.window.showErrorMessage(m.message); return;
    }
  }

  private async revealLine(line: number): Promise<void> {
    const existing = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: existing?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
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

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions.splice(0)) s.dispose();
    for (const p of this.pending.values()) p.cancel(new Error('the preview was closed before it rendered the diagrams'));
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
