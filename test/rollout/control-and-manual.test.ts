import { describe, expect, it } from 'vitest';
import { parseControl } from '../../src/rollout/control.js';
import { manualRollback } from '../../src/rollout/manual-rollback.js';
import { TAG } from '../../src/rollout/tags.js';
import { verifyState } from '../../src/rollout/verify.js';
import { BASELINE_CONFIG, START, drive, setup } from './harness.js';

describe('control commands', () => {
  it('parses the five commands and durations, and rejects anything else with a reason', () => {
    expect(parseControl('promote')).toEqual({ kind: 'promote' });
    expect(parseControl(' ABORT ')).toEqual({ kind: 'abort' });
    expect(parseControl('hold')).toEqual({ kind: 'hold' });
    expect(parseControl('resume')).toEqual({ kind: 'resume' });
    expect(parseControl('extend 10m')).toEqual({ kind: 'extend', seconds: 600 });
    expect(parseControl('extend 1h30m')).toEqual({ kind: 'extend', seconds: 5400 });
    expect(parseControl('extend')).toHaveProperty('error');
    expect(parseControl('extend soon')).toMatchObject({ error: expect.stringContaining('duration') });
    expect(parseControl('rollback please')).toMatchObject({
      error: expect.stringContaining('not a control command'),
    });
  });
});

describe('verification', () => {
  const state = (configName: string, weights: Record<string, number | undefined>, extra = {}) => ({
    name: 'ep',
    arn: 'arn',
    status: 'InService',
    configName,
    production: Object.entries(weights).map(([name, w]) => ({ name, currentWeight: w, currentInstances: 1 })),
    shadow: [],
    ...extra,
  });
  it('tells "wrong" from "cannot verify", and names the FailureReason of a silent rollback', () => {
    expect(verifyState(state('c1', { a: 90, b: 10 }), { config: 'c1', traffic: { a: 90, b: 10 } })).toEqual({
      ok: true,
    });
    expect(verifyState(state('c1', { a: 0.9, b: 0.1 }), { config: 'c1', traffic: { a: 90, b: 10 } })).toEqual(
      { ok: true },
    );
    expect(verifyState(state('c0', { a: 1 }, { failureReason: 'capacity' }), { config: 'c1' })).toEqual({
      ok: false,
      kind: 'wrong',
      detail: 'serving config c0, expected c1 (FailureReason: capacity)',
    });
    expect(
      verifyState(state('c1', { a: 50, b: 50 }), { config: 'c1', traffic: { a: 90, b: 10 } }),
    ).toMatchObject({ kind: 'wrong' });
    expect(
      verifyState(state('c1', { a: undefined, b: 10 }), { config: 'c1', traffic: { a: 90, b: 10 } }),
    ).toMatchObject({ kind: 'unverifiable' });
    expect(verifyState({ ...state('c1', { a: 1 }), status: 'Updating' }, { config: 'c1' })).toMatchObject({
      kind: 'wrong',
    });
    expect(verifyState(state('c1', { a: 1, b: 0 }), { config: 'c1', noTrafficOn: ['b'] })).toEqual({
      ok: true,
    });
  });
});

describe('manual rollback', () => {
  it('refuses while a live deployment holds the lock, and takes over with force', async () => {
    const { clock, cloud } = setup();
    cloud.configs.set('fraud-prod-d9-final', { ...BASELINE_CONFIG, name: 'fraud-prod-d9-final' });
    const e = cloud.endpoint!;
    e.config = 'fraud-prod-d9-final';
    e.tags.set(TAG.phase, 'promoted');
    e.tags.set(TAG.lastGoodConfig, 'fraud-prod-d9-final');
    e.tags.set(TAG.previousGoodConfig, BASELINE_CONFIG.name);
    e.tags.set(TAG.lock, 'd10');
    e.tags.set(TAG.lockExpires, new Date(START + 600_000).toISOString());
    const o = { endpoints: cloud, clock, endpoint: 'fraud-prod', holder: 'ops' };
    const refused = await drive(clock, manualRollback(o));
    expect(refused.outcome).toBe('refused');
    expect(refused.summary).toContain('deployment d10');
    expect(cloud.calls).not.toContain('UpdateEndpoint');
    const forced = await drive(clock, manualRollback({ ...o, force: true }));
    expect(forced).toMatchObject({ outcome: 'rolled-back', restoredConfig: BASELINE_CONFIG.name });
    expect(e.config).toBe(BASELINE_CONFIG.name);
    expect(e.tags.get(TAG.lastGoodConfig)).toBe(BASELINE_CONFIG.name);
    expect(e.tags.has(TAG.lock)).toBe(false);
  });

  it('refuses an endpoint modelgate never deployed', async () => {
    const { clock, cloud } = setup();
    const r = await drive(
      clock,
      manualRollback({ endpoints: cloud, clock, endpoint: 'fraud-prod', holder: 'ops' }),
    );
    expect(r.outcome).toBe('refused');
    expect(r.summary).toContain('nothing modelgate deployed to restore');
  });
});
