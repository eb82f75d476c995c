import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACT, ARTIFACT_KEY, cleanup } from './helpers.js';
import { listenLocally, type LocalServer } from './local-server.js';

/**
 * S3's HeadObject and GetObject (path style) over in-memory objects: what the artifact check
 * reads, reached through the real S3 client via AWS_ENDPOINT_URL_S3. The simulator has no S3.
 */
export interface S3StandIn extends LocalServer {
  requests: string[];
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
  return { ...(await listenLocally(server)), requests };
}

/**
 * The file's shared setup: S3 serving the model artifact for the whole file, and the temp folders
 * pushed to `dirs` removed after it.
 */
export function useArtifactS3(): { readonly s3: S3StandIn; dirs: string[] } {
  const holder = { dirs: [] as string[] } as { s3: S3StandIn; dirs: string[] };
  beforeAll(async () => {
    holder.s3 = await startS3({ [ARTIFACT_KEY]: ARTIFACT });
  });
  afterAll(async () => {
    await holder.s3.stop();
    cleanup(...holder.dirs);
  });
  return holder;
}
