import type { Gate, StrategyType, TrafficMode } from '../spec/types.js';

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
  /**
   * Variant names used on the endpoint. `baseline` is the live production variant (`target.variant`,
   * default `AllTraffic`). `candidate` is `<model.name>-<8 hex>` (see `candidateModel`) in driven, shadow
   * and A/B plans; in native plans SageMaker requires the new config to keep the variant name, so it
   * equals `baseline` and only the model behind it changes.
   */
  variants: { baseline: string; candidate: string };
  /**
   * SageMaker model name for the candidate: `<model.name>-<first 8 hex of model.sha256>`, or of a
   * sha256 over artifact, image and model-package ARN when no sha256 is given. Always set by planRollout.
   */
  candidateModel?: string;
  /** Instances in the production fleet (`target.instanceCount`). Always set by planRollout. */
  instanceCount?: number;
  /** The spec's gate rules with their ids, as the steps' `gates` refer to them. Always set by planRollout. */
  gates?: Gate[];
  /**
   * `rollback.enabled`: when false, a step's `rollback` outcome stops the rollout and leaves the endpoint
   * as it is for a human to decide. Always set by planRollout.
   */
  autoRollback?: boolean;
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
  /**
   * A later phase of a native deployment started by the previous `native-update` step: SageMaker moves
   * the traffic itself; modelgate calls nothing, watches the phase and evaluates its gates.
   */
  | 'native-phase'
  /** Keep gates running after 100% (post-promotion watch); the previous config is kept. */
  | 'watch';

/**
 * What a step's gate verdict leads to. `next`: go on to the next step; `complete`: the rollout is done
 * (promoted); `rollback`: restore the previous config; `keep-baseline`: remove the candidate and keep
 * the baseline, as a success (a discarded shadow, an A/B test without a winner). planRollout never
 * emits `extend`: extensions are given by `maxExtensionSeconds`, and `onInconclusive` is the outcome once
 * they are used up.
 */
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
  /**
   * Estimated time of the endpoint change at the step's start (launching a fleet, shifting weights),
   * seconds; the step lasts updateSeconds + bakeSeconds. Always set by planRollout.
   */
  updateSeconds?: number;
  /** Ids of the gates evaluated at the end of this step (from the spec's gates, plus `ab-test`/`agreement`). */
  gates: string[];
  minInvocations: number;
  /**
   * Longest extension of the bake while gates are inconclusive, seconds. The executor extends while
   * this budget lasts; `onInconclusive` is what happens once it is used up (or at once when it is 0).
   */
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
