import { describe, expect, it } from 'vitest';
import { InputError, type InputProblem } from '../../src/errors.js';
import { loadSpecText } from '../../src/spec/load.js';

/*
 * Invalid specs, each with the message it must produce and the line it must point at. The expected
 * line is the one marked `# <-` in the case's YAML (so the case reads like the file a user wrote).
 */

const MARK = '# <-';

const BASE = {
  head: 'apiVersion: modelgate/v1',
  model: `model:
  name: fraud
  artifact: s3://models/fraud/model.tar.gz
  image: repo/fraud:1`,
  target: `target:
  provider: local
  endpoint: fraud-prod
  instanceType: ml.m5.large
  instanceCount: 2`,
  strategy: `strategy:
  type: canary
  steps:
    - { weight: 10, bake: 5m }
    - { weight: 100 }`,
  gates: `gates:
  rules:
    - { metric: error_rate, max: 0.01 }`,
  rest: '',
};

type Parts = Partial<typeof BASE>;
const spec = (p: Parts) =>
  Object.values({ ...BASE, ...p })
    .filter(Boolean)
    .join('\n') + '\n';

function problemsOf(text: string): InputProblem[] {
  try {
    loadSpecText(text, 'modelgate.yaml');
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  return [];
}

function markedLine(text: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(MARK));
  if (i < 0) throw new Error('case has no # <- marker');
  return i + 1;
}

interface Case {
  name: string;
  yaml: string;
  message: string | RegExp;
  path?: string;
  /** The expected line, when the case cannot carry a marker. */
  line?: number;
}

const cases: Case[] = [
  // --- the schema ---
  {
    name: 'wrong apiVersion',
    yaml: spec({ head: `apiVersion: modelgate/v2 ${MARK}` }),
    message: 'is not supported',
    path: 'apiVersion',
  },
  {
    name: 'missing model section',
    yaml: `apiVersion: modelgate/v1 ${MARK}\n${BASE.target}\n${BASE.strategy}\n`,
    message: 'missing required field "model"',
    path: 'model',
  },
  {
    name: 'unknown top-level key with a suggestion',
    yaml: spec({ rest: `polices: [builtin:production] ${MARK}` }),
    message: 'unknown field "polices"; did you mean "policies"?',
    path: 'polices',
  },
  {
    name: 'model name with an underscore',
    yaml: spec({
      model: `model:\n  name: fraud_detector ${MARK}\n  artifact: s3://models/x/model.tar.gz\n  image: repo/x:1`,
    }),
    message: 'the string "fraud_detector" is not valid',
    path: 'model.name',
  },
  {
    name: 'model name too long for the derived SageMaker name',
    yaml: spec({
      model: `model:\n  name: ${'a'.repeat(60)} ${MARK}\n  artifact: s3://models/x/model.tar.gz\n  image: repo/x:1`,
    }),
    message: 'is 60 characters, more than the 54 allowed',
  },
  {
    name: 'sha256 that is not 64 hex characters',
    yaml: spec({
      model: `model:\n  name: fraud\n  artifact: s3://models/x/model.tar.gz\n  image: repo/x:1\n  sha256: abc123 ${MARK}`,
    }),
    message: /is not valid.*64 hexadecimal/,
  },
  {
    name: 'image reference with a space',
    yaml: spec({
      model: `model:\n  name: fraud\n  artifact: s3://models/x/model.tar.gz\n  image: repo/x 1 ${MARK}`,
    }),
    message: 'expected an image reference',
    path: 'model.image',
  },
  {
    name: 'model-package ARN of the wrong shape',
    yaml: spec({
      model: `model:\n  name: fraud\n  artifact: s3://models/x/model.tar.gz\n  image: repo/x:1\n  modelPackageArn: arn:aws:s3:::bucket ${MARK}`,
    }),
    message: 'arn:aws:sagemaker:<region>:<account>:model-package',
  },
  {
    name: 'environment value that YAML reads as a number',
    yaml: spec({
      model: `model:\n  name: fraud\n  artifact: s3://models/x/model.tar.gz\n  image: repo/x:1\n  environment:\n    WORKERS: 4 ${MARK}`,
    }),
    message: /expected a string, got number 4.*quote it/,
    path: 'model.environment.WORKERS',
  },
  {
    name: 'provider typo',
    yaml: spec({ target: BASE.target.replace('provider: local', `provider: sagemakr ${MARK}`) }),
    message: 'unknown value "sagemakr"; did you mean "sagemaker"?',
    path: 'target.provider',
  },
  {
    name: 'endpoint name SageMaker refuses',
    yaml: spec({ target: BASE.target.replace('endpoint: fraud-prod', `endpoint: fraud_prod ${MARK}`) }),
    message: 'expected a SageMaker endpoint name',
    path: 'target.endpoint',
  },
  {
    name: 'instance type without the ml. prefix',
    yaml: spec({
      target: BASE.target.replace('instanceType: ml.m5.large', `instanceType: m5.large ${MARK}`),
    }),
    message: 'expected an ml.* instance type',
  },
  {
    name: 'zero instances',
    yaml: spec({ target: BASE.target.replace('instanceCount: 2', `instanceCount: 0 ${MARK}`) }),
    message: '0 is out of range (must be at least 1)',
  },
  {
    name: 'fractional instance count',
    yaml: spec({ target: BASE.target.replace('instanceCount: 2', `instanceCount: 2.5 ${MARK}`) }),
    message: 'expected a whole number, got number 2.5',
  },
  {
    name: 'strategy type typo',
    yaml: spec({ strategy: `strategy:\n  type: canery ${MARK}\n  steps: [{ weight: 10 }, { weight: 100 }]` }),
    message: 'unknown value "canery"; did you mean "canary"?',
  },
  {
    name: 'a linear parameter on a canary',
    yaml: spec({ strategy: `${BASE.strategy}\n  stepPercent: 10 ${MARK}` }),
    message: /unknown field "stepPercent".*expected one of type, mode, steps/,
    path: 'strategy.stepPercent',
  },
  {
    name: 'canary without steps',
    yaml: spec({ strategy: `strategy: ${MARK}\n  type: canary` }),
    message: 'missing required field "steps"',
    path: 'strategy.steps',
  },
  {
    name: 'duration without a unit',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: 10, bake: 10 } ${MARK}\n    - { weight: 100 }`,
    }),
    message: '10 has no unit (expected a duration with its unit, e.g. 10s or 10m)',
    path: 'strategy.steps[0].bake',
  },
  {
    name: 'duration in words',
    yaml: spec({ rest: `rollback:\n  watch: 10 minutes ${MARK}` }),
    message: 'expected a duration such as 90s, 10m, 1h or 1h30m',
    path: 'rollback.watch',
  },
  {
    name: 'normalised field name used in YAML',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: 10, bakeSeconds: 600 } ${MARK}\n    - { weight: 100 }`,
    }),
    message: 'durations are written without the Seconds suffix; did you mean "bake"',
  },
  {
    name: 'weight above 100',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: 10, bake: 5m }\n    - { weight: 120 } ${MARK}`,
    }),
    message: '120 is out of range (must be at most 100)',
  },
  {
    name: 'a weight that is not a number at all',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: .nan, bake: 5m } ${MARK}\n    - { weight: 100 }`,
    }),
    message: 'NaN is not a finite number (expected a percentage from 0 to 100)',
    path: 'strategy.steps[0].weight',
  },
  {
    name: 'mode typo',
    yaml: spec({ strategy: `${BASE.strategy}\n  mode: natve ${MARK}` }),
    message: 'unknown value "natve"; did you mean "native"?',
  },
  {
    name: 'gate metric typo',
    yaml: spec({ gates: `gates:\n  rules:\n    - { metric: error_rat, max: 0.01 } ${MARK}` }),
    message: 'unknown value "error_rat"; did you mean "error_rate"?',
    path: 'gates.rules[0].metric',
  },
  {
    name: 'gate rule with neither metric nor alarm',
    yaml: spec({ gates: `gates:\n  - { max: 0.01 } ${MARK}` }),
    message: 'missing required field "metric"',
    path: 'gates[0].metric',
  },
  {
    name: 'YAML 1.1 boolean word for an enum',
    yaml: spec({
      gates: `gates:\n  onInconclusive: yes ${MARK}\n  rules: [{ metric: error_rate, max: 0.01 }]`,
    }),
    message: 'unknown value "yes"',
  },
  {
    name: 'YAML 1.1 boolean word for a boolean',
    yaml: spec({ rest: `rollback:\n  enabled: yes ${MARK}` }),
    message: '"yes" is a string in YAML 1.2 (expected true or false)',
  },
  {
    name: 'empty value',
    yaml: spec({ rest: `rollback:\n  deadline: ${MARK}` }),
    message: 'expected a string, got an empty value',
    path: 'rollback.deadline',
  },
  {
    name: 'policies given as a string',
    yaml: spec({ rest: `policies: builtin:production ${MARK}` }),
    message: 'expected a list, got the string "builtin:production"',
  },
  {
    name: 'data capture without destination',
    yaml: spec({ target: `${BASE.target}\n  dataCapture: ${MARK}\n    samplingPercent: 10` }),
    message: 'missing required field "destination"',
  },
  {
    name: 'endpoint URL that is not a URL',
    yaml: spec({ target: `${BASE.target}\n  endpointUrl: localhost:4566 ${MARK}` }),
    message: 'expected an http:// or https:// URL',
  },
  {
    name: 'reserved tag prefix',
    yaml: spec({ target: `${BASE.target}\n  tags:\n    aws:team: ml ${MARK}` }),
    message: /invalid key "aws:team".*not starting with aws:/,
  },
  // --- beyond the schema ---
  {
    name: 'canary weights not ascending',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: 50, bake: 5m }\n    - { weight: 20, bake: 5m } ${MARK}\n    - { weight: 100 }`,
    }),
    message: 'weights must increase: 20 comes after 50',
    path: 'strategy.steps[1].weight',
  },
  {
    name: 'canary that never reaches 100%',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: 10, bake: 5m }\n    - { weight: 50, bake: 5m } ${MARK}`,
    }),
    message:
      "the last step's weight is 50: the rollout never reaches 100% (expected a final step { weight: 100 })",
  },
  {
    name: 'bake shorter than the metric period',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: 10, bake: 30s } ${MARK}\n    - { weight: 100 }`,
    }),
    message: 'bake 30s is shorter than the gate period 1m',
    path: 'strategy.steps[0].bake',
  },
  {
    name: 'shadow agreement without data capture',
    yaml: spec({
      strategy: `strategy:\n  type: shadow\n  duration: 1h\n  agreement: { metric: match-rate, threshold: 0.98 } ${MARK}`,
    }),
    message: 'prediction agreement is read from data capture, and target.dataCapture is not configured',
  },
  {
    name: 'shadow agreement with data capture disabled',
    yaml: spec({
      target: `${BASE.target}\n  dataCapture: { enabled: false, destination: captures/ }`,
      strategy: `strategy:\n  type: shadow\n  duration: 1h\n  agreement: { metric: match-rate, threshold: 0.98 } ${MARK}`,
    }),
    message: 'target.dataCapture is disabled',
  },
  {
    name: 'A/B test without a metric',
    yaml: spec({
      strategy: `strategy: ${MARK}\n  type: ab-test\n  duration: 1d`,
      rest: 'rollback: { deadline: 2d }',
    }),
    message: 'an A/B test needs a metric to pick a winner',
  },
  {
    name: 'duplicate explicit gate ids',
    yaml: spec({
      gates: `gates:\n  - { id: errors, metric: error_rate, max: 0.01 }\n  - { id: errors, metric: model_error_rate, max: 0.01 } ${MARK}`,
    }),
    message: 'duplicate gate id "errors" (also gates[0])',
    path: 'gates[1].id',
  },
  {
    name: 'two rules with the same derived id',
    yaml: spec({
      gates: `gates:\n  - { metric: error_rate, max: 0.01 }\n  - { metric: error_rate, max: 0.02 } ${MARK}`,
    }),
    message: 'duplicate gate id "error_rate-max", derived from the rule',
  },
  {
    name: 'native linear step outside 10–50',
    yaml: spec({ strategy: `strategy:\n  type: linear\n  mode: native\n  stepPercent: 60 ${MARK}` }),
    message: "SageMaker's linear step is a whole percentage from 10 to 50, and 60 is not",
  },
  {
    name: 'native canary with two intermediate steps',
    yaml: spec({
      target: BASE.target.replace('instanceCount: 2', 'instanceCount: 10'),
      strategy: `strategy:\n  type: canary\n  mode: native\n  steps: ${MARK}\n    - { weight: 10, bake: 5m }\n    - { weight: 30, bake: 5m }\n    - { weight: 100 }`,
      gates: 'gates: [{ alarm: fraud-5xx }]',
    }),
    message: 'native canary has exactly one step below 100%',
  },
  {
    name: 'native canary above half the fleet',
    yaml: spec({
      target: BASE.target.replace('instanceCount: 2', 'instanceCount: 10'),
      strategy: `strategy:\n  type: canary\n  mode: native\n  steps:\n    - { weight: 60, bake: 5m } ${MARK}\n    - { weight: 100 }`,
      gates: 'gates: [{ alarm: fraud-5xx }]',
    }),
    message: "SageMaker's canary is at most 50% of the fleet",
  },
  {
    name: 'native canary on a single instance',
    yaml: spec({
      target: BASE.target.replace('instanceCount: 2', `instanceCount: 1 ${MARK}`),
      strategy: `strategy:\n  type: canary\n  mode: native\n  steps:\n    - { weight: 10, bake: 5m }\n    - { weight: 100 }`,
      gates: 'gates: [{ alarm: fraud-5xx }]',
    }),
    message: 'a native canary of 10% on 1 instance(s) is 1 instance(s), more than half the fleet',
    path: 'target.instanceCount',
  },
  {
    name: 'rolling batch outside 5–50',
    yaml: spec({
      strategy: `strategy:\n  type: rolling\n  batchPercent: 60 ${MARK}`,
      gates: 'gates: [{ alarm: fraud-5xx }]',
    }),
    message: "SageMaker's rolling batch is 5% to 50% of capacity",
  },
  {
    name: 'data capture sampling 0%',
    yaml: spec({
      target: `${BASE.target}\n  dataCapture:\n    samplingPercent: 0 ${MARK}\n    destination: captures/`,
    }),
    message: 'data capture is enabled with a sampling of 0%',
  },
  {
    name: 'sagemaker provider without a region',
    yaml: spec({
      target: `target: ${MARK}\n  provider: sagemaker\n  endpoint: fraud-prod\n  instanceType: ml.m5.large`,
    }),
    message: 'missing required field "region" (provider sagemaker needs a region)',
    path: 'target.region',
  },
  {
    name: 'error rate written as a percentage',
    yaml: spec({ gates: `gates:\n  - { metric: error_rate, max: 1.5 } ${MARK}` }),
    message: 'error_rate is a fraction from 0 to 1, and 1.5 is above 1 (1% is 0.01)',
  },
  {
    name: 'fisher test on latency',
    yaml: spec({ gates: `gates:\n  - { metric: latency_p99, test: fisher } ${MARK}` }),
    message: 'fisher does not apply to latency_p99 (expected mann-whitney)',
  },
  {
    name: 'mann-whitney on an error rate',
    yaml: spec({ gates: `gates:\n  - { metric: error_rate, test: mann-whitney } ${MARK}` }),
    message: 'mann-whitney does not apply to error_rate (expected fisher or binomial)',
  },
  {
    name: 'alpha on a gate without a test',
    yaml: spec({
      gates: `gates:\n  - { metric: latency_p99, maxRatioToBaseline: 1.2, alpha: 0.01 } ${MARK}`,
    }),
    message: 'alpha is the significance level of a test, and this gate has no test',
  },
  {
    name: 'gate that can never pass',
    yaml: spec({ gates: `gates:\n  - { metric: invocations, min: 500, max: 100 } ${MARK}` }),
    message: 'min 500 is above max 100: the gate can never pass',
  },
  {
    name: 'metric gate without a criterion',
    yaml: spec({ gates: `gates:\n  - { metric: latency_p99 } ${MARK}` }),
    message: 'the latency_p99 gate has no criterion',
  },
  {
    name: 'gate period that is not whole minutes',
    yaml: spec({ gates: `gates:\n  period: 90s ${MARK}\n  rules: [{ metric: error_rate, max: 0.01 }]` }),
    message: '1m30s is not a whole number of minutes',
  },
  {
    name: 'deadline shorter than the rollout',
    yaml: spec({ rest: `rollback:\n  deadline: 15m ${MARK}` }),
    message: /the rollout is expected to take 2\dm\d*s?, longer than rollback.deadline 15m/,
  },
  {
    name: 'A/B split with no room for the baseline',
    yaml: spec({
      strategy: `strategy:\n  type: ab-test\n  duration: 1h\n  candidatePercent: 100 ${MARK}\n  metric: { name: error_rate }`,
    }),
    message: 'an A/B split needs traffic on both variants',
  },
  {
    name: 'A/B custom metric without a namespace',
    yaml: spec({
      strategy: `strategy:\n  type: ab-test\n  duration: 1h\n  metric: { name: clicks, kind: proportion, goal: maximize } ${MARK}`,
    }),
    message: '"clicks" is not a built-in metric, so it needs the CloudWatch namespace',
  },
  {
    name: 'A/B maximizing an error rate',
    yaml: spec({
      strategy: `strategy:\n  type: ab-test\n  duration: 1h\n  metric:\n    name: error_rate\n    goal: maximize ${MARK}`,
    }),
    message: 'a higher error_rate is worse, so maximize would pick the worse model',
  },
  {
    name: 'canary without gates',
    yaml: spec({
      gates: '',
      strategy: `strategy: ${MARK}\n  type: canary\n  steps: [{ weight: 10, bake: 5m }, { weight: 100 }]`,
    }),
    message: 'a canary without gates can never fail',
  },
  {
    name: 'native blue/green bake over SageMaker’s 1h limit',
    yaml: spec({
      strategy: `strategy:\n  type: blue-green\n  bake: 2h ${MARK}`,
      gates: 'gates: [{ alarm: fraud-5xx }]',
      rest: 'rollback: { stepTimeout: 3h }',
    }),
    message: "2h is longer than SageMaker's WaitIntervalInSeconds limit of 1h",
  },
  {
    name: 'rolling maxExecution shorter than its waits',
    yaml: spec({
      target: BASE.target.replace('instanceCount: 2', 'instanceCount: 4'),
      strategy: `strategy:\n  type: rolling\n  batchPercent: 25\n  wait: 30m\n  maxExecution: 1h ${MARK}`,
      gates: 'gates: [{ alarm: fraud-5xx }]',
    }),
    message: '4 batches × wait 30m = 2h of waiting alone, which does not fit in maxExecution 1h',
  },
  {
    name: 'required files in an artifact that is not a tarball',
    yaml: spec({
      model: `model:\n  name: fraud\n  artifact: s3://models/x/model.bin\n  image: repo/x:1`,
      rest: `checks:\n  artifact:\n    requiredFiles: [code/inference.py] ${MARK}`,
    }),
    message: 'requiredFiles are looked up inside a .tar.gz artifact',
  },
  {
    name: 'drift without reference data',
    yaml: spec({
      rest: `checks:\n  data:\n    current: data/recent.csv\n    drift: { numerical: [psi] } ${MARK}`,
    }),
    message: 'drift is measured against reference data, and checks.data.reference is not set',
  },
  {
    name: 'evaluation rule that reads a baseline that is not given',
    yaml: spec({
      rest: `checks:\n  evaluation:\n    candidate: eval/candidate.json\n    require:\n      - candidate.auc >= baseline.auc ${MARK}`,
    }),
    message: 'reads baseline metrics, and checks.evaluation.baseline is not set',
  },
  {
    name: 'column declared twice',
    yaml: spec({
      rest: `checks:\n  data:\n    current: data/recent.csv\n    columns:\n      - { name: amount, type: number }\n      - { name: amount, type: integer } ${MARK}`,
    }),
    message: 'column "amount" is declared twice',
  },
  {
    name: 'comparative gate in a blue/green rollout',
    yaml: spec({
      strategy: 'strategy: { type: blue-green, mode: driven }',
      gates: `gates:\n  - { metric: error_rate, max: 0.01 }\n  - { metric: latency_p99, maxRatioToBaseline: 1.2 } ${MARK}`,
    }),
    message: 'gate "latency_p99-ratio" compares with the baseline',
  },
  {
    name: 'watch with nothing to watch',
    yaml: spec({
      strategy: 'strategy: { type: all-at-once }',
      gates: '',
      rest: `rollback:\n  watch: 10m ${MARK}`,
    }),
    message: 'a post-promotion watch needs gates to watch',
  },
  {
    name: 'gate id reserved for the shadow',
    yaml: spec({ gates: `gates:\n  - { id: agreement, metric: error_rate, max: 0.01 } ${MARK}` }),
    message: 'the id "agreement" is reserved',
  },
  {
    name: 'live variant already named like the candidate',
    yaml: spec({
      model: `model:\n  name: fraud\n  artifact: s3://models/x/model.tar.gz\n  image: repo/x:1\n  sha256: ${'ab'.repeat(32)}`,
      target: `${BASE.target}\n  variant: fraud-abababab ${MARK}`,
    }),
    message: 'has the name the candidate would get',
  },
  {
    name: 'artifact given as an http URL',
    yaml: spec({
      model: `model:\n  name: fraud\n  artifact: https://example.com/model.tar.gz ${MARK}\n  image: repo/x:1`,
    }),
    message: 'is neither a local path nor an s3:// URI',
  },
  {
    name: 'duration beyond 30 days',
    yaml: spec({
      strategy: `strategy:\n  type: canary\n  steps:\n    - { weight: 10, bake: 40d } ${MARK}\n    - { weight: 100 }`,
    }),
    message: '40d is longer than the 30-day limit',
  },
  {
    name: 'native mode with no alarm for SageMaker to roll back on',
    yaml: spec({
      target: BASE.target.replace('instanceCount: 2', 'instanceCount: 4'),
      strategy: `strategy:\n  type: canary\n  mode: native\n  steps: [{ weight: 25, bake: 5m }, { weight: 100 }]`,
      gates: `gates:\n  rules: ${MARK}\n    - { metric: error_rate, max: 0.01 }`,
      rest: 'rollback: { createAlarms: false }',
    }),
    message: 'SageMaker rolls a native update back on CloudWatch alarms only',
  },
  // --- the YAML itself ---
  {
    name: 'duplicate key',
    yaml: spec({ rest: `rollback:\n  watch: 5m\n  watch: 10m ${MARK}` }),
    message: 'YAML: Map keys must be unique',
  },
  {
    name: 'custom tag',
    yaml: spec({ rest: `rollback:\n  watch: !duration 5m ${MARK}` }),
    message: /tag !duration|Unresolved tag: !duration/,
  },
  {
    name: 'YAML 1.1 tag',
    yaml: spec({ rest: `policies: !!set { a } ${MARK}` }),
    message: 'the tag !!set is not allowed',
  },
  {
    name: 'broken indentation',
    // The over-indented line continues the value `5m`, so YAML reports it where that value starts
    // (line 20); a marker comment would change how the YAML parses, so the line is given explicitly.
    yaml: spec({ rest: `rollback:\n  watch: 5m\n   deadline: 1h` }),
    line: 20,
    message: 'YAML: Nested mappings are not allowed in compact mappings',
  },
  {
    name: 'a second document',
    yaml: spec({ rest: `--- ${MARK}\nextra: 1` }),
    message: 'YAML: Source contains multiple documents',
  },
];

describe('invalid specs: every one names its line, field and what was expected', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('$name', ({ yaml, message, path, line: given }) => {
    const problems = problemsOf(yaml);
    const line = given ?? markedLine(yaml);
    const match = problems.find((p) =>
      typeof message === 'string'
        ? p.message.includes(message) || `${p.message} (expected ${p.expected})`.includes(message)
        : message.test(`${p.message} (expected ${p.expected})`),
    );
    expect(
      match,
      `no problem matches ${String(message)}; got:\n${problems.map((p) => `${p.line}: ${p.path}: ${p.message} (expected ${p.expected})`).join('\n')}`,
    ).toBeDefined();
    expect(match?.file).toBe('modelgate.yaml');
    expect(match?.line).toBe(line);
    expect(match?.column).toBeGreaterThanOrEqual(1);
    if (path) expect(match?.path).toBe(path);
  });
});

describe('all problems in one run', () => {
  it('reports schema problems in different sections together, in line order', () => {
    const yaml = `apiVersion: modelgate/v1
model:
  name: fraud
  artifact: s3://models/x/model.tar.gz
  image: repo/x:1
  colour: blue
target:
  provider: local
  endpoint: fraud-prod
  instanceType: ml.m5.large
  instanceCount: 0
strategy:
  type: linear
  bake: 5
gates:
  - { metric: latency_p99, maxRatioToBaseline: 1.2 }
rollback:
  watch: soon
`;
    const problems = problemsOf(yaml);
    expect(problems.map((p) => [p.line, p.path])).toEqual([
      [6, 'model.colour'],
      [11, 'target.instanceCount'],
      [14, 'strategy.bake'],
      [18, 'rollback.watch'],
    ]);
  });

  it('reports semantic problems of every well-formed section together', () => {
    const yaml = `apiVersion: modelgate/v1
model: { name: fraud, artifact: s3://models/x/model.tar.gz, image: repo/x:1 }
target: { provider: sagemaker, endpoint: fraud-prod, instanceType: ml.m5.large }
strategy:
  type: canary
  steps:
    - { weight: 30, bake: 5m }
    - { weight: 20, bake: 20s }
gates:
  - { metric: error_rate, max: 2 }
`;
    const problems = problemsOf(yaml);
    expect(problems.map((p) => `${p.line}:${p.path}`)).toEqual([
      '3:target.region',
      '8:strategy.steps[1].weight',
      '8:strategy.steps[1].bake',
      '10:gates[0].max',
    ]);
  });

  it('an InputError message lists every problem in the file:line:col format', () => {
    try {
      loadSpecText('apiVersion: modelgate/v1\nmodel: 3\n', 'specs/m.yaml');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      const lines = (err as InputError).message.split('\n');
      expect(lines).toContain(
        'specs/m.yaml:2:1: model: expected a mapping, got number 3 (expected a mapping with name, artifact and image)',
      );
      expect(
        lines.some((l) => l.startsWith('specs/m.yaml:1:1: target: missing required field "target"')),
      ).toBe(true);
    }
  });
});
