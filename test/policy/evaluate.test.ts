import { beforeAll, describe, expect, it } from 'vitest';
import { ModelgateError } from '../../src/errors.js';
import { evaluatePolicies, waiversFromLabels } from '../../src/policy/evaluate.js';
import type { Facts } from '../../src/policy/facts.js';
import { compilePolicySet } from '../../src/policy/load.js';
import { loadExampleFacts } from '../../src/policy/testing.js';
import type { Decision, PolicySet } from '../../src/policy/types.js';

let example: Facts;
beforeAll(async () => {
  example = await loadExampleFacts();
});

function policy(text: string): PolicySet {
  return compilePolicySet([{ file: 'team.yaml', text }]);
}

function facts(edit: (f: Facts) => void = () => {}): Facts {
  const f = structuredClone(example);
  edit(f);
  return f;
}

function decision(set: PolicySet, f: Facts, id: string, waivers = {}): Decision {
  const d = evaluatePolicies(set, f, waivers).decisions.find((x) => x.ruleId === id);
  if (!d) throw new Error(`no decision for ${id}`);
  return d;
}

const RULES = policy(`rules:
  - id: t.first-step
    description: first canary step at most 10%
    when: plan.strategy == "canary"
    require: plan.steps[1].traffic.candidate <= 10.0
    message: "first canary step is {{ plan.steps[1].traffic.candidate }}%"
    waivable: true
  - id: t.fork
    require: '!git.isFork'
  - id: t.size
    severity: warn
    require: artifact != null && artifact.sizeBytes < 10000000
    message: artifact is {{ artifact.sizeBytes }} bytes
  - id: t.approval
    require: artifact.registry.approvalStatus == "Approved"
    waivable: true
`);

describe('evaluating rules', () => {
  it('allows, denies, warns and skips, with messages quoting the facts', () => {
    const ok = evaluatePolicies(RULES, example);
    expect(ok.decisions.map((d) => [d.ruleId, d.decision, d.message])).toEqual([
      ['t.first-step', 'allow', 'first canary step is 10%'],
      ['t.fork', 'allow', 'requirement met'],
      ['t.size', 'warn', 'artifact is 48213377 bytes'],
      ['t.approval', 'allow', 'requirement met'],
    ]);
    expect(ok.denied).toBe(false);
    expect(ok.counts).toEqual({ allow: 3, deny: 0, warn: 1, waived: 0, error: 0, skipped: 0 });

    const bad = evaluatePolicies(
      RULES,
      facts((f) => {
        f.plan.steps[1].traffic = { baseline: 75, candidate: 25 };
        f.git.isFork = true;
      }),
    );
    expect(bad.decisions[0]).toMatchObject({
      decision: 'deny',
      message: 'first canary step is 25%',
      severity: 'deny',
    });
    expect(bad.decisions[1]).toMatchObject({ decision: 'deny', message: 'requirement not met: !git.isFork' });
    expect(bad.denied).toBe(true);

    const linear = decision(
      RULES,
      facts((f) => (f.plan.strategy = 'linear')),
      't.first-step',
    );
    expect(linear).toMatchObject({ decision: 'skipped', message: 'not applicable (`when` is false)' });
  });

  it('reports the facts each rule reads, from the CEL AST', () => {
    expect(RULES.rules.map((r) => r.reads)).toEqual([
      ['plan.strategy', 'plan.steps[1].traffic.candidate'],
      ['git.isFork'],
      ['artifact.sizeBytes'],
      ['artifact.registry.approvalStatus'],
    ]);
    const macro = policy(`rules:
  - id: t.macro
    require: >-
      plan.steps.filter(s, s.action == "shift").all(s, s.bakeSeconds >= seconds("5m"))
      && cel.bind(tags, spec.target.tags, "owner" in tags && tags["owner"] != "")
`);
    expect(macro.rules[0].reads).toEqual([
      'plan.steps[*].action',
      'plan.steps[*].bakeSeconds',
      'spec.target.tags["owner"]',
    ]);
  });

  it('fails closed: a missing fact makes the rule an error that denies, with where and why', () => {
    const noArtifact = facts((f) => (f.artifact = null));
    const r = evaluatePolicies(RULES, noArtifact);
    const d = r.decisions.find((x) => x.ruleId === 't.approval')!;
    expect(d.decision).toBe('error');
    expect(d.error).toEqual({
      expression: 'require',
      message:
        'artifact is null (the artifact check did not run), so artifact.registry cannot be read; test `artifact != null` first',
      location: { file: 'team.yaml', line: 15, column: 23 },
    });
    expect(d.message).toBe(`require could not be evaluated at team.yaml:15:23: ${d.error!.message}`);
    expect(r.denied).toBe(true);
    // The guarded rule reads the same missing section without failing.
    expect(r.decisions.find((x) => x.ruleId === 't.size')!.decision).toBe('warn');
  });

  it('explains an optional field that is not set, and a null compared at run time', () => {
    const set = policy(`rules:
  - id: t.linear
    require: spec.strategy.stepPercent <= 10.0
  - id: t.usd
    require: plan.cost.extraUsd <= 50.0
  - id: t.index
    require: plan.steps[7].bakeSeconds > 0.0
`);
    const r = evaluatePolicies(
      set,
      facts((f) => {
        f.plan.cost.extraUsd = null;
      }),
    );
    expect(r.decisions.map((d) => [d.decision, d.error?.message])).toEqual([
      ['error', 'spec.strategy.stepPercent is not set; test `has(spec.strategy.stepPercent)` first'],
      ['error', 'no such overload: dyn<null> <= double (a fact it uses is null)'],
      ['error', 'No such key: index out of bounds, index 7 >= size 5'],
    ]);
  });

  it('a message placeholder that fails shows the error but never changes the decision', () => {
    const set = policy(`rules:
  - id: t.msg
    require: git.event == "pull_request"
    message: "size {{ artifact.sizeBytes }}, event {{ git.event }}"
`);
    const d = decision(
      set,
      facts((f) => (f.artifact = null)),
      't.msg',
    );
    expect(d).toMatchObject({
      decision: 'allow',
      message: 'size <error: No such key: sizeBytes>, event pull_request',
    });
  });

  it('a when that errors is an error too, not a skip', () => {
    const set = policy(`rules:
  - id: t.when
    when: endpoint.status == "InService"
    require: 'true'
`);
    const d = decision(
      set,
      facts((f) => (f.endpoint = null)),
      't.when',
    );
    expect(d.decision).toBe('error');
    expect(d.error?.expression).toBe('when');
    expect(d.error?.message).toContain('endpoint is null (the endpoint state was not looked up)');
  });

  it('a dyn result that is not a bool is an error', () => {
    const set = policy(`rules:
  - id: t.dyn
    require: evaluation.candidate.auc
`);
    const d = decision(set, example, 't.dyn');
    expect(d).toMatchObject({ decision: 'error', error: { message: 'evaluated to 0.941, not a bool' } });
  });

  it('refuses facts that do not match the schema, naming every bad field', () => {
    const bad = facts((f) => {
      (f.plan.steps[0] as unknown as Record<string, unknown>).index = 'zero';
      (f.spec.target as unknown as Record<string, unknown>).instanceCount = 2.5;
      delete (f as Partial<Facts>).now;
    });
    expect(() => evaluatePolicies(RULES, bad)).toThrow(ModelgateError);
    expect(() => evaluatePolicies(RULES, bad)).toThrow(
      /spec\.target\.instanceCount: expected an integer, got number 2\.5\n {2}plan\.steps\[0\]\.index: expected an integer, got string "zero"\n {2}now: is missing/,
    );
  });

  it('offers CEL heterogeneous numeric equality, glob matching, seconds() and time zones', () => {
    const set = policy(`rules:
  - id: t.eq
    require: plan.steps[3].traffic.candidate == 100 && spec.target.instanceCount == 2
  - id: t.glob
    require: spec.model.image.matchesGlob("123456789012.dkr.ecr.*.amazonaws.com/xgboost:*")
  - id: t.seconds
    require: spec.strategy.steps[0].bakeSeconds == seconds("10m") && seconds("1h30m") == 5400.0
  - id: t.tz
    require: now.timestamp.getHours("America/New_York") == 5 && now.weekday == "Wednesday" && now.dayOfWeek == 3
`);
    expect(evaluatePolicies(set, example).decisions.map((d) => d.decision)).toEqual([
      'allow',
      'allow',
      'allow',
      'allow',
    ]);
  });
});

describe('waivers', () => {
  const denied = () =>
    facts((f) => {
      f.plan.steps[1].traffic = { baseline: 75, candidate: 25 };
      f.git.isFork = true;
    });

  it('a modelgate-waive:<rule-id> label turns a deny into a recorded exception', () => {
    const f = denied();
    f.git.labels = ['deploy', 'modelgate-waive:t.first-step'];
    const r = evaluatePolicies(RULES, f);
    const d = r.decisions[0];
    expect(d.decision).toBe('waived');
    expect(d.waiver).toEqual({
      ruleId: 't.first-step',
      reason: 'pull-request label "modelgate-waive:t.first-step"',
      by: null,
      source: 'label',
      status: 'applied',
    });
    expect(d.message).toBe(
      'first canary step is 25% — waived (pull-request label "modelgate-waive:t.first-step")',
    );
    expect(r.counts.waived).toBe(1);
    expect(r.denied).toBe(true); // t.fork still denies
  });

  it('an explicit waiver records who and why', () => {
    const f = denied();
    f.git.isFork = false;
    const r = evaluatePolicies(RULES, f, {
      waivers: [{ ruleId: 't.first-step', reason: 'INC-42 hotfix', by: 'alice', source: 'input' }],
    });
    expect(r.decisions[0]).toMatchObject({
      decision: 'waived',
      message: 'first canary step is 25% — waived (INC-42 hotfix, by alice)',
      waiver: { status: 'applied', by: 'alice', reason: 'INC-42 hotfix', source: 'input' },
    });
    expect(r.denied).toBe(false);
  });

  it('a non-waivable rule refuses the waiver and keeps denying', () => {
    const f = denied();
    f.git.labels = ['modelgate-waive:t.fork'];
    const r = evaluatePolicies(RULES, f);
    const d = r.decisions[1];
    expect(d.decision).toBe('deny');
    expect(d.waiver).toMatchObject({ status: 'refused', note: 'rule "t.fork" is not waivable' });
    expect(r.waivers).toEqual([expect.objectContaining({ ruleId: 't.fork', status: 'refused' })]);
  });

  it('an error is never waived; unneeded and unknown waivers are reported', () => {
    const f = facts((x) => (x.artifact = null));
    f.git.labels = ['modelgate-waive:t.approval', 'modelgate-waive:t.fork', 'modelgate-waive:t.nope'];
    const r = evaluatePolicies(RULES, f);
    expect(r.decisions[3]).toMatchObject({ decision: 'error', waiver: { status: 'refused' } });
    expect(r.waivers.map((w) => [w.ruleId, w.status])).toEqual([
      ['t.approval', 'refused'],
      ['t.fork', 'not-needed'],
      ['t.nope', 'unknown-rule'],
    ]);
    expect(r.waivers[0].note).toMatch(/an error is never waived/);
  });

  it('reads waiver labels only with the exact prefix and a rule id', () => {
    expect(
      waiversFromLabels(['modelgate-waive:', 'waive:x', 'modelgate-waive:a.b']).map((w) => w.ruleId),
    ).toEqual(['a.b']);
  });
});
