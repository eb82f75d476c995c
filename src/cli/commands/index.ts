import type { CommandEntry } from '../io.js';

/**
 * Every `modelgate` subcommand. Each lives in its own file beside this one and is imported only when
 * it runs: the bundle splits them into chunks, so `validate` does not parse the AWS SDK at start-up.
 */
export const commands: CommandEntry[] = [
  {
    name: 'validate',
    summary: 'Check a deployment spec and report every problem with its line',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'plan',
    summary: 'Show the rollout a spec describes: steps, traffic, gates, duration and cost',
    load: async () => (await import('./plan.js')).planCommand,
  },
  {
    name: 'check',
    summary: 'Validate the model artifact, the data (schema, drift) and the evaluation metrics',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'policy eval',
    summary: "Evaluate the spec's policies against its facts and print every decision",
    load: async () => (await import('./policy-eval.js')).policyEvalCommand,
  },
  {
    name: 'policy test',
    summary: 'Run policy test cases (*.test.yaml): facts in, expected decisions out',
    load: async () => (await import('./policy-test.js')).policyTestCommand,
  },
  {
    name: 'deploy',
    summary: 'Roll a model out to its endpoint through the plan, gating every step, rolling back on failure',
    load: async () => (await import('./deploy.js')).deployCommand,
  },
  {
    name: 'rollback',
    summary: 'Restore the last known-good endpoint config recorded in the endpoint tags, verified',
    load: async () => (await import('./rollback.js')).rollbackCommand,
  },
  {
    name: 'sim serve',
    summary: 'Serve the local SageMaker + CloudWatch simulator for the AWS CLI, boto3 or the SDKs',
    load: async () => (await import('./sim-serve.js')).simServeCommand,
  },
];
