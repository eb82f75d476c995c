import type { ModelProfile, ResolvedScenario, Timings } from './types.js';

/** Simulated durations of the endpoint lifecycle when neither the scenario nor the options set them. */
export const DEFAULT_TIMINGS: Timings = {
  createEndpoint: 4 * 60_000,
  provisionFleet: 3 * 60_000,
  terminateFleet: 30_000,
  updateWeights: 20_000,
  scaleInstances: 2 * 60_000,
  deleteEndpoint: 30_000,
};

export const DEFAULT_ACCOUNT = '123456789012';
export const DEFAULT_REGION = 'us-east-1';
export const DEFAULT_RPS = 10;

/** A healthy model: ~30 ms median, ~90 ms p99, no errors, a 10/90 label split. */
export const HEALTHY_PROFILE: ModelProfile = {
  name: 'default',
  latency: { distribution: 'lognormal', median: 30, sigma: Math.log(3) / 2.3263478740408408 },
  overhead: { distribution: 'lognormal', median: 2, sigma: Math.log(2.5) / 2.3263478740408408 },
  errors: { rate4xx: 0, rate5xx: 0, modelErrorRate: 0 },
  prediction: { kind: 'labels', labels: ['positive', 'negative'], cumulative: [0.1, 1], disagreement: 0 },
};

/** Without --scenario: steady traffic on every endpoint, healthy models. */
export function defaultScenario(): ResolvedScenario {
  return {
    source: '<default>',
    account: DEFAULT_ACCOUNT,
    region: DEFAULT_REGION,
    timings: { ...DEFAULT_TIMINGS },
    traffic: [{ endpoint: '*', points: [{ at: 0, rps: DEFAULT_RPS }], interpolate: 'step' }],
    input: { features: 4, contentType: 'text/csv' },
    profiles: [],
    modelPackages: [],
    faults: [],
    limits: { instances: {} },
    dataCapture: { maxRecordsPerMinute: 2000 },
    metricRetentionMs: 24 * 3_600_000,
  };
}
