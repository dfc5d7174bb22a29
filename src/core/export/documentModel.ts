import type { ValuePath } from '../locate';
import type { Language } from '../model';
import type { RiskLevel } from '../risk';

/**
 * A format-neutral exported document: what to say, in which order. `documents.ts` builds it from a
 * proposal; `docx.ts`, `html.ts` and `markdown.ts` only decide how it looks. Text is plain text
 * (never markup) except `markdown` blocks, which hold the user's Markdown fields.
 */
export type DocumentKind = ProseDocumentKind | 'deck';

/** The documents made of sections (DOCX, PDF, HTML, Markdown); the deck is slides (core/deck). */
export const PROSE_DOCUMENTS = ['proposal', 'requirements', 'plan', 'risks', 'demo', 'compliance'] as const;
export type ProseDocumentKind = (typeof PROSE_DOCUMENTS)[number];

export const DOCUMENT_KINDS: readonly DocumentKind[] = [...PROSE_DOCUMENTS, 'deck'];

export function isProseDocument(kind: DocumentKind): kind is ProseDocumentKind {
  return kind !== 'deck';
}

/** `timeline-summary` and `timeline-phase-<n>[-<part>]`: the plan at scale (see render/timelineDiagram.ts). */
export type DiagramId =
  'architecture' | 'timeline' | `architecture-${string}` | `timeline-${string}` | `view-${string}`;

/**
 * The diagram id of the architecture section's view at `index`: the first view keeps `architecture`,
 * the others are `view-<id>`, behind the preview's picker until picked.
 */
export function viewDiagramId(viewId: string, index: number): DiagramId {
  return index === 0 ? 'architecture' : `view-${viewId}`;
}

/** A view's diagram that the preview does not show until it is picked (see {@link viewDiagramId}). */
export function isPickedViewDiagram(id: string): boolean {
  return id.startsWith('view-');
}

/** A diagram block that is one architecture view; the first of them also lists them all for the preview's picker. */
export interface DiagramView {
  readonly id: string;
  readonly title: string;
  /** On the first view's block only: every view of the section, in order, with its block's diagram id. */
  readonly picker?: ReadonlyArray<{ readonly diagram: DiagramId; readonly view: string; readonly title: string }>;
}

export interface ExportDocument {
  kind: ProseDocumentKind;
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

/**
 * Cell text; `shade` colours a risk-matrix or score cell (hex RGB without '#'). `text` is what
 * DOCX, Markdown and spreadsheets print; `parts`, when given, is the same content with its inline
 * kinds (ids as code, names in bold, badges, Markdown fields) for the HTML renderer; `heat` is the
 * risk level behind a shade, which the preview shows as a class.
 */
export interface Cell {
  text: string;
  shade?: string;
  bold?: boolean;
  parts?: Inline[];
  heat?: RiskLevel;
  /** HTML only: the cell's class (`risk-cell heat-high`) and data attributes (`data-likelihood`). */
  cls?: string;
  data?: Record<string, string>;
  /** HTML only: the cell's tooltip (a load cell's member, week and percent). */
  title?: string;
}

/**
 * One piece of a rich cell or list item. `markdown` holds the user's Markdown field (rendered with
 * raw HTML off); `chip` is an id that points back to its source line (a risk in the matrix);
 * `badge` is a small label (`internal`, `gap`, `priority-must`); `mark` is a styled span (a risk
 * score's heat, a goal's SMART tick, a rating's stars); `break` starts a new line.
 */
export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; text: string }
  | { kind: 'small'; text: string }
  | { kind: 'markdown'; source: string; block?: boolean }
  | { kind: 'badge'; cls: string; text: string }
  | { kind: 'mark'; cls: string; text: string; title?: string }
  | { kind: 'chip'; text: string; title?: string; path?: ValuePath }
  | { kind: 'break' };

/**
 * What the preview knows about a table row beyond its cells: where it comes from in the file (its
 * `data-line`), its anchor id (`risk-R1`), whether it is internal content (shown with a badge in the
 * internal view) and a class of its own (`trace-row must`).
 */
export interface RowMeta {
  path?: ValuePath;
  id?: string;
  internal?: boolean;
  cls?: string;
}

/**
 * The preview's box around consecutive blocks (a demo scenario, an internal-only part, the cover):
 * blocks that carry the same `Wrap` object share one `div` with its class, anchor id and source
 * line. Documents ignore it: on paper the blocks simply follow one another.
 */
export interface Wrap {
  cls?: string;
  id?: string;
  path?: ValuePath;
}

export type Block = (
  | {
      type: 'heading';
      level: 1 | 2 | 3;
      text: string;
      anchor: string;
      /** HTML only: the heading with its inline kinds (a badge after it), its source path; `title` is the preview's `h1` (the proposal's title on the cover). */
      parts?: Inline[];
      path?: ValuePath;
      title?: boolean;
    }
  | {
      type: 'paragraph';
      text: string;
      /** `empty` says a section has nothing yet (the preview) */ emphasis?: 'note' | 'caption' | 'empty';
      /** HTML only: the same text with its inline kinds, and the paragraph's class and source path. */
      parts?: Inline[];
      cls?: string;
      path?: ValuePath;
    }
  | {
      type: 'markdown';
      source: string;
      /** preview: the wrapper's class and source path */ cls?: string;
      path?: ValuePath;
    }
  | {
      type: 'list';
      items: string[];
      ordered?: boolean;
      /** HTML only: rich items, each item's source path */ itemParts?: Inline[][];
      itemPaths?: ValuePath[];
      /** HTML only: the list's class (`value-propositions`). */
      cls?: string;
    }
  | {
      type: 'table';
      columns: string[];
      rows: Cell[][];
      /** relative widths, same length as columns */ widths?: number[];
      /** The table's class in HTML (`risk-register`); `rowMeta[i]` belongs to `rows[i]`. */
      cls?: string;
      rowMeta?: RowMeta[];
      /** A caption above the table; whether each row's first cell heads the row (the risk matrix's likelihood). */
      caption?: string;
      rowHeaders?: boolean;
      /** HTML only: `false` draws no header row (a totals table is label | amount); tooltips of the column headers. */
      head?: boolean;
      headTitles?: Array<string | undefined>;
    }
  | {
      type: 'diagram';
      id: DiagramId;
      mermaid: string;
      caption: string;
      /** For the preview's placeholder: the source's hash and the Mermaid node id -> source path map (click-to-reveal). */
      hash?: string;
      nodePaths?: Record<string, ValuePath>;
      /** Set when the diagram is one of several architecture views. */
      view?: DiagramView;
    }
  | { type: 'pageBreak' }
) & { wrap?: Wrap };

/**
 * One section of the proposal, written once by its builder and drawn by every renderer: the
 * preview (as `section#section-<key>`), the exported HTML, DOCX and Markdown. `path` is where the
 * section starts in the file.
 */
export interface Section {
  key: string;
  path: ValuePath;
  blocks: Block[];
}

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

export interface DiagramSource {
  id: DiagramId;
  mermaid: string;
}

/** The Mermaid sources a document needs drawn, in document order. */
export function diagramSources(doc: ExportDocument): DiagramSource[] {
  const out: DiagramSource[] = [];
  for (const b of doc.blocks) if (b.type === 'diagram') out.push({ id: b.id, mermaid: b.mermaid });
  return out;
}
