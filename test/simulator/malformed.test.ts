import { DescribeEndpointCommand, ListEndpointsCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { DescribeAlarmsCommand, GetMetricDataCommand } from '@aws-sdk/client-cloudwatch';
import { afterEach, beforeEach, describe as group, expect, test } from 'vitest';
import { clientConfig, errorOf, harness, MINUTE, START, type Harness } from './helpers.js';

let h: Harness;
afterEach(async () => h.stop());

async function raw(target: string, body: string, headers: Record<string, string> = {}) {
  const json10 = target.startsWith('Granite');
  const res = await fetch(h.sim.url, {
    method: 'POST',
    headers: {
      'content-type': json10 ? 'application/x-amz-json-1.0' : 'application/x-amz-json-1.1',
      'x-amz-target': target,
      ...headers,
    },
    body,
  });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as { __type: string; message: string },
  };
}

group('malformed requests get the errors AWS returns, and the server keeps serving', () => {
  beforeEach(async () => {
    h = await harness();
  });

  test('bad JSON → SerializationException (SageMaker and CloudWatch)', async () => {
    const sm = await raw('SageMaker.DescribeEndpoint', '{"EndpointName": ');
    expect(sm.status).toBe(400);
    expect(sm.body.__type).toBe('SerializationException');
    expect(sm.headers.get('x-amzn-requestid')).toMatch(/^[0-9a-f-]{36}$/);
    const cw = await raw('GraniteServiceVersion20100801.DescribeAlarms', 'not json');
    expect(cw.status).toBe(400);
    expect(cw.body.__type).toBe('com.amazonaws.cloudwatch#SerializationException');
    expect(cw.headers.get('x-amzn-query-error')).toBe('SerializationException;Sender');
    expect((await raw('SageMaker.ListEndpoints', '[1,2]')).body.__type).toBe('SerializationException');
  });

  test('wrong member types → SerializationException; missing required member → ValidationException in the AWS wording', async () => {
    const type = await raw('SageMaker.DescribeEndpoint', '{"EndpointName": 42}');
    expect(type.body).toEqual({
      __type: 'SerializationException',
      message: 'VALUE_NUMBER_INT can not be converted to String (at EndpointName)',
    });
    const missing = await raw('SageMaker.CreateEndpoint', '{"EndpointName": "ep"}');
    expect(missing.body).toEqual({
      __type: 'ValidationException',
      message:
        "1 validation error detected: Value null at 'endpointConfigName' failed to satisfy constraint: Member must not be null",
    });
    const cwMissing = await raw('GraniteServiceVersion20100801.PutMetricData', '{"MetricData": []}');
    expect(cwMissing.body.__type).toBe('com.amazonaws.cloudwatch#MissingRequiredParameterException');
    expect(cwMissing.headers.get('x-amzn-query-error')).toBe('MissingParameter;Sender');
    expect(cwMissing.body.message).toBe('The parameter Namespace is required.');
  });

  test('unknown operations, unknown targets, wrong methods', async () => {
    expect((await raw('SageMaker.CreateTrainingJob', '{}')).body.__type).toBe('UnknownOperationException');
    expect((await raw('Nope.Op', '{}')).body.__type).toBe('UnknownOperationException');
    // Names inherited from Object.prototype are not operations.
    expect((await raw('SageMaker.toString', '{}')).body.__type).toBe('UnknownOperationException');
    expect((await raw('GraniteServiceVersion20100801.constructor', '{}')).body.__type).toBe(
      'com.amazonaws.cloudwatch#UnknownOperationException',
    );
    const get = await fetch(`${h.sim.url}/endpoints/x/invocations`);
    expect(get.status).toBe(404);
    const health = await fetch(h.sim.url);
    expect(health.status).toBe(200);
  });

  test('the SDK still works after all of that, and errors parse through the SDK too', async () => {
    for (let i = 0; i < 20; i++) await raw('SageMaker.DescribeEndpoint', '{{{');
    const sm = new SageMakerClient(clientConfig(h.sim.url));
    expect((await sm.send(new ListEndpointsCommand({}))).Endpoints).toEqual([]);
    const e = await errorOf(sm.send(new DescribeEndpointCommand({ EndpointName: 'bad name' })));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toMatch(
      /^1 validation error detected: Value 'bad name' at 'endpointName' failed to satisfy constraint: Member must satisfy regular expression pattern/,
    );
    sm.destroy();
    expect(h.sim.internalErrors).toEqual([]);
  });
});

group('throttling windows from the scenario', () => {
  test('ThrottlingException inside the window only; the SDK retries then gives up; CloudWatch answers Throttling', async () => {
    h = await harness({
      scenario: {
        faults: [
          { type: 'throttling', at: '5m', duration: '2m' },
          {
            type: 'throttling',
            service: 'cloudwatch',
            operations: ['GetMetricData'],
            at: '5m',
            duration: '1m',
          },
        ],
      },
    });
    await h.sm.send(new ListEndpointsCommand({}));
    await h.sim.advance(5 * MINUTE);
    const sm = new SageMakerClient({ ...clientConfig(h.sim.url), maxAttempts: 3, retryStrategy: undefined });
    const e = await errorOf(sm.send(new ListEndpointsCommand({})));
    expect(e.name).toBe('ThrottlingException');
    expect(e.message).toBe('Rate exceeded');
    expect((e.$metadata as { attempts?: number }).attempts).toBe(3);
    sm.destroy();
    const cw = await errorOf(
      h.cw.send(
        new GetMetricDataCommand({
          StartTime: new Date(START),
          EndTime: new Date(START + MINUTE),
          MetricDataQueries: [],
        }),
      ),
    );
    expect((cw as unknown as { Code: string }).Code).toBe('Throttling');
    await h.cw.send(new DescribeAlarmsCommand({})); // other CloudWatch operations are not throttled
    await h.sim.advance(2 * MINUTE);
    await h.sm.send(new ListEndpointsCommand({}));
    await h.cw.send(
      new GetMetricDataCommand({
        StartTime: new Date(START),
        EndTime: new Date(START + MINUTE),
        MetricDataQueries: [],
      }),
    );
  });
});
