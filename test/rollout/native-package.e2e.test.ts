import { DescribeModelCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import {
  expectGatesSawCandidateThroughWatch,
  seedBaseline,
  simDeploy,
  startSim,
  yamlSpec,
} from './sim-harness.js';

const CANDIDATE_MODEL = 'fraud-detector-9f86d081';

/** A native canary whose candidate comes from a registry package, with a watch after promotion. */
function packageSpec(arn: string): string {
  return yamlSpec({
    strategy: `  type: canary
  mode: native
  steps:
    - { weight: 50, bake: 5m }
    - { weight: 100, bake: 2m }`,
    rollback: `  stepTimeout: 20m
  watch: 5m`,
  }).replace(
    '  image:',
    `  modelPackageArn: ${arn}\n  environment: { MODELGATE_PROFILE: packaged }\n  image:`,
  );
}

describe('native canary of a registry model package on the simulator', () => {
  it('routes traffic to the package-based candidate through every step, the watch included, and promotes', async () => {
    const env = await startSim({
      traffic: [{ endpoint: '*', rps: 40 }],
      models: { packaged: { latency: { median: '30ms', p99: '90ms' } } },
      modelPackages: [
        {
          group: 'fraud-detector',
          version: 42,
          approval: 'Approved',
          image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1',
          modelDataUrl: 's3://models/fraud/v42/model.tar.gz',
        },
      ],
    });
    try {
      const arn = `arn:aws:sagemaker:us-east-1:${env.sim.scenario.account}:model-package/fraud-detector/42`;
      await seedBaseline(env);
      const r = await simDeploy(env, packageSpec(arn));
      expect(r.outcome, r.summary).toBe('promoted');

      const sm = new SageMakerClient({
        region: 'us-east-1',
        endpoint: env.sim.url,
        credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      });
      const model = await sm.send(new DescribeModelCommand({ ModelName: CANDIDATE_MODEL }));
      expect(model.PrimaryContainer).toMatchObject({
        ModelPackageName: arn,
        Environment: { MODELGATE_PROFILE: 'packaged' },
      });

      expectGatesSawCandidateThroughWatch(r);
      expect(env.sim.internalErrors).toEqual([]);
    } finally {
      await env.stop();
    }
  });
});
