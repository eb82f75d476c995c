import {
  CreateEndpointCommand,
  DeleteEndpointCommand,
  DescribeEndpointCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand,
  waitUntilEndpointInService,
} from '@aws-sdk/client-sagemaker';
import { afterEach, describe as group, expect, test } from 'vitest';
import { clientConfig, errorOf, harness, MINUTE, variant, type Harness } from './helpers.js';
import { createConfig, createModel, describe, inServiceEndpoint } from './endpoint-lifecycle.js';

let h: Harness;
afterEach(async () => h.stop());

const ARN = 'arn:aws:sagemaker:us-east-1:123456789012:endpoint';

group('endpoint state machine', () => {
  test('Creating → InService after the configured duration; updates and deletes refused while in progress', async () => {
    h = await harness();
    await createModel(h, 'm1');
    await createConfig(h, 'c1', [variant('AllTraffic', 'm1', 1, 2)]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' }));
    const creating = await describe(h, 'ep');
    expect(creating.EndpointStatus).toBe('Creating');
    expect(creating.ProductionVariants).toBeUndefined();
    expect(creating.PendingDeploymentSummary?.EndpointConfigName).toBe('c1');
    expect(creating.PendingDeploymentSummary?.ProductionVariants?.[0].VariantStatus?.[0]).toMatchObject({
      Status: 'Creating',
      StatusMessage: 'Launching 2 instance(s).',
    });
    const busy = `Cannot update in-progress endpoint "${ARN}/ep".`;
    expect(
      (await errorOf(h.sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' }))))
        .message,
    ).toBe(busy);
    expect((await errorOf(h.sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' })))).message).toBe(busy);
    const dup = await errorOf(
      h.sm.send(new CreateEndpointCommand({ EndpointName: 'EP', EndpointConfigName: 'c1' })),
    );
    expect(dup.message).toBe(`Cannot create already existing endpoint "${ARN}/ep".`);

    await h.sim.advance(59_000);
    expect((await describe(h, 'ep')).EndpointStatus).toBe('Creating');
    await h.sim.advance(1_000);
    const up = await describe(h, 'ep');
    expect(up.EndpointStatus).toBe('InService');
    expect(up.LastModifiedTime!.getTime() - up.CreationTime!.getTime()).toBe(60_000);
    expect(up.ProductionVariants?.[0]).toMatchObject({
      CurrentInstanceCount: 2,
      DesiredInstanceCount: 2,
      CurrentWeight: 1,
      DesiredWeight: 1,
    });
    expect(up.PendingDeploymentSummary).toBeUndefined();
  });

  test('UpdateEndpoint: Updating with PendingDeploymentSummary, refused while updating, then InService on the new config', async () => {
    h = await harness();
    await inServiceEndpoint(h, 'ep');
    await createModel(h, 'ep-m2');
    await createConfig(h, 'ep-c2', [variant('AllTraffic', 'ep-m2')]);
    await h.sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'ep-c2' }));
    const d = await describe(h, 'ep');
    expect(d.EndpointStatus).toBe('Updating');
    expect(d.EndpointConfigName).toBe('ep-c1');
    expect(d.PendingDeploymentSummary?.EndpointConfigName).toBe('ep-c2');
    expect(d.PendingDeploymentSummary?.ProductionVariants?.[0]).toMatchObject({
      InstanceType: 'ml.m5.large',
      VariantStatus: [{ Status: 'Creating', StatusMessage: 'Launching 1 instance(s).' }],
    });
    const refused = await errorOf(
      h.sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'ep-c2' })),
    );
    expect(refused.name).toBe('ValidationException');
    expect(refused.message).toBe(`Cannot update in-progress endpoint "${ARN}/ep".`);
    const weights = await errorOf(
      h.sm.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'ep',
          DesiredWeightsAndCapacities: [{ VariantName: 'AllTraffic', DesiredWeight: 2 }],
        }),
      ),
    );
    expect(weights.message).toBe(`Cannot update in-progress endpoint "${ARN}/ep".`);
    await h.sim.advance(2 * MINUTE);
    const done = await describe(h, 'ep');
    expect(done.EndpointStatus).toBe('InService');
    expect(done.EndpointConfigName).toBe('ep-c2');
    expect(done.FailureReason).toBeUndefined();
  });

  test('UpdateEndpointWeightsAndCapacities: Desired differs from Current while Updating, then both equal', async () => {
    h = await harness();
    await createModel(h, 'a');
    await createModel(h, 'b');
    await createConfig(h, 'c', [variant('baseline', 'a', 1), variant('candidate', 'b', 0)]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
    await h.sim.advance(MINUTE);
    await h.sm.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'ep',
        DesiredWeightsAndCapacities: [
          { VariantName: 'baseline', DesiredWeight: 0.9 },
          { VariantName: 'candidate', DesiredWeight: 0.1, DesiredInstanceCount: 2 },
        ],
      }),
    );
    const mid = await describe(h, 'ep');
    expect(mid.EndpointStatus).toBe('Updating');
    const cand = mid.ProductionVariants!.find((v) => v.VariantName === 'candidate')!;
    expect(cand).toMatchObject({
      CurrentWeight: 0,
      DesiredWeight: 0.1,
      CurrentInstanceCount: 1,
      DesiredInstanceCount: 2,
    });
    expect(cand.VariantStatus?.[0].StatusMessage).toBe('Scaling out desired instance count to 2.');
    await h.sim.advance(30_000);
    const after = await describe(h, 'ep');
    expect(after.EndpointStatus).toBe('InService');
    expect(
      after.ProductionVariants!.map((v) => [
        v.VariantName,
        v.CurrentWeight,
        v.DesiredWeight,
        v.CurrentInstanceCount,
      ]),
    ).toEqual([
      ['baseline', 0.9, 0.9, 1],
      ['candidate', 0.1, 0.1, 2],
    ]);
    const unknown = await errorOf(
      h.sm.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'ep',
          DesiredWeightsAndCapacities: [{ VariantName: 'nope', DesiredWeight: 1 }],
        }),
      ),
    );
    expect(unknown.message).toMatch(/not present in endpoint/);
  });

  test('RetainAllVariantProperties keeps current weights and counts unless excluded', async () => {
    h = await harness();
    await createModel(h, 'a');
    await createModel(h, 'b');
    await createConfig(h, 'c1', [variant('v', 'a', 1, 1)]);
    await createConfig(h, 'c2', [variant('v', 'b', 5, 3)]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c1' }));
    await h.sim.advance(MINUTE);
    await h.sm.send(
      new UpdateEndpointWeightsAndCapacitiesCommand({
        EndpointName: 'ep',
        DesiredWeightsAndCapacities: [{ VariantName: 'v', DesiredWeight: 2, DesiredInstanceCount: 2 }],
      }),
    );
    await h.sim.advance(MINUTE);
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'c2',
        RetainAllVariantProperties: true,
        ExcludeRetainedVariantProperties: [{ VariantPropertyType: 'DesiredWeight' }],
      }),
    );
    await h.sim.advance(2 * MINUTE);
    const d = await describe(h, 'ep');
    expect(d.EndpointConfigName).toBe('c2');
    expect(d.ProductionVariants?.[0]).toMatchObject({
      DesiredWeight: 5,
      DesiredInstanceCount: 2,
      CurrentInstanceCount: 2,
    });
  });

  test('DeleteEndpoint: Deleting, then "Could not find endpoint"', async () => {
    h = await harness();
    await inServiceEndpoint(h, 'ep');
    await h.sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' }));
    expect((await describe(h, 'ep')).EndpointStatus).toBe('Deleting');
    await h.sim.advance(10_000);
    const gone = await errorOf(describe(h, 'ep'));
    expect(gone.name).toBe('ValidationException');
    expect(gone.message).toBe(`Could not find endpoint "${ARN}/ep".`);
    expect((await errorOf(h.sm.send(new DeleteEndpointCommand({ EndpointName: 'ep' })))).message).toBe(
      `Could not find endpoint "${ARN}/ep".`,
    );
  });

  test('update failure fault: ends InService on the OLD config with FailureReason; a later update clears it', async () => {
    h = await harness({
      scenario: {
        faults: [{ type: 'updateFailure', endpoint: 'ep', duration: '10m', reason: 'Image pull failed.' }],
      },
    });
    await inServiceEndpoint(h, 'ep');
    await createModel(h, 'ep-m2');
    await createConfig(h, 'ep-c2', [variant('AllTraffic', 'ep-m2')]);
    await h.sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'ep-c2' }));
    await h.sim.advance(MINUTE);
    expect((await describe(h, 'ep')).EndpointStatus).toBe('Updating'); // tearing the failed fleet down
    await h.sim.advance(MINUTE);
    const failed = await describe(h, 'ep');
    expect(failed).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: 'ep-c1',
      FailureReason: 'Image pull failed.',
    });
    await h.sim.advance(10 * MINUTE);
    await h.sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'ep-c2' }));
    await h.sim.advance(2 * MINUTE);
    const ok = await describe(h, 'ep');
    expect(ok.EndpointConfigName).toBe('ep-c2');
    expect(ok.FailureReason).toBeUndefined();
  });

  test('an endpoint that never becomes InService; with failAfter it ends Failed and only delete is allowed', async () => {
    h = await harness({
      scenario: {
        faults: [
          { type: 'stuckEndpoint', endpoint: 'forever' },
          { type: 'stuckEndpoint', endpoint: 'doomed', failAfter: '30m' },
        ],
      },
    });
    await createModel(h, 'm');
    await createConfig(h, 'c', [variant('v', 'm')]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'forever', EndpointConfigName: 'c' }));
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'doomed', EndpointConfigName: 'c' }));
    await h.sim.advance(29 * MINUTE);
    expect((await describe(h, 'doomed')).EndpointStatus).toBe('Creating');
    await h.sim.advance(2 * MINUTE);
    const failed = await describe(h, 'doomed');
    expect(failed.EndpointStatus).toBe('Failed');
    expect(failed.FailureReason).toMatch(/did not pass the ping health check/);
    expect(
      (
        await errorOf(
          h.sm.send(new UpdateEndpointCommand({ EndpointName: 'doomed', EndpointConfigName: 'c' })),
        )
      ).message,
    ).toMatch(/Cannot update failed endpoint/);
    await h.sm.send(new DeleteEndpointCommand({ EndpointName: 'doomed' }));
    await h.sim.advance(5 * 60 * MINUTE);
    expect((await describe(h, 'forever')).EndpointStatus).toBe('Creating');
  });

  test('account instance quota: ResourceLimitExceeded, including for the second fleet of a blue/green update', async () => {
    h = await harness({ scenario: { limits: { instances: { 'ml.m5.large': 3 } } } });
    await inServiceEndpoint(h, 'ep', { count: 2 });
    await createModel(h, 'ep-m2');
    await createConfig(h, 'ep-c2', [variant('AllTraffic', 'ep-m2', 1, 2)]);
    const e = await errorOf(
      h.sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'ep-c2' })),
    );
    expect(e.name).toBe('ResourceLimitExceeded');
    expect(e.message).toBe(
      "The account-level service limit 'ml.m5.large for endpoint usage' is 3 Instances, with current utilization of 2 Instances and a request delta of 2 Instances. Please contact AWS support to request an increase for this limit.",
    );
  });

  test('manual clock: a caller sleeping on the same clock sees each state at its own wake-up time', async () => {
    h = await harness();
    await createModel(h, 'm');
    await createConfig(h, 'c', [variant('v', 'm')]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
    const t0 = h.sim.clock.now();
    const seen: Array<[number, string]> = [];
    // What the rollout engine will do: sleep on the simulator's clock, then call the API.
    const poller = (async () => {
      for (let i = 0; i < 9; i++) {
        await h.sim.clock.sleep(10_000);
        const d = await describe(h, 'ep');
        seen.push([(h.sim.clock.now() - t0) / 1000, d.EndpointStatus!]);
      }
    })();
    await h.sim.advance(95_000); // one call: every wake-up is served before time moves on
    await poller;
    expect(seen).toEqual([
      [10, 'Creating'],
      [20, 'Creating'],
      [30, 'Creating'],
      [40, 'Creating'],
      [50, 'Creating'],
      [60, 'InService'],
      [70, 'InService'],
      [80, 'InService'],
      [90, 'InService'],
    ]);
  });

  test('with a scaled clock the endpoint moves on its own and the SDK waiter sees InService', async () => {
    // speed 1200: one simulated minute per 50 real ms.
    h = await harness({ manual: false, speed: 1200 });
    await createModel(h, 'm');
    await createConfig(h, 'c', [variant('v', 'm')]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
    const client = new SageMakerClient(clientConfig(h.sim.url));
    const t0 = Date.now();
    const result = await waitUntilEndpointInService(
      { client, maxWaitTime: 10, minDelay: 0.05, maxDelay: 0.1 } as never,
      { EndpointName: 'ep' },
    );
    client.destroy();
    expect(result.state).toBe('SUCCESS');
    expect(Date.now() - t0).toBeLessThan(5000);
    const d = await h.sm.send(new DescribeEndpointCommand({ EndpointName: 'ep' }));
    expect(d.LastModifiedTime!.getTime() - d.CreationTime!.getTime()).toBe(60_000);
  });
});
