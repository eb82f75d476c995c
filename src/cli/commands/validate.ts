import { EXIT, type Command } from '../io.js';

export const validateCommand: Command = {
  usage: `Usage: modelgate validate [SPEC]

Checks SPEC (default: modelgate.yaml in the current folder) against the modelgate/v1 schema and the
rules beyond it, and prints every problem as file:line:col: field: message (expected …).

Exit codes: 0 valid, 1 invalid, 2 usage error.`,
  async run(argv, io) {
    // Loaded on use, so other commands do not pay for the spec loader at start-up.
    const [{ loadSpecForCli, parseSpecArgs }, { planRollout }, { formatDuration }] = await Promise.all([
      import('../spec-input.js'),
      import('../../plan/plan.js'),
      import('../../spec/duration.js'),
    ]);
    const { spec } = parseSpecArgs(argv, {});
    const loaded = await loadSpecForCli(spec, io);
    if (!loaded) return EXIT.failed;
    const plan = planRollout(loaded.spec);
    const s = loaded.spec.strategy;
    io.stdout(
      `${spec}: valid (${s.type}${'mode' in s ? `, ${s.mode}` : ''}, ${plan.steps.length} steps, expected ${formatDuration(plan.expectedDurationSeconds)})\n`,
    );
    for (const note of plan.notes) io.stdout(`note: ${note}\n`);
    return EXIT.ok;
  },
};
