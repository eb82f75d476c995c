import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import type { CheckFacts } from '../../src/checks/types.js';
import { IMAGE, memoryIO, specYaml, tarGz, tempWorkspace } from './helpers.js';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.cleanup());

async function setup(options: { drift: boolean; wrongHash?: boolean }) {
  const archive = await tarGz({ 'model.xgb': 'w', 'code/inference.py': 'x' });
  ws.write('model.tar.gz', archive);
  const sha = options.wrongHash ? 'f'.repeat(64) : createHash('sha256').update(archive).digest('hex');
  const ref = Array.from({ length: 300 }, (_, i) => `${(i % 50) / 5},${['a', 'b', 'c'][i % 3]}`);
  const cur = Array.from(
    { length: 300 },
    (_, i) =>
      `${options.drift ? (i % 50) / 5 + 6 : (i % 50) / 5},${options.drift ? 'z' : ['a', 'b', 'c'][i % 3]}`,
  );
  ws.write('data/ref.csv', `x,cat\n${ref.join('\n')}\n`);
  ws.write('data/cur.csv', `x,cat\n${cur.join('\n')}\n`);
  ws.write('eval/c.json', '{"auc": 0.92}');
  ws.write('eval/b.json', '{"auc": 0.91}');
  ws.write(
    'modelgate.yaml',
    specYaml(
      `  artifact: model.tar.gz\n  sha256: "${sha}"\n  image: ${IMAGE}`,
      [
        '  artifact:',
        '    requiredFiles: [code/inference.py]',
        '  data:',
        '    reference: data/ref.csv',
        '    current: data/cur.csv',
        '    columns:',
        '      - { name: x, type: number }',
        '      - { name: cat, type: category }',
        '  evaluation:',
        '    candidate: eval/c.json',
        '    baseline: eval/b.json',
        '    require: ["candidate.auc >= baseline.auc - 0.005"]',
      ].join('\n'),
    ),
  );
}

describe('modelgate check', () => {
  it('prints a table per check and exits 0 when every check passes', async () => {
    await setup({ drift: false });
    const { io, out, err } = memoryIO(ws.dir);
    const code = await runCli(['check'], io);
    expect(err()).toBe('');
    expect(code).toBe(0);
    const text = out();
    expect(text).toMatch(/^modelgate check: modelgate\.yaml\n/);
    expect(text).toMatch(/artifact {4}PASS {2}model\.tar\.gz \(local\)/);
    expect(text).toMatch(/required files +ok +code\/inference\.py/);
    expect(text).toContain('drift: 0 of 2 columns drifted (0%); dataset drift at ≥ 50%: no');
    expect(text).toMatch(/column +kind +method +statistic +p-value +drifts at +drifted/);
    expect(text).toMatch(/x +numerical +ks +0 +1 +p < 0\.05 +no/);
    expect(text).toMatch(/evaluation {2}PASS {2}1 of 1 requirements hold/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('Result: PASS');
  });

  it('exits 1 and says which checks failed, with the per-feature drift table', async () => {
    await setup({ drift: true, wrongHash: true });
    const { io, out } = memoryIO(ws.dir);
    expect(await runCli(['check', 'modelgate.yaml'], io)).toBe(1);
    const text = out();
    expect(text).toContain('drift: 2 of 2 columns drifted (100%); dataset drift at ≥ 50%: YES');
    expect(text).toMatch(/x +numerical +ks +[\d.]+ +[\d.e-]+ +p < 0\.05 +DRIFT/);
    expect(text).toMatch(/cat +categorical +chi2 +[\d.]+ +[\d.e-]+ +p < 0\.05 +DRIFT/);
    expect(text).toContain(`! model.sha256: the artifact's sha256 is`);
    expect(text.trimEnd().split('\n').at(-1)).toBe('Result: FAIL (artifact, data)');
  });

  it('prints the facts as JSON with --json', async () => {
    await setup({ drift: true });
    const { io, out } = memoryIO(ws.dir);
    expect(await runCli(['check', '--json'], io)).toBe(1);
    const facts = JSON.parse(out()) as CheckFacts;
    expect(facts.passed).toBe(false);
    expect(facts.artifact?.passed).toBe(true);
    expect(facts.data?.drift?.features.map((f) => [f.column, f.method, f.drifted])).toEqual([
      ['x', 'ks', true],
      ['cat', 'chi2', true],
    ]);
    expect(facts.evaluation?.requirements).toEqual([
      { expr: 'candidate.auc >= baseline.auc - 0.005', passed: true, error: null },
    ]);
  });

  it('produces facts in the shapes of the policy engine’s facts schema', async () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../schema/facts.schema.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    ajv.addSchema(schema, 'facts');
    for (const drift of [false, true]) {
      await setup({ drift, wrongHash: drift });
      const { io, out } = memoryIO(ws.dir);
      await runCli(['check', '--json'], io);
      const facts = JSON.parse(out()) as CheckFacts;
      for (const [section, def] of [
        ['artifact', 'ArtifactFacts'],
        ['data', 'DataFacts'],
        ['evaluation', 'EvaluationFacts'],
      ] as const) {
        const validate = ajv.getSchema(`facts#/$defs/${def}`)!;
        expect(validate(facts[section]), `${section}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
  });

  it('confines files to --workspace (or $GITHUB_WORKSPACE)', async () => {
    await setup({ drift: false });
    const { io, out } = memoryIO(ws.dir, { GITHUB_WORKSPACE: ws.path('data') });
    expect(await runCli(['check'], io)).toBe(1);
    expect(out()).toContain('model.artifact: "model.tar.gz" is outside the workspace');
    const second = memoryIO(ws.dir, { GITHUB_WORKSPACE: ws.path('data') });
    expect(await runCli(['check', '--workspace', ws.dir], second.io)).toBe(0);
  });

  it('reports an invalid spec and usage errors', async () => {
    ws.write('modelgate.yaml', 'apiVersion: modelgate/v1\n');
    let m = memoryIO(ws.dir);
    expect(await runCli(['check'], m.io)).toBe(1);
    expect(m.err()).toMatch(/modelgate\.yaml: \d+ problems?/);
    m = memoryIO(ws.dir);
    expect(await runCli(['check', '--sample-limit', 'lots'], m.io)).toBe(2);
    expect(m.err()).toContain('--sample-limit must be a positive integer');
    m = memoryIO(ws.dir);
    expect(await runCli(['check', '--help'], m.io)).toBe(0);
    expect(m.out()).toMatch(/^Usage: modelgate check \[SPEC\]/);
  });
});
