import type { CapturePort, RolloutPorts } from '../../rollout/ports.js';
import { captureReader } from './capture.js';
import { createClients, type ClientOptions } from './clients.js';
import { SageMakerEndpoints } from './endpoints.js';
import { CloudWatchMetrics } from './metrics.js';

export type SageMakerProviderOptions = ClientOptions & {
  /** Folder that relative data-capture destinations are resolved against (the spec's folder). */
  baseDir?: string;
  /** Replaces the data-capture reader (the simulator writes capture files to its own folder). */
  capture?: CapturePort;
};

/** The rollout ports over the real AWS SDK clients (SageMaker, CloudWatch, S3 for data capture). */
export function createSageMakerProvider(opts: SageMakerProviderOptions): RolloutPorts {
  const clients = createClients(opts);
  return {
    endpoints: new SageMakerEndpoints(clients.sagemaker),
    metrics: new CloudWatchMetrics(clients.cloudwatch),
    capture: opts.capture ?? captureReader(clients.s3, opts.baseDir),
  };
}

export { deploymentNames, resourceName, shortId, SAGEMAKER_NAME } from './names.js';
export { toDeploymentConfig } from './endpoints.js';
export { toProviderError } from './errors.js';
export { LocalCaptureReader, S3CaptureReader, parseCaptureLines } from './capture.js';
export type { ClientOptions } from './clients.js';
