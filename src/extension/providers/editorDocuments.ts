import type * as vscode from 'vscode';
import { analyzeForEditor, type EditorDocument } from '../../core/language/editorDocument';

/**
 * Parses each document version once for all language features (completion, hover, symbols and the
 * rest ask for the same version in a burst). A small LRU per instance: no module-level state.
 */
export class EditorDocuments {
  private readonly entries = new Map<string, EditorDocument>();

  constructor(private readonly capacity = 8) {}

  get(document: vscode.TextDocument): EditorDocument {
    return this.getText(`${document.uri.toString()}#${document.version}`, () => document.getText());
  }

  /**
   * The freshest analysis of this document, even of an older version: completion needs only the
   * list of ids, which one keystroke rarely changes, and must not re-parse a 10k-line file (80 ms
   * and more) on every trigger character. Parses only when nothing of this document is cached.
   */
  getRecent(document: vscode.TextDocument): EditorDocument {
    const prefix = `${document.uri.toString()}#`;
    let recent: EditorDocument | undefined;
    for (const [key, value] of this.entries) if (key.startsWith(prefix)) recent = value;
    return recent ?? this.get(document);
  }

  /** The analysis cached under `key`, if any (lets a caller skip reading a file it already has). */
  peek(key: string): EditorDocument | undefined {
    return this.entries.get(key);
  }

  /** For files not open in an editor (workspace symbols): keyed by the caller (uri + mtime). */
  getText(key: string, text: () => string): EditorDocument {
    const have = this.entries.get(key);
    if (have) {
      // Re-insert to mark as most recently used.
      this.entries.delete(key);
      this.entries.set(key, have);
      return have;
    }
    const fresh = analyzeForEditor(text());
    this.entries.set(key, fresh);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return fresh;
  }

  /** Drops every version of a closed document. */
  forget(uri: vscode.Uri): void {
    const prefix = `${uri.toString()}#`;
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}
