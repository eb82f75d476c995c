import * as core from '@actions/core';
import { formatProblem, InputError, ModelgateError, type InputProblem } from '../src/errors.js';
import { reportCheckRun } from '../src/github/checks.js';
import { createGitHubClient, type GitHubClient } from '../src/github/octokit.js';
import type { RepoRef } from '../src/github/ports.js';
import { escapeCode as code, escapeText as text } from '../src/report/index.js';
import { headline } from '../src/report/headline.js';
import { GITHUB_LIMITS, renderReport } from '../src/report/render.js';
import type { ReportContext } from '../src/report/types.js';
import { loadSpecFile } from '../src/spec/load.js';
import { annotationsFromProblems, type FileAnnotation } from '../src/report/annotations.js';
import { emitAnnotations, summaryOfRest } from './annotations.js';
import { handleCommentCommand } from './comment-command.js';
import { deploymentOfEvent, readRunContext, type RunContext } from './context.js';
import { deploy, refusedReport } from './deploy.js';
import { applyTargetOverrides, evaluate, repoPathIn } from './evaluate.js';
import { pullRequestOfCommit } from './pull-request.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { resolveMode, safetyRefusal, type Operation } from './mode.js';
import { setOutputs, type ActionResult } from './outputs.js';
import { connectProvider } from './provider.js';
import { Publisher, SummaryNotes } from './publisher.js';
import { rollbackEndpoint } from './rollback.js';
import { watchCancellation, type Cancellation } from './signals.js';
import { sendControl } from './steer.js';
import { writeReportFiles } from './summary.js';

/** Test seams; the runner calls run() without them. */
export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Live report pacing, real ms (tests shorten it). */
  live?: { intervalMs?: number; minGapMs?: number };
  /** GitHub client waits (tests pass 1 ms per second GitHub asks for). */
  retryAfterBaseMs?: number;
}

type Outcome = Omit<ActionResult, 'reportPath'>;

interface Setup {
  env: NodeJS.ProcessEnv;
  run: RunContext;
  inputs: ActionInputs;
  github?: { client: GitHubClient; repo: RepoRef };
  notes: SummaryNotes;
  cancellation: Cancellation;
  options: RunOptions;
}

/** The GitHub Action's entry: inputs → plan, checks and policy → rollout → reports → outputs. */
export async function run(options: RunOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  const cancellation = watchCancellation({ log: (l) => core.warning(l) });
  try {
    const result = await execute(env, options, cancellation);
    setOutputs(result);
    if (result.failed) core.setFailed(result.message);
    else core.info(`modelgate: ${result.message}`);
  } catch (err) {
    const message = err instanceof ModelgateError ? err.message : ((err as Error)?.stack ?? String(err));
    setOutputs({ decision: 'deny', reasonCode: 'internal_error', finalStatus: 'refused', message, failed: true });
    core.setFailed(`modelgate: ${message}`);
  } finally {
    cancellation.dispose();
  }
}

function maskSecrets(inputs: ActionInputs, env: NodeJS.ProcessEnv): void {
  for (const secret of [inputs.githubToken, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN]) {
    if (secret) core.setSecret(secret);
  }
}

function inputFailure(problems: InputProblem[]): ActionResult {
  for (const p of problems) core.error(formatProblem(p), { title: 'modelgate input' });
  return {
    decision: 'deny',
    reasonCode: 'invalid_input',
    finalStatus: 'refused',
    message: `invalid input: ${problems.map(formatProblem).join('; ')}`,
    failed: true,
  };
}

async function execute(env: NodeJS.ProcessEnv, options: RunOptions, cancellation: Cancellation): Promise<ActionResult> {
  const run = readRunContext(env, options.cwd ?? process.cwd());
  let inputs: ActionInputs;
  let operation: Operation;
  let why: string;
  try {
    inputs = readInputs(undefined, env.GITHUB_ACTOR ?? run.event.actor);
    ({ operation, why } = resolveMode(inputs.mode, run.event));
  } catch (err) {
    if (err instanceof InputError) return inputFailure(err.problems);
    throw err;
  }
  maskSecrets(inputs, env);
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
  const s: Setup = { env, run, inputs, github, notes: new SummaryNotes(), cancellation, options };

  let partial: Outcome;
  let markdown: string;
  let json: Record<string, unknown> = {};
  switch (operation) {
    case 'plan':
    case 'deploy':
      ({ result: partial, markdown, json } = await planOrDeploy(s, operation));
      break;
    case 'rollback':
      ({ result: partial, markdown } = await rollback(s));
      break;
    case 'comment':
      ({ result: partial, markdown } = await comment(s));
      break;
    default:
      ({ result: partial, markdown } = await control(s, operation));
  }
  const full = `${markdown}${s.notes.markdown()}`;
  // The final word: the report with every warning raised on the way (plan and deploy wrote live ones).
  await writeSummaryOnly(full);
  core.startGroup('modelgate: report');
  core.info(full);
  core.endGroup();
  const reportPath = await writeReportFiles(env, full, {
    schemaVersion: 1,
    operation,
    decision: partial.decision,
    reasonCode: partial.reasonCode,
    finalStatus: partial.finalStatus,
    message: partial.message,
    ...(partial.deploymentId ? { deploymentId: partial.deploymentId } : {}),
    ...(partial.endpointConfig ? { endpointConfig: partial.endpointConfig } : {}),
    ...json,
  }).catch((err: Error) => (core.info(`modelgate: could not write the report files: ${err.message}`), undefined));
  return { ...partial, ...(reportPath ? { reportPath } : {}) };
}

async function writeSummaryOnly(markdown: string): Promise<void> {
  try {
    await core.summary.emptyBuffer().addRaw(markdown, true).write({ overwrite: true });
  } catch (err) {
    core.info(`modelgate: could not write the job summary: ${(err as Error).message}`);
  }
}

function reportContext(s: Setup, pullRequest: number | undefined): ReportContext {
  const { run, inputs } = s;
  return {
    ...(run.event.repository.fullName ? { repository: run.event.repository.fullName } : {}),
    serverUrl: run.serverUrl,
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    ...(run.workflowFile ? { workflowFile: run.workflowFile } : {}),
    ...(run.event.defaultBranch ? { ref: run.event.defaultBranch } : {}),
    ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}),
    specPath: inputs.spec,
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    ...(run.event.sha ? { sha: run.event.sha } : {}),
    commentCommands: inputs.comment,
  };
}

/** The report of a spec that could not be loaded: every problem, with its file and line. */
function invalidSpecMarkdown(specPath: string, problems: InputProblem[]): string {
  return [
    `## ⛔ Invalid spec: ${code(specPath)}`,
    '',
    `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was planned or deployed.`,
    '',
    ...problems.map((p) => `- ${code(formatProblem(p), { max: 2000 })}`),
  ].join('\n');
}

async function planOrDeploy(
  s: Setup,
  operation: 'plan' | 'deploy',
): Promise<{ result: Outcome; markdown: string; json: Record<string, unknown> }> {
  const { run, inputs, github, notes, env } = s;
  const ctx = run.event;
  const refusal = safetyRefusal(operation, ctx);
  let pullRequest = ctx.pullRequest?.number;
  let labels: string[] = [];
  if (pullRequest === undefined && ctx.eventName === 'push' && github && ctx.sha) {
    // After a merge the push payload has no pull request: find it, for the comment and its labels.
    const pr = await pullRequestOfCommit(github.client, github.repo, ctx.sha);
    if (pr.status === 'ok' && pr.value) {
      pullRequest = pr.value.number;
      labels = pr.value.labels;
      core.info(`modelgate: commit ${ctx.sha.slice(0, 7)} comes from pull request #${pullRequest}`);
    } else if (pr.status === 'degraded') notes.warn(pr.warning);
  }
  const eventDeployment = deploymentOfEvent(run);
  const environment = inputs.environment ?? eventDeployment?.environment;
  const ev = await evaluate({
    specPath: inputs.spec,
    workspace: run.workspace,
    env,
    payload: run.payload,
    ...(inputs.awsRegion ? { region: inputs.awsRegion } : {}),
    ...(inputs.endpointUrl ? { endpointUrl: inputs.endpointUrl } : {}),
    ...(environment ? { environment } : {}),
    waivers: inputs.waivers,
    extraLabels: labels,
    ...(pullRequest !== undefined ? { pullRequest } : {}),
    context: reportContext(s, pullRequest),
    signal: s.cancellation.signal,
  });

  if (ev.kind === 'invalid-spec') {
    notes.add(summaryOfRest(emitAnnotations(ev.annotations)));
    const markdown = invalidSpecMarkdown(inputs.spec, ev.problems);
    await publishInvalid(s, markdown, ev.annotations);
    const message = `${inputs.spec}: ${ev.problems.length} problem(s): ${ev.problems.map(formatProblem).join('; ')}`;
    return {
      markdown,
      json: { problems: ev.problems },
      result: { decision: 'deny', reasonCode: 'invalid_spec', finalStatus: 'refused', message, failed: true },
    };
  }

  const rest = emitAnnotations(ev.annotations);
  notes.add(summaryOfRest(rest));
  const check =
    ctx.sha || env.GITHUB_SHA
      ? {
          name: `modelgate (${ev.state.environment}/${ev.state.endpoint})`,
          headSha: (ctx.sha ?? env.GITHUB_SHA) as string,
          ...(run.runUrl ? { detailsUrl: run.runUrl } : {}),
        }
      : undefined;
  const deploymentId = inputs.deploymentId ?? run.defaultDeploymentId;
  const stop = operation === 'plan' || ev.denied || refusal !== undefined || s.cancellation.signal.aborted;
  if (refusal) core.warning(refusal.message, { title: 'modelgate: not deployed' });

  if (stop) {
    const cancelled = operation === 'deploy' && !ev.denied && !refusal;
    const state =
      refusal || cancelled
        ? refusedReport(ev.state, deploymentId ?? 'not-started', refusal?.message ?? 'cancelled before the rollout started')
        : ev.state;
    const publisher = new Publisher({
      ...(github ? { github } : {}),
      ...(inputs.comment && pullRequest !== undefined ? { pullRequest } : {}),
      ...(check ? { check } : {}),
      notes,
    });
    await publisher.publishFinal(state, ev.annotations);
    const markdown = renderReport(state, { maxChars: GITHUB_LIMITS.jobSummary });
    const json = { plan: ev.plan, report: state };
    const base = { plan: ev.plan };
    if (ev.denied) {
      return {
        markdown,
        json,
        result: {
          ...base,
          decision: 'deny',
          reasonCode: ev.reasonCode,
          finalStatus: 'refused',
          message: headline(ev.state),
          failed: true,
        },
      };
    }
    if (refusal) {
      return {
        markdown,
        json,
        result: { ...base, decision: 'deny', reasonCode: refusal.reasonCode, finalStatus: 'refused', message: refusal.message, failed: true },
      };
    }
    if (operation === 'deploy') {
      return {
        markdown,
        json,
        result: { ...base, decision: 'deny', reasonCode: 'cancelled', finalStatus: 'refused', message: 'cancelled before the rollout started', failed: true },
      };
    }
    return {
      markdown,
      json,
      result: { ...base, decision: 'allow', reasonCode: 'ok', finalStatus: 'planned', message: headline(ev.state), failed: false },
    };
  }

  let provider;
  try {
    provider = await connectProvider(ev.loaded, env);
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    const problems: InputProblem[] = [{ file: ev.loaded.file, message: err.message }];
    return {
      markdown: invalidSpecMarkdown(inputs.spec, problems),
      json: { plan: ev.plan },
      result: { decision: 'deny', reasonCode: 'invalid_input', finalStatus: 'refused', message: err.message, failed: true, plan: ev.plan },
    };
  }
  try {
    const publisher = new Publisher({
      ...(github ? { github } : {}),
      ...(inputs.comment && pullRequest !== undefined ? { pullRequest } : {}),
      ...(check ? { check } : {}),
      deployment: {
        environment: ev.environment,
        ref: ctx.sha ?? env.GITHUB_SHA ?? ctx.ref ?? 'HEAD',
        ...(eventDeployment ? { existingId: eventDeployment.id } : {}),
        ...(run.runUrl ? { logUrl: run.runUrl } : {}),
        ...(provider.consoleUrl ? { environmentUrl: provider.consoleUrl } : {}),
        payload: { endpoint: ev.state.endpoint, spec: inputs.spec, ...(deploymentId ? { deploymentId } : {}) },
      },
      notes,
    });
    const out = await deploy({
      loaded: ev.loaded,
      plan: ev.plan,
      state: ev.state,
      annotations: ev.annotations,
      provider,
      publisher,
      cancellation: s.cancellation,
      ...(deploymentId ? { deploymentId } : {}),
      holder: run.holder,
      repoPath: repoPathIn(run.workspace),
      ...(s.options.live ? { live: s.options.live } : {}),
    });
    return {
      markdown: renderReport(out.state, { maxChars: GITHUB_LIMITS.jobSummary }),
      json: {
        plan: ev.plan,
        report: out.state,
        ...(out.run ? { outcome: out.run.outcome, summary: out.run.summary, events: out.run.events } : {}),
        ...(out.run?.endpoint ? { endpoint: out.run.endpoint } : {}),
      },
      result: out.result,
    };
  } finally {
    provider.stop();
  }
}

/** An invalid spec: a completed failing check run with the annotations (no comment: no scope yet). */
async function publishInvalid(s: Setup, markdown: string, annotations: FileAnnotation[]): Promise<void> {
  const { github, run, env, notes } = s;
  const sha = run.event.sha ?? env.GITHUB_SHA;
  if (!github || !sha) return;
  const r = await reportCheckRun(
    github.client,
    { ...github.repo, name: `modelgate (${s.inputs.spec})`, headSha: sha, ...(run.runUrl ? { detailsUrl: run.runUrl } : {}) },
    'failure',
    { title: `Invalid spec: ${s.inputs.spec}`, summary: markdown, annotations },
  );
  if (r.status === 'degraded') notes.warn(r.warning);
}

/** Loads the spec with the inputs' overrides; the problems as one paragraph when it is invalid. */
async function loadForEndpoint(s: Setup) {
  try {
    const loaded = applyTargetOverrides(await loadSpecFile(s.inputs.spec, { cwd: s.run.workspace }), {
      ...(s.inputs.awsRegion ? { region: s.inputs.awsRegion } : {}),
      ...(s.inputs.endpointUrl ? { endpointUrl: s.inputs.endpointUrl } : {}),
    });
    return { loaded };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    emitAnnotations(annotationsFromProblems(err.problems, { repoPath: repoPathIn(s.run.workspace) }));
    return { problems: err.problems };
  }
}

async function refusedBySafety(s: Setup, operation: Operation) {
  const refusal = safetyRefusal(operation, s.run.event);
  if (!refusal) return undefined;
  core.warning(refusal.message, { title: 'modelgate: refused' });
  return {
    markdown: `## ⛔ Refused: ${code(operation)}\n\n${text(refusal.message, 2000)}`,
    result: { decision: 'deny' as const, reasonCode: refusal.reasonCode, finalStatus: 'refused' as const, message: refusal.message, failed: true },
  };
}

async function rollback(s: Setup): Promise<{ result: Outcome; markdown: string }> {
  const refused = await refusedBySafety(s, 'rollback');
  if (refused) return refused;
  const l = await loadForEndpoint(s);
  if (!l.loaded) {
    const markdown = invalidSpecMarkdown(s.inputs.spec, l.problems);
    return {
      markdown,
      result: { decision: 'deny', reasonCode: 'invalid_spec', finalStatus: 'refused', message: `${s.inputs.spec} is invalid`, failed: true },
    };
  }
  const provider = await connectProvider(l.loaded, s.env);
  try {
    const environment = s.inputs.environment ?? l.loaded.spec.target.environment;
    return await rollbackEndpoint({
      endpoint: l.loaded.spec.target.endpoint,
      environment,
      provider,
      holder: s.run.holder,
      signal: s.cancellation.signal,
      ...(s.github ? { github: s.github } : {}),
      ...(s.run.event.sha ? { ref: s.run.event.sha } : {}),
      ...(s.run.runUrl ? { logUrl: s.run.runUrl } : {}),
      notes: s.notes,
    });
  } finally {
    provider.stop();
  }
}

async function control(
  s: Setup,
  operation: 'promote' | 'abort' | 'hold' | 'resume',
): Promise<{ result: Outcome; markdown: string }> {
  const refused = await refusedBySafety(s, operation);
  if (refused) return refused;
  const l = await loadForEndpoint(s);
  if (!l.loaded) {
    return {
      markdown: invalidSpecMarkdown(s.inputs.spec, l.problems),
      result: { decision: 'deny', reasonCode: 'invalid_spec', finalStatus: 'refused', message: `${s.inputs.spec} is invalid`, failed: true },
    };
  }
  const endpoint = l.loaded.spec.target.endpoint;
  const provider = await connectProvider(l.loaded, s.env);
  try {
    const sent = await core.group('modelgate: command', () =>
      sendControl(provider.ports.endpoints, endpoint, { kind: operation }, provider.clock.now()),
    );
    if (sent.status === 'idle') {
      return {
        markdown: `## ⛔ Not sent: ${code(operation)} to ${code(endpoint)}\n\n${text(sent.detail, 2000)}.`,
        result: { decision: 'deny', reasonCode: 'no_rollout_running', finalStatus: 'refused', message: sent.detail, failed: true },
      };
    }
    const message = `sent "${sent.text}" to deployment ${sent.deploymentId} on ${endpoint} (${sent.holder})`;
    return {
      markdown: `## 📨 Sent ${code(operation)} to ${code(endpoint)}\n\nDeployment ${code(sent.deploymentId)} (${text(sent.holder)}) applies it at its next check; its report and the endpoint tag ${code('modelgate:control-ack')} confirm it.`,
      result: { decision: 'allow', reasonCode: 'ok', finalStatus: 'command-sent', message, failed: false, deploymentId: sent.deploymentId },
    };
  } finally {
    provider.stop();
  }
}

async function comment(s: Setup): Promise<{ result: Outcome; markdown: string }> {
  let provider: Awaited<ReturnType<typeof connectProvider>> | undefined;
  try {
    return await handleCommentCommand({
      event: s.run.event,
      ...(s.github ? { github: s.github } : {}),
      ...(s.inputs.environment ? { environment: s.inputs.environment } : {}),
      notes: s.notes,
      connect: async () => {
        const l = await loadForEndpoint(s);
        if (!l.loaded) return { problem: `${s.inputs.spec} on the default branch is invalid: ${l.problems.map(formatProblem).join('; ')}` };
        try {
          provider = await connectProvider(l.loaded, s.env);
        } catch (err) {
          if (err instanceof ModelgateError) return { problem: err.message };
          throw err;
        }
        return { loaded: l.loaded, provider };
      },
    });
  } finally {
    provider?.stop();
  }
}
