import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { CreateEndpointCommand } from '@aws-sdk/client-sagemaker';
import { InvokeEndpointCommand } from '@aws-sdk/client-sagemaker-runtime';
import { afterEach, describe as group, expect, test } from 'vitest';
import type { Scenario } from '../../src/providers/local/index.js';
import { createConfig, createModel } from './endpoint-lifecycle.js';
import { errorOf, harness, MINUTE, START, variant, type Harness } from './helpers.js';

let h: Harness;
let dir: string | undefined;
afterEach(async () => {
  await h.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

interface Record {
  captureData: {
    endpointInput?: { data: string; encoding: string; mode: string };
    endpointOutput?: { data: string; encoding: string };
  };
  eventMetadata: { eventId: string; inferenceId?: string; inferenceTime: string };
  eventVersion: string;
}

const records = (paths: string[]) =>
  paths.flatMap((p) =>
    readFileSync(p, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record),
  );

const SCENARIO: Scenario = {
  traffic: [{ endpoint: '*', rps: 5 }],
  models: {
    good: { prediction: { labels: { fraud: 0.5, legit: 0.5 } } },
    chatty: { prediction: { labels: { fraud: 0.5, legit: 0.5 }, disagreement: 0.2 } },
    broken: { errors: { modelErrorRate: 1 } },
    flaky: { errors: { rate5xx: 1 } },
  },
};

group('InvokeEndpoint', () => {
  test('routes by weight or TargetVariant, answers with the variant header, counts in the metrics', async () => {
    h = await harness({ scenario: { ...SCENARIO, traffic: [{ endpoint: '*', rps: 0 }] } });
    await createModel(h, 'a', 'good');
    await createModel(h, 'b', 'good');
    await createConfig(h, 'c', [variant('A', 'a', 1), variant('B', 'b', 0)]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
    const notReady = await errorOf(
      h.rt.send(new InvokeEndpointCommand({ EndpointName: 'ep', Body: '1,2', ContentType: 'text/csv' })),
    );
    expect(notReady.name).toBe('ValidationError');
    await h.sim.advance(MINUTE);
    for (let i = 0; i < 5; i++) {
      const out = await h.rt.send(
        new InvokeEndpointCommand({ EndpointName: 'ep', Body: '1,2\n3,4\n', ContentType: 'text/csv' }),
      );
      expect(out.InvokedProductionVariant).toBe('A');
      const body = JSON.parse(Buffer.from(out.Body!).toString('utf8')) as { predictions: string[] };
      expect(body.predictions).toHaveLength(2);
      for (const p of body.predictions) expect(['fraud', 'legit']).toContain(p);
    }
    const targeted = await h.rt.send(
      new InvokeEndpointCommand({
        EndpointName: 'ep',
        Body: '{"instances":[[1],[2],[3]]}',
        ContentType: 'application/json',
        TargetVariant: 'B',
      }),
    );
    expect(targeted.InvokedProductionVariant).toBe('B');
    const noVariant = await errorOf(
      h.rt.send(new InvokeEndpointCommand({ EndpointName: 'ep', Body: 'x', TargetVariant: 'Z' })),
    );
    expect(noVariant.message).toMatch(/Target variant "Z"/);
    const missing = await errorOf(h.rt.send(new InvokeEndpointCommand({ EndpointName: 'nope', Body: 'x' })));
    expect(missing.name).toBe('ValidationError');
    expect(missing.message).toBe('Endpoint nope of account 123456789012 not found.');
    await h.sim.advance(MINUTE);
    const m = await h.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(START),
        EndTime: new Date(START + 3 * MINUTE),
        MetricDataQueries: ['A', 'B'].map((v) => ({
          Id: v.toLowerCase(),
          MetricStat: {
            Metric: {
              Namespace: 'AWS/SageMaker',
              MetricName: 'Invocations',
              Dimensions: [
                { Name: 'EndpointName', Value: 'ep' },
                { Name: 'VariantName', Value: v },
              ],
            },
            Period: 300,
            Stat: 'Sum',
          },
        })),
      }),
    );
    expect(m.MetricDataResults!.map((r) => r.Values)).toEqual([[5], [1]]);
  });

  test('model errors come back as ModelError 424 with OriginalStatusCode; platform errors as 503', async () => {
    h = await harness({ scenario: SCENARIO });
    await createModel(h, 'broken', 'broken');
    await createModel(h, 'flaky', 'flaky');
    await createConfig(h, 'c', [variant('B', 'broken', 1), variant('F', 'flaky', 1)]);
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
    await h.sim.advance(MINUTE);
    const model = await errorOf(
      h.rt.send(new InvokeEndpointCommand({ EndpointName: 'ep', Body: '1', TargetVariant: 'B' })),
    );
    expect(model.name).toBe('ModelError');
    expect(model.$metadata?.httpStatusCode).toBe(424);
    expect(model.OriginalStatusCode).toBe(500);
    expect(String(model.LogStreamArn)).toMatch(/\/aws\/sagemaker\/Endpoints\/ep/);
    const platform = await errorOf(
      h.rt.send(new InvokeEndpointCommand({ EndpointName: 'ep', Body: '1', TargetVariant: 'F' })),
    );
    expect(platform.name).toBe('ServiceUnavailable');
    expect(platform.$metadata?.httpStatusCode).toBe(503);
  });
});

group('data capture', () => {
  test('JSON Lines for production and shadow with shared event ids; disagreement follows the scenario', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mg-capture-'));
    h = await harness({ scenario: SCENARIO });
    await createModel(h, 'prod', 'good');
    await createModel(h, 'cand', 'chatty');
    await createConfig(h, 'c', [variant('P', 'prod')], {
      ShadowProductionVariants: [variant('S', 'cand')],
      DataCaptureConfig: {
        InitialSamplingPercentage: 100,
        DestinationS3Uri: pathToFileURL(dir).href,
        CaptureOptions: [{ CaptureMode: 'InputAndOutput' }],
      },
    });
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'shadowed', EndpointConfigName: 'c' }));
    await h.sim.advance(MINUTE);
    await h.rt.send(
      new InvokeEndpointCommand({
        EndpointName: 'shadowed',
        Body: '0.5,1.5',
        ContentType: 'text/csv',
        InferenceId: 'my-request-1',
      }),
    );
    await h.sim.advance(10 * MINUTE);
    const prodFiles = files(join(dir, 'shadowed', 'P'));
    const shadowFiles = files(join(dir, 'shadowed', 'S'));
    expect(prodFiles[0]).toMatch(/shadowed\/P\/2025\/01\/06\/12\/\d\d-\d\d-\d{3}-[0-9a-f-]{36}\.jsonl$/);
    const prod = records(prodFiles);
    const shadow = records(shadowFiles);
    expect(prod.length).toBeGreaterThan(2500); // 5 rps × 10 min, all sampled
    expect(shadow.map((r) => r.eventMetadata.eventId)).toEqual(prod.map((r) => r.eventMetadata.eventId));
    const mine = prod.find((r) => r.eventMetadata.inferenceId === 'my-request-1')!;
    expect(mine.captureData.endpointInput).toMatchObject({ data: '0.5,1.5', encoding: 'CSV', mode: 'INPUT' });
    expect(mine.eventVersion).toBe('0');
    const label = (r: Record) =>
      (JSON.parse(r.captureData.endpointOutput!.data) as { predictions: string[] }).predictions[0];
    let differ = 0;
    prod.forEach((r, i) => (differ += label(r) === label(shadow[i]) ? 0 : 1));
    const rate = differ / prod.length;
    expect(Math.abs(rate - 0.2)).toBeLessThan(4 * Math.sqrt((0.2 * 0.8) / prod.length));
  });

  test('s3:// destinations land under the data dir; sampling percentage is honoured; Output-only capture', async () => {
    h = await harness({ scenario: SCENARIO });
    await createModel(h, 'm', 'good');
    await createConfig(h, 'c', [variant('V', 'm')], {
      DataCaptureConfig: {
        InitialSamplingPercentage: 20,
        DestinationS3Uri: 's3://bucket/capture',
        CaptureOptions: [{ CaptureMode: 'Output' }],
      },
    });
    await h.sm.send(new CreateEndpointCommand({ EndpointName: 'ep', EndpointConfigName: 'c' }));
    await h.sim.advance(11 * MINUTE);
    const recs = records(files(join(h.sim.dataDir, 's3', 'bucket', 'capture', 'ep', 'V')));
    expect(Math.abs(recs.length / 3000 - 0.2)).toBeLessThan(0.05);
    expect(recs[0].captureData.endpointInput).toBeUndefined();
    expect(recs[0].captureData.endpointOutput?.encoding).toBe('JSON');
  });
});
