import { relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { builtinPacks, builtinPoliciesDir, BUILTIN_PREFIX } from '../../policy/builtin.js';
import { formatTestReport } from '../../policy/format.js';
import { runPolicyTests } from '../../policy/testing.js';
import { EXIT, UsageError, type Command } from '../io.js';

export const policyTestCommand: Command = {
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
        options: { builtin: { type: 'boolean' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const paths = [...parsed.positionals];
    if (parsed.values.builtin) paths.push(...builtinPacks().map((p) => BUILTIN_PREFIX + p));
    if (paths.length === 0) paths.push('.');
    const report = await runPolicyTests(paths, io.cwd);
    if (report.files.length === 0) {
      io.stderr(`modelgate policy test: no *.test.yaml files under ${paths.join(', ')}\n`);
      return EXIT.failed;
    }
    const builtinDir = builtinPoliciesDir() + sep;
    const display = (f: string) =>
      f.startsWith(builtinDir)
        ? BUILTIN_PREFIX + f.slice(builtinDir.length).split(sep).join('/')
        : relative(io.cwd, f) || f;
    io.stdout(formatTestReport(report, display));
    return report.failed > 0 ? EXIT.failed : EXIT.ok;
  },
};
