import { readFileSync } from 'node:fs';
import { ModelgateError } from '../src/errors.js';
import { parseEventContext, type EventContext } from '../src/github/context.js';

/** The workflow run around the action: the event, its raw payload and the links a report needs. */
export interface RunContext {
  event: EventContext;
  /** The webhook payload GitHub wrote to GITHUB_EVENT_PATH (`{}` outside Actions). */
  payload: Record<string, unknown>;
  /** The checkout: spec paths are relative to it and annotations name files under it. */
  workspace: string;
  serverUrl: string;
  apiUrl?: string;
  /** `…/actions/runs/<id>` (the logs and this step's job summary). */
  runUrl?: string;
  /** `modelgate.yml`: the workflow the report's manual-rollback instructions dispatch. */
  workflowFile?: string;
  /** Who runs it, recorded in the endpoint's lock: `github owner/repo run 42 by octocat`. */
  holder: string;
  /** gh-<run id>: a re-run of the same workflow run resumes its rollout. */
  defaultDeploymentId?: string;
}

/**
 * Reads the run's context from the GITHUB_* variables. Outside Actions (local-action, a shell)
 * without GITHUB_EVENT_NAME the event is `local`, which only plans unless the mode says otherwise.
 */
export function readRunContext(env: NodeJS.ProcessEnv, cwd: string): RunContext {
  const name = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (name && env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (err) {
      throw new ModelgateError(
        'github_context',
        `${env.GITHUB_EVENT_PATH}: could not read the ${name} event payload: ${(err as Error).message}`,
        { cause: err },
      );
    }
  }
  const event = parseEventContext(name || 'local', payload, env);
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repo = event.repository.fullName;
  const runId = env.GITHUB_RUN_ID;
  const runUrl = repo && runId ? `${serverUrl}/${repo}/actions/runs/${runId}` : undefined;
  // owner/repo/.github/workflows/modelgate.yml@refs/heads/main
  const workflowFile = /\.github\/workflows\/([^@/]+)@/.exec(env.GITHUB_WORKFLOW_REF ?? '')?.[1];
  const actor = env.GITHUB_ACTOR ?? event.actor;
  const holder = runId
    ? `github ${repo} run ${runId}${actor ? ` by ${actor}` : ''}`.replace(/\s+/g, ' ')
    : `modelgate action${actor ? ` by ${actor}` : ''}`;
  return {
    event,
    payload,
    workspace: env.GITHUB_WORKSPACE || cwd,
    serverUrl,
    ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(workflowFile ? { workflowFile } : {}),
    holder,
    ...(runId ? { defaultDeploymentId: `gh-${runId}` } : {}),
  };
}

/** A `deployment` event's GitHub deployment: its id (statuses go to it) and environment. */
export function deploymentOfEvent(ctx: RunContext): { id: number; environment?: string } | undefined {
  if (ctx.event.eventName !== 'deployment') return undefined;
  const d = ctx.payload.deployment as { id?: unknown; environment?: unknown } | undefined;
  if (typeof d?.id !== 'number') return undefined;
  return { id: d.id, ...(typeof d.environment === 'string' ? { environment: d.environment } : {}) };
}
