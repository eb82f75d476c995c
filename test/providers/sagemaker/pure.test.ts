import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalCaptureReader, parseCaptureLines } from '../../../src/providers/sagemaker/capture.js';
import { toDeploymentConfig } from '../../../src/providers/sagemaker/endpoints.js';
import { toProviderError } from '../../../src/providers/sagemaker/errors.js';
import {
  SAGEMAKER_NAME,
  deploymentNames,
  resourceName,
  shortId,
} from '../../../src/providers/sagemaker/names.js';

describe('resource names', () => {
  it("are unique per deployment, traceable, and within SageMaker's 63-character pattern", () => {
    const n = deploymentNames({
      model: 'fraud-detector',
      endpoint: 'fraud-prod',
      deploymentId: 'gh-123456789',
    });
    expect(n.config('ramp')).toMatch(/^fraud-prod-[0-9a-f]{8}-ramp$/);
    expect(n.model).toBe(`fraud-detector-${shortId('gh-123456789')}`);
    expect(shortId('abc123')).toBe('abc123');
    expect(shortId('gh-1')).not.toBe(shortId('gh-2'));
    const long = resourceName('x'.repeat(80) + '_bad name', shortId('d'), 'final');
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(SAGEMAKER_NAME);
    expect(long.endsWith('-d-final')).toBe(true);
    expect(resourceName('--weird__name--', 'x')).toBe('weird-name-x');
  });
});

describe('SDK errors', () => {
  const sdk = (name: string, message: string, status = 400) => ({
    name,
    message,
    $metadata: { httpStatusCode: status },
  });
  it('tells "not found", "in progress" and "already exists" apart inside ValidationException', () => {
    expect(
      toProviderError(
        'DescribeEndpoint',
        sdk('ValidationException', 'Could not find endpoint "arn:aws:sagemaker:us-east-1:1:endpoint/x".'),
      ).kind,
    ).toBe('not-found');
    expect(
      toProviderError(
        'UpdateEndpoint',
        sdk('ValidationException', 'Cannot update in-progress endpoint "arn:…".'),
      ).kind,
    ).toBe('in-progress');
    expect(
      toProviderError(
        'CreateModel',
        sdk('ValidationException', 'Cannot create already existing model "arn:…".'),
      ).kind,
    ).toBe('already-exists');
    expect(
      toProviderError('UpdateEndpoint', sdk('ValidationException', '1 validation error detected')).kind,
    ).toBe('validation');
  });
  it('classifies throttling, limits, access and server errors, and keeps the operation in the message', () => {
    expect(toProviderError('X', sdk('ThrottlingException', 'Rate exceeded')).retryable).toBe(true);
    expect(toProviderError('X', sdk('ResourceLimitExceeded', 'The account-level service limit')).kind).toBe(
      'limit',
    );
    expect(toProviderError('X', sdk('AccessDeniedException', 'no')).kind).toBe('access-denied');
    expect(toProviderError('X', sdk('InternalFailure', 'boom', 500)).kind).toBe('transient');
    expect(toProviderError('UpdateEndpoint', sdk('ValidationException', 'bad')).message).toBe(
      'UpdateEndpoint: bad',
    );
  });
});

describe('DeploymentConfig', () => {
  it('maps a native canary with alarms to BlueGreenUpdatePolicy', () => {
    const dc = toDeploymentConfig({
      policy: 'blue-green',
      trafficRouting: { type: 'CANARY', sizePercent: 10, waitSeconds: 300 },
      terminationWaitSeconds: 120,
      maxExecutionSeconds: 100,
      alarms: ['a', 'b'],
    });
    expect(dc).toEqual({
      BlueGreenUpdatePolicy: {
        TrafficRoutingConfiguration: {
          Type: 'CANARY',
          WaitIntervalInSeconds: 300,
          CanarySize: { Type: 'CAPACITY_PERCENT', Value: 10 },
        },
        TerminationWaitInSeconds: 120,
        MaximumExecutionTimeoutInSeconds: 600,
      },
      AutoRollbackConfiguration: { Alarms: [{ AlarmName: 'a' }, { AlarmName: 'b' }] },
    });
  });
  it('maps rolling and linear, and omits auto-rollback without alarms', () => {
    expect(
      toDeploymentConfig({
        policy: 'rolling',
        rolling: { batchPercent: 25, waitSeconds: 60, rollbackBatchPercent: 100 },
        maxExecutionSeconds: 3600,
        alarms: [],
      }),
    ).toEqual({
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 25 },
        WaitIntervalInSeconds: 60,
        MaximumExecutionTimeoutInSeconds: 3600,
        RollbackMaximumBatchSize: { Type: 'CAPACITY_PERCENT', Value: 100 },
      },
    });
    const linear = toDeploymentConfig({
      policy: 'blue-green',
      trafficRouting: { type: 'LINEAR', sizePercent: 20, waitSeconds: 60 },
      maxExecutionSeconds: 900,
      alarms: [],
    });
    expect(linear.BlueGreenUpdatePolicy?.TrafficRoutingConfiguration?.LinearStepSize).toEqual({
      Type: 'CAPACITY_PERCENT',
      Value: 20,
    });
  });
});

describe('data capture', () => {
  const line = (id: string, data: string, encoding = 'JSON', inferenceId?: string) =>
    JSON.stringify({
      captureData: {
        endpointOutput: { observedContentType: 'application/json', mode: 'OUTPUT', data, encoding },
      },
      eventMetadata: {
        eventId: id,
        ...(inferenceId ? { inferenceId } : {}),
        inferenceTime: '2026-11-24T12:00:05Z',
      },
      eventVersion: '0',
    });
  it('parses SageMaker capture lines, decoding base64 and pairing by inference id when present', () => {
    const recs = parseCaptureLines(
      [
        line('e1', '{"p":1}'),
        line('e2', Buffer.from('0.5').toString('base64'), 'BASE64', 'req-7'),
        'not json',
        '',
      ].join('\n'),
      'v',
    );
    expect(recs).toEqual([
      {
        eventId: 'e1',
        variant: 'v',
        time: Date.parse('2026-11-24T12:00:05Z'),
        output: '{"p":1}',
        outputEncoding: 'JSON',
      },
      {
        eventId: 'req-7',
        variant: 'v',
        time: Date.parse('2026-11-24T12:00:05Z'),
        output: '0.5',
        outputEncoding: 'BASE64',
      },
    ]);
  });
  it('reads <destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/*.jsonl from disk within the window', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-capture-'));
    for (const v of ['prod', 'shadow']) {
      const dir = join(root, 'ep', v, '2026', '11', '24', '12');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '00-05-000-x.jsonl'), `${line('e1', v === 'prod' ? '1' : '2')}\n`);
    }
    const reader = new LocalCaptureReader(() => root);
    const all = await reader.read(
      'ignored',
      'ep',
      Date.parse('2026-11-24T12:00:00Z'),
      Date.parse('2026-11-24T12:01:00Z'),
    );
    expect(all.map((r) => `${r.variant}:${r.output}`).sort()).toEqual(['prod:1', 'shadow:2']);
    expect(
      await reader.read(
        'ignored',
        'ep',
        Date.parse('2026-11-24T13:00:00Z'),
        Date.parse('2026-11-24T14:00:00Z'),
      ),
    ).toEqual([]);
    expect(await reader.read('ignored', 'missing', 0, Infinity)).toEqual([]);
  });
});
