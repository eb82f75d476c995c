import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * S3's HeadObject and GetObject (path style) over in-memory objects: what the artifact check
 * reads, reached through the real S3 client via AWS_ENDPOINT_URL_S3. The simulator has no S3.
 */
export interface S3StandIn {
  url: string;
  requests: string[];
  stop(): Promise<void>;
}

export async function startS3(objects: Record<string, Buffer>): Promise<S3StandIn> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(`${req.method} ${path}`);
    const body = objects[path];
    if (!body) {
      res.statusCode = 404;
      res.setHeader('content-type', 'application/xml');
      if (req.method === 'HEAD') return res.end();
      return res.end(
        '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
      );
    }
    res.setHeader('content-length', String(body.length));
    res.setHeader('etag', `"${createHash('md5').update(body).digest('hex')}"`);
    res.setHeader('last-modified', new Date(0).toUTCString());
    res.setHeader('content-type', 'application/octet-stream');
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise<void>((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}
