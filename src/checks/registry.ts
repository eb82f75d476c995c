import { DescribeModelPackageCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { ModelgateError } from '../errors.js';
import type { RegistryFacts } from './types.js';

/** Reads the model package's approval status from the SageMaker model registry. */
export async function checkRegistry(
  client: SageMakerClient,
  arn: string,
  approvalRequired: boolean,
  signal?: AbortSignal,
): Promise<RegistryFacts> {
  try {
    const out = await client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }), {
      abortSignal: signal,
    });
    return {
      arn,
      approvalStatus: out.ModelApprovalStatus ?? null,
      packageStatus: out.ModelPackageStatus ?? null,
      approvalRequired,
      approvalDescription: out.ApprovalDescription ?? null,
    };
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e?.name === 'ValidationException' || e?.name === 'ResourceNotFound') {
      throw new ModelgateError(
        'model_package_not_found',
        `model.modelPackageArn: ${arn}: the model registry does not know it (${e.message ?? e.name})`,
        { cause: err },
      );
    }
    throw new ModelgateError(
      'registry_unreachable',
      `model.modelPackageArn: DescribeModelPackage failed: ${e?.name ?? 'error'}${e?.message ? `: ${e.message}` : ''}`,
      { cause: err },
    );
  }
}
