/**
 * Optional compatibility suite: the same basic SageMaker flows, with the same assertions, against
 * `moto_server` (when the machine has it) and against the modelgate simulator. Skips with a printed
 * reason when moto_server is absent or does not start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointCommand,
  DeleteTagsCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  ListEndpointsCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointWeightsAndCapacitiesCommand,
} from '@aws-sdk/client-sagemaker';
import { afterAll, describe, expect, test } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../../src/providers/local/index.js';
import { clientConfig, errorOf, IMAGE, ROLE } from './helpers.js';

const START_TIMEOUT_MS = 20_000;

function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const p = join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function startMoto(): Promise<{ url: string; proc: ChildProcess } | { skip: string }> {
  const bin = onPath('moto_server');
  if (!bin) return { skip: 'moto_server is not on PATH (pip install "moto[server]" to run this suite)' };
  const port = await freePort();
  const proc = spawn(bin, ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr?.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null)
      return {
        skip: `moto_server exited with code ${proc.exitCode}: ${stderr.trim().split('\n').pop() ?? ''}`,
      };
    try {
      const res = await fetch(`${url}/moto-api/`);
      if (res.ok) return { url, proc };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  proc.kill('SIGTERM');
  return { skip: `moto_server did not answer within ${START_TIMEOUT_MS / 1000} s` };
}

const moto = await startMoto();
const sims: SimulatorHandle[] = [];
afterAll(async () => {
  if ('proc' in moto) moto.proc.kill('SIGTERM');
  for (const s of sims) await s.stop();
});

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The flows, with one set of assertions for every target. */
function basicFlows(target: string, url: () => Promise<string>) {
  test(`${target}: model, config, endpoint, weights, tags, delete`, async () => {
    const sm = new SageMakerClient(clientConfig(await url()));
    try {
      const m = await sm.send(
        new CreateModelCommand({
          ModelName: 'compat-model',
          PrimaryContainer: { Image: IMAGE, ModelDataUrl: 's3://models/compat/model.tar.gz' },
          ExecutionRoleArn: ROLE,
        }),
      );
      expect(m.ModelArn).toMatch(/^arn:aws:sagemaker:us-east-1:\d{12}:model\/compat-model$/);
      const dm = await sm.send(new DescribeModelCommand({ ModelName: 'compat-model' }));
      expect(dm.ModelName).toBe('compat-model');
      expect(dm.PrimaryContainer?.Image).toBe(IMAGE);
      expect(dm.CreationTime).toBeInstanceOf(Date);

      await sm.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: 'compat-config',
          ProductionVariants: [
            {
              VariantName: 'baseline',
              ModelName: 'compat-model',
              InitialInstanceCount: 1,
              InstanceType: 'ml.m5.large',
              InitialVariantWeight: 0.7,
            },
            {
              VariantName: 'candidate',
              ModelName: 'compat-model',
              InitialInstanceCount: 1,
              InstanceType: 'ml.m5.large',
              InitialVariantWeight: 0.3,
            },
          ],
        }),
      );
      const dc = await sm.send(new DescribeEndpointConfigCommand({ EndpointConfigName: 'compat-config' }));
      expect(dc.ProductionVariants?.map((v) => [v.VariantName, v.InitialVariantWeight])).toEqual([
        ['baseline', 0.7],
        ['candidate', 0.3],
      ]);

      const ep = await sm.send(
        new CreateEndpointCommand({
          EndpointName: 'compat-ep',
          EndpointConfigName: 'compat-config',
          Tags: [{ Key: 'owner', Value: 'compat' }],
        }),
      );
      expect(ep.EndpointArn).toMatch(/:endpoint\/compat-ep$/);
      const live = await waitFor('InService', async () => {
        const d = await sm.send(new DescribeEndpointCommand({ EndpointName: 'compat-ep' }));
        return d.EndpointStatus === 'InService' ? d : undefined;
      });
      expect(live.EndpointConfigName).toBe('compat-config');
      expect(live.ProductionVariants?.map((v) => v.VariantName).sort()).toEqual(['baseline', 'candidate']);

      await sm.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: 'compat-ep',
          DesiredWeightsAndCapacities: [
            { VariantName: 'baseline', DesiredWeight: 0.5 },
            { VariantName: 'candidate', DesiredWeight: 0.5 },
          ],
        }),
      );
      const shifted = await waitFor('weights applied', async () => {
        const d = await sm.send(new DescribeEndpointCommand({ EndpointName: 'compat-ep' }));
        return d.EndpointStatus === 'InService' && d.ProductionVariants?.every((v) => v.CurrentWeight === 0.5)
          ? d
          : undefined;
      });
      expect(shifted.ProductionVariants?.map((v) => v.DesiredWeight)).toEqual([0.5, 0.5]);

      await sm.send(
        new AddTagsCommand({
          ResourceArn: ep.EndpointArn,
          Tags: [{ Key: 'modelgate:lock', Value: 'run-1' }],
        }),
      );
      const tags = await sm.send(new ListTagsCommand({ ResourceArn: ep.EndpointArn }));
      expect(tags.Tags).toEqual(
        expect.arrayContaining([
          { Key: 'owner', Value: 'compat' },
          { Key: 'modelgate:lock', Value: 'run-1' },
        ]),
      );
      await sm.send(new DeleteTagsCommand({ ResourceArn: ep.EndpointArn, TagKeys: ['modelgate:lock'] }));
      expect((await sm.send(new ListTagsCommand({ ResourceArn: ep.EndpointArn }))).Tags).toEqual([
        { Key: 'owner', Value: 'compat' },
      ]);

      expect((await sm.send(new ListEndpointsCommand({}))).Endpoints?.map((e) => e.EndpointName)).toContain(
        'compat-ep',
      );

      await sm.send(new DeleteEndpointCommand({ EndpointName: 'compat-ep' }));
      const gone = await waitFor('deleted', async () => {
        try {
          await sm.send(new DescribeEndpointCommand({ EndpointName: 'compat-ep' }));
          return undefined;
        } catch (e) {
          return e as Error;
        }
      });
      expect(gone.message).toMatch(/Could not find endpoint/);
      const missingModel = await errorOf(sm.send(new DescribeModelCommand({ ModelName: 'no-such-model' })));
      expect(missingModel.message).toMatch(/Could not find model/);
    } finally {
      sm.destroy();
    }
  });
}

if ('skip' in moto) {
  console.log(`moto-compat: skipped against moto_server — ${moto.skip}`);
  describe.skip('compatibility with moto_server', () => basicFlows('moto_server', async () => ''));
} else {
  describe('compatibility with moto_server', () => basicFlows('moto_server', async () => moto.url));
}

describe('the same flows against the modelgate simulator', () => {
  basicFlows('simulator', async () => {
    const sim = await startSimulator({
      speed: 6000,
      durations: { createEndpoint: 60_000, updateWeights: 10_000, deleteEndpoint: 10_000 },
      scenario: { traffic: [{ endpoint: '*', rps: 0 }] },
    });
    sims.push(sim);
    return sim.url;
  });
});
