// The preview's render, run by the check worker from the check it just made (no vscode here). The
// host only turns the result into an UpdateMessage (src/extension/preview/updateMessage.ts), so the
// markdown renderer and the section builders never load on the extension host.
import type { CheckResult } from '../core/check';
import type { IsoDate } from '../core/model';
import { renderProposalHtml, type Audience, type RenderedProposal } from '../core/render/proposalHtml';
import type { PreviewRender, PreviewRenderRequest } from '../protocol/checkMessages';

type RenderSource = Pick<CheckResult, 'proposal' | 'schedule' | 'cost' | 'parsed' | 'highRiskThreshold'>;

/** The proposal rendered for the preview; `internal` by default (internal content shown with a badge). */
export function renderForPreview(
  result: RenderSource,
  today?: IsoDate,
  audience: Audience = 'internal',
): RenderedProposal {
  return renderProposalHtml(
    // `parsed` gives every row and section its data-line, for scroll sync and click-to-reveal.
    { proposal: result.proposal, schedule: result.schedule, cost: result.cost, parsed: result.parsed },
    // The threshold the check graded risks by, so the matrix colours agree with the PS209 warnings.
    { audience, highRiskThreshold: result.highRiskThreshold, ...(today ? { today } : {}) },
  );
}

/** What the worker sends for a preview: the sections and diagram sources, or only the error count. */
export function previewRender(result: RenderSource, request: PreviewRenderRequest): PreviewRender {
  const syntaxErrors = result.parsed.syntaxErrors.filter((e) => e.severity === 'error').length;
  // Broken YAML yields a partial model; the preview keeps its last good render instead of showing it.
  if (syntaxErrors > 0 && request.keepLastGood) return { kind: 'broken', syntaxErrors };
  const started = performance.now();
  const r = renderForPreview(result, request.today, request.audience);
  return {
    kind: 'rendered',
    lang: r.lang,
    title: r.title,
    sections: r.sections,
    // nodeLines stay behind: the placeholders in the sections already carry them for click-to-reveal.
    diagrams: r.diagrams.map((d) => ({ key: d.key, source: d.source, hash: d.hash })),
    syntaxErrors,
    renderMs: performance.now() - started,
  };
}
