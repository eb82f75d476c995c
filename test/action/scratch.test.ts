import { readFileSync } from 'node:fs';
import { it, expect } from 'vitest';
import { run } from '../../action/main.js';
import { startS3 } from './s3-stand-in.js';
import { ARTIFACT, ARTIFACT_KEY, captureStdout, makeWorkspace, readOutputs, runnerEnv, runnerFiles, seedBaseline, startSim, webhookExamples, withEnv } from './helpers.js';

it('scratch: push deploys against the simulator', async () => {
  const s3 = await startS3({ [ARTIFACT_KEY]: ARTIFACT });
  const s = await startSim();
  await seedBaseline(s);
  const ws = makeWorkspace();
  const payload = webhookExamples('push').find((p) => p.ref === 'refs/heads/master')!;
  const files = runnerFiles(payload);
  const env = runnerEnv({ event: 'push', files, workspace: ws, inputs: { 'endpoint-url': s.sim.url, 'github-token': '' } });
  Object.assign(env, { AWS_ENDPOINT_URL_S3: s3.url, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
  const cap = captureStdout();
  const t0 = Date.now();
  try {
    await withEnv(env, () => run({ live: { intervalMs: 200, minGapMs: 50 } }));
  } finally { cap.restore(); await s.stop(); await s3.stop(); console.log(s3.requests) }
  console.log(cap.stdout.slice(-6000));
  console.log('took', Date.now() - t0);
  console.log(readOutputs(files.output));
  console.log(readFileSync(files.summary, 'utf8').slice(0, 3000));
  expect(1).toBe(1);
}, 120_000);
