import type { ModelProfile } from './scenario/types.js';

/** Shapes the simulator keeps for SageMaker resources. `input` members echo what the caller sent. */

export type Json = Record<string, unknown>;

export interface ContainerDef {
  Image?: string;
  ModelDataUrl?: string;
  Environment?: Record<string, string>;
  ModelPackageName?: string;
  [member: string]: unknown;
}

export interface ModelRecord {
  name: string;
  arn: string;
  creationTime: number;
  /** The CreateModel request, echoed by DescribeModel. */
  input: Json;
  containers: ContainerDef[];
  profile: ModelProfile;
}

export interface ProductionVariantInput {
  VariantName: string;
  ModelName?: string;
  InitialInstanceCount?: number;
  InstanceType?: string;
  InitialVariantWeight?: number;
  ServerlessConfig?: { MemorySizeInMB: number; MaxConcurrency: number; ProvisionedConcurrency?: number };
  [member: string]: unknown;
}

export interface DataCaptureConfigInput {
  EnableCapture?: boolean;
  InitialSamplingPercentage: number;
  DestinationS3Uri: string;
  KmsKeyId?: string;
  CaptureOptions: Array<{ CaptureMode: 'Input' | 'Output' | 'InputAndOutput' }>;
  CaptureContentTypeHeader?: { CsvContentTypes?: string[]; JsonContentTypes?: string[] };
}

export interface EndpointConfigRecord {
  name: string;
  arn: string;
  creationTime: number;
  input: Json;
  productionVariants: ProductionVariantInput[];
  shadowVariants: ProductionVariantInput[];
  dataCapture?: DataCaptureConfigInput;
  /** Models as they were when the config was created (a config keeps working if a model is deleted). */
  models: Map<string, ModelRecord>;
}

export type EndpointStatus =
  | 'OutOfService'
  | 'Creating'
  | 'Updating'
  | 'SystemUpdating'
  | 'RollingBack'
  | 'InService'
  | 'Deleting'
  | 'Failed'
  | 'UpdateRollbackFailed';

export interface VariantStatusEntry {
  Status: 'Creating' | 'Updating' | 'Deleting' | 'ActivatingTraffic' | 'Baking';
  StatusMessage?: string;
  StartTime: number;
}

export interface VariantState {
  name: string;
  modelName?: string;
  model?: ModelRecord;
  profile: ModelProfile;
  input: ProductionVariantInput;
  currentWeight: number;
  desiredWeight: number;
  currentInstanceCount: number;
  desiredInstanceCount: number;
  statuses: VariantStatusEntry[];
}

export interface Fleet {
  id: number;
  config: EndpointConfigRecord;
  variants: VariantState[];
  shadows: VariantState[];
}

/** One production variant of one fleet with its share of production traffic. */
export interface RoutingUnit {
  endpointName: string;
  fleet: Fleet;
  variant: VariantState;
  share: number;
  shadow?: { variant: VariantState; mirrorFraction: number };
}

export interface Routing {
  units: RoutingUnit[];
  /** Publish metrics also with the EndpointConfigName dimension (after a guardrail deployment began). */
  configDimension: boolean;
}

export interface DeploymentView {
  kind: 'create' | 'update' | 'weights';
  green?: Fleet;
  /** Share of production traffic on the green fleet, 0..1. */
  greenFraction: number;
  startTime: number;
  /** Still moving (false once finished, including an UpdateRollbackFailed end). */
  active: boolean;
}

export interface EndpointRecord {
  name: string;
  arn: string;
  status: EndpointStatus;
  failureReason?: string;
  creationTime: number;
  lastModifiedTime: number;
  /** The config that serves (for a Creating endpoint, the one being created). */
  configName: string;
  fleet?: Fleet;
  deployment?: DeploymentView;
  createDeploymentConfig?: Json;
  lastDeploymentConfig?: Json;
  configDimension: boolean;
  /** Routing changes since the last minute tick, for the traffic generator. */
  timeline: Array<{ at: number; routing: Routing }>;
  deletedAt?: number;
}
