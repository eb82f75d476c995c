import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointConfigCommand,
  DeleteModelCommand,
  DeleteTagsCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeModelPackageCommand,
  ListEndpointsCommand,
  ListModelPackagesCommand,
  ListTagsCommand,
  UpdateModelPackageCommand,
} from '@aws-sdk/client-sagemaker';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { errorOf, harness, IMAGE, MINUTE, ROLE, variant, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h.stop());

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012';

async function model(name: string, extra: Record<string, unknown> = {}) {
  return h.sm.send(
    new CreateModelCommand({
      ModelName: name,
      PrimaryContainer: { Image: IMAGE, ModelDataUrl: `s3://models/${name}/model.tar.gz` },
      ExecutionRoleArn: ROLE,
      ...extra,
    }),
  );
}

describe('models', () => {
  beforeEach(async () => {
    h = await harness();
  });

  test('create, describe (epoch timestamps become Dates), delete, then not found', async () => {
    const out = await model('fraud-v1', { Tags: [{ Key: 'team', Value: 'risk' }] });
    expect(out.ModelArn).toBe(`${ARN}:model/fraud-v1`);
    const d = await h.sm.send(new DescribeModelCommand({ ModelName: 'fraud-v1' }));
    expect(d.PrimaryContainer?.Image).toBe(IMAGE);
    expect(d.ExecutionRoleArn).toBe(ROLE);
    expect(d.CreationTime).toBeInstanceOf(Date);
    expect(d.CreationTime!.getTime()).toBe(h.sim.clock.start);
    expect((await h.sm.send(new ListTagsCommand({ ResourceArn: out.ModelArn }))).Tags).toEqual([
      { Key: 'team', Value: 'risk' },
    ]);
    await h.sm.send(new DeleteModelCommand({ ModelName: 'fraud-v1' }));
    const e = await errorOf(h.sm.send(new DescribeModelCommand({ ModelName: 'fraud-v1' })));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toBe(`Could not find model "${ARN}:model/fraud-v1".`);
    expect(e.$metadata?.httpStatusCode).toBe(400);
  });

  test('duplicate name, missing container, bad name pattern', async () => {
    await model('m1');
    expect((await errorOf(model('m1'))).message).toBe(
      `Cannot create already existing model "${ARN}:model/m1".`,
    );
    const none = await errorOf(h.sm.send(new CreateModelCommand({ ModelName: 'm2' })));
    expect(none.name).toBe('ValidationException');
    expect(none.message).toMatch(/PrimaryContainer or Containers/);
    const bad = await errorOf(model('bad_name!'));
    expect(bad.message).toBe(
      "1 validation error detected: Value 'bad_name!' at 'modelName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9]([\\-a-zA-Z0-9]*[a-zA-Z0-9])?",
    );
  });

  test('a MODELGATE_PROFILE naming no scenario profile is refused with the known ones listed', async () => {
    await h.stop();
    h = await harness({ scenario: { models: { good: {} } } });
    const e = await errorOf(
      h.sm.send(
        new CreateModelCommand({
          ModelName: 'm',
          PrimaryContainer: { Image: IMAGE, Environment: { MODELGATE_PROFILE: 'goood' } },
        }),
      ),
    );
    expect(e.message).toMatch(/MODELGATE_PROFILE "goood".*profiles: good/);
  });
});

describe('endpoint configs', () => {
  beforeEach(async () => {
    h = await harness();
    await model('m1');
    await model('m2');
  });

  test('create and describe echo variants with the default weight 1.0', async () => {
    const out = await h.sm.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: 'cfg',
        ProductionVariants: [
          { VariantName: 'a', ModelName: 'm1', InitialInstanceCount: 2, InstanceType: 'ml.m5.large' },
        ],
        DataCaptureConfig: {
          InitialSamplingPercentage: 50,
          DestinationS3Uri: 's3://bucket/capture',
          CaptureOptions: [{ CaptureMode: 'Input' }, { CaptureMode: 'Output' }],
        },
      }),
    );
    expect(out.EndpointConfigArn).toBe(`${ARN}:endpoint-config/cfg`);
    const d = await h.sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'cfg' }));
    expect(d.ProductionVariants?.[0]).toMatchObject({
      VariantName: 'a',
      ModelName: 'm1',
      InitialInstanceCount: 2,
      InitialVariantWeight: 1,
    });
    expect(d.DataCaptureConfig?.InitialSamplingPercentage).toBe(50);
    await h.sm.send(new DeleteEndpointConfigCommand({ EndpointConfigName: 'cfg' }));
    const e = await errorOf(h.sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'cfg' })));
    expect(e.message).toBe(`Could not find endpoint configuration "${ARN}:endpoint-config/cfg".`);
  });

  test('limits: 10 production variants, one shadow, shadow needs exactly one production variant', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => variant(`v${i}`, 'm1'));
    const tooMany = await errorOf(
      h.sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'c', ProductionVariants: eleven })),
    );
    expect(tooMany.name).toBe('ValidationException');
    expect(tooMany.message).toMatch(
      /^1 validation error detected: Value '\[.*\]' at 'productionVariants' failed to satisfy constraint: Member must have length less than or equal to 10$/,
    );
    const twoShadows = await errorOf(
      h.sm.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'c',
          ProductionVariants: [variant('a', 'm1')],
          ShadowProductionVariants: [variant('s1', 'm2'), variant('s2', 'm2')],
        }),
      ),
    );
    expect(twoShadows.message).toMatch(/at most 1 shadow/);
    const twoProd = await errorOf(
      h.sm.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'c',
          ProductionVariants: [variant('a', 'm1'), variant('b', 'm1')],
          ShadowProductionVariants: [variant('s', 'm2')],
        }),
      ),
    );
    expect(twoProd.message).toMatch(/exactly one production variant/);
    const ten = Array.from({ length: 10 }, (_, i) => variant(`v${i}`, 'm1'));
    await h.sm.send(new CreateEndpointConfigCommand({ EndpointConfigName: 'ten', ProductionVariants: ten }));
  });

  test('unknown model, duplicate variant names, several violations in one message', async () => {
    const unknown = await errorOf(
      h.sm.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'c',
          ProductionVariants: [variant('a', 'nope')],
        }),
      ),
    );
    expect(unknown.message).toBe(`Could not find model "${ARN}:model/nope".`);
    const dup = await errorOf(
      h.sm.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'c',
          ProductionVariants: [variant('a', 'm1'), variant('a', 'm2')],
        }),
      ),
    );
    expect(dup.message).toMatch(/"a" appears twice/);
    const many = await errorOf(
      h.sm.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'c',
          ProductionVariants: [
            {
              VariantName: 'a',
              ModelName: 'm1',
              InitialInstanceCount: 0,
              InstanceType: 'ml.m5.large',
              InitialVariantWeight: -1,
            },
          ],
        }),
      ),
    );
    expect(many.message).toBe(
      "2 validation errors detected: Value '0' at 'productionVariants.1.member.initialInstanceCount' failed to satisfy constraint: Member must have value greater than or equal to 1; " +
        "Value '-1' at 'productionVariants.1.member.initialVariantWeight' failed to satisfy constraint: Member must have value greater than or equal to 0",
    );
  });
});

describe('tags, listing and the model registry', () => {
  beforeEach(async () => {
    h = await harness({
      scenario: {
        modelPackages: [
          {
            group: 'fraud',
            version: 1,
            approval: 'Approved',
            image: IMAGE,
            modelDataUrl: 's3://models/fraud/1/model.tar.gz',
          },
          {
            group: 'fraud',
            version: 2,
            approval: 'PendingManualApproval',
            image: IMAGE,
            modelDataUrl: 's3://models/fraud/2/model.tar.gz',
          },
          { name: 'legacy', approval: 'Rejected' },
        ],
      },
    });
  });

  async function endpoint(name: string) {
    await model(`${name}-m`);
    await h.sm.send(
      new CreateEndpointConfigCommand({
        EndpointConfigName: `${name}-c`,
        ProductionVariants: [variant('AllTraffic', `${name}-m`)],
      }),
    );
    return (
      await h.sm.send(new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: `${name}-c` }))
    ).EndpointArn!;
  }

  test('AddTags replaces values, ListTags pages, DeleteTags removes; works while the endpoint is Creating', async () => {
    const arn = await endpoint('ep');
    await h.sm.send(
      new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'modelgate:lock', Value: 'run-1' }] }),
    );
    await h.sm.send(
      new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'modelgate:lock', Value: 'run-2' }] }),
    );
    expect((await h.sm.send(new ListTagsCommand({ ResourceArn: arn }))).Tags).toEqual([
      { Key: 'modelgate:lock', Value: 'run-2' },
    ]);
    const many = Array.from({ length: 49 }, (_, i) => ({
      Key: `k${String(i).padStart(2, '0')}`,
      Value: String(i),
    }));
    await h.sm.send(new AddTagsCommand({ ResourceArn: arn, Tags: many }));
    const p1 = await h.sm.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 50 }));
    expect(p1.Tags).toHaveLength(50);
    expect(p1.NextToken).toBeUndefined();
    const over = await errorOf(
      h.sm.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'one-more', Value: 'x' }] })),
    );
    expect(over.message).toMatch(/at most 50 tags/);
    await h.sm.send(new DeleteTagsCommand({ ResourceArn: arn, TagKeys: ['modelgate:lock', 'k00'] }));
    const after = await h.sm.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 50 }));
    expect(after.Tags?.map((t) => t.Key)).not.toContain('modelgate:lock');
    expect(after.Tags).toHaveLength(48);
    const reserved = await errorOf(
      h.sm.send(new AddTagsCommand({ ResourceArn: arn, Tags: [{ Key: 'aws:x', Value: '1' }] })),
    );
    expect(reserved.message).toMatch(/reserved/);
    const missing = await errorOf(h.sm.send(new ListTagsCommand({ ResourceArn: `${ARN}:endpoint/ghost` })));
    expect(missing.name).toBe('ValidationException');
    const badPage = await errorOf(h.sm.send(new ListTagsCommand({ ResourceArn: arn, MaxResults: 10 })));
    expect(badPage.message).toMatch(
      /at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 50/,
    );
  });

  test('ListEndpoints sorts, filters and pages with NextToken', async () => {
    for (const n of ['alpha', 'bravo', 'charlie', 'delta', 'echo']) {
      await endpoint(n);
      await h.sim.advance(1000);
    }
    const names: string[] = [];
    let token: string | undefined;
    do {
      const page = await h.sm.send(
        new ListEndpointsCommand({ SortBy: 'Name', SortOrder: 'Ascending', MaxResults: 2, NextToken: token }),
      );
      names.push(...page.Endpoints!.map((e) => e.EndpointName!));
      token = page.NextToken;
    } while (token);
    expect(names).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    const byTime = await h.sm.send(new ListEndpointsCommand({}));
    expect(byTime.Endpoints!.map((e) => e.EndpointName)).toEqual([
      'echo',
      'delta',
      'charlie',
      'bravo',
      'alpha',
    ]);
    expect(
      (await h.sm.send(new ListEndpointsCommand({ NameContains: 'ha' }))).Endpoints!.map(
        (e) => e.EndpointName,
      ),
    ).toEqual(['charlie', 'alpha']);
    expect((await h.sm.send(new ListEndpointsCommand({ StatusEquals: 'InService' }))).Endpoints).toHaveLength(
      0,
    );
    await h.sim.advance(2 * MINUTE);
    expect((await h.sm.send(new ListEndpointsCommand({ StatusEquals: 'InService' }))).Endpoints).toHaveLength(
      5,
    );
    const bad = await errorOf(h.sm.send(new ListEndpointsCommand({ NextToken: 'garbage' })));
    expect(bad.name).toBe('ValidationException');
  });

  test('DescribeModelPackage returns the approval status seeded by the scenario; UpdateModelPackage changes it', async () => {
    const v1 = await h.sm.send(
      new DescribeModelPackageCommand({ ModelPackageName: `${ARN}:model-package/fraud/1` }),
    );
    expect(v1).toMatchObject({
      ModelPackageGroupName: 'fraud',
      ModelPackageVersion: 1,
      ModelApprovalStatus: 'Approved',
      ModelPackageStatus: 'Completed',
    });
    expect(v1.InferenceSpecification?.Containers?.[0].ModelDataUrl).toBe('s3://models/fraud/1/model.tar.gz');
    const v2 = await h.sm.send(new DescribeModelPackageCommand({ ModelPackageName: 'fraud/2' }));
    expect(v2.ModelApprovalStatus).toBe('PendingManualApproval');
    expect(
      (await h.sm.send(new DescribeModelPackageCommand({ ModelPackageName: 'legacy' }))).ModelApprovalStatus,
    ).toBe('Rejected');
    const missing = await errorOf(
      h.sm.send(new DescribeModelPackageCommand({ ModelPackageName: 'fraud/9' })),
    );
    expect(missing.name).toBe('ValidationException');
    await h.sm.send(
      new UpdateModelPackageCommand({ ModelPackageArn: v2.ModelPackageArn, ModelApprovalStatus: 'Approved' }),
    );
    const approved = await h.sm.send(
      new ListModelPackagesCommand({ ModelPackageGroupName: 'fraud', ModelApprovalStatus: 'Approved' }),
    );
    expect(approved.ModelPackageSummaryList?.map((p) => p.ModelPackageVersion)).toEqual([1, 2]);
    // A model deployed from a registry package takes the package's image and artifact.
    await h.sm.send(
      new CreateModelCommand({
        ModelName: 'from-registry',
        PrimaryContainer: { ModelPackageName: v1.ModelPackageArn },
      }),
    );
    const noPkg = await errorOf(
      h.sm.send(
        new CreateModelCommand({ ModelName: 'x', PrimaryContainer: { ModelPackageName: 'fraud/7' } }),
      ),
    );
    expect(noPkg.message).toMatch(/Could not find model package/);
  });
});
