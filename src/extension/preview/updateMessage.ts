import type { Language } from '../../core/model';
import { isPickedViewDiagram } from '../../core/export/documentModel';
import { label } from '../../core/render/labels';
import type { PreviewRender } from '../../protocol/checkMessages';
import type {
  CachedPreviewDiagram,
  DiagramTheme,
  PreviewBanner,
  PreviewStrings,
  StoredDiagramsMessage,
  UpdateMessage,
} from '../../protocol/previewMessages';

/**
 * No vscode import: the browser tests and the benchmark build the same messages as the extension.
 * The render itself happens in the check worker (src/worker/previewRender.ts); this
 * only wraps it, so the extension host never loads the HTML renderer.
 */
export interface UpdateOptions {
  uri: string;
  version: number;
  diagramTheme?: DiagramTheme | 'auto';
  locked?: boolean;
  line?: number;
  banner?: PreviewBanner;
}

/** What a render gives the webview (the worker's `rendered` payload; a RenderedProposal fits too). */
export type PreviewContent = Pick<Extract<PreviewRender, { kind: 'rendered' }>, 'lang' | 'sections'> & {
  readonly diagrams: ReadonlyArray<{ readonly key: string; readonly source: string; readonly hash: string }>;
};

export function previewStrings(lang: Language): PreviewStrings {
  return {
    copySvg: label('copySvg', lang),
    saveSvg: label('saveSvg', lang),
    savePng: label('savePng', lang),
    resetZoom: label('resetZoom', lang),
    diagramError: label('diagramError', lang),
    diagramDrawing: label('diagramDrawing', lang),
    showProblems: label('showProblems', lang),
    outline: label('previewOutline', lang),
  };
}

export function syntaxBanner(lang: Language, errorCount: number): PreviewBanner {
  return {
    text: label('syntaxBanner', lang).replace('{0}', String(errorCount)),
    linkText: label('showProblems', lang),
  };
}

export function updateMessage(rendered: PreviewContent, o: UpdateOptions): UpdateMessage {
  return {
    type: 'update',
    version: o.version,
    uri: o.uri,
    lang: rendered.lang,
    sections: rendered.sections,
    diagrams: rendered.diagrams.map((d) => ({ key: d.key, source: d.source, hash: d.hash })),
    banner: o.banner,
    strings: previewStrings(rendered.lang),
    diagramTheme: o.diagramTheme ?? 'auto',
    locked: o.locked ?? false,
    line: o.line,
  };
}

/**
 * An update with the stored SVGs of its diagrams: those shown at once go with it, the views behind the
 * picker follow in a second message, so the first frame waits only for what it shows.
 */
export function withStoredDiagrams(
  message: UpdateMessage,
  stored: ReadonlyArray<CachedPreviewDiagram>,
): [UpdateMessage, StoredDiagramsMessage?] {
  const hidden = new Set(message.diagrams.filter((d) => isPickedViewDiagram(d.key)).map((d) => d.hash));
  const now = stored.filter((c) => !hidden.has(c.hash));
  const later = stored.filter((c) => hidden.has(c.hash));
  const update = now.length ? { ...message, cachedDiagrams: now } : message;
  return later.length ? [update, { type: 'storedDiagrams', cachedDiagrams: later }] : [update];
}
