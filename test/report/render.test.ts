import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  checkConclusion,
  createReport,
  headline,
  renderReport,
  verdictOf,
  withChecks,
  withGates,
  withPolicy,
  type ReportState,
} from '../../src/report/index.js';
import type { RolloutEvent } from '../../src/rollout/events.js';
import * as s from './scenarios.js';

function base(): ReportState {
  const plan = s.canaryPlan();
  return withGates(
    createReport({ environment: 'production', endpoint: plan.endpoint, context: s.context(), plan }),
    s.canaryGates(),
  );
}

/** The H3 section titles in order. */
function sections(md: string): string[] {
  return [...md.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
}

function section(md: string, title: string): string {
  const start = md.indexOf(`### ${title}\n`);
  expect(start, `section ${title}`).toBeGreaterThanOrEqual(0);
  const next = md.indexOf('\n### ', start + 4);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('report for a rolled-back canary', () => {
  const { events } = s.rolledBackCanary();
  const state = buildReport(withPolicy(base(), { decisions: s.allowDecisions() }), events);
  const md = renderReport(state);

  it('opens with the marker, then the verdict and why', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- modelgate:production/fraud-prod -->');
    expect(lines[2]).toBe('## ⏪ Rolled back: `fraud-detector-v43` on `fraud-prod` (production)');
    expect(lines[4]).toBe(
      '**Why:** at step 3 (canary 50%), gate `error-rate` failed: error\\_rate 3.11% &gt; 1% (n=1,200); baseline 0.21%.',
    );
    expect(md).toContain(
      'The endpoint serves `fraud-prod-mg-6c01` again (verified: InService, no traffic on the candidate); the rollback took 2m 53s.',
    );
    expect(verdictOf(state).kind).toBe('rolled-back');
    expect(checkConclusion(state)).toBe('failure');
  });

  it('has the sections in reading order', () => {
    expect(sections(md)).toEqual([
      'Plan',
      'Policy',
      'Progress',
      'Gate evidence',
      'Charts',
      'How to roll back',
    ]);
  });

  it('marks each plan step with its status', () => {
    const plan = section(md, 'Plan');
    expect(plan).toContain(
      '| # | Step | Status | Action | Traffic (baseline / candidate) | Instances | Bake | Gates |',
    );
    expect(plan).toContain(
      '| 2 | canary 10% | ✅\u00a0passed | shift | 90% / 10% | 2 / 1 | 10m (+≤5m) | `error-rate`, `latency-p99`, `alarm-5xx` (n ≥ 500) |',
    );
    expect(plan).toContain(
      '| 3 | canary 50% | ❌\u00a0failed | shift | 50% / 50% | 2 / 2 | 10m (+≤5m) | `error-rate`, `latency-p99`, `alarm-5xx` (n ≥ 500) |',
    );
    expect(plan).toContain('| 4 | promote 100% | ⏸\u00a0pending | finalize | 0% / 100% | 0 / 2 | – | – |');
    expect(plan).toContain('A failed gate at any step rolls back to the baseline.');
    expect(plan).toContain(
      'extra cost ≈ \\$0.21 (0.92 instance-hours of `ml.m5.xlarge` at \\$0.23/h, us-east-1 prices of 2026-11-01)',
    );
  });

  it('shows gate evidence: values against limits with n and p-values', () => {
    const ev = section(md, 'Gate evidence');
    expect(ev).toContain('**Step 2 · canary 10%** (passed)');
    expect(ev).toContain('**Step 3 · canary 50%** (failed)');
    expect(ev).toContain('| `error-rate` | ❌\u00a0fail | 3.11% | 0.21% | ≤ 1% | 1,200 / 1,200 | – |');
    expect(ev).toContain(
      '| `latency-p99` | ✅\u00a0pass | 214 ms (1.18×) | 182 ms | ≤ 1.2× baseline | 1,200 / 1,200 | 0.004 |',
    );
    expect(ev).toContain(
      '| `alarm-5xx` | ✅\u00a0pass | `OK` | – | alarm `fraud-prod-5xx` not in ALARM | – | – |',
    );
    expect(ev).toContain('<details><summary>Every gate evaluation (24)</summary>');
    expect(ev).toContain('<details><summary>Metric windows read (8)</summary>');
    expect(ev).toContain(
      '| 3 | +20m → +22m | 1,200 | 3.08% | 0% | p99 214 ms | 1,200 | 0.25% | 0% | p99 182 ms |',
    );
  });

  it('charts traffic per variant over time and each metric against its limit', () => {
    const charts = section(md, 'Charts');
    const blocks = [...charts.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(3);
    const traffic = blocks[0].split('\n');
    expect(traffic[0]).toBe('xychart-beta');
    expect(traffic).toContain('    y-axis "% of traffic" 0 --> 100');
    const bars = JSON.parse(
      traffic
        .find((l) => l.trim().startsWith('bar'))!
        .trim()
        .slice(4),
    ) as number[];
    const line = JSON.parse(
      traffic
        .find((l) => l.trim().startsWith('line'))!
        .trim()
        .slice(5),
    ) as number[];
    // One point a minute: 0% → 10% → 50% → back to 0% after the rollback; shares always add to 100.
    expect(bars.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(bars[10]).toBe(10);
    expect(bars[20]).toBe(50);
    expect(bars.at(-1)).toBe(0);
    bars.forEach((b, i) => expect(b + line[i]).toBe(100));
    expect(blocks[1]).toContain('title "error-rate (%)"');
    expect(blocks[1]).toContain('bar [0.2, 0.18, 0.22, 0.2, 0.18, 0.24, 0.62, 3.11]');
    expect(blocks[1]).toContain('line [1, 1, 1, 1, 1, 1, 1, 1]');
    // A ratio gate's limit is baseline × 1.2 in milliseconds.
    expect(blocks[2]).toContain('line [218.4, 218.4, 218.4, 218.4, 218.4, 218.4, 218.4, 218.4]');
    expect(charts).toContain(
      '_Gate `error-rate` (error\\_rate): bars are the candidate at each evaluation, the line the limit._',
    );
  });

  it('says exactly how to roll back by hand', () => {
    const how = section(md, 'How to roll back');
    expect(how).toContain(
      '**From the Actions tab:** open [modelgate.yml](https://github.com/acme/fraud-models/actions/workflows/modelgate.yml), press **Run workflow** on `main` and set `mode` = `rollback`, `environment` = `production`.',
    );
    expect(how).toContain(
      '```sh\ngh workflow run modelgate.yml --repo acme/fraud-models --ref main -f mode=rollback -f environment=production\n```',
    );
    expect(how).toContain('```sh\nAWS_REGION=us-east-1 modelgate rollback --endpoint fraud-prod\n```');
    expect(how).toContain('| `/modelgate abort` | roll back now |');
    expect(how).toContain('| `/modelgate extend 10m` | bake the current step longer (s, m or h) |');
  });

  it('renders to well-formed HTML: every table row has its header’s cell count, every block closes', async () => {
    const html = await marked.parse(md);
    const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]);
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) {
      const header = (t.match(/<thead>[\s\S]*?<\/thead>/)![0].match(/<th[\s>]/g) ?? []).length;
      for (const row of t.match(/<tr>[\s\S]*?<\/tr>/g)!.slice(1))
        expect((row.match(/<td[\s>]/g) ?? []).length).toBe(header);
    }
    expect((md.match(/<details/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });
});

describe('report for a promoted canary', () => {
  const state = buildReport(withPolicy(base(), { decisions: s.allowDecisions() }), s.promotedCanary().events);
  const md = renderReport(state);

  it('says promoted, how long it took and what serves traffic', () => {
    expect(md.split('\n')[2]).toBe('## ✅ Promoted: `fraud-detector-v43` on `fraud-prod` (production)');
    expect(md).toContain(
      '5 of 5 steps passed their gates in 38m 20s; `fraud-prod-mg-7f3a` now serves all traffic.',
    );
    expect(checkConclusion(state)).toBe('success');
    expect(headline(state)).toBe('Promoted fraud-detector-v43 to fraud-prod in 38m 20s');
    expect(section(md, 'Plan')).not.toContain('pending');
    expect(md).not.toContain('❌');
  });
});

describe('report for a policy refusal (plan only)', () => {
  const state = withChecks(
    withPolicy(base(), { decisions: s.refusingDecisions(), sources: ['builtin:production'] }),
    s.passingChecks(),
  );
  const md = renderReport(state);

  it('leads with the refusal and the rule that decided', () => {
    expect(md.split('\n')[2]).toBe(
      '## ⛔ Refused by policy: `fraud-detector-v43` on `fraud-prod` (production)',
    );
    expect(md).toContain(
      '- `production.first-step` denies: The first canary step moves 25% of traffic; production allows at most 10%.',
    );
    expect(checkConclusion(state)).toBe('failure');
    expect(headline(state)).toBe(
      'Refused by policy (1 blocking): production.first-step: The first canary step moves 25% of traffic; production allows at most 10%.',
    );
  });

  it('lists denies first, then waivers with their reason, then warnings; allows folded', () => {
    const policy = section(md, 'Policy');
    expect(policy).toContain(
      '**1 denied** · 1 waived · 1 warning · 4 allowed · evaluated `builtin:production`',
    );
    const deny = policy.indexOf('⛔\u00a0deny');
    const waived = policy.indexOf('🟡\u00a0waived');
    const warn = policy.indexOf('⚠️\u00a0warn');
    expect(deny).toBeGreaterThan(0);
    expect(waived).toBeGreaterThan(deny);
    expect(warn).toBeGreaterThan(waived);
    expect(policy).toContain(
      '— **waived** by octocat (label modelgate-waive:team.no-friday-deploys): Fraud spike needs the new model before the weekend',
    );
    expect(policy).toContain('<details><summary>4 rules allowed</summary>');
  });

  it('has no progress, evidence or charts: nothing ran', () => {
    expect(sections(md)).toEqual(['Plan', 'Policy', 'Checks', 'How to roll back']);
  });
});

describe('report for a plan-only PR', () => {
  const state = withChecks(withPolicy(base(), { decisions: s.allowDecisions() }), s.passingChecks());
  const md = renderReport(state);

  it('says nothing moved and what merging does', () => {
    expect(md.split('\n')[2]).toBe(
      '## 📝 Plan: awaiting merge: `fraud-detector-v43` on `fraud-prod` (production)',
    );
    expect(md).toContain(
      'Nothing has moved yet. Merging runs a canary rollout in 5 steps (about 35m, at most 45m). Policy allows it.',
    );
    expect(checkConclusion(state)).toBe('success');
    expect(section(md, 'Plan')).not.toContain('Status');
    expect(section(md, 'Plan')).toContain(
      '| 2 | canary 10% | shift | 90% / 10% | 2 / 1 | 10m (+≤5m) | `error-rate`, `latency-p99`, `alarm-5xx` (n ≥ 500) |',
    );
    expect(section(md, 'Checks')).toContain(
      '| `artifact` | ✅\u00a0pass | sha256 matches, 48.2 MB, 2/2 required files, image allowed |',
    );
  });

  it('a failed check blocks the plan even without a policy', () => {
    const failing = withChecks(base(), [
      {
        id: 'data.drift',
        status: 'fail',
        summary: '7 of 12 features drifted',
        problems: ['amount drifted: PSI 0.31 ≥ 0.1'],
      },
    ]);
    const out = renderReport(failing);
    expect(verdictOf(failing).kind).toBe('plan-refused');
    expect(out).toContain('- check `data.drift` failed: 7 of 12 features drifted');
    expect(out).toContain('- amount drifted: PSI 0.31 ≥ 0.1');
  });
});

describe('live progress', () => {
  const { events } = s.promotedCanary();
  const cut = events.findIndex((e) => e.type === 'step-started' && e.step.index === 2);

  it('shows the current step, traffic, and time in bake at "now"', () => {
    const state = buildReport(base(), events.slice(0, cut + 2));
    const now = s.T0 + 19 * 60_000 + 20_000;
    const md = renderReport(state, { now });
    expect(md.split('\n')[2]).toBe('## 🚀 Rolling out: `fraud-detector-v43` on `fraud-prod` (production)');
    expect(md).toContain('Step 3 of 5: canary 50%. This comment updates as the rollout progresses.');
    expect(section(md, 'Progress')).toContain(
      '**Step 3 of 5: canary 50%** · traffic 50% baseline / 50% candidate · baking 4m of 10m · running for 19m 20s',
    );
    expect(section(md, 'Progress')).toContain(
      'Lock held by github-actions run 1234567890 until 2026-11-24 15:00:00 UTC.',
    );
    expect(checkConclusion(state)).toBeUndefined();
    expect(headline(state)).toBe('Rolling out: step 3 of 5 (canary 50%)');
  });

  it('hold pauses the bake clock; resume and extend are acknowledged', () => {
    const id = s.DEPLOYMENT_ID;
    const at = (m: number) => s.T0 + m * 60_000;
    const more: RolloutEvent[] = [
      {
        type: 'control-command',
        at: at(17),
        deploymentId: id,
        command: { kind: 'hold' },
        acknowledged: true,
      },
      {
        type: 'control-command',
        at: at(20),
        deploymentId: id,
        command: { kind: 'resume' },
        acknowledged: true,
      },
      {
        type: 'control-command',
        at: at(21),
        deploymentId: id,
        command: { kind: 'extend', seconds: 600 },
        acknowledged: true,
        note: 'by @octocat',
      },
      {
        type: 'bake-extended',
        at: at(21),
        deploymentId: id,
        stepIndex: 2,
        bySeconds: 600,
        reason: 'extend command',
      },
    ];
    const held = buildReport(base(), [...events.slice(0, cut + 2), more[0]]);
    const heldMd = renderReport(held, { now: at(19) });
    expect(heldMd).toContain('(**on hold**)');
    // 15m20s start; held from 17m: 1m40s baked, however long the hold lasts.
    expect(section(heldMd, 'Progress')).toContain('baking 1m 40s of 10m');

    const resumed = buildReport(base(), [...events.slice(0, cut + 2), ...more]);
    const md = renderReport(resumed, { now: at(22) });
    const progress = section(md, 'Progress');
    expect(progress).toContain('baking 3m 40s of 10m (+10m extended)');
    expect(progress).toContain('- +17m `hold` acknowledged');
    expect(progress).toContain('- +21m `extend 10m` acknowledged: by @\u200boctocat');
  });
});

describe('other outcomes', () => {
  it('a failed rollback is reported loudly with the endpoint state left', () => {
    const { events } = s.rolledBackCanary();
    const upTo = events.findIndex((e) => e.type === 'rolling-back');
    const failed: RolloutEvent[] = [
      ...events.slice(0, upTo + 1),
      {
        type: 'rollback-failed',
        at: s.T0 + 30 * 60_000,
        deploymentId: s.DEPLOYMENT_ID,
        error: 'UpdateEndpoint failed: ResourceLimitExceeded',
        state: {
          endpoint: 'fraud-prod',
          status: 'Failed',
          endpointConfig: 'fraud-prod-mg-7f3a',
          failureReason: 'Insufficient capacity',
          variants: [
            { name: 'fraud-detector-v42', weight: 50, instances: 2 },
            { name: 'fraud-detector-v43', weight: 50, instances: 2 },
          ],
        },
      },
      {
        type: 'done',
        at: s.T0 + 30 * 60_000,
        deploymentId: s.DEPLOYMENT_ID,
        outcome: 'unsafe',
        summary: 'Endpoint left serving the candidate.',
      },
    ];
    const state = buildReport(base(), failed);
    const md = renderReport(state);
    expect(md.split('\n')[2]).toBe(
      '## 🚨 Rollback failed: the endpoint needs attention: `fraud-detector-v43` on `fraud-prod` (production)',
    );
    expect(md).toContain('**The rollback itself failed:** UpdateEndpoint failed: ResourceLimitExceeded');
    expect(md).toContain(
      'Endpoint `fraud-prod` is `Failed` on `fraud-prod-mg-7f3a`; SageMaker says: Insufficient capacity.',
    );
    expect(md).toContain('| `fraud-detector-v43` | 50 | 2 | production |');
    expect(checkConclusion(state)).toBe('failure');
  });

  it('an empty report still renders a marker and a line', () => {
    const md = renderReport(createReport({ environment: 'staging', endpoint: 'e' }));
    expect(md.startsWith('<!-- modelgate:staging/e -->\n\n## ℹ️ modelgate: `e` (staging)')).toBe(true);
    expect(checkConclusion(createReport({ environment: 'staging', endpoint: 'e' }))).toBe('neutral');
  });
});
