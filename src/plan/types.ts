import type { StrategyType, TrafficMode } from '../spec/types.js';

/**
 * A rollout plan: what the executor will do, step by step. Pure data, produced deterministically
 * from a spec by `planRollout()`; shown on the PR before anything moves and serialised by
 * `modelgate plan --json` (the `schemaVersion` changes when the shape does).
 */
export interface Plan {
  schemaVersion: 1;
  strategy: StrategyType;
  mode: TrafficMode;
  endpoint: string;
  model: string;
  /** Variant names used on the endpoint. */
  variants: { baseline: string; candidate: string };
  steps: PlanStep[];
  /** Sum of bakes, expected update times and the watch period, seconds (without extensions). */
  expectedDurationSeconds: number;
  /** Longest the plan may take if every bake is extended to its limit, seconds. */
  maxDurationSeconds: number;
  cost: PlanCost;
  /** Non-blocking remarks about the plan (e.g. a native mode that rounds weights to instances). */
  notes: string[];
}

export interface PlanCost {
  instanceType: string;
  /** On-demand USD per instance-hour, or null when the type is not in the price table. */
  hourlyUsd: number | null;
  /** Instance-hours beyond the baseline fleet that the rollout adds (second fleet, shadow, canary). */
  extraInstanceHours: number;
  /** extraInstanceHours × hourlyUsd, or null when the price is unknown. */
  extraUsd: number | null;
  /** Region the price table is for, and the date it was taken. */
  priceRegion: string;
  priceDate: string;
}

/** What the executor does at the start of a step. */
export type StepAction =
  /** Create the candidate variant/fleet (weight 0 or shadow) — no traffic moves yet. */
  | 'provision'
  /** Set production weights (driven mode, UpdateEndpointWeightsAndCapacities). */
  | 'shift'
  /** UpdateEndpoint with a DeploymentConfig; SageMaker moves traffic itself (native mode). */
  | 'native-update'
  /** Mirror traffic to a shadow variant. */
  | 'shadow'
  /** Fixed split for an A/B test, decided by a statistical test at the end. */
  | 'experiment'
  /** Make the candidate the only production variant and retire the baseline fleet. */
  | 'finalize'
  /** Keep gates running after 100% (post-promotion watch); the previous config is kept. */
  | 'watch';

export type Outcome = 'next' | 'rollback' | 'extend' | 'complete' | 'keep-baseline';

export interface PlanStep {
  index: number;
  /** Short, human name, e.g. `canary 10%`. */
  name: string;
  action: StepAction;
  /** Production traffic percent per variant after the step starts (sums to 100). */
  traffic: { baseline: number; candidate: number };
  /** Percent of production requests mirrored to the candidate as a shadow (0 when none). */
  shadowPercent: number;
  /** Instances per fleet while this step runs (for cost and for native modes). */
  instances: { baseline: number; candidate: number };
  /** Time the step holds before its gates decide, seconds. */
  bakeSeconds: number;
  /** Ids of the gates evaluated at the end of this step (from the spec's gates, plus `ab-test`/`agreement`). */
  gates: string[];
  minInvocations: number;
  /** Longest extension of the bake while gates are inconclusive, seconds. */
  maxExtensionSeconds: number;
  onPass: Outcome;
  onFail: Outcome;
  onInconclusive: Outcome;
  /** For native-update steps: the DeploymentConfig the provider sends (SageMaker's shape). */
  native?: NativeDeployment;
}

export interface NativeDeployment {
  policy: 'blue-green' | 'rolling';
  /** BlueGreen: ALL_AT_ONCE | CANARY | LINEAR with the size as percent of capacity. */
  trafficRouting?: { type: 'ALL_AT_ONCE' | 'CANARY' | 'LINEAR'; sizePercent?: number; waitSeconds: number };
  terminationWaitSeconds?: number;
  /** Rolling: batch and rollback batch as percent of capacity. */
  rolling?: { batchPercent: number; waitSeconds: number; rollbackBatchPercent: number };
  maxExecutionSeconds: number;
  /** Alarm names given to AutoRollbackConfiguration. */
  alarms: string[];
}
