import type { IncomingHttpHeaders } from 'node:http';
import type { RequestContext } from './context.js';
import { buildRecord } from './data-capture.js';
import { rt } from './errors.js';
import { behaviourAt } from './profiles.js';
import { drawReference, predict, simulateRequest, type SimulatedResponse } from './request-model.js';
import { computeRouting } from './routing.js';
import type { RoutingUnit, VariantState } from './state.js';
import { dimensionSets, recordInto } from './traffic.js';

export const MAX_PAYLOAD = 6_291_456;

export interface InvokeResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function header(h: IncomingHttpHeaders, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** How many predictions a request asks for: JSON `instances`, CSV lines, else one. */
function instanceCount(contentType: string, body: Buffer): number {
  const text = body.toString('utf8');
  if (contentType.includes('json')) {
    try {
      const v = JSON.parse(text) as { instances?: unknown[] };
      if (Array.isArray(v?.instances)) return Math.max(1, Math.min(1000, v.instances.length));
    } catch {
      return 1;
    }
    return 1;
  }
  if (contentType.includes('csv'))
    return Math.max(1, Math.min(1000, text.split(/\r?\n/).filter((l) => l.trim()).length));
  return 1;
}

/**
 * InvokeEndpoint: routes by the live weights (or X-Amzn-SageMaker-Target-Variant), answers as the
 * variant's scenario profile says (errors, prediction), mirrors to the shadow variant, counts the
 * request in the per-minute metrics and writes data capture. Latency is drawn and reported in the
 * metrics, not slept.
 */
export function invokeEndpoint(
  ctx: RequestContext,
  endpointName: string,
  headers: IncomingHttpHeaders,
  body: Buffer,
): InvokeResult {
  const { sim } = ctx;
  if (body.length > MAX_PAYLOAD)
    throw rt.validation(
      `Received payload of ${body.length} bytes, which exceeds the maximum of ${MAX_PAYLOAD} bytes.`,
    );
  const e = sim.endpoints.get(endpointName.toLowerCase());
  if (!e) throw rt.validation(`Endpoint ${endpointName} of account ${sim.account} not found.`);
  const routing = computeRouting(e);
  if (routing.units.length === 0)
    throw rt.validation(
      `Endpoint ${endpointName} of account ${sim.account} is not in service (status ${e.status}).`,
    );
  const target = header(headers, 'x-amzn-sagemaker-target-variant');
  const inferenceId = header(headers, 'x-amzn-sagemaker-inference-id');
  if (inferenceId !== undefined && inferenceId.length > 64)
    throw rt.validation('InferenceId must be at most 64 characters long.');
  const contentType = header(headers, 'content-type') ?? 'application/octet-stream';
  const rng = sim.requestRng(`invoke:${e.name}`);
  let units: RoutingUnit[] = routing.units;
  if (target !== undefined) {
    units = units.filter((u) => u.variant.name === target);
    if (!units.length)
      throw rt.validation(`Target variant "${target}" is not a production variant of endpoint ${e.name}.`);
  }
  const idx = rng.pick(units.map((u) => (target !== undefined ? Math.max(u.share, 1e-9) : u.share)));
  if (idx < 0) throw rt.validation(`Endpoint ${e.name} has no production variant with a weight above 0.`);
  const unit = units[idx];
  const ref = drawReference(rng);
  const offset = sim.now - sim.t0;
  const respond = (v: VariantState): SimulatedResponse => {
    const b = behaviourAt(
      v.profile,
      sim.scenario.faults,
      { profile: v.profile.name, model: v.modelName, endpoint: e.name, variant: v.name },
      offset,
    );
    const r = simulateRequest(b, ref, rng);
    sim.recordLive(dimensionSets(e.name, v, unit.fleet, routing.configDimension), (agg) =>
      recordInto(agg, r, v.currentInstanceCount),
    );
    return r;
  };
  const count = instanceCount(contentType, body);
  // A batch gets one prediction per instance; production and shadow share the per-instance references.
  const extraRefs = Array.from({ length: count - 1 }, () => drawReference(rng));
  const bodyFor = (v: VariantState, r: SimulatedResponse) =>
    Buffer.from(
      JSON.stringify({ predictions: [r.prediction, ...extraRefs.map((x) => predict(v.profile, x, rng))] }),
    );
  const prod = respond(unit.variant);
  const mirror = unit.shadow && rng.uniform() < unit.shadow.mirrorFraction ? unit.shadow.variant : undefined;
  const shadowResp = mirror ? respond(mirror) : undefined;

  const dc = unit.fleet.config.dataCapture;
  const prodBody = prod.outcome === 'ok' ? bodyFor(unit.variant, prod) : undefined;
  if (dc && dc.EnableCapture !== false && rng.uniform() * 100 < dc.InitialSamplingPercentage) {
    const eventId = rng.uuid();
    const input = { contentType, body };
    const capture = (v: VariantState, out: Buffer | undefined) =>
      sim.capture.add(
        dc.DestinationS3Uri,
        e.name,
        v.name,
        sim.now,
        buildRecord(
          dc,
          sim.now,
          eventId,
          inferenceId,
          input,
          out ? { contentType: 'application/json', body: out } : undefined,
        ),
      );
    capture(unit.variant, prodBody);
    if (mirror && shadowResp)
      capture(mirror, shadowResp.outcome === 'ok' ? bodyFor(mirror, shadowResp) : undefined);
  }

  const logStream = `arn:aws:logs:${ctx.region}:${sim.account}:log-group:/aws/sagemaker/Endpoints/${e.name}`;
  switch (prod.outcome) {
    case '4xx':
      throw rt.validation(
        `The model rejected the request (simulated client error for variant ${unit.variant.name}).`,
      );
    case '5xx':
      throw rt.serviceUnavailable(
        `Simulated service error on variant ${unit.variant.name}. Try your call again.`,
      );
    case 'modelError':
      throw rt.modelError(
        `Received server error (500) from primary with message "Simulated model error on variant ${unit.variant.name}". See ${logStream} in account ${sim.account} for more information.`,
        500,
        `Simulated model error on variant ${unit.variant.name}`,
        logStream,
      );
    case 'ok':
      return {
        status: 200,
        headers: {
          'content-type': 'application/json',
          'x-amzn-invoked-production-variant': unit.variant.name,
        },
        body: prodBody!,
      };
  }
}
