import { describe, expect, it } from 'vitest';
import type { Decision, PolicyResult } from '../../src/policy/types.js';
import {
  annotationsFromChecks,
  annotationsFromProblems,
  buildReport,
  createReport,
  renderReport,
  reportPolicyFromResult,
  withPolicy,
} from '../../src/report/index.js';
import * as s from './scenarios.js';

function decision(p: Partial<Decision> & Pick<Decision, 'ruleId' | 'decision'>): Decision {
  return {
    description: `${p.ruleId} description`,
    severity: 'deny',
    message: '',
    reads: [],
    waivable: false,
    location: { file: 'policies/production/rules.yaml', line: 10, column: 5 },
    origin: 'builtin:production',
    ...p,
  };
}

describe('policy engine result → report', () => {
  const result: PolicyResult = {
    denied: true,
    counts: { allow: 1, deny: 1, warn: 0, waived: 1, error: 1, skipped: 1 },
    waivers: [],
    decisions: [
      decision({ ruleId: 'production.bake', decision: 'allow', message: 'Every bake is at least 5m.' }),
      decision({
        ruleId: 'production.first-step',
        decision: 'deny',
        message: 'First step moves 25%; at most 10%.',
        waiver: {
          ruleId: 'production.first-step',
          reason: 'hotfix',
          by: 'octocat',
          source: 'label',
          status: 'refused',
          note: 'the rule is not waivable',
        },
      }),
      decision({
        ruleId: 'team.friday',
        decision: 'waived',
        message: 'No deploys on Friday evening.',
        origin: '.modelgate/policies',
        location: { file: '.modelgate/policies/team.yaml', line: 3, column: 3 },
        waiver: {
          ruleId: 'team.friday',
          reason: 'Fraud spike',
          by: 'octocat',
          source: 'label',
          status: 'applied',
        },
      }),
      decision({
        ruleId: 'regulated.kms',
        decision: 'error',
        message: 'no such key: dataCapture',
        error: {
          expression: 'require',
          message: 'no such key',
          location: { file: 'policies/regulated/rules.yaml', line: 22, column: 14 },
        },
      }),
      decision({ ruleId: 'cost-guard.hours', decision: 'skipped' }),
    ],
  };
  const policy = reportPolicyFromResult(result, ['builtin:production', '.modelgate/policies']);

  it('keeps every decision that applied, with waivers and locations', () => {
    expect(policy.notApplicable).toBe(1);
    expect(policy.decisions.map((d) => [d.ruleId, d.decision])).toEqual([
      ['production.bake', 'allow'],
      ['production.first-step', 'deny'],
      ['team.friday', 'waived'],
      ['regulated.kms', 'error'],
    ]);
    expect(policy.decisions[1].message).toBe(
      'First step moves 25%; at most 10%. (waiver refused: the rule is not waivable)',
    );
    expect(policy.decisions[2]).toMatchObject({
      waiver: { reason: 'Fraud spike', by: 'octocat', source: 'label modelgate-waive:team.friday' },
      source: { file: '.modelgate/policies/team.yaml', line: 3 },
    });
    expect(policy.decisions[2].pack).toBeUndefined();
    expect(policy.decisions[3].source).toEqual({
      file: 'policies/regulated/rules.yaml',
      line: 22,
      column: 14,
    });
  });

  it('renders as a refusal naming the deny and the rule that could not be evaluated', () => {
    const md = renderReport(
      withPolicy(
        createReport({ environment: 'production', endpoint: 'fraud-prod', plan: s.canaryPlan() }),
        policy,
      ),
    );
    expect(md).toContain('## ⛔ Refused by policy');
    expect(md).toContain('- `regulated.kms` could not be evaluated: no such key: dataCapture');
    expect(md).toContain('**1 denied** · **1 failed to evaluate** · 1 waived · 1 allowed · 1 not applicable');
  });
});

describe('annotations', () => {
  it('spec problems land on their line and column', () => {
    const anns = annotationsFromProblems(
      [
        {
          file: '/repo/models/fraud/modelgate.yaml',
          line: 14,
          column: 9,
          path: 'strategy.steps[0].weight',
          message: 'must be at most 100',
          expected: '0–100',
        },
        { file: '/elsewhere/x.yaml', line: 1, message: 'outside the repo' },
      ],
      { repoPath: (f) => (f.startsWith('/repo/') ? f.slice('/repo/'.length) : undefined) },
    );
    expect(anns).toEqual([
      {
        path: 'models/fraud/modelgate.yaml',
        startLine: 14,
        endLine: 14,
        startColumn: 9,
        endColumn: 9,
        level: 'failure',
        title: 'strategy.steps[0].weight',
        message: 'must be at most 100 (expected 0–100)',
      },
    ]);
  });

  it('failed checks with a source become annotations; passing ones do not', () => {
    const anns = annotationsFromChecks([
      {
        id: 'data.drift',
        status: 'fail',
        summary: '3 of 4 features drifted',
        problems: ['amount drifted'],
        source: { file: 'modelgate.yaml', line: 20 },
      },
      { id: 'artifact', status: 'pass', summary: 'ok', source: { file: 'modelgate.yaml', line: 3 } },
    ]);
    expect(anns).toEqual([
      {
        path: 'modelgate.yaml',
        startLine: 20,
        endLine: 20,
        level: 'failure',
        title: 'check data.drift: fail',
        message: '3 of 4 features drifted\namount drifted',
      },
    ]);
  });
});

describe('plan variants', () => {
  it('shows "On fail" only when a step does something other than roll back, and uses the plan’s gates', () => {
    const plan = s.canaryPlan();
    plan.gates = s.canaryGates();
    plan.steps = plan.steps.map((st) => (st.index === 2 ? { ...st, onFail: 'keep-baseline' } : st));
    const state = buildReport(
      createReport({ environment: 'production', endpoint: 'fraud-prod', plan }),
      s.rolledBackCanary().events.map((e) => (e.type === 'deployment-started' ? { ...e, plan } : e)),
    );
    const md = renderReport(state);
    expect(md).toContain(
      '| # | Step | Status | Action | Traffic (baseline / candidate) | Instances | Bake | Gates | On fail |',
    );
    expect(md).toContain('keep baseline |');
    expect(md).not.toContain('A failed gate at any step rolls back');
    // Limits come from plan.gates when the report was given no gates of its own.
    expect(md).toContain('≤ 1.2× baseline');
  });

  it('says so when automatic rollback is off', () => {
    const plan = { ...s.canaryPlan(), autoRollback: false };
    expect(renderReport(createReport({ environment: 'production', endpoint: 'fraud-prod', plan }))).toContain(
      '**Automatic rollback is off:** a failed gate stops the rollout',
    );
  });
});
