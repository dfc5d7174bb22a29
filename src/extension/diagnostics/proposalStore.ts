import * as vscode from 'vscode';
import type { CheckSnapshot } from './checkSnapshot';

/**
 * The latest check of every proposal the editor knows (open documents and, with
 * `presales.validation.workspace`, closed files). Language features and the preview read it instead of
 * checking again. NB: snapshots carry no yaml syntax tree (the worker cannot send one, see
 * src/protocol/checkMessages.ts); parse `document.getText()` when you need node offsets.
 */
export class ProposalStore implements vscode.Disposable {
  private readonly snapshots = new Map<string, CheckSnapshot>();
  private readonly didCheck = new vscode.EventEmitter<CheckSnapshot>();
  private readonly didForget = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after each new check result (diagnostics are already published). */
  readonly onDidCheck = this.didCheck.event;
  /** Fires when a file's result is dropped (file deleted, or closed without workspace checking). */
  readonly onDidForget = this.didForget.event;

  constructor(private readonly requestCheck: (document: vscode.TextDocument) => void) {}

  get(uri: vscode.Uri): CheckSnapshot | undefined {
    return this.snapshots.get(uri.toString());
  }

  all(): CheckSnapshot[] {
    return [...this.snapshots.values()];
  }

  /** The result for `document` at its CURRENT version; asks for a check and waits when there is none yet. */
  whenChecked(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<CheckSnapshot> {
    const key = document.uri.toString();
    const have = this.snapshots.get(key);
    if (have && have.version === document.version) return Promise.resolve(have);
    return new Promise((resolve, reject) => {
      const subscriptions: vscode.Disposable[] = [];
      const done = (): void => {
        for (const s of subscriptions) s.dispose();
      };
      subscriptions.push(
        this.didCheck.event((s) => {
          if (s.key === key && s.version === document.version) {
            done();
            resolve(s);
          }
        }),
      );
      if (token)
        subscriptions.push(
          token.onCancellationRequested(() => {
            done();
            reject(new vscode.CancellationError());
          }),
        );
      this.requestCheck(document);
    });
  }

  /** Waits for the next result of `key` (any version). Used by the workspace check. */
  nextResult(key: string): Promise<CheckSnapshot> {
    return new Promise((resolve) => {
      const sub = this.didCheck.event((s) => {
        if (s.key === key) {
          sub.dispose();
          resolve(s);
        }
      });
    });
  }

  set(snapshot: CheckSnapshot): void {
    this.snapshots.set(snapshot.key, snapshot);
    this.didCheck.fire(snapshot);
  }

  forget(uri: vscode.Uri): void {
    if (this.snapshots.delete(uri.toString())) this.didForget.fire(uri);
  }

  dispose(): void {
    this.didCheck.dispose();
    this.didForget.dispose();
    this.snapshots.clear();
  }
}
