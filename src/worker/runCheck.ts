// The check as the editor runs it, shared by the worker and the in-process backend. No vscode here:
// it runs inside dist/checkWorker.js and in bench/editor.bench.mjs.
import { checkProposal } from '../core/check';
import type { ParsedProposal } from '../core/parse';
import type { CheckDetails, CheckRequest, WireCheckResult } from '../protocol/checkMessages';
import { previewRender } from './previewRender';

/**
 * `parse`: the worker passes its per-document parser (src/worker/workerDocuments.ts), so
 * the language requests of this version reuse the parse; absent, the text is parsed afresh.
 */
export function runCheck(
  request: Pick<CheckRequest, 'text' | 'language' | 'highRiskThreshold' | 'preview'>,
  parse?: (text: string) => ParsedProposal,
): WireCheckResult {
  const started = performance.now();
  // No language = checkProposal follows the proposal's own `proposal.language` (else English).
  const result = checkProposal(request.text, {
    ...(request.language === 'proposal' ? {} : { language: request.language }),
    highRiskThreshold: request.highRiskThreshold,
    ...(parse ? { parse } : {}),
  });
  const { byId: _byId, ...schedule } = result.schedule;
  const { entries: _entries, ...ids } = result.ids;
  const details: CheckDetails = { proposal: result.proposal, schedule, cost: result.cost, ids };
  const detailsJson = JSON.stringify(details);
  const checkMs = performance.now() - started;
  // The preview renders from this very parse: its data-line numbers match the checked version.
  const preview = request.preview ? previewRender(result, request.preview) : undefined;
  return {
    diagnostics: result.diagnostics,
    detailsJson,
    language: result.language,
    checkMs,
    ...(preview ? { preview } : {}),
  };
}
