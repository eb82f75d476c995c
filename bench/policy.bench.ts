// Policy engine: compile time and evaluation time for 1,000 rules against a full facts document.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { builtinPacks, builtinPoliciesDir } from '../src/policy/builtin.js';
import { evaluatePolicies } from '../src/policy/evaluate.js';
import { compilePolicySet } from '../src/policy/load.js';
import { loadExampleFacts } from '../src/policy/testing.js';

const RULES = 1000;
const GOAL_MS = 50;

interface RawRule {
  id: string;
  [key: string]: unknown;
}

/** 1,000 rules made of the built-in packs' rules (each with its message template), renamed. */
function thousandRules(): string {
  const templates: RawRule[] = [];
  for (const pack of builtinPacks()) {
    const text = readFileSync(join(builtinPoliciesDir(), pack, `${pack}.yaml`), 'utf8');
    templates.push(...(parse(text) as { rules: RawRule[] }).rules);
  }
  const rules = Array.from({ length: RULES }, (_, i) => ({
    ...templates[i % templates.length],
    id: `bench.r${String(i).padStart(4, '0')}`,
  }));
  return stringify({ rules });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function run(): Promise<void> {
  const text = thousandRules();
  const facts = await loadExampleFacts();

  const compileTimes: number[] = [];
  let set = compilePolicySet([{ file: 'bench.yaml', text }]); // warm-up (builds the CEL environment)
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    set = compilePolicySet([{ file: 'bench.yaml', text }]);
    compileTimes.push(performance.now() - t0);
  }

  // The same rollout gone wrong: a fork, a 25% first step, no artifact check, an unknown price.
  const failing = structuredClone(facts);
  failing.git.isFork = true;
  failing.plan.steps[1].traffic = { baseline: 75, candidate: 25 };
  failing.artifact = null;
  failing.plan.cost.extraUsd = null;

  console.log(
    `rules                          ${set.rules.length} (the ${builtinPacks().length} built-in packs' rules, repeated)`,
  );
  console.log(`load + compile + type-check    ${median(compileTimes).toFixed(1)} ms (median of 5)`);
  for (const [label, doc] of [
    ['all allow', facts],
    ['many deny', failing],
  ] as const) {
    for (let i = 0; i < 5; i++) evaluatePolicies(set, doc); // warm-up
    const times: number[] = [];
    let denied = 0;
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      const result = evaluatePolicies(set, doc);
      times.push(performance.now() - t0);
      denied = result.counts.deny + result.counts.error;
    }
    const m = median(times);
    console.log(
      `evaluate, ${label.padEnd(9)}           ${m.toFixed(2)} ms median, ${Math.max(...times).toFixed(2)} ms max of 30, ` +
        `${((m * 1000) / set.rules.length).toFixed(1)} µs/rule, ${denied} denied (goal < ${GOAL_MS} ms: ${m < GOAL_MS ? 'met' : 'MISSED'})`,
    );
  }
}
