import { renderCharts } from './charts.js';
import { detailLevels, type Detail } from './detail.js';
import { count, timestamp } from './format.js';
import { link } from './markdown.js';
import { reportMarker, reportScope } from './marker.js';
import { renderChecks } from './section-checks.js';
import { renderEvidence } from './section-evidence.js';
import { renderPlan } from './section-plan.js';
import { renderPolicy } from './section-policy.js';
import { renderProgress } from './section-progress.js';
import { renderRollbackHelp } from './section-rollback.js';
import { renderVerdict } from './section-verdict.js';
import type { ReportState } from './types.js';

/** GitHub's size limits, in characters, for the surfaces a report goes to. */
export const GITHUB_LIMITS = {
  /** Issue and PR comment bodies (422 "Body is too long" past it). */
  comment: 65_536,
  /** Check run `output.summary` and `output.text` (maxLength in the REST schema). */
  checkSummary: 65_535,
  /** `$GITHUB_STEP_SUMMARY` per step (1 MiB). */
  jobSummary: 1_048_576,
} as const;

export interface RenderOptions {
  /** Largest body allowed, in characters. Default: the smaller of the comment and check limits. */
  maxChars?: number;
  /** "Now" for live progress (time in bake); default the newest event's time. */
  now?: number;
  /** Above this length the evidence is folded into `<details>` even when it fits. Default 20,000. */
  collapseAbove?: number;
}

export interface RenderedReport {
  markdown: string;
  /** Index into `detailLevels()` used; 0 is everything shown. */
  level: number;
  /** Whether the last resort (cutting the text) was needed. */
  truncated: boolean;
  scope: string;
}

function compose(state: ReportState, detail: Detail, now: number): string {
  const marker = reportMarker(reportScope(state.environment, state.endpoint));
  const sections = [
    renderVerdict(state, detail),
    renderPlan(state),
    renderPolicy(state, detail),
    renderChecks(state, detail),
    renderProgress(state, detail, now),
    renderEvidence(state, detail),
    renderCharts(state, detail, now),
    renderRollbackHelp(state),
  ].filter(Boolean);
  const updated = state.updatedAt !== undefined ? ` · updated ${timestamp(state.updatedAt)}` : '';
  const footer = `<sub>Reported by modelgate${updated}. This comment is updated in place.</sub>`;
  return [marker, ...sections, footer].join('\n\n') + '\n';
}

/**
 * Renders the report. One markdown body for the PR comment, the check run summary, the job
 * summary and `--report-md`; it degrades to fit `maxChars`: evidence folded into `<details>`,
 * then the oldest windows and evaluations dropped, then charts, then the text cut with a note.
 */
export function renderReportDetailed(state: ReportState, options: RenderOptions = {}): RenderedReport {
  const maxChars = options.maxChars ?? Math.min(GITHUB_LIMITS.comment, GITHUB_LIMITS.checkSummary);
  const now = options.now ?? state.updatedAt ?? state.deployment?.lastEventAt ?? 0;
  const collapseAbove = options.collapseAbove ?? 20_000;
  const scope = reportScope(state.environment, state.endpoint);
  const levels = detailLevels();
  let last = '';
  for (let i = 0; i < levels.length; i++) {
    last = compose(state, levels[i], now);
    const tooLongToRead = i === 0 && last.length > collapseAbove;
    if (last.length <= maxChars && !tooLongToRead)
      return { markdown: last, level: i, truncated: false, scope };
  }
  return {
    markdown: truncate(last, maxChars, state.context.runUrl),
    level: levels.length - 1,
    truncated: true,
    scope,
  };
}

export function renderReport(state: ReportState, options: RenderOptions = {}): string {
  return renderReportDetailed(state, options).markdown;
}

/**
 * Cuts `body` to at most `max` characters at a paragraph boundary, closes any `<details>` or code
 * fence left open, and says what was left out and where the rest is.
 */
export function truncate(body: string, max: number, runUrl?: string): string {
  if (body.length <= max) return body;
  const note = (omitted: number) =>
    `\n\n---\n\n⚠️ **Report truncated** to fit GitHub's ${count(max)}-character limit: ${count(omitted)} characters left out.` +
    (runUrl ? ` The ${link('workflow run', runUrl)} has the full report in its job summary.` : '') +
    '\n';
  const reserve = note(body.length).length + 200;
  let cut = body.slice(0, Math.max(0, max - reserve));
  const para = cut.lastIndexOf('\n\n');
  if (para > 0) cut = cut.slice(0, para);
  const closers: string[] = [];
  let fenceOpen: string | undefined;
  for (const line of cut.split('\n')) {
    const m = /^(`{3,}|~{3,})/.exec(line);
    if (
      m &&
      (!fenceOpen || (m[1][0] === fenceOpen[0] && m[1].length >= fenceOpen.length && line.trim() === m[1]))
    ) {
      fenceOpen = fenceOpen ? undefined : m[1];
    }
  }
  if (fenceOpen) closers.push(fenceOpen);
  const opened = (cut.match(/<details[\s>]/g) ?? []).length;
  const closed = (cut.match(/<\/details>/g) ?? []).length;
  for (let i = closed; i < opened; i++) closers.push('</details>');
  const result = `${cut}\n\n${closers.join('\n\n')}${note(body.length - cut.length)}`;
  return result.length <= max ? result : result.slice(0, max);
}
