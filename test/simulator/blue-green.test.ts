import {
  DescribeAlarmsCommand,
  GetMetricDataCommand,
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
} from '@aws-sdk/client-cloudwatch';
import { UpdateEndpointCommand, type DeploymentConfig } from '@aws-sdk/client-sagemaker';
import { afterEach, describe as group, expect, test } from 'vitest';
import type { Scenario } from '../../src/providers/local/index.js';
import { createConfig, createModel, describe, inServiceEndpoint } from './endpoint-lifecycle.js';
import { errorOf, harness, MINUTE, variant, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h.stop());

const SCENARIO: Scenario = {
  traffic: [{ endpoint: '*', rps: 20 }],
  models: {
    good: { latency: { median: '30ms', p99: '90ms' } },
    bad: { latency: { median: '30ms', p99: '90ms' }, errors: { rate5xx: 0.3 } },
  },
};

async function alarm5xx(name = 'ep-5xx') {
  await h.cw.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/SageMaker',
      MetricName: 'Invocation5XXErrors',
      Dimensions: [
        { Name: 'EndpointName', Value: 'ep' },
        { Name: 'VariantName', Value: 'AllTraffic' },
      ],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
      TreatMissingData: 'notBreaching',
    }),
  );
}

/** ep on profile good (2 instances), and config ep-c2 with the candidate model on `profile`. */
async function setup(candidateProfile: 'good' | 'bad', count = 2) {
  h = await harness({ scenario: SCENARIO });
  await inServiceEndpoint(h, 'ep', { count, profile: 'good' });
  await createModel(h, 'ep-m2', candidateProfile);
  await createConfig(h, 'ep-c2', [variant('AllTraffic', 'ep-m2', 1, count)]);
}

const canary = (wait = 300, size = 50): DeploymentConfig => ({
  BlueGreenUpdatePolicy: {
    TrafficRoutingConfiguration: {
      Type: 'CANARY',
      WaitIntervalInSeconds: wait,
      CanarySize: { Type: 'CAPACITY_PERCENT', Value: size },
    },
    TerminationWaitInSeconds: 120,
    MaximumExecutionTimeoutInSeconds: 1800,
  },
  AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'ep-5xx' }] },
});

async function fleetInvocations(config: string, from: number, to: number) {
  const out = await h.cw.send(
    new GetMetricDataCommand({
      StartTime: new Date(from),
      EndTime: new Date(to),
      ScanBy: 'TimestampAscending',
      MetricDataQueries: [
        {
          Id: 'inv',
          MetricStat: {
            Metric: {
              Namespace: 'AWS/SageMaker',
              MetricName: 'Invocations',
              Dimensions: [
                { Name: 'EndpointName', Value: 'ep' },
                { Name: 'VariantName', Value: 'AllTraffic' },
                { Name: 'EndpointConfigName', Value: config },
              ],
            },
            Period: 60,
            Stat: 'Sum',
          },
        },
      ],
    }),
  );
  return out.MetricDataResults![0];
}

group('blue/green deployments', () => {
  test('CANARY: the alarm trips during the canary bake and the simulator rolls back to the old config', async () => {
    await setup('bad');
    await alarm5xx();
    const t0 = h.sim.clock.now();
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'ep-c2',
        DeploymentConfig: canary(),
      }),
    );
    await h.sim.advance(MINUTE); // green fleet launched
    const baking = await describe(h, 'ep');
    expect(baking.EndpointStatus).toBe('Updating');
    expect(baking.EndpointConfigName).toBe('ep-c1');
    const green = baking.PendingDeploymentSummary!.ProductionVariants![0];
    expect(green).toMatchObject({ CurrentInstanceCount: 1, DesiredInstanceCount: 2 });
    expect(green.VariantStatus?.[0]).toMatchObject({
      Status: 'Baking',
      StatusMessage:
        'Baking for 300 seconds (WaitIntervalInSeconds) with traffic enabled on canary capacity of 1 instance(s).',
    });
    // The next minute tick sees 5xx from the canary; the alarm fires; traffic goes back; green is torn down.
    await h.sim.advance(MINUTE);
    const alarm = (await h.cw.send(new DescribeAlarmsCommand({ AlarmNames: ['ep-5xx'] }))).MetricAlarms![0];
    expect(alarm.StateValue).toBe('ALARM');
    expect(alarm.StateReason).toMatch(
      /^Threshold Crossed: 1 out of the last 1 datapoints \[\d+ \(.*\)\] were greater than the threshold \(0\)/,
    );
    const tearingDown = await describe(h, 'ep');
    expect(tearingDown.EndpointStatus).toBe('Updating');
    expect(tearingDown.PendingDeploymentSummary!.ProductionVariants![0].VariantStatus?.[0]).toMatchObject({
      Status: 'Deleting',
    });
    await h.sim.advance(MINUTE);
    // No canary traffic any more: the alarm recovers.
    expect(
      (await h.cw.send(new DescribeAlarmsCommand({ AlarmNames: ['ep-5xx'] }))).MetricAlarms![0].StateValue,
    ).toBe('OK');
    const end = await describe(h, 'ep');
    expect(end.EndpointStatus).toBe('InService');
    expect(end.EndpointConfigName).toBe('ep-c1');
    expect(end.FailureReason).toMatch(/alarm\(s\) \[ep-5xx\] went into ALARM state during the baking period/);
    expect(end.PendingDeploymentSummary).toBeUndefined();
    expect(end.LastDeploymentConfig).toBeUndefined();
    // The green fleet took traffic only between the canary shift and the rollback.
    const greenInv = await fleetInvocations('ep-c2', t0, t0 + 10 * MINUTE);
    // Canary on from t0+1m (12:02:01) to the alarm at the 12:03 tick: only the 12:02 minute has green traffic.
    const m0 = Math.floor(t0 / MINUTE) * MINUTE;
    expect(greenInv.Timestamps!.map((t) => t.getTime())).toEqual([m0 + MINUTE]);
    expect(greenInv.Values![0]).toBeGreaterThan(300);
    await h.sim.advance(5 * MINUTE);
    expect((await fleetInvocations('ep-c2', t0 + 4 * MINUTE, t0 + 10 * MINUTE)).Values).toEqual([]);
    expect(
      (await fleetInvocations('ep-c1', t0 + 4 * MINUTE, t0 + 10 * MINUTE)).Values!.length,
    ).toBeGreaterThan(3);
  });

  test('CANARY without alarms tripping: canary bake, full shift, TerminationWait bake, blue terminated', async () => {
    await setup('good');
    await alarm5xx();
    const t0 = h.sim.clock.now();
    const config = canary(120);
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'ep-c2',
        DeploymentConfig: config,
      }),
    );
    await h.sim.advance(MINUTE + 120_000); // launched + canary bake
    const full = await describe(h, 'ep');
    expect(full.PendingDeploymentSummary!.ProductionVariants![0].VariantStatus?.[0].StatusMessage).toBe(
      'Baking for 120 seconds (WaitIntervalInSeconds) with traffic enabled on full capacity of 2 instance(s).',
    );
    await h.sim.advance(120_000);
    expect(
      (await describe(h, 'ep')).PendingDeploymentSummary!.ProductionVariants![0].VariantStatus?.[0]
        .StatusMessage,
    ).toBe(
      'Baking for 120 seconds (TerminationWaitInSeconds) with traffic enabled on full capacity of 2 instance(s).',
    );
    await h.sim.advance(120_000);
    const terminating = await describe(h, 'ep');
    expect(terminating.ProductionVariants![0].VariantStatus?.[0]).toMatchObject({
      Status: 'Deleting',
      StatusMessage: 'Terminating 2 instance(s).',
    });
    await h.sim.advance(10_000);
    const done = await describe(h, 'ep');
    expect(done).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'ep-c2' });
    expect(done.FailureReason).toBeUndefined();
    expect(done.LastDeploymentConfig?.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.Type).toBe(
      'CANARY',
    );
    // Roughly half the traffic went to green during the canary bake (minutes 2 and 3).
    await h.sim.advance(MINUTE);
    const g = await fleetInvocations('ep-c2', t0 + 2 * MINUTE, t0 + 3 * MINUTE);
    const b = await fleetInvocations('ep-c1', t0 + 2 * MINUTE, t0 + 3 * MINUTE);
    const share = g.Values![0] / (g.Values![0] + b.Values![0]);
    expect(share).toBeGreaterThan(0.4);
    expect(share).toBeLessThan(0.6);
  });

  test('LINEAR steps of 25% and an alarm set by SetAlarmState at the second step', async () => {
    await setup('good', 4);
    await alarm5xx();
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'ep-c2',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: {
              Type: 'LINEAR',
              WaitIntervalInSeconds: 120,
              LinearStepSize: { Type: 'INSTANCE_COUNT', Value: 1 },
            },
          },
          AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'ep-5xx' }] },
        },
      }),
    );
    await h.sim.advance(MINUTE);
    expect(
      (await describe(h, 'ep')).PendingDeploymentSummary!.ProductionVariants![0].CurrentInstanceCount,
    ).toBe(1);
    await h.sim.advance(120_000);
    expect((await describe(h, 'ep')).PendingDeploymentSummary!.ProductionVariants![0]).toMatchObject({
      CurrentInstanceCount: 2,
      VariantStatus: [
        {
          StatusMessage:
            'Baking for 120 seconds (WaitIntervalInSeconds) with traffic enabled on linear step capacity of 2 instance(s).',
        },
      ],
    });
    await h.cw.send(
      new SetAlarmStateCommand({ AlarmName: 'ep-5xx', StateValue: 'ALARM', StateReason: 'testing rollback' }),
    );
    const rolling = await describe(h, 'ep');
    expect(rolling.EndpointStatus).toBe('Updating');
    expect(rolling.PendingDeploymentSummary!.ProductionVariants![0].VariantStatus?.[0].Status).toBe(
      'Deleting',
    );
    await h.sim.advance(10_000);
    expect(await describe(h, 'ep')).toMatchObject({
      EndpointStatus: 'InService',
      EndpointConfigName: 'ep-c1',
    });
  });

  test('MaximumExecutionTimeoutInSeconds rolls back a fleet that never becomes healthy', async () => {
    const scenario: Scenario = { ...SCENARIO, faults: [{ type: 'stuckEndpoint', endpoint: 'ep', at: '2m' }] };
    h = await harness({ scenario });
    await inServiceEndpoint(h, 'ep', { profile: 'good' });
    await h.sim.advance(MINUTE);
    await createModel(h, 'ep-m2', 'good');
    await createConfig(h, 'ep-c2', [variant('AllTraffic', 'ep-m2')]);
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'ep-c2',
        DeploymentConfig: {
          BlueGreenUpdatePolicy: {
            TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 60 },
            MaximumExecutionTimeoutInSeconds: 600,
          },
        },
      }),
    );
    await h.sim.advance(9 * MINUTE);
    expect((await describe(h, 'ep')).EndpointStatus).toBe('Updating');
    await h.sim.advance(MINUTE + 10_000);
    const d = await describe(h, 'ep');
    expect(d).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'ep-c1' });
    expect(d.FailureReason).toMatch(/MaximumExecutionTimeoutInSeconds \(600 seconds\)/);
  });

  test('refused like SageMaker: canary over 50%, two policies, renamed variants, unknown alarm, timeout below the waits', async () => {
    await setup('good');
    await alarm5xx();
    const update = (DeploymentConfig: DeploymentConfig, cfg = 'ep-c2') =>
      errorOf(
        h.sm.send(
          new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: cfg, DeploymentConfig }),
        ),
      );
    expect((await update(canary(300, 75))).message).toMatch(/CanarySize must be less than or equal to 50%/);
    const both = await update({
      ...canary(),
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 50 },
        WaitIntervalInSeconds: 60,
      },
    });
    expect(both.message).toMatch(/Only one update policy/);
    await createConfig(h, 'renamed', [variant('Other', 'ep-m2')]);
    expect((await update(canary(), 'renamed')).message).toMatch(/same production variant names/);
    const ghost = await update({
      ...canary(),
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'ghost' }] },
    });
    expect(ghost.message).toMatch(/\[ghost\].*do not exist/);
    const tight = await update({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 700 },
        MaximumExecutionTimeoutInSeconds: 600,
      },
    });
    expect(tight.message).toMatch(/must be greater than the total of the wait intervals/);
    const range = await update({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: { Type: 'ALL_AT_ONCE', WaitIntervalInSeconds: 99999 },
      },
    });
    expect(range.message).toBe(
      "1 validation error detected: Value '99999' at 'deploymentConfig.blueGreenUpdatePolicy.trafficRoutingConfiguration.waitIntervalInSeconds' failed to satisfy constraint: Member must have value less than or equal to 3600",
    );
    expect((await describe(h, 'ep')).EndpointStatus).toBe('InService');
  });
});

group('rolling deployments', () => {
  const rolling = (extra: Record<string, unknown> = {}): DeploymentConfig => ({
    RollingUpdatePolicy: {
      MaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 2 },
      WaitIntervalInSeconds: 120,
      ...extra,
    },
    AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'ep-5xx' }] },
  });

  test('batches move instances from the old fleet to the new one', async () => {
    await setup('good', 4);
    await alarm5xx();
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'ep-c2',
        DeploymentConfig: rolling(),
      }),
    );
    await h.sim.advance(MINUTE + 10_000);
    const first = await describe(h, 'ep');
    expect(first.PendingDeploymentSummary!.ProductionVariants![0].CurrentInstanceCount).toBe(2);
    expect(first.ProductionVariants![0].CurrentInstanceCount).toBe(2);
    await h.sim.advance(120_000 + MINUTE + 10_000 + 120_000);
    const done = await describe(h, 'ep');
    expect(done).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'ep-c2' });
    expect(done.ProductionVariants![0].CurrentInstanceCount).toBe(4);
  });

  test('an alarm rolls the batches back; with a rollback fault the endpoint ends UpdateRollbackFailed', async () => {
    const scenario: Scenario = {
      ...SCENARIO,
      faults: [{ type: 'updateFailure', endpoint: 'ep', failLaunch: false, rollbackFails: true }],
    };
    h = await harness({ scenario });
    await inServiceEndpoint(h, 'ep', { count: 4, profile: 'good' });
    await createModel(h, 'ep-m2', 'bad');
    await createConfig(h, 'ep-c2', [variant('AllTraffic', 'ep-m2', 1, 4)]);
    await alarm5xx();
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'ep-c2',
        DeploymentConfig: rolling(),
      }),
    );
    await h.sim.advance(5 * MINUTE);
    const d = await describe(h, 'ep');
    expect(d.EndpointStatus).toBe('UpdateRollbackFailed');
    expect(d.FailureReason).toMatch(/ALARM.*The rollback failed/);
    // Both fleets still serve: the new one keeps its batch.
    const before = h.sim.clock.now();
    await h.sim.advance(2 * MINUTE);
    expect((await fleetInvocations('ep-c2', before, before + 2 * MINUTE)).Values!.length).toBe(2);
    expect((await fleetInvocations('ep-c1', before, before + 2 * MINUTE)).Values!.length).toBe(2);
    // It can be repaired with a new update.
    await h.sm.send(new UpdateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'ep-c1' }));
    expect((await describe(h, 'ep')).EndpointStatus).toBe('Updating');
  });

  test('rolling rollback without faults returns to InService on the old config', async () => {
    h = await harness({ scenario: SCENARIO });
    await inServiceEndpoint(h, 'ep', { count: 4, profile: 'good' });
    await createModel(h, 'ep-m2', 'bad');
    await createConfig(h, 'ep-c2', [variant('AllTraffic', 'ep-m2', 1, 4)]);
    await alarm5xx();
    await h.sm.send(
      new UpdateEndpointCommand({
        EndpointName: 'ep',
        EndpointConfigName: 'ep-c2',
        DeploymentConfig: rolling({ RollbackMaximumBatchSize: { Type: 'INSTANCE_COUNT', Value: 1 } }),
      }),
    );
    await h.sim.advance(12 * MINUTE);
    const d = await describe(h, 'ep');
    expect(d).toMatchObject({ EndpointStatus: 'InService', EndpointConfigName: 'ep-c1' });
    expect(d.ProductionVariants![0].CurrentInstanceCount).toBe(4);
    expect(d.FailureReason).toMatch(/ep-5xx/);
    const multi = await errorOf(
      (async () => {
        await createConfig(h, 'two', [variant('AllTraffic', 'ep-m2'), variant('b', 'ep-m2')]);
        await h.sm.send(
          new UpdateEndpointCommand({
            EndpointName: 'ep',
            EndpointConfigName: 'two',
            DeploymentConfig: {
              RollingUpdatePolicy: {
                MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 25 },
                WaitIntervalInSeconds: 0,
              },
            },
          }),
        );
      })(),
    );
    expect(multi.message).toMatch(/same production variant names|multiple production variants/);
  });
});
