import { epoch, type Operation } from '../context.js';
import { validation } from '../errors.js';
import type { DataCaptureConfigInput, ModelRecord, ProductionVariantInput } from '../state.js';
import { getConfig, getModel } from './lookup.js';
import { SHAPES } from './shapes.js';
import { storeCreated } from './tags.js';

interface CreateEndpointConfigInput {
  EndpointConfigName: string;
  ProductionVariants: ProductionVariantInput[];
  ShadowProductionVariants?: ProductionVariantInput[];
  DataCaptureConfig?: DataCaptureConfigInput;
  Tags?: Array<{ Key: string; Value: string }>;
  [member: string]: unknown;
}

/** More than 10 production variants is refused by the shape (list length). */
const MAX_SHADOW_VARIANTS = 1;

export const endpointConfigOperations: Record<string, Operation> = {
  CreateEndpointConfig: {
    shape: SHAPES.CreateEndpointConfig,
    handler(input: CreateEndpointConfigInput, ctx) {
      const { sim } = ctx;
      const arn = sim.arn(ctx.region, 'endpoint-config', input.EndpointConfigName);
      if (sim.configs.has(input.EndpointConfigName))
        throw validation(`Cannot create already existing endpoint configuration "${arn}".`);
      const shadows = input.ShadowProductionVariants ?? [];
      if (shadows.length > MAX_SHADOW_VARIANTS) {
        throw validation(
          `An endpoint configuration can have at most ${MAX_SHADOW_VARIANTS} shadow production variant; got ${shadows.length}.`,
        );
      }
      if (shadows.length > 0 && input.ProductionVariants.length !== 1) {
        throw validation(
          `An endpoint configuration with ShadowProductionVariants must have exactly one production variant; got ${input.ProductionVariants.length}.`,
        );
      }
      const seen = new Set<string>();
      const models = new Map<string, ModelRecord>();
      for (const v of [...input.ProductionVariants, ...shadows]) {
        if (seen.has(v.VariantName))
          throw validation(
            `Variant names must be unique within an endpoint configuration: "${v.VariantName}" appears twice.`,
          );
        seen.add(v.VariantName);
        if (!v.ModelName)
          throw validation(
            `ModelName is required for variant "${v.VariantName}" (inference components are not simulated).`,
          );
        models.set(v.ModelName, getModel(ctx, v.ModelName));
        if (!v.ServerlessConfig && (v.InstanceType === undefined || v.InitialInstanceCount === undefined)) {
          throw validation(
            `Variant "${v.VariantName}" must specify InstanceType and InitialInstanceCount, or ServerlessConfig.`,
          );
        }
        if (v.ServerlessConfig && (v.InstanceType !== undefined || v.InitialInstanceCount !== undefined)) {
          throw validation(
            `Variant "${v.VariantName}" cannot specify both ServerlessConfig and InstanceType/InitialInstanceCount.`,
          );
        }
      }
      storeCreated(ctx, sim.configs, input, (echo) => ({
        name: input.EndpointConfigName,
        arn,
        creationTime: sim.now,
        input: echo,
        productionVariants: input.ProductionVariants,
        shadowVariants: shadows,
        dataCapture: input.DataCaptureConfig,
        models,
      }));
      return { EndpointConfigArn: arn };
    },
  },
  DescribeEndpointConfig: {
    shape: SHAPES.DescribeEndpointConfig,
    handler(input: { EndpointConfigName: string }, ctx) {
      const c = getConfig(ctx, input.EndpointConfigName);
      const withDefaults = (v: ProductionVariantInput) => ({
        ...v,
        ...(v.ServerlessConfig ? {} : { InitialVariantWeight: v.InitialVariantWeight ?? 1 }),
      });
      return {
        ...c.input,
        ProductionVariants: c.productionVariants.map(withDefaults),
        ...(c.shadowVariants.length ? { ShadowProductionVariants: c.shadowVariants.map(withDefaults) } : {}),
        EndpointConfigArn: c.arn,
        CreationTime: epoch(c.creationTime),
      };
    },
  },
  DeleteEndpointConfig: {
    shape: SHAPES.DeleteEndpointConfig,
    handler(input: { EndpointConfigName: string }, ctx) {
      const c = getConfig(ctx, input.EndpointConfigName);
      // Allowed even while an endpoint uses it, as on SageMaker: the endpoint keeps its snapshot.
      ctx.sim.configs.delete(c.name);
      ctx.sim.tags.delete(c.arn);
    },
  },
};
