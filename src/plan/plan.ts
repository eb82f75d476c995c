import { formatDuration } from '../spec/duration.js';
import type { Spec, StrategySpec } from '../spec/types.js';
import { planCost } from './cost.js';
import { finishSteps, isComparative, type StrategyPlan } from './kit.js';
import { candidateModelName } from './names.js';
import { planAbTest } from './strategies/ab-test.js';
import { planAllAtOnce } from './strategies/all-at-once.js';
import { planBlueGreen } from './strategies/blue-green.js';
import { planCanary } from './strategies/canary.js';
import { planLinear } from './strategies/linear.js';
import { planRolling } from './strategies/rolling.js';
import { planShadow } from './strategies/shadow.js';
import { TIMING } from './timing.js';
import type { Plan, PlanCost, PlanStep } from './types.js';

function strategyPlan(spec: Spec, s: StrategySpec): StrategyPlan {
  switch (s.type) {
    case 'all-at-once':
      return planAllAtOnce(spec, s);
    case 'canary':
      return planCanary(spec, s);
    case 'linear':
      return planLinear(spec, s);
    case 'blue-green':
      return planBlueGreen(spec, s);
    case 'shadow':
      return planShadow(spec, s);
    case 'ab-test':
      return planAbTest(spec, s);
    case 'rolling':
      return planRolling(spec, s);
  }
}

/**
 * The rollout a (valid, normalised) spec describes, step by step, with its expected and longest
 * duration and what it adds to the bill. Pure and deterministic: the same spec always gives the same
 * plan, and nothing is read from the outside world.
 */
export function planRollout(spec: Spec): Plan {
  const sp = strategyPlan(spec, spec.strategy);
  const steps = finishSteps(spec, sp.steps);
  const candidateModel = candidateModelName(spec.model);
  const baseline = spec.target.variant ?? 'AllTraffic';
  const expected = steps.reduce((t, s) => t + (s.updateSeconds ?? 0) + s.bakeSeconds, 0);
  const extensions = steps.reduce((t, s) => t + s.maxExtensionSeconds, 0);
  const cost = planCost(spec, steps);
  return {
    schemaVersion: 1,
    strategy: spec.strategy.type,
    mode: sp.mode,
    endpoint: spec.target.endpoint,
    model: spec.model.name,
    variants: { baseline, candidate: sp.sameVariantName ? baseline : candidateModel },
    candidateModel,
    instanceCount: spec.target.instanceCount,
    gates: spec.gates.rules,
    autoRollback: spec.rollback.enabled,
    steps,
    expectedDurationSeconds: expected,
    maxDurationSeconds: expected + extensions,
    cost,
    notes: [...sp.notes, ...planNotes(spec, steps, expected + extensions, cost)],
  };
}

/** Seconds the native SageMaker update (its update and phase steps) is expected to take. */
export function nativeUpdateSeconds(steps: readonly PlanStep[]): number {
  return steps
    .filter((s) => s.action === 'native-update' || s.action === 'native-phase')
    .reduce((t, s) => t + (s.updateSeconds ?? 0) + s.bakeSeconds, 0);
}

function planNotes(spec: Spec, steps: PlanStep[], maxSeconds: number, cost: PlanCost): string[] {
  const notes: string[] = [];
  const rules = spec.gates.rules;
  if (rules.length === 0) notes.push('no gates: every step passes once its bake is over');

  const evaluated = new Set(steps.flatMap((s) => s.gates));
  const skipped = rules.filter(
    (g) =>
      isComparative(g) &&
      steps.some((s) => s.bakeSeconds > 0 && s.gates.length > 0 && !s.gates.includes(g.id)),
  );
  if (skipped.length > 0) {
    notes.push(
      `${skipped.map((g) => g.id).join(', ')} compare${skipped.length === 1 ? 's' : ''} with the baseline and ${skipped.length === 1 ? 'is' : 'are'} not evaluated in steps where the baseline serves no traffic`,
    );
  }
  const native = steps.find((s) => s.native)?.native;
  if (native && spec.rollback.enabled) {
    const watchedByAlarms = new Set(native.alarms);
    const notAlarms = rules.filter(
      (g) =>
        evaluated.has(g.id) &&
        !(g.kind === 'alarm' && watchedByAlarms.has(g.alarm)) &&
        !(g.kind === 'metric' && spec.rollback.createAlarms && (g.max !== undefined || g.min !== undefined)),
    );
    if (notAlarms.length > 0) {
      notes.push(
        `SageMaker rolls a native update back on alarms only: ${notAlarms.map((g) => g.id).join(', ')} ${notAlarms.length === 1 ? 'is' : 'are'} evaluated by modelgate at the end of each phase`,
      );
    }
    const nativeSeconds = nativeUpdateSeconds(steps);
    if (spec.rollback.stepTimeoutSeconds < nativeSeconds) {
      notes.push(
        `the native update is expected to take ${formatDuration(nativeSeconds)}, longer than rollback.stepTimeout (${formatDuration(spec.rollback.stepTimeoutSeconds)}); raise stepTimeout so the wait for InService does not time out`,
      );
    }
  }
  if (!spec.rollback.enabled) {
    notes.push('automatic rollback is off: a failed gate stops the rollout and leaves the endpoint as it is');
  }
  if (spec.rollback.stepTimeoutSeconds < TIMING.provisionSeconds) {
    notes.push(
      `rollback.stepTimeout (${formatDuration(spec.rollback.stepTimeoutSeconds)}) is shorter than a typical fleet launch (${formatDuration(TIMING.provisionSeconds)})`,
    );
  }
  if (maxSeconds > spec.rollback.deadlineSeconds) {
    notes.push(
      `with every bake extended the rollout could take ${formatDuration(maxSeconds)}, past rollback.deadline (${formatDuration(spec.rollback.deadlineSeconds)})`,
    );
  }
  if (cost.hourlyUsd === null) {
    notes.push(`no price for ${spec.target.instanceType} in the price table: cost unknown`);
  } else if (spec.target.region !== cost.priceRegion && spec.target.provider === 'sagemaker') {
    notes.push(`prices are ${cost.priceRegion} list prices; ${spec.target.region} may differ`);
  }
  return notes;
}
