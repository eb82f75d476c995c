import type { CaptureRecord } from './data-capture.js';
import { buildRecord } from './data-capture.js';
import { Aggregate, type Dimension } from './metric-store.js';
import { behaviourAt, faultEdges, globMatch, type Behaviour } from './profiles.js';
import { drawReference, simulateRequest, type SimulatedResponse } from './request-model.js';
import { Rng } from './rng.js';
import type { TrafficRule } from './scenario/types.js';
import type { Simulation } from './simulation.js';
import type { EndpointRecord, Fleet, Routing, RoutingUnit, VariantState } from './state.js';

export const NAMESPACE = 'AWS/SageMaker';

/** Requests per second of a rule at offset `t` (ms since the simulation start). */
export function rpsAt(rule: TrafficRule, t: number): number {
  const pts = rule.points;
  if (t < pts[0].at) return rule.interpolate === 'linear' ? pts[0].rps : 0;
  let i = pts.length - 1;
  while (i > 0 && pts[i].at > t) i--;
  if (rule.interpolate === 'linear' && i < pts.length - 1) {
    const a = pts[i];
    const b = pts[i + 1];
    return a.rps + ((b.rps - a.rps) * (t - a.at)) / (b.at - a.at);
  }
  return pts[i].rps;
}

/** Expected requests in [from, to) (offsets in ms): the integral of the rate. */
export function expectedRequests(rule: TrafficRule, from: number, to: number): number {
  const cuts = [from, ...rule.points.map((p) => p.at).filter((a) => a > from && a < to), to];
  let total = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    // Step: constant on the piece; linear: exact by the trapezoid rule.
    total +=
      rule.interpolate === 'linear'
        ? ((rpsAt(rule, a) + rpsAt(rule, b - 1e-9)) / 2) * ((b - a) / 1000)
        : rpsAt(rule, a) * ((b - a) / 1000);
  }
  return total;
}

function trafficRuleFor(rules: readonly TrafficRule[], endpoint: string): TrafficRule | undefined {
  return rules.find((r) => globMatch(r.endpoint, endpoint));
}

/** One variant's responses in one minute, kept as counters and latency lists until the minute ends. */
class VariantMinute {
  n = 0;
  e4 = 0;
  e5 = 0;
  em = 0;
  /** 1/instances → requests (the instance count can change inside a minute). */
  perInstance = new Map<number, number>();
  model: number[] = [];
  overhead: number[] = [];

  record(r: SimulatedResponse, instances: number): void {
    this.n++;
    if (r.outcome === '4xx') this.e4++;
    else if (r.outcome === '5xx') this.e5++;
    else if (r.outcome === 'modelError') this.em++;
    const per = 1 / Math.max(1, instances);
    this.perInstance.set(per, (this.perInstance.get(per) ?? 0) + 1);
    this.overhead.push(r.overheadLatencyUs);
    if (r.modelLatencyUs !== undefined) this.model.push(r.modelLatencyUs);
  }

  /** The AWS/SageMaker aggregates of this minute (errors are 0/1 per request). */
  aggregates(): Map<string, Aggregate> {
    const out = new Map<string, Aggregate>();
    const agg = (name: string) => {
      const a = new Aggregate();
      out.set(name, a);
      return a;
    };
    agg('Invocations').add(1, this.n);
    const per = agg('InvocationsPerInstance');
    for (const [v, c] of this.perInstance) per.add(v, c);
    for (const [name, errors] of [
      ['Invocation4XXErrors', this.e4],
      ['Invocation5XXErrors', this.e5],
      ['InvocationModelErrors', this.em],
    ] as const) {
      const a = agg(name);
      a.add(1, errors);
      a.add(0, this.n - errors);
    }
    const overhead = agg('OverheadLatency');
    for (const v of this.overhead) overhead.add(v);
    if (this.model.length) {
      const model = agg('ModelLatency');
      for (const v of this.model) model.add(v);
    }
    return out;
  }
}

/** Per-variant metric accumulators of one minute, by dimension set. */
export class MinuteMetrics {
  private readonly byDims = new Map<string, { dims: Dimension[][]; acc: VariantMinute }>();

  /** Records one response for every dimension set of the variant. */
  record(dimSets: Dimension[][], r: SimulatedResponse, instances: number): void {
    const key = JSON.stringify(dimSets);
    let b = this.byDims.get(key);
    if (!b) {
      b = { dims: dimSets, acc: new VariantMinute() };
      this.byDims.set(key, b);
    }
    b.acc.record(r, instances);
  }

  /** Every (dimensions, metric, aggregate) of the minute. */
  *entries(): Generator<{ dims: Dimension[]; metric: string; agg: Aggregate }> {
    const merged = new Map<string, { dims: Dimension[]; metrics: Map<string, Aggregate> }>();
    for (const { dims, acc } of this.byDims.values()) {
      const aggs = acc.aggregates();
      for (const d of dims) {
        const key = JSON.stringify(d);
        const m = merged.get(key);
        if (!m) merged.set(key, { dims: d, metrics: new Map([...aggs].map(([k, a]) => [k, copy(a)])) });
        else
          for (const [k, a] of aggs) (m.metrics.get(k) ?? m.metrics.set(k, new Aggregate()).get(k)!).merge(a);
      }
    }
    for (const { dims, metrics } of merged.values())
      for (const [metric, agg] of metrics) yield { dims, metric, agg };
  }
}

function copy(a: Aggregate): Aggregate {
  const c = new Aggregate();
  c.merge(a);
  return c;
}

/** Adds one response to the per-variant AWS/SageMaker metrics (errors are 0/1 per request). */
export function recordInto(
  agg: (metric: string) => Aggregate,
  r: SimulatedResponse,
  instances: number,
): void {
  agg('Invocations').add(1);
  agg('InvocationsPerInstance').add(1 / Math.max(1, instances));
  agg('Invocation4XXErrors').add(r.outcome === '4xx' ? 1 : 0);
  agg('Invocation5XXErrors').add(r.outcome === '5xx' ? 1 : 0);
  agg('InvocationModelErrors').add(r.outcome === 'modelError' ? 1 : 0);
  agg('OverheadLatency').add(r.overheadLatencyUs);
  if (r.modelLatencyUs !== undefined) agg('ModelLatency').add(r.modelLatencyUs);
}

export const METRIC_UNITS: Record<string, string> = {
  Invocations: 'None',
  InvocationsPerInstance: 'None',
  Invocation4XXErrors: 'None',
  Invocation5XXErrors: 'None',
  InvocationModelErrors: 'None',
  ModelLatency: 'Microseconds',
  OverheadLatency: 'Microseconds',
};

export function dimensionSets(
  endpoint: string,
  variant: VariantState,
  fleet: Fleet,
  configDimension: boolean,
): Dimension[][] {
  const base = [
    { Name: 'EndpointName', Value: endpoint },
    { Name: 'VariantName', Value: variant.name },
  ];
  return configDimension
    ? [base, [...base, { Name: 'EndpointConfigName', Value: fleet.config.name }]]
    : [base];
}

function responseBody(r: SimulatedResponse): Buffer {
  return Buffer.from(JSON.stringify({ predictions: [r.prediction ?? null] }));
}

function inputBody(sim: Simulation, rng: Rng): { contentType: string; body: Buffer } {
  const values = Array.from(
    { length: sim.scenario.input.features },
    () => Math.round(rng.normal() * 1e4) / 1e4,
  );
  return sim.scenario.input.contentType === 'application/json'
    ? { contentType: 'application/json', body: Buffer.from(JSON.stringify({ instances: [values] })) }
    : { contentType: 'text/csv', body: Buffer.from(values.join(',')) };
}

/**
 * Generates the background traffic of one endpoint for [from, to): Poisson arrivals at the scenario
 * rate, split by the routing in force at each moment (the timeline), faults applied per segment.
 * Every segment draws from its own stream keyed by (seed, endpoint, segment start), so the result
 * depends only on the seed and on when the routing changed.
 */
export function generateWindow(
  sim: Simulation,
  e: EndpointRecord,
  from: number,
  to: number,
  out: MinuteMetrics,
  captured: { n: number },
): void {
  const rule = trafficRuleFor(sim.scenario.traffic, e.name);
  if (!rule) return;
  const end = e.deletedAt !== undefined ? Math.min(to, e.deletedAt) : to;
  const timeline = e.timeline;
  const cuts = new Set<number>([from, end]);
  for (const entry of timeline) if (entry.at > from && entry.at < end) cuts.add(entry.at);
  for (const edge of faultEdges(sim.scenario.faults, sim.t0, from, end)) cuts.add(edge);
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const routing = routingAt(timeline, a);
    if (!routing || routing.units.length === 0) continue;
    generateSegment(sim, e, routing, rule, a, b, out, captured);
  }
}

function routingAt(timeline: EndpointRecord['timeline'], t: number): Routing | undefined {
  let r: Routing | undefined;
  for (const entry of timeline) if (entry.at <= t) r = entry.routing;
  return r;
}

function generateSegment(
  sim: Simulation,
  e: EndpointRecord,
  routing: Routing,
  rule: TrafficRule,
  a: number,
  b: number,
  out: MinuteMetrics,
  captured: { n: number },
): void {
  const offsetA = a - sim.t0;
  const lambda = expectedRequests(rule, offsetA, b - sim.t0);
  const rng = new Rng(sim.seed, 'traffic', e.name, offsetA);
  const captureRng = new Rng(sim.seed, 'capture', e.name, offsetA);
  const n = rng.poisson(lambda);
  if (n === 0) return;
  const times = Array.from({ length: n }, () => a + rng.uniform() * (b - a)).sort((x, y) => x - y);
  const shares = routing.units.map((u) => u.share);
  const behaviours = new Map<VariantState, Behaviour>();
  const behaviour = (u: VariantState) => {
    let bh = behaviours.get(u);
    if (!bh) {
      bh = behaviourAt(
        u.profile,
        sim.scenario.faults,
        { profile: u.profile.name, model: u.modelName, endpoint: e.name, variant: u.name },
        offsetA,
      );
      behaviours.set(u, bh);
    }
    return bh;
  };
  const dims = new Map<VariantState, Dimension[][]>();
  const dimsOf = (unit: RoutingUnit, v: VariantState) => {
    let d = dims.get(v);
    if (!d) {
      d = dimensionSets(e.name, v, unit.fleet, routing.configDimension);
      dims.set(v, d);
    }
    return d;
  };
  const cap = sim.scenario.dataCapture.maxRecordsPerMinute;
  for (const t of times) {
    const idx = rng.pick(shares);
    const ref = drawReference(rng);
    const captureDraw = rng.uniform() * 100;
    const mirrorDraw = rng.uniform();
    if (idx < 0) continue;
    const unit = routing.units[idx];
    const prod = simulateRequest(behaviour(unit.variant), ref, rng);
    out.record(dimsOf(unit, unit.variant), prod, unit.variant.currentInstanceCount);
    const shadow = unit.shadow && mirrorDraw < unit.shadow.mirrorFraction ? unit.shadow.variant : undefined;
    const shadowResp = shadow ? simulateRequest(behaviour(shadow), ref, rng) : undefined;
    if (shadow && shadowResp) out.record(dimsOf(unit, shadow), shadowResp, shadow.currentInstanceCount);

    const dc = unit.fleet.config.dataCapture;
    if (!dc || dc.EnableCapture === false || captureDraw >= dc.InitialSamplingPercentage || captured.n >= cap)
      continue;
    captured.n++;
    const eventId = captureRng.uuid();
    const inferenceId = `sim-${eventId.slice(0, 8)}`;
    const input = inputBody(sim, captureRng);
    const write = (v: VariantState, r: SimulatedResponse) => {
      const output =
        r.outcome === 'ok' ? { contentType: 'application/json', body: responseBody(r) } : undefined;
      const rec: CaptureRecord = buildRecord(dc, t, eventId, inferenceId, input, output);
      sim.capture.add(dc.DestinationS3Uri, e.name, v.name, t, rec);
    };
    write(unit.variant, prod);
    if (shadow && shadowResp) write(shadow, shadowResp);
  }
}
