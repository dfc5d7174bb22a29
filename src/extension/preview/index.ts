import * as vscode from 'vscode';
import type { ExportDiagram, PreviewState } from '../../protocol/previewMessages';
import { PreviewDiagramStore } from './diagramStore';
import { PREVIEW_VIEW_TYPE, PreviewPanel, webviewOptions, type PreviewChecks } from './previewPanel';

export { PREVIEW_VIEW_TYPE } from './previewPanel';

function isProposal(document: vscode.TextDocument | undefined): document is vscode.TextDocument {
  return !!document && (document.languageId === 'presales-yaml' || /\.presales\.ya?ml$/i.test(document.uri.path));
}

/**
 * The preview feature: commands, the panel serializer (restores previews after a reload), and
 * following the active proposal editor. Exposes `renderDiagrams` for the export (Mermaid in the
 * webview, light theme, SVG text labels).
 */
export class PreviewManager implements vscode.Disposable {
  private readonly previews = new Set<PreviewPanel>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly checks: PreviewChecks,
    private readonly diagrams?: PreviewDiagramStore,
  ) {
    this.subscriptions.push(
      vscode.commands.registerCommand('presales.openPreview', (uri?: vscode.Uri) => this.open(uri, false)),
      vscode.commands.registerCommand('presales.openPreviewToSide', (uri?: vscode.Uri) => this.open(uri, true)),
      vscode.commands.registerCommand('presales.togglePreviewLock', () => this.toggleLock()),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: unknown) => this.restore(panel, state),
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
    );
  }

  /** The open previews (tests, export). */
  get panels(): ReadonlyArray<PreviewPanel> {
    return [...this.previews];
  }

  private async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const document =
      uri instanceof vscode.Uri
        ? await vscode.workspace.openTextDocument(uri)
        : vscode.window.activeTextEditor?.document;
    if (!isProposal(document)) return;
    const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const existing = [...this.previews].find((p) => !p.locked || p.uri.toString() === document.uri.toString());
    if (existing) {
      existing.setDocument(document);
      existing.panel.reveal(column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      'Preview',
      { viewColumn: column, preserveFocus: toSide },
      webviewOptions(this.extensionUri),
    );
    this.track(new PreviewPanel(panel, this.extensionUri, document, lockSetting(), this.checks, this.diagrams));
  }

  private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = state as Partial<PreviewState> | undefined;
    const uriText = typeof saved?.uri === 'string' ? saved.uri : undefined;
    const document = uriText
      ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uriText)).then(
          (d) => d,
          () => undefined,
        )
      : undefined;
    const fallback = document ?? vscode.window.activeTextEditor?.document;
    if (!isProposal(fallback)) {
      panel.dispose();
      return;
    }
    this.track(
      new PreviewPanel(panel, this.extensionUri, fallback, saved?.locked === true, this.checks, this.diagrams),
    );
  }

  private track(preview: PreviewPanel): void {
    this.previews.add(preview);
    preview.onDidDispose(() => this.previews.delete(preview));
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (!isProposal(editor?.document)) return;
    for (const p of this.previews) if (!p.locked) p.setDocument(editor.document);
  }

  private toggleLock(): void {
    const active = [...this.previews].find((p) => p.panel.active) ?? [...this.previews][0];
    active?.setLocked(!active.locked);
  }

  /**
   * Mermaid sources -> SVG (and PNG) drawn by a preview webview; a temporary one is opened beside
   * for `source` (else the active editor) if none is visible, and closed afterwards.
   */
  async renderDiagrams(sources: ReadonlyArray<string>, options: RenderForExportOptions = {}): Promise<ExportDiagram[]> {
    const timeoutMs = options.timeoutMs ?? 30_000;
    let preview = [...this.previews].find((p) => p.visible);
    let temporary = false;
    if (!preview) {
      const document = options.source
        ? await vscode.workspace.openTextDocument(options.source)
        : vscode.window.activeTextEditor?.document;
      if (!isProposal(document)) throw new Error('renderDiagrams needs an open proposal or preview');
      const panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        'Preview',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        webviewOptions(this.extensionUri),
      );
      preview = new PreviewPanel(panel, this.extensionUri, document, false, this.checks, this.diagrams);
      temporary = true;
    }
    try {
      return await preview.renderDiagrams(sources, timeoutMs, options.png === true);
    } finally {
      if (temporary) preview.dispose();
    }
  }

  dispose(): void {
    for (const p of [...this.previews]) p.dispose();
    for (const s of this.subscriptions.splice(0)) s.dispose();
  }
}

function lockSetting(): boolean {
  return vscode.workspace.getConfiguration('presales.preview').get<boolean>('lock', false);
}

let current: PreviewManager | undefined;

/** Called from activate. */
export function registerPreview(
  context: vscode.ExtensionContext,
  checks: PreviewChecks,
  log?: vscode.LogOutputChannel,
): PreviewManager {
  // Drawn diagrams survive reloads and sessions in the extension's own storage (bounded, LRU).
  const diagrams = new PreviewDiagramStore({
    // Only a local folder (a web host's storage is not a file system the host can write with node:fs).
    dir:
      context.globalStorageUri.scheme === 'file'
        ? vscode.Uri.joinPath(context.globalStorageUri, 'diagrams').fsPath
        : undefined,
    bundleEntry: vscode.Uri.joinPath(context.extensionUri, 'dist', 'webview', 'preview.js').fsPath,
    maxBytes: 32 * 1024 * 1024,
    onProblem: (message) => log?.warn(`preview diagram cache: ${message}`),
  });
  const manager = new PreviewManager(context.extensionUri, checks, diagrams);
  context.subscriptions.push(manager, {
    dispose: () => {
      if (current === manager) current = undefined;
    },
  });
  current = manager;
  return manager;
}

export interface RenderForExportOptions {
  timeoutMs?: number;
  /** Also PNG data: URLs (Word export), rasterised by the webview's canvas. */
  png?: boolean;
  /** The proposal exported: a temporary preview of it draws when no preview is visible. */
  source?: vscode.Uri;
}

/**
 * For the export: draw Mermaid sources in the preview's webview (light theme, SVG text labels) and
 * get the SVGs (and PNGs) back, matched by request id, with a timeout.
 */
export function renderDiagramsInPreview(
  sources: string[],
  options: RenderForExportOptions = {},
): Promise<ExportDiagram[]> {
  if (!current) return Promise.reject(new Error('the preview feature is not registered'));
  return current.renderDiagrams(sources, options);
}
