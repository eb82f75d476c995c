import { createHash } from 'node:crypto';
import type { ModelSpec } from '../spec/types.js';

/**
 * The SageMaker model name of a candidate, `<model.name>-<8 hex>`: the first 8 hex of `model.sha256`,
 * or, without one, of a sha256 over artifact, image and model-package ARN. The same model version
 * always gets the same name, and the name leads back to the artifact that was deployed. model.name is
 * at most 54 characters (the schema says so), so the result fits SageMaker's 63.
 */
export function candidateModelName(
  model: Pick<ModelSpec, 'name' | 'sha256' | 'artifact' | 'image' | 'modelPackageArn'>,
): string {
  const hex =
    model.sha256?.toLowerCase() ??
    createHash('sha256')
      .update([model.artifact, model.image, model.modelPackageArn ?? ''].join('\n'))
      .digest('hex');
  return `${model.name}-${hex.slice(0, 8)}`;
}

/** Name of the CloudWatch alarm modelgate creates from a max/min metric gate, for native auto-rollback. */
export function gateAlarmName(endpoint: string, gateId: string): string {
  return `modelgate-${endpoint}-${gateId}`.slice(0, 255);
}
