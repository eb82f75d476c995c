import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  EXIT
} from "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/cli/commands/validate.ts
var validateCommand = {
  usage: `Usage: modelgate validate [SPEC]

Checks SPEC (default: modelgate.yaml in the current folder) against the modelgate/v1 schema and the
rules beyond it, and prints every problem as file:line:col: field: message (expected …).

Exit codes: 0 valid, 1 invalid, 2 usage error.`,
  async run(argv, io) {
    const [{ loadSpecForCli, parseSpecArgs }, { planRollout }, { formatDuration }] = await Promise.all([
      import("./cli-spec-input-Q3LY7WJA.js"),
      import("./cli-plan-Y4KNLBOF.js"),
      import("./cli-duration-CS3MQNAY.js")
    ]);
    const { spec } = parseSpecArgs(argv, {});
    const loaded = await loadSpecForCli(spec, io);
    if (!loaded) return EXIT.failed;
    const plan = planRollout(loaded.spec);
    const s = loaded.spec.strategy;
    io.stdout(
      `${spec}: valid (${s.type}${"mode" in s ? `, ${s.mode}` : ""}, ${plan.steps.length} steps, expected ${formatDuration(plan.expectedDurationSeconds)})
`
    );
    for (const note of plan.notes) io.stdout(`note: ${note}
`);
    return EXIT.ok;
  }
};
export {
  validateCommand
};
