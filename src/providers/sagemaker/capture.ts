import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { CapturePort, CaptureRecord } from '../../rollout/ports.js';
import { toProviderError } from './errors.js';

interface CaptureLine {
  captureData?: { endpointOutput?: { data?: string; encoding?: string } };
  eventMetadata?: { eventId?: string; inferenceId?: string; inferenceTime?: string };
}

/**
 * Parses SageMaker data-capture JSON Lines. Records are paired production↔shadow by the
 * inference id when the caller set one, else by the event id.
 */
export function parseCaptureLines(text: string, variant: string): CaptureRecord[] {
  const out: CaptureRecord[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let rec: CaptureLine;
    try {
      rec = JSON.parse(line) as CaptureLine;
    } catch {
      continue;
    }
    const meta = rec.eventMetadata ?? {};
    const o = rec.captureData?.endpointOutput;
    const id = meta.inferenceId ?? meta.eventId;
    if (!id || o?.data === undefined) continue;
    const data = o.encoding === 'BASE64' ? Buffer.from(o.data, 'base64').toString('utf8') : o.data;
    out.push({
      eventId: id,
      variant,
      time: meta.inferenceTime ? Date.parse(meta.inferenceTime) : 0,
      output: data,
      outputEncoding: o.encoding,
    });
  }
  return out;
}

/** The records of one capture file captured in [since, until); undated records always count. */
function recordsInWindow(text: string, variant: string, since: number, until: number): CaptureRecord[] {
  return parseCaptureLines(text, variant).filter((r) => r.time === 0 || (r.time >= since && r.time < until));
}

/** Where a destination lives on disk: file:// URLs and paths (relative to the spec's folder). */
export function localRoot(baseDir: string): (destination: string) => string {
  return (destination) =>
    destination.startsWith('file:') ? fileURLToPath(destination) : resolve(baseDir, destination);
}

/**
 * `<destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/*.jsonl` on disk. `root` maps a destination to
 * its folder (the simulator maps s3:// URIs into its data folder).
 */
export class LocalCaptureReader implements CapturePort {
  constructor(private readonly root: (destination: string) => string = localRoot(process.cwd())) {}

  async read(
    destination: string,
    endpoint: string,
    sinceMs: number,
    untilMs: number,
  ): Promise<CaptureRecord[]> {
    const root = join(this.root(destination), endpoint);
    let variants: string[];
    try {
      variants = await readdir(root);
    } catch {
      return [];
    }
    const records: CaptureRecord[] = [];
    for (const variant of variants) {
      for (const file of await walk(join(root, variant))) {
        if (!/\.jsonl?$/.test(file)) continue;
        records.push(...recordsInWindow(await readFile(file, 'utf8'), variant, sinceMs, untilMs));
      }
    }
    return records;
  }
}

async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    else files.push(p);
  }
  return files;
}

/** The same layout under an s3:// prefix. */
export class S3CaptureReader implements CapturePort {
  constructor(private readonly client: S3Client) {}

  async read(
    destination: string,
    endpoint: string,
    sinceMs: number,
    untilMs: number,
  ): Promise<CaptureRecord[]> {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination);
    if (!m) throw new Error(`data capture destination "${destination}" is not an s3:// URI`);
    const [, Bucket, rawPrefix] = m;
    const prefix = `${rawPrefix.replace(/\/?$/, rawPrefix ? '/' : '')}${endpoint}/`;
    const records: CaptureRecord[] = [];
    let ContinuationToken: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken }),
        );
        for (const obj of page.Contents ?? []) {
          if (!obj.Key || (obj.LastModified && obj.LastModified.getTime() < sinceMs)) continue;
          const variant = obj.Key.slice(prefix.length).split('/')[0];
          const body = await this.client.send(new GetObjectCommand({ Bucket, Key: obj.Key }));
          const text = (await body.Body?.transformToString('utf8')) ?? '';
          records.push(...recordsInWindow(text, variant, sinceMs, untilMs));
        }
        ContinuationToken = page.NextContinuationToken;
      } while (ContinuationToken);
    } catch (err) {
      throw toProviderError('S3 data capture', err);
    }
    return records;
  }
}

/** Local folders for relative paths and file:// URLs, S3 for s3:// URIs. */
export function captureReader(s3: () => S3Client, baseDir = process.cwd()): CapturePort {
  const local = new LocalCaptureReader(localRoot(baseDir));
  let remote: S3CaptureReader | undefined;
  return {
    read(destination, endpoint, since, until) {
      if (destination.startsWith('s3://')) {
        remote ??= new S3CaptureReader(s3());
        return remote.read(destination, endpoint, since, until);
      }
      return local.read(destination, endpoint, since, until);
    },
  };
}
