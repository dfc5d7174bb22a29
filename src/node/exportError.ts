import type { Localized } from '../core/messages/localize';

/**
 * Why an export did not write its file, in both languages, with the lines that explain it (the
 * first errors of a refused document).
 * `diagrams`: the supplied renderer (VS Code's preview) could not draw and no fallback was allowed.
 */
export type ExportFailure = 'document' | 'usage' | 'io' | 'browser' | 'diagrams' | 'cancelled';

export class ExportError extends Error {
  constructor(
    readonly failure: ExportFailure,
    readonly localized: Localized,
    readonly details: readonly string[] = [],
  ) {
    super([localized.en, ...details].join('\n'));
    this.name = 'ExportError';
  }
}

/** The message of whatever was thrown, for the reason part of an export message. */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
