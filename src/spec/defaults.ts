/**
 * Defaults the loader fills in. The schema's descriptions state the same values (a test keeps the
 * two in step), so editors and `modelgate validate` agree.
 */
export const DEFAULTS = {
  region: 'us-east-1',
  environment: 'production',
  variant: 'AllTraffic',
  instanceCount: 1,
  dataCaptureSamplingPercent: 100,
  allAtOnceBakeSeconds: 600,
  stepBakeSeconds: 600,
  linearStepPercent: 20,
  linearBakeSeconds: 600,
  blueGreenBakeSeconds: 600,
  terminationWaitSeconds: 0,
  shadowSamplingPercent: 100,
  agreementMinSamples: 100,
  abCandidatePercent: 50,
  abAlpha: 0.05,
  rollingBatchPercent: 25,
  rollingWaitSeconds: 300,
  rollingRollbackBatchPercent: 100,
  gateAlpha: 0.05,
  minInvocations: 100,
  periodSeconds: 60,
  maxExtensionSeconds: 600,
  watchSeconds: 0,
  deadlineSeconds: 24 * 3600,
  stepTimeoutSeconds: 30 * 60,
  nullPercent: 0,
  datasetDriftPercent: 50,
  driftBins: 10,
} as const;

/** SageMaker's bounds for MaximumExecutionTimeoutInSeconds. */
export const MAX_EXECUTION_BOUNDS = { min: 600, max: 28_800 } as const;

/** Rolling: default MaximumExecutionTimeoutInSeconds = batches × (wait + 10m), clamped to SageMaker's bounds. */
export function defaultRollingMaxExecution(batches: number, waitSeconds: number): number {
  const wanted = batches * (waitSeconds + 600);
  return Math.min(MAX_EXECUTION_BOUNDS.max, Math.max(MAX_EXECUTION_BOUNDS.min, wanted));
}
