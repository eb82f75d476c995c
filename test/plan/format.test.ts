import { describe, expect, it } from 'vitest';
import { describeGate, formatPlanText } from '../../src/plan/format.js';
import { planRollout } from '../../src/plan/plan.js';
import { loadSpecFile } from '../../src/spec/load.js';

const planOf = async (name: string) => planRollout((await loadSpecFile(`examples/${name}.yaml`)).spec);

describe('formatPlanText', () => {
  it('prints the all-at-once plan in full', async () => {
    expect(formatPlanText(await planOf('all-at-once'))).toMatchInlineSnapshot(`
      "Plan: all-at-once (native) of fraud-detector to endpoint fraud-staging
      Variants: baseline AllTraffic, candidate AllTraffic (same variant, new model fraud-detector-9f86d081)
      Fleet: 1 × ml.m5.large

      #  step         action         traffic b/c  instances b+c  update  bake  gates  pass / fail / inconclusive
      0  switch 100%  native-update  0/100        1+1            8m      10m   2      complete / rollback / rollback

      Timeline (expected; █ candidate traffic, ░ mirrored to the shadow)
            0:00  [████████████████████]  100%  switch 100% · bake 10m · gates error_rate-max, alarm-fraud-staging-5xx (min 100 invocations)
                                                SageMaker blue/green ALL_AT_ONCE, wait 10m, termination wait 0s, timeout 27m; alarms modelgate-fraud-staging-error_rate-max, fraud-staging-5xx
            0:18  done: candidate promoted

      Gates (evaluated at the end of each bake):
        error_rate-max           error_rate ≤ 0.02
        alarm-fraud-staging-5xx  CloudWatch alarm fraud-staging-5xx not in ALARM

      Duration: expected 18m, at most 18m with every bake extended
      Cost: 0.3 extra instance-hours × $0.115/h ≈ $0.03 (ml.m5.large on-demand, approximate us-east-1 list price as of 2026-11-24)
      "
    `);
  });

  it('shows the shadow mirror, extensions, days and notes', async () => {
    const shadow = formatPlanText(await planOf('shadow'));
    expect(shadow).toContain('100/0 +50% shadow');
    expect(shadow).toContain(
      '[░░░░░░░░░░          ]    0%  shadow 50% of requests · bake 2h · gates error_rate-max, latency_p99-ratio, agreement (min 1000 invocations) · may extend 10m',
    );
    expect(shadow).toContain('agreement          prediction agreement with production (data capture)');
    expect(shadow).toContain('Notes:\n  - latency_p99-ratio compares with the baseline');
    const ab = formatPlanText(await planOf('ab-test'));
    expect(ab).toContain('3d 0:09  [████████████████████]  100%  promote the winner');
    expect(ab).toContain('next / rollback / keep-baseline');
  });
});

describe('describeGate', () => {
  it('says what each kind of gate checks', () => {
    expect(describeGate({ kind: 'alarm', id: 'a', alarm: 'x-5xx' })).toBe(
      'CloudWatch alarm x-5xx not in ALARM',
    );
    expect(
      describeGate({
        kind: 'metric',
        id: 'g',
        metric: 'latency_p99',
        max: 300,
        maxRatioToBaseline: 1.2,
        alpha: 0.05,
      }),
    ).toBe('latency_p99 ≤ 300 ms and latency_p99 ≤ 1.2 × baseline');
    expect(describeGate({ kind: 'metric', id: 'g', metric: 'error_rate', test: 'fisher', alpha: 0.01 })).toBe(
      'error_rate not significantly worse than baseline (fisher, α 0.01)',
    );
    expect(describeGate({ kind: 'metric', id: 'g', metric: 'invocations', min: 50, alpha: 0.05 })).toBe(
      'invocations ≥ 50',
    );
  });
});
