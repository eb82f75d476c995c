import type { AbTestStrategy } from '../spec/types.js';
import type { GateResult } from '../rollout/events.js';
import { countTest, sampleTest } from './tests.js';
import type { ExtraMetric, WindowData } from './types.js';

export const AB_GATE = 'ab-test';

const SM = 'AWS/SageMaker';

/** Built-in A/B metrics (the gate metric names) and the SageMaker metric behind each. */
const BUILTIN: Record<string, { metric: string; stat?: string }> = {
  error_rate: { metric: 'Invocation5XXErrors' },
  client_error_rate: { metric: 'Invocation4XXErrors' },
  model_error_rate: { metric: 'InvocationModelErrors' },
  latency_avg: { metric: 'ModelLatency', stat: 'Average' },
  latency_p50: { metric: 'ModelLatency', stat: 'p50' },
  latency_p90: { metric: 'ModelLatency', stat: 'p90' },
  latency_p95: { metric: 'ModelLatency', stat: 'p95' },
  latency_p99: { metric: 'ModelLatency', stat: 'p99' },
};

/**
 * The metrics the A/B test reads, in the same GetMetricData call as the gates: a built-in (error
 * rates, latency from AWS/SageMaker) or a custom metric per variant (dimensions EndpointName,
 * VariantName) in its namespace; a proportion's trials default to SageMaker's Invocations.
 */
export function abMetrics(s: AbTestStrategy): ExtraMetric[] {
  const builtin = BUILTIN[s.metric.name];
  const ns = builtin ? SM : (s.metric.namespace ?? SM);
  const metric = builtin?.metric ?? s.metric.name;
  if (s.metric.kind === 'proportion') {
    const trials =
      s.metric.trials && s.metric.trials !== 'Invocations'
        ? { namespace: ns, metric: s.metric.trials }
        : { namespace: SM, metric: 'Invocations' };
    return [
      { key: 'succ', namespace: ns, metric, stat: 'Sum' },
      { key: 'trials', ...trials, stat: 'Sum' },
    ];
  }
  return [
    { key: 'avg', namespace: ns, metric, stat: builtin?.stat ?? 'Average' },
    { key: 'cnt', namespace: ns, metric, stat: 'SampleCount' },
  ];
}

export interface AbDecision {
  result: GateResult;
  winner: 'candidate' | 'baseline' | 'none';
  /** Both variants have minSamplesPerVariant samples (the test may stop early). */
  samplesReached: boolean;
}

const fmt = (v: number) => `${+v.toPrecision(4)}`;

/**
 * The A/B decision on one window: a two-sided test at alpha; when significant, the direction of
 * the effect and the metric's goal say who won. Proportions use the summed counts (Fisher or
 * binomial); continuous metrics use the per-period averages as samples (Mann–Whitney or Welch),
 * because CloudWatch keeps per-minute aggregates, not per-request values.
 */
export function decideAbTest(s: AbTestStrategy, data: WindowData): AbDecision {
  const { alpha, test, metric } = s;
  const proportion = metric.kind === 'proportion';
  const nOf = (role: 'baseline' | 'candidate') => data.extra[role][proportion ? 'trials' : 'cnt'] ?? 0;
  const samples = { candidate: nOf('candidate'), baseline: nOf('baseline') };
  const samplesReached =
    s.minSamplesPerVariant !== undefined &&
    samples.candidate >= s.minSamplesPerVariant &&
    samples.baseline >= s.minSamplesPerVariant;
  const base = { gateId: AB_GATE, evidence: { metric: metric.name, test, alpha, samples } };
  const none = (why: string): AbDecision => ({
    result: { ...base, status: 'inconclusive', summary: why },
    winner: 'none',
    samplesReached,
  });

  let c: number;
  let b: number;
  let p: number;
  if (proportion) {
    if (test !== 'fisher' && test !== 'binomial')
      return none(`${test} does not apply to a proportion metric; use fisher or binomial`);
    const sc = data.extra.candidate.succ ?? 0;
    const sb = data.extra.baseline.succ ?? 0;
    if (!samples.candidate || !samples.baseline) return none(`no ${metric.name} trials yet on both variants`);
    if (sc > samples.candidate || sb > samples.baseline)
      return none(`${metric.name} exceeds its trials; check metric.trials`);
    c = sc / samples.candidate;
    b = sb / samples.baseline;
    p = countTest(
      test,
      { successes: sc, trials: samples.candidate },
      { successes: sb, trials: samples.baseline },
      'two-sided',
    );
  } else {
    if (test !== 'mann-whitney' && test !== 'welch')
      return none(`${test} does not apply to a continuous metric; use mann-whitney or welch`);
    const series = (role: 'baseline' | 'candidate') =>
      data.series[role]
        .map((f) => f.extra?.avg)
        .filter((v): v is number => v !== undefined && Number.isFinite(v));
    const x = series('candidate');
    const y = series('baseline');
    if (x.length < 2 || y.length < 2)
      return none(`${metric.name}: ${x.length}/${y.length} per-period samples, need 2 each`);
    // ModelLatency is in microseconds; report milliseconds like the gates do.
    const unit = BUILTIN[metric.name]?.metric === 'ModelLatency' ? 1000 : 1;
    c = x.reduce((a, v) => a + v, 0) / x.length / unit;
    b = y.reduce((a, v) => a + v, 0) / y.length / unit;
    p = sampleTest(test, x, y, 'two-sided');
    base.evidence.samples = { candidate: x.length, baseline: y.length };
  }
  if (Number.isNaN(p)) return none(`${metric.name}: ${test} is undefined on these samples (no variation)`);
  const evidence = { ...base.evidence, candidate: c, baseline: b, pValue: p };
  const pv = p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
  if (!(p < alpha)) {
    return {
      result: {
        ...base,
        evidence,
        status: 'inconclusive',
        summary: `${metric.name}: candidate ${fmt(c)} vs baseline ${fmt(b)}, p=${pv} ≥ α=${alpha}: no winner`,
      },
      winner: 'none',
      samplesReached,
    };
  }
  const candidateBetter = metric.goal === 'maximize' ? c > b : c < b;
  return {
    result: {
      ...base,
      evidence,
      status: candidateBetter ? 'pass' : 'fail',
      summary: `${metric.name}: candidate ${fmt(c)} vs baseline ${fmt(b)}, p=${pv} < α=${alpha}: ${candidateBetter ? 'candidate' : 'baseline'} wins`,
    },
    winner: candidateBetter ? 'candidate' : 'baseline',
    samplesReached,
  };
}
