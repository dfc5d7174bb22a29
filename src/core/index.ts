/**
 * The public face of the pure core: what the CLI, the extension host and the tests import. Everything
 * here runs anywhere (no vscode, no fs, no DOM).
 */
export { checkProposal, DEFAULT_HIGH_RISK_THRESHOLD } from './check';
export type { CheckOptions, CheckResult } from './check';
export { CODES, codeInfo, severityOf } from './codes';
export type { Code, CodeInfo } from './codes';
export type { Diagnostic, Position, Range, Severity } from './diagnostic';
export { buildModelIdIndex, idsOfKind, namespaceOf, resolveReference } from './idIndex';
export type { ModelIdDefinition, ModelIdEntry, ModelIdIndex, IdKind, ModelIdReference, ReferenceTarget } from './idIndex';
export { locate, locateKeyOf } from './locate';
export type { Span, ValuePath } from './locate';
export { localized, pick } from './messages/localize';
export type { Localized } from './messages/localize';
export * from './model';
export { normalizeProposal } from './normalize';
export { offsetsToRange, parseProposalText } from './parse';
export type { ParsedProposal, SyntaxProblem } from './parse';
export * from './schedule';
export type * from './schedule/types';
