import { createHash } from 'node:crypto';

/** SageMaker's name pattern for endpoints, configs, variants and models: `^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$`. */
export const SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
const MAX = 63;

/** A short, stable token for a deployment id: the id itself when it is short and clean, else a hash. */
export function shortId(deploymentId: string): string {
  if (/^[a-zA-Z0-9]{1,10}$/.test(deploymentId)) return deploymentId.toLowerCase();
  return createHash('sha256').update(deploymentId).digest('hex').slice(0, 8);
}

function clean(part: string): string {
  return part
    .replace(/[^a-zA-Z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * `<base>-<suffix...>` within 63 characters and SageMaker's pattern. The base is cut first, so the
 * deployment token (what makes a name unique and traceable) always survives.
 */
export function resourceName(base: string, ...suffix: string[]): string {
  const tail = suffix.map(clean).filter(Boolean).join('-');
  const room = MAX - (tail ? tail.length + 1 : 0);
  const head = clean(base).slice(0, Math.max(1, room)).replace(/-+$/, '') || 'mg';
  const name = tail ? `${head}-${tail}` : head;
  if (!SAGEMAKER_NAME.test(name))
    throw new Error(`cannot build a SageMaker name from "${base}" and "${tail}"`);
  return name;
}

export type ConfigKind = 'ramp' | 'final' | 'shadow' | 'ab' | 'native' | 'first';

/** Names of everything one deployment creates, e.g. `fraud-detector-1a2b3c4d` and `fraud-prod-1a2b3c4d-ramp`. */
export function deploymentNames(input: { model: string; endpoint: string; deploymentId: string }) {
  const id = shortId(input.deploymentId);
  return {
    model: resourceName(input.model, id),
    config: (kind: ConfigKind) => resourceName(input.endpoint, id, kind),
    alarm: (gateId: string) => `modelgate-${input.endpoint}-${id}-${gateId}`.slice(0, 255),
  };
}
