import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, type InputProblem } from '../../src/errors.js';
import { loadSpecFile, loadSpecText } from '../../src/spec/load.js';
import { MAX_ALIAS_COUNT, MAX_SPEC_BYTES } from '../../src/spec/yaml.js';

const MINIMAL = `apiVersion: modelgate/v1
model:
  name: fraud
  artifact: models/fraud.tar.gz
  image: repo/fraud:1
target:
  provider: local
  endpoint: fraud-prod
  instanceType: ml.m5.large
strategy:
  type: all-at-once
`;

function problemsOf(text: string): InputProblem[] {
  try {
    loadSpecText(text, 'spec.yaml');
  } catch (err) {
    if (err instanceof InputError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadSpecText: defaults', () => {
  it('fills in every default of a minimal spec', () => {
    const { spec } = loadSpecText(MINIMAL, 'spec.yaml');
    expect(spec).toEqual({
      apiVersion: 'modelgate/v1',
      model: { name: 'fraud', artifact: 'models/fraud.tar.gz', image: 'repo/fraud:1', environment: {} },
      checks: {},
      target: {
        provider: 'local',
        region: 'us-east-1',
        endpoint: 'fraud-prod',
        variant: 'AllTraffic',
        environment: 'production',
        instanceType: 'ml.m5.large',
        instanceCount: 1,
        tags: {},
      },
      strategy: { type: 'all-at-once', bakeSeconds: 600 },
      gates: {
        rules: [],
        minInvocations: 100,
        periodSeconds: 60,
        onInconclusive: 'fail',
        maxExtensionSeconds: 600,
      },
      rollback: {
        enabled: true,
        watchSeconds: 0,
        deadlineSeconds: 86_400,
        stepTimeoutSeconds: 1800,
        createAlarms: true,
      },
      policies: [],
    });
  });

  it('turns durations into seconds and derives unique gate ids', () => {
    const { spec } = loadSpecText(
      `${MINIMAL.replace('type: all-at-once', 'type: canary\n  steps: [{ weight: 5, bake: 1h30m }, { weight: 100, bake: 2m }]')}
gates:
  period: 2m
  maxExtension: 0s
  rules:
    - { metric: error_rate, max: 0.01 }
    - { metric: latency_p99, maxRatioToBaseline: 1.2, max: 300 }
    - { metric: latency_p99, test: mann-whitney, alpha: 0.01 }
    - { id: custom, metric: model_error_rate, min: 0 }
    - { alarm: Fraud Prod 5XX }
rollback: { watch: 1d2h, deadline: 2d }
`,
      'spec.yaml',
    );
    expect(spec.strategy).toEqual({
      type: 'canary',
      mode: 'driven',
      steps: [
        { weight: 5, bakeSeconds: 5400 },
        { weight: 100, bakeSeconds: 120 },
      ],
    });
    expect(spec.gates.periodSeconds).toBe(120);
    expect(spec.gates.maxExtensionSeconds).toBe(0);
    expect(spec.gates.rules.map((g) => g.id)).toEqual([
      'error_rate-max',
      'latency_p99-max-ratio',
      'latency_p99-mann-whitney',
      'custom',
      'alarm-fraud-prod-5xx',
    ]);
    expect(spec.gates.rules[2]).toEqual({
      kind: 'metric',
      id: 'latency_p99-mann-whitney',
      metric: 'latency_p99',
      test: 'mann-whitney',
      alpha: 0.01,
    });
    expect(spec.gates.rules[4]).toEqual({
      kind: 'alarm',
      id: 'alarm-fraud-prod-5xx',
      alarm: 'Fraud Prod 5XX',
    });
    expect(spec.rollback.watchSeconds).toBe(93_600);
  });

  it('accepts gates as a bare list of rules', () => {
    const { spec } = loadSpecText(
      `${MINIMAL}gates:\n  - { alarm: a }\n  - { metric: error_rate, max: 0.1 }\n`,
      'spec.yaml',
    );
    expect(spec.gates.rules.map((g) => g.id)).toEqual(['alarm-a', 'error_rate-max']);
    expect(spec.gates.minInvocations).toBe(100);
  });

  it('lower-cases sha256 and keeps relative paths as written', () => {
    const sha = 'ABCDEF'.repeat(10) + 'ABCD';
    const { spec, baseDir } = loadSpecText(
      MINIMAL.replace('image: repo/fraud:1', `image: repo/fraud:1\n  sha256: ${sha}`),
      'x/spec.yaml',
      '/specs',
    );
    expect(spec.model.sha256).toBe(sha.toLowerCase());
    expect(spec.model.artifact).toBe('models/fraud.tar.gz');
    expect(baseDir).toBe('/specs');
  });

  it('fills strategy defaults per type', () => {
    const strategy = (text: string) =>
      loadSpecText(MINIMAL.replace('strategy:\n  type: all-at-once\n', text), 'spec.yaml').spec.strategy;
    const withGates = (s: string) => `${s}gates: [{ metric: error_rate, max: 0.01 }]\n`;
    expect(strategy(withGates('strategy:\n  type: linear\n'))).toEqual({
      type: 'linear',
      mode: 'driven',
      stepPercent: 20,
      bakeSeconds: 600,
    });
    expect(strategy('strategy:\n  type: blue-green\n')).toEqual({
      type: 'blue-green',
      mode: 'native',
      bakeSeconds: 600,
      terminationWaitSeconds: 0,
    });
    expect(strategy(withGates('strategy:\n  type: shadow\n  duration: 1h\n'))).toEqual({
      type: 'shadow',
      samplingPercent: 100,
      durationSeconds: 3600,
      onSuccess: 'promote',
    });
    expect(strategy('strategy:\n  type: ab-test\n  duration: 1h\n  metric: { name: latency_p99 }\n')).toEqual(
      {
        type: 'ab-test',
        candidatePercent: 50,
        durationSeconds: 3600,
        metric: { name: 'latency_p99', kind: 'continuous', goal: 'minimize' },
        alpha: 0.05,
        test: 'mann-whitney',
        onNoWinner: 'keep-baseline',
      },
    );
    expect(
      strategy(
        'strategy:\n  type: ab-test\n  duration: 1h\n  metric: { name: signups, namespace: Web, kind: proportion, goal: maximize }\n',
      ),
    ).toMatchObject({
      metric: {
        name: 'signups',
        namespace: 'Web',
        kind: 'proportion',
        trials: 'Invocations',
        goal: 'maximize',
      },
      test: 'fisher',
    });
    // 4 instances at 25% → 4 batches; default maxExecution = 4 × (5m + 10m) = 1h.
    const rolling = loadSpecText(
      MINIMAL.replace('instanceType: ml.m5.large', 'instanceType: ml.m5.large\n  instanceCount: 4').replace(
        'type: all-at-once',
        'type: rolling',
      ),
      'spec.yaml',
    ).spec.strategy;
    expect(rolling).toEqual({
      type: 'rolling',
      batchPercent: 25,
      waitSeconds: 300,
      rollbackBatchPercent: 100,
      maxExecutionSeconds: 3600,
    });
  });
});

describe('loadSpecText: locate', () => {
  it('finds normalised field paths in the YAML, falling back to the closest ancestor', () => {
    const loaded = loadSpecText(
      `${MINIMAL.replace('type: all-at-once', 'type: canary\n  steps:\n    - { weight: 10, bake: 5m }\n    - { weight: 100 }')}gates:\n  - { metric: error_rate, max: 0.01 }\n`,
      'spec.yaml',
    );
    // line 13: `    - { weight: 10, bake: 5m }`, line 14: `    - { weight: 100 }`, line 16: the gate rule
    expect(loaded.locate('strategy.steps[1].weight')).toEqual({ line: 14, column: 9 });
    expect(loaded.locate('strategy.steps[0].bakeSeconds')).toEqual({ line: 13, column: 21 });
    expect(loaded.locate('gates.rules[0].max')).toEqual({ line: 16, column: 27 });
    expect(loaded.locate('rollback.deadlineSeconds')).toEqual({ line: 1, column: 1 });
    expect(loaded.locate('target.tags.team')).toEqual({ line: 6, column: 1 });
  });
});

describe('loadSpecText: YAML safety', () => {
  it('refuses a document over the size limit without parsing it', () => {
    const big = `${MINIMAL}# ${'x'.repeat(MAX_SPEC_BYTES)}\n`;
    const [p] = problemsOf(big);
    expect(p.message).toMatch(/larger than the 1048576-byte limit/);
  });

  it('refuses an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const problems = problemsOf(`${MINIMAL}${lines.join('\n')}\n`);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/Excessive alias count/);
    expect(problems[0].expected).toBe(`at most ${MAX_ALIAS_COUNT} alias expansions`);
  });

  it('allows a few anchors and aliases', () => {
    const text =
      MINIMAL.replace(
        'strategy:\n  type: all-at-once',
        'strategy:\n  type: canary\n  steps: [&s { weight: 10, bake: 5m }, { weight: 100 }]',
      ) + 'gates: [{ metric: error_rate, max: 0.01 }]\n';
    expect(() => loadSpecText(text, 'spec.yaml')).not.toThrow();
  });

  it('reads YAML 1.2 core types only: yes is a string, 0o17 an integer', () => {
    const problems = problemsOf(
      MINIMAL.replace(
        'provider: local',
        'provider: local\n  instanceCount: 0o17\n  dataCapture: { enabled: on, destination: d }',
      ),
    );
    expect(problems.map((p) => p.message)).toEqual(['"on" is a string in YAML 1.2']);
  });

  it('says so when the file is empty or only comments', () => {
    for (const text of ['', '# nothing here\n', '---\n']) {
      const problems = problemsOf(text);
      expect(problems).toEqual([
        {
          file: 'spec.yaml',
          line: 1,
          column: 1,
          message: 'the spec is empty',
          expected: 'a mapping starting with apiVersion: modelgate/v1',
        },
      ]);
    }
  });

  it('says what a non-mapping document is', () => {
    expect(problemsOf('- a\n- b\n')[0]).toMatchObject({ line: 1, message: 'expected a mapping, got a list' });
    expect(problemsOf('just words\n')[0]).toMatchObject({
      message: 'expected a mapping, got the string "just words"',
    });
  });

  it('ignores a byte-order mark', () => {
    expect(() => loadSpecText(`\uFEFF${MINIMAL}`, 'spec.yaml')).not.toThrow();
  });
});

describe('loadSpecFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelgate-spec-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file relative to cwd and names it as given', async () => {
    writeFileSync(join(dir, 'modelgate.yaml'), MINIMAL);
    const loaded = await loadSpecFile('modelgate.yaml', { cwd: dir });
    expect(loaded.file).toBe('modelgate.yaml');
    expect(loaded.baseDir).toBe(resolve(dir));
    expect(loaded.spec.target.endpoint).toBe('fraud-prod');
  });

  it('reports a missing file, a folder and an oversized file as InputError', async () => {
    await expect(loadSpecFile('nope.yaml', { cwd: dir })).rejects.toMatchObject({
      problems: [{ file: 'nope.yaml', message: 'no such file' }],
    });
    await expect(loadSpecFile('.', { cwd: dir })).rejects.toMatchObject({
      problems: [{ file: '.', message: 'is a folder, not a spec file' }],
    });
    writeFileSync(join(dir, 'big.yaml'), 'a'.repeat(MAX_SPEC_BYTES + 1));
    await expect(loadSpecFile('big.yaml', { cwd: dir })).rejects.toBeInstanceOf(InputError);
  });

  it('puts the file name in every problem', async () => {
    writeFileSync(join(dir, 'bad.yaml'), MINIMAL.replace('instanceType: ml.m5.large', 'instanceType: large'));
    const err = await loadSpecFile('bad.yaml', { cwd: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).toBe(
      'bad.yaml:9:3: target.instanceType: the string "large" is not valid (expected an ml.* instance type such as ml.m5.large)',
    );
  });
});

describe('the examples', () => {
  const examples = readdirSync('examples').filter((f) => f.endsWith('.yaml'));

  it('cover every strategy', async () => {
    const types = new Set<string>();
    for (const f of examples) types.add((await loadSpecFile(join('examples', f))).spec.strategy.type);
    expect([...types].sort()).toEqual([
      'ab-test',
      'all-at-once',
      'blue-green',
      'canary',
      'linear',
      'rolling',
      'shadow',
    ]);
  });

  it.each(examples)('%s is valid and points editors at the schema', async (f) => {
    const loaded = await loadSpecFile(join('examples', f));
    expect(loaded.spec.apiVersion).toBe('modelgate/v1');
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(join('examples', f), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/modelgate.schema.json');
  });
});
