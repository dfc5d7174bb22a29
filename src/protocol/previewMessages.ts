/**
 * The only messages between the extension host and the preview webview. Both sides use
 * `import type`, so nothing from here is bundled; a new message is a new member of a union.
 */

export type DiagramTheme = 'default' | 'dark' | 'neutral' | 'forest' | 'base';

export interface PreviewSection {
  readonly key: string;
  readonly html: string;
}

export interface PreviewDiagram {
  readonly key: string;
  readonly source: string;
  readonly hash: string;
}

/** Words the webview shows itself (buttons, errors), already in the proposal's language. */
export interface PreviewStrings {
  readonly copySvg: string;
  readonly saveSvg: string;
  readonly savePng: string;
  readonly resetZoom: string;
  readonly diagramError: string;
  /** Over a diagram Mermaid has not drawn yet (a view picked before its turn came). */
  readonly diagramDrawing: string;
  readonly showProblems: string;
  /** The section navigator's button. */
  readonly outline: string;
}

export interface PreviewBanner {
  readonly text: string;
  /** A `command:` the banner's link runs in VS Code (e.g. the Problems panel). */
  readonly linkText: string;
}

// ---- extension -> webview

export interface UpdateMessage {
  readonly type: 'update';
  /** Document version the html was rendered from; the webview ignores anything older than it has. */
  readonly version: number;
  readonly uri: string;
  readonly lang: string;
  readonly sections: ReadonlyArray<PreviewSection>;
  readonly diagrams: ReadonlyArray<PreviewDiagram>;
  /** Set while the file has syntax errors: the sections are the last good render. */
  readonly banner: PreviewBanner | undefined;
  readonly strings: PreviewStrings;
  /** `auto` follows the VS Code theme. */
  readonly diagramTheme: DiagramTheme | 'auto';
  /** The preview stays on this document instead of following the active editor. */
  readonly locked: boolean;
  /** Scroll to this line after applying, when the editor's cursor is known. */
  readonly line: number | undefined;
  /**
   * Diagrams drawn before (this or an earlier session, kept by the extension), for hashes the
   * webview has not been sent since it loaded: shown at once, before Mermaid has even loaded.
   */
  readonly cachedDiagrams?: ReadonlyArray<CachedPreviewDiagram>;
}

/** One diagram's SVG as the preview drew it (HTML labels) in `theme`, for the source with `hash`. */
export interface CachedPreviewDiagram {
  readonly hash: string;
  readonly theme: DiagramTheme;
  readonly svg: string;
}

/**
 * Stored SVGs of diagrams the update left out because they are not shown at first (the architecture
 * views behind the picker), sent right after it: the first frame waits only for what it shows.
 */
export interface StoredDiagramsMessage {
  readonly type: 'storedDiagrams';
  readonly cachedDiagrams: ReadonlyArray<CachedPreviewDiagram>;
}

export interface BannerMessage {
  readonly type: 'banner';
  readonly banner: PreviewBanner | undefined;
}

export interface ThemeMessage {
  readonly type: 'theme';
  readonly diagramTheme: DiagramTheme | 'auto';
}

export interface ScrollToLineMessage {
  readonly type: 'scrollToLine';
  readonly line: number;
}

/** Render Mermaid sources in the light theme and answer with `diagramsRendered` (export uses this). */
export interface RenderDiagramsRequest {
  readonly type: 'renderDiagramsForExport';
  readonly id: number;
  readonly sources: ReadonlyArray<string>;
  /** SVG <text> labels instead of HTML in <foreignObject> (default true: Word and LibreOffice cannot draw foreignObject). */
  readonly textLabels?: boolean;
  /** Also rasterise each diagram to PNG (white background, sized for A4 print) for the Word export. */
  readonly png?: boolean;
}

/** One drawn diagram of an export request; `png` is a data: URL, present when it was asked for. */
export interface ExportDiagram {
  readonly svg: string;
  readonly png?: string;
}

export type ExtensionToWebview =
  UpdateMessage | StoredDiagramsMessage | BannerMessage | ThemeMessage | ScrollToLineMessage | RenderDiagramsRequest;

// ---- webview -> extension

export interface ReadyMessage {
  readonly type: 'ready';
  /** The diagram theme the page resolves `auto` to (from VS Code's theme), for picking cached SVGs. */
  readonly autoTheme?: DiagramTheme;
}

/** Mermaid drew a diagram: the extension keeps the SVG so the next load shows it without Mermaid. */
export interface DiagramDrawnMessage {
  readonly type: 'diagramDrawn';
  readonly hash: string;
  readonly theme: DiagramTheme;
  readonly svg: string;
}

/** A click on a row, a section or a diagram node: show that line in the editor. */
export interface RevealLineMessage {
  readonly type: 'revealLine';
  readonly line: number;
}

/** The preview was scrolled by the user: the editor follows (unless this is an echo). */
export interface DidScrollMessage {
  readonly type: 'didScroll';
  readonly line: number;
}

/** One SVG per requested source, in order; a source Mermaid rejects gets `error` instead. */
export interface DiagramsRenderedMessage {
  readonly type: 'diagramsRendered';
  readonly id: number;
  readonly results: ReadonlyArray<ExportDiagram | { readonly error: string }>;
}

export interface CopySvgMessage {
  readonly type: 'copySvg';
  readonly svg: string;
}
export interface SaveSvgMessage {
  readonly type: 'saveSvg';
  readonly diagram: string;
  readonly svg: string;
}
/** PNG bytes as a data: URL produced by the webview's canvas. */
export interface SavePngMessage {
  readonly type: 'savePng';
  readonly diagram: string;
  readonly dataUrl: string;
}
export interface OpenProblemsMessage {
  readonly type: 'openProblems';
}
/** The user picked an architecture view above the diagram (the webview already shows it). */
export interface ViewSelectedMessage {
  readonly type: 'viewSelected';
  readonly view: string;
}
export interface ErrorMessage {
  readonly type: 'error';
  readonly message: string;
}

export type WebviewToExtension =
  | ReadyMessage
  | RevealLineMessage
  | DidScrollMessage
  | DiagramsRenderedMessage
  | CopySvgMessage
  | SaveSvgMessage
  | SavePngMessage
  | OpenProblemsMessage
  | ErrorMessage
  | DiagramDrawnMessage
  | ViewSelectedMessage;

/** What the webview persists with setState (restored after the panel is hidden or VS Code reloads). */
export interface PreviewState {
  readonly uri: string | undefined;
  readonly scrollLine: number | undefined;
  readonly locked: boolean;
}
