import * as core from '@actions/core';
import { formatProblem, InputError, ModelgateError } from '../src/errors.js';
import { createGitHubClient } from '../src/github/octokit.js';
import { escapeText as text } from '../src/report/index.js';
import { readRunContext } from './context.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { resolveMode, type Operation } from './mode.js';
import { comment, control, rollback } from './operations.js';
import { setOutputs, type ActionResult } from './outputs.js';
import { planOrDeploy } from './plan-deploy.js';
import { SummaryNotes } from './publisher.js';
import type { Done, Setup } from './setup.js';
import { watchCancellation, type Cancellation } from './signals.js';
import { writeJobSummary, writeReportFiles } from './summary.js';

/** Test seams; the runner (and local-action) call run() without them. */
export interface RunOptions {
  /** Live report pacing, real ms. */
  live?: { intervalMs?: number; minGapMs?: number };
  /** GitHub client waits: ms per second GitHub asks to wait (1000; tests pass 1). */
  retryAfterBaseMs?: number;
}

/** The GitHub Action's entry: inputs → plan, checks and policy → rollout → reports → outputs. */
export async function run(options: RunOptions = {}): Promise<void> {
  const cancellation = watchCancellation({ log: (l) => core.warning(l) });
  try {
    const result = await execute(process.env, options, cancellation);
    setOutputs(result);
    if (result.failed) core.setFailed(result.message);
    else core.info(`modelgate: ${result.message}`);
  } catch (err) {
    const message = err instanceof ModelgateError ? err.message : ((err as Error)?.stack ?? String(err));
    setOutputs({
      decision: 'deny',
      reasonCode: 'internal_error',
      finalStatus: 'refused',
      message,
      failed: true,
    });
    await writeJobSummary(`## 🚨 modelgate failed\n\n${text(message, 4000)}\n`);
    core.setFailed(`modelgate: ${message}`);
  } finally {
    cancellation.dispose();
  }
}

/** Masks what is secret before anything is logged (the runner masks only `secrets.*` by itself). */
function maskSecrets(env: NodeJS.ProcessEnv): void {
  const token = core.getInput('github-token');
  for (const secret of [token, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN]) {
    if (secret && !/^\$\{\{.*\}\}$/s.test(secret)) core.setSecret(secret);
  }
}

async function execute(
  env: NodeJS.ProcessEnv,
  options: RunOptions,
  cancellation: Cancellation,
): Promise<ActionResult> {
  maskSecrets(env);
  const run = readRunContext(env, process.cwd());
  let inputs: ActionInputs;
  let operation: Operation;
  let why: string;
  try {
    inputs = readInputs(undefined, env.GITHUB_ACTOR ?? run.event.actor);
    ({ operation, why } = resolveMode(inputs.mode, run.event));
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    for (const p of err.problems) core.error(formatProblem(p), { title: 'modelgate input' });
    const message = `invalid input: ${err.problems.map(formatProblem).join('; ')}`;
    await writeJobSummary(
      `## ⛔ modelgate: invalid input\n\n${err.problems.map((p) => `- ${text(formatProblem(p))}`).join('\n')}\n`,
    );
    return { decision: 'deny', reasonCode: 'invalid_input', finalStatus: 'refused', message, failed: true };
  }
  core.info(`modelgate: ${operation} (${why})`);
  const { owner, repo } = run.event.repository;
  const github =
    inputs.githubToken && owner && repo
      ? {
          client: createGitHubClient({
            token: inputs.githubToken,
            ...(run.apiUrl ? { baseUrl: run.apiUrl } : {}),
            log: { debug: (m) => core.debug(m), warn: (m) => core.info(`github: ${m}`) },
            ...(options.retryAfterBaseMs !== undefined ? { retryAfterBaseMs: options.retryAfterBaseMs } : {}),
          }),
          repo: { owner, repo },
        }
      : undefined;
  if (!github) core.info('modelgate: no github-token (or repository); reporting to the job summary only');
  const s: Setup = {
    env,
    run,
    inputs,
    ...(github ? { github } : {}),
    notes: new SummaryNotes(),
    cancellation,
    ...(options.live ? { live: options.live } : {}),
  };

  let done: Done;
  switch (operation) {
    case 'plan':
    case 'deploy':
      done = await planOrDeploy(s, operation);
      break;
    case 'rollback':
      done = await rollback(s);
      break;
    case 'comment':
      done = await comment(s);
      break;
    default:
      done = await control(s, operation);
  }
  const { result } = done;
  const full = `${done.markdown}${s.notes.markdown()}`;
  // The last word: the report with every warning raised on the way (plan and deploy wrote live ones).
  await writeJobSummary(full);
  core.startGroup('modelgate: report');
  core.info(full);
  core.endGroup();
  const reportPath = await writeReportFiles(env, full, {
    schemaVersion: 1,
    operation,
    decision: result.decision,
    reasonCode: result.reasonCode,
    finalStatus: result.finalStatus,
    message: result.message,
    ...(result.deploymentId ? { deploymentId: result.deploymentId } : {}),
    ...(result.endpointConfig ? { endpointConfig: result.endpointConfig } : {}),
    ...done.json,
  }).catch((err: Error) => {
    core.info(`modelgate: could not write the report files: ${err.message}`);
    return undefined;
  });
  return { ...result, ...(reportPath ? { reportPath } : {}) };
}
