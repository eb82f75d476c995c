import { abortAlarm, alarmsFromGates } from '../gates/alarms.js';
import { gateAlarmName } from '../plan/names.js';
import type { PlanStep } from '../plan/types.js';
import type { BakeVerdict } from './bake.js';
import { RolloutAbort } from './context.js';
import type { ControlCommand } from './events.js';
import type { GateMonitor } from './monitor.js';
import type { RolloutState } from './state.js';

const ALL: ReadonlySet<ControlCommand['kind']> = new Set(['promote', 'abort', 'hold', 'resume', 'extend']);
const SETTLED = new Set(['InService', 'Failed', 'UpdateRollbackFailed', 'OutOfService']);

/**
 * Starts a native blue/green or rolling update: SageMaker moves the traffic; modelgate hands it
 * the gates as auto-rollback alarms (created from the gates, or the alarm gates' own) plus its
 * abort alarm, which it sets to ALARM itself when a gate only it can evaluate fails.
 */
export async function startNative(r: RolloutState, step: PlanStep): Promise<void> {
  const def = r.layout.native;
  const native = step.native;
  if (!native)
    throw new RolloutAbort(
      'api-error',
      `step "${step.name}" is a native update without a DeploymentConfig in the plan`,
    );
  const spec = r.o.spec;
  const ctx = {
    name: (gateId: string) =>
      gateId === 'abort' ? `modelgate-${r.endpoint}-abort-switch` : gateAlarmName(r.endpoint, gateId),
    target: { endpoint: r.endpoint, variant: def.production[0].name, endpointConfig: def.name },
    periodSeconds: spec.gates.periodSeconds,
    deploymentId: r.o.deploymentId,
  };
  const abort = abortAlarm(ctx);
  r.abortAlarm = abort.name;
  const now = await r.describe();
  if (now?.configName === def.name && now.status === 'InService') return;
  if (now?.status === 'Updating' && now.pendingConfigName === def.name) {
    r.nativeInFlight = true;
    r.nativeDeadlineAt = r.now() + (native.maxExecutionSeconds + spec.rollback.stepTimeoutSeconds) * 1000;
    return;
  }
  await r.call(() => r.endpoints.createEndpointConfig(def, r.resourceTags));
  const created = spec.rollback.createAlarms ? alarmsFromGates(r.gates, ctx) : [];
  for (const a of [abort, ...created]) await r.call(() => r.o.ports.metrics.putAlarm(a));
  // A switch left in ALARM by an earlier rollback would stop this deployment at once.
  await r.call(() =>
    r.o.ports.metrics.setAlarmState(abort.name, 'OK', `armed for deployment ${r.o.deploymentId}`),
  );
  const known = new Set([
    abort.name,
    ...created.map((a) => a.name),
    ...r.gates.flatMap((g) => (g.kind === 'alarm' ? [g.alarm] : [])),
  ]);
  const skipped = native.alarms.filter((a) => !known.has(a));
  if (skipped.length)
    r.emit('warning', {
      message: `no CloudWatch alarm can express ${skipped.join(', ')}; modelgate evaluates those gates itself`,
    });
  const alarms = [
    abort.name,
    ...native.alarms.filter((a) => known.has(a)),
    ...[...known].filter((a) => a !== abort.name),
  ];
  const unique = [...new Set(alarms)];
  if (unique.length > 10)
    r.emit('warning', {
      message: `SageMaker takes at most 10 rollback alarms; using ${unique.slice(0, 10).join(', ')}`,
    });
  await r.call(() =>
    r.endpoints.updateEndpoint(r.endpoint, def.name, { ...native, alarms: unique.slice(0, 10) }),
  );
  r.nativeInFlight = true;
  r.nativeDeadlineAt = r.now() + (native.maxExecutionSeconds + spec.rollback.stepTimeoutSeconds) * 1000;
}

/**
 * Watches one phase of a native deployment. SageMaker keeps its own timers, so modelgate cannot
 * hold, extend or skip: it evaluates the gates every period (a failure trips the abort alarm via
 * the rollback), and the phase's bake starts once the new fleet is seen taking traffic. The last
 * native step waits for SageMaker to finish and verifies the new config serves.
 */
export async function watchNative(
  r: RolloutState,
  step: PlanStep,
  monitor: GateMonitor,
  last: boolean,
): Promise<BakeVerdict> {
  const clock = r.o.clock;
  const needTraffic = step.action === 'native-update';
  let bakeEnd = needTraffic ? Infinity : r.now() + ((step.updateSeconds ?? 0) + step.bakeSeconds) * 1000;
  const provisionDeadline = r.now() + r.o.spec.rollback.stepTimeoutSeconds * 1000;
  for (;;) {
    r.checkCancelled();
    r.checkDeadline();
    const cmd = await r.readControl(ALL);
    if (cmd?.kind === 'abort') {
      r.emit('control-command', { command: cmd, acknowledged: true, note: 'rolling back' });
      throw new RolloutAbort('aborted', 'abort requested through the control tag');
    }
    if (cmd)
      r.emit('control-command', {
        command: cmd,
        acknowledged: false,
        note: 'not possible during a native deployment: SageMaker keeps its own timers',
      });
    await r.renewLockIfDue();
    if (r.nativeInFlight && r.now() > r.nativeDeadlineAt) {
      throw new RolloutAbort(
        'timeout',
        `the native update did not finish within its MaximumExecutionTimeout plus the step timeout`,
      );
    }
    if (r.nativeInFlight) {
      const state = await r.describe();
      if (!state || SETTLED.has(state.status)) {
        r.nativeInFlight = false;
        r.verify(state, { config: r.layout.native.name }, `native update to ${r.layout.native.name}`);
        // Later steps (the watch after promotion) read the variant the new config serves under.
        r.servingVariant = r.layout.native.production[0].name;
        r.emit('provisioned', { endpointConfig: r.layout.native.name, model: r.layout.model });
        r.emit('traffic-shifted', {
          stepIndex: step.index,
          traffic: { baseline: 0, candidate: 100 },
          shadowPercent: 0,
        });
        bakeEnd = Math.min(bakeEnd, r.now());
      }
    }
    const e = await monitor.evaluate(false);
    if (e?.status === 'fail')
      return { status: 'fail', results: e.results, promotedByCommand: false, last: e };
    if (bakeEnd === Infinity) {
      const first = e?.data.series.candidate.find((p) => p.invocations > 0);
      if (first) bakeEnd = first.start + step.bakeSeconds * 1000;
      else if (r.now() > provisionDeadline)
        throw new RolloutAbort(
          'timeout',
          `the new fleet took no traffic within ${r.o.spec.rollback.stepTimeoutSeconds}s`,
        );
    }
    if (r.now() >= bakeEnd && (!last || !r.nativeInFlight)) break;
    const wake = Math.min(
      r.now() + r.t.pollSeconds * 1000,
      monitor.nextDue(),
      bakeEnd > r.now() ? bakeEnd : Infinity,
    );
    await clock.sleep(Math.max(1, wake - r.now()), r.o.signal);
  }
  // The phase's verdict; CloudWatch unreadable right now is retried each poll (the deadline bounds it).
  for (;;) {
    const f = await monitor.evaluate(true);
    if (f) return { status: f.status, results: f.results, promotedByCommand: false, last: f };
    r.checkCancelled();
    r.checkDeadline();
    await clock.sleep(r.t.pollSeconds * 1000, r.o.signal);
  }
}
