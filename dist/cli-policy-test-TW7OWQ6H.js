import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  BUILTIN_PREFIX,
  DECISION_KINDS,
  builtinPackDir,
  builtinPacks,
  builtinPoliciesDir,
  compilePolicySet,
  didYouMean,
  evaluatePolicies,
  formatTestReport,
  isPolicyTestFile,
  loadPolicies,
  parseYamlDoc
} from "./cli-chunk-3KCEPIFV.js";
import "./cli-chunk-Q6QKO4RO.js";
import {
  formatPath
} from "./cli-chunk-LUBGO62J.js";
import {
  require_dist
} from "./cli-chunk-5W6KL5HJ.js";
import {
  InputError,
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import {
  EXIT,
  UsageError
} from "./cli-chunk-OSPYVRYB.js";
import {
  __toESM
} from "./cli-chunk-O5NZ25FZ.js";

// src/cli/commands/policy-test.ts
import { relative, sep } from "node:path";
import { parseArgs } from "node:util";

// src/policy/testing.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

// src/policy/patch.ts
function parsePath(path) {
  const out = [];
  const re = /(?:^|\.)([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;
  let i = 0;
  while (i < path.length) {
    re.lastIndex = i;
    const m = re.exec(path);
    if (!m || i > 0 && m[1] !== void 0 && path[i] !== ".") {
      throw new Error(`invalid path "${path}" at character ${i + 1} (expected a.b[0]["key"])`);
    }
    out.push(m[1] ?? (m[2] !== void 0 ? Number(m[2]) : JSON.parse(`"${m[3]}"`)));
    i = re.lastIndex;
  }
  if (out.length === 0) throw new Error("empty path");
  return out;
}
function isObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function deepMerge(target, patch) {
  if (!isObject(target) || !isObject(patch)) return structuredClone(patch);
  const out = { ...target };
  for (const [k, v] of Object.entries(patch)) out[k] = k in out ? deepMerge(out[k], v) : structuredClone(v);
  return out;
}
function parentOf(root, path) {
  const segs = parsePath(path);
  let v = root;
  for (const [i, s] of segs.slice(0, -1).entries()) {
    const next = v?.[s];
    if (typeof next !== "object" || next === null) {
      const at = formatPath(segs.slice(0, i + 1));
      throw new Error(`path "${path}": ${at} is ${next === null ? "null" : "not an object or list"}`);
    }
    v = next;
  }
  return { parent: v, key: segs[segs.length - 1] };
}
function setPath(root, path, value) {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent) && (typeof key !== "number" || key > parent.length)) {
    throw new Error(`path "${path}": index ${String(key)} is past the end of a list of ${parent.length}`);
  }
  parent[key] = structuredClone(value);
}
function unsetPath(root, path) {
  const { parent, key } = parentOf(root, path);
  if (Array.isArray(parent)) {
    if (typeof key !== "number") throw new Error(`path "${path}": a list needs an index`);
    parent.splice(key, 1);
  } else {
    delete parent[key];
  }
}

// src/policy/testing.ts
var EXAMPLE_FACTS_REF = "builtin:example";
var FILE_KEYS = ["policies", "facts", "cases"];
var CASE_KEYS = ["name", "patch", "set", "unset", "labels", "waivers", "expect"];
async function readYaml(path) {
  const { doc, problems } = parseYamlDoc(await readFile(path, "utf8"), path);
  if (problems.length > 0) throw new InputError(problems.slice(0, 1));
  return doc.toJS();
}
async function loadExampleFacts() {
  return await readYaml(join(builtinPoliciesDir(), "example-facts.yaml"));
}
async function parseTestFile(path) {
  const { doc, lineCounter, problems } = parseYamlDoc(await readFile(path, "utf8"), path);
  const at = (n) => {
    const p = lineCounter.linePos(n?.range?.[0] ?? 0);
    return { file: path, line: p.line, column: p.col };
  };
  if (problems.length > 0) throw new InputError(problems, "invalid_policy_test");
  const root = doc.contents;
  if (!(0, import_yaml2.isMap)(root))
    throw new InputError([{ ...at(root), message: "a policy test file must be a mapping with `cases`" }]);
  for (const pair of root.items) {
    const key = String(pair.key?.value);
    if (!FILE_KEYS.includes(key)) {
      problems.push({
        ...at(pair.key),
        path: key,
        message: `unknown key "${key}"${didYouMean(key, FILE_KEYS)}`
      });
    }
  }
  const casesNode = root.get("cases", true);
  if (!(0, import_yaml2.isSeq)(casesNode) || casesNode.items.length === 0) {
    problems.push({ ...at(casesNode ?? root), path: "cases", message: "needs a non-empty `cases` list" });
    throw new InputError(problems, "invalid_policy_test");
  }
  const cases = [];
  casesNode.items.forEach((item, i) => {
    const path2 = `cases[${i}]`;
    if (!(0, import_yaml2.isMap)(item)) {
      problems.push({ ...at(item), path: path2, message: "a case must be a mapping" });
      return;
    }
    for (const pair of item.items) {
      const key = String(pair.key?.value);
      if (!CASE_KEYS.includes(key)) {
        problems.push({
          ...at(pair.key),
          path: `${path2}.${key}`,
          message: `unknown key "${key}"${didYouMean(key, CASE_KEYS)}`
        });
      }
    }
    const c = item.toJSON();
    if (typeof c.name !== "string" || c.name === "") {
      problems.push({ ...at(item), path: `${path2}.name`, message: "a case needs a name" });
    }
    const expectNode = item.get("expect", true);
    if (!(0, import_yaml2.isMap)(expectNode) || expectNode.items.length === 0) {
      problems.push({
        ...at(expectNode ?? item),
        path: `${path2}.expect`,
        message: "needs `expect: {rule-id: decision}`"
      });
    } else {
      for (const pair of expectNode.items) {
        const v = pair.value?.value;
        if (!DECISION_KINDS.includes(v)) {
          problems.push({
            ...at(pair.value),
            path: `${path2}.expect.${String(pair.key?.value)}`,
            message: `invalid decision ${JSON.stringify(v)}`,
            expected: DECISION_KINDS.join(", ")
          });
        }
      }
    }
    cases.push(c);
  });
  if (problems.length > 0) throw new InputError(problems, "invalid_policy_test");
  const js = root.toJSON();
  if (js.policies !== void 0 && (!Array.isArray(js.policies) || js.policies.some((p) => typeof p !== "string"))) {
    throw new InputError([
      { ...at(root.get("policies", true)), path: "policies", message: "must be a list of paths" }
    ]);
  }
  if (js.facts !== void 0 && typeof js.facts !== "string") {
    throw new InputError([
      { ...at(root.get("facts", true)), path: "facts", message: "must be a path" }
    ]);
  }
  return { policies: js.policies, facts: js.facts, cases };
}
async function policiesFor(testFile, refs) {
  const dir = dirname(testFile);
  if (refs) return loadPolicies(refs, { baseDir: dir });
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n) && !isPolicyTestFile(n)).sort();
  const files = await Promise.all(
    names.filter((n) => join(dir, n) !== join(builtinPoliciesDir(), "example-facts.yaml")).map(async (n) => ({ file: join(dir, n), text: await readFile(join(dir, n), "utf8") }))
  );
  if (files.length === 0)
    throw new ModelgateError("invalid_policy_test", `${testFile}: no policy files beside it`);
  return compilePolicySet(files);
}
function runCase(policies, base, c) {
  const failures = [];
  let facts;
  try {
    facts = deepMerge(structuredClone(base), c.patch ?? {});
    for (const [path, value] of Object.entries(c.set ?? {})) setPath(facts, path, value);
    for (const path of c.unset ?? []) unsetPath(facts, path);
    if (c.labels) facts.git = { ...facts.git, labels: [...c.labels] };
  } catch (e) {
    return { name: c.name, passed: false, failures: [`cannot build the facts: ${e.message}`] };
  }
  const waivers = Object.entries(c.waivers ?? {}).map(([ruleId, reason]) => ({
    ruleId,
    reason: String(reason),
    by: "policy test",
    source: "input"
  }));
  let result;
  try {
    result = evaluatePolicies(policies, facts, { waivers });
  } catch (e) {
    return { name: c.name, passed: false, failures: [e.message] };
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
async function runTestFile(file) {
  try {
    const spec = await parseTestFile(file);
    const policies = await policiesFor(file, spec.policies);
    const base = spec.facts === void 0 || spec.facts === EXAMPLE_FACTS_REF ? await loadExampleFacts() : await readYaml(resolve(dirname(file), spec.facts));
    return { file, cases: spec.cases.map((c) => runCase(policies, base, c)) };
  } catch (e) {
    return { file, cases: [], error: e.message };
  }
}
async function testFilesIn(dir) {
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort(
    (a, b) => a.name.localeCompare(b.name)
  )) {
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name === ".git") continue;
      out.push(...await testFilesIn(join(dir, entry.name)));
    } else if (isPolicyTestFile(entry.name)) {
      out.push(join(dir, entry.name));
    }
  }
  return out;
}
async function runPolicyTests(paths, cwd) {
  const files = [];
  for (const p of paths) {
    if (p.startsWith(BUILTIN_PREFIX)) {
      const dir = builtinPackDir(p);
      if (!dir) {
        const name = p.slice(BUILTIN_PREFIX.length);
        throw new ModelgateError(
          "invalid_input",
          `unknown built-in policy pack "${name}"${didYouMean(name, builtinPacks())}; the packs are ${builtinPacks().join(", ")}`
        );
      }
      files.push(...await testFilesIn(dir));
      continue;
    }
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => void 0);
    if (!info) throw new ModelgateError("invalid_input", `${p}: no such file or folder`);
    if (info.isDirectory()) files.push(...await testFilesIn(abs));
    else if (isPolicyTestFile(basename(abs))) files.push(abs);
    else throw new ModelgateError("invalid_input", `${p}: not a policy test file (*.test.yaml)`);
  }
  const results = [];
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

// src/cli/commands/policy-test.ts
var policyTestCommand = {
  usage: `Usage: modelgate policy test [PATH...] [--builtin]

Runs the cases of every *.test.yaml under each PATH (a folder, searched recursively, a test file, or
builtin:<pack>; default: the current folder). A test file sits beside its policies; each case edits a
facts document (default: the built-in example facts) and names the decision it expects from some rules:

  cases:
    - name: a 25% first canary step is denied
      set: { "plan.steps[1].traffic.candidate": 25 }
      expect: { production.first-step-max-10: deny }

Prints each case as PASS or FAIL (with what differed) and a final "N passed, M failed" line.

Options:
  --builtin   also run the tests of every built-in pack (baseline, production, regulated, cost-guard)

Exit codes: 0 all passed, 1 a case failed or a test file is invalid, 2 usage error.`,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: { builtin: { type: "boolean" } },
        allowPositionals: true,
        strict: true
      });
    } catch (err) {
      throw new UsageError(err.message);
    }
    const paths = [...parsed.positionals];
    if (parsed.values.builtin) paths.push(...builtinPacks().map((p) => BUILTIN_PREFIX + p));
    if (paths.length === 0) paths.push(".");
    const report = await runPolicyTests(paths, io.cwd);
    if (report.files.length === 0) {
      io.stderr(`modelgate policy test: no *.test.yaml files under ${paths.join(", ")}
`);
      return EXIT.failed;
    }
    const builtinDir = builtinPoliciesDir() + sep;
    const display = (f) => f.startsWith(builtinDir) ? BUILTIN_PREFIX + f.slice(builtinDir.length).split(sep).join("/") : relative(io.cwd, f) || f;
    io.stdout(formatTestReport(report, display));
    return report.failed > 0 ? EXIT.failed : EXIT.ok;
  }
};
export {
  policyTestCommand
};
