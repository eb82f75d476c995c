import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/rollout/ports.js';
import { TAG } from '../../src/rollout/tags.js';
import { BASELINE_CONFIG, CANARY, START, deploy, ofType, setup, specYaml } from './harness.js';

describe('driven canary on the fake cloud', () => {
  it('promotes a healthy candidate step by step and leaves the endpoint tagged and unlocked', async () => {
    const { clock, cloud } = setup();
    const r = await deploy(clock, cloud, specYaml(CANARY));
    expect(r.outcome).toBe('promoted');
    expect(r.exitCode).toBe(0);
    expect(ofType(r.events, 'traffic-shifted').map((e) => e.traffic.candidate)).toEqual([
      0, 10, 50, 100, 100,
    ]);
    const e = cloud.endpoint!;
    expect(e.config).toBe('fraud-prod-d1-final');
    expect(e.tags.get(TAG.phase)).toBe('promoted');
    expect(e.tags.get(TAG.lastGoodConfig)).toBe('fraud-prod-d1-final');
    expect(e.tags.has(TAG.lock)).toBe(false);
    // The final config keeps the endpoint's variant name, with the candidate's model.
    expect(cloud.configs.get('fraud-prod-d1-final')!.production).toMatchObject([
      { name: 'AllTraffic', model: 'fraud-detector-9f86d081' },
    ]);
    expect(r.types.at(-1)).toBe('done');
  });

  it('rolls back on a failed gate: weights first, then the old config, verified', async () => {
    const { clock, cloud } = setup();
    cloud.traffic = (variant) => ({
      invocations: 1000,
      errors: variant === 'AllTraffic' ? 1 : 80,
      latencyMs: 50,
    });
    const r = await deploy(clock, cloud, specYaml(CANARY));
    expect(r.outcome).toBe('rolled-back');
    expect(r.exitCode).toBe(1);
    const rb = ofType(r.events, 'rolling-back')[0];
    expect(rb.reason).toBe('gate-failed');
    expect(rb.detail).toContain('error_rate');
    expect(ofType(r.events, 'rolled-back')[0]).toMatchObject({
      endpointConfig: 'fraud-prod-v41',
      verified: true,
    });
    const after = cloud.calls.slice(cloud.calls.lastIndexOf('GetMetricData'));
    expect(after.indexOf('UpdateEndpointWeightsAndCapacities')).toBeLessThan(after.indexOf('UpdateEndpoint'));
    expect(cloud.endpoint!.config).toBe('fraud-prod-v41');
    expect(cloud.endpoint!.tags.get(TAG.phase)).toBe('rolled-back');
  });

  it('detects a failed UpdateEndpoint that ends InService on the old config (verify, never assume)', async () => {
    const { clock, cloud } = setup();
    cloud.failNextUpdate = 'Insufficient capacity for ml.m5.large';
    const r = await deploy(clock, cloud, specYaml(CANARY));
    expect(r.outcome).toBe('rolled-back');
    const rb = ofType(r.events, 'rolling-back')[0];
    expect(rb.reason).toBe('verification-failed');
    expect(rb.detail).toContain('Insufficient capacity');
    expect(cloud.endpoint!.config).toBe(BASELINE_CONFIG.name);
  });

  it('reports a rollback that cannot complete, with the exact endpoint state, as unsafe (exit 3)', async () => {
    const { clock, cloud } = setup();
    cloud.traffic = (variant) => ({
      invocations: 1000,
      errors: variant === 'AllTraffic' ? 1 : 80,
      latencyMs: 50,
    });
    const loaded = specYaml(CANARY);
    const run = deploy(clock, cloud, loaded, { tuning: { lockSettleSeconds: 1, rollbackAttempts: 2 } });
    // Once the rollback starts, UpdateEndpoint is refused for good.
    const origWeights = cloud.updateWeights.bind(cloud);
    cloud.updateWeights = async (n, w) => {
      cloud.rejectUpdates = new ProviderError('validation', 'UpdateEndpoint', 'role cannot be assumed');
      return origWeights(n, w);
    };
    const r = await run;
    expect(r.outcome).toBe('unsafe');
    expect(r.exitCode).toBe(3);
    const failed = ofType(r.events, 'rollback-failed')[0];
    expect(failed.error).toContain('role cannot be assumed');
    expect(failed.state).toMatchObject({
      endpoint: 'fraud-prod',
      status: 'InService',
      endpointConfig: 'fraud-prod-d1-ramp',
    });
    expect(failed.state.variants.map((v) => v.name).sort()).toEqual([
      'AllTraffic',
      'fraud-detector-9f86d081',
    ]);
  });

  it('times out an update that hangs, then restores the baseline once SageMaker gives up on it', async () => {
    const { clock, cloud } = setup();
    // The ramp update hangs for 12 minutes and then fails (InService on the old config).
    cloud.updateMs = 12 * 60_000;
    cloud.failNextUpdate = 'The primary container did not pass the ping health check.';
    const r = await deploy(clock, cloud, specYaml(CANARY, 'rollback: { stepTimeout: 5m }'));
    expect(ofType(r.events, 'rolling-back')[0]).toMatchObject({ reason: 'timeout' });
    expect(r.outcome).toBe('rolled-back');
    expect(ofType(r.events, 'rolled-back')[0].verified).toBe(true);
    expect(cloud.endpoint!.config).toBe(BASELINE_CONFIG.name);
  });

  it('an endpoint that never settles ends in exit 3 with its exact state', async () => {
    const { clock, cloud } = setup();
    cloud.updateMs = 1e12;
    const r = await deploy(clock, cloud, specYaml(CANARY, 'rollback: { stepTimeout: 5m }'), {
      tuning: { lockSettleSeconds: 1, rollbackAttempts: 2 },
    });
    expect(r.outcome).toBe('unsafe');
    expect(r.exitCode).toBe(3);
    expect(ofType(r.events, 'rollback-failed')[0].state).toMatchObject({
      status: 'Updating',
      endpointConfig: BASELINE_CONFIG.name,
    });
    expect(r.endpoint?.status).toBe('Updating');
  });
});

describe('lock, resume and steering', () => {
  it('refuses a run while another deployment holds the lock, naming the holder', async () => {
    const { clock, cloud } = setup();
    cloud.endpoint!.tags.set(TAG.lock, 'other-42');
    cloud.endpoint!.tags.set(TAG.lockHolder, 'github run 42 (octocat)');
    cloud.endpoint!.tags.set(TAG.lockExpires, new Date(START + 600_000).toISOString());
    const r = await deploy(clock, cloud, specYaml(CANARY));
    expect(r.outcome).toBe('refused');
    expect(r.exitCode).toBe(1);
    expect(r.summary).toContain('other-42');
    expect(r.summary).toContain('github run 42 (octocat)');
    expect(cloud.calls).not.toContain('UpdateEndpoint');
  });

  it('takes over a stale lock and says so', async () => {
    const { clock, cloud } = setup();
    cloud.endpoint!.tags.set(TAG.lock, 'old-1');
    cloud.endpoint!.tags.set(TAG.lockExpires, new Date(START - 1000).toISOString());
    cloud.endpoint!.tags.set(TAG.phase, 'promoted');
    const r = await deploy(clock, cloud, specYaml(CANARY));
    expect(ofType(r.events, 'lock-acquired')[0].tookOverFrom).toContain('old-1');
    expect(r.outcome).toBe('promoted');
  });

  it('acts on control commands from the endpoint tag and acknowledges them', async () => {
    const { clock, cloud } = setup();
    const run = deploy(clock, cloud, specYaml(CANARY));
    const orig = cloud.readTags.bind(cloud);
    let sent = false;
    cloud.readTags = async (ep) => {
      if (!sent && ofTypeNow() >= 2) {
        sent = true;
        cloud.endpoint!.tags.set(TAG.control, 'abort');
      }
      return orig(ep);
    };
    const ofTypeNow = () => cloud.calls.filter((c) => c === 'UpdateEndpointWeightsAndCapacities').length;
    const r = await run;
    const cmd = ofType(r.events, 'control-command')[0];
    expect(cmd).toMatchObject({ command: { kind: 'abort' }, acknowledged: true });
    expect(ofType(r.events, 'rolling-back')[0].reason).toBe('aborted');
    expect(cloud.endpoint!.tags.has(TAG.control)).toBe(false);
    expect(cloud.endpoint!.tags.get(TAG.controlAck)).toContain('abort by d1');
    expect(r.outcome).toBe('rolled-back');
  });

  it('rolls back on cancel (the abort signal) and verifies', async () => {
    const { clock, cloud } = setup();
    const ac = new AbortController();
    const run = deploy(clock, cloud, specYaml(CANARY), { signal: ac.signal });
    const orig = cloud.getMetricData.bind(cloud);
    cloud.getMetricData = async (...a) => {
      ac.abort(new Error('received SIGINT'));
      return orig(...a);
    };
    const r = await run;
    expect(ofType(r.events, 'rolling-back')[0]).toMatchObject({ reason: 'cancelled' });
    expect(r.outcome).toBe('rolled-back');
    expect(cloud.endpoint!.config).toBe(BASELINE_CONFIG.name);
  });

  it('a re-run of the same deployment id after it finished reports it and changes nothing', async () => {
    const { clock, cloud } = setup();
    await deploy(clock, cloud, specYaml(CANARY));
    const before = cloud.calls.length;
    const again = await deploy(clock, cloud, specYaml(CANARY));
    expect(again.outcome).toBe('promoted');
    expect(again.summary).toContain('already finished');
    expect(cloud.calls.slice(before).filter((c) => c.startsWith('Update'))).toEqual([]);
  });
});

describe('first deployment', () => {
  it('creates the endpoint with the candidate alone and promotes it', async () => {
    const { clock, cloud } = setup({ seed: false });
    const r = await deploy(clock, cloud, specYaml(CANARY));
    expect(r.outcome).toBe('promoted');
    expect(cloud.endpoint!.config).toBe('fraud-prod-d1-first');
    expect(cloud.calls.filter((c) => c === 'CreateEndpoint')).toHaveLength(1);
  });

  it('deletes the endpoint when the first candidate fails its gates (there is no known-good model)', async () => {
    const { clock, cloud } = setup({ seed: false });
    cloud.traffic = () => ({ invocations: 1000, errors: 200, latencyMs: 50 });
    const r = await deploy(clock, cloud, specYaml(CANARY));
    expect(r.outcome).toBe('rolled-back');
    expect(cloud.endpoint).toBeUndefined();
  });
});
