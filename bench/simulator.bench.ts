// The simulator's traffic generator and CloudWatch reads: simulated minutes per real second for one
// endpoint with two variants at 100 and 1000 requests/s, and the latency of a GetMetricData call
// over an hour of per-minute data (real SDK over HTTP, manual clock).
import { CloudWatchClient, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import {
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { startSimulator } from '../src/providers/local/index.js';

const START = Date.UTC(2025, 0, 6, 12, 0, 0);

async function scenario(rps: number, minutes: number): Promise<void> {
  const sim = await startSimulator({
    manual: true,
    start: START,
    seed: 1,
    scenario: { traffic: [{ endpoint: '*', rps }] },
    durations: { createEndpoint: 60_000 },
  });
  const cfg = {
    endpoint: sim.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  };
  const sm = new SageMakerClient(cfg);
  const cw = new CloudWatchClient(cfg);
  for (const m of ['a', 'b'])
    await sm.send(new CreateModelCommand({ ModelName: m, PrimaryContainer: { Image: 'img:1' } }));
  const v = (name: string, model: string, w: number) => ({
    VariantName: name,
    ModelName: model,
    InitialInstanceCount: 1,
    InstanceType: 'ml.m5.large' as const,
    InitialVariantWeight: w,
  });
  await sm.send(
    new CreateEndpointConfigCommand({
      EndpointConfigName: 'c',
      ProductionVariants: [v('A', 'a', 0.9), v('B', 'b', 0.1)],
    }),
  );
  await sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
  await sim.advance(60_000);
  const t = performance.now();
  await sim.advance(minutes * 60_000);
  const genMs = performance.now() - t;
  const rss = process.memoryUsage().rss / 2 ** 20;
  const q = performance.now();
  await cw.send(
    new GetMetricDataCommand({
      StartTime: new Date(START),
      EndTime: new Date(START + (minutes + 1) * 60_000),
      MetricDataQueries: ['p50', 'p99', 'SampleCount'].map((stat, i) => ({
        Id: `q${i}`,
        MetricStat: {
          Metric: {
            Namespace: 'AWS/SageMaker',
            MetricName: 'ModelLatency',
            Dimensions: [
              { Name: 'EndpointName', Value: 'ep' },
              { Name: 'VariantName', Value: 'A' },
            ],
          },
          Period: 60,
          Stat: stat,
        },
      })),
    }),
  );
  const queryMs = performance.now() - q;
  console.log(
    `${rps} rps, ${minutes} simulated min: ${(minutes / (genMs / 1000)).toFixed(0)} simulated min/s ` +
      `(${((rps * 60 * minutes) / (genMs / 1000) / 1e6).toFixed(2)} M requests/s generated), ` +
      `GetMetricData 3 × ${minutes} datapoints ${queryMs.toFixed(1)} ms, rss ${rss.toFixed(0)} MiB`,
  );
  sm.destroy();
  cw.destroy();
  await sim.stop();
  if (sim.internalErrors.length)
    throw new Error(`simulator errors: ${sim.internalErrors.map(String).join('; ')}`);
}

export async function run(): Promise<void> {
  await scenario(100, 60);
  await scenario(1000, 60);
}
