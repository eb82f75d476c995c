import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, type InputProblem } from '../../src/errors.js';
import { compilePolicySet, compilePolicyText, loadPolicies } from '../../src/policy/load.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/policy');

/** The problems compiling `text` as policy file `p.yaml` reports. */
function problems(text: string): InputProblem[] {
  return compilePolicyText(text, 'p.yaml').problems;
}

function only(text: string): InputProblem {
  const ps = problems(text);
  expect(ps, JSON.stringify(ps, null, 2)).toHaveLength(1);
  return ps[0];
}

describe('loading policies: broken policies fail at load time with file, line and column', () => {
  it('a CEL syntax error points into the expression', () => {
    const p = only(`rules:
  - id: a.syntax
    require: spec.rollback.enabled && && git.isFork
`);
    expect(p).toMatchObject({ file: 'p.yaml', line: 3, column: 39, path: 'rules[0].require' });
    expect(p.message).toMatch(/^CEL syntax error: Unexpected token/);
  });

  it('an unknown function is named, with a suggestion', () => {
    const p = only(`rules:
  - id: a.func
    require: spec.model.image.matchesGlb("x*")
`);
    expect(p).toMatchObject({ line: 3, column: 14, path: 'rules[0].require' });
    expect(p.message).toBe('CEL type error: unknown function "matchesGlb" (did you mean "matchesGlob"?)');
  });

  it('a wrong type is caught by the type checker', () => {
    const p = only(`rules:
  - id: a.type
    require: plan.cost.extraInstanceHours + "h" == "3h"
`);
    expect(p).toMatchObject({ line: 3, column: 14 });
    expect(p.message).toBe('CEL type error: no such overload: double + string');
  });

  it('a require that is not a bool is refused', () => {
    const p = only(`rules:
  - id: a.notbool
    require: plan.cost.extraInstanceHours
`);
    expect(p.message).toBe('must be a bool expression, but its type is double');
  });

  it('a field the facts do not have is caught, with a suggestion (spec.strategy.stepz)', () => {
    const p = only(`rules:
  - id: a.field
    when: spec.strategy.type == "canary"
    require: spec.strategy.stepz[0].weight <= 10.0
`);
    expect(p).toMatchObject({ line: 4, column: 28, path: 'rules[0].require' });
    expect(p.message).toBe('CEL type error: spec.strategy has no field "stepz" (did you mean "steps"?)');
  });

  it('an unknown variable lists the facts', () => {
    const p = only(`rules:
  - id: a.var
    require: specs.rollback.enabled
`);
    expect(p.message).toMatch(
      /^CEL type error: unknown variable "specs" \(did you mean "spec"\?\); the facts are spec, plan, artifact/,
    );
  });

  it('an enum value the fact can never hold is caught (a typo would never match)', () => {
    const p = only(`rules:
  - id: a.enum
    require: spec.strategy.type != "blue_green"
`);
    expect(p).toMatchObject({ line: 3, column: 36 });
    expect(p.message).toMatch(
      /^CEL type error: spec.strategy.type is never "blue_green" \(it is one of all-at-once, canary, /,
    );
  });

  it('duplicate rule ids across files name both locations', async () => {
    const err = await loadPolicies(['broken'], { baseDir: FIXTURES }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const ps = (err as InputError).problems;
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({
      file: join(FIXTURES, 'broken/second.yaml'),
      line: 5,
      column: 9,
      path: 'id',
    });
    expect(ps[0].message).toBe(
      `duplicate rule id "shared.rule" (also defined at ${join(FIXTURES, 'broken/first.yaml')}:2:9)`,
    );
  });

  it('an unknown key in a rule gets a suggestion', () => {
    // The rule then also lacks `require`: both are reported.
    const ps = problems(`rules:
  - id: a.key
    requires: spec.rollback.enabled
`);
    expect(ps).toEqual([
      {
        file: 'p.yaml',
        line: 3,
        column: 5,
        path: 'rules[0].requires',
        message: 'unknown key "requires" (did you mean "require"?)',
        expected: 'one of id, description, when, require, severity, message, waivable',
      },
      {
        file: 'p.yaml',
        line: 2,
        column: 5,
        path: 'rules[0].require',
        message: 'missing required key "require"',
      },
    ]);
  });

  it('reports every problem of every rule at once', () => {
    const ps = problems(`rules:
  - id: Bad Id
    require: 'true'
    severity: block
  - id: ok.rule
    require: 1 +
  - id: a-rule-id-that-is-far-too-long-for-a-label
    require: 'true'
    waivable: yes please
`);
    expect(ps.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`)).toEqual([
      '2:9 rules[0].id: invalid rule id "Bad Id"',
      '4:15 rules[0].severity: invalid severity "block"',
      '6:17 rules[1].require: CEL syntax error: Unexpected token: EOF',
      '7:9 rules[2].id: rule id "a-rule-id-that-is-far-too-long-for-a-label" is 42 characters; the waiver label modelgate-waive:<id> must fit GitHub\'s 50',
      '9:15 rules[2].waivable: must be a non-empty boolean',
    ]);
  });

  it('a file without rules, an unknown top-level key and YAML errors are reported', () => {
    expect(problems('rule: []\n').map((p) => p.message)).toEqual([
      'unknown key "rule" (did you mean "rules"?)',
      'a policy file needs a `rules` list',
    ]);
    const y = problems('rules:\n  - id: x\n   require: [\n');
    expect(y[0]).toEqual({
      file: 'p.yaml',
      line: 3,
      column: 1,
      message: 'YAML error: Sequence item without - indicator',
    });
  });

  it('maps positions inside block and quoted scalars', () => {
    const block = only(`rules:
  - id: a.block
    require: |
      spec.rollback.enabled
        && plan.cost.nope > 1.0
`);
    expect(block).toMatchObject({ line: 5, column: 22 });
    const folded = only(`rules:
  - id: a.folded
    require: >-
      spec.rollback.enabled &&
      plan.steps.all(s, s.bakeSecondz > 0.0)
`);
    expect(folded).toMatchObject({ line: 5, column: 27 });
    expect(folded.message).toBe(
      'CEL type error: s (a PlanStep) has no field "bakeSecondz" (did you mean "bakeSeconds"?)',
    );
    const quoted = only(`rules:
  - id: a.quoted
    require: "spec.strategy.type == \\"canary\\" && spec.modle.name == \\"x\\""
`);
    expect(quoted).toMatchObject({ line: 3, column: 56 });
    expect(quoted.message).toContain('spec has no field "modle" (did you mean "model"?)');
  });

  it('checks message placeholders like expressions', () => {
    const p = only(`rules:
  - id: a.msg
    require: 'true'
    message: "first step is {{ plan.steps[0].trafic.candidate }}% and {{ plan.strategy }}"
`);
    expect(p).toMatchObject({ line: 4, column: 46, path: 'rules[0].message' });
    expect(p.message).toContain('plan.steps[*] has no field "trafic" (did you mean "traffic"?)');
    expect(problems(`rules:\n  - id: a.m\n    require: 'true'\n    message: "{{ }} and {{ plan"\n`)).toEqual([
      { file: 'p.yaml', line: 4, column: 15, path: 'rules[0].message', message: 'empty {{ }} placeholder' },
      { file: 'p.yaml', line: 4, column: 25, path: 'rules[0].message', message: 'unclosed {{ placeholder' },
    ]);
  });

  it('throws an InputError with code invalid_policy listing the problems', () => {
    expect(() =>
      compilePolicySet([{ file: 'x.yaml', text: 'rules:\n  - id: x\n    require: nope\n' }]),
    ).toThrow(/x\.yaml:3:14: rules\[0\]\.require: CEL type error: unknown variable "nope"/);
  });
});

describe('resolving policy references', () => {
  it('loads built-in packs and folders relative to the spec, skipping test files', async () => {
    const set = await loadPolicies(['builtin:baseline', 'policies'], {
      baseDir: join(FIXTURES, 'project'),
      displayDir: 'project',
    });
    expect(set.rules.map((r) => r.id)).toEqual([
      'baseline.artifact-hash',
      'baseline.image-allow-listed',
      'baseline.rollback-enabled',
      'team.no-friday-evening',
      'team.shadow-or-canary',
    ]);
    expect(set.files).toEqual(['builtin:baseline/baseline.yaml', 'project/policies/deploy-window.yaml']);
  });

  it('loads a file named twice once', async () => {
    const set = await loadPolicies(['policies', 'policies/deploy-window.yaml'], {
      baseDir: join(FIXTURES, 'project'),
    });
    expect(set.rules).toHaveLength(2);
  });

  it('points at the spec for an unknown pack or a missing path', async () => {
    const spec = {
      file: 'modelgate.yaml',
      locate: (p: string) => (p === 'policies[1]' ? { line: 30, column: 22 } : undefined),
    };
    const err = (await loadPolicies(['builtin:baseline', 'builtin:prodution', 'nowhere'], {
      baseDir: FIXTURES,
      spec,
    }).catch((e: unknown) => e)) as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect(err.problems[0]).toMatchObject({
      file: 'modelgate.yaml',
      line: 30,
      column: 22,
      path: 'policies[1]',
    });
    expect(err.problems[0].message).toBe(
      'unknown built-in policy pack "prodution" (did you mean "production"?)',
    );
    expect(err.problems[1].message).toMatch(/^policy path "nowhere" does not exist/);
  });
});
