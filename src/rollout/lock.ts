import type { Clock } from '../clock.js';
import type { EndpointPort } from './ports.js';
import { TAG, iso } from './tags.js';

export interface LockInfo {
  deploymentId: string;
  holder: string;
  expiresAt: number;
}

export function readLock(tags: Record<string, string>): LockInfo | undefined {
  const id = tags[TAG.lock];
  if (!id) return undefined;
  const expiresAt = Date.parse(tags[TAG.lockExpires] ?? '');
  return {
    deploymentId: id,
    holder: tags[TAG.lockHolder] ?? id,
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : 0,
  };
}

export type LockState =
  | { kind: 'free' }
  | { kind: 'ours'; lock: LockInfo }
  | { kind: 'held'; lock: LockInfo }
  | { kind: 'stale'; lock: LockInfo };

export function lockState(tags: Record<string, string>, deploymentId: string, now: number): LockState {
  const lock = readLock(tags);
  if (!lock) return { kind: 'free' };
  if (lock.deploymentId === deploymentId) return { kind: 'ours', lock };
  return lock.expiresAt > now ? { kind: 'held', lock } : { kind: 'stale', lock };
}

export function describeHolder(lock: LockInfo): string {
  const who = lock.holder && lock.holder !== lock.deploymentId ? ` (${lock.holder})` : '';
  return `deployment ${lock.deploymentId}${who}, lock expires ${iso(lock.expiresAt)}`;
}

export function lockTags(deploymentId: string, holder: string, expiresAt: number): Record<string, string> {
  return { [TAG.lock]: deploymentId, [TAG.lockHolder]: holder, [TAG.lockExpires]: iso(expiresAt) };
}

export type AcquireResult =
  | { ok: true; expiresAt: number; tookOverFrom?: LockInfo; resumed: boolean; tags: Record<string, string> }
  | { ok: false; holder: LockInfo; lostRace: boolean };

/**
 * Tags are not a compare-and-swap, so the lock is written, then read back after a settle delay:
 * of two runs that raced, the one whose write landed last keeps it and the other is refused.
 */
export async function acquireLock(o: {
  endpoints: EndpointPort;
  clock: Clock;
  endpoint: string;
  deploymentId: string;
  holder: string;
  ttlMs: number;
  settleMs: number;
  signal?: AbortSignal;
  /** The endpoint's tags when the caller has just read them (saves a ListTags). */
  tags?: Record<string, string>;
}): Promise<AcquireResult> {
  const before = o.tags ?? (await o.endpoints.readTags(o.endpoint));
  const state = lockState(before, o.deploymentId, o.clock.now());
  if (state.kind === 'held') return { ok: false, holder: state.lock, lostRace: false };
  const expiresAt = o.clock.now() + o.ttlMs;
  await o.endpoints.writeTags(o.endpoint, lockTags(o.deploymentId, o.holder, expiresAt));
  await o.clock.sleep(o.settleMs, o.signal);
  const after = await o.endpoints.readTags(o.endpoint);
  const mine = readLock(after);
  if (!mine || mine.deploymentId !== o.deploymentId) {
    return {
      ok: false,
      holder: mine ?? { deploymentId: 'unknown', holder: 'unknown', expiresAt: 0 },
      lostRace: true,
    };
  }
  return {
    ok: true,
    expiresAt,
    resumed: state.kind === 'ours',
    ...(state.kind === 'stale' ? { tookOverFrom: state.lock } : {}),
    tags: before,
  };
}
