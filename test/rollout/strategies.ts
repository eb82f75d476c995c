/** Absolute gates only: strategies where the baseline never serves beside the candidate. */
const ABSOLUTE = `  minInvocations: 100
  maxExtension: 3m
  rules:
    - { metric: error_rate, max: 0.02 }
    - { metric: latency_p99, max: 500 }`;

/**
 * The rollback section for native strategies: a short post-promotion watch, so the gates keep reading
 * the variant the new config serves under after SageMaker finishes the update.
 */
export const WATCHED_ROLLBACK = `  stepTimeout: 20m
  watch: 3m`;

export interface StrategyCase {
  strategy: string;
  target?: string;
  gates?: string;
  /** The spec's rollback section; WATCHED_ROLLBACK adds a post-promotion watch. */
  rollback?: string;
  /** Minutes after the simulator starts (baseline seeded by ~4m) when the e2e regression begins: mid-rollout. */
  regressionAt: number;
}

/** The strategy section of a spec for each strategy and mode the e2e tests run. */
export const STRATEGIES: Record<string, StrategyCase> = {
  'canary (driven)': {
    strategy: `  type: canary
  mode: driven
  steps:
    - { weight: 10, bake: 5m }
    - { weight: 50, bake: 5m }
    - { weight: 100 }`,
    regressionAt: 15,
  },
  'canary (native)': {
    strategy: `  type: canary
  mode: native
  steps:
    - { weight: 50, bake: 5m }
    - { weight: 100, bake: 2m }`,
    rollback: WATCHED_ROLLBACK,
    regressionAt: 9,
  },
  'linear (driven)': {
    strategy: `  type: linear
  mode: driven
  stepPercent: 34
  bake: 4m`,
    regressionAt: 14,
  },
  'linear (native)': {
    strategy: `  type: linear
  mode: native
  stepPercent: 50
  bake: 4m`,
    rollback: WATCHED_ROLLBACK,
    regressionAt: 10,
  },
  'blue-green (driven)': {
    strategy: `  type: blue-green
  mode: driven
  bake: 5m
  terminationWait: 2m`,
    regressionAt: 10,
    gates: ABSOLUTE,
  },
  'blue-green (native)': {
    strategy: `  type: blue-green
  mode: native
  bake: 5m
  terminationWait: 2m`,
    rollback: WATCHED_ROLLBACK,
    regressionAt: 9,
    gates: ABSOLUTE,
  },
  'all-at-once': {
    strategy: `  type: all-at-once
  bake: 6m`,
    rollback: WATCHED_ROLLBACK,
    regressionAt: 9,
    gates: ABSOLUTE,
  },
  rolling: {
    strategy: `  type: rolling
  batchPercent: 50
  wait: 4m`,
    rollback: WATCHED_ROLLBACK,
    regressionAt: 10,
  },
  shadow: {
    strategy: `  type: shadow
  samplingPercent: 50
  duration: 6m
  agreement: { metric: match-rate, threshold: 0.9, minSamples: 200 }
  onSuccess: promote`,
    target: `  dataCapture:
    samplingPercent: 100
    destination: capture/`,
    regressionAt: 10,
  },
  'ab-test': {
    strategy: `  type: ab-test
  candidatePercent: 50
  duration: 8m
  metric: { name: error_rate }
  test: fisher
  alpha: 0.01
  onNoWinner: keep-baseline`,
    gates: `  minInvocations: 100
  maxExtension: 3m
  rules:
    - { metric: error_rate, max: 0.2 }`,
    regressionAt: 11,
  },
};
