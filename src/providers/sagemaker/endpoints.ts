import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointCommand,
  DeleteTagsCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  ListTagsCommand,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  type DeploymentConfig,
  type ProductionVariant,
  type ProductionVariantInstanceType,
  type ProductionVariantSummary,
  type SageMakerClient,
  type Tag,
} from '@aws-sdk/client-sagemaker';
import type { NativeDeployment } from '../../plan/types.js';
import type {
  EndpointConfigDefinition,
  EndpointPort,
  EndpointState,
  ModelDefinition,
  VariantDefinition,
  VariantState,
  WeightChange,
} from '../../rollout/ports.js';
import { toProviderError } from './errors.js';

/** Tag values allow letters, digits, spaces and `_.:/=+-@` (max 256). */
export function tagValue(v: string): string {
  return v.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256);
}

function toTags(tags: Record<string, string>): Tag[] {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value: tagValue(Value) }));
}

function variantState(v: ProductionVariantSummary): VariantState {
  return {
    name: v.VariantName ?? '',
    currentWeight: v.CurrentWeight,
    desiredWeight: v.DesiredWeight,
    currentInstances: v.CurrentInstanceCount ?? 0,
    desiredInstances: v.DesiredInstanceCount,
  };
}

function toVariant(v: VariantDefinition): ProductionVariant {
  return {
    VariantName: v.name,
    ModelName: v.model,
    InitialInstanceCount: v.instanceCount,
    InstanceType: v.instanceType as ProductionVariantInstanceType,
    InitialVariantWeight: v.weight,
  };
}

function fromVariant(v: ProductionVariant): VariantDefinition {
  return {
    name: v.VariantName ?? '',
    model: v.ModelName ?? '',
    instanceType: v.InstanceType ?? '',
    instanceCount: v.InitialInstanceCount ?? 1,
    weight: v.InitialVariantWeight ?? 1,
  };
}

const clampExecution = (s: number) => Math.min(28_800, Math.max(600, Math.round(s)));

/** The plan's NativeDeployment in SageMaker's DeploymentConfig shape. */
export function toDeploymentConfig(d: NativeDeployment): DeploymentConfig {
  const alarms = d.alarms.length
    ? { AutoRollbackConfiguration: { Alarms: d.alarms.slice(0, 10).map((AlarmName) => ({ AlarmName })) } }
    : {};
  if (d.policy === 'rolling' && d.rolling) {
    return {
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: d.rolling.batchPercent },
        WaitIntervalInSeconds: d.rolling.waitSeconds,
        MaximumExecutionTimeoutInSeconds: clampExecution(d.maxExecutionSeconds),
        RollbackMaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: d.rolling.rollbackBatchPercent },
      },
      ...alarms,
    };
  }
  const r = d.trafficRouting ?? { type: 'ALL_AT_ONCE' as const, waitSeconds: 0 };
  const size =
    r.sizePercent !== undefined ? { Type: 'CAPACITY_PERCENT' as const, Value: r.sizePercent } : undefined;
  return {
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: {
        Type: r.type,
        WaitIntervalInSeconds: r.waitSeconds,
        ...(r.type === 'CANARY' && size ? { CanarySize: size } : {}),
        ...(r.type === 'LINEAR' && size ? { LinearStepSize: size } : {}),
      },
      TerminationWaitInSeconds: d.terminationWaitSeconds ?? 0,
      MaximumExecutionTimeoutInSeconds: clampExecution(d.maxExecutionSeconds),
    },
    ...alarms,
  };
}

export class SageMakerEndpoints implements EndpointPort {
  private readonly arns = new Map<string, string>();
  constructor(private readonly client: SageMakerClient) {}

  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toProviderError(operation, err);
    }
  }

  /** undefined when the resource does not exist. */
  private async orNotFound<T>(operation: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (err) {
      const e = toProviderError(operation, err);
      if (e.kind === 'not-found') return undefined;
      throw e;
    }
  }

  describeEndpoint(name: string): Promise<EndpointState | undefined> {
    return this.orNotFound('DescribeEndpoint', async () => {
      const out = await this.client.send(new DescribeEndpointCommand({ EndpointName: name }));
      this.arns.set(name, out.EndpointArn ?? '');
      return {
        name,
        arn: out.EndpointArn ?? '',
        status: out.EndpointStatus ?? 'Unknown',
        configName: out.EndpointConfigName,
        failureReason: out.FailureReason || undefined,
        production: (out.ProductionVariants ?? []).map(variantState),
        shadow: (out.ShadowProductionVariants ?? []).map(variantState),
        pendingConfigName: out.PendingDeploymentSummary?.EndpointConfigName,
      };
    });
  }

  describeEndpointConfig(name: string): Promise<EndpointConfigDefinition | undefined> {
    return this.orNotFound('DescribeEndpointConfig', async () => {
      const out = await this.client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }));
      const dc = out.DataCaptureConfig;
      return {
        name,
        production: (out.ProductionVariants ?? []).map(fromVariant),
        shadow: (out.ShadowProductionVariants ?? []).map(fromVariant),
        ...(dc?.EnableCapture && dc.DestinationS3Uri
          ? {
              dataCapture: {
                samplingPercent: dc.InitialSamplingPercentage ?? 100,
                destination: dc.DestinationS3Uri,
                ...(dc.KmsKeyId ? { kmsKeyId: dc.KmsKeyId } : {}),
              },
            }
          : {}),
      };
    });
  }

  async createModel(def: ModelDefinition, tags: Record<string, string>): Promise<void> {
    const container = def.modelPackageArn
      ? { ModelPackageName: def.modelPackageArn, Environment: def.environment }
      : { Image: def.image, ModelDataUrl: def.artifact, Environment: def.environment };
    await this.createOrReuse('CreateModel', () =>
      this.client.send(
        new CreateModelCommand({
          ModelName: def.name,
          PrimaryContainer: container,
          ExecutionRoleArn: def.executionRoleArn,
          Tags: toTags(tags),
        }),
      ),
    );
  }

  async createEndpointConfig(def: EndpointConfigDefinition, tags: Record<string, string>): Promise<void> {
    await this.createOrReuse('CreateEndpointConfig', () =>
      this.client.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: def.name,
          ProductionVariants: def.production.map(toVariant),
          ...(def.shadow.length ? { ShadowProductionVariants: def.shadow.map(toVariant) } : {}),
          ...(def.dataCapture
            ? {
                DataCaptureConfig: {
                  EnableCapture: true,
                  InitialSamplingPercentage: def.dataCapture.samplingPercent,
                  DestinationS3Uri: def.dataCapture.destination,
                  KmsKeyId: def.dataCapture.kmsKeyId,
                  CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
                },
              }
            : {}),
          Tags: toTags(tags),
        }),
      ),
    );
  }

  /** Names carry the deployment id, so "already exists" means a re-run of the same deployment. */
  private async createOrReuse(operation: string, fn: () => Promise<unknown>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      const e = toProviderError(operation, err);
      if (e.kind !== 'already-exists') throw e;
    }
  }

  async createEndpoint(name: string, configName: string, tags: Record<string, string>): Promise<void> {
    await this.call('CreateEndpoint', () =>
      this.client.send(
        new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: configName, Tags: toTags(tags) }),
      ),
    );
  }

  async updateEndpoint(name: string, configName: string, deployment?: NativeDeployment): Promise<void> {
    await this.call('UpdateEndpoint', () =>
      this.client.send(
        new UpdateEndpointCommand({
          EndpointName: name,
          EndpointConfigName: configName,
          ...(deployment ? { DeploymentConfig: toDeploymentConfig(deployment) } : {}),
        }),
      ),
    );
  }

  async updateWeights(name: string, weights: WeightChange[]): Promise<void> {
    await this.call('UpdateEndpointWeightsAndCapacities', () =>
      this.client.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: name,
          DesiredWeightsAndCapacities: weights.map((w) => ({
            VariantName: w.variant,
            DesiredWeight: w.weight,
          })),
        }),
      ),
    );
  }

  async deleteEndpoint(name: string): Promise<void> {
    await this.call('DeleteEndpoint', () =>
      this.client.send(new DeleteEndpointCommand({ EndpointName: name })),
    );
  }

  private async arn(endpoint: string): Promise<string> {
    const known = this.arns.get(endpoint);
    if (known) return known;
    const state = await this.describeEndpoint(endpoint);
    if (!state)
      throw toProviderError('ListTags', {
        name: 'ValidationException',
        message: `Could not find endpoint "${endpoint}".`,
      });
    return state.arn;
  }

  async readTags(endpoint: string): Promise<Record<string, string>> {
    const ResourceArn = await this.arn(endpoint);
    const tags: Record<string, string> = {};
    let NextToken: string | undefined;
    do {
      const out = await this.call('ListTags', () =>
        this.client.send(new ListTagsCommand({ ResourceArn, NextToken, MaxResults: 100 })),
      );
      for (const t of out.Tags ?? []) if (t.Key) tags[t.Key] = t.Value ?? '';
      NextToken = out.NextToken;
    } while (NextToken);
    return tags;
  }

  async writeTags(endpoint: string, tags: Record<string, string>): Promise<void> {
    if (Object.keys(tags).length === 0) return;
    const ResourceArn = await this.arn(endpoint);
    await this.call('AddTags', () =>
      this.client.send(new AddTagsCommand({ ResourceArn, Tags: toTags(tags) })),
    );
  }

  async removeTags(endpoint: string, keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    const ResourceArn = await this.arn(endpoint);
    await this.call('DeleteTags', () =>
      this.client.send(new DeleteTagsCommand({ ResourceArn, TagKeys: keys })),
    );
  }
}
