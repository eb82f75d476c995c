import { describe, expect, it } from 'vitest';
import {
  GITHUB_LIMITS,
  buildReport,
  createReport,
  renderReportDetailed,
  truncate,
  withChecks,
  withGates,
  withPolicy,
  type ReportPolicyDecision,
} from '../../src/report/index.js';
import type { RolloutEvent } from '../../src/rollout/events.js';
import { raggedTables, toHtml } from './html.js';
import * as s from './scenarios.js';

/** A rollout that ran for days: `windows` metric windows, each with three gate evaluations. */
function longRollout(windows: number): RolloutEvent[] {
  const { events } = s.rolledBackCanary();
  const firstWindow = events.findIndex((e) => e.type === 'metrics-read');
  const head = events.slice(0, firstWindow);
  const sample = events.slice(firstWindow, firstWindow + 4);
  const tail = events.slice(events.findIndex((e) => e.type === 'rolling-back'));
  const body: RolloutEvent[] = [];
  for (let i = 0; i < windows; i++) {
    const shift = i * 60_000;
    for (const e of sample) {
      if (e.type === 'metrics-read') {
        body.push({
          ...e,
          at: e.at + shift,
          window: { ...e.window, start: e.window.start + shift, end: e.window.end + shift },
        });
      } else {
        body.push({ ...e, at: e.at + shift });
      }
    }
  }
  const end = windows * 60_000;
  return [...head, ...body, ...tail.map((e) => ({ ...e, at: e.at + end }))];
}

function manyDecisions(n: number, messageLength: number): ReportPolicyDecision[] {
  return Array.from({ length: n }, (_, i) => ({
    ruleId: `pack.rule-${i}`,
    decision: i % 50 === 0 ? 'deny' : i % 7 === 0 ? 'warn' : 'allow',
    message: `Rule ${i}: ${'why '.repeat(messageLength / 4)}`,
    pack: 'builtin:production',
  }));
}

function checkWellFormed(md: string) {
  expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  expect(raggedTables(toHtml(md))).toEqual([]);
}

describe('size budget', () => {
  const plan = s.canaryPlan();
  const start = () =>
    withGates(
      createReport({ environment: 'production', endpoint: plan.endpoint, context: s.context(), plan }),
      s.canaryGates(),
    );

  it('a normal report is shown in full, evidence open', () => {
    const r = renderReportDetailed(buildReport(start(), s.rolledBackCanary().events));
    expect(r.level).toBe(0);
    expect(r.truncated).toBe(false);
  });

  it('5,000 windows: fits the comment and check limits by folding and dropping the oldest windows', () => {
    const state = buildReport(start(), longRollout(5_000));
    expect(state.deployment!.windows).toHaveLength(5_000);
    const r = renderReportDetailed(state);
    expect(r.markdown.length).toBeLessThanOrEqual(GITHUB_LIMITS.checkSummary);
    expect(r.truncated).toBe(false);
    expect(r.level).toBeGreaterThan(1);
    expect(r.markdown).toMatch(/\d[\d,]* older windows not shown\./);
    // The newest window is the one that mattered; it is kept.
    expect(r.markdown).toContain('Metric windows read (5000)');
    expect(r.markdown.startsWith('<!-- modelgate:production/fraud-prod -->\n\n## ⏪ Rolled back:')).toBe(
      true,
    );
    expect(r.markdown).toContain('### How to roll back');
    checkWellFormed(r.markdown);
  });

  it('the same report in a 1 MiB job summary keeps much more', () => {
    const state = buildReport(start(), longRollout(5_000));
    const small = renderReportDetailed(state);
    const big = renderReportDetailed(state, { maxChars: GITHUB_LIMITS.jobSummary });
    expect(big.markdown.length).toBeLessThanOrEqual(GITHUB_LIMITS.jobSummary);
    expect(big.markdown.length).toBeGreaterThan(small.markdown.length * 2);
  });

  it('2,000 policy decisions with long messages: denies all listed, allows folded and counted', () => {
    const state = withPolicy(start(), { decisions: manyDecisions(2_000, 2_000) });
    const r = renderReportDetailed(state);
    expect(r.markdown.length).toBeLessThanOrEqual(GITHUB_LIMITS.comment);
    expect(r.markdown).toContain('## ⛔ Refused by policy');
    expect(r.markdown).toContain('**40 denied**');
    checkWellFormed(r.markdown);
  });

  it('everything huge at once is cut with a note, closing what was open, marker and verdict kept', () => {
    const bigName = 'm'.repeat(100_000);
    let state = withPolicy(start(), { decisions: manyDecisions(20_000, 4_000) });
    state = withChecks(state, [
      {
        id: 'data.drift',
        status: 'fail',
        summary: 'x'.repeat(50_000),
        problems: Array.from({ length: 5_000 }, (_, i) => `feature_${i} drifted`),
        evidence: Array.from({ length: 20_000 }, (_, i) => ({
          column: `feature_${i}`,
          psi: 0.31,
          drifted: true,
        })),
      },
    ]);
    state = buildReport(
      state,
      longRollout(3_000).map((e) => (e.type === 'provisioned' ? { ...e, model: bigName } : e)),
    );
    const r = renderReportDetailed(state, { maxChars: GITHUB_LIMITS.comment });
    expect(r.markdown.length).toBeLessThanOrEqual(GITHUB_LIMITS.comment);
    expect(r.markdown.startsWith('<!-- modelgate:production/fraud-prod -->\n\n## ⏪ Rolled back:')).toBe(
      true,
    );
    if (r.truncated)
      expect(r.markdown).toMatch(
        /⚠️ \*\*Report truncated\*\* to fit GitHub's 65,536-character limit: [\d,]+ characters left out\. The \[workflow run\]/,
      );
    checkWellFormed(r.markdown);
  });

  it('a tiny limit still yields a well-formed body within the limit', () => {
    const state = buildReport(
      withPolicy(start(), { decisions: s.refusingDecisions() }),
      s.rolledBackCanary().events,
    );
    for (const max of [1_500, 3_000]) {
      const r = renderReportDetailed(state, { maxChars: max });
      expect(r.markdown.length).toBeLessThanOrEqual(max);
      expect(r.truncated).toBe(true);
      expect(r.markdown.startsWith('<!-- modelgate:production/fraud-prod -->\n\n## ⏪ Rolled back:')).toBe(
        true,
      );
      expect(r.markdown).toContain('Report truncated');
      checkWellFormed(r.markdown);
    }
    // Before cutting, the renderer drops detail: the verdict, plan, decisions and rollback help fit 6,000.
    const fitted = renderReportDetailed(state, { maxChars: 6_000 });
    expect(fitted.truncated).toBe(false);
    expect(fitted.markdown).toContain('8 metric windows read (not listed to fit the size limit).');
    expect(fitted.markdown).toContain('### How to roll back');
  });

  it('truncate() closes an open fence and open <details>', () => {
    const body = [
      '<!-- m -->',
      '',
      '<details><summary>s</summary>',
      '',
      '```mermaid',
      'xychart-beta',
      ...Array(400).fill('    line [1, 2]'),
      '```',
      '',
      '</details>',
    ].join('\n');
    const cut = truncate(body, 2_000);
    expect(cut.length).toBeLessThanOrEqual(2_000);
    checkWellFormed(cut);
    expect(cut).toContain('characters left out');
  });

  it('collapses evidence into <details> when long but within the limit', () => {
    const state = buildReport(start(), longRollout(60));
    const r = renderReportDetailed(state);
    expect(r.markdown.length).toBeGreaterThan(20_000);
    expect(r.level).toBe(1);
    // Folded, and left open only when a gate failed (none did in this log).
    expect(r.markdown).toContain('<details><summary>Newest reading of each gate per step (3)</summary>');
    const failing = renderReportDetailed(buildReport(start(), s.rolledBackCanary().events), {
      collapseAbove: 1_000,
    });
    expect(failing.markdown).toContain(
      '<details open><summary>Newest reading of each gate per step (6)</summary>',
    );
  });
});
