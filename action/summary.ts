import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { degrade, ok } from '../src/github/result.js';
import type { ReportSink } from '../src/github/publish.js';

/**
 * The job summary: the one report that needs no token and no permission, so it is always written,
 * on fork pull requests too. Each write replaces the step's summary (the report is rebuilt whole).
 */
export function jobSummarySink(): ReportSink {
  return {
    name: 'job summary',
    async publish(markdown) {
      try {
        await core.summary.emptyBuffer().addRaw(markdown, true).write({ overwrite: true });
        return ok({});
      } catch (error) {
        return degrade('write the job summary', undefined, error);
      }
    },
  };
}

let warned = false;

/**
 * Replaces the step's job summary with `markdown`. A runner always provides the file; elsewhere
 * (a local run without GITHUB_STEP_SUMMARY) the failure is logged once and the run goes on.
 */
export async function writeJobSummary(markdown: string): Promise<void> {
  const r = await jobSummarySink().publish(markdown);
  if (r.status === 'degraded' && !warned) {
    warned = true;
    core.info(`modelgate: ${r.warning}`);
  }
}

/** Where report.md and report.json go: the runner's temp folder (kept for the job's later steps). */
export function reportDir(env: NodeJS.ProcessEnv): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'modelgate');
}

/** Writes report.md and report.json; returns the markdown's path (output `report-path`). */
export async function writeReportFiles(
  env: NodeJS.ProcessEnv,
  markdown: string,
  json: unknown,
): Promise<string> {
  const dir = reportDir(env);
  await mkdir(dir, { recursive: true });
  const md = join(dir, 'report.md');
  await writeFile(md, markdown);
  await writeFile(join(dir, 'report.json'), `${JSON.stringify(json, null, 2)}\n`);
  return md;
}
