import type { Clock } from '../../src/clock.js';
import type { NativeDeployment } from '../../src/plan/types.js';
import {
  ProviderError,
  type AlarmDefinition,
  type AlarmStateValue,
  type EndpointConfigDefinition,
  type EndpointPort,
  type EndpointState,
  type MetricQuery,
  type MetricSeries,
  type MetricsPort,
  type ModelDefinition,
  type RolloutPorts,
  type WeightChange,
} from '../../src/rollout/ports.js';

/** Per-minute figures a variant produces; `config` is the fleet's config (native deployments). */
export type Traffic = (
  variant: string,
  minuteStart: number,
  config: string,
) => { invocations: number; errors: number; latencyMs: number } | undefined;

interface Endpoint {
  name: string;
  status: string;
  config: string;
  failureReason?: string;
  weights: Map<string, number>;
  tags: Map<string, string>;
  pending?: { readyAt: number; apply: () => void; alarms?: string[]; rollback?: () => void };
  /** Per-minute log of which config served which variant, for native metrics. */
}

/**
 * A tiny in-memory SageMaker + CloudWatch behind the rollout ports, for executor unit tests. It is
 * not the simulator: no wire protocol, instant metrics, and faults set by hand.
 */
export class FakeCloud implements EndpointPort, MetricsPort {
  readonly configs = new Map<string, EndpointConfigDefinition>();
  readonly models = new Set<string>();
  readonly alarms = new Map<string, AlarmStateValue>();
  readonly calls: string[] = [];
  endpoint?: Endpoint;
  updateMs = 120_000;
  weightsMs = 20_000;
  /** The next UpdateEndpoint ends InService on the old config with this FailureReason. */
  failNextUpdate?: string;
  /** Every UpdateEndpoint call throws this (an unrecoverable API error). */
  rejectUpdates?: ProviderError;
  /** Updates never finish. */
  stuck = false;
  traffic: Traffic = () => ({ invocations: 1000, errors: 1, latencyMs: 50 });

  constructor(private readonly clock: Clock) {}

  ports(): RolloutPorts {
    return { endpoints: this, metrics: this };
  }

  seed(name: string, config: EndpointConfigDefinition): void {
    this.configs.set(config.name, config);
    this.endpoint = {
      name,
      status: 'InService',
      config: config.name,
      weights: new Map(config.production.map((v) => [v.name, v.weight])),
      tags: new Map(),
    };
  }

  private ep(name: string): Endpoint {
    this.tick();
    if (!this.endpoint || this.endpoint.name !== name)
      throw new ProviderError('not-found', 'Describe', `Could not find endpoint "${name}".`);
    return this.endpoint;
  }

  private tick(): void {
    const e = this.endpoint;
    // SageMaker's auto-rollback: an alarm in ALARM during a native deployment ends it on the old config.
    if (e?.pending?.alarms?.some((a) => this.alarms.get(a) === 'ALARM')) {
      const p = e.pending;
      e.pending = undefined;
      e.status = 'InService';
      p.rollback?.();
      return;
    }
    if (e?.pending && !this.stuck && this.clock.now() >= e.pending.readyAt) {
      const p = e.pending;
      e.pending = undefined;
      e.status = 'InService';
      p.apply();
    }
  }

  private busy(e: Endpoint, op: string): void {
    if (e.status !== 'InService')
      throw new ProviderError('in-progress', op, `Cannot update in-progress endpoint "${e.name}".`);
  }

  async describeEndpoint(name: string): Promise<EndpointState | undefined> {
    this.calls.push('DescribeEndpoint');
    let e: Endpoint;
    try {
      e = this.ep(name);
    } catch {
      return undefined;
    }
    const cfg = this.configs.get(e.config)!;
    return {
      name,
      arn: `arn:${name}`,
      status: e.status,
      configName: e.config,
      failureReason: e.failureReason,
      production: cfg.production.map((v) => ({
        name: v.name,
        currentWeight: e.weights.get(v.name) ?? v.weight,
        currentInstances: v.instanceCount,
      })),
      shadow: cfg.shadow.map((v) => ({
        name: v.name,
        currentWeight: v.weight,
        currentInstances: v.instanceCount,
      })),
    };
  }
  async describeEndpointConfig(name: string) {
    return this.configs.get(name);
  }
  async createModel(def: ModelDefinition) {
    this.calls.push('CreateModel');
    this.models.add(def.name);
  }
  async createEndpointConfig(def: EndpointConfigDefinition) {
    this.calls.push('CreateEndpointConfig');
    if (!this.configs.has(def.name)) this.configs.set(def.name, structuredClone(def));
  }
  async createEndpoint(name: string, configName: string, tags: Record<string, string>) {
    this.calls.push('CreateEndpoint');
    if (this.endpoint)
      throw new ProviderError(
        'already-exists',
        'CreateEndpoint',
        `Cannot create already existing endpoint "${name}".`,
      );
    const cfg = this.configs.get(configName)!;
    this.endpoint = {
      name,
      status: 'Creating',
      config: configName,
      weights: new Map(cfg.production.map((v) => [v.name, v.weight])),
      tags: new Map(Object.entries(tags)),
    };
    this.endpoint.pending = { readyAt: this.clock.now() + this.updateMs, apply: () => {} };
  }
  async updateEndpoint(name: string, configName: string, deployment?: NativeDeployment) {
    this.calls.push(deployment ? `UpdateEndpoint(${deployment.policy})` : 'UpdateEndpoint');
    const e = this.ep(name);
    this.busy(e, 'UpdateEndpoint');
    if (this.rejectUpdates) throw this.rejectUpdates;
    const cfg = this.configs.get(configName);
    if (!cfg)
      throw new ProviderError(
        'not-found',
        'UpdateEndpoint',
        `Could not find endpoint configuration "${configName}".`,
      );
    e.status = 'Updating';
    const failure = this.failNextUpdate;
    this.failNextUpdate = undefined;
    e.pending = {
      readyAt: this.clock.now() + this.updateMs,
      alarms: deployment?.alarms,
      rollback: () => (e.failureReason = 'An alarm went off; the deployment was rolled back.'),
      apply: () => {
        if (failure) {
          e.failureReason = failure;
          return;
        }
        e.config = configName;
        e.failureReason = undefined;
        e.weights = new Map(cfg.production.map((v) => [v.name, v.weight]));
      },
    };
  }
  async updateWeights(name: string, weights: WeightChange[]) {
    this.calls.push('UpdateEndpointWeightsAndCapacities');
    const e = this.ep(name);
    this.busy(e, 'UpdateEndpointWeightsAndCapacities');
    e.status = 'Updating';
    e.pending = {
      readyAt: this.clock.now() + this.weightsMs,
      apply: () => weights.forEach((w) => e.weights.set(w.variant, w.weight)),
    };
  }
  async deleteEndpoint(name: string) {
    this.calls.push('DeleteEndpoint');
    const e = this.ep(name);
    e.status = 'Deleting';
    e.pending = { readyAt: this.clock.now() + 30_000, apply: () => (this.endpoint = undefined) };
  }
  async readTags(endpoint: string) {
    this.calls.push('ListTags');
    return Object.fromEntries(this.ep(endpoint).tags);
  }
  async writeTags(endpoint: string, tags: Record<string, string>) {
    this.calls.push('AddTags');
    const e = this.ep(endpoint);
    for (const [k, v] of Object.entries(tags)) e.tags.set(k, v);
  }
  async removeTags(endpoint: string, keys: string[]) {
    this.calls.push('DeleteTags');
    const e = this.ep(endpoint);
    for (const k of keys) e.tags.delete(k);
  }

  async getMetricData(queries: MetricQuery[], startMs: number, endMs: number): Promise<MetricSeries[]> {
    this.calls.push('GetMetricData');
    const out: MetricSeries[] = [];
    for (const q of queries) {
      const s: MetricSeries = { id: q.id, timestamps: [], values: [], complete: true };
      for (let t = startMs; t + q.periodSeconds * 1000 <= endMs; t += q.periodSeconds * 1000) {
        const minutes = Array.from({ length: q.periodSeconds / 60 }, (_, i) =>
          this.traffic(q.target.variant, t + i * 60_000, q.target.endpointConfig ?? ''),
        );
        const got = minutes.filter((m): m is NonNullable<typeof m> => m !== undefined && m.invocations > 0);
        if (!got.length) continue;
        const inv = got.reduce((a, m) => a + m.invocations, 0);
        const err = got.reduce((a, m) => a + m.errors, 0);
        const lat = got.reduce((a, m) => a + m.latencyMs * m.invocations, 0) / inv;
        const v =
          q.metric === 'Invocations'
            ? inv
            : q.metric === 'Invocation5XXErrors'
              ? err
              : q.metric === 'ModelLatency'
                ? q.stat === 'SampleCount'
                  ? inv
                  : lat * 1000 * (q.stat.startsWith('p') ? 1.5 : 1)
                : 0;
        s.timestamps.push(t);
        s.values.push(v);
      }
      out.push(s);
    }
    return out;
  }
  async describeAlarms(names: string[]) {
    this.calls.push('DescribeAlarms');
    return names.filter((n) => this.alarms.has(n)).map((name) => ({ name, state: this.alarms.get(name)! }));
  }
  async putAlarm(def: AlarmDefinition) {
    this.calls.push('PutMetricAlarm');
    if (!this.alarms.has(def.name)) this.alarms.set(def.name, 'INSUFFICIENT_DATA');
  }
  async setAlarmState(name: string, state: AlarmStateValue) {
    this.calls.push(`SetAlarmState(${state})`);
    this.alarms.set(name, state);
  }
}
