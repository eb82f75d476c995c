import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { completeCheckRun, reportCheckRun, startCheckRun, updateCheckRun } from '../../src/github/checks.js';
import type { FileAnnotation } from '../../src/report/annotations.js';
import {
  annotationsFromPolicy,
  buildReport,
  checkConclusion,
  createReport,
  headline,
  renderReport,
  withGates,
  withPolicy,
} from '../../src/report/index.js';
import * as s from '../report/scenarios.js';
import { API, REPO, client, fixture, useNock } from './helpers.js';

const TARGET = {
  ...REPO,
  name: 'modelgate / production/fraud-prod',
  headSha: 'ce587453ced02b1526dfb4cb910479d431683101',
  detailsUrl: 'https://github.com/acme/fraud-models/actions/runs/1234567890',
};
const RUNS = '/repos/acme/fraud-models/check-runs';
const T = new Date(s.T0);

function annotations(n: number): FileAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: 'models/fraud/modelgate.yaml',
    startLine: i + 1,
    endLine: i + 1,
    level: 'warning' as const,
    title: `finding ${i}`,
    message: `message ${i}`,
  }));
}

describe('check run', () => {
  useNock();

  it('goes in_progress → updated → completed with the report’s conclusion, with exact request bodies', async () => {
    const gh = client();
    const { plan, events } = s.rolledBackCanary();
    let report = withGates(
      createReport({ environment: 'production', endpoint: 'fraud-prod', context: s.context(), plan }),
      s.canaryGates(),
    );
    const live = buildReport(report, events.slice(0, 20));
    report = buildReport(report, events);

    nock(API)
      .post(RUNS, {
        name: TARGET.name,
        head_sha: TARGET.headSha,
        status: 'in_progress',
        started_at: '2026-11-24T14:00:00.000Z',
        details_url: TARGET.detailsUrl,
        output: { title: 'Starting', summary: 'Rollout starting' },
      })
      .reply(201, fixture('check-run.json'));
    const started = await startCheckRun(gh, TARGET, { title: 'Starting', summary: 'Rollout starting' }, T);
    expect(started).toMatchObject({
      status: 'ok',
      value: { id: 4, url: 'https://github.com/acme/fraud-models/runs/4' },
    });

    const liveSummary = renderReport(live);
    nock(API)
      .patch(`${RUNS}/4`, { output: { title: headline(live), summary: liveSummary } })
      .reply(200, fixture('check-run.json'));
    expect((await updateCheckRun(gh, REPO, 4, { title: headline(live), summary: liveSummary })).status).toBe(
      'ok',
    );

    const conclusion = checkConclusion(report)!;
    expect(conclusion).toBe('failure');
    const summary = renderReport(report);
    nock(API)
      .patch(`${RUNS}/4`, {
        status: 'completed',
        conclusion: 'failure',
        completed_at: '2026-11-24T14:25:01.000Z',
        output: { title: headline(report), summary },
      })
      .reply(200, { ...fixture('check-run.json'), status: 'completed', conclusion: 'failure' });
    const done = await completeCheckRun(
      gh,
      REPO,
      4,
      conclusion,
      { title: headline(report), summary },
      new Date(report.updatedAt!),
    );
    expect(done.status).toBe('ok');
    expect(headline(report)).toBe(
      'Rolled back at step 3 (canary 50%): gate error-rate failed: error_rate 3.11% > 1% (n=1,200)',
    );
  });

  it('sends 120 annotations as 50 + 50 + 20, each request with the title and summary GitHub requires', async () => {
    const gh = client();
    const list = annotations(120);
    const seen: number[] = [];
    const body = (b: { output: { title: string; summary: string; annotations: unknown[] } }) => {
      expect(b.output.title).toBe('Refused by policy');
      expect(b.output.summary).toBe('summary');
      seen.push(b.output.annotations.length);
      return true;
    };
    nock(API).post(RUNS, body).reply(201, fixture('check-run.json'));
    nock(API).patch(`${RUNS}/4`, body).twice().reply(200, fixture('check-run.json'));
    const r = await startCheckRun(
      gh,
      TARGET,
      { title: 'Refused by policy', summary: 'summary', annotations: list },
      T,
    );
    expect(seen).toEqual([50, 50, 20]);
    expect(r).toMatchObject({ status: 'ok', value: { annotationsSent: 120, annotationsDropped: 0 } });
  });

  it('completes first, then appends annotations past 50, so a failed append never leaves it in_progress', async () => {
    const gh = client();
    const order: string[] = [];
    nock(API)
      .patch(`${RUNS}/4`, (b: { status?: string; output: { annotations: unknown[] } }) => {
        order.push(`${b.status ?? 'append'}:${b.output.annotations.length}`);
        return true;
      })
      .twice()
      .reply(200, fixture('check-run.json'));
    const r = await completeCheckRun(
      gh,
      REPO,
      4,
      'failure',
      { title: 't', summary: 's', annotations: annotations(70) },
      T,
    );
    expect(r.status).toBe('ok');
    expect(order).toEqual(['completed:50', 'append:20']);
  });

  it('maps policy decisions to annotations on the policy files’ lines, columns only on one line', async () => {
    const gh = client();
    const anns = annotationsFromPolicy(s.refusingDecisions());
    let sent: unknown[] = [];
    nock(API)
      .post(RUNS, (b: { status: string; conclusion: string; output: { annotations: unknown[] } }) => {
        sent = b.output.annotations;
        return b.status === 'completed' && b.conclusion === 'failure';
      })
      .reply(201, fixture('check-run.json'));
    const r = await reportCheckRun(
      gh,
      TARGET,
      'failure',
      { title: 'Refused', summary: 's', annotations: anns },
      T,
    );
    expect(r.status).toBe('ok');
    expect(sent).toEqual([
      {
        path: 'policies/production/rules.yaml',
        start_line: 41,
        end_line: 41,
        start_column: 5,
        end_column: 5,
        annotation_level: 'failure',
        message: 'The first canary step moves 25% of traffic; production allows at most 10%.',
        title: 'policy deny: production.first-step',
      },
      {
        path: '.modelgate/policies/team.yaml',
        start_line: 12,
        end_line: 12,
        annotation_level: 'notice',
        message:
          'No deploys after 15:00 on Fridays. (waived: Fraud spike needs the new model before the weekend)',
        title: 'policy waived: team.no-friday-deploys',
      },
      {
        path: 'policies/cost-guard/rules.yaml',
        start_line: 8,
        end_line: 8,
        annotation_level: 'warning',
        message: 'The rollout adds 0.92 instance-hours ($0.21).',
        title: 'policy warn: cost-guard.extra-hours',
      },
    ]);
  });

  it('keeps summary and text within 65,535 characters', async () => {
    const gh = client();
    let lengths: number[] = [];
    nock(API)
      .patch(`${RUNS}/4`, (b: { output: { summary: string; text: string } }) => {
        lengths = [b.output.summary.length, b.output.text.length];
        return true;
      })
      .reply(200, fixture('check-run.json'));
    const huge = 'line of evidence\n\n'.repeat(10_000);
    expect((await updateCheckRun(gh, REPO, 4, { title: 't', summary: huge, text: huge })).status).toBe('ok');
    expect(lengths[0]).toBeLessThanOrEqual(65_535);
    expect(lengths[1]).toBeLessThanOrEqual(65_535);
    expect(lengths[0]).toBeGreaterThan(60_000);
  });

  it('degrades on 403 naming `checks: write`', async () => {
    const gh = client();
    nock(API).post(RUNS).reply(403, { message: 'Resource not accessible by integration' });
    const r = await startCheckRun(gh, TARGET, { title: 't', summary: 's' }, T);
    expect(r).toMatchObject({
      status: 'degraded',
      reason: 'forbidden',
      permission: 'checks: write',
      httpStatus: 403,
    });
    expect(r.status === 'degraded' && r.warning).toContain('`checks: write`');
  });

  it('takes the conclusion from the verdict: plan → success, refusal → failure, cancel → cancelled', () => {
    const base = createReport({ environment: 'production', endpoint: 'fraud-prod', plan: s.canaryPlan() });
    expect(checkConclusion(withPolicy(base, { decisions: s.allowDecisions() }))).toBe('success');
    expect(checkConclusion(withPolicy(base, { decisions: s.refusingDecisions() }))).toBe('failure');
    const { events } = s.rolledBackCanary();
    const cancelled = events.map((e) =>
      e.type === 'rolling-back' ? { ...e, reason: 'cancelled' as const } : e,
    );
    expect(checkConclusion(buildReport(base, cancelled))).toBe('cancelled');
    expect(checkConclusion(buildReport(base, s.promotedCanary().events))).toBe('success');
    expect(checkConclusion(buildReport(base, s.promotedCanary().events.slice(0, 12)))).toBeUndefined();
  });
});
