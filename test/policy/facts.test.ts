import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ArtifactFacts, DataFacts, EvaluationFacts } from '../../src/checks/types.js';
import { planRollout } from '../../src/plan/plan.js';
import { celTypeOf, policyEnvironment } from '../../src/policy/cel-env.js';
import { evaluatePolicies } from '../../src/policy/evaluate.js';
import { buildFacts, nowFacts, type EndpointFacts, type Facts } from '../../src/policy/facts.js';
import { gitFactsFromGithub, type GithubEventPayload } from '../../src/policy/git-facts.js';
import { compilePolicySet } from '../../src/policy/load.js';
import { FACT_SHAPES, factsSchema, messageTypes } from '../../src/policy/shapes.js';
import { loadExampleFacts } from '../../src/policy/testing.js';
import { loadSpecFile } from '../../src/spec/load.js';

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(factsSchema);

function errors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

// Written against the checks' TypeScript types: the compiler keeps these in step with src/checks/types.ts,
// ajv keeps the schema in step with them.
const artifact: ArtifactFacts = {
  passed: false,
  problems: ['code/inference.py is missing from the archive'],
  uri: 'model/model.tar.gz',
  location: 'local',
  sha256Expected: null,
  sha256Actual: 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c',
  sha256Source: 'computed',
  sha256Matches: null,
  sizeBytes: 1024,
  minSizeBytes: 100,
  maxSizeBytes: null,
  sizeWithinBounds: true,
  files: ['model.joblib'],
  requiredFiles: ['code/inference.py'],
  missingFiles: ['code/inference.py'],
  metadata: { path: 'card.json', valid: false, errors: ['/metrics: is required'], card: { name: 'x' } },
  image: { uri: 'ghcr.io/acme/serve:1', allowListed: true, matchedPattern: null, allowList: [] },
  registry: null,
};
const data: DataFacts = {
  passed: false,
  problems: ['amount: 3 values below the minimum 0'],
  reference: null,
  current: { path: 'recent.jsonl', format: 'jsonl', rows: 10, bytes: 900 },
  schema: {
    passed: false,
    problems: ['amount: 3 values below the minimum 0'],
    columns: [
      {
        name: 'amount',
        type: 'number',
        present: true,
        rows: 10,
        nulls: 0,
        nullPercent: 0,
        maxNullPercent: 0,
        min: -3,
        max: 12.5,
        distinct: null,
        distinctCapped: false,
        unique: null,
        violations: [
          {
            column: 'amount',
            rule: 'min',
            message: 'below 0',
            count: 3,
            examples: [{ row: 2, value: '-3' }],
          },
        ],
      },
    ],
    violations: [
      { column: 'amount', rule: 'min', message: 'below 0', count: 3, examples: [{ row: 2, value: '-3' }] },
    ],
  },
  drift: {
    features: [
      {
        column: 'amount',
        kind: 'numerical',
        referenceRows: 1000,
        currentRows: 10,
        sampled: false,
        method: 'ks',
        statistic: 0.61,
        pValue: 0.0004,
        threshold: 0.05,
        drifted: true,
        tests: [{ method: 'ks', statistic: 0.61, pValue: 0.0004, threshold: 0.05, drifted: true }],
      },
    ],
    skipped: [{ column: 'id', reason: 'unique identifier' }],
    checked: 1,
    drifted: 1,
    driftedShare: 1,
    datasetDriftPercent: 50,
    datasetDrift: true,
  },
};
const evaluation: EvaluationFacts = {
  passed: false,
  problems: ['candidate.auc >= baseline.auc - 0.005 is false'],
  candidate: { auc: 0.91, confusion: { tp: 10, fp: 2 } },
  baseline: null,
  requirements: [{ expr: 'candidate.auc >= baseline.auc - 0.005', passed: false, error: 'no baseline' }],
};
const endpoint: EndpointFacts = {
  name: 'fraud-prod',
  exists: false,
  status: null,
  configName: null,
  variants: [],
  shadowVariants: [],
  dataCapture: null,
  tags: {},
};

let example: Facts;
beforeAll(async () => {
  example = await loadExampleFacts();
});

describe('schema/facts.schema.json', () => {
  it('accepts the built-in example facts', () => {
    expect(errors(example)).toEqual([]);
  });

  const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));
  it.each(examples)('accepts facts built from examples/%s and its plan', async (name) => {
    const loaded = await loadSpecFile(join('examples', name));
    const facts = buildFacts({
      spec: loaded.spec,
      plan: planRollout(loaded.spec),
      now: '2026-03-06T16:30:00Z',
    });
    expect(errors(JSON.parse(JSON.stringify(facts)))).toEqual([]);
    // …and the engine accepts them too (the CEL types are compiled from the same schema).
    const set = compilePolicySet([
      { file: 'x.yaml', text: 'rules:\n  - id: x\n    require: size(plan.steps) > 0\n' },
    ]);
    expect(evaluatePolicies(set, facts).decisions[0].decision).toBe('allow');
  });

  it('accepts every check section in the shapes src/checks/types.ts defines', () => {
    const facts = { ...example, artifact, data, evaluation, endpoint };
    expect(errors(facts)).toEqual([]);
    const set = compilePolicySet([
      {
        file: 'x.yaml',
        text: `rules:
  - id: x.checks
    require: >-
      artifact.missingFiles == ["code/inference.py"] && artifact.registry == null && artifact.sha256Matches == null
      && data.drift.features.exists(f, f.column == "amount" && f.drifted && f.pValue < 0.05)
      && data.schema.violations.all(v, v.rule == "min") && data.drift.driftedShare == 1
      && evaluation.candidate.confusion.tp == 10 && evaluation.baseline == null
      && !endpoint.exists && endpoint.dataCapture == null
`,
      },
    ]);
    expect(evaluatePolicies(set, facts).decisions[0]).toMatchObject({ decision: 'allow' });
  });

  it('rejects what the engine rejects: wrong types, unknown fields, a missing section', () => {
    const bad = structuredClone(example) as unknown as Record<string, Record<string, unknown>>;
    bad.git.isFork = 'no';
    bad.plan.surprise = 1;
    delete bad.now;
    expect(errors(bad)).toEqual([
      " must have required property 'now'",
      '/plan must NOT have additional properties',
      '/git/isFork must be boolean',
    ]);
  });

  it('compiles into CEL types: messages, ints, doubles, nullable fields as dyn', () => {
    expect(celTypeOf(FACT_SHAPES.get('spec')!)).toBe('Spec');
    expect(celTypeOf(FACT_SHAPES.get('artifact')!)).toBe('ArtifactFacts');
    const names = messageTypes().map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['Strategy', 'Gate', 'PlanStep', 'FeatureDrift', 'NowFacts']),
    );
    const plan = messageTypes().find((t) => t.name === 'PlanCost')!;
    expect(celTypeOf(plan.fields.get('extraUsd')!)).toBe('dyn');
    expect(celTypeOf(plan.fields.get('extraInstanceHours')!)).toBe('double');
    const strategy = messageTypes().find((t) => t.name === 'Strategy')!;
    expect(strategy.variants).toHaveLength(7);
    expect(celTypeOf(strategy.fields.get('steps')!)).toBe('list<WeightStep>');
    const type = strategy.fields.get('type')!;
    expect(type.kind === 'string' && type.enum).toEqual([
      'all-at-once',
      'canary',
      'linear',
      'blue-green',
      'shadow',
      'ab-test',
      'rolling',
    ]);
    for (const name of [
      'spec',
      'plan',
      'artifact',
      'data',
      'evaluation',
      'git',
      'environment',
      'now',
      'endpoint',
    ]) {
      expect(policyEnvironment().hasVariable(name), name).toBe(true);
    }
    expect([...FACT_SHAPES.keys()]).toEqual(Object.keys(factsSchema.properties));
  });
});

describe('buildFacts', () => {
  it('fills the sections that were not given: checks null, local git, environment from the spec', () => {
    const f = buildFacts({ spec: example.spec, plan: example.plan, now: Date.UTC(2026, 2, 6, 16, 30) });
    expect(f.artifact).toBeNull();
    expect(f.data).toBeNull();
    expect(f.evaluation).toBeNull();
    expect(f.endpoint).toBeNull();
    expect(f.git).toEqual({
      event: 'local',
      ref: '',
      base: null,
      head: null,
      sha: '',
      actor: '',
      isFork: false,
      labels: [],
      pullRequest: null,
      repository: '',
    });
    expect(f.environment).toEqual({ name: 'production' });
    expect(f.now).toEqual({
      timestamp: '2026-03-06T16:30:00.000Z',
      date: '2026-03-06',
      weekday: 'Friday',
      dayOfWeek: 5,
      hour: 16,
      minute: 30,
    });
    expect(errors(f)).toEqual([]);
  });

  it('takes overrides', () => {
    const f = buildFacts({
      spec: example.spec,
      plan: example.plan,
      environment: 'staging',
      git: { event: 'push', labels: ['a'] },
      artifact,
      endpoint,
      now: '2026-01-01T00:00:00Z',
    });
    expect(f.environment.name).toBe('staging');
    expect(f.git).toMatchObject({ event: 'push', labels: ['a'], isFork: false });
    expect(f.artifact).toBe(artifact);
    expect(() => nowFacts('yesterday')).toThrow(/invalid time/);
    const clock = { now: () => Date.UTC(2026, 0, 4, 23, 59) };
    expect(buildFacts({ spec: example.spec, plan: example.plan, now: clock }).now).toMatchObject({
      weekday: 'Sunday',
      hour: 23,
      minute: 59,
    });
  });
});

describe('git facts from GitHub Actions', () => {
  const require = createRequire(import.meta.url);
  const hooks = require('@octokit/webhooks-examples') as Array<{
    name: string;
    examples: Array<Record<string, unknown>>;
  }>;
  const labeled = hooks.find((h) => h.name === 'pull_request')!.examples.find((e) => e.action === 'labeled')!;
  const env = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_REF: 'refs/pull/2/merge',
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
  };

  it('reads labels, refs and the head of a real pull_request payload', () => {
    const git = gitFactsFromGithub(env, labeled as GithubEventPayload);
    const pr = (
      labeled as {
        pull_request: { number: number; head: { ref: string; sha: string }; base: { ref: string } };
      }
    ).pull_request;
    expect(git).toEqual({
      event: 'pull_request',
      ref: 'refs/pull/2/merge',
      base: pr.base.ref,
      head: pr.head.ref,
      sha: pr.head.sha,
      actor: 'Codertocat',
      isFork: false,
      labels: ['bug'],
      pullRequest: pr.number,
      repository: 'Codertocat/Hello-World',
    });
  });

  it('flags a head from another repository, or a deleted one, as a fork', () => {
    const fork = structuredClone(labeled) as {
      pull_request: { head: { repo: { full_name: string } | null } };
    };
    fork.pull_request.head.repo!.full_name = 'mallory/Hello-World';
    expect(gitFactsFromGithub(env, fork as GithubEventPayload).isFork).toBe(true);
    fork.pull_request.head.repo = null;
    expect(gitFactsFromGithub(env, fork as GithubEventPayload).isFork).toBe(true);
  });

  it('is local outside Actions, and a push has no pull-request fields', () => {
    expect(gitFactsFromGithub({}, labeled as GithubEventPayload).event).toBe('local');
    const push = gitFactsFromGithub({ ...env, GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main' }, {});
    expect(push).toMatchObject({
      event: 'push',
      base: null,
      head: null,
      isFork: false,
      labels: [],
      pullRequest: null,
    });
  });
});
