/**
 * How long endpoint changes are expected to take, seconds. Estimates for planning, not guarantees:
 * SageMaker launches a fleet in roughly 5–10 minutes (image pull, model load, health checks), and a
 * weights-only update settles in under a minute. The executor waits for the real InService state.
 */
export const TIMING = {
  /** Launch a new variant or fleet (UpdateEndpoint with a new config, blue/green or rolling batch). */
  provisionSeconds: 480,
  /** Change weights only (UpdateEndpointWeightsAndCapacities). */
  shiftSeconds: 60,
  /** Add instances to a running variant (UpdateEndpointWeightsAndCapacities with a new count). */
  scaleSeconds: 300,
  /** SageMaker moving to the next traffic phase of a native deployment. */
  nativePhaseSeconds: 60,
} as const;
