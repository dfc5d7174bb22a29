import type { CheckResult } from '../../core/check';
import type { IsoDate, Language } from '../../core/model';
import { label } from '../../core/render/labels';
import { renderProposalHtml, type RenderedProposal } from '../../core/render/proposalHtml';
import type { DiagramTheme, PreviewBanner, PreviewStrings, UpdateMessage } from '../../protocol/previewMessages';

/** No vscode import: the browser tests and the benchmark build the same messages as the extension. */
export interface UpdateOptions {
  uri: string;
  version: number;
  today?: IsoDate;
  diagramTheme?: DiagramTheme | 'auto';
  locked?: boolean;
  line?: number;
  banner?: PreviewBanner;
}

/** The proposal rendered for the preview: the internal view (internal content shown with a badge). */
export function renderForPreview(result: Pick<CheckResult, 'proposal' | 'schedule' | 'cost' | 'parsed'>, today?: IsoDate): RenderedProposal {
  return renderProposalHtml(
    { proposal: result.proposal, schedule: result.schedule, cost: result.cost, parsed: result.parsed },
    { audience: 'internal', ...(today ? { today } : {}) },
  );
}

export function previewStrings(lang: Language): PreviewStrings {
  return {
    copySvg: label('copySvg', lang), saveSvg: label('saveSvg', lang), savePng: label('savePng', lang),
    resetZoom: label('resetZoom', lang), diagramError: label('diagramError', lang), showProblems: label('showProblems', lang),
  };
}

export function syntaxBanner(lang: Language, errorCount: number): PreviewBanner {
  return { text: label('syntaxBanner', lang).replace('{0}', String(errorCount)), linkText: label('showProblems', lang) };
}

export function updateMessage(rendered: RenderedProposal, o: UpdateOptions): UpdateMessage {
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
