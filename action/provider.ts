import { systemClock, type Clock } from '../src/clock.js';
import { ModelgateError } from '../src/errors.js';
import { createSageMakerProvider } from '../src/providers/sagemaker/index.js';
import type { RolloutPorts } from '../src/rollout/ports.js';
import type { LoadedSpec } from '../src/spec/types.js';
import { followSimulatorClock, type FollowingClock } from '../src/providers/local/remote-clock.js';

export interface Provider {
  ports: RolloutPorts;
  clock: Clock;
  /** The endpoint URL is a modelgate simulator (its clock is followed). */
  simulator?: { url: string; speed: number };
  /** Real SageMaker loads models from S3 only; the simulator takes any artifact. */
  requireS3Artifact: boolean;
  /** The endpoint in the SageMaker console, for the deployment's environment URL. */
  consoleUrl?: string;
  stop(): void;
}

/** Placeholder keys for the simulator, which accepts any signature. */
const SIMULATOR_CREDENTIALS = { accessKeyId: 'modelgate-local', secretAccessKey: 'modelgate-local' };

/**
 * The SageMaker provider for the spec's target: the AWS SDK's default credential chain (OIDC web
 * identity from aws-actions/configure-aws-credentials, environment variables, IMDS) against real
 * AWS, or against `target.endpointUrl` (the `endpoint-url` input). When that URL is a modelgate
 * simulator the rollout follows the simulator's clock, and without AWS credentials in the
 * environment it signs with placeholder keys.
 */
export async function connectProvider(loaded: LoadedSpec, env: NodeJS.ProcessEnv): Promise<Provider> {
  const { target } = loaded.spec;
  const url = target.endpointUrl;
  if (target.provider === 'local' && !url) {
    throw new ModelgateError(
      'invalid_input',
      `${loaded.file}: target.provider is local, so the rollout needs a simulator: start \`modelgate sim serve\` and set the endpoint-url input to its URL (http://127.0.0.1:4599 by default)`,
    );
  }
  let follow: FollowingClock | undefined;
  if (url) {
    follow = await followSimulatorClock(url);
    if (!follow && target.provider === 'local') {
      throw new ModelgateError(
        'invalid_input',
        `endpoint-url ${url} does not answer as a modelgate simulator: is \`modelgate sim serve\` running there?`,
      );
    }
  }
  const hasKeys = !!env.AWS_ACCESS_KEY_ID || !!env.AWS_WEB_IDENTITY_TOKEN_FILE || !!env.AWS_PROFILE;
  const ports = createSageMakerProvider({
    region: target.region,
    ...(url ? { endpointUrl: url } : {}),
    ...(follow && !hasKeys ? { credentials: SIMULATOR_CREDENTIALS } : {}),
    baseDir: loaded.baseDir,
  });
  const region = encodeURIComponent(target.region);
  return {
    ports,
    clock: follow ?? systemClock,
    ...(follow && url ? { simulator: { url, speed: follow.speed } } : {}),
    requireS3Artifact: !url,
    ...(url
      ? {}
      : {
          consoleUrl: `https://${region}.console.aws.amazon.com/sagemaker/home?region=${region}#/endpoints/${encodeURIComponent(target.endpoint)}`,
        }),
    stop: () => follow?.stop(),
  };
}
