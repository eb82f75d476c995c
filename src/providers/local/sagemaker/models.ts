import { epoch, type Operation, type RequestContext } from '../context.js';
import { validation } from '../errors.js';
import { resolveProfile, unknownProfileName, PROFILE_ENV } from '../profiles.js';
import type { ContainerDef } from '../state.js';
import { getModel } from './lookup.js';
import { findPackage } from './model-packages.js';
import { SHAPES } from './shapes.js';
import { storeCreated } from './tags.js';

interface CreateModelInput {
  ModelName: string;
  PrimaryContainer?: ContainerDef;
  Containers?: ContainerDef[];
  Tags?: Array<{ Key: string; Value: string }>;
  [member: string]: unknown;
}

/** Containers as the profile matcher sees them: a registry package's image and data filled in. */
function effectiveContainers(ctx: RequestContext, containers: ContainerDef[]): ContainerDef[] {
  return containers.map((c) => {
    if (!c.ModelPackageName) return c;
    const pkg = findPackage(ctx, c.ModelPackageName);
    if (!pkg) throw validation(`Could not find model package "${c.ModelPackageName}".`);
    return { ...c, Image: c.Image ?? pkg.image, ModelDataUrl: c.ModelDataUrl ?? pkg.modelDataUrl };
  });
}

export const modelOperations: Record<string, Operation> = {
  CreateModel: {
    shape: SHAPES.CreateModel,
    handler(input: CreateModelInput, ctx) {
      const { sim } = ctx;
      const arn = sim.arn(ctx.region, 'model', input.ModelName);
      if (sim.models.has(input.ModelName)) throw validation(`Cannot create already existing model "${arn}".`);
      if (!input.PrimaryContainer && !input.Containers?.length) {
        throw validation('Either PrimaryContainer or Containers must be specified.');
      }
      if (input.PrimaryContainer && input.Containers?.length) {
        throw validation('Specify either PrimaryContainer or Containers, not both.');
      }
      const containers = effectiveContainers(
        ctx,
        input.PrimaryContainer ? [input.PrimaryContainer] : (input.Containers ?? []),
      );
      const unknown = unknownProfileName(sim.scenario, containers);
      if (unknown !== undefined) {
        const known = sim.scenario.profiles.map((p) => p.name).join(', ') || 'none';
        throw validation(
          `Environment ${PROFILE_ENV} "${unknown}" names no model profile of the simulator scenario ${sim.scenario.source} (profiles: ${known}).`,
        );
      }
      storeCreated(ctx, sim.models, input, (echo) => ({
        name: input.ModelName,
        arn,
        creationTime: sim.now,
        input: echo,
        containers,
        profile: resolveProfile(sim.scenario, input.ModelName, containers),
      }));
      return { ModelArn: arn };
    },
  },
  DescribeModel: {
    shape: SHAPES.DescribeModel,
    handler(input: { ModelName: string }, ctx) {
      const m = getModel(ctx, input.ModelName);
      return { ...m.input, ModelArn: m.arn, CreationTime: epoch(m.creationTime) };
    },
  },
  DeleteModel: {
    shape: SHAPES.DeleteModel,
    handler(input: { ModelName: string }, ctx) {
      const m = getModel(ctx, input.ModelName);
      ctx.sim.models.delete(m.name);
      ctx.sim.tags.delete(m.arn);
    },
  },
};
