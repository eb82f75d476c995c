import { S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runChecks } from '../../src/checks/run.js';
import { parseS3Uri, trustedSha256 } from '../../src/checks/s3-location.js';
import { IMAGE, loadSpec, specYaml, tarGz, tempWorkspace } from './helpers.js';

/**
 * A stand-in for S3's REST API (path-style): HeadObject and GetObject on in-memory objects, with
 * the checksum headers S3 sends when ChecksumMode is ENABLED. Driven through the real S3 client.
 */
interface StoredObject {
  body: Buffer;
  checksum?: string;
  checksumType?: 'FULL_OBJECT' | 'COMPOSITE';
}

const objects = new Map<string, StoredObject>();
const requests: Array<{ method: string; path: string; checksumMode?: string }> = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push({
      method: req.method ?? '',
      path,
      checksumMode: req.headers['x-amz-checksum-mode'] as string | undefined,
    });
    const obj = objects.get(path);
    if (!obj) {
      res.statusCode = 404;
      res.setHeader('content-type', 'application/xml');
      if (req.method === 'HEAD') return res.end();
      return res.end(
        `<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message><Key>${path}</Key></Error>`,
      );
    }
    res.setHeader('content-length', String(obj.body.length));
    res.setHeader('etag', `"${createHash('md5').update(obj.body).digest('hex')}"`);
    res.setHeader('last-modified', new Date(0).toUTCString());
    res.setHeader('content-type', 'application/octet-stream');
    if (obj.checksum && req.headers['x-amz-checksum-mode'] === 'ENABLED') {
      res.setHeader('x-amz-checksum-sha256', obj.checksum);
      if (obj.checksumType) res.setHeader('x-amz-checksum-type', obj.checksumType);
    }
    if (req.method === 'HEAD') return res.end();
    // Stream in small pieces, as a large object would arrive.
    let offset = 0;
    const pump = () => {
      while (offset < obj.body.length) {
        const piece = obj.body.subarray(offset, offset + 4096);
        offset += piece.length;
        if (!res.write(piece)) return res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

let ws: ReturnType<typeof tempWorkspace>;
beforeEach(() => {
  ws = tempWorkspace();
  objects.clear();
  requests.length = 0;
});
afterEach(() => ws.cleanup());

const s3 = () =>
  new S3Client({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' },
  });

const digest = (b: Buffer) => createHash('sha256').update(b).digest();

async function s3Facts(model: string, checks = '') {
  const loaded = loadSpec(ws.dir, specYaml(model, checks));
  return (await runChecks(loaded, { workspace: ws.dir, s3: s3() })).artifact!;
}

describe('artifact on S3', () => {
  it('trusts a full-object ChecksumSHA256 and does not download the object', async () => {
    const body = await tarGz({ 'model.xgb': 'w' });
    objects.set('/models/fraud/model.tar.gz', {
      body,
      checksum: digest(body).toString('base64'),
      checksumType: 'FULL_OBJECT',
    });
    const a = await s3Facts(
      `  artifact: s3://models/fraud/model.tar.gz\n  sha256: ${digest(body).toString('hex')}\n  image: ${IMAGE}`,
      '  artifact:\n    maxSizeBytes: 1000000',
    );
    expect(a.problems).toEqual([]);
    expect(a).toMatchObject({
      location: 's3',
      sha256Source: 's3-checksum',
      sha256Matches: true,
      sizeBytes: body.length,
      sizeWithinBounds: true,
    });
    expect(requests.map((r) => r.method)).toEqual(['HEAD']);
    expect(requests[0].checksumMode).toBe('ENABLED');
  });

  it('ignores a composite (multipart) checksum and hashes a streamed GetObject instead', async () => {
    const body = Buffer.alloc(300_000, 7);
    objects.set('/models/m.bin', {
      body,
      checksum: `${digest(Buffer.from('parts')).toString('base64')}-3`,
      checksumType: 'COMPOSITE',
    });
    const a = await s3Facts(
      `  artifact: s3://models/m.bin\n  sha256: ${digest(body).toString('hex')}\n  image: ${IMAGE}`,
    );
    expect(a.problems).toEqual([]);
    expect(a).toMatchObject({ sha256Source: 'computed', sha256Matches: true, sizeBytes: 300_000 });
    expect(requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('computes the hash when S3 has no checksum, and fails on a mismatch', async () => {
    const body = Buffer.from('weights v2');
    objects.set('/models/m.bin', { body });
    const a = await s3Facts(
      `  artifact: s3://models/m.bin\n  sha256: ${digest(Buffer.from('weights v1')).toString('hex')}\n  image: ${IMAGE}`,
    );
    expect(a.passed).toBe(false);
    expect(a.sha256Actual).toBe(digest(body).toString('hex'));
    expect(a.sha256Matches).toBe(false);
  });

  it('lists the required files of an S3 .tar.gz from the streamed body', async () => {
    const body = await tarGz({ 'model.xgb': 'w', 'code/inference.py': 'x' });
    objects.set('/models/model.tar.gz', {
      body,
      checksum: digest(body).toString('base64'),
      checksumType: 'FULL_OBJECT',
    });
    const a = await s3Facts(
      `  artifact: s3://models/model.tar.gz\n  image: ${IMAGE}`,
      '  artifact:\n    requiredFiles: [code/inference.py, code/requirements.txt]',
    );
    expect(a.files).toEqual(['model.xgb', 'code/inference.py']);
    expect(a.missingFiles).toEqual(['code/requirements.txt']);
    expect(a.problems).toEqual([
      'checks.artifact.requiredFiles: missing from s3://models/model.tar.gz: code/requirements.txt',
    ]);
  });

  it('does not download when nothing needs the bytes', async () => {
    objects.set('/models/m.bin', { body: Buffer.from('abc') });
    const a = await s3Facts(`  artifact: s3://models/m.bin\n  image: ${IMAGE}`);
    expect(a.passed).toBe(true);
    expect(a.sha256Actual).toBeNull();
    expect(requests.map((r) => r.method)).toEqual(['HEAD']);
  });

  it('reports a missing object', async () => {
    const a = await s3Facts(`  artifact: s3://models/nope.tar.gz\n  image: ${IMAGE}`);
    expect(a.passed).toBe(false);
    expect(a.problems[0]).toMatch(/^s3:\/\/models\/nope\.tar\.gz: no such object \(HeadObject: /);
  });
});

describe('S3 helpers', () => {
  it('parses s3:// URIs', () => {
    expect(parseS3Uri('s3://bucket/a/b.tar.gz')).toEqual({ bucket: 'bucket', key: 'a/b.tar.gz' });
    expect(parseS3Uri('s3://bucket')).toBeNull();
    expect(parseS3Uri('model.tar.gz')).toBeNull();
  });

  it('decodes only full-object sha256 checksums', () => {
    const d = digest(Buffer.from('x'));
    expect(trustedSha256(d.toString('base64'), 'FULL_OBJECT').sha256).toBe(d.toString('hex'));
    expect(trustedSha256(d.toString('base64'), undefined).sha256).toBe(d.toString('hex'));
    expect(trustedSha256(`${d.toString('base64')}-12`, undefined)).toMatchObject({
      sha256: null,
      checksumNote: expect.stringContaining('composite'),
    });
    expect(trustedSha256(d.toString('base64'), 'COMPOSITE').sha256).toBeNull();
    expect(trustedSha256('AAAA', undefined).sha256).toBeNull();
  });
});
