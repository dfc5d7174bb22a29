import type { Risk } from './model';

/**
 * How a risk is scored and graded, for the checker, the editor's hover and CodeLens, the preview's
 * matrix and every export. Likelihood and impact are integers 1..5; the score is their product; a
 * score at or above the configured threshold (`presales.validation.highRiskThreshold`, CLI
 * `--high-risk`) is high, from MEDIUM_RISK_FROM up to the threshold medium, below that low.
 */
export const DEFAULT_HIGH_RISK_THRESHOLD = 15;
export const MEDIUM_RISK_FROM = 8;

export type RiskLevel = 'low' | 'medium' | 'high';

/** 1..5 or undefined: anything else cannot be placed in the matrix nor scored. */
export function riskScale(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5 ? value : undefined;
}

/** likelihood x impact, or undefined when either is missing or not an integer 1..5. */
export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'> | undefined): number | undefined {
  const l = riskScale(risk?.likelihood);
  const i = riskScale(risk?.impact);
  return l !== undefined && i !== undefined ? l * i : undefined;
}

/**
 * A threshold as configured, or the default when it is not a usable one. Medium starts at 8 unless
 * the threshold is at or below it, in which case there is no medium band.
 */
export function highRiskThreshold(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? value : DEFAULT_HIGH_RISK_THRESHOLD;
}

export function riskLevel(score: number, threshold: number = DEFAULT_HIGH_RISK_THRESHOLD): RiskLevel {
  if (score >= highRiskThreshold(threshold)) return 'high';
  return score >= MEDIUM_RISK_FROM ? 'medium' : 'low';
}

/** The scores of the medium band, [from, to) for a threshold; empty (from === to) when the threshold is at or below 8. */
export function mediumBand(threshold: number = DEFAULT_HIGH_RISK_THRESHOLD): { from: number; to: number } {
  const high = highRiskThreshold(threshold);
  return { from: Math.min(MEDIUM_RISK_FROM, high), to: high };
}
