import type { ControlCommand } from '../src/rollout/events.js';
import { readLock } from '../src/rollout/lock.js';
import type { EndpointPort } from '../src/rollout/ports.js';
import { FINAL_PHASES, TAG, iso } from '../src/rollout/tags.js';
import { formatDuration } from '../src/spec/duration.js';

export type ControlResult =
  { status: 'sent'; deploymentId: string; holder: string; text: string } | { status: 'idle'; detail: string };

/** The control tag's text for a command (`promote`, `extend 10m`), as the engine parses it. */
export function controlText(c: ControlCommand): string {
  return c.kind === 'extend' ? `extend ${formatDuration(c.seconds)}` : c.kind;
}

/**
 * Steers the rollout running on `endpoint` through its control tag (`modelgate:control`); the
 * engine reads it at its next check, applies it, clears it and writes `modelgate:control-ack`.
 * Refuses when no rollout holds the endpoint's lock: the tag would otherwise wait for the next one.
 */
export async function sendControl(
  endpoints: EndpointPort,
  endpoint: string,
  command: ControlCommand,
  now: number,
): Promise<ControlResult> {
  const state = await endpoints.describeEndpoint(endpoint);
  if (!state) return { status: 'idle', detail: `endpoint ${endpoint} does not exist` };
  const tags = await endpoints.readTags(endpoint);
  const lock = readLock(tags);
  const phase = tags[TAG.phase];
  if (!lock || FINAL_PHASES.has(phase ?? '')) {
    return {
      status: 'idle',
      detail: `no modelgate rollout is running on ${endpoint} (last phase: ${phase ?? 'none'})`,
    };
  }
  if (lock.expiresAt <= now) {
    return {
      status: 'idle',
      detail: `the lock of deployment ${lock.deploymentId} on ${endpoint} expired at ${iso(lock.expiresAt)}: its run is gone. Re-run that workflow to resume it, or run mode rollback to restore the known-good config`,
    };
  }
  const text = controlText(command);
  await endpoints.writeTags(endpoint, { [TAG.control]: text });
  return { status: 'sent', deploymentId: lock.deploymentId, holder: lock.holder, text };
}
