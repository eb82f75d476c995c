import type { Clock } from '../clock.js';
import { ModelgateError } from '../errors.js';
import { describeHolder, lockState, lockTags } from './lock.js';
import type { EndpointPort, EndpointState } from './ports.js';
import { FINAL_PHASES, TAG, iso } from './tags.js';
import { snapshot, trafficShares, verifyState } from './verify.js';
import { waitSettled } from './wait.js';
import type { EndpointSnapshot } from './events.js';

export interface ManualRollbackOptions {
  endpoints: EndpointPort;
  clock: Clock;
  endpoint: string;
  /** Who runs it (recorded in the lock while it works). */
  holder: string;
  /** Take the lock from a live deployment. */
  force?: boolean;
  timeoutSeconds?: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
  random?: () => number;
}

export interface ManualRollbackResult {
  outcome: 'rolled-back' | 'refused' | 'unsafe';
  summary: string;
  restoredConfig?: string;
  endpoint?: EndpointSnapshot;
}

/**
 * `modelgate rollback`: restores the known-good config the tags record. Mid-deployment (or after a
 * failed one) that is the config from before the deployment; after a promotion it is the config
 * the promotion replaced. Weights first when the candidate shares the endpoint, then the config,
 * then verified.
 */
export async function manualRollback(o: ManualRollbackOptions): Promise<ManualRollbackResult> {
  const log = o.log ?? (() => {});
  const state = await o.endpoints.describeEndpoint(o.endpoint);
  if (!state) throw new ModelgateError('not_found', `endpoint ${o.endpoint} does not exist`);
  const tags = await o.endpoints.readTags(o.endpoint);
  const phase = tags[TAG.phase];
  const target = phase === 'promoted' ? tags[TAG.previousGoodConfig] : tags[TAG.lastGoodConfig];
  if (!target) {
    const which = phase === 'promoted' ? TAG.previousGoodConfig : TAG.lastGoodConfig;
    return {
      outcome: 'refused',
      summary: `${o.endpoint} has no ${which} tag: nothing modelgate deployed to restore`,
    };
  }
  const lock = lockState(tags, `manual-rollback:${o.holder}`, o.clock.now());
  if (lock.kind === 'held' && !o.force) {
    return {
      outcome: 'refused',
      summary: `${o.endpoint} is locked by ${describeHolder(lock.lock)}; set the tag ${TAG.control}=abort to make it roll back, or pass --force`,
    };
  }
  const timeoutMs = (o.timeoutSeconds ?? 1800) * 1000;
  const deploymentId =
    tags[TAG.lock] && lock.kind !== 'free' && !o.force ? tags[TAG.lock] : `manual-rollback`;
  await o.endpoints.writeTags(o.endpoint, {
    ...lockTags(deploymentId, o.holder, o.clock.now() + timeoutMs),
    [TAG.phase]: 'rolling-back',
    [TAG.reason]: `manual rollback by ${o.holder}`,
    [TAG.updatedAt]: iso(o.clock.now()),
  });
  log(
    `restoring ${target} on ${o.endpoint} (was ${state.configName ?? 'unknown'}, ${state.status}; phase ${phase ?? 'none'})`,
  );
  const settle = () =>
    waitSettled({
      clock: o.clock,
      endpoints: o.endpoints,
      endpoint: o.endpoint,
      timeoutMs,
      signal: o.signal,
      random: o.random,
    });

  let now: EndpointState | undefined = state.status === 'InService' ? state : await settle();
  const keep = (await o.endpoints.describeEndpointConfig(target))?.production.map((v) => v.name) ?? [];
  const shares = now && now.configName !== target ? trafficShares(now) : undefined;
  const others = shares ? Object.entries(shares).filter(([n, w]) => !keep.includes(n) && w > 0) : [];
  if (now?.status === 'InService' && others.length && keep.some((n) => shares && n in shares)) {
    log(`moving traffic off ${others.map(([n]) => n).join(', ')} first`);
    await o.endpoints.updateWeights(o.endpoint, [
      ...keep.filter((n) => shares && n in shares).map((variant) => ({ variant, weight: 1 })),
      ...others.map(([variant]) => ({ variant, weight: 0 })),
    ]);
    now = await settle();
  }
  if (now?.configName !== target) {
    log(`UpdateEndpoint ${o.endpoint} → ${target}`);
    await o.endpoints.updateEndpoint(o.endpoint, target);
    now = await settle();
  }
  const v = verifyState(now, { config: target });
  if (!v.ok) {
    return {
      outcome: 'unsafe',
      summary: `rollback of ${o.endpoint} to ${target} not verified: ${v.detail}`,
      endpoint: snapshot(now, o.endpoint),
    };
  }
  await o.endpoints.writeTags(o.endpoint, {
    [TAG.phase]: 'rolled-back',
    [TAG.lastGoodConfig]: target,
    [TAG.reason]: `manual rollback by ${o.holder}`,
    [TAG.updatedAt]: iso(o.clock.now()),
  });
  await o.endpoints.removeTags(o.endpoint, [
    TAG.lock,
    TAG.lockHolder,
    TAG.lockExpires,
    ...(phase === 'promoted' ? [TAG.previousGoodConfig] : []),
  ]);
  const already = FINAL_PHASES.has(phase ?? '') && phase !== 'promoted' && state.configName === target;
  return {
    outcome: 'rolled-back',
    summary: already
      ? `${o.endpoint} already serves ${target} (verified)`
      : `restored ${target} on ${o.endpoint}, verified InService`,
    restoredConfig: target,
    endpoint: snapshot(now, o.endpoint),
  };
}
