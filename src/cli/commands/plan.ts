import { EXIT, type Command } from '../io.js';

export const planCommand: Command = {
  usage: `Usage: modelgate plan [SPEC] [--json]

Validates SPEC (default: modelgate.yaml in the current folder) and prints its rollout plan: every step
with its traffic split, instances, bake, gates and outcomes, a timeline, the expected and longest
duration, and the extra instance-hours with their on-demand cost. Nothing is called or changed.

Options:
  --json   print the plan as JSON (stable; see docs/plan-json.md)

Exit codes: 0 planned, 1 invalid spec, 2 usage error.`,
  async run(argv, io) {
    // Loaded on use, so other commands do not pay for the spec loader and planner at start-up.
    const [{ loadSpecForCli, parseSpecArgs }, { planRollout }, { formatPlanText }] = await Promise.all([
      import('../spec-input.js'),
      import('../../plan/plan.js'),
      import('../../plan/format.js'),
    ]);
    const { spec, values } = parseSpecArgs(argv, { json: { type: 'boolean' } });
    const loaded = await loadSpecForCli(spec, io);
    if (!loaded) return EXIT.failed;
    const plan = planRollout(loaded.spec);
    io.stdout(values.json ? `${JSON.stringify(plan, null, 2)}\n` : formatPlanText(plan));
    return EXIT.ok;
  },
};
