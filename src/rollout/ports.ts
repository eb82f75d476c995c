import type { NativeDeployment } from '../plan/types.js';

/**
 * The narrow ports the rollout executor drives. No AWS SDK type crosses them: the SageMaker
 * provider (src/providers/sagemaker/) implements them over the real clients, and unit tests use
 * small in-memory fakes.
 */

export interface VariantState {
  name: string;
  /** Weight as SageMaker reports it (raw, not normalised); undefined when the response lacks it. */
  currentWeight?: number;
  desiredWeight?: number;
  currentInstances: number;
  desiredInstances?: number;
}

export interface EndpointState {
  name: string;
  arn: string;
  /** InService | Creating | Updating | SystemUpdating | RollingBack | Failed | UpdateRollbackFailed | … */
  status: string;
  configName?: string;
  failureReason?: string;
  production: VariantState[];
  shadow: VariantState[];
  /** The config being deployed while an update is in progress. */
  pendingConfigName?: string;
}

export interface VariantDefinition {
  name: string;
  model: string;
  instanceType: string;
  instanceCount: number;
  weight: number;
}

export interface EndpointConfigDefinition {
  name: string;
  production: VariantDefinition[];
  shadow: VariantDefinition[];
  dataCapture?: { samplingPercent: number; destination: string; kmsKeyId?: string };
}

export interface ModelDefinition {
  name: string;
  image: string;
  /** s3:// URI or a path the provider accepts as ModelDataUrl. */
  artifact: string;
  environment: Record<string, string>;
  executionRoleArn?: string;
  modelPackageArn?: string;
}

export interface WeightChange {
  variant: string;
  weight: number;
}

/** SageMaker control plane, as far as a rollout needs it. */
export interface EndpointPort {
  /** undefined when the endpoint does not exist. */
  describeEndpoint(name: string): Promise<EndpointState | undefined>;
  describeEndpointConfig(name: string): Promise<EndpointConfigDefinition | undefined>;
  /** Creates the model; a model of that name that already exists is reused (same deployment re-run). */
  createModel(def: ModelDefinition, tags: Record<string, string>): Promise<void>;
  /** Creates the config; an existing config of that name is reused. */
  createEndpointConfig(def: EndpointConfigDefinition, tags: Record<string, string>): Promise<void>;
  createEndpoint(name: string, configName: string, tags: Record<string, string>): Promise<void>;
  updateEndpoint(name: string, configName: string, deployment?: NativeDeployment): Promise<void>;
  updateWeights(name: string, weights: WeightChange[]): Promise<void>;
  deleteEndpoint(name: string): Promise<void>;
  readTags(endpoint: string): Promise<Record<string, string>>;
  writeTags(endpoint: string, tags: Record<string, string>): Promise<void>;
  removeTags(endpoint: string, keys: string[]): Promise<void>;
}

/** Which traffic a metric query reads: a variant, optionally narrowed to one fleet's config. */
export interface MetricTarget {
  endpoint: string;
  variant: string;
  /** Native blue/green: both fleets share the variant name; the config dimension tells them apart. */
  endpointConfig?: string;
}

export interface MetricQuery {
  /** Unique, starts with a lowercase letter (CloudWatch rule). */
  id: string;
  namespace: string;
  metric: string;
  target: MetricTarget;
  stat: string;
  periodSeconds: number;
}

export interface MetricSeries {
  id: string;
  /** Period start times, ms since the epoch, ascending. */
  timestamps: number[];
  values: number[];
  /** false when CloudWatch said PartialData / InternalError / Forbidden. */
  complete: boolean;
}

export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export interface AlarmDefinition {
  name: string;
  namespace: string;
  metric: string;
  target: MetricTarget;
  /** Sum / Average / SampleCount… or an extended statistic such as p99. */
  stat: string;
  periodSeconds: number;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  threshold: number;
  comparison: 'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold' | 'LessThanThreshold';
  treatMissingData: 'missing' | 'notBreaching' | 'breaching' | 'ignore';
  description: string;
  tags: Record<string, string>;
}

/** CloudWatch, as far as gates and native auto-rollback need it. */
export interface MetricsPort {
  /** One GetMetricData call (paginated internally) for all the queries. */
  getMetricData(queries: MetricQuery[], startMs: number, endMs: number): Promise<MetricSeries[]>;
  /** Alarms by name; a name missing from the result does not exist. */
  describeAlarms(names: string[]): Promise<Array<{ name: string; state: AlarmStateValue; reason?: string }>>;
  putAlarm(def: AlarmDefinition): Promise<void>;
  setAlarmState(name: string, state: AlarmStateValue, reason: string): Promise<void>;
}

/** One data-capture record: a request and the variant's answer. */
export interface CaptureRecord {
  /** Pairs a production record with its shadow (SageMaker's inference/event id). */
  eventId: string;
  variant: string;
  time: number;
  output: string;
  outputEncoding?: string;
}

/** Reads data-capture JSON Lines (a local folder for the simulator, S3 in production). */
export interface CapturePort {
  read(destination: string, endpoint: string, sinceMs: number, untilMs: number): Promise<CaptureRecord[]>;
}

/** Why a provider call failed, independent of the SDK. */
export type ProviderErrorKind =
  | 'not-found'
  | 'in-progress'
  | 'already-exists'
  | 'throttled'
  | 'limit'
  | 'validation'
  | 'access-denied'
  | 'transient'
  | 'other';

export class ProviderError extends Error {
  readonly kind: ProviderErrorKind;
  readonly operation: string;
  readonly awsCode?: string;
  constructor(
    kind: ProviderErrorKind,
    operation: string,
    message: string,
    awsCode?: string,
    cause?: unknown,
  ) {
    super(`${operation}: ${message}`, { cause });
    this.name = 'ProviderError';
    this.kind = kind;
    this.operation = operation;
    this.awsCode = awsCode;
  }
  /** Worth trying again after a pause (the SDK already retried throttling and 5xx). */
  get retryable(): boolean {
    return this.kind === 'throttled' || this.kind === 'transient' || this.kind === 'in-progress';
  }
}

export interface RolloutPorts {
  endpoints: EndpointPort;
  metrics: MetricsPort;
  capture?: CapturePort;
}
