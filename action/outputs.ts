import * as core from '@actions/core';
import type { Plan } from '../src/plan/types.js';

/** The action's outputs, as action.yml declares them (test/action/inputs.test.ts compares the two). */
export const OUTPUTS = [
  'decision',
  'reason-code',
  'final-status',
  'deployment-id',
  'endpoint-config',
  'report-path',
  'plan-json',
] as const;

export type Decision = 'allow' | 'deny' | 'skip';

export const FINAL_STATUSES = [
  'planned',
  'promoted',
  'rolled-back',
  'kept-baseline',
  'unsafe',
  'refused',
  'restored',
  'command-sent',
  'skipped',
] as const;
export type FinalStatus = (typeof FINAL_STATUSES)[number];

/** Stable machine-readable reasons (output `reason-code`), documented in README.md. */
export const REASON_CODES = [
  'ok',
  'policy_denied',
  'checks_failed',
  'invalid_spec',
  'invalid_policy',
  'invalid_input',
  'fork_pull_request',
  'untrusted_pull_request_target',
  'deployment_refused',
  'gate_failed',
  'api_error',
  'timeout',
  'cancelled',
  'aborted',
  'verification_failed',
  'rollback_failed',
  'kept_baseline',
  'rollback_refused',
  'no_rollout_running',
  'permission_denied',
  'unknown_command',
  'not_a_pull_request',
  'not_a_command',
  'internal_error',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** What one run of the action did; main.ts turns it into outputs and the step's success or failure. */
export interface ActionResult {
  decision: Decision;
  reasonCode: ReasonCode;
  finalStatus: FinalStatus;
  /** One line for the log (and the failure message when `failed`). */
  message: string;
  /** The step fails: the deployment failed or was refused, or policy denied a plan. */
  failed: boolean;
  deploymentId?: string;
  endpointConfig?: string;
  reportPath?: string;
  plan?: Plan;
}

export function setOutputs(r: ActionResult): void {
  core.setOutput('decision', r.decision);
  core.setOutput('reason-code', r.reasonCode);
  core.setOutput('final-status', r.finalStatus);
  core.setOutput('deployment-id', r.deploymentId ?? '');
  core.setOutput('endpoint-config', r.endpointConfig ?? '');
  core.setOutput('report-path', r.reportPath ?? '');
  core.setOutput('plan-json', r.plan ? JSON.stringify(r.plan) : '');
}
