import * as vscode from 'vscode';
import { CheckScheduler, type CheckSource } from './checkScheduler';
import { WorkerBackend, type LanguageBackend } from './checkBackend';
import type { CheckSnapshot } from './checkSnapshot';
import { configuredMessageLanguage } from './messageLanguage';
import { ProposalStore } from './proposalStore';
import { toVscodeDiagnostic } from './toVscodeDiagnostic';
import type { PreviewRenderRequest } from '../../protocol/checkMessages';
import * as fs from 'fs';

export const LANGUAGE_ID = 'presales-yaml';
export const PROPOSAL_GLOB = '**/*.presales.{yaml,yml}';
const EXCLUDE_GLOB = '{**/node_modules/**,**/.git/**}';

export function isProposalDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export interface FileCheckOutcome {
  uri: vscode.Uri;
  snapshot?: CheckSnapshot;
  error?: string;
}

/**
 * Live diagnostics: open proposals are checked on open, as they change (throttled, see
 * CheckScheduler) and when settings change; with `presales.validation.workspace` every proposal file
 * in the workspace is checked from disk too, kept current by a file watcher and cleared on delete.
 */
export class DiagnosticsFeature implements vscode.Disposable {
  readonly store: ProposalStore;
  /** The check worker, for the language features' requests (same queue: they reuse the checks' parses). */
  readonly language: LanguageBackend;
  private readonly collection = vscode.languages.createDiagnosticCollection('presales');
  private readonly scheduler: CheckScheduler;
  private readonly disposables: vscode.Disposable[] = [];
  /** Bumped on every disk change of a closed file: a result for an older generation is stale. */
  private readonly fileGeneration = new Map<string, number>();
  private readonly failures = new vscode.EventEmitter<{ key: string; error: Error }>();
  private readonly docsFile: vscode.Uri;
  /** Documents a preview shows -> what each preview wants rendered (read when a check starts). */
  private readonly previews = new Map<string, Set<() => PreviewRenderRequest>>();

  constructor(
    context: vscode.ExtensionContext,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.docsFile = vscode.Uri.joinPath(context.extensionUri, 'docs', 'diagnostics.md');
    this.store = new ProposalStore((document) => this.requestDocument(document, true));
    const backend = createBackend(context, log);
    this.language = backend;
    this.scheduler = new CheckScheduler(backend, {
      delay: () => vscode.workspace.getConfiguration('presales').get<number>('validation.delay', 100),
      settings: (key) => {
        const preview = this.previewRequest(key);
        return {
          language: configuredMessageLanguage(),
          highRiskThreshold: vscode.workspace
            .getConfiguration('presales')
            .get<number>('validation.highRiskThreshold', 15),
          ...(preview ? { preview } : {}),
        };
      },
      onResult: (snapshot) => this.publish(snapshot),
      onError: (key, error) => {
        log.error(`check of ${key} failed: ${error.message}`);
        this.failures.fire({ key, error });
      },
    });
    this.disposables.push(
      this.collection,
      this.store,
      this.failures,
      vscode.workspace.onDidOpenTextDocument((d) => this.requestDocument(d, true)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.requestDocument(e.document, false);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClosed(d)),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfiguration(e)),
    );
    const watcher = vscode.workspace.createFileSystemWatcher(PROPOSAL_GLOB);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.onDiskChange(uri)),
      watcher.onDidChange((uri) => this.onDiskChange(uri)),
      watcher.onDidDelete((uri) => this.onDeleted(uri)),
    );
    for (const d of vscode.workspace.textDocuments) this.requestDocument(d, true);
    if (this.workspaceEnabled()) void this.checkWorkspaceFiles();
  }

  /** Checks every proposal file of the workspace now (open ones as shown in their editors). */
  async checkAll(
    onFile?: (done: number, total: number) => void,
    token?: vscode.CancellationToken,
  ): Promise<FileCheckOutcome[]> {
    const uris = await vscode.workspace.findFiles(PROPOSAL_GLOB, EXCLUDE_GLOB, undefined, token);
    let done = 0;
    return Promise.all(
      uris.map(async (uri): Promise<FileCheckOutcome> => {
        const key = uri.toString();
        const result = new Promise<FileCheckOutcome>((resolve) => {
          const subs: vscode.Disposable[] = [];
          const finish = (o: FileCheckOutcome): void => {
            for (const s of subs) s.dispose();
            resolve(o);
          };
          subs.push(
            this.store.onDidCheck((s) => {
              if (s.key === key) finish({ uri, snapshot: s });
            }),
          );
          subs.push(
            this.failures.event((f) => {
              if (f.key === key) finish({ uri, error: f.error.message });
            }),
          );
        });
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && isProposalDocument(d));
        if (open) this.requestDocument(open, true);
        else this.requestFile(uri, true);
        const outcome = await result;
        onFile?.(++done, uris.length);
        return outcome;
      }),
    );
  }

  /**
   * A preview shows `document`: until disposed, every check of it also renders the preview in the
   * worker (snapshot.preview). Checks it at once, so the first render is on its way while the
   * webview loads. Documents without a preview pay nothing.
   */
  watchPreview(document: vscode.TextDocument, request: () => PreviewRenderRequest): vscode.Disposable {
    const key = document.uri.toString();
    const wanted = this.previews.get(key) ?? new Set<() => PreviewRenderRequest>();
    wanted.add(request);
    this.previews.set(key, wanted);
    this.renderPreview(document);
    return new vscode.Disposable(() => {
      wanted.delete(request);
      if (wanted.size === 0 && this.previews.get(key) === wanted) this.previews.delete(key);
    });
  }

  /** Check `document` now, with its preview render (the preview needs one it does not have). */
  renderPreview(document: vscode.TextDocument): void {
    // Not filtered by language id: the preview also opens on a *.presales.yaml shown as plain YAML.
    this.scheduler.request(document.uri.toString(), this.documentSource(document), 'edit', true);
  }

  private previewRequest(key: string): PreviewRenderRequest | undefined {
    const wanted = this.previews.get(key);
    if (!wanted || wanted.size === 0) return undefined;
    const all = [...wanted].map((r) => r());
    const first = all[0];
    if (!first) return undefined;
    // Two previews of one document: skip broken renders only if both still show a good one.
    return { ...first, keepLastGood: all.every((r) => r.keepLastGood) };
  }

  dispose(): void {
    this.scheduler.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private workspaceEnabled(): boolean {
    return vscode.workspace.getConfiguration('presales').get<boolean>('validation.workspace', true);
  }

  private requestDocument(document: vscode.TextDocument, immediate: boolean): void {
    if (!isProposalDocument(document) && !this.previews.has(document.uri.toString())) return;
    this.scheduler.request(document.uri.toString(), this.documentSource(document), 'edit', immediate);
  }

  private documentSource(document: vscode.TextDocument): CheckSource {
    return {
      read: () => (document.isClosed ? undefined : { text: document.getText(), version: document.version }),
      isCurrent: (version) => !document.isClosed && document.version === version,
    };
  }

  private requestFile(uri: vscode.Uri, immediate = false): void {
    const key = uri.toString();
    const generation = this.fileGeneration.get(key) ?? 0;
    const source: CheckSource = {
      read: async () => {
        const bytes = await vscode.workspace.fs.readFile(uri);
        return { text: new TextDecoder('utf-8').decode(bytes), version: -1 - generation };
      },
      isCurrent: (version) => version === -1 - (this.fileGeneration.get(key) ?? 0) && !this.openDocument(key),
    };
    this.scheduler.request(key, source, 'background', immediate);
  }

  private openDocument(key: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key && isProposalDocument(d));
  }

  private async checkWorkspaceFiles(): Promise<void> {
    try {
      const uris = await vscode.workspace.findFiles(PROPOSAL_GLOB, EXCLUDE_GLOB);
      for (const uri of uris) if (!this.openDocument(uri.toString())) this.requestFile(uri);
    } catch (e: unknown) {
      this.log.error(`listing the workspace's proposal files failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private publish(snapshot: CheckSnapshot): void {
    const uri = vscode.Uri.parse(snapshot.key);
    this.collection.set(
      uri,
      snapshot.diagnostics.map((d) => toVscodeDiagnostic(d, this.docsFile)),
    );
    this.store.set(snapshot);
  }

  private onClosed(document: vscode.TextDocument): void {
    if (!isProposalDocument(document)) return;
    const key = document.uri.toString();
    this.scheduler.cancel(key);
    // Unsaved edits are gone with the editor: what counts now is the file on disk.
    if (
      document.uri.scheme === 'file' &&
      this.workspaceEnabled() &&
      vscode.workspace.getWorkspaceFolder(document.uri)
    ) {
      this.requestFile(document.uri, true);
    } else {
      this.clear(document.uri);
    }
  }

  private onDiskChange(uri: vscode.Uri): void {
    const key = uri.toString();
    this.fileGeneration.set(key, (this.fileGeneration.get(key) ?? 0) + 1);
    if (this.workspaceEnabled() && !this.openDocument(key)) this.requestFile(uri);
  }

  private onDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    this.fileGeneration.set(key, (this.fileGeneration.get(key) ?? 0) + 1);
    if (this.openDocument(key)) return; // the editor still shows it: its diagnostics stay
    this.scheduler.cancel(key);
    this.clear(uri);
  }

  private clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
    this.store.forget(uri);
  }

  private onConfiguration(e: vscode.ConfigurationChangeEvent): void {
    if (e.affectsConfiguration('presales.validation.workspace')) {
      if (this.workspaceEnabled()) void this.checkWorkspaceFiles();
      else
        for (const s of this.store.all()) {
          const uri = vscode.Uri.parse(s.key);
          if (!this.openDocument(s.key)) {
            this.scheduler.cancel(s.key);
            this.clear(uri);
          }
        }
    }
    if (
      e.affectsConfiguration('presales.diagnostics') ||
      e.affectsConfiguration('presales.validation.highRiskThreshold')
    ) {
      for (const d of vscode.workspace.textDocuments) this.requestDocument(d, true);
      if (this.workspaceEnabled()) void this.checkWorkspaceFiles();
    }
  }
}

function createBackend(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): WorkerBackend {
  const workerFile = vscode.Uri.joinPath(context.extensionUri, 'dist', 'checkWorker.js').fsPath;
  // A missing worker is a broken build; each check then fails with this in the Presales output.
  if (!fs.existsSync(workerFile)) log.error(`the check worker ${workerFile} is missing: run npm run build`);
  return new WorkerBackend(workerFile);
}

/** For the status of a workspace check: "3 files: 2 errors, 1 warning". */
export function countBySeverity(outcomes: readonly FileCheckOutcome[]): {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  failed: number;
} {
  let errors = 0,
    warnings = 0,
    infos = 0,
    failed = 0;
  for (const o of outcomes) {
    if (o.error) failed++;
    for (const d of o.snapshot?.diagnostics ?? []) {
      if (d.severity === 'error') errors++;
      else if (d.severity === 'warning') warnings++;
      else infos++;
    }
  }
  return { files: outcomes.length, errors, warnings, infos, failed };
}
