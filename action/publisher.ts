import * as core from '@actions/core';
import {
  completeCheckRun,
  reportCheckRun,
  startCheckRun,
  updateCheckRun,
  type CheckRunOutput,
} from '../src/github/checks.js';
import {
  createDeployment,
  deploymentStateOf,
  retireSupersededDeployments,
  setDeploymentStatus,
  type DeploymentState,
} from '../src/github/deployments.js';
import type { GitHubClient } from '../src/github/octokit.js';
import type { RepoRef } from '../src/github/ports.js';
import { publishWithFallback, stickyCommentSink, type ReportSink } from '../src/github/publish.js';
import type { GitHubOutcome } from '../src/github/result.js';
import type { FileAnnotation } from '../src/report/annotations.js';
import { headline } from '../src/report/headline.js';
import { reportScope } from '../src/report/marker.js';
import { GITHUB_LIMITS, renderReport } from '../src/report/render.js';
import type { ReportState } from '../src/report/types.js';
import { checkConclusion, type CheckConclusion } from '../src/report/verdict.js';
import { jobSummarySink, writeJobSummary } from './summary.js';

/**
 * Warnings and extra sections for the job summary. Each warning is logged once as a workflow
 * warning, and listed under the report.
 */
export class SummaryNotes {
  readonly warnings: string[] = [];
  readonly sections: string[] = [];

  warn(message: string): void {
    if (this.warnings.includes(message)) return;
    this.warnings.push(message);
    core.warning(message);
  }

  add(section: string): void {
    if (section) this.sections.push(section);
  }

  markdown(): string {
    const parts = [...this.sections];
    if (this.warnings.length) {
      parts.push(['### Reporting', '', ...this.warnings.map((w) => `- ⚠️ ${w}`)].join('\n'));
    }
    return parts.length ? `\n\n---\n\n${parts.join('\n\n')}\n` : '';
  }
}

export interface PublisherOptions {
  github?: { client: GitHubClient; repo: RepoRef };
  /** The pull request that gets the sticky comment (none: no comment). */
  pullRequest?: number;
  /** The check run: unique name per scope, the commit it reports on. */
  check?: { name: string; headSha: string; detailsUrl?: string };
  /** The GitHub Deployment for a rollout (an existing one on a `deployment` event). */
  deployment?: {
    environment: string;
    ref: string;
    existingId?: number;
    logUrl?: string;
    environmentUrl?: string;
    payload?: Record<string, unknown>;
  };
  notes: SummaryNotes;
}

type Channel = 'comment' | 'checks' | 'deployments';

/**
 * Sends one report to every place it goes: the sticky PR comment, the check run, the GitHub
 * Deployment's statuses and the job summary. GitHub failures never throw: each is a warning in the
 * log and the summary, and a channel that answered 403/404 is not tried again in this run.
 */
export class Publisher {
  private readonly summary = jobSummarySink();
  private comment?: ReportSink;
  private checkRunId?: number;
  private deploymentId?: number;
  private deploymentState?: DeploymentState;
  private readonly off = new Set<Channel>();
  private annotations: FileAnnotation[] = [];
  /** The check run's last summary sent, so an unchanged report is not sent again. */
  private checkSummary?: string;

  constructor(private readonly o: PublisherOptions) {}

  private track<T>(channel: Channel, r: GitHubOutcome<T>): T | undefined {
    if (r.status === 'ok') return r.value;
    this.o.notes.warn(r.warning);
    if (r.reason === 'forbidden' || r.reason === 'not-found') this.off.add(channel);
    return undefined;
  }

  private output(state: ReportState, markdown: string): CheckRunOutput {
    return { title: headline(state), summary: markdown, annotations: this.annotations };
  }

  /**
   * The comment, falling back to the job summary when GitHub refuses it (the summary is written
   * after every publish anyway, with the warning).
   */
  private async publishComment(state: ReportState, markdown: string): Promise<void> {
    const gh = this.o.github;
    if (!gh || this.o.pullRequest === undefined || this.off.has('comment')) return;
    this.comment ??= stickyCommentSink(gh.client, {
      ...gh.repo,
      issueNumber: this.o.pullRequest,
      scope: reportScope(state.environment, state.endpoint),
    });
    const sink = this.comment;
    let outcome: GitHubOutcome<{ url?: string }> | undefined;
    const watched: ReportSink = { name: sink.name, publish: async (m) => (outcome = await sink.publish(m)) };
    const r = await publishWithFallback(markdown, [watched, this.summary]);
    if (outcome) this.track('comment', outcome);
    else for (const w of r.warnings) this.o.notes.warn(w);
    if (r.url) this.commentUrl = r.url;
  }

  /** The sticky comment's URL once it exists. */
  commentUrl?: string;

  /** Writes the job summary: the report plus the notes. */
  async writeSummary(markdown: string): Promise<void> {
    await writeJobSummary(`${markdown}${this.o.notes.markdown()}`);
  }

  /** A report that is final at once: a plan, a refusal. One completed check run. */
  async publishFinal(state: ReportState, annotations: FileAnnotation[]): Promise<void> {
    this.annotations = annotations;
    const markdown = renderReport(state);
    await this.publishComment(state, markdown);
    const gh = this.o.github;
    if (gh && this.o.check && !this.off.has('checks')) {
      const conclusion: CheckConclusion = checkConclusion(state) ?? 'neutral';
      this.track(
        'checks',
        await reportCheckRun(
          gh.client,
          { ...gh.repo, ...this.o.check },
          conclusion,
          this.output(state, markdown),
        ),
      );
    }
    await this.writeSummary(renderReport(state, { maxChars: GITHUB_LIMITS.jobSummary }));
  }

  /**
   * The rollout starts: the check run and the deployment go in progress. The comment waits for the
   * first event (a live update follows at once), so it never shows the plan as "awaiting merge".
   */
  async start(state: ReportState, annotations: FileAnnotation[]): Promise<void> {
    this.annotations = annotations;
    const gh = this.o.github;
    if (gh && this.o.check && !this.off.has('checks')) {
      const r = this.track(
        'checks',
        await startCheckRun(
          gh.client,
          { ...gh.repo, ...this.o.check },
          {
            ...this.output(state, renderReport(state)),
            title: `Rolling out ${state.plan?.model ?? 'the model'} to ${state.endpoint}`,
          },
        ),
      );
      this.checkRunId = r?.id;
      // GitHub appends each update's annotations to the run's: they went with the create, once.
      if (r) this.annotations = [];
    }
    const dep = this.o.deployment;
    if (gh && dep && !this.off.has('deployments')) {
      if (dep.existingId !== undefined) {
        this.deploymentId = dep.existingId;
      } else {
        const created = this.track(
          'deployments',
          await createDeployment(gh.client, {
            ...gh.repo,
            ref: dep.ref,
            environment: dep.environment,
            description: `modelgate: ${state.plan?.model ?? 'model'} to ${state.endpoint}`,
            ...(dep.payload ? { payload: dep.payload } : {}),
          }),
        );
        this.deploymentId = created?.id;
      }
      await this.setStatus(
        state,
        'in_progress',
        `Rolling out ${state.plan?.model ?? 'the model'} to ${state.endpoint}`,
      );
    }
  }

  private async setStatus(
    state: ReportState,
    target: DeploymentState,
    description = headline(state),
  ): Promise<void> {
    const gh = this.o.github;
    const dep = this.o.deployment;
    if (!gh || !dep || this.deploymentId === undefined || this.off.has('deployments')) return;
    if (this.deploymentState === target) return;
    const done = this.track(
      'deployments',
      await setDeploymentStatus(gh.client, gh.repo, this.deploymentId, {
        state: target,
        description,
        ...(dep.logUrl ? { logUrl: dep.logUrl } : {}),
        ...(dep.environmentUrl && target === 'success' ? { environmentUrl: dep.environmentUrl } : {}),
        // Production needs earlier successes retired by hand (below); let GitHub do it elsewhere.
        ...(target === 'success' ? { autoInactive: true } : {}),
      }),
    );
    if (done) this.deploymentState = target;
  }

  /** A progress update: the comment and the check run's output (deployment statuses change only at the end). */
  async update(state: ReportState): Promise<void> {
    const markdown = renderReport(state);
    await this.publishComment(state, markdown);
    const gh = this.o.github;
    if (gh && this.checkRunId !== undefined && !this.off.has('checks') && markdown !== this.checkSummary) {
      const r = this.track(
        'checks',
        await updateCheckRun(gh.client, gh.repo, this.checkRunId, this.output(state, markdown)),
      );
      if (r) this.checkSummary = markdown;
    }
    await this.writeSummary(renderReport(state, { maxChars: GITHUB_LIMITS.jobSummary }));
  }

  /** The rollout ended: the final comment, the check run's conclusion, the deployment's final status. */
  async finish(state: ReportState): Promise<void> {
    const markdown = renderReport(state);
    const summary = renderReport(state, { maxChars: GITHUB_LIMITS.jobSummary });
    // The summary first: it is a local file, and a cancelled run may be killed at any moment.
    await this.writeSummary(summary);
    const gh = this.o.github;
    if (gh && this.checkRunId !== undefined && !this.off.has('checks')) {
      const conclusion = checkConclusion(state) ?? 'failure';
      this.track(
        'checks',
        await completeCheckRun(gh.client, gh.repo, this.checkRunId, conclusion, this.output(state, markdown)),
      );
    }
    const final = deploymentStateOf(state) ?? 'error';
    await this.setStatus(state, final);
    const dep = this.o.deployment;
    if (gh && dep && final === 'success' && this.deploymentId !== undefined && !this.off.has('deployments')) {
      const r = this.track(
        'deployments',
        await retireSupersededDeployments(gh.client, gh.repo, {
          environment: dep.environment,
          currentId: this.deploymentId,
          ...(dep.logUrl ? { logUrl: dep.logUrl } : {}),
        }),
      );
      if (r?.retired.length) core.info(`modelgate: marked deployment(s) ${r.retired.join(', ')} inactive`);
    }
    await this.publishComment(state, markdown);
    // Again, now with any warning the GitHub calls above raised.
    await this.writeSummary(summary);
  }

  /** The GitHub Deployment's id, when one was created or given. */
  get githubDeploymentId(): number | undefined {
    return this.deploymentId;
  }
}
