import type { FileAnnotation } from '../report/annotations.js';
import { GITHUB_LIMITS, truncate } from '../report/render.js';
import type { CheckConclusion } from '../report/verdict.js';
import type { ChecksPort, RepoRef } from './ports.js';
import { guard, type GitHubOutcome } from './result.js';

/** GitHub takes at most 50 annotations per check-run request; more go in further updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Annotations sent at most per run (20 requests); the report lists every finding anyway. */
export const MAX_ANNOTATIONS = 1000;

export interface CheckRunTarget extends RepoRef {
  /** Unique per workflow and scope: a GITHUB_TOKEN check run may attach to another workflow's suite. */
  name: string;
  headSha: string;
  detailsUrl?: string;
  externalId?: string;
}

export interface CheckRunOutput {
  title: string;
  /** Markdown, cut to 65,535 characters. */
  summary: string;
  text?: string;
  annotations?: FileAnnotation[];
}

export interface CheckRunResult {
  id: number;
  url?: string;
  annotationsSent: number;
  annotationsDropped: number;
}

const PERMISSION = 'checks: write' as const;

type RestAnnotation = {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
};

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function toRest(a: FileAnnotation): RestAnnotation {
  const sameLine = a.startLine === a.endLine;
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    ...(sameLine && a.startColumn !== undefined ? { start_column: a.startColumn } : {}),
    ...(sameLine && a.endColumn !== undefined ? { end_column: a.endColumn } : {}),
    annotation_level: a.level,
    message: clip(a.message, 4000),
    ...(a.title ? { title: clip(a.title, 255) } : {}),
  };
}

function restOutput(o: CheckRunOutput, annotations: RestAnnotation[]) {
  return {
    title: clip(o.title, 255),
    summary: truncate(o.summary, GITHUB_LIMITS.checkSummary),
    ...(o.text ? { text: truncate(o.text, GITHUB_LIMITS.checkSummary) } : {}),
    ...(annotations.length ? { annotations } : {}),
  };
}

function batches(annotations: FileAnnotation[] | undefined): {
  batches: RestAnnotation[][];
  dropped: number;
} {
  const all = (annotations ?? []).slice(0, MAX_ANNOTATIONS).map(toRest);
  const out: RestAnnotation[][] = [];
  for (let i = 0; i < all.length; i += ANNOTATIONS_PER_REQUEST)
    out.push(all.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return { batches: out, dropped: Math.max(0, (annotations?.length ?? 0) - MAX_ANNOTATIONS) };
}

/** Sends annotation batches after the first, each with the same title and summary (GitHub requires them). */
async function appendAnnotations(
  client: ChecksPort,
  repo: RepoRef,
  id: number,
  output: CheckRunOutput,
  rest: RestAnnotation[][],
) {
  for (const batch of rest) {
    await client.rest.checks.update({
      owner: repo.owner,
      repo: repo.repo,
      check_run_id: id,
      output: restOutput(output, batch),
    });
  }
}

/**
 * One create or update request carrying the first 50 annotations, then the rest in further updates
 * (so a complete request sets the conclusion before any append can fail).
 */
function send(
  client: ChecksPort,
  repo: RepoRef,
  output: CheckRunOutput,
  action: string,
  request: (out: ReturnType<typeof restOutput>) => Promise<{ id: number; url?: string }>,
): Promise<GitHubOutcome<CheckRunResult>> {
  const { batches: parts, dropped } = batches(output.annotations);
  return guard(action, PERMISSION, async () => {
    const run = await request(restOutput(output, parts[0] ?? []));
    await appendAnnotations(client, repo, run.id, output, parts.slice(1));
    return { ...run, annotationsSent: parts.flat().length, annotationsDropped: dropped };
  });
}

function createRun(
  client: ChecksPort,
  target: CheckRunTarget,
  output: CheckRunOutput,
  fields: {
    status: 'in_progress' | 'completed';
    conclusion?: CheckConclusion;
    started_at: string;
    completed_at?: string;
  },
) {
  return send(client, target, output, 'create the check run', async (out) => {
    const r = await client.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: target.name,
      head_sha: target.headSha,
      ...fields,
      ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
      ...(target.externalId ? { external_id: target.externalId } : {}),
      output: out,
    });
    return { id: r.data.id, url: r.data.html_url ?? undefined };
  });
}

function updateRun(
  client: ChecksPort,
  repo: RepoRef,
  id: number,
  output: CheckRunOutput,
  action: string,
  fields: { status?: 'completed'; conclusion?: CheckConclusion; completed_at?: string } = {},
) {
  return send(client, repo, output, action, async (out) => {
    const r = await client.rest.checks.update({
      owner: repo.owner,
      repo: repo.repo,
      check_run_id: id,
      ...fields,
      output: out,
    });
    return { id, url: r.data.html_url ?? undefined };
  });
}

/** Creates the check run `in_progress` (the required status check shows as pending). */
export async function startCheckRun(
  client: ChecksPort,
  target: CheckRunTarget,
  output: CheckRunOutput,
  startedAt: Date = new Date(),
): Promise<GitHubOutcome<CheckRunResult>> {
  return createRun(client, target, output, { status: 'in_progress', started_at: startedAt.toISOString() });
}

/** Updates the running check's output (progress). */
export async function updateCheckRun(
  client: ChecksPort,
  repo: RepoRef,
  id: number,
  output: CheckRunOutput,
): Promise<GitHubOutcome<CheckRunResult>> {
  return updateRun(client, repo, id, output, 'update the check run');
}

/**
 * Completes the check run with its conclusion first, then appends any annotations past the first
 * 50, so a failed append never leaves the check hanging `in_progress`.
 */
export async function completeCheckRun(
  client: ChecksPort,
  repo: RepoRef,
  id: number,
  conclusion: CheckConclusion,
  output: CheckRunOutput,
  completedAt: Date = new Date(),
): Promise<GitHubOutcome<CheckRunResult>> {
  return updateRun(client, repo, id, output, 'complete the check run', {
    status: 'completed',
    conclusion,
    completed_at: completedAt.toISOString(),
  });
}

/** Creates a check run that is complete at once (a plan-only PR, a refusal): one request plus annotation batches. */
export async function reportCheckRun(
  client: ChecksPort,
  target: CheckRunTarget,
  conclusion: CheckConclusion,
  output: CheckRunOutput,
  at: Date = new Date(),
): Promise<GitHubOutcome<CheckRunResult>> {
  return createRun(client, target, output, {
    status: 'completed',
    conclusion,
    started_at: at.toISOString(),
    completed_at: at.toISOString(),
  });
}
