import { createHash } from 'node:crypto';
import { epoch } from './context.js';
import type { Simulation } from './simulation.js';
import type {
  EndpointConfigRecord,
  Fleet,
  ProductionVariantInput,
  VariantState,
  VariantStatusEntry,
} from './state.js';
import { HEALTHY_PROFILE } from './scenario/defaults.js';

export interface RetainOptions {
  from: Fleet;
  keepWeight: boolean;
  keepInstanceCount: boolean;
}

function variantState(
  config: EndpointConfigRecord,
  v: ProductionVariantInput,
  retain?: RetainOptions,
): VariantState {
  const model = v.ModelName ? config.models.get(v.ModelName) : undefined;
  const old =
    retain?.from.variants.find((x) => x.name === v.VariantName) ??
    retain?.from.shadows.find((x) => x.name === v.VariantName);
  const weight = old && retain?.keepWeight ? old.desiredWeight : (v.InitialVariantWeight ?? 1);
  const count = old && retain?.keepInstanceCount ? old.desiredInstanceCount : (v.InitialInstanceCount ?? 1);
  return {
    name: v.VariantName,
    modelName: v.ModelName,
    model,
    profile: model?.profile ?? HEALTHY_PROFILE,
    input: v,
    currentWeight: weight,
    desiredWeight: weight,
    currentInstanceCount: 0,
    desiredInstanceCount: count,
    statuses: [],
  };
}

/** A new fleet for a config; instances not launched yet (CurrentInstanceCount 0). */
export function buildFleet(sim: Simulation, config: EndpointConfigRecord, retain?: RetainOptions): Fleet {
  return {
    id: sim.nextFleetId(),
    config,
    variants: config.productionVariants.map((v) => variantState(config, v, retain)),
    shadows: config.shadowVariants.map((v) => variantState(config, v, retain)),
  };
}

export const allVariants = (f: Fleet) => [...f.variants, ...f.shadows];

export function totalInstances(f: Fleet): number {
  return allVariants(f).reduce((a, v) => a + (v.input.ServerlessConfig ? 0 : v.desiredInstanceCount), 0);
}

export function setStatus(
  f: Fleet,
  now: number,
  status: VariantStatusEntry['Status'] | undefined,
  message?: string,
): void {
  for (const v of allVariants(f))
    v.statuses = status
      ? [{ Status: status, ...(message ? { StatusMessage: message } : {}), StartTime: now }]
      : [];
}

/** The image without its tag or digest (a registry port such as host:5000 is kept). */
function repository(image: string): string {
  const noDigest = image.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

const digest = (image: string) => `sha256:${createHash('sha256').update(image).digest('hex')}`;

/** ProductionVariantSummary (with InstanceType when `pending`, as in PendingDeploymentSummary). */
export function variantSummary(
  v: VariantState,
  resolutionTime: number,
  pending = false,
): Record<string, unknown> {
  const images = (v.model?.containers ?? [])
    .filter((c) => c.Image)
    .map((c) => ({
      SpecifiedImage: c.Image,
      ResolvedImage: `${repository(c.Image!)}@${digest(c.Image!)}`,
      ResolutionTime: epoch(resolutionTime),
    }));
  const serverless = v.input.ServerlessConfig;
  return {
    VariantName: v.name,
    ...(images.length ? { DeployedImages: images } : {}),
    CurrentWeight: v.currentWeight,
    DesiredWeight: v.desiredWeight,
    ...(serverless
      ? { CurrentServerlessConfig: serverless, DesiredServerlessConfig: serverless }
      : { CurrentInstanceCount: v.currentInstanceCount, DesiredInstanceCount: v.desiredInstanceCount }),
    ...(pending && v.input.InstanceType ? { InstanceType: v.input.InstanceType } : {}),
    ...(v.statuses.length
      ? { VariantStatus: v.statuses.map((s) => ({ ...s, StartTime: epoch(s.StartTime) })) }
      : {}),
    ...(v.input.ManagedInstanceScaling ? { ManagedInstanceScaling: v.input.ManagedInstanceScaling } : {}),
    ...(v.input.RoutingConfig ? { RoutingConfig: v.input.RoutingConfig } : {}),
  };
}
