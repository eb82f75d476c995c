/**
 * The scenario document as written in YAML (or passed in-process). Durations are `"90s"`, `"5m"`,
 * `"250ms"`, `"1h"` or a number of seconds; latencies are `"40ms"` or a number of milliseconds.
 * See docs/scenario.md.
 */
export type DurationInput = string | number;

export interface Scenario {
  version?: 1;
  /** Seed for every random draw (the `seed` option / `--seed` wins). */
  seed?: number;
  /** Simulated start time, ISO 8601 (the clock's own start wins when a clock is given). */
  start?: string;
  account?: string;
  region?: string;
  timings?: Partial<Record<TimingName, DurationInput>>;
  traffic?: TrafficRuleInput[];
  input?: { features?: number; contentType?: 'text/csv' | 'application/json' };
  models?: Record<string, ModelProfileInput>;
  modelPackages?: ModelPackageInput[];
  faults?: FaultInput[];
  limits?: { instances?: Record<string, number> };
  dataCapture?: { maxRecordsPerMinute?: number };
  metrics?: { retention?: DurationInput };
}

export type TimingName =
  | 'createEndpoint'
  | 'provisionFleet'
  | 'terminateFleet'
  | 'updateWeights'
  | 'scaleInstances'
  | 'deleteEndpoint';

export interface TrafficRuleInput {
  /** Endpoint name glob (`*`, `fraud-*`); the first matching rule wins. */
  endpoint: string;
  /** Constant requests per second. */
  rps?: number;
  /** Requests per second over simulated time since the start. */
  schedule?: Array<{ at: DurationInput; rps: number }>;
  /** How the schedule moves between points: hold the last value (`step`, default) or `linear`. */
  interpolate?: 'step' | 'linear';
}

export interface LatencyInput {
  /** Lognormal (default): median and p99; or median and sigma (log-space). */
  distribution?: 'lognormal' | 'constant';
  median: DurationInput;
  p99?: DurationInput;
  sigma?: number;
}

export interface ModelProfileInput {
  /** Globs on the SageMaker model; every given field must match. */
  match?: { name?: string; image?: string; modelDataUrl?: string };
  latency?: LatencyInput;
  overhead?: LatencyInput;
  errors?: { rate4xx?: number; rate5xx?: number; modelErrorRate?: number };
  prediction?: PredictionInput;
}

export interface PredictionInput {
  /** Class label → probability (normalised). */
  labels?: Record<string, number>;
  /** A score in [0, 1]: normal(mean, sd) clamped. */
  score?: { mean: number; sd: number };
  /** Fraction of requests where this model departs from the shared reference prediction. */
  disagreement?: number;
}

export interface ModelPackageInput {
  /** Versioned package: group + version (ARN `model-package/<group>/<version>`). */
  group?: string;
  version?: number;
  /** Unversioned package name. */
  name?: string;
  approval?: 'Approved' | 'Rejected' | 'PendingManualApproval';
  status?: 'Pending' | 'InProgress' | 'Completed' | 'Failed' | 'Deleting';
  image?: string;
  modelDataUrl?: string;
  description?: string;
  approvalDescription?: string;
}

export interface FaultTarget {
  profile?: string;
  model?: string;
  endpoint?: string;
  variant?: string;
}

interface Windowed {
  /** Start, as simulated time since the simulator started (default 0). */
  at?: DurationInput;
  /** How long it lasts (default: to the end of the run). */
  duration?: DurationInput;
}

export type FaultInput =
  | (Windowed & { type: 'latencySpike'; target?: FaultTarget; factor?: number; addMs?: number })
  | (Windowed & {
      type: 'errorBurst';
      target?: FaultTarget;
      rate4xx?: number;
      rate5xx?: number;
      modelErrorRate?: number;
    })
  | (Windowed & {
      type: 'updateFailure';
      endpoint?: string;
      failLaunch?: boolean;
      batch?: number;
      rollbackFails?: boolean;
      reason?: string;
    })
  | (Windowed & {
      type: 'throttling';
      service?: 'sagemaker' | 'cloudwatch' | 'all';
      operations?: string[];
      probability?: number;
    })
  | (Windowed & { type: 'stuckEndpoint'; endpoint?: string; failAfter?: DurationInput; reason?: string });

// ── Normalised form used by the simulator (all times in ms) ─────────────────────────────────

export interface Latency {
  distribution: 'lognormal' | 'constant';
  /** Milliseconds. */
  median: number;
  /** Log-space standard deviation (0 for constant). */
  sigma: number;
}

export interface ModelProfile {
  name: string;
  match?: { name?: string; image?: string; modelDataUrl?: string };
  latency: Latency;
  overhead: Latency;
  errors: { rate4xx: number; rate5xx: number; modelErrorRate: number };
  prediction:
    | { kind: 'labels'; labels: string[]; cumulative: number[]; disagreement: number }
    | { kind: 'score'; mean: number; sd: number; disagreement: number };
}

export interface TrafficRule {
  endpoint: string;
  points: Array<{ at: number; rps: number }>;
  interpolate: 'step' | 'linear';
}

export interface Window {
  from: number;
  to: number;
}

export type Fault =
  | (Window & { type: 'latencySpike'; target: FaultTarget; factor: number; addMs: number })
  | (Window & {
      type: 'errorBurst';
      target: FaultTarget;
      rate4xx?: number;
      rate5xx?: number;
      modelErrorRate?: number;
    })
  | (Window & {
      type: 'updateFailure';
      endpoint: string;
      failLaunch: boolean;
      batch: number;
      rollbackFails: boolean;
      reason?: string;
    })
  | (Window & {
      type: 'throttling';
      service: 'sagemaker' | 'cloudwatch' | 'all';
      operations?: string[];
      probability: number;
    })
  | (Window & { type: 'stuckEndpoint'; endpoint: string; failAfter?: number; reason?: string });

export interface ModelPackageSeed {
  name: string;
  group?: string;
  version?: number;
  approval: 'Approved' | 'Rejected' | 'PendingManualApproval';
  status: 'Pending' | 'InProgress' | 'Completed' | 'Failed' | 'Deleting';
  image?: string;
  modelDataUrl?: string;
  description?: string;
  approvalDescription?: string;
}

export type Timings = Record<TimingName, number>;

export interface ResolvedScenario {
  /** Where it came from (a path, or `<inline>` / `<default>`). */
  source: string;
  seed?: number;
  start?: number;
  account: string;
  region: string;
  timings: Timings;
  traffic: TrafficRule[];
  input: { features: number; contentType: 'text/csv' | 'application/json' };
  profiles: ModelProfile[];
  modelPackages: ModelPackageSeed[];
  faults: Fault[];
  limits: { instances: Record<string, number> };
  dataCapture: { maxRecordsPerMinute: number };
  metricRetentionMs: number;
}
