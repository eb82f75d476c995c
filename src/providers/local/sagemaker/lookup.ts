import type { RequestContext } from '../context.js';
import { validation } from '../errors.js';
import type { EndpointConfigRecord, EndpointRecord, ModelRecord } from '../state.js';

export function getModel(ctx: RequestContext, name: string): ModelRecord {
  const m = ctx.sim.models.get(name);
  if (!m) throw validation(`Could not find model "${ctx.sim.arn(ctx.region, 'model', name)}".`);
  return m;
}

export function getConfig(ctx: RequestContext, name: string): EndpointConfigRecord {
  const c = ctx.sim.configs.get(name);
  if (!c)
    throw validation(
      `Could not find endpoint configuration "${ctx.sim.arn(ctx.region, 'endpoint-config', name)}".`,
    );
  return c;
}

export function getEndpoint(ctx: RequestContext, name: string): EndpointRecord {
  const e = ctx.sim.endpoints.get(name.toLowerCase());
  if (!e) throw validation(`Could not find endpoint "${ctx.sim.arn(ctx.region, 'endpoint', name)}".`);
  return e;
}

/** Statuses during which SageMaker refuses to modify an endpoint. */
const IN_PROGRESS = new Set(['Creating', 'Updating', 'SystemUpdating', 'RollingBack', 'Deleting']);

export function assertModifiable(e: EndpointRecord, action: 'update' | 'delete'): void {
  if (IN_PROGRESS.has(e.status)) throw validation(`Cannot update in-progress endpoint "${e.arn}".`);
  if (action === 'update' && e.status === 'Failed') {
    throw validation(`Cannot update failed endpoint "${e.arn}". Delete the endpoint and create it again.`);
  }
}
