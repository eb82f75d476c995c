/**
 * The deployment spec (`modelgate.yaml`, `apiVersion: modelgate/v1`) after loading and normalising.
 *
 * In YAML, durations are strings (`90s`, `10m`, `1h`) and percentages are numbers 0–100. After
 * loading, every duration is a number of **seconds** (fields end in `Seconds`), defaults are filled
 * in, and relative paths are kept as written (resolved against the spec's folder by whoever reads
 * them). The JSON Schema in `src/spec/schema.json` describes the YAML form.
 */

export const API_VERSION = 'modelgate/v1';

export const STRATEGY_TYPES = [
  'all-at-once',
  'canary',
  'linear',
  'blue-green',
  'shadow',
  'ab-test',
  'rolling',
] as const;
export type StrategyType = (typeof STRATEGY_TYPES)[number];

export interface Spec {
  apiVersion: typeof API_VERSION;
  model: ModelSpec;
  checks: ChecksSpec;
  target: TargetSpec;
  strategy: StrategySpec;
  gates: GatesSpec;
  rollback: RollbackSpec;
  /** `builtin:<pack>` or a path to a folder / file of policy YAML, relative to the spec. */
  policies: string[];
}

export interface ModelSpec {
  name: string;
  /** A local path (relative to the spec) or an `s3://bucket/key` URI. */
  artifact: string;
  /** Expected sha256 of the artifact, 64 lowercase hex characters. */
  sha256?: string;
  /** The inference container image URI. */
  image: string;
  /** Path to the metadata / model card JSON. */
  metadata?: string;
  /** A SageMaker model-package ARN (model registry), whose approval status is checked. */
  modelPackageArn?: string;
  /** Environment variables for the container. */
  environment: Record<string, string>;
  /** IAM role SageMaker assumes for the model. */
  executionRoleArn?: string;
}

export interface ChecksSpec {
  artifact?: ArtifactCheckSpec;
  data?: DataCheckSpec;
  evaluation?: EvaluationCheckSpec;
}

export interface ArtifactCheckSpec {
  minSizeBytes?: number;
  maxSizeBytes?: number;
  /** Paths that must exist inside a `.tar.gz` artifact (e.g. `code/inference.py`). */
  requiredFiles: string[];
  /** Glob-like patterns (`*` matches any run of characters) the image must match; empty = no restriction. */
  imageAllowList: string[];
  /** When a model-package ARN is given: require `Approved` in the registry (default true). */
  requireApproval: boolean;
}

export type ColumnType = 'number' | 'integer' | 'string' | 'boolean' | 'category';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** Maximum share of nulls, percent 0–100 (default 0). */
  maxNullPercent: number;
  min?: number;
  max?: number;
  /** Allowed values for categorical / string columns. */
  allowed?: Array<string | number | boolean>;
  unique: boolean;
  /** Whether this column takes part in drift detection (default true). */
  drift: boolean;
}

export type DriftMethod = 'psi' | 'ks' | 'wasserstein' | 'chi2' | 'jensen-shannon';

export interface DriftSpec {
  /** Methods for numerical columns; default chosen by sample size (Evidently's rule). */
  numerical?: DriftMethod[];
  /** Methods for categorical columns; default chosen by sample size. */
  categorical?: DriftMethod[];
  /** Per-method thresholds overriding the defaults (p-value for tests, distance for the others). */
  thresholds: Partial<Record<DriftMethod, number>>;
  /** Per-column overrides. */
  columns: Record<string, { method?: DriftMethod; threshold?: number }>;
  /** The dataset drifts when at least this percentage of checked columns drift (default 50). */
  datasetDriftPercent: number;
  /** Number of bins for PSI on numerical columns (quantiles of the reference; default 10). */
  bins: number;
}

export interface DataCheckSpec {
  /** Reference data set (training data), CSV / JSON Lines / Parquet by extension. */
  reference?: string;
  /** Current data set (recent production inputs). */
  current: string;
  columns: ColumnSpec[];
  drift?: DriftSpec;
}

export interface EvaluationCheckSpec {
  /** Candidate metrics JSON. */
  candidate: string;
  /** Baseline (production) metrics JSON. */
  baseline?: string;
  /** CEL expressions over `candidate` and `baseline`, e.g. `candidate.auc >= baseline.auc - 0.005`. */
  require: string[];
}

export interface DataCaptureSpec {
  enabled: boolean;
  /** Percent of requests captured, 0–100. */
  samplingPercent: number;
  /** `s3://…` for SageMaker; a local folder for the simulator. */
  destination: string;
  kmsKeyId?: string;
}

export interface TargetSpec {
  provider: 'sagemaker' | 'local';
  region: string;
  endpoint: string;
  /** Overrides the AWS endpoint URL (how the simulator is reached). */
  endpointUrl?: string;
  /**
   * Name of the live production variant, the baseline (YAML `target.variant`; the loader fills in
   * `AllTraffic`, the SageMaker SDK's default). Optional in the type only so hand-built specs stay valid.
   */
  variant?: string;
  /** The deployment environment name (GitHub environment, policy input). */
  environment: string;
  instanceType: string;
  instanceCount: number;
  dataCapture?: DataCaptureSpec;
  tags: Record<string, string>;
}

export type TrafficMode = 'driven' | 'native';

export interface WeightStep {
  /** Percent of production traffic on the candidate, 0–100. */
  weight: number;
  bakeSeconds: number;
}

export interface AllAtOnceStrategy {
  type: 'all-at-once';
  /** Baking period after the switch, gates and alarms watched. */
  bakeSeconds: number;
}

export interface CanaryStrategy {
  type: 'canary';
  mode: TrafficMode;
  /** Ascending weights; the last is 100 (the semantic checks require it). */
  steps: WeightStep[];
}

export interface LinearStrategy {
  type: 'linear';
  mode: TrafficMode;
  /** Percent added at each step, 1–100 (native: 10–50). */
  stepPercent: number;
  bakeSeconds: number;
}

export interface BlueGreenStrategy {
  type: 'blue-green';
  mode: TrafficMode;
  /** Baking period on the green fleet with 100% traffic. */
  bakeSeconds: number;
  /** How long the blue fleet is kept after the bake before it is terminated. */
  terminationWaitSeconds: number;
}

export interface ShadowStrategy {
  type: 'shadow';
  /** Percent of production requests mirrored to the candidate, 1–100. */
  samplingPercent: number;
  durationSeconds: number;
  /** Prediction agreement between candidate and production, read from data capture. */
  agreement?: {
    /** `match-rate` for labels (min, 0–1) or `mean-abs-diff` for scores (max). */
    metric: 'match-rate' | 'mean-abs-diff';
    threshold: number;
    /** JSON field of the response holding the prediction (default: the whole body). */
    field?: string;
    minSamples: number;
  };
  /** On success: make the candidate the production variant, or discard the shadow. */
  onSuccess: 'promote' | 'discard';
}

export interface AbMetricSpec {
  /** `conversion` and the like: a custom CloudWatch metric per variant, or a built-in one. */
  name: string;
  /** CloudWatch namespace for a custom metric (dimensions EndpointName, VariantName). */
  namespace?: string;
  /** proportion: successes/trials (Fisher / binomial); continuous: per-request values (Mann–Whitney / Welch). */
  kind: 'proportion' | 'continuous';
  /** For a proportion metric: the CloudWatch metric counting trials (default Invocations). */
  trials?: string;
  /** Which direction wins. */
  goal: 'maximize' | 'minimize';
}

export interface AbTestStrategy {
  type: 'ab-test';
  /** Percent of traffic on the candidate during the test. */
  candidatePercent: number;
  durationSeconds: number;
  /** Stop early once every variant has at least this many samples (optional). */
  minSamplesPerVariant?: number;
  metric: AbMetricSpec;
  alpha: number;
  test: 'fisher' | 'binomial' | 'mann-whitney' | 'welch';
  /** What happens when no significant winner: keep the baseline (default) or promote anyway. */
  onNoWinner: 'keep-baseline' | 'promote';
}

export interface RollingStrategy {
  type: 'rolling';
  /** Batch size as percent of capacity (SageMaker: 5–50). */
  batchPercent: number;
  waitSeconds: number;
  /** Rollback batch size, percent (default 100). */
  rollbackBatchPercent: number;
  maxExecutionSeconds: number;
}

export type StrategySpec =
  | AllAtOnceStrategy
  | CanaryStrategy
  | LinearStrategy
  | BlueGreenStrategy
  | ShadowStrategy
  | AbTestStrategy
  | RollingStrategy;

export const GATE_METRICS = [
  'error_rate',
  'client_error_rate',
  'model_error_rate',
  'latency_avg',
  'latency_p50',
  'latency_p90',
  'latency_p95',
  'latency_p99',
  'invocations',
] as const;
export type GateMetric = (typeof GATE_METRICS)[number];

export type StatTest = 'mann-whitney' | 'fisher' | 'binomial';

/** A metric gate: at least one of max, min, maxRatioToBaseline, test. Latency is in milliseconds. */
export interface MetricGate {
  kind: 'metric';
  /** Stable id, used in plans and reports (default derived from metric and bound). */
  id: string;
  metric: GateMetric;
  max?: number;
  min?: number;
  /** Candidate / baseline must be at most this (e.g. 1.2 for latency). */
  maxRatioToBaseline?: number;
  /** Statistical comparison with the baseline: fails when the candidate is significantly worse. */
  test?: StatTest;
  alpha: number;
}

export interface AlarmGate {
  kind: 'alarm';
  id: string;
  /** A CloudWatch alarm name; in ALARM the gate fails. Also used as a native auto-rollback alarm. */
  alarm: string;
}

export type Gate = MetricGate | AlarmGate;

export interface GatesSpec {
  rules: Gate[];
  /** Minimum candidate invocations in a window before metric gates can decide. */
  minInvocations: number;
  /** CloudWatch period the gates read, seconds (60 or a multiple). */
  periodSeconds: number;
  /** What an inconclusive gate does once the bake cannot be extended any more. */
  onInconclusive: 'fail' | 'pass';
  /** How long a bake may be extended while waiting for samples. */
  maxExtensionSeconds: number;
}

export interface RollbackSpec {
  /** Roll back automatically on a failed gate, an error, a timeout or a cancel (default true). */
  enabled: boolean;
  /** Keep watching gates after 100% for this long; a failure restores the previous config. */
  watchSeconds: number;
  /** Overall deadline for the whole rollout. */
  deadlineSeconds: number;
  /** Longest wait for one endpoint update to reach InService. */
  stepTimeoutSeconds: number;
  /** Create CloudWatch alarms for native auto-rollback from the gates (default true). */
  createAlarms: boolean;
}

/** A loaded spec together with where it came from (for error locations and relative paths). */
export interface LoadedSpec {
  spec: Spec;
  /** Path of the spec file as given. */
  file: string;
  /** Folder the spec's relative paths are resolved against. */
  baseDir: string;
  /** Finds the source position of a field path such as `strategy.steps[1].weight`. */
  locate(path: string): { line: number; column: number } | undefined;
}
