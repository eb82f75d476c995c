import * as core from '@actions/core';
import { ModelgateError } from '../src/errors.js';
import {
  createDeployment,
  retireSupersededDeployments,
  setDeploymentStatus,
} from '../src/github/deployments.js';
import type { GitHubClient } from '../src/github/octokit.js';
import type { RepoRef } from '../src/github/ports.js';
import type { GitHubOutcome } from '../src/github/result.js';
import { escapeCode as code, escapeText as text } from '../src/report/index.js';
import { manualRollback, type ManualRollbackResult } from '../src/rollout/manual-rollback.js';
import type { EndpointSnapshot } from '../src/rollout/events.js';
import type { ActionResult } from './outputs.js';
import type { Provider } from './provider.js';
import type { SummaryNotes } from './publisher.js';

export interface RollbackOptions {
  endpoint: string;
  environment: string;
  provider: Provider;
  holder: string;
  signal: AbortSignal;
  github?: { client: GitHubClient; repo: RepoRef };
  /** The commit the workflow runs on, for the GitHub Deployment that records the rollback. */
  ref?: string;
  logUrl?: string;
  notes: SummaryNotes;
}

function snapshotTable(s: EndpointSnapshot): string {
  const rows = s.variants.map(
    (v) =>
      `| ${code(v.name, { inTable: true })} | ${v.weight} | ${v.instances} | ${v.shadow ? 'shadow' : 'production'} |`,
  );
  return [
    `Endpoint ${code(s.endpoint)} is ${code(s.status)} on ${code(s.endpointConfig ?? 'an unknown config')}${s.failureReason ? `; SageMaker says: ${text(s.failureReason)}` : ''}.`,
    '',
    '| Variant | Weight | Instances | Kind |',
    '| --- | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

/** The job summary of a manual rollback. */
export function rollbackMarkdown(endpoint: string, environment: string, r: ManualRollbackResult): string {
  const where = `${code(endpoint)} (${text(environment, 100)})`;
  switch (r.outcome) {
    case 'rolled-back':
      return [
        `## ⏪ Rolled back by hand: ${where}`,
        '',
        `${text(r.summary)}.`,
        ...(r.endpoint ? ['', snapshotTable(r.endpoint)] : []),
      ].join('\n');
    case 'refused':
      return [
        `## ⛔ Rollback refused: ${where}`,
        '',
        `${text(r.summary)}.`,
        '',
        'While a rollout runs, run this workflow with mode `abort` (or comment `/modelgate abort` on its pull request): the running rollout then rolls back by itself.',
      ].join('\n');
    case 'unsafe':
      return [
        `## 🚨 Rollback not verified: ${where}`,
        '',
        `${text(r.summary)}.`,
        ...(r.endpoint ? ['', snapshotTable(r.endpoint)] : []),
        '',
        'Check the endpoint in the SageMaker console before anything else is deployed to it.',
      ].join('\n');
  }
}

/**
 * `mode: rollback` — restores the known-good config the endpoint's tags record (the one before the
 * last deployment, or the one the last promotion replaced), verified, and records it as a GitHub
 * Deployment of the environment so its history shows what serves now.
 */
export async function rollbackEndpoint(
  o: RollbackOptions,
): Promise<{ result: Omit<ActionResult, 'reportPath'>; markdown: string }> {
  const gh = o.github;
  const warn = <T>(r: GitHubOutcome<T>): T | undefined =>
    r.status === 'ok' ? r.value : (o.notes.warn(r.warning), undefined);
  let deployment: number | undefined;
  if (gh && o.ref) {
    deployment = warn(
      await createDeployment(gh.client, {
        ...gh.repo,
        ref: o.ref,
        environment: o.environment,
        description: `modelgate: manual rollback of ${o.endpoint}`,
        payload: { endpoint: o.endpoint, mode: 'rollback' },
      }),
    )?.id;
    if (deployment !== undefined)
      warn(
        await setDeploymentStatus(gh.client, gh.repo, deployment, {
          state: 'in_progress',
          description: `Rolling back ${o.endpoint}`,
          ...(o.logUrl ? { logUrl: o.logUrl } : {}),
        }),
      );
  }
  const r = await core.group('modelgate: rollback', async (): Promise<ManualRollbackResult> => {
    try {
      return await manualRollback({
        endpoints: o.provider.ports.endpoints,
        clock: o.provider.clock,
        endpoint: o.endpoint,
        holder: o.holder,
        signal: o.signal,
        log: (l) => core.info(l),
      });
    } catch (err) {
      // An endpoint that does not exist has nothing to restore.
      if (err instanceof ModelgateError && err.code === 'not_found')
        return { outcome: 'refused', summary: err.message };
      throw err;
    }
  });
  core.info(r.summary);
  if (gh && deployment !== undefined) {
    const state = r.outcome === 'rolled-back' ? 'success' : r.outcome === 'unsafe' ? 'error' : 'failure';
    warn(
      await setDeploymentStatus(gh.client, gh.repo, deployment, {
        state,
        description: r.summary,
        ...(o.logUrl ? { logUrl: o.logUrl } : {}),
        ...(state === 'success' ? { autoInactive: true } : {}),
      }),
    );
    if (state === 'success')
      warn(
        await retireSupersededDeployments(gh.client, gh.repo, {
          environment: o.environment,
          currentId: deployment,
          ...(o.logUrl ? { logUrl: o.logUrl } : {}),
        }),
      );
  }
  const markdown = rollbackMarkdown(o.endpoint, o.environment, r);
  const base = { message: r.summary, ...(r.restoredConfig ? { endpointConfig: r.restoredConfig } : {}) };
  switch (r.outcome) {
    case 'rolled-back':
      return {
        markdown,
        result: { ...base, decision: 'allow', reasonCode: 'ok', finalStatus: 'restored', failed: false },
      };
    case 'refused':
      return {
        markdown,
        result: {
          ...base,
          decision: 'deny',
          reasonCode: 'rollback_refused',
          finalStatus: 'refused',
          failed: true,
        },
      };
    case 'unsafe':
      return {
        markdown,
        result: {
          ...base,
          decision: 'allow',
          reasonCode: 'rollback_failed',
          finalStatus: 'unsafe',
          endpointConfig: r.endpoint?.endpointConfig,
          failed: true,
        },
      };
  }
}
