import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from './rng.js';
import type { DataCaptureConfigInput } from './state.js';

/**
 * Data capture as SageMaker writes it: JSON Lines, one record per captured request, under
 * `<destination>/<endpoint>/<variant>/yyyy/mm/dd/hh/<mm>-<ss>-<mmm>-<id>.jsonl`. The destination
 * is `file:///abs/dir`, a plain path (relative ones land in the data dir), or `s3://bucket/prefix`,
 * which maps to `<dataDir>/s3/bucket/prefix`. Files are written whole (temp file + rename) at each
 * simulated minute, so a reader never sees half a file.
 */
export function captureRoot(destination: string, dataDir: string): string {
  if (destination.startsWith('file://')) return fileURLToPath(destination);
  const s3 = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination);
  if (s3) return join(dataDir, 's3', s3[1], s3[2]);
  const https = /^https:\/\/(.+)$/.exec(destination);
  if (https) return join(dataDir, 'https', https[1]);
  return isAbsolute(destination) ? destination : resolve(dataDir, destination);
}

export interface CaptureRecord {
  captureData: {
    endpointInput?: {
      observedContentType: string;
      mode: 'INPUT';
      data: string;
      encoding: 'CSV' | 'JSON' | 'BASE64';
    };
    endpointOutput?: {
      observedContentType: string;
      mode: 'OUTPUT';
      data: string;
      encoding: 'CSV' | 'JSON' | 'BASE64';
    };
  };
  eventMetadata: { eventId: string; inferenceId?: string; inferenceTime: string };
  eventVersion: '0';
}

function encodingFor(contentType: string, config: DataCaptureConfigInput): 'CSV' | 'JSON' | 'BASE64' {
  const ct = contentType.split(';')[0].trim().toLowerCase();
  const csv = config.CaptureContentTypeHeader?.CsvContentTypes ?? ['text/csv'];
  const json = config.CaptureContentTypeHeader?.JsonContentTypes ?? [
    'application/json',
    'application/jsonlines',
  ];
  if (csv.map((c) => c.toLowerCase()).includes(ct)) return 'CSV';
  if (json.map((c) => c.toLowerCase()).includes(ct)) return 'JSON';
  return 'BASE64';
}

export function buildRecord(
  config: DataCaptureConfigInput,
  t: number,
  eventId: string,
  inferenceId: string | undefined,
  input: { contentType: string; body: Buffer },
  output: { contentType: string; body: Buffer } | undefined,
): CaptureRecord {
  const modes = new Set(config.CaptureOptions.map((o) => o.CaptureMode));
  const wantsInput = modes.has('Input') || modes.has('InputAndOutput');
  const wantsOutput = modes.has('Output') || modes.has('InputAndOutput');
  const part = <M extends 'INPUT' | 'OUTPUT'>(mode: M, p: { contentType: string; body: Buffer }) => {
    const encoding = encodingFor(p.contentType, config);
    return {
      observedContentType: p.contentType,
      mode,
      data: encoding === 'BASE64' ? p.body.toString('base64') : p.body.toString('utf8'),
      encoding,
    };
  };
  const record: CaptureRecord = {
    captureData: {},
    eventMetadata: { eventId, inferenceTime: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    eventVersion: '0',
  };
  if (inferenceId !== undefined) record.eventMetadata.inferenceId = inferenceId;
  if (wantsInput) record.captureData.endpointInput = part('INPUT', input);
  if (wantsOutput && output) record.captureData.endpointOutput = part('OUTPUT', output);
  return record;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export class CaptureWriter {
  private pending = new Map<string, { dir: string; lines: string[]; firstAt: number }>();
  private files = 0;

  constructor(
    private readonly dataDir: string,
    private readonly seed: number,
  ) {}

  add(destination: string, endpoint: string, variant: string, t: number, record: CaptureRecord): void {
    const d = new Date(t);
    const dir = join(
      captureRoot(destination, this.dataDir),
      endpoint,
      variant,
      String(d.getUTCFullYear()),
      pad(d.getUTCMonth() + 1),
      pad(d.getUTCDate()),
      pad(d.getUTCHours()),
    );
    let p = this.pending.get(dir);
    if (!p) {
      p = { dir, lines: [], firstAt: t };
      this.pending.set(dir, p);
    }
    p.lines.push(JSON.stringify(record));
  }

  /** Writes every buffered record; returns the files written. */
  flush(): string[] {
    const written: string[] = [];
    for (const p of this.pending.values()) {
      const d = new Date(p.firstAt);
      const id = new Rng(this.seed, 'capture-file', p.dir, this.files++).uuid();
      const name = `${pad(d.getUTCMinutes())}-${pad(d.getUTCSeconds())}-${pad(d.getUTCMilliseconds(), 3)}-${id}.jsonl`;
      mkdirSync(p.dir, { recursive: true });
      const file = join(p.dir, name);
      writeFileSync(`${file}.tmp`, `${p.lines.join('\n')}\n`);
      renameSync(`${file}.tmp`, file);
      written.push(file);
    }
    this.pending.clear();
    return written;
  }
}
