import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isMap, isSeq, type Node, type YAMLMap } from 'yaml';
import { InputError, ModelgateError } from '../errors.js';
import { BUILTIN_PREFIX, builtinPackDir, builtinPacks, builtinPoliciesDir } from './builtin.js';
import { evaluatePolicies } from './evaluate.js';
import type { Facts } from './facts.js';
import { compilePolicySet, isPolicyTestFile, loadPolicies } from './load.js';
import { deepMerge, setPath, unsetPath } from './patch.js';
import { didYouMean } from './suggest.js';
import { DECISION_KINDS, type DecisionKind, type PolicySet, type Waiver } from './types.js';
import { parseYamlDoc } from './yaml-doc.js';

/**
 * Policy tests, as `opa test` / `conftest verify` do it: a `*.test.yaml` file beside the policies
 * holds cases, each a facts document (the base facts edited by `patch` / `set` / `unset`) and the
 * decision expected from some rules.
 *
 * ```yaml
 * policies: [production.yaml]        # optional; default: the policy files in this folder
 * facts: builtin:example             # optional; default: policies/example-facts.yaml; or a path
 * cases:
 *   - name: a 25% first canary step is denied
 *     set: { "plan.steps[1].traffic.candidate": 25 }   # paths as in CEL
 *     patch: { git: { isFork: true } }                 # deep merge; lists and null replace
 *     unset: [spec.model.sha256]
 *     labels: [modelgate-waive:production.bake-min-5m] # sets git.labels
 *     waivers: { production.first-step-max-10: accepted by the SRE on call }
 *     expect:
 *       production.first-step-max-10: waived
 *       production.bake-min-5m: allow
 * ```
 */

export const EXAMPLE_FACTS_REF = 'builtin:example';
const FILE_KEYS = ['policies', 'facts', 'cases'];
const CASE_KEYS = ['name', 'patch', 'set', 'unset', 'labels', 'waivers', 'expect'];

export interface CaseResult {
  name: string;
  passed: boolean;
  /** One line per unmet expectation (or the error that stopped the case). */
  failures: string[];
}

export interface TestFileResult {
  file: string;
  cases: CaseResult[];
  /** Set when the file or its policies could not be loaded (every case counts as failed). */
  error?: string;
}

export interface TestReport {
  files: TestFileResult[];
  passed: number;
  failed: number;
}

interface TestCase {
  name: string;
  patch?: unknown;
  set?: Record<string, unknown>;
  unset?: string[];
  labels?: string[];
  waivers?: Record<string, string>;
  expect: Record<string, DecisionKind>;
}

async function readYaml(path: string): Promise<unknown> {
  const { doc, problems } = parseYamlDoc(await readFile(path, 'utf8'), path);
  if (problems.length > 0) throw new InputError(problems.slice(0, 1));
  return doc.toJS();
}

/** The example facts document every built-in pack's tests start from. */
export async function loadExampleFacts(): Promise<Facts> {
  return (await readYaml(join(builtinPoliciesDir(), 'example-facts.yaml'))) as Facts;
}

/** Parses a test file; problems name the line and the field. */
async function parseTestFile(
  path: string,
): Promise<{ policies?: string[]; facts?: string; cases: TestCase[] }> {
  const { doc, lineCounter, problems } = parseYamlDoc(await readFile(path, 'utf8'), path);
  const at = (n: Node | undefined | null) => {
    const p = lineCounter.linePos(n?.range?.[0] ?? 0);
    return { file: path, line: p.line, column: p.col };
  };
  if (problems.length > 0) throw new InputError(problems, 'invalid_policy_test');
  const root = doc.contents;
  if (!isMap(root))
    throw new InputError([{ ...at(root), message: 'a policy test file must be a mapping with `cases`' }]);
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value);
    if (!FILE_KEYS.includes(key)) {
      problems.push({
        ...at(pair.key as Node),
        path: key,
        message: `unknown key "${key}"${didYouMean(key, FILE_KEYS)}`,
      });
    }
  }
  const casesNode = root.get('cases', true);
  if (!isSeq(casesNode) || casesNode.items.length === 0) {
    problems.push({ ...at(casesNode ?? root), path: 'cases', message: 'needs a non-empty `cases` list' });
    throw new InputError(problems, 'invalid_policy_test');
  }
  const cases: TestCase[] = [];
  casesNode.items.forEach((item, i) => {
    const path = `cases[${i}]`;
    if (!isMap(item)) {
      problems.push({ ...at(item as Node), path, message: 'a case must be a mapping' });
      return;
    }
    for (const pair of (item as YAMLMap).items) {
      const key = String((pair.key as { value?: unknown })?.value);
      if (!CASE_KEYS.includes(key)) {
        problems.push({
          ...at(pair.key as Node),
          path: `${path}.${key}`,
          message: `unknown key "${key}"${didYouMean(key, CASE_KEYS)}`,
        });
      }
    }
    const c = (item as YAMLMap).toJSON() as TestCase;
    if (typeof c.name !== 'string' || c.name === '') {
      problems.push({ ...at(item as Node), path: `${path}.name`, message: 'a case needs a name' });
    }
    const expectNode = (item as YAMLMap).get('expect', true) as Node | undefined;
    if (!isMap(expectNode) || expectNode.items.length === 0) {
      problems.push({
        ...at(expectNode ?? (item as Node)),
        path: `${path}.expect`,
        message: 'needs `expect: {rule-id: decision}`',
      });
    } else {
      for (const pair of expectNode.items) {
        const v = (pair.value as { value?: unknown })?.value;
        if (!DECISION_KINDS.includes(v as DecisionKind)) {
          problems.push({
            ...at(pair.value as Node),
            path: `${path}.expect.${String((pair.key as { value?: unknown })?.value)}`,
            message: `invalid decision ${JSON.stringify(v)}`,
            expected: DECISION_KINDS.join(', '),
          });
        }
      }
    }
    cases.push(c);
  });
  if (problems.length > 0) throw new InputError(problems, 'invalid_policy_test');
  const js = root.toJSON() as { policies?: unknown; facts?: unknown };
  if (
    js.policies !== undefined &&
    (!Array.isArray(js.policies) || js.policies.some((p) => typeof p !== 'string'))
  ) {
    throw new InputError([
      { ...at(root.get('policies', true) as Node), path: 'policies', message: 'must be a list of paths' },
    ]);
  }
  if (js.facts !== undefined && typeof js.facts !== 'string') {
    throw new InputError([
      { ...at(root.get('facts', true) as Node), path: 'facts', message: 'must be a path' },
    ]);
  }
  return { policies: js.policies as string[] | undefined, facts: js.facts as string | undefined, cases };
}

async function policiesFor(testFile: string, refs: string[] | undefined): Promise<PolicySet> {
  const dir = dirname(testFile);
  if (refs) return loadPolicies(refs, { baseDir: dir });
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n) && !isPolicyTestFile(n)).sort();
  const files = await Promise.all(
    names
      .filter((n) => join(dir, n) !== join(builtinPoliciesDir(), 'example-facts.yaml'))
      .map(async (n) => ({ file: join(dir, n), text: await readFile(join(dir, n), 'utf8') })),
  );
  if (files.length === 0)
    throw new ModelgateError('invalid_policy_test', `${testFile}: no policy files beside it`);
  return compilePolicySet(files);
}

function runCase(policies: PolicySet, base: Facts, c: TestCase): CaseResult {
  const failures: string[] = [];
  let facts: Facts;
  try {
    facts = deepMerge(structuredClone(base), c.patch ?? {}) as Facts;
    for (const [path, value] of Object.entries(c.set ?? {})) setPath(facts, path, value);
    for (const path of c.unset ?? []) unsetPath(facts, path);
    if (c.labels) facts.git = { ...facts.git, labels: [...c.labels] };
  } catch (e) {
    return { name: c.name, passed: false, failures: [`cannot build the facts: ${(e as Error).message}`] };
  }
  const waivers: Waiver[] = Object.entries(c.waivers ?? {}).map(([ruleId, reason]) => ({
    ruleId,
    reason: String(reason),
    by: 'policy test',
    source: 'input',
  }));
  let result;
  try {
    result = evaluatePolicies(policies, facts, { waivers });
  } catch (e) {
    return { name: c.name, passed: false, failures: [(e as Error).message] };
  }
  const byId = new Map(result.decisions.map((d) => [d.ruleId, d]));
  for (const [ruleId, expected] of Object.entries(c.expect)) {
    const d = byId.get(ruleId);
    if (!d) {
      failures.push(`${ruleId}: no such rule is loaded${didYouMean(ruleId, byId.keys())}`);
    } else if (d.decision !== expected) {
      failures.push(`${ruleId}: expected ${expected}, got ${d.decision} — ${d.message}`);
    }
  }
  return { name: c.name, passed: failures.length === 0, failures };
}

/** Runs the cases of one test file. */
export async function runTestFile(file: string): Promise<TestFileResult> {
  try {
    const spec = await parseTestFile(file);
    const policies = await policiesFor(file, spec.policies);
    const base =
      spec.facts === undefined || spec.facts === EXAMPLE_FACTS_REF
        ? await loadExampleFacts()
        : ((await readYaml(resolve(dirname(file), spec.facts))) as Facts);
    return { file, cases: spec.cases.map((c) => runCase(policies, base, c)) };
  } catch (e) {
    return { file, cases: [], error: (e as Error).message };
  }
}

async function testFilesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      out.push(...(await testFilesIn(join(dir, entry.name))));
    } else if (isPolicyTestFile(entry.name)) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}

/**
 * Finds the test files under each path (`builtin:<pack>`, a folder searched recursively, or a test
 * file) and runs them all.
 */
export async function runPolicyTests(paths: string[], cwd: string): Promise<TestReport> {
  const files: string[] = [];
  for (const p of paths) {
    if (p.startsWith(BUILTIN_PREFIX)) {
      const dir = builtinPackDir(p);
      if (!dir) {
        const name = p.slice(BUILTIN_PREFIX.length);
        throw new ModelgateError(
          'invalid_input',
          `unknown built-in policy pack "${name}"${didYouMean(name, builtinPacks())}; the packs are ${builtinPacks().join(', ')}`,
        );
      }
      files.push(...(await testFilesIn(dir)));
      continue;
    }
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) throw new ModelgateError('invalid_input', `${p}: no such file or folder`);
    if (info.isDirectory()) files.push(...(await testFilesIn(abs)));
    else if (isPolicyTestFile(basename(abs))) files.push(abs);
    else throw new ModelgateError('invalid_input', `${p}: not a policy test file (*.test.yaml)`);
  }
  const results: TestFileResult[] = [];
  for (const f of [...new Set(files)]) results.push(await runTestFile(f));
  let passed = 0;
  let failed = 0;
  for (const r of results) {
    if (r.error) failed++;
    for (const c of r.cases) {
      if (c.passed) passed++;
      else failed++;
    }
  }
  return { files: results, passed, failed };
}
