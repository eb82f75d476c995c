import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateRequirements } from '../../src/checks/evaluation.js';
import { runChecks } from '../../src/checks/run.js';
import { IMAGE, loadSpec, specYaml, tempWorkspace } from './helpers.js';

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
  ws.write('m.bin', 'x');
});
afterEach(() => ws.cleanup());

async function evaluationFacts(
  require: string[],
  files: { candidate?: string; baseline?: string | null } = {},
) {
  ws.write(
    'eval/candidate.json',
    files.candidate ??
      JSON.stringify({ auc: 0.912, latency_ms: 40, samples: 5000, by_segment: { new: { auc: 0.88 } } }),
  );
  if (files.baseline !== null)
    ws.write('eval/baseline.json', files.baseline ?? JSON.stringify({ auc: 0.915, latency_ms: 38 }));
  const checks = [
    '  evaluation:',
    '    candidate: eval/candidate.json',
    ...(files.baseline === null ? [] : ['    baseline: eval/baseline.json']),
    `    require: ${JSON.stringify(require)}`,
  ].join('\n');
  const loaded = loadSpec(ws.dir, specYaml(`  artifact: m.bin\n  image: ${IMAGE}`, checks));
  return (await runChecks(loaded, { workspace: ws.dir })).evaluation!;
}

describe('evaluation (CEL over candidate and baseline metrics)', () => {
  it('passes when every requirement holds', async () => {
    const e = await evaluationFacts([
      'candidate.auc >= baseline.auc - 0.005',
      'candidate.latency_ms <= baseline.latency_ms * 1.1',
      'candidate.samples >= 1000',
      'candidate.samples == 5000',
      'candidate.by_segment.new.auc > 0.85',
    ]);
    expect(e.problems).toEqual([]);
    expect(e.passed).toBe(true);
    expect(e.requirements.every((r) => r.passed && r.error === null)).toBe(true);
    expect(e.candidate).toMatchObject({ auc: 0.912 });
    expect(e.baseline).toEqual({ auc: 0.915, latency_ms: 38 });
  });

  it('fails a requirement that does not hold', async () => {
    const e = await evaluationFacts(['candidate.auc >= baseline.auc', 'candidate.auc > 0.9']);
    expect(e.passed).toBe(false);
    expect(e.requirements.map((r) => r.passed)).toEqual([false, true]);
    expect(e.problems).toEqual(['requirement does not hold: candidate.auc >= baseline.auc']);
  });

  it('fails closed on a missing metric, a syntax error and a non-bool result, naming the spec field', async () => {
    const e = await evaluationFacts(['candidate.f1 > 0.5', 'candidate.auc >=', 'candidate.auc']);
    expect(e.passed).toBe(false);
    expect(e.requirements.map((r) => r.error)).toEqual([
      expect.stringMatching(
        /^modelgate\.yaml:\d+:\d+: checks\.evaluation\.require\[0\]: no metric "f1" in the metrics files$/,
      ),
      expect.stringMatching(/^modelgate\.yaml:\d+:\d+: checks\.evaluation\.require\[1\]: CEL syntax error: /),
      expect.stringMatching(
        /checks\.evaluation\.require\[2\]: must evaluate to true or false, got number 0\.912$/,
      ),
    ]);
  });

  it('says when a rule reads the baseline but none is given', () => {
    // The spec loader refuses this in a file; programmatic callers get a clear failure.
    const [r] = evaluateRequirements(['candidate.auc >= baseline.auc'], { auc: 0.9 }, null);
    expect(r.passed).toBe(false);
    expect(r.error).toMatch(/checks\.evaluation\.baseline is not set/);
  });

  it('reports unreadable metrics files with file, line and column', async () => {
    const e = await evaluationFacts(['candidate.auc > 0.5'], { candidate: '{"auc": 0.9,\n "f1": }' });
    expect(e.passed).toBe(false);
    expect(e.problems).toEqual(['eval/candidate.json:2:8: invalid JSON: value expected at "}"']);
    const f = await evaluationFacts(['candidate.auc > 0.5'], { candidate: '[0.9]' });
    expect(f.problems).toEqual([
      'eval/candidate.json: the metrics file must hold a JSON object (metric name → value)',
    ]);
  });

  it('evaluates without files too', () => {
    expect(evaluateRequirements(['candidate.auc > baseline.auc'], { auc: 0.9 }, { auc: 0.8 })).toEqual([
      { expr: 'candidate.auc > baseline.auc', passed: true, error: null },
    ]);
  });
});
