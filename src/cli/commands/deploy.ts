import { writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import { systemClock, type Clock } from '../../clock.js';
import { captureRoot } from '../../providers/local/data-capture.js';
import { startSimulator } from '../../providers/local/index.js';
import { createSageMakerProvider, LocalCaptureReader } from '../../providers/sagemaker/index.js';
import { progressLine } from '../../rollout/progress.js';
import { runDeployment } from '../../rollout/run-deployment.js';
import { EXIT, UsageError, type CliIO, type Command } from '../io.js';
import { loadSpecForCli, parseSpecArgs } from '../spec-input.js';

/** How long a cancelled run keeps waiting for its rollback to verify (the runner kills at ~10 s). */
export const CANCEL_GRACE_MS = 8_000;

export function holderFromEnv(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
    return `github ${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID}${env.GITHUB_ACTOR ? ` by ${env.GITHUB_ACTOR}` : ''}`.replace(/\s+/g, ' ');
  }
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (containers)
  }
  return `${user}@${hostname()}`;
}

/** In a workflow the run id, so re-running a cancelled job resumes the same deployment. */
export function defaultDeploymentId(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID ? `gh-${env.GITHUB_RUN_ID}` : undefined;
}

/** Aborted CANCEL_GRACE_MS of real time after `signal`: the rollback stops waiting for verification. */
function graceSignal(signal: AbortSignal): { signal: AbortSignal; dispose: () => void } {
  const hard = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const onAbort = () => {
    timer = setTimeout(() => hard.abort(new Error('cancel grace period over')), CANCEL_GRACE_MS);
    timer.unref();
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  return { signal: hard.signal, dispose: () => (clearTimeout(timer), signal.removeEventListener('abort', onAbort)) };
}

function positiveNumber(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, got "${v}"`);
  return n;
}

export const deployCommand: Command = {
  name: 'deploy',
  summary: 'Roll a model out to its endpoint through the plan, gating every step, rolling back on failure',
  usage: `Usage: modelgate deploy [SPEC] [--provider local|sagemaker] [--scenario FILE] [--speed N]
                        [--report-json FILE] [--deployment-id ID]

Plans SPEC (default: modelgate.yaml) and drives the endpoint through every step: traffic moves,
gates are read from CloudWatch each metric period, and a failed gate, an API error, a timeout or a
cancel (Ctrl-C) rolls back to the last known-good config, verified. Progress is printed live.

Options:
  --provider P        local (the embedded SageMaker + CloudWatch simulator) or sagemaker
                      (real AWS, default credential chain); default: the spec's target.provider
  --scenario FILE     simulator scenario (traffic, model behaviour, faults); local only
  --speed N           simulated seconds per real second; local only (default 600)
  --seed N            simulator random seed; local only
  --report-json FILE  write the outcome, plan and every event as JSON
  --deployment-id ID  re-using an id resumes (or cleanly rolls back) that deployment;
                      default gh-<run id> in GitHub Actions, else a fresh id

Steering a running rollout: set the endpoint tag modelgate:control to promote, abort, hold,
resume or "extend 10m" (see docs/rollout.md).

Exit codes: 0 promoted (or baseline kept as the spec decided), 1 rolled back, refused or invalid
spec, 2 usage error, 3 left in an unsafe state (the exact endpoint state is printed).`,
  async run(argv, io) {
    const { spec: specPath, values } = parseSpecArgs(argv, {
      provider: { type: 'string' },
      scenario: { type: 'string' },
      speed: { type: 'string' },
      seed: { type: 'string' },
      'report-json': { type: 'string' },
      'deployment-id': { type: 'string' },
    });
    const speed = positiveNumber('speed', values.speed);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed)) throw new UsageError(`--seed must be an integer, got "${values.seed}"`);
    const loaded = await loadSpecForCli(specPath, io);
    if (!loaded) return EXIT.failed;
    const provider = values.provider ?? loaded.spec.target.provider;
    if (provider !== 'local' && provider !== 'sagemaker') throw new UsageError(`--provider must be local or sagemaker, got "${provider}"`);
    if (provider === 'sagemaker' && (values.scenario || speed || seed !== undefined)) {
      throw new UsageError('--scenario, --speed and --seed apply to --provider local only');
    }

    let clock: Clock = systemClock;
    let stop: (() => Promise<void>) | undefined;
    let ports;
    const region = loaded.spec.target.region;
    if (provider === 'local') {
      const dataDir = resolve(io.cwd, '.modelgate', 'sim');
      const sim = await startSimulator({
        speed: speed ?? 600,
        dataDir,
        ...(values.scenario ? { scenario: resolve(io.cwd, values.scenario) } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      clock = sim.clock;
      stop = async () => sim.stop();
      io.stdout(`simulator at ${sim.url} (speed ×${speed ?? 600}${values.scenario ? `, scenario ${values.scenario}` : ''})\n`);
      ports = createSageMakerProvider({
        region,
        endpointUrl: sim.url,
        credentials: { accessKeyId: 'modelgate-local', secretAccessKey: 'modelgate-local' },
        capture: new LocalCaptureReader((d) => captureRoot(d, dataDir)),
      });
    } else {
      ports = createSageMakerProvider({ region, endpointUrl: loaded.spec.target.endpointUrl, baseDir: loaded.baseDir });
    }

    const grace = graceSignal(io.signal);
    const steps = { n: 0 };
    try {
      const result = await runDeployment({
        loaded,
        provider: ports,
        clock,
        signal: io.signal,
        hardSignal: grace.signal,
        deploymentId: values['deployment-id'] ?? defaultDeploymentId(io.env),
        holder: holderFromEnv(io.env),
        requireS3Artifact: provider === 'sagemaker' && !loaded.spec.target.endpointUrl,
        listeners: [
          (e) => {
            if (e.type === 'deployment-started') steps.n = e.plan.steps.length;
            const line = progressLine(e, steps.n);
            if (line) (e.type === 'rollback-failed' ? io.stderr : io.stdout)(`${line}\n`);
          },
        ],
      });
      if (values['report-json']) await writeReport(io, values['report-json'], result);
      return result.exitCode;
    } finally {
      grace.dispose();
      await stop?.();
    }
  },
};

async function writeReport(io: CliIO, file: string, result: Awaited<ReturnType<typeof runDeployment>>): Promise<void> {
  const { deploymentId, outcome, exitCode, summary, endpoint, plan, events } = result;
  const body = { schemaVersion: 1, deploymentId, outcome, exitCode, summary, ...(endpoint ? { endpoint } : {}), plan, events };
  await writeFile(resolve(io.cwd, file), `${JSON.stringify(body, null, 2)}\n`);
}
