import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/providers/local/index.js';
import { TAG } from '../../src/rollout/tags.js';
import { ofType, seedBaseline, simDeploy, startSim, yamlSpec } from './sim-harness.js';
import { STRATEGIES } from './strategies.js';

async function run(yaml: string, scenario: Scenario = {}) {
  const env = await startSim({ traffic: [{ endpoint: '*', rps: 40 }], ...scenario });
  try {
    await seedBaseline(env);
    const r = await simDeploy(env, yaml);
    const state = await env.ports.endpoints.describeEndpoint('fraud-prod');
    const tags = await env.ports.endpoints.readTags('fraud-prod');
    return { r, state, tags };
  } finally {
    await env.stop();
  }
}

describe('outcomes other than promote', () => {
  it('a shadow that passes with onSuccess: discard keeps the baseline (exit 0) and removes the shadow', async () => {
    const s = STRATEGIES.shadow;
    const { r, state, tags } = await run(
      yamlSpec({ ...s, strategy: s.strategy.replace('onSuccess: promote', 'onSuccess: discard') }),
    );
    expect(r.outcome, r.summary).toBe('kept-baseline');
    expect(r.exitCode).toBe(0);
    expect(
      ofType(r.events, 'gate-evaluated').find((e) => e.result.gateId === 'agreement')?.result.status,
    ).toBe('pass');
    expect(state).toMatchObject({ status: 'InService', configName: 'fraud-prod-v41', shadow: [] });
    expect(tags[TAG.phase]).toBe('kept-baseline');
  });

  it('a shadow that disagrees with production is rolled back on the agreement gate', async () => {
    const s = STRATEGIES.shadow;
    const { r, state } = await run(yamlSpec(s), {
      models: {
        cand: {
          match: { name: 'fraud-detector-9f86d081' },
          prediction: { labels: { a: 0.5, b: 0.5 }, disagreement: 0.5 },
        },
      },
    });
    expect(r.outcome).toBe('rolled-back');
    const agreement = ofType(r.events, 'gate-evaluated').find((e) => e.result.gateId === 'agreement');
    expect(agreement?.result.status).toBe('fail');
    expect(agreement?.result.evidence.samples?.candidate).toBeGreaterThan(200);
    expect(state).toMatchObject({ configName: 'fraud-prod-v41', shadow: [] });
  });

  it('an A/B test without a significant difference keeps the baseline (onNoWinner: keep-baseline)', async () => {
    const { r, state } = await run(yamlSpec(STRATEGIES['ab-test']));
    expect(r.outcome, r.summary).toBe('kept-baseline');
    expect(r.exitCode).toBe(0);
    const ab = ofType(r.events, 'gate-evaluated').find((e) => e.result.gateId === 'ab-test')!;
    expect(ab.result).toMatchObject({ status: 'inconclusive', evidence: { test: 'fisher', alpha: 0.01 } });
    expect(ab.result.evidence.samples!.candidate).toBeGreaterThan(5000);
    expect(state?.configName).toBe('fraud-prod-v41');
  });

  it('an A/B test the baseline wins is rolled back with the evidence', async () => {
    const { r } = await run(yamlSpec(STRATEGIES['ab-test']), {
      models: { cand: { match: { name: 'fraud-detector-9f86d081' }, errors: { rate5xx: 0.05 } } },
    });
    expect(r.outcome).toBe('rolled-back');
    const ab = ofType(r.events, 'gate-evaluated').find((e) => e.result.gateId === 'ab-test')!;
    expect(ab.result.status).toBe('fail');
    expect(ab.result.evidence.pValue).toBeLessThan(0.01);
    expect(ab.result.summary).toContain('baseline wins');
  });

  it('with rollback disabled a failed gate leaves the endpoint as it is and exits 3 with its state', async () => {
    const { r, state } = await run(
      yamlSpec({ ...STRATEGIES['canary (driven)'], rollback: '  enabled: false' }),
      {
        models: { cand: { match: { name: 'fraud-detector-9f86d081' }, errors: { rate5xx: 0.3 } } },
      },
    );
    expect(r.outcome).toBe('unsafe');
    expect(r.exitCode).toBe(3);
    expect(ofType(r.events, 'rolling-back')).toEqual([]);
    expect(r.endpoint).toMatchObject({
      endpoint: 'fraud-prod',
      endpointConfig: state?.configName,
      status: 'InService',
    });
  });
});
