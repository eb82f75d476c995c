import type { Gate, Spec, TrafficMode } from '../spec/types.js';
import { gateAlarmName } from './names.js';
import type { NativeDeployment, Outcome, PlanStep, StepAction } from './types.js';

/** What a strategy returns: its steps in order (indexes and outcomes are filled in by planRollout). */
export interface StrategyPlan {
  mode: TrafficMode;
  /** True when SageMaker requires the candidate to keep the baseline's variant name (native updates). */
  sameVariantName: boolean;
  steps: DraftStep[];
  /** Remarks specific to the strategy (rounding to instances and the like). */
  notes: string[];
}

/** A step before planRollout numbers it and decides its pass outcome. */
export interface DraftStep {
  name: string;
  action: StepAction;
  traffic: { baseline: number; candidate: number };
  shadowPercent?: number;
  instances: { baseline: number; candidate: number };
  updateSeconds: number;
  bakeSeconds: number;
  /** Extra gate ids evaluated with the spec's (`agreement`, `ab-test`). */
  extraGates?: string[];
  /** Overrides of the outcomes planRollout would choose. */
  onPass?: Outcome;
  onInconclusive?: Outcome;
  native?: NativeDeployment;
  /** Native phases cannot be extended: SageMaker keeps its own timer. */
  extendable: boolean;
}

/** True for a gate that needs the baseline serving traffic beside the candidate (ratio or test). */
export function isComparative(g: Gate): boolean {
  return g.kind === 'metric' && (g.maxRatioToBaseline !== undefined || g.test !== undefined);
}

/** Rounds a percentage to one decimal (native splits follow whole instances: 1 of 3 is 33.3%). */
export function pct(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The gates evaluated at the end of a step: none without a bake; only absolute ones without a baseline. */
export function gatesForStep(spec: Spec, step: DraftStep): string[] {
  if (step.bakeSeconds <= 0) return [];
  const baselineServes = step.traffic.baseline > 0 || (step.shadowPercent ?? 0) > 0;
  const ids = spec.gates.rules.filter((g) => baselineServes || !isComparative(g)).map((g) => g.id);
  return [...ids, ...(step.extraGates ?? [])];
}

/** Alarm names handed to SageMaker's AutoRollbackConfiguration for a native update. */
export function nativeAlarms(spec: Spec): string[] {
  if (!spec.rollback.enabled) return [];
  const out: string[] = [];
  for (const g of spec.gates.rules) {
    if (g.kind === 'alarm') out.push(g.alarm);
    else if (spec.rollback.createAlarms && (g.max !== undefined || g.min !== undefined)) {
      out.push(gateAlarmName(spec.target.endpoint, g.id));
    }
  }
  return [...new Set(out)];
}

/** SageMaker's MaximumExecutionTimeoutInSeconds for a native update lasting `seconds`: 1.5× with bounds. */
export function nativeMaxExecution(seconds: number): number {
  return Math.min(28_800, Math.max(600, Math.ceil((seconds * 1.5) / 60) * 60));
}

/** The post-promotion watch: candidate alone, previous config kept for a redeploy. */
export function watchStep(spec: Spec): DraftStep | undefined {
  if (spec.rollback.watchSeconds <= 0) return undefined;
  return {
    name: 'watch after promotion',
    action: 'watch',
    traffic: { baseline: 0, candidate: 100 },
    instances: { baseline: 0, candidate: spec.target.instanceCount },
    updateSeconds: 0,
    bakeSeconds: spec.rollback.watchSeconds,
    extendable: false,
  };
}

/** Turns drafts into numbered plan steps with their gates, samples and outcomes. */
export function finishSteps(spec: Spec, drafts: DraftStep[]): PlanStep[] {
  return drafts.map((d, index) => {
    const gates = gatesForStep(spec, d);
    const last = index === drafts.length - 1;
    const onPass: Outcome = d.onPass ?? (last ? 'complete' : 'next');
    const hasMetricGates =
      gates.some((id) => spec.gates.rules.find((g) => g.id === id)?.kind === 'metric') ||
      (d.extraGates ?? []).length > 0;
    const onInconclusive: Outcome =
      d.onInconclusive ?? (spec.gates.onInconclusive === 'pass' ? onPass : 'rollback');
    const step: PlanStep = {
      index,
      name: d.name,
      action: d.action,
      traffic: d.traffic,
      shadowPercent: d.shadowPercent ?? 0,
      instances: d.instances,
      bakeSeconds: d.bakeSeconds,
      updateSeconds: d.updateSeconds,
      gates,
      minInvocations: hasMetricGates ? spec.gates.minInvocations : 0,
      maxExtensionSeconds: d.extendable && hasMetricGates ? spec.gates.maxExtensionSeconds : 0,
      onPass,
      onFail: 'rollback',
      onInconclusive: gates.length === 0 ? onPass : onInconclusive,
    };
    if (d.native) step.native = d.native;
    return step;
  });
}
