import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { S3Client } from '@aws-sdk/client-s3';

export interface ClientOptions {
  region: string;
  /** Overrides the AWS endpoint (the local simulator). */
  endpointUrl?: string;
  /** Static credentials (the simulator); otherwise the default chain (env, OIDC web identity, profile, IMDS). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Attempts per call, including the first (default 8, so throttling bursts are absorbed). */
  maxAttempts?: number;
  /** adaptive (default) adds client-side rate limiting on throttling; standard is plain backoff. */
  retryMode?: 'standard' | 'adaptive';
  /** Called once per logical API call (before retries), e.g. to count calls per step. */
  onCall?: (service: string, operation: string) => void;
  /** Called once per HTTP attempt (retries included), with the error name when it failed. */
  onAttempt?: (service: string, operation: string, error?: string) => void;
}

/** Middleware for the `initialize` step: runs once per logical call, before the retry loop. */
function counting<A, R>(service: string, onCall: NonNullable<ClientOptions['onCall']>) {
  return (next: (args: A) => Promise<R>, ctx: { commandName?: string }) =>
    (args: A): Promise<R> => {
      onCall(service, (ctx.commandName ?? 'Unknown').replace(/Command$/, ''));
      return next(args);
    };
}

const COUNTER = { step: 'initialize' as const, name: 'modelgateCallCounter' };

/** Middleware for the `deserialize` step: runs inside the retry loop, once per HTTP attempt. */
function attempts<A, R>(service: string, onAttempt: NonNullable<ClientOptions['onAttempt']>) {
  return (next: (args: A) => Promise<R>, ctx: { commandName?: string }) =>
    async (args: A): Promise<R> => {
      const op = (ctx.commandName ?? 'Unknown').replace(/Command$/, '');
      try {
        const out = await next(args);
        onAttempt(service, op);
        return out;
      } catch (err) {
        onAttempt(service, op, (err as Error)?.name ?? 'Error');
        throw err;
      }
    };
}

const ATTEMPTS = { step: 'deserialize' as const, priority: 'high' as const, name: 'modelgateAttemptCounter' };

export function createClients(opts: ClientOptions) {
  const common = {
    region: opts.region,
    maxAttempts: opts.maxAttempts ?? 8,
    retryMode: opts.retryMode ?? 'adaptive',
    ...(opts.endpointUrl ? { endpoint: opts.endpointUrl } : {}),
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
  };
  const sagemaker = new SageMakerClient(common);
  const cloudwatch = new CloudWatchClient(common);
  if (opts.onCall) {
    sagemaker.middlewareStack.add(counting('SageMaker', opts.onCall), COUNTER);
    cloudwatch.middlewareStack.add(counting('CloudWatch', opts.onCall), COUNTER);
  }
  if (opts.onAttempt) {
    // The stack's overloads infer the initialize step's types; this one is a deserialize middleware.
    sagemaker.middlewareStack.add(attempts('SageMaker', opts.onAttempt) as never, ATTEMPTS);
    cloudwatch.middlewareStack.add(attempts('CloudWatch', opts.onAttempt) as never, ATTEMPTS);
  }
  const s3 = () => {
    const client = new S3Client({ ...common, forcePathStyle: Boolean(opts.endpointUrl) });
    if (opts.onCall) client.middlewareStack.add(counting('S3', opts.onCall), COUNTER);
    return client;
  };
  return { sagemaker, cloudwatch, s3 };
}
