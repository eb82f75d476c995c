import { decodeToken, encodeToken, epoch, type Operation, type RequestContext } from '../context.js';
import { CreateProcess, UpdateProcess, WeightsProcess } from '../deployment.js';
import { resolvePlan, type DeploymentConfigInput } from '../deployment-plan.js';
import { resourceLimit, validation } from '../errors.js';
import { allVariants, buildFleet, variantSummary } from '../fleet.js';
import type { Simulation } from '../simulation.js';
import type { EndpointRecord, Fleet, Json } from '../state.js';
import { assertModifiable, getConfig, getEndpoint } from './lookup.js';
import { SHAPES } from './shapes.js';
import { putTags } from './tags.js';

/** Instances of each type that endpoints hold now (both fleets during an update). */
function instancesInUse(sim: Simulation): Map<string, number> {
  const use = new Map<string, number>();
  const add = (f: Fleet | undefined) => {
    if (!f) return;
    for (const v of allVariants(f)) {
      const type = v.input.InstanceType;
      if (type) use.set(type, (use.get(type) ?? 0) + v.desiredInstanceCount);
    }
  };
  for (const e of sim.endpoints.values()) {
    add(e.fleet);
    if (e.deployment?.green && e.deployment.green !== e.fleet) add(e.deployment.green);
  }
  return use;
}

/** ResourceLimitExceeded, worded as SageMaker words it, when the scenario's quota would be exceeded. */
function checkQuota(sim: Simulation, extra: Array<{ type?: string; count: number }>): void {
  const limits = sim.scenario.limits.instances;
  const use = instancesInUse(sim);
  const delta = new Map<string, number>();
  for (const x of extra) if (x.type && x.count > 0) delta.set(x.type, (delta.get(x.type) ?? 0) + x.count);
  for (const [type, d] of delta) {
    const limit = limits[type];
    if (limit === undefined) continue;
    const current = use.get(type) ?? 0;
    if (current + d > limit) {
      throw resourceLimit(
        `The account-level service limit '${type} for endpoint usage' is ${limit} Instances, with current utilization of ${current} Instances and a request delta of ${d} Instances. Please contact AWS support to request an increase for this limit.`,
      );
    }
  }
}

const fleetDemand = (f: Fleet) =>
  allVariants(f).map((v) => ({ type: v.input.InstanceType, count: v.desiredInstanceCount }));

export function describeEndpoint(e: EndpointRecord): Json {
  const fleet = e.fleet;
  const dc = fleet?.config.dataCapture;
  const dep = e.deployment;
  const resolution = (f: Fleet) => f.config.creationTime;
  return {
    EndpointName: e.name,
    EndpointArn: e.arn,
    EndpointConfigName: e.configName,
    ...(fleet
      ? {
          ProductionVariants: fleet.variants.map((v) => variantSummary(v, resolution(fleet))),
          ...(fleet.shadows.length
            ? { ShadowProductionVariants: fleet.shadows.map((v) => variantSummary(v, resolution(fleet))) }
            : {}),
        }
      : {}),
    ...(dc
      ? {
          DataCaptureConfig: {
            EnableCapture: dc.EnableCapture ?? true,
            CaptureStatus: dc.EnableCapture === false ? 'Stopped' : 'Started',
            CurrentSamplingPercentage: dc.InitialSamplingPercentage,
            DestinationS3Uri: dc.DestinationS3Uri,
            ...(dc.KmsKeyId ? { KmsKeyId: dc.KmsKeyId } : {}),
          },
        }
      : {}),
    EndpointStatus: e.status,
    ...(e.failureReason ? { FailureReason: e.failureReason } : {}),
    CreationTime: epoch(e.creationTime),
    LastModifiedTime: epoch(e.lastModifiedTime),
    ...(e.lastDeploymentConfig ? { LastDeploymentConfig: e.lastDeploymentConfig } : {}),
    ...(dep?.active && dep.green && dep.kind !== 'weights'
      ? {
          PendingDeploymentSummary: {
            EndpointConfigName: dep.green.config.name,
            StartTime: epoch(dep.startTime),
            ProductionVariants: dep.green.variants.map((v) =>
              variantSummary(v, resolution(dep.green!), true),
            ),
            ...(dep.green.shadows.length
              ? {
                  ShadowProductionVariants: dep.green.shadows.map((v) =>
                    variantSummary(v, resolution(dep.green!), true),
                  ),
                }
              : {}),
          },
        }
      : {}),
  };
}

interface UpdateEndpointInput {
  EndpointName: string;
  EndpointConfigName: string;
  RetainAllVariantProperties?: boolean;
  ExcludeRetainedVariantProperties?: Array<{ VariantPropertyType: string }>;
  DeploymentConfig?: DeploymentConfigInput;
  RetainDeploymentConfig?: boolean;
}

function listEndpoints(input: Json, ctx: RequestContext) {
  const i = input as {
    SortBy?: 'Name' | 'CreationTime' | 'Status';
    SortOrder?: 'Ascending' | 'Descending';
    NextToken?: string;
    MaxResults?: number;
    NameContains?: string;
    CreationTimeBefore?: number;
    CreationTimeAfter?: number;
    LastModifiedTimeBefore?: number;
    LastModifiedTimeAfter?: number;
    StatusEquals?: string;
  };
  const { NextToken, MaxResults, ...query } = i;
  const offset = NextToken === undefined ? 0 : decodeToken(NextToken, query);
  if (offset === undefined) throw validation('Invalid pagination token.');
  let list = [...ctx.sim.endpoints.values()].filter((e) => {
    if (i.NameContains && !e.name.toLowerCase().includes(i.NameContains.toLowerCase())) return false;
    if (i.StatusEquals && e.status !== i.StatusEquals) return false;
    if (i.CreationTimeBefore !== undefined && !(epoch(e.creationTime) < i.CreationTimeBefore)) return false;
    if (i.CreationTimeAfter !== undefined && !(epoch(e.creationTime) > i.CreationTimeAfter)) return false;
    if (i.LastModifiedTimeBefore !== undefined && !(epoch(e.lastModifiedTime) < i.LastModifiedTimeBefore))
      return false;
    if (i.LastModifiedTimeAfter !== undefined && !(epoch(e.lastModifiedTime) > i.LastModifiedTimeAfter))
      return false;
    return true;
  });
  const sortBy = i.SortBy ?? 'CreationTime';
  list.sort((a, b) => {
    const primary =
      sortBy === 'Name'
        ? a.name.localeCompare(b.name)
        : sortBy === 'Status'
          ? a.status.localeCompare(b.status)
          : a.creationTime - b.creationTime;
    return primary || a.name.localeCompare(b.name);
  });
  if ((i.SortOrder ?? 'Descending') === 'Descending') list = list.reverse();
  const size = MaxResults ?? 10;
  const page = list.slice(offset, offset + size).map((e) => ({
    EndpointName: e.name,
    EndpointArn: e.arn,
    CreationTime: epoch(e.creationTime),
    LastModifiedTime: epoch(e.lastModifiedTime),
    EndpointStatus: e.status,
  }));
  return {
    Endpoints: page,
    ...(offset + size < list.length ? { NextToken: encodeToken(offset + size, query) } : {}),
  };
}

export const endpointOperations: Record<string, Operation> = {
  CreateEndpoint: {
    shape: SHAPES.CreateEndpoint,
    handler(
      input: {
        EndpointName: string;
        EndpointConfigName: string;
        DeploymentConfig?: Json;
        Tags?: Array<{ Key: string; Value: string }>;
      },
      ctx,
    ) {
      const { sim } = ctx;
      const arn = sim.arn(ctx.region, 'endpoint', input.EndpointName);
      if (sim.endpoints.has(input.EndpointName.toLowerCase()))
        throw validation(`Cannot create already existing endpoint "${arn}".`);
      const config = getConfig(ctx, input.EndpointConfigName);
      const fleet = buildFleet(sim, config);
      checkQuota(sim, fleetDemand(fleet));
      const e: EndpointRecord = {
        name: input.EndpointName,
        arn,
        status: 'Creating',
        creationTime: sim.now,
        lastModifiedTime: sim.now,
        configName: config.name,
        createDeploymentConfig: input.DeploymentConfig,
        configDimension: false,
        timeline: [],
      };
      sim.endpoints.set(input.EndpointName.toLowerCase(), e);
      if (input.Tags?.length) putTags(ctx, arn, input.Tags);
      const p = new CreateProcess(sim, e, fleet);
      e.deployment = p;
      p.start();
      return { EndpointArn: arn };
    },
  },
  DescribeEndpoint: {
    shape: SHAPES.DescribeEndpoint,
    handler: (input: { EndpointName: string }, ctx) => describeEndpoint(getEndpoint(ctx, input.EndpointName)),
  },
  DeleteEndpoint: {
    shape: SHAPES.DeleteEndpoint,
    handler(input: { EndpointName: string }, ctx) {
      const { sim } = ctx;
      const e = getEndpoint(ctx, input.EndpointName);
      assertModifiable(e, 'delete');
      e.status = 'Deleting';
      e.lastModifiedTime = sim.now;
      sim.recordRouting(e);
      sim.after(sim.timings.deleteEndpoint, `${e.name}: deleted`, () => {
        sim.endpoints.delete(e.name.toLowerCase());
        sim.tags.delete(e.arn);
        sim.endpointDeleted(e);
      });
    },
  },
  ListEndpoints: { shape: SHAPES.ListEndpoints, handler: listEndpoints },
  UpdateEndpoint: {
    shape: SHAPES.UpdateEndpoint,
    handler(input: UpdateEndpointInput, ctx) {
      const { sim } = ctx;
      const e = getEndpoint(ctx, input.EndpointName);
      assertModifiable(e, 'update');
      const config = getConfig(ctx, input.EndpointConfigName);
      const blue = e.fleet!;
      const exclude = new Set(
        (input.ExcludeRetainedVariantProperties ?? []).map((x) => x.VariantPropertyType),
      );
      const green = buildFleet(
        sim,
        config,
        input.RetainAllVariantProperties
          ? {
              from: blue,
              keepWeight: !exclude.has('DesiredWeight'),
              keepInstanceCount: !exclude.has('DesiredInstanceCount'),
            }
          : undefined,
      );
      const deploymentConfig = (input.DeploymentConfig ??
        (input.RetainDeploymentConfig ? (e.lastDeploymentConfig ?? e.createDeploymentConfig) : undefined)) as
        DeploymentConfigInput | undefined;
      const plan = resolvePlan(sim, deploymentConfig, blue, green);
      checkQuota(sim, fleetDemand(green));
      // An endpoint left in UpdateRollbackFailed drops the half-deployed fleet and starts from the old one.
      e.deployment = undefined;
      const p = new UpdateProcess(sim, e, green, plan, deploymentConfig as Json | undefined);
      e.deployment = p;
      p.start();
      return { EndpointArn: e.arn };
    },
  },
  UpdateEndpointWeightsAndCapacities: {
    shape: SHAPES.UpdateEndpointWeightsAndCapacities,
    handler(
      input: {
        EndpointName: string;
        DesiredWeightsAndCapacities: Array<{
          VariantName: string;
          DesiredWeight?: number;
          DesiredInstanceCount?: number;
        }>;
      },
      ctx,
    ) {
      const { sim } = ctx;
      const e = getEndpoint(ctx, input.EndpointName);
      assertModifiable(e, 'update');
      const fleet = e.fleet!;
      const names = new Set(allVariants(fleet).map((v) => v.name));
      const unknown = input.DesiredWeightsAndCapacities.filter((d) => !names.has(d.VariantName)).map(
        (d) => d.VariantName,
      );
      if (unknown.length)
        throw validation(`The variant(s) "[${unknown.join(', ')}]" are not present in endpoint "${e.arn}".`);
      const seen = new Set<string>();
      for (const d of input.DesiredWeightsAndCapacities) {
        if (seen.has(d.VariantName))
          throw validation(
            `Variant "${d.VariantName}" appears more than once in DesiredWeightsAndCapacities.`,
          );
        seen.add(d.VariantName);
        if (d.DesiredWeight === undefined && d.DesiredInstanceCount === undefined) {
          throw validation(`Specify DesiredWeight or DesiredInstanceCount for variant "${d.VariantName}".`);
        }
      }
      const extra = input.DesiredWeightsAndCapacities.flatMap((d) => {
        const v = allVariants(fleet).find((x) => x.name === d.VariantName)!;
        return d.DesiredInstanceCount !== undefined
          ? [{ type: v.input.InstanceType, count: d.DesiredInstanceCount - v.desiredInstanceCount }]
          : [];
      });
      checkQuota(sim, extra);
      const p = new WeightsProcess(sim, e, input.DesiredWeightsAndCapacities);
      e.deployment = p;
      p.start();
      return { EndpointArn: e.arn };
    },
  },
};
