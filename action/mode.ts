import { InputError } from '../src/errors.js';
import { deployRefusal, type EventContext } from '../src/github/context.js';
import { MODES, type Mode } from './inputs.js';
import type { ReasonCode } from './outputs.js';

/** What this run does: a mode, or `comment` (a `/modelgate …` command on an issue_comment event). */
export type Operation = Exclude<Mode, 'auto'> | 'comment';

export interface ResolvedMode {
  operation: Operation;
  /** Why, for the log: which event or input decided. */
  why: string;
}

const PLAN_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'merge_group']);

/**
 * The operation for the `mode` input and the event. `auto`: pull requests plan (nothing moves
 * before merge), a push to the default branch or a `deployment` event deploys, `workflow_dispatch`
 * takes the dispatch's own `mode` input (default deploy), `issue_comment` runs a PR command, and
 * anything else only plans.
 */
export function resolveMode(input: Mode, ctx: EventContext): ResolvedMode {
  if (input !== 'auto') return { operation: input, why: `mode: ${input}` };
  const event = ctx.eventName;
  if (PLAN_EVENTS.has(event))
    return { operation: 'plan', why: `a ${event} event plans; nothing moves before merge` };
  switch (event) {
    case 'push': {
      if (ctx.isDefaultBranchPush)
        return { operation: 'deploy', why: `a push to the default branch (${ctx.defaultBranch}) deploys` };
      const where = ctx.ref ?? 'a ref';
      const base = ctx.defaultBranch ? ` (the default branch is ${ctx.defaultBranch})` : '';
      return {
        operation: 'plan',
        why: `a push to ${where}${base} only plans; set mode: deploy to deploy it`,
      };
    }
    case 'deployment':
      return { operation: 'deploy', why: 'a deployment event deploys' };
    case 'workflow_dispatch': {
      const asked = ctx.inputs.mode?.trim().toLowerCase();
      if (!asked || asked === 'auto') return { operation: 'deploy', why: 'a workflow_dispatch run deploys' };
      if (!(MODES as readonly string[]).includes(asked)) {
        throw new InputError(
          [
            {
              file: 'workflow_dispatch input mode',
              message: `"${ctx.inputs.mode}" is not a mode`,
              expected: MODES.join(', '),
            },
          ],
          'invalid_input',
        );
      }
      return { operation: asked as Operation, why: `workflow_dispatch with mode ${asked}` };
    }
    case 'issue_comment':
      return { operation: 'comment', why: 'an issue_comment event runs a /modelgate command' };
    default:
      return { operation: 'plan', why: `a ${event || 'local'} run only plans; set mode: deploy to deploy` };
  }
}

/** Operations that change the endpoint, which an untrusted pull request must never reach. */
export function changesEndpoint(op: Operation): boolean {
  return op !== 'plan' && op !== 'comment';
}

/** Why this run must not change the endpoint (a fork's head, pull_request_target), or undefined. */
export function safetyRefusal(
  op: Operation,
  ctx: EventContext,
): { reasonCode: ReasonCode; message: string } | undefined {
  if (!changesEndpoint(op)) return undefined;
  const message = deployRefusal(ctx);
  if (!message) return undefined;
  return {
    reasonCode: ctx.pullRequest && ctx.isFork ? 'fork_pull_request' : 'untrusted_pull_request_target',
    message,
  };
}
