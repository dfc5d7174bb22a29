import { readFileSync, statSync } from 'fs';
import { analyzeForEditor, type EditorDocument } from '../core/language/editorDocument';

/** How the worker reaches the disk (tests pass a fake). */
export interface FileReader {
  /** A string that changes whenever the file does (mtime and size). */
  stamp(path: string): string;
  read(path: string): string;
}

export const nodeFileReader: FileReader = {
  stamp: (path) => {
    const s = statSync(path);
    return `${s.mtimeMs}@${s.size}`;
  },
  read: (path) => readFileSync(path, 'utf8'),
};

/**
 * Analyses of proposal files that are NOT open in an editor, for workspace symbols. A small LRU
 * (a big workspace would otherwise keep hundreds of parses), separate from the open documents so it
 * never evicts them. Files on disk are read here, in the worker: they never cost the host a read,
 * a decode or a copy, and an unchanged file (same mtime and size) is not even read again.
 */
export class ClosedFiles {
  private readonly entries = new Map<string, { stamp: string; analysed: EditorDocument }>();

  constructor(
    private readonly capacity = 32,
    private readonly reader: FileReader = nodeFileReader,
  ) {}

  /** Throws when the file cannot be read (deleted since the host listed it...): the caller reports it. */
  fromDisk(uri: string, path: string): EditorDocument {
    const stamp = this.reader.stamp(path);
    return this.lookup(uri, stamp) ?? this.store(uri, stamp, analyzeForEditor(this.reader.read(path)));
  }

  /** A file the host read itself (not on a local disk): the text is its own stamp. */
  fromText(uri: string, text: string): EditorDocument {
    return this.lookup(uri, text) ?? this.store(uri, text, analyzeForEditor(text));
  }

  private lookup(uri: string, stamp: string): EditorDocument | undefined {
    const have = this.entries.get(uri);
    if (!have || have.stamp !== stamp) return undefined;
    // Re-insert: most recently used last.
    this.entries.delete(uri);
    this.entries.set(uri, have);
    return have.analysed;
  }

  private store(uri: string, stamp: string, analysed: EditorDocument): EditorDocument {
    this.entries.delete(uri);
    this.entries.set(uri, { stamp, analysed });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return analysed;
  }
}
