export interface SequentialResult {
  /** ln Λₙ, the log of the mixture likelihood ratio (the e-process) at this look. */
  logLikelihoodRatio: number;
  /** min(1, 1/Λₙ): valid at this look; the always-valid p-value is its running minimum (SequentialMonitor). */
  pvalue: number;
  /** Λₙ ≥ 1/α: reject H0 now. Stopping at the first such look keeps P(false rejection) ≤ α. */
  reject: boolean;
  /** ln(1/α), the rejection threshold for logLikelihoodRatio. */
  threshold: number;
}

export function sequentialResult(logLR: number, alpha: number): SequentialResult {
  const threshold = -Math.log(alpha);
  return {
    logLikelihoodRatio: logLR,
    pvalue: Math.min(1, Math.exp(-logLR)),
    reject: logLR >= threshold,
    threshold,
  };
}
