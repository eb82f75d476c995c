import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/providers/local/index.js';
import { TAG } from '../../src/rollout/tags.js';
import {
  SIM_START,
  expectGatesSawCandidateThroughWatch,
  ofType,
  seedBaseline,
  simDeploy,
  startSim,
  yamlSpec,
} from './sim-harness.js';
import { STRATEGIES, WATCHED_ROLLBACK } from './strategies.js';

const CANDIDATE_MODEL = 'fraud-detector-9f86d081';
const PERIOD = 60_000;

/** 40 requests/s; in A/B the baseline model errs 3% of the time so that a healthy candidate wins. */
function scenario(extra: Partial<Scenario> = {}, ab = false): Scenario {
  return {
    traffic: [{ endpoint: '*', rps: 40 }],
    ...(ab ? { models: { old: { match: { name: 'fraud-detector-v41' }, errors: { rate5xx: 0.03 } } } } : {}),
    ...extra,
  };
}

describe.each(Object.entries(STRATEGIES))('%s on the simulator, through the real SDK', (name, s) => {
  const ab = name === 'ab-test';

  it('promotes a healthy candidate, verified, and tags the endpoint', async () => {
    const env = await startSim(scenario({}, ab));
    try {
      await seedBaseline(env);
      const r = await simDeploy(env, yamlSpec(s));
      expect(r.outcome, r.summary).toBe('promoted');
      expect(r.exitCode).toBe(0);
      const state = await env.ports.endpoints.describeEndpoint('fraud-prod');
      expect(state?.status).toBe('InService');
      const promoted = ofType(r.events, 'promoted')[0];
      expect(state?.configName).toBe(promoted.endpointConfig);
      const cfg = await env.ports.endpoints.describeEndpointConfig(promoted.endpointConfig);
      expect(cfg?.production.map((v) => v.model)).toEqual([CANDIDATE_MODEL]);
      const tags = await env.ports.endpoints.readTags('fraud-prod');
      expect(tags[TAG.phase]).toBe('promoted');
      expect(tags[TAG.lastGoodConfig]).toBe(promoted.endpointConfig);
      expect(tags[TAG.previousGoodConfig]).toBe('fraud-prod-v41');
      expect(tags[TAG.lock]).toBeUndefined();
      expect(ofType(r.events, 'rolling-back')).toEqual([]);
      expect(ofType(r.events, 'traffic-shifted').at(-1)?.traffic).toEqual({ baseline: 0, candidate: 100 });
      if (ab)
        expect(
          ofType(r.events, 'gate-evaluated').find((e) => e.result.gateId === 'ab-test')?.result.status,
        ).toBe('pass');
      if (s.rollback === WATCHED_ROLLBACK) expectGatesSawCandidateThroughWatch(r);
      expect(env.sim.internalErrors).toEqual([]);
    } finally {
      await env.stop();
    }
  });

  it('rolls back a regression injected mid-rollout within one metric period of the first breached minute', async () => {
    const at = s.regressionAt * 60_000;
    const env = await startSim(
      scenario(
        {
          faults: [
            {
              type: 'errorBurst',
              at: `${s.regressionAt}m`,
              target: { model: CANDIDATE_MODEL },
              rate5xx: 0.3,
            },
          ],
        },
        ab,
      ),
    );
    try {
      await seedBaseline(env);
      const r = await simDeploy(env, yamlSpec(s));
      expect(r.outcome, r.summary).toBe('rolled-back');
      expect(r.exitCode).toBe(1);
      const rb = ofType(r.events, 'rolling-back')[0];
      // Mid-rollout: the candidate was live and its gates had passed before the regression began.
      const passedBefore = ofType(r.events, 'gate-evaluated').filter(
        (e) => e.at < SIM_START + at && e.result.status === 'pass',
      );
      expect(passedBefore.length).toBeGreaterThan(0);
      const firstBreachedMinuteEnd = SIM_START + Math.floor(at / PERIOD) * PERIOD + PERIOD;
      expect(rb.at).toBeGreaterThanOrEqual(SIM_START + at);
      expect(rb.at - firstBreachedMinuteEnd).toBeLessThanOrEqual(PERIOD);
      expect(ofType(r.events, 'rolled-back')[0]).toMatchObject({
        endpointConfig: 'fraud-prod-v41',
        verified: true,
      });
      const state = await env.ports.endpoints.describeEndpoint('fraud-prod');
      expect(state).toMatchObject({ status: 'InService', configName: 'fraud-prod-v41' });
      expect(state?.shadow).toEqual([]);
      const tags = await env.ports.endpoints.readTags('fraud-prod');
      expect(tags[TAG.phase]).toBe('rolled-back');
      expect(tags[TAG.lastGoodConfig]).toBe('fraud-prod-v41');
      expect(env.sim.internalErrors).toEqual([]);
    } finally {
      await env.stop();
    }
  });
});
