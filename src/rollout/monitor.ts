import { evaluateAgreement, AGREEMENT_GATE } from '../gates/agreement.js';
import { combineStatus } from '../gates/combine.js';
import { evaluateGates, lastPeriod, percentilesFor } from '../gates/evaluate.js';
import { readWindow } from '../gates/read.js';
import { AB_GATE, abMetrics, decideAbTest } from '../gates/ab-test.js';
import type { WindowData, WindowTargets } from '../gates/types.js';
import type { PlanStep } from '../plan/types.js';
import type { AbTestStrategy, Gate, ShadowStrategy, Spec } from '../spec/types.js';
import type { Clock } from '../clock.js';
import type { Emit, Tuning } from './context.js';
import type { GateResult, GateStatus } from './events.js';
import { ProviderError, type AlarmStateValue, type RolloutPorts } from './ports.js';

export interface MonitorDeps {
  spec: Spec;
  /** The gate rules with ids (the plan's). */
  gates: Gate[];
  ports: RolloutPorts;
  clock: Clock;
  emit: Emit;
  tuning: Tuning;
  /** Shared across steps: the end of the newest period any step evaluated. */
  cursor: { end?: number };
}

export interface MonitorSetup {
  step: PlanStep;
  targets: WindowTargets;
  /** When the step's traffic was verified; the window starts at the period containing it. */
  windowStart: number;
  agreement?: {
    spec: NonNullable<ShadowStrategy['agreement']>;
    destination: string;
    endpoint: string;
    variants: { production: string; shadow: string };
  };
  /** A/B test: its custom metrics are read in the same call; its verdict joins the final evaluation. */
  ab?: AbTestStrategy;
}

export interface Evaluation {
  status: GateStatus;
  results: GateResult[];
  data: WindowData;
  /** True when this evaluation covered the newest complete period for the first time. */
  fresh: boolean;
}

/** The gates a step lists; `ab-test` and `agreement` are evaluated by their own code. */
export function stepGates(gates: Gate[], step: PlanStep): Gate[] {
  const ids = new Set(step.gates);
  return gates.filter((g) => ids.has(g.id));
}

/**
 * Reads the step's window once per metric period (one GetMetricData call, plus DescribeAlarms
 * when alarm gates exist) and evaluates the gates on it: on the whole window since the step
 * began, and on the newest period alone so a regression that starts mid-bake is caught within
 * one period instead of being diluted by the healthy minutes before it.
 */
export class GateMonitor {
  private readonly periodMs: number;
  private readonly gates: Gate[];
  private lastEnd = -Infinity;
  private readonly previous = new Map<string, GateStatus>();

  constructor(
    private readonly deps: MonitorDeps,
    private readonly setup: MonitorSetup,
  ) {
    this.periodMs = deps.spec.gates.periodSeconds * 1000;
    this.gates = stepGates(deps.gates, setup.step);
  }

  private get windowStartAligned(): number {
    return Math.floor(this.setup.windowStart / this.periodMs) * this.periodMs;
  }

  private completeEnd(now: number): number {
    return Math.floor((now - this.deps.tuning.evaluationDelaySeconds * 1000) / this.periodMs) * this.periodMs;
  }

  /** The earliest time a period not yet evaluated will be readable. */
  nextDue(): number {
    const end = Math.max(this.completeEnd(this.deps.clock.now()), this.windowStartAligned);
    return end + this.periodMs + this.deps.tuning.evaluationDelaySeconds * 1000;
  }

  /**
   * Evaluates when a new period completed, or always when `final` (the bake's decision).
   * undefined: nothing new to read, or CloudWatch could not be read this time.
   */
  async evaluate(final: boolean): Promise<Evaluation | undefined> {
    const { clock, ports, spec, emit } = this.deps;
    const stepIndex = this.setup.step.index;
    const end = Math.max(this.completeEnd(clock.now()), this.windowStartAligned);
    const fresh = end > this.lastEnd && end > this.windowStartAligned;
    if (!fresh && !final) return undefined;
    const start = this.windowStartAligned;
    let data: WindowData;
    let alarms: Map<string, { state: AlarmStateValue; reason?: string }>;
    try {
      data = await readWindow(ports.metrics, {
        targets: this.setup.targets,
        percentiles: percentilesFor(this.gates),
        periodSeconds: spec.gates.periodSeconds,
        startMs: start,
        endMs: Math.max(end, start),
        extra: this.setup.ab ? abMetrics(this.setup.ab) : undefined,
      });
      alarms = await this.readAlarms();
    } catch (err) {
      // CloudWatch throttling past the SDK's retries: no verdict now, read again at the next poll.
      if (!(err instanceof ProviderError && err.retryable)) throw err;
      emit('warning', {
        message: `metrics unavailable for step ${stepIndex + 1} (${err.message}); reading again at the next poll`,
      });
      return undefined;
    }
    this.lastEnd = Math.max(this.lastEnd, end);
    this.deps.cursor.end = Math.max(this.deps.cursor.end ?? -Infinity, end);
    emit('metrics-read', { stepIndex, window: data.window });
    const ctx = { minInvocations: this.setup.step.minInvocations, interim: !final };
    const results = evaluateGates(this.gates, data, alarms, ctx);

    // Fast path: a bound or ratio broken in the newest period alone (with enough invocations in
    // it). Statistical tests are left to the whole window: one period is too few samples.
    const newest = fresh ? lastPeriod(data, this.periodMs) : undefined;
    if (newest && data.series.candidate.length > 1) {
      const bounds = this.gates.flatMap((g) => (g.kind === 'metric' ? [{ ...g, test: undefined }] : []));
      const quick = evaluateGates(bounds, newest, alarms, ctx);
      for (const q of quick) {
        if (q.status !== 'fail') continue;
        const i = results.findIndex((r) => r.gateId === q.gateId);
        if (i >= 0 && results[i].status !== 'fail')
          results[i] = { ...q, summary: `newest ${spec.gates.periodSeconds}s period: ${q.summary}` };
      }
    }
    if (final && this.setup.agreement) results.push(await this.agreement(start, clock.now()));
    // The A/B verdict is taken once, at the end (duration or sample size): no peeking mid-test.
    if (final && this.setup.ab && this.setup.step.gates.includes(AB_GATE))
      results.push(decideAbTest(this.setup.ab, data).result);

    for (const r of results) {
      if (final || r.status === 'fail' || this.previous.get(r.gateId) !== r.status)
        emit('gate-evaluated', { stepIndex, result: r });
      this.previous.set(r.gateId, r.status);
    }
    return { status: combineStatus(results), results, data, fresh };
  }

  private async readAlarms(): Promise<Map<string, { state: AlarmStateValue; reason?: string }>> {
    const names = this.gates.flatMap((g) => (g.kind === 'alarm' ? [g.alarm] : []));
    if (!names.length) return new Map();
    const found = await this.deps.ports.metrics.describeAlarms(names);
    return new Map(found.map((a) => [a.name, { state: a.state, reason: a.reason }]));
  }

  private async agreement(start: number, now: number): Promise<GateResult> {
    const a = this.setup.agreement!;
    if (!this.deps.ports.capture) {
      return {
        gateId: AGREEMENT_GATE,
        status: 'fail',
        summary: 'no data-capture reader configured',
        evidence: {},
      };
    }
    const records = await this.deps.ports.capture.read(a.destination, a.endpoint, start, now + 1);
    return evaluateAgreement(a.spec, records, a.variants);
  }
}
