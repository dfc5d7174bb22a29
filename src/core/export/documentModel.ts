import type { Language } from '../model';

/**
 * A format-neutral exported document: what to say, in which order. `documents.ts` builds it from a
 * proposal; `docx.ts`, `html.ts` and `markdown.ts` only decide how it looks. Text is plain text
 * (never markup) except `markdown` blocks, which hold the user's Markdown fields.
 */
export type DocumentKind = 'proposal' | 'requirements' | 'plan' | 'risks' | 'demo';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['proposal', 'requirements', 'plan', 'risks', 'demo'];

export type DiagramId = 'architecture' | 'timeline';

export interface ExportDocument {
  kind: DocumentKind;
  lang: Language;
  /** Proposal title (the cover's main line). */
  title: string;
  /** Document kind in words ("Solution Proposal"). */
  kindTitle: string;
  subtitle: string;
  /** Cover facts in order: [label, value]. */
  cover: Array<[string, string]>;
  confidentiality: string;
  /** Whether a table of contents follows the cover. */
  contents: boolean;
  blocks: Block[];
}

/** Cell text; `shade` colours a risk-matrix or score cell (hex RGB without '#'). */
export interface Cell { text: string; shade?: string; bold?: boolean }

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string; anchor: string }
  | { type: 'paragraph'; text: string; emphasis?: 'note' | 'caption' }
  | { type: 'markdown'; source: string }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'table'; columns: string[]; rows: Cell[][]; /** relative widths, same length as columns */ widths?: number[] }
  | { type: 'diagram'; id: DiagramId; mermaid: string; caption: string }
  | { type: 'pageBreak' };

/** A diagram drawn by Mermaid in a browser, as the caller hands it to the renderers. */
export interface RenderedDiagram {
  id: DiagramId;
  svg: string;
  /** PNG rasterisation (for DOCX); absent when only SVG was produced. */
  png?: Uint8Array;
  /** CSS pixels of the drawn SVG. */
  width: number;
  height: number;
  /** Mermaid's error when it refused the source: the document says so in place of the diagram. */
  error?: string;
}

export type RenderedDiagrams = ReadonlyMap<DiagramId, RenderedDiagram>;

export interface DiagramSource { id: DiagramId; mermaid: string }

/** The Mermaid sources a document needs drawn, in document order. */
export function diagramSources(doc: ExportDocument): DiagramSource[] {
  const out: DiagramSource[] = [];
  for (const b of doc.blocks) if (b.type === 'diagram') out.push({ id: b.id, mermaid: b.mermaid });
  return out;
}
