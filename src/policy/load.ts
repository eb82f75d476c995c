import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import { InputError, type InputProblem } from '../errors.js';
import type { LoadedSpec } from '../spec/types.js';
import { BUILTIN_PREFIX, builtinPackDir, builtinPacks } from './builtin.js';
import { compileExpression } from './compile.js';
import { scalarOffsetMapper } from './source-map.js';
import { didYouMean } from './suggest.js';
import { compileTemplate } from './template.js';
import type { MessagePart, PolicyLocation, PolicySet, Rule, Severity } from './types.js';
import { parseYamlDoc } from './yaml-doc.js';

/**
 * Policy files: YAML with a `rules` list (and an optional `description`).
 *
 * ```yaml
 * rules:
 *   - id: production.first-step-max-10
 *     description: The first canary step sends at most 10% of traffic to the candidate.
 *     when: spec.strategy.type == "canary"           # optional: the rule applies only then
 *     require: plan.steps.filter(s, s.traffic.candidate > 0.0)[0].traffic.candidate <= 10.0
 *     severity: deny                                  # deny (default) | warn
 *     message: "first canary step is {{ spec.strategy.steps[0].weight }}%"
 *     waivable: true                                  # a waiver may turn the deny into `waived`
 * ```
 *
 * Everything is checked at load time and every problem is reported with file, line and column:
 * YAML errors, unknown keys (with a suggestion), CEL syntax and type errors (positioned inside the
 * expression), comparisons with impossible enum values, and rule ids defined twice.
 */

const FILE_KEYS = ['rules', 'description'];
const RULE_KEYS = ['id', 'description', 'when', 'require', 'severity', 'message', 'waivable'];
/** GitHub labels are at most 50 characters; `modelgate-waive:` takes 16 of them. */
export const MAX_RULE_ID_LENGTH = 34;
const RULE_ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;

export function isPolicyTestFile(name: string): boolean {
  return /\.test\.ya?ml$/.test(name);
}

function isPolicyFile(name: string): boolean {
  return /\.ya?ml$/.test(name) && !isPolicyTestFile(name);
}

interface FileResult {
  rules: Rule[];
  problems: InputProblem[];
}

/**
 * Compiles the rules of one policy file's text. `file` is the name used in locations; `origin`
 * names where it came from (`builtin:production`, or the path as written in the spec).
 */
export function compilePolicyText(text: string, file: string, origin = file): FileResult {
  const { doc, lineCounter, problems } = parseYamlDoc(text, file);
  const at = (offset: number | undefined): PolicyLocation => {
    const p = lineCounter.linePos(offset ?? 0);
    return { file, line: p.line, column: p.col };
  };
  const nodeAt = (node: Node | null | undefined) => at(node?.range?.[0]);
  const problem = (loc: PolicyLocation, path: string, message: string, expected?: string) =>
    problems.push({ ...loc, ...(path ? { path } : {}), message, ...(expected ? { expected } : {}) });

  if (problems.length > 0) return { rules: [], problems };

  const root = doc.contents;
  if (!isMap(root)) {
    problem(nodeAt(root), '', 'a policy file must be a mapping with a `rules` list', 'rules: [...]');
    return { rules: [], problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!FILE_KEYS.includes(key)) {
      problem(
        nodeAt(pair.key as Node),
        key,
        `unknown key "${key}"${didYouMean(key, FILE_KEYS)}`,
        FILE_KEYS.join(' or '),
      );
    }
  }
  const rulesNode = root.get('rules', true);
  if (!isSeq(rulesNode)) {
    problem(nodeAt(rulesNode ?? root), 'rules', 'a policy file needs a `rules` list', 'a list of rules');
    return { rules: [], problems };
  }

  const rules: Rule[] = [];
  rulesNode.items.forEach((item, index) => {
    const rule = compileRule(item as Node, `rules[${index}]`);
    if (rule) rules.push(rule);
  });
  return { rules, problems };

  function compileRule(node: Node, path: string): Rule | undefined {
    if (!isMap(node)) {
      problem(nodeAt(node), path, 'a rule must be a mapping', `keys ${RULE_KEYS.join(', ')}`);
      return undefined;
    }
    const before = problems.length;
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!RULE_KEYS.includes(key)) {
        problem(
          nodeAt(pair.key as Node),
          `${path}.${key}`,
          `unknown key "${key}"${didYouMean(key, RULE_KEYS)}`,
          `one of ${RULE_KEYS.join(', ')}`,
        );
      }
    }
    const scalar = (key: string, type: 'string' | 'boolean', required: boolean): Scalar | undefined => {
      const v = (node as YAMLMap).get(key, true) as Node | undefined;
      if (v === undefined || v === null) {
        if (required) problem(nodeAt(node), `${path}.${key}`, `missing required key "${key}"`);
        return undefined;
      }
      if (
        !isScalar(v) ||
        typeof v.value !== type ||
        (type === 'string' && (v.value as string).trim() === '')
      ) {
        problem(
          nodeAt(v),
          `${path}.${key}`,
          `must be a non-empty ${type}`,
          type === 'string' ? 'a string' : 'true or false',
        );
        return undefined;
      }
      return v;
    };

    const idNode = scalar('id', 'string', true);
    const id = idNode?.value as string | undefined;
    if (idNode && id !== undefined) {
      if (!RULE_ID.test(id)) {
        problem(
          nodeAt(idNode),
          `${path}.id`,
          `invalid rule id "${id}"`,
          'lowercase letters, digits and . _ - separators',
        );
      } else if (id.length > MAX_RULE_ID_LENGTH) {
        problem(
          nodeAt(idNode),
          `${path}.id`,
          `rule id "${id}" is ${id.length} characters; the waiver label modelgate-waive:<id> must fit GitHub's 50`,
          `at most ${MAX_RULE_ID_LENGTH} characters`,
        );
      }
    }
    const descriptionNode = scalar('description', 'string', false);
    const severityNode = scalar('severity', 'string', false);
    const severity = (severityNode?.value ?? 'deny') as string;
    if (severityNode && severity !== 'deny' && severity !== 'warn') {
      problem(nodeAt(severityNode), `${path}.severity`, `invalid severity "${severity}"`, 'deny or warn');
    }
    const waivableNode = scalar('waivable', 'boolean', false);

    const reads: string[] = [];
    const expression = (key: 'when' | 'require') => {
      const n = scalar(key, 'string', key === 'require');
      if (!n) return undefined;
      const map = scalarOffsetMapper(text, n, lineCounter);
      const locate = (o: number): PolicyLocation => ({ file, ...map(o) });
      const r = compileExpression(n.value as string, locate, 'bool');
      for (const p of r.problems) problem(locate(p.offset), `${path}.${key}`, p.message);
      reads.push(...r.reads);
      return r.expr;
    };
    const when = expression('when');
    const require = expression('require');

    let message: MessagePart[] | undefined;
    const messageNode = scalar('message', 'string', false);
    if (messageNode) {
      const map = scalarOffsetMapper(text, messageNode, lineCounter);
      const locate = (o: number): PolicyLocation => ({ file, ...map(o) });
      const t = compileTemplate(messageNode.value as string, locate);
      for (const p of t.problems) problem(locate(p.offset), `${path}.message`, p.message);
      reads.push(...t.reads);
      message = t.parts;
    }

    if (problems.length > before || !id || !require) return undefined;
    const unique = [...new Set(reads)];
    const isPrefix = (p: string, of: string) =>
      of.length > p.length && of.startsWith(p) && /^[.[]/.test(of[p.length]);
    return {
      id,
      description: (descriptionNode?.value as string | undefined) ?? '',
      severity: severity as Severity,
      waivable: (waivableNode?.value as boolean | undefined) ?? false,
      when,
      require,
      message,
      reads: unique.filter((p) => !unique.some((q) => isPrefix(p, q))),
      location: nodeAt(idNode),
      origin,
    };
  }
}

/** Adds a problem for every rule id defined more than once, naming both places. */
function checkDuplicateIds(rules: Rule[], problems: InputProblem[]): void {
  const first = new Map<string, Rule>();
  for (const r of rules) {
    const prev = first.get(r.id);
    if (!prev) {
      first.set(r.id, r);
      continue;
    }
    const where = `${prev.location.file}:${prev.location.line}:${prev.location.column}`;
    problems.push({
      ...r.location,
      path: 'id',
      message: `duplicate rule id "${r.id}" (also defined at ${where})`,
      expected: 'rule ids unique across every loaded policy file',
    });
  }
}

/** Compiles several in-memory policy files as one set (tests, benchmarks). Throws InputError. */
export function compilePolicySet(files: Array<{ file: string; text: string; origin?: string }>): PolicySet {
  const rules: Rule[] = [];
  const problems: InputProblem[] = [];
  for (const f of files) {
    const r = compilePolicyText(f.text, f.file, f.origin);
    rules.push(...r.rules);
    problems.push(...r.problems);
  }
  checkDuplicateIds(rules, problems);
  if (problems.length > 0) throw new InputError(problems, 'invalid_policy');
  return { rules, files: files.map((f) => f.file) };
}

async function policyFilesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    if (entry.name.startsWith('.') && entry.isDirectory()) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await policyFilesIn(p)));
    else if (isPolicyFile(entry.name)) out.push(p);
  }
  return out;
}

export interface LoadPoliciesOptions {
  /** Folder that relative references are resolved against (the spec's folder). */
  baseDir: string;
  /** How `baseDir` is written in locations (e.g. relative to the working folder); default `baseDir`. */
  displayDir?: string;
  /** The spec the references came from, to point at `policies[i]` when one cannot be found. */
  spec?: Pick<LoadedSpec, 'file' | 'locate'>;
}

/** Where the files of each reference are: `builtin:<pack>` or a path (folder or file). */
export async function resolvePolicyFiles(
  refs: string[],
  options: LoadPoliciesOptions,
): Promise<Array<{ path: string; display: string; origin: string }>> {
  const out: Array<{ path: string; display: string; origin: string }> = [];
  const problems: InputProblem[] = [];
  const shown = options.displayDir ?? options.baseDir;
  const specProblem = (i: number, message: string, expected?: string) => {
    const at = options.spec?.locate(`policies[${i}]`);
    problems.push({
      file: options.spec?.file ?? '<policies>',
      line: at?.line,
      column: at?.column,
      path: `policies[${i}]`,
      message,
      expected,
    });
  };
  for (const [i, ref] of refs.entries()) {
    if (ref.startsWith(BUILTIN_PREFIX)) {
      const dir = builtinPackDir(ref);
      if (!dir) {
        const name = ref.slice(BUILTIN_PREFIX.length);
        specProblem(
          i,
          `unknown built-in policy pack "${name}"${didYouMean(name, builtinPacks())}`,
          builtinPacks()
            .map((p) => BUILTIN_PREFIX + p)
            .join(', '),
        );
        continue;
      }
      for (const path of await policyFilesIn(dir)) {
        out.push({ path, display: `${ref}/${relative(dir, path)}`, origin: ref });
      }
      continue;
    }
    const abs = resolve(options.baseDir, ref);
    const info = await stat(abs).catch(() => undefined);
    if (!info) {
      specProblem(
        i,
        `policy path "${ref}" does not exist (resolved to ${abs})`,
        'a policy file or folder relative to the spec',
      );
    } else if (info.isDirectory()) {
      const files = await policyFilesIn(abs);
      if (files.length === 0) specProblem(i, `policy folder "${ref}" holds no .yaml files`);
      for (const path of files)
        out.push({ path, display: join(shown, ref, relative(abs, path)), origin: ref });
    } else {
      out.push({ path: abs, display: join(shown, ref), origin: ref });
    }
  }
  if (problems.length > 0) throw new InputError(problems, 'invalid_policy');
  // A file named twice (a folder and a file in it, a pack listed twice) is loaded once.
  const seen = new Set<string>();
  return out.filter((f) => !seen.has(f.path) && seen.add(f.path));
}

/**
 * Loads and compiles every rule the references name (`builtin:<pack>`, or folders / files relative
 * to `baseDir`). Throws an InputError listing every problem in every file.
 */
export async function loadPolicies(refs: string[], options: LoadPoliciesOptions): Promise<PolicySet> {
  const files = await resolvePolicyFiles(refs, options);
  const texts = await Promise.all(
    files.map(async (f) => ({ file: f.display, origin: f.origin, text: await readFile(f.path, 'utf8') })),
  );
  return compilePolicySet(texts);
}
