import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gunzipSync, inflateSync } from 'node:zlib';
import { cloudwatchOperations } from './cloudwatch/index.js';
import type { Operation, RequestContext } from './context.js';
import { AwsError, cw, internalFailure, rt, serialization, throttling, unknownOperation } from './errors.js';
import { invokeEndpoint, MAX_PAYLOAD } from './runtime.js';
import { sagemakerOperations } from './sagemaker/index.js';
import type { Simulation } from './simulation.js';
import { validateInput, violationMessage } from './validate.js';

const RUNTIME_PATH = /^\/endpoints\/([^/]+)\/invocations$/;
/** Bodies above this are refused before they are read whole (runtime payloads go up to 6 MiB). */
const MAX_BODY = MAX_PAYLOAD + 1024 * 1024;

type Protocol = 'sagemaker' | 'cloudwatch' | 'runtime';

/** The two awsJson services, told apart by the X-Amz-Target prefix. */
const JSON_SERVICES = [
  {
    protocol: 'cloudwatch',
    prefix: 'GraniteServiceVersion20100801.',
    contentType: 'application/x-amz-json-1.0',
    operations: cloudwatchOperations,
    throttling: cw.throttling,
  },
  {
    protocol: 'sagemaker',
    prefix: 'SageMaker.',
    contentType: 'application/x-amz-json-1.1',
    operations: sagemakerOperations,
    throttling,
  },
] as const;

const serializationFor = (protocol: Protocol, message: string) =>
  protocol === 'cloudwatch' ? cw.serialization(message) : serialization(message);

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge());
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function decode(req: IncomingMessage, raw: Buffer): Buffer {
  const enc = String(req.headers['content-encoding'] ?? '').toLowerCase();
  // The CloudWatch client gzips PutMetricData bodies above 10 KiB.
  if (enc === 'gzip') return gunzipSync(raw);
  if (enc === 'deflate') return inflateSync(raw);
  return raw;
}

function regionOf(req: IncomingMessage, fallback: string): string {
  const auth = String(req.headers.authorization ?? '');
  const m = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(auth);
  return m ? m[1] : fallback;
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
): void {
  if (res.headersSent) return;
  const buf = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, { ...headers, 'content-length': String(buf.length) });
  res.end(buf);
}

function sendError(res: ServerResponse, protocol: Protocol, requestId: string, err: AwsError): void {
  const base = { 'x-amzn-requestid': requestId };
  if (protocol === 'cloudwatch') {
    send(
      res,
      err.status,
      {
        ...base,
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-query-error': `${err.queryCode ?? err.code};${err.fault}`,
      },
      JSON.stringify({ __type: `com.amazonaws.cloudwatch#${err.code}`, message: err.message }),
    );
  } else if (protocol === 'runtime') {
    send(
      res,
      err.status,
      { ...base, 'content-type': 'application/json', 'x-amzn-errortype': err.code },
      JSON.stringify({ Message: err.message, ...err.extra }),
    );
  } else {
    send(
      res,
      err.status,
      { ...base, 'content-type': 'application/x-amz-json-1.1' },
      JSON.stringify({ __type: err.code, message: err.message }),
    );
  }
}

function parseJson(body: Buffer, protocol: Protocol): Record<string, unknown> {
  const text = body.toString('utf8');
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw serializationFor(protocol, `Could not parse the request body as JSON: ${(e as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw serializationFor(protocol, 'The request body must be a JSON object.');
  }
  return value as Record<string, unknown>;
}

function runOperation(
  op: Operation | undefined,
  target: string,
  input: Record<string, unknown>,
  ctx: RequestContext,
  protocol: 'sagemaker' | 'cloudwatch',
) {
  if (!op)
    throw protocol === 'cloudwatch'
      ? new AwsError('UnknownOperationException', unknownOperation(target).message, {
          queryCode: 'InvalidAction',
        })
      : unknownOperation(target);
  const v = validateInput(op.shape, input);
  if (v.serialization) throw serializationFor(protocol, v.serialization);
  if (protocol === 'cloudwatch' && v.missing.length) throw cw.missingParameter(v.missing[0]);
  if (v.violations.length) {
    const msg = violationMessage(v.violations);
    throw protocol === 'cloudwatch' ? cw.validation(msg) : new AwsError('ValidationException', msg);
  }
  return op.handler(input, ctx) ?? {};
}

/** Requests in flight and the real time of the last request activity, for manual-clock settling. */
export class Activity {
  inFlight = 0;
  last = performance.now();

  begin(): void {
    this.inFlight++;
    this.last = performance.now();
  }

  end(): void {
    this.inFlight--;
    this.last = performance.now();
  }

  /**
   * Resolves once no request is in flight and none started or ended for `idleMs` real ms (bounded
   * by `maxMs`): enough for a woken caller to send its request and get the answer.
   */
  async idle(idleMs: number, maxMs: number): Promise<void> {
    const start = performance.now();
    for (;;) {
      const now = performance.now();
      if (now - start >= maxMs) return;
      if (this.inFlight === 0 && now - this.last >= idleMs && now - start >= idleMs) return;
      await new Promise((r) => setTimeout(r, 1));
    }
  }
}

export interface ServerHooks {
  activity?: Activity;
  /** Called with every unexpected error (a simulator bug); the client gets a 500 and the server goes on. */
  onInternalError?(err: unknown, where: string): void;
}

/** The one HTTP server for SageMaker, CloudWatch and SageMaker Runtime. */
export function createSimServer(sim: Simulation, hooks: ServerHooks = {}): Server {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const target = String(req.headers['x-amz-target'] ?? '');
    const path = (req.url ?? '/').split('?')[0];
    const runtimeMatch = RUNTIME_PATH.exec(path);
    const service = JSON_SERVICES.find((s) => target.startsWith(s.prefix));
    const protocol: Protocol = runtimeMatch ? 'runtime' : (service?.protocol ?? 'sagemaker');
    try {
      if (req.method === 'GET' && path === '/') {
        send(
          res,
          200,
          { 'content-type': 'application/json' },
          JSON.stringify({ service: 'modelgate-simulator', time: sim.clock.now() / 1000 }),
        );
        return;
      }
      let raw: Buffer;
      try {
        raw = await readBody(req);
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          throw protocol === 'runtime'
            ? rt.validation(`Request payload exceeds the maximum of ${MAX_PAYLOAD} bytes.`)
            : serialization('Request body too large.');
        }
        throw e;
      }
      let body: Buffer;
      try {
        body = decode(req, raw);
      } catch {
        throw serializationFor(protocol, 'The request body could not be decompressed.');
      }
      if (req.method !== 'POST')
        throw new AwsError(
          'UnknownOperationException',
          `${req.method} ${path} is not an operation of the simulator.`,
          { status: 404 },
        );
      sim.catchUp();
      const ctx: RequestContext = { sim, region: regionOf(req, sim.scenario.region), requestId };
      if (runtimeMatch) {
        const out = invokeEndpoint(ctx, decodeURIComponent(runtimeMatch[1]), req.headers, body);
        send(res, out.status, { ...out.headers, 'x-amzn-requestid': requestId }, out.body);
        return;
      }
      if (service) {
        const name = target.slice(service.prefix.length);
        if (sim.throttled(service.protocol, name)) throw service.throttling();
        const out = runOperation(
          // Own keys only: `SageMaker.toString` must not find Object.prototype.toString.
          Object.hasOwn(service.operations, name) ? service.operations[name] : undefined,
          target,
          parseJson(body, service.protocol),
          ctx,
          service.protocol,
        );
        send(
          res,
          200,
          { 'content-type': service.contentType, 'x-amzn-requestid': requestId },
          JSON.stringify(out),
        );
        return;
      }
      if (String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
        // awsQuery (CloudWatch clients before @aws-sdk 3.949): not served.
        send(
          res,
          400,
          { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
          `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>The modelgate simulator speaks the CloudWatch JSON 1.0 protocol only; upgrade the client (@aws-sdk/client-cloudwatch &gt;= 3.949, a current botocore).</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`,
        );
        return;
      }
      throw new AwsError('UnknownOperationException', `Missing or unknown X-Amz-Target "${target}".`);
    } catch (err) {
      if (err instanceof AwsError) return sendError(res, protocol, requestId, err);
      hooks.onInternalError?.(err, `${req.method} ${path} ${target}`);
      sendError(
        res,
        protocol,
        requestId,
        protocol === 'cloudwatch'
          ? cw.internal()
          : protocol === 'runtime'
            ? rt.internal()
            : internalFailure(),
      );
    }
  };
  return createServer((req, res) => {
    hooks.activity?.begin();
    res.once('close', () => hooks.activity?.end());
    handle(req, res).catch((err) => {
      hooks.onInternalError?.(err, 'response');
      if (!res.headersSent)
        send(
          res,
          500,
          { 'content-type': 'application/json' },
          JSON.stringify({ __type: 'InternalFailure', message: 'internal error' }),
        );
      else res.destroy();
    });
  });
}
