import { formatProblem, type InputProblem } from '../src/errors.js';
import type { GitHubClient } from '../src/github/octokit.js';
import type { RepoRef } from '../src/github/ports.js';
import { escapeCode as code } from '../src/report/index.js';
import type { ReportContext } from '../src/report/types.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { ActionResult, ReasonCode } from './outputs.js';
import type { SummaryNotes } from './publisher.js';
import type { Cancellation } from './signals.js';

/** What every operation gets: the run, the inputs, the GitHub client (with a token) and the notes. */
export interface Setup {
  env: NodeJS.ProcessEnv;
  run: RunContext;
  inputs: ActionInputs;
  github?: { client: GitHubClient; repo: RepoRef };
  notes: SummaryNotes;
  cancellation: Cancellation;
  /** Live report pacing, real ms (tests shorten it). */
  live?: { intervalMs?: number; minGapMs?: number };
}

export type Outcome = Omit<ActionResult, 'reportPath'>;

/** An operation's result, the markdown of its report, and what else goes into report.json. */
export interface Done {
  result: Outcome;
  markdown: string;
  json?: Record<string, unknown>;
}

/** A refusal before anything moved: decision deny, the step fails unless `failed` says otherwise. */
export function refused(
  reasonCode: ReasonCode,
  message: string,
  markdown: string,
  extra: Partial<Outcome> = {},
): Done {
  return {
    markdown,
    result: { decision: 'deny', reasonCode, finalStatus: 'refused', message, failed: true, ...extra },
  };
}

/** Links and facts the report needs to tell a reader where they are and how to act. */
export function reportContext(s: Setup, pullRequest: number | undefined): ReportContext {
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
export function invalidSpecMarkdown(specPath: string, problems: InputProblem[]): string {
  return [
    `## ⛔ Invalid spec: ${code(specPath)}`,
    '',
    `${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was planned or deployed.`,
    '',
    ...problems.map((p) => `- ${code(formatProblem(p), { max: 2000 })}`),
  ].join('\n');
}
