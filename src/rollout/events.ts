import type { Plan, PlanStep } from '../plan/types.js';

/**
 * What the rollout executor tells the world. Reporters (terminal, PR comment, check run, job
 * summary, deployment statuses) subscribe to these; nothing in the core knows who listens.
 * Every event carries the deployment id and the clock's time (ms since the epoch).
 */
export type RolloutEvent =
  | {
      type: 'deployment-started';
      at: number;
      deploymentId: string;
      plan: Plan;
      endpoint: string;
      resumed: boolean;
    }
  | {
      type: 'lock-acquired';
      at: number;
      deploymentId: string;
      owner: string;
      expiresAt: number;
      tookOverFrom?: string;
    }
  | { type: 'provisioned'; at: number; deploymentId: string; endpointConfig: string; model: string }
  | { type: 'step-started'; at: number; deploymentId: string; step: PlanStep }
  | {
      type: 'traffic-shifted';
      at: number;
      deploymentId: string;
      stepIndex: number;
      /** Percent of production traffic per variant as verified on the endpoint. */
      traffic: { baseline: number; candidate: number };
      shadowPercent: number;
    }
  | { type: 'metrics-read'; at: number; deploymentId: string; stepIndex: number; window: MetricWindow }
  | { type: 'gate-evaluated'; at: number; deploymentId: string; stepIndex: number; result: GateResult }
  | {
      type: 'bake-extended';
      at: number;
      deploymentId: string;
      stepIndex: number;
      bySeconds: number;
      reason: string;
    }
  | {
      type: 'control-command';
      at: number;
      deploymentId: string;
      command: ControlCommand;
      acknowledged: boolean;
      note?: string;
    }
  | { type: 'step-passed'; at: number; deploymentId: string; stepIndex: number }
  | { type: 'promoted'; at: number; deploymentId: string; endpointConfig: string }
  | { type: 'rolling-back'; at: number; deploymentId: string; reason: RollbackReason; detail: string }
  | { type: 'rolled-back'; at: number; deploymentId: string; endpointConfig: string; verified: boolean }
  | { type: 'rollback-failed'; at: number; deploymentId: string; error: string; state: EndpointSnapshot }
  | { type: 'warning'; at: number; deploymentId: string; message: string }
  | { type: 'done'; at: number; deploymentId: string; outcome: RolloutOutcome; summary: string };

export type RolloutOutcome = 'promoted' | 'rolled-back' | 'refused' | 'unsafe' | 'kept-baseline';

export type RollbackReason =
  'gate-failed' | 'api-error' | 'timeout' | 'cancelled' | 'aborted' | 'verification-failed';

export type ControlCommand =
  | { kind: 'promote' }
  | { kind: 'abort' }
  | { kind: 'hold' }
  | { kind: 'resume' }
  | { kind: 'extend'; seconds: number };

/** One evaluation window: per-variant figures read from CloudWatch (latency in milliseconds). */
export interface MetricWindow {
  start: number;
  end: number;
  variants: Record<'baseline' | 'candidate', VariantFigures | undefined>;
}

export interface VariantFigures {
  invocations: number;
  errors5xx: number;
  errors4xx: number;
  modelErrors: number;
  latencyAvgMs?: number;
  /** ModelLatency SampleCount behind the latency figures (added by the rollout engine). */
  latencySamples?: number;
  /** Percentiles by name, e.g. { p50: 12.3, p99: 80.1 }. */
  latencyMs: Record<string, number>;
}

export type GateStatus = 'pass' | 'fail' | 'inconclusive';

export interface GateResult {
  gateId: string;
  status: GateStatus;
  /** One line a human reads: "error_rate 0.4% ≤ 1% (n=1,204)". */
  summary: string;
  evidence: GateEvidence;
}

export interface GateEvidence {
  metric?: string;
  candidate?: number;
  baseline?: number;
  threshold?: number;
  ratio?: number;
  samples?: { candidate: number; baseline?: number };
  pValue?: number;
  alpha?: number;
  test?: string;
  alarmState?: string;
}

/** The endpoint as last described, for reports of what was left where. */
export interface EndpointSnapshot {
  endpoint: string;
  status: string;
  endpointConfig?: string;
  failureReason?: string;
  variants: Array<{ name: string; weight: number; instances: number; shadow?: boolean }>;
}

export type RolloutListener = (event: RolloutEvent) => void;
