import { writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { resolve } from 'node:path';
import { systemClock, type Clock } from '../../clock.js';
import { ModelgateError } from '../../errors.js';
import { captureRoot } from '../../providers/local/data-capture.js';
import { PROFILE_ENV, startSimulator, type ModelPackageSeed } from '../../providers/local/index.js';
import { followSimulatorClock } from '../../providers/local/remote-clock.js';
import { createSageMakerProvider, LocalCaptureReader } from '../../providers/sagemaker/index.js';
import { progressLine } from '../../rollout/progress.js';
import type { EndpointPort, MetricsPort } from '../../rollout/ports.js';
import { runDeployment } from '../../rollout/run-deployment.js';
import { waitSettled } from '../../rollout/wait.js';
import type { Spec } from '../../spec/types.js';
import { EXIT, UsageError, type CliIO, type Command } from '../io.js';
import { loadSpecForCli, parseSpecArgs } from '../spec-input.js';

/** Placeholder keys for the simulator, which accepts any signature. */
export const SIMULATOR_CREDENTIALS = { accessKeyId: 'modelgate-local', secretAccessKey: 'modelgate-local' };

/** How long a cancelled run keeps waiting for its rollback to verify (the runner kills at ~10 s). */
export const CANCEL_GRACE_MS = 8_000;

export function holderFromEnv(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_RUN_ID) {
    return `github ${env.GITHUB_REPOSITORY ?? ''} run ${env.GITHUB_RUN_ID}${env.GITHUB_ACTOR ? ` by ${env.GITHUB_ACTOR}` : ''}`.replace(
      /\s+/g,
      ' ',
    );
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
  return {
    signal: hard.signal,
    dispose: () => (clearTimeout(timer), signal.removeEventListener('abort', onAbort)),
  };
}

function positiveNumber(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, got "${v}"`);
  return n;
}

export const deployCommand: Command = {
  usage: `Usage: modelgate deploy [SPEC] [--provider local|sagemaker] [--scenario FILE] [--speed N]
                        [--report-json FILE] [--deployment-id ID]

Plans SPEC (default: modelgate.yaml) and drives the endpoint through every step: traffic moves,
gates are read from CloudWatch each metric period, and a failed gate, an API error, a timeout or a
cancel (Ctrl-C) rolls back to the last known-good config, verified. Progress is printed live.

Options:
  --provider P        local (the embedded SageMaker + CloudWatch simulator) or sagemaker
                      (real AWS, default credential chain); default: the spec's target.provider.
                      With sagemaker and a target.endpointUrl that is a \`modelgate sim serve\`,
                      the rollout follows the simulator's clock
  --scenario FILE     simulator scenario (traffic, model behaviour, faults); local only
  --speed N           simulated seconds per real second; local only (default 600)
  --seed N            simulator random seed; local only
  --no-baseline       local only: start without an endpoint (a first deployment); by default
                      the simulator starts with the endpoint serving a baseline model
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
      'no-baseline': { type: 'boolean' },
    });
    const speed = positiveNumber('speed', values.speed);
    const seed = values.seed === undefined ? undefined : Number(values.seed);
    if (seed !== undefined && !Number.isInteger(seed))
      throw new UsageError(`--seed must be an integer, got "${values.seed}"`);
    const loaded = await loadSpecForCli(specPath, io);
    if (!loaded) return EXIT.failed;
    const provider = values.provider ?? loaded.spec.target.provider;
    if (provider !== 'local' && provider !== 'sagemaker')
      throw new UsageError(`--provider must be local or sagemaker, got "${provider}"`);
    if (
      provider === 'sagemaker' &&
      (values.scenario || speed || seed !== undefined || values['no-baseline'])
    ) {
      throw new UsageError('--scenario, --speed, --seed and --no-baseline apply to --provider local only');
    }

    let clock: Clock = systemClock;
    let stop: (() => Promise<void>) | undefined;
    let ports;
    const region = loaded.spec.target.region;
    if (provider === 'local') {
      const standInPackage = modelPackageStandIn(loaded.spec);
      const sim = await startSimulator({
        speed: speed ?? 600,
        ...(standInPackage ? { extraModelPackages: [standInPackage] } : {}),
        ...(values.scenario ? { scenario: resolve(io.cwd, values.scenario) } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      clock = sim.clock;
      stop = async () => sim.stop();
      io.stdout(
        `simulator at ${sim.url} (speed ×${speed ?? 600}${values.scenario ? `, scenario ${values.scenario}` : ''})\n`,
      );
      ports = createSageMakerProvider({
        region,
        endpointUrl: sim.url,
        credentials: SIMULATOR_CREDENTIALS,
        capture: new LocalCaptureReader((d) => captureRoot(d, sim.dataDir)),
      });
      if (standInPackage && sim.scenario.modelPackages.includes(standInPackage)) {
        io.stdout(
          `simulator: model package ${standInPackage.name} is not in the scenario; registered a stand-in (Approved)\n`,
        );
      }
      const profiles = new Set(sim.scenario.profiles.map((p) => p.name));
      const raw = ports.endpoints;
      if (profiles.has('candidate')) ports.endpoints = withProfile(raw, 'candidate');
      try {
        for (const line of await standInAlarms(ports.metrics, loaded.spec)) io.stdout(`${line}\n`);
        if (!values['no-baseline']) {
          const line = await seedLocalBaseline(raw, clock, loaded.spec, io.signal, profiles.has('baseline'));
          if (line) io.stdout(`${line}\n`);
        }
      } catch (err) {
        await stop();
        throw err;
      }
    } else {
      const url = loaded.spec.target.endpointUrl;
      // A `modelgate sim serve` there runs its own (faster) clock: bakes and CloudWatch windows follow it.
      const follow = url ? await followSimulatorClock(url) : undefined;
      if (follow) {
        clock = follow;
        stop = async () => follow.stop();
        io.stdout(`simulator at ${url} (speed ×${Math.round(follow.speed)}): following its clock\n`);
      }
      const hasKeys =
        !!io.env.AWS_ACCESS_KEY_ID || !!io.env.AWS_WEB_IDENTITY_TOKEN_FILE || !!io.env.AWS_PROFILE;
      try {
        ports = createSageMakerProvider({
          region,
          endpointUrl: url,
          ...(follow && !hasKeys ? { credentials: SIMULATOR_CREDENTIALS } : {}),
          baseDir: loaded.baseDir,
        });
      } catch (err) {
        follow?.stop();
        throw err;
      }
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

/**
 * Simulator only: alarm gates name alarms of the user's account, which the simulator does not
 * have. Each missing one is created as a stand-in (5xx rate of the production variant above 1%),
 * and said so, so that a rehearsal runs the same gates.
 */
/** The spec's registry package, as the simulator's registry would hold it once approved. */
function modelPackageStandIn(spec: Spec): ModelPackageSeed | undefined {
  const arn = spec.model.modelPackageArn;
  const name = arn && /:model-package\/(.+)$/.exec(arn)?.[1];
  if (!name) return undefined;
  const [group, version] = name.split('/');
  return {
    name,
    ...(version !== undefined ? { group, version: Number(version) } : {}),
    approval: 'Approved',
    status: 'Completed',
    image: spec.model.image,
    modelDataUrl: spec.model.artifact,
    description: 'modelgate simulator stand-in',
  };
}

async function standInAlarms(metrics: MetricsPort, spec: Spec): Promise<string[]> {
  const names = spec.gates.rules.flatMap((g) => (g.kind === 'alarm' ? [g.alarm] : []));
  if (!names.length) return [];
  const found = new Set((await metrics.describeAlarms(names)).map((a) => a.name));
  const lines: string[] = [];
  const variant = spec.target.variant ?? 'AllTraffic';
  for (const name of names.filter((n) => !found.has(n))) {
    await metrics.putAlarm({
      name,
      namespace: 'AWS/SageMaker',
      metric: 'Invocation5XXErrors',
      target: { endpoint: spec.target.endpoint, variant },
      stat: 'Average',
      periodSeconds: spec.gates.periodSeconds,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: 0.01,
      comparison: 'GreaterThanThreshold',
      treatMissingData: 'notBreaching',
      description: 'modelgate simulator stand-in',
      tags: {},
    });
    lines.push(
      `simulator: alarm ${name} does not exist here; created a stand-in (5xx rate of ${spec.target.endpoint}/${variant} > 1%)`,
    );
  }
  return lines;
}

/**
 * Simulator only: a scenario profile named `candidate` (or `baseline`) applies to the deployment's
 * candidate (or to the baseline the simulator starts with), whatever the models are named.
 */
function withProfile(endpoints: EndpointPort, profile: string): EndpointPort {
  const createModel: EndpointPort['createModel'] = (def, tags) =>
    endpoints.createModel(
      { ...def, environment: { ...def.environment, [PROFILE_ENV]: def.environment[PROFILE_ENV] ?? profile } },
      tags,
    );
  return Object.assign(Object.create(endpoints) as EndpointPort, { createModel });
}

/**
 * The simulator starts empty; a rehearsal needs the production model the candidate replaces. Creates
 * the spec's endpoint serving `<model>-baseline` (same image and artifact) unless it exists.
 */
async function seedLocalBaseline(
  endpoints: EndpointPort,
  clock: Clock,
  spec: Spec,
  signal: AbortSignal,
  profile: boolean,
): Promise<string | undefined> {
  const endpoint = spec.target.endpoint;
  if (await endpoints.describeEndpoint(endpoint)) return undefined;
  const model = `${spec.model.name}-baseline`.slice(0, 63);
  const config = `${endpoint}-baseline`.slice(0, 63);
  const environment = { ...spec.model.environment, ...(profile ? { [PROFILE_ENV]: 'baseline' } : {}) };
  await endpoints.createModel(
    { name: model, image: spec.model.image, artifact: spec.model.artifact, environment },
    {},
  );
  const variant = {
    name: spec.target.variant ?? 'AllTraffic',
    model,
    instanceType: spec.target.instanceType,
    instanceCount: spec.target.instanceCount,
    weight: 1,
  };
  await endpoints.createEndpointConfig({ name: config, production: [variant], shadow: [] }, {});
  await endpoints.createEndpoint(endpoint, config, {});
  const state = await waitSettled({ clock, endpoints, endpoint, timeoutMs: 3_600_000, signal });
  if (state?.status !== 'InService')
    throw new ModelgateError(
      'sim_baseline',
      `the simulator could not start ${endpoint}: ${state?.status ?? 'gone'}`,
    );
  return `simulator: ${endpoint} serves the baseline model ${model} (${config}); --no-baseline starts without it`;
}

async function writeReport(
  io: CliIO,
  file: string,
  result: Awaited<ReturnType<typeof runDeployment>>,
): Promise<void> {
  const { deploymentId, outcome, exitCode, summary, endpoint, plan, events } = result;
  const body = {
    schemaVersion: 1,
    deploymentId,
    outcome,
    exitCode,
    summary,
    ...(endpoint ? { endpoint } : {}),
    plan,
    events,
  };
  await writeFile(resolve(io.cwd, file), `${JSON.stringify(body, null, 2)}\n`);
}
