import type { S3Client } from '@aws-sdk/client-s3';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { InputError, ModelgateError, formatProblem } from '../errors.js';
import type { DataCheckSpec, EvaluationCheckSpec, LoadedSpec } from '../spec/types.js';
import { checkArtifact } from './artifact.js';
import { checkData, formatOf, type ReaderThread } from './data/data-check.js';
import { checkEvaluation } from './evaluation.js';
import type { CheckFacts, DataFacts, EvaluationFacts } from './types.js';
import { Workspace } from './workspace.js';

export interface RunChecksOptions {
  /** Folder every file must be inside (the checkout). */
  workspace: string;
  signal?: AbortSignal;
  /** S3 client for an `s3://` artifact (default: one for the spec's region, created on first use). */
  s3?: S3Client;
  /** SageMaker client for the registry (default: the spec's region and `target.endpointUrl`). */
  sagemaker?: SageMakerClient;
  /** Values per numerical column the drift tests use exactly; more rows are sampled (value-sample.ts). */
  sampleLimit?: number;
  /** Distinct values per column the uniqueness rule can hold (profile.ts). */
  uniqueLimit?: number;
  /** Whether the drift reference is read on a second thread (data-check.ts; default 'auto'). */
  readerThread?: ReaderThread;
}

/**
 * Runs every check the spec configures: the artifact check always (the model section is always
 * there), the data and evaluation checks when `checks.data` / `checks.evaluation` are set. A check
 * whose input cannot be read still yields its facts, failed, with the reason in `problems`; only a
 * spec-level problem common to all (the workspace itself missing) throws.
 */
export async function runChecks(loaded: LoadedSpec, options: RunChecksOptions): Promise<CheckFacts> {
  const { spec } = loaded;
  const workspace = await Workspace.open(options.workspace, loaded);
  let s3 = options.s3;
  let sagemaker = options.sagemaker;
  const region = spec.target.region;

  const [artifact, data, evaluation] = await Promise.all([
    checkArtifact(spec.model, spec.checks.artifact, {
      workspace,
      signal: options.signal,
      // The AWS SDK is loaded only when a check needs it (it is most of a cold start's memory).
      s3: async () => (s3 ??= new (await import('@aws-sdk/client-s3')).S3Client({ region })),
      sagemaker: async () =>
        (sagemaker ??= new (await import('@aws-sdk/client-sagemaker')).SageMakerClient({
          region,
          ...(spec.target.endpointUrl ? { endpoint: spec.target.endpointUrl } : {}),
        })),
    }),
    spec.checks.data ? runData(spec.checks.data, workspace, options) : Promise.resolve(null),
    spec.checks.evaluation ? runEvaluation(spec.checks.evaluation, workspace) : Promise.resolve(null),
  ]);
  const passed = artifact.passed && (data?.passed ?? true) && (evaluation?.passed ?? true);
  return { passed, artifact, data, evaluation };
}

async function runData(
  spec: DataCheckSpec,
  workspace: Workspace,
  options: RunChecksOptions,
): Promise<DataFacts> {
  try {
    return await checkData(spec, {
      workspace,
      signal: options.signal,
      sampleLimit: options.sampleLimit,
      uniqueLimit: options.uniqueLimit,
      readerThread: options.readerThread,
    });
  } catch (err) {
    const messages = failure(err);
    return {
      passed: false,
      problems: messages,
      reference: null,
      current: { path: spec.current, format: formatOf(spec.current) ?? 'csv', rows: 0, bytes: 0 },
      schema: { passed: false, problems: messages, columns: [], violations: [] },
      drift: null,
    };
  }
}

async function runEvaluation(spec: EvaluationCheckSpec, workspace: Workspace): Promise<EvaluationFacts> {
  try {
    return await checkEvaluation(spec, workspace);
  } catch (err) {
    const messages = failure(err);
    return {
      passed: false,
      problems: messages,
      candidate: {},
      baseline: null,
      requirements: spec.require.map((expr) => ({ expr, passed: false, error: messages.join('; ') })),
    };
  }
}

/** The user-facing lines of an expected error; anything else is a bug and propagates. */
function failure(err: unknown): string[] {
  if (err instanceof InputError) return err.problems.map(formatProblem);
  if (err instanceof ModelgateError) return [err.message];
  const e = err as NodeJS.ErrnoException;
  if (e?.name === 'AbortError') throw err;
  if (typeof e?.code === 'string' && typeof e.message === 'string' && e.syscall) return [e.message];
  throw err;
}
