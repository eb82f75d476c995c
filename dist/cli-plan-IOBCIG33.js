import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  EXIT
} from "./cli-chunk-OSPYVRYB.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/cli/commands/plan.ts
var planCommand = {
  usage: `Usage: modelgate plan [SPEC] [--json]

Validates SPEC (default: modelgate.yaml in the current folder) and prints its rollout plan: every step
with its traffic split, instances, bake, gates and outcomes, a timeline, the expected and longest
duration, and the extra instance-hours with their on-demand cost. Nothing is called or changed.

Options:
  --json   print the plan as JSON (stable; see docs/plan-json.md)

Exit codes: 0 planned, 1 invalid spec, 2 usage error.`,
  async run(argv, io) {
    const [{ loadSpecForCli, parseSpecArgs }, { planRollout }, { formatPlanText }] = await Promise.all([
      import("./cli-spec-input-Q3LY7WJA.js"),
      import("./cli-plan-Y4KNLBOF.js"),
      import("./cli-format-IXXMBPQ6.js")
    ]);
    const { spec, values } = parseSpecArgs(argv, { json: { type: "boolean" } });
    const loaded = await loadSpecForCli(spec, io);
    if (!loaded) return EXIT.failed;
    const plan = planRollout(loaded.spec);
    io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}
` : formatPlanText(plan));
    return EXIT.ok;
  }
};
export {
  planCommand
};
