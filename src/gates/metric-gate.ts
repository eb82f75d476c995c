import type { MetricGate } from '../spec/types.js';
import type { GateEvidence, GateResult, GateStatus } from '../rollout/events.js';
import { errorCount, formatValue, isLatency, isRate, metricValue, percentileOf } from './figures.js';
import { interimRateTest, oneSidedGreater } from './tests.js';
import type { WindowData } from './types.js';

export interface MetricGateContext {
  /** Candidate invocations needed before the gate may decide. */
  minInvocations: number;
  /** Per-period samples each variant needs before Mann–Whitney may decide. */
  minPeriods?: number;
  /**
   * A look during the bake rather than its end: error-count tests use the always-valid mixture
   * SPRT instead of Fisher / binomial, so looking every period does not inflate false rollbacks.
   */
  interim?: boolean;
}

/** Fewest periods per variant for Mann–Whitney: below 5 the exact test cannot reach common alphas. */
export const MIN_PERIODS = 5;

interface Check {
  status: GateStatus;
  text: string;
}

/**
 * Evaluates one metric gate on one window. Pure: the same window and gate always give the same
 * result. Every bound the gate declares is checked; the worst status wins (fail > inconclusive > pass).
 */
export function evaluateMetricGate(gate: MetricGate, data: WindowData, ctx: MetricGateContext): GateResult {
  const cand = data.window.variants.candidate;
  const base = data.window.variants.baseline;
  const value = metricValue(cand, gate.metric);
  const baseValue = metricValue(base, gate.metric);
  const n = cand?.invocations ?? 0;
  const nb = base?.invocations;
  const evidence: GateEvidence = {
    metric: gate.metric,
    ...(value !== undefined ? { candidate: value } : {}),
    ...(baseValue !== undefined ? { baseline: baseValue } : {}),
    samples: { candidate: n, ...(nb !== undefined ? { baseline: nb } : {}) },
  };
  const fmt = (v: number | undefined) => formatValue(gate.metric, v);
  const result = (status: GateStatus, text: string): GateResult => ({
    gateId: gate.id,
    status,
    summary: `${gate.metric} ${text} (n=${n.toLocaleString('en-US')}${nb !== undefined ? `, baseline n=${nb.toLocaleString('en-US')}` : ''})`,
    evidence,
  });

  // The invocation count is itself the evidence here: too few is "wait", not "fail".
  if (gate.metric === 'invocations') {
    evidence.candidate = n;
    if (gate.min !== undefined) evidence.threshold = gate.min;
    if (gate.min !== undefined && n < gate.min)
      return result('inconclusive', `${fmt(n)} < ${fmt(gate.min)} so far`);
    if (gate.max !== undefined && n > gate.max) {
      evidence.threshold = gate.max;
      return result('fail', `${fmt(n)} > ${fmt(gate.max)}`);
    }
    return result('pass', `${fmt(n)} within bounds`);
  }
  if (n < ctx.minInvocations || value === undefined) {
    evidence.threshold = gate.max ?? gate.min;
    return result('inconclusive', `${fmt(value)}: too few invocations (${n} < ${ctx.minInvocations})`);
  }

  const checks: Check[] = [];
  if (gate.max !== undefined) {
    evidence.threshold = gate.max;
    checks.push(
      value > gate.max
        ? { status: 'fail', text: `${fmt(value)} > ${fmt(gate.max)}` }
        : { status: 'pass', text: `${fmt(value)} ≤ ${fmt(gate.max)}` },
    );
  }
  if (gate.min !== undefined) {
    evidence.threshold ??= gate.min;
    checks.push(
      value < gate.min
        ? { status: 'fail', text: `${fmt(value)} < ${fmt(gate.min)}` }
        : { status: 'pass', text: `${fmt(value)} ≥ ${fmt(gate.min)}` },
    );
  }
  if (gate.maxRatioToBaseline !== undefined) checks.push(ratioCheck(gate, data, evidence, ctx));
  if (gate.test !== undefined) checks.push(testCheck(gate, data, evidence, ctx));

  const worst = checks.find((c) => c.status === 'fail') ?? checks.find((c) => c.status === 'inconclusive');
  const status: GateStatus = worst?.status ?? 'pass';
  return result(status, (worst ? [worst] : checks).map((c) => c.text).join('; ') || `${fmt(value)}`);
}

/**
 * Candidate / baseline. A zero baseline error rate is floored at one error in the baseline's
 * sample (1/n), so one candidate error does not become an infinite ratio.
 */
function ratioCheck(
  gate: MetricGate,
  data: WindowData,
  evidence: GateEvidence,
  ctx: MetricGateContext,
): Check {
  const limit = gate.maxRatioToBaseline!;
  const cand = data.window.variants.candidate!;
  const base = data.window.variants.baseline;
  const value = metricValue(cand, gate.metric)!;
  evidence.threshold ??= limit;
  if (!base || base.invocations === 0)
    return { status: 'pass', text: `ratio to baseline not evaluated: no baseline traffic` };
  if (base.invocations < ctx.minInvocations)
    return { status: 'inconclusive', text: `baseline has too few invocations (${base.invocations})` };
  let b = metricValue(base, gate.metric);
  if (b === undefined) return { status: 'inconclusive', text: `no baseline ${gate.metric} yet` };
  if (isRate(gate.metric)) b = Math.max(b, 1 / base.invocations);
  const ratio = b === 0 ? (value === 0 ? 1 : Number.POSITIVE_INFINITY) : value / b;
  evidence.ratio = ratio;
  const r = Number.isFinite(ratio) ? `${+ratio.toPrecision(3)}×` : '∞×';
  return ratio > limit
    ? { status: 'fail', text: `${r} baseline > ${limit}×` }
    : { status: 'pass', text: `${r} baseline ≤ ${limit}×` };
}

function testCheck(
  gate: MetricGate,
  data: WindowData,
  evidence: GateEvidence,
  ctx: MetricGateContext,
): Check {
  const cand = data.window.variants.candidate!;
  const base = data.window.variants.baseline;
  evidence.alpha = gate.alpha;
  evidence.test = gate.test;
  if (!base || base.invocations === 0)
    return { status: 'pass', text: `${gate.test} not evaluated: no baseline traffic` };
  let p: number;
  if (gate.test === 'fisher' || gate.test === 'binomial') {
    if (!isRate(gate.metric))
      return { status: 'fail', text: `${gate.test} applies to error rates, not ${gate.metric}` };
    const c = { successes: errorCount(cand, gate.metric), trials: cand.invocations };
    const b = { successes: errorCount(base, gate.metric), trials: base.invocations };
    if (ctx.interim) {
      p = interimRateTest(c, b, gate.alpha);
      evidence.test = `${gate.test} (interim: mixture SPRT)`;
    } else {
      p = oneSidedGreater(gate.test, { candidate: c, baseline: b });
    }
  } else {
    const pick = (role: 'baseline' | 'candidate') =>
      data.series[role]
        .filter((f) => f.invocations > 0)
        .map((f) =>
          isLatency(gate.metric)
            ? percentileOf(gate.metric)
              ? f.latencyMs[percentileOf(gate.metric)!]
              : f.latencyAvgMs
            : metricValue(f, gate.metric),
        )
        .filter((v): v is number => v !== undefined && Number.isFinite(v));
    const x = pick('candidate');
    const y = pick('baseline');
    evidence.samples = { candidate: x.length, baseline: y.length };
    const need = ctx.minPeriods ?? MIN_PERIODS;
    if (x.length < need || y.length < need)
      return {
        status: 'inconclusive',
        text: `mann-whitney needs ${need} per-period samples each (have ${x.length}/${y.length})`,
      };
    p = oneSidedGreater('mann-whitney', { candidate: x, baseline: y });
  }
  if (Number.isNaN(p))
    return { status: 'inconclusive', text: `${gate.test}: undefined on these samples (no variation)` };
  evidence.pValue = p;
  const pv = p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
  return p < gate.alpha
    ? { status: 'fail', text: `${evidence.test}: candidate worse than baseline, p=${pv} < α=${gate.alpha}` }
    : { status: 'pass', text: `${evidence.test}: no significant degradation, p=${pv} ≥ α=${gate.alpha}` };
}
