import type { Operation } from '../context.js';
import { endpointConfigOperations } from './endpoint-configs.js';
import { endpointOperations } from './endpoints.js';
import { modelPackageOperations } from './model-packages.js';
import { modelOperations } from './models.js';
import { tagOperations } from './tags.js';

/** Every SageMaker operation the simulator serves, by the name in `X-Amz-Target: SageMaker.<Name>`. */
export const sagemakerOperations: Record<string, Operation> = {
  ...modelOperations,
  ...endpointConfigOperations,
  ...endpointOperations,
  ...tagOperations,
  ...modelPackageOperations,
};
