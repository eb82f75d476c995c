import * as core from '@actions/core';
import { formatProblem, ModelgateError } from '../src/errors.js';
import { reportCheckRun } from '../src/github/checks.js';
import type { FileAnnotation } from '../src/report/annotations.js';
import { headline } from '../src/report/headline.js';
import { escapeText as text } from '../src/report/index.js';
import { GITHUB_LIMITS, renderReport } from '../src/report/render.js';
import { emitAnnotations, summaryOfRest } from './annotations.js';
import { deploymentOfEvent } from './context.js';
import { deploy, refusedReport } from './deploy.js';
import { evaluate, repoPathIn } from './evaluate.js';
import { safetyRefusal } from './mode.js';
import { connectProvider, type Provider } from './provider.js';
import { Publisher } from './publisher.js';
import { pullRequestOfCommit } from './pull-request.js';
import { invalidSpecMarkdown, refused, reportContext, type Done, type Setup } from './setup.js';

/** An invalid spec: a completed failing check run with the annotations (no comment: no scope yet). */
async function publishInvalid(s: Setup, markdown: string, annotations: FileAnnotation[]): Promise<void> {
  const { github, run, env, notes } = s;
  const sha = run.event.sha ?? env.GITHUB_SHA;
  if (!github || !sha) return;
  const r = await reportCheckRun(
    github.client,
    {
      ...github.repo,
      name: `modelgate (${s.inputs.spec})`,
      headSha: sha,
      ...(run.runUrl ? { detailsUrl: run.runUrl } : {}),
    },
    'failure',
    { title: `Invalid spec: ${s.inputs.spec}`, summary: markdown, annotations },
  );
  if (r.status === 'degraded') notes.warn(r.warning);
}

/**
 * `plan` and `deploy`: the spec, plan, checks and policies (each phase a log group, problems
 * annotated), then for a deploy the rollout with its live reports. A deploy that policy, a check,
 * the safety rules (forks, pull_request_target) or a cancel stops is reported as refused before
 * anything moves.
 */
export async function planOrDeploy(s: Setup, operation: 'plan' | 'deploy'): Promise<Done> {
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
  const evaluation = evaluate({
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
  let ev;
  try {
    ev = await evaluation;
  } catch (err) {
    // A cancel while the checks read their files: nothing was planned to move.
    if (!s.cancellation.signal.aborted) throw err;
    const message = `cancelled before the rollout started (${(err as Error)?.message ?? String(err)})`;
    return refused('cancelled', message, `## ⛔ Cancelled\n\n${text(message)}.`);
  }

  if (ev.kind === 'invalid-spec') {
    notes.add(summaryOfRest(emitAnnotations(ev.annotations)));
    const markdown = invalidSpecMarkdown(inputs.spec, ev.problems);
    await publishInvalid(s, markdown, ev.annotations);
    const message = `${inputs.spec}: ${ev.problems.length} problem(s): ${ev.problems.map(formatProblem).join('; ')}`;
    return { ...refused('invalid_spec', message, markdown), json: { problems: ev.problems } };
  }

  notes.add(summaryOfRest(emitAnnotations(ev.annotations)));
  const sha = ctx.sha ?? env.GITHUB_SHA;
  const check = sha
    ? {
        name: `modelgate (${ev.state.environment}/${ev.state.endpoint})`,
        headSha: sha,
        ...(run.runUrl ? { detailsUrl: run.runUrl } : {}),
      }
    : undefined;
  const comment = inputs.comment && pullRequest !== undefined ? { pullRequest } : {};
  const deploymentId = inputs.deploymentId ?? run.defaultDeploymentId;
  const cancelled = operation === 'deploy' && s.cancellation.signal.aborted;

  if (operation === 'plan' || ev.denied || refusal || cancelled) {
    if (refusal) core.warning(refusal.message, { title: 'modelgate: not deployed' });
    const why =
      refusal?.message ?? (cancelled && !ev.denied ? 'cancelled before the rollout started' : undefined);
    const state = why ? refusedReport(ev.state, deploymentId ?? 'not-started', why) : ev.state;
    const publisher = new Publisher({
      ...(github ? { github } : {}),
      ...comment,
      ...(check ? { check } : {}),
      notes,
    });
    await publisher.publishFinal(state, ev.annotations);
    const markdown = renderReport(state, { maxChars: GITHUB_LIMITS.jobSummary });
    const extra = { plan: ev.plan };
    const done = (d: Done): Done => ({ ...d, json: { plan: ev.plan, report: state } });
    if (refusal) return done(refused(refusal.reasonCode, refusal.message, markdown, extra));
    if (ev.denied) return done(refused(ev.reasonCode, headline(ev.state), markdown, extra));
    if (why) return done(refused('cancelled', why, markdown, extra));
    return done({
      markdown,
      result: {
        ...extra,
        decision: 'allow',
        reasonCode: 'ok',
        finalStatus: 'planned',
        message: headline(ev.state),
        failed: false,
      },
    });
  }

  let provider: Provider;
  try {
    provider = await connectProvider(ev.loaded, env);
  } catch (err) {
    if (!(err instanceof ModelgateError)) throw err;
    const markdown = invalidSpecMarkdown(inputs.spec, [{ file: ev.loaded.file, message: err.message }]);
    return { ...refused('invalid_input', err.message, markdown, { plan: ev.plan }), json: { plan: ev.plan } };
  }
  try {
    const publisher = new Publisher({
      ...(github ? { github } : {}),
      ...comment,
      ...(check ? { check } : {}),
      deployment: {
        environment: ev.environment,
        ref: sha ?? ctx.ref ?? 'HEAD',
        ...(eventDeployment ? { existingId: eventDeployment.id } : {}),
        ...(run.runUrl ? { logUrl: run.runUrl } : {}),
        ...(provider.consoleUrl ? { environmentUrl: provider.consoleUrl } : {}),
        payload: {
          endpoint: ev.state.endpoint,
          spec: inputs.spec,
          ...(deploymentId ? { deploymentId } : {}),
        },
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
      ...(s.live ? { live: s.live } : {}),
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
