import type { AlarmRecord } from './alarms.js';
import { allVariants, setStatus, totalInstances } from './fleet.js';
import { globMatch } from './profiles.js';
import type { ScheduledEvent } from './scheduler.js';
import type { Simulation } from './simulation.js';
import type { DeploymentView, EndpointRecord, Fleet, Json } from './state.js';

/** The traffic plan of an UpdateEndpoint, resolved and validated from its DeploymentConfig. */
export type UpdatePlan =
  | {
      kind: 'blue-green';
      /** Green traffic fractions, one step each, the last being 1. */
      steps: number[];
      /** Bake after each step (ms). */
      waitMs: number;
      /** Final bake at full traffic before the blue fleet is terminated (ms). */
      terminationWaitMs: number;
      /** Label of the traffic step for status messages: canary / linear / all-at-once. */
      mode: 'ALL_AT_ONCE' | 'CANARY' | 'LINEAR';
      timeoutMs?: number;
      alarms: string[];
      /** Explicit guardrail deployment (publishes EndpointConfigName-dimension metrics). */
      guardrail: boolean;
    }
  | {
      kind: 'rolling';
      batch: number;
      rollbackBatch: number;
      waitMs: number;
      timeoutMs?: number;
      alarms: string[];
      guardrail: true;
    };

const plural = (n: number, word: string) => `${n} ${word}(s)`;

/** Common plumbing: the endpoint, scheduling that can be cancelled, and the view the router reads. */
abstract class Process implements DeploymentView {
  abstract readonly kind: DeploymentView['kind'];
  green?: Fleet;
  greenFraction = 0;
  readonly startTime: number;
  active = true;
  protected pending?: ScheduledEvent;

  constructor(
    protected readonly sim: Simulation,
    protected readonly e: EndpointRecord,
  ) {
    this.startTime = sim.now;
  }

  protected later(ms: number, label: string, fn: () => void): void {
    this.pending = this.sim.after(ms, `${this.e.name}: ${label}`, () => {
      this.pending = undefined;
      if (this.active) fn();
    });
  }

  protected cancelPending(): void {
    if (this.pending) this.pending.cancelled = true;
    this.pending = undefined;
  }

  protected touch(): void {
    this.e.lastModifiedTime = this.sim.now;
    this.sim.recordRouting(this.e);
  }
}

/** Faults of the scenario that apply to a create/update starting now on this endpoint. */
function stuckFault(sim: Simulation, e: EndpointRecord) {
  return sim.activeFaults('stuckEndpoint').find((f) => globMatch(f.endpoint, e.name));
}

function updateFailureFault(sim: Simulation, e: EndpointRecord) {
  return sim.activeFaults('updateFailure').find((f) => globMatch(f.endpoint, e.name));
}

function pingFailure(f: Fleet): string {
  return `The primary container for production variant ${f.variants[0]?.name ?? 'AllTraffic'} did not pass the ping health check. Please check CloudWatch logs for this endpoint.`;
}

/** CreateEndpoint: Creating → InService (or stuck, or Failed after the fault's failAfter). */
export class CreateProcess extends Process {
  readonly kind = 'create' as const;

  constructor(sim: Simulation, e: EndpointRecord, fleet: Fleet) {
    super(sim, e);
    this.green = fleet;
  }

  start(): void {
    const g = this.green!;
    setStatus(g, this.sim.now, 'Creating', `Launching ${plural(totalInstances(g), 'instance')}.`);
    const stuck = stuckFault(this.sim, this.e);
    if (stuck) {
      if (stuck.failAfter !== undefined)
        this.later(stuck.failAfter, 'create failed', () => this.fail(stuck.reason ?? pingFailure(g)));
      return;
    }
    this.later(this.sim.timings.createEndpoint, 'created', () => this.finish());
  }

  private finish(): void {
    const g = this.green!;
    for (const v of allVariants(g)) v.currentInstanceCount = v.desiredInstanceCount;
    setStatus(g, this.sim.now, undefined);
    this.active = false;
    this.e.fleet = g;
    this.e.deployment = undefined;
    this.e.status = 'InService';
    this.touch();
  }

  private fail(reason: string): void {
    setStatus(this.green!, this.sim.now, undefined);
    this.active = false;
    this.e.deployment = undefined;
    this.e.status = 'Failed';
    this.e.failureReason = reason;
    this.touch();
  }
}

/** UpdateEndpointWeightsAndCapacities: Updating with Desired ≠ Current, then InService. */
export class WeightsProcess extends Process {
  readonly kind = 'weights' as const;

  constructor(
    sim: Simulation,
    e: EndpointRecord,
    private readonly changes: Array<{
      VariantName: string;
      DesiredWeight?: number;
      DesiredInstanceCount?: number;
    }>,
  ) {
    super(sim, e);
  }

  start(): void {
    const fleet = this.e.fleet!;
    let scaling = false;
    for (const c of this.changes) {
      const v = allVariants(fleet).find((x) => x.name === c.VariantName)!;
      if (c.DesiredWeight !== undefined) v.desiredWeight = c.DesiredWeight;
      if (c.DesiredInstanceCount !== undefined && c.DesiredInstanceCount !== v.desiredInstanceCount) {
        v.desiredInstanceCount = c.DesiredInstanceCount;
        scaling = true;
        const verb = c.DesiredInstanceCount > v.currentInstanceCount ? 'out' : 'in';
        v.statuses = [
          {
            Status: 'Updating',
            StatusMessage: `Scaling ${verb} desired instance count to ${c.DesiredInstanceCount}.`,
            StartTime: this.sim.now,
          },
        ];
      } else if (c.DesiredWeight !== undefined) {
        v.statuses = [
          {
            Status: 'Updating',
            StatusMessage: `Updating variant weight to ${c.DesiredWeight}.`,
            StartTime: this.sim.now,
          },
        ];
      }
    }
    this.e.status = 'Updating';
    this.touch();
    const ms = Math.max(this.sim.timings.updateWeights, scaling ? this.sim.timings.scaleInstances : 0);
    this.later(ms, 'weights applied', () => {
      for (const v of allVariants(fleet)) {
        v.currentWeight = v.desiredWeight;
        v.currentInstanceCount = v.desiredInstanceCount;
        v.statuses = [];
      }
      this.active = false;
      this.e.deployment = undefined;
      this.e.status = 'InService';
      this.touch();
    });
  }
}

/**
 * UpdateEndpoint: blue/green (ALL_AT_ONCE, CANARY, LINEAR with bakes and a final
 * TerminationWait bake) or rolling batches, with alarm-driven automatic rollback, the execution
 * timeout, and scenario faults (launch failure, rollback failure, a fleet that never gets healthy).
 * A failed or rolled-back update ends InService on the old config with FailureReason set; a failed
 * rollback ends in UpdateRollbackFailed with both fleets serving.
 */
export class UpdateProcess extends Process {
  readonly kind = 'update' as const;
  private watching = false;
  private rollingBack = false;
  private unsubscribe?: () => void;
  private timeout?: ScheduledEvent;
  private readonly fault;
  private readonly stuck;
  /** Rolling: green instances serving / blue instances still up. */
  private greenActive = 0;
  private blueActive = 0;

  constructor(
    sim: Simulation,
    e: EndpointRecord,
    green: Fleet,
    private readonly plan: UpdatePlan,
    private readonly deploymentConfig: Json | undefined,
  ) {
    super(sim, e);
    this.green = green;
    this.fault = updateFailureFault(sim, e);
    this.stuck = stuckFault(sim, e);
  }

  private get blue(): Fleet {
    return this.e.fleet!;
  }

  start(): void {
    this.e.status = 'Updating';
    this.e.failureReason = undefined;
    if (this.plan.guardrail) this.e.configDimension = true;
    if (this.plan.alarms.length) {
      this.unsubscribe = this.sim.alarms.onChange((alarm) => this.onAlarm(alarm));
    }
    if (this.plan.timeoutMs !== undefined) {
      this.timeout = this.sim.after(this.plan.timeoutMs, `${this.e.name}: execution timeout`, () => {
        if (this.active && !this.rollingBack) {
          this.rollback(
            `Deployment exceeded MaximumExecutionTimeoutInSeconds (${this.plan.timeoutMs! / 1000} seconds); traffic was rolled back to the previous endpoint configuration.`,
          );
        }
      });
    }
    this.touch();
    if (this.plan.kind === 'blue-green') this.launchGreen();
    else {
      this.blueActive = this.blue.variants[0].currentInstanceCount;
      this.rollingBatch(1);
    }
  }

  // ── alarms ──────────────────────────────────────────────────────────────────────────────

  private onAlarm(alarm: AlarmRecord): void {
    if (this.watching && this.plan.alarms.includes(alarm.AlarmName) && alarm.StateValue === 'ALARM')
      this.alarmRollback([alarm.AlarmName]);
  }

  private bake(ms: number, message: string, next: () => void): void {
    setStatus(this.green!, this.sim.now, 'Baking', message);
    this.watching = true;
    this.touch();
    const firing = this.plan.alarms.filter((n) => this.sim.alarms.alarms.get(n)?.StateValue === 'ALARM');
    if (firing.length) return this.alarmRollback(firing);
    this.later(ms, 'bake done', () => {
      this.watching = false;
      next();
    });
  }

  private alarmRollback(names: string[]): void {
    if (this.rollingBack || !this.active) return;
    this.rollback(
      `Deployment was rolled back because CloudWatch alarm(s) [${names.join(', ')}] went into ALARM state during the baking period; all traffic was shifted back to the previous endpoint configuration.`,
    );
  }

  // ── launching, shared by both modes ──────────────────────────────────────────────────────

  /** Launches `count` green instances; calls `done` unless a fault intervenes. */
  private launch(count: number, batch: number, done: () => void): void {
    setStatus(this.green!, this.sim.now, 'Creating', `Launching ${plural(count, 'instance')}.`);
    this.touch();
    if (this.stuck) {
      const failAfter = this.stuck.failAfter;
      if (failAfter !== undefined)
        this.later(failAfter, 'launch failed', () =>
          this.rollback(this.stuck?.reason ?? pingFailure(this.green!)),
        );
      return; // never becomes healthy: only the timeout or failAfter ends it
    }
    this.later(this.sim.timings.provisionFleet, 'launched', () => {
      if (this.fault?.failLaunch && batch >= this.fault.batch)
        return this.rollback(this.fault.reason ?? pingFailure(this.green!));
      done();
    });
  }

  // ── blue/green ────────────────────────────────────────────────────────────────────────────

  private launchGreen(): void {
    this.launch(totalInstances(this.green!), 1, () => this.shift(0));
  }

  private shift(step: number): void {
    const plan = this.plan as Extract<UpdatePlan, { kind: 'blue-green' }>;
    const fraction = plan.steps[step];
    const total = totalInstances(this.green!);
    const instances = Math.max(1, Math.ceil(fraction * total));
    const full = fraction >= 1;
    const capacity = full
      ? `full capacity of ${plural(total, 'instance')}`
      : `${plan.mode === 'CANARY' ? 'canary' : 'linear step'} capacity of ${plural(instances, 'instance')}`;
    this.greenFraction = fraction;
    for (const v of allVariants(this.green!))
      v.currentInstanceCount = full
        ? v.desiredInstanceCount
        : Math.max(1, Math.ceil(fraction * v.desiredInstanceCount));
    setStatus(this.green!, this.sim.now, 'ActivatingTraffic', `Activating traffic on ${capacity}.`);
    this.touch();
    const afterStep = () => {
      if (step + 1 < plan.steps.length) return this.shift(step + 1);
      if (plan.terminationWaitMs > 0) {
        return this.bake(
          plan.terminationWaitMs,
          `Baking for ${plan.terminationWaitMs / 1000} seconds (TerminationWaitInSeconds) with traffic enabled on ${capacity}.`,
          () => this.terminateBlue(),
        );
      }
      this.terminateBlue();
    };
    if (plan.waitMs > 0)
      this.bake(
        plan.waitMs,
        `Baking for ${plan.waitMs / 1000} seconds (WaitIntervalInSeconds) with traffic enabled on ${capacity}.`,
        afterStep,
      );
    else afterStep();
  }

  private terminateBlue(): void {
    this.watching = false;
    setStatus(this.green!, this.sim.now, undefined);
    setStatus(
      this.blue,
      this.sim.now,
      'Deleting',
      `Terminating ${plural(totalInstances(this.blue), 'instance')}.`,
    );
    this.touch();
    this.later(this.sim.timings.terminateFleet, 'blue terminated', () => this.promote());
  }

  // ── rolling ───────────────────────────────────────────────────────────────────────────────

  private rollingBatch(batch: number): void {
    const plan = this.plan as Extract<UpdatePlan, { kind: 'rolling' }>;
    const target = this.green!.variants[0].desiredInstanceCount;
    const n = Math.min(plan.batch, target - this.greenActive);
    if (n <= 0) {
      // Every batch is on the new fleet; any blue capacity left (a smaller new fleet) goes now.
      this.blueActive = 0;
      return this.promote();
    }
    this.launch(n, batch, () => {
      this.greenActive += n;
      this.green!.variants[0].currentInstanceCount = this.greenActive;
      this.greenFraction = this.greenActive / target;
      setStatus(
        this.green!,
        this.sim.now,
        'ActivatingTraffic',
        `Activating traffic on ${plural(n, 'instance')} of the new fleet.`,
      );
      const drop = Math.min(n, this.blueActive);
      setStatus(this.blue, this.sim.now, 'Deleting', `Terminating ${plural(drop, 'instance')}.`);
      this.touch();
      this.later(this.sim.timings.terminateFleet, 'old batch terminated', () => {
        this.blueActive -= drop;
        this.blue.variants[0].currentInstanceCount = this.blueActive;
        setStatus(this.blue, this.sim.now, undefined);
        const capacity = `${plural(this.greenActive, 'instance')} of the new fleet`;
        if (plan.waitMs > 0)
          this.bake(
            plan.waitMs,
            `Baking for ${plan.waitMs / 1000} seconds (WaitIntervalInSeconds) with traffic enabled on ${capacity}.`,
            () => this.rollingBatch(batch + 1),
          );
        else this.rollingBatch(batch + 1);
      });
    });
  }

  // ── endings ───────────────────────────────────────────────────────────────────────────────

  private end(): void {
    this.active = false;
    this.watching = false;
    this.cancelPending();
    if (this.timeout) this.timeout.cancelled = true;
    this.unsubscribe?.();
  }

  private promote(): void {
    this.end();
    const g = this.green!;
    for (const v of allVariants(g)) {
      v.currentInstanceCount = v.desiredInstanceCount;
      v.currentWeight = v.desiredWeight;
    }
    setStatus(g, this.sim.now, undefined);
    this.e.fleet = g;
    this.e.configName = g.config.name;
    this.e.deployment = undefined;
    this.e.status = 'InService';
    this.e.failureReason = undefined;
    if (this.deploymentConfig) this.e.lastDeploymentConfig = this.deploymentConfig;
    this.touch();
  }

  /** Stops the deployment and moves all traffic back to the blue fleet. */
  private rollback(reason: string): void {
    if (!this.active || this.rollingBack) return;
    this.rollingBack = true;
    this.watching = false;
    this.cancelPending();
    if (this.timeout) this.timeout.cancelled = true;
    if (this.fault?.rollbackFails) {
      // The rollback itself fails: both fleets stay up and keep serving, traffic where it was.
      this.later(this.sim.timings.provisionFleet, 'rollback failed', () => {
        this.end();
        this.active = false;
        this.e.status = 'UpdateRollbackFailed';
        this.e.failureReason = `${reason} The rollback failed: ${this.fault?.reason ?? 'instances of the previous endpoint configuration could not be launched'}.`;
        setStatus(this.blue, this.sim.now, undefined);
        setStatus(this.green!, this.sim.now, undefined);
        this.touch();
      });
      return;
    }
    if (this.plan.kind === 'rolling' && this.greenActive > 0) return this.rollingRollbackBatch(reason);
    this.greenFraction = 0;
    for (const v of allVariants(this.blue)) v.currentInstanceCount = v.desiredInstanceCount;
    setStatus(this.blue, this.sim.now, undefined);
    setStatus(
      this.green!,
      this.sim.now,
      'Deleting',
      `Terminating ${plural(totalInstances(this.green!), 'instance')}.`,
    );
    this.touch();
    this.later(this.sim.timings.terminateFleet, 'green terminated', () => this.rolledBack(reason));
  }

  private rollingRollbackBatch(reason: string): void {
    const plan = this.plan as Extract<UpdatePlan, { kind: 'rolling' }>;
    const n = Math.min(plan.rollbackBatch, this.greenActive);
    const blueTarget = this.blue.variants[0].desiredInstanceCount;
    setStatus(this.blue, this.sim.now, 'Creating', `Launching ${plural(n, 'instance')}.`);
    this.touch();
    this.later(this.sim.timings.provisionFleet, 'old capacity relaunched', () => {
      this.greenActive -= n;
      this.blueActive = Math.min(blueTarget, this.blueActive + n);
      this.blue.variants[0].currentInstanceCount = this.blueActive;
      this.green!.variants[0].currentInstanceCount = this.greenActive;
      this.greenFraction = this.greenActive / this.green!.variants[0].desiredInstanceCount;
      setStatus(this.blue, this.sim.now, undefined);
      setStatus(this.green!, this.sim.now, 'Deleting', `Terminating ${plural(n, 'instance')}.`);
      this.touch();
      this.later(this.sim.timings.terminateFleet, 'new batch terminated', () => {
        if (this.greenActive > 0) return this.rollingRollbackBatch(reason);
        this.rolledBack(reason);
      });
    });
  }

  private rolledBack(reason: string): void {
    this.end();
    for (const v of allVariants(this.blue)) v.currentInstanceCount = v.desiredInstanceCount;
    setStatus(this.blue, this.sim.now, undefined);
    this.greenFraction = 0;
    this.e.deployment = undefined;
    this.e.status = 'InService';
    this.e.failureReason = reason;
    this.touch();
  }
}
