import { GetObjectCommand, HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { Readable } from 'node:stream';
import { ModelgateError } from '../errors.js';
import { parseS3Uri, trustedSha256 } from './s3-location.js';

export interface S3Head {
  sizeBytes: number;
  /**
   * The object's sha256 (lowercase hex) when S3 holds a full-object ChecksumSHA256. A composite
   * checksum (multipart upload: a checksum of the parts' checksums, shown as `…-N` or with
   * ChecksumType COMPOSITE) is not the file's digest and is ignored.
   */
  sha256: string | null;
  /** Why a checksum S3 returned was not used, for the evidence. */
  checksumNote: string | null;
}

export async function headObject(client: S3Client, uri: string, signal?: AbortSignal): Promise<S3Head> {
  const loc = parseS3Uri(uri);
  if (!loc) throw new ModelgateError('invalid_s3_uri', `${uri}: not an s3://bucket/key URI`);
  let out;
  try {
    out = await client.send(
      new HeadObjectCommand({ Bucket: loc.bucket, Key: loc.key, ChecksumMode: 'ENABLED' }),
      { abortSignal: signal },
    );
  } catch (err) {
    throw s3Error(uri, 'HeadObject', err);
  }
  const checksum = trustedSha256(out.ChecksumSHA256, out.ChecksumType);
  return { sizeBytes: Number(out.ContentLength ?? 0), ...checksum };
}

/** A streamed GetObject body. */
export async function getObjectStream(
  client: S3Client,
  uri: string,
  signal?: AbortSignal,
): Promise<AsyncIterable<Uint8Array>> {
  const loc = parseS3Uri(uri);
  if (!loc) throw new ModelgateError('invalid_s3_uri', `${uri}: not an s3://bucket/key URI`);
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: loc.bucket, Key: loc.key }), {
      abortSignal: signal,
    });
    if (!out.Body) throw new Error('the response has no body');
    return out.Body as Readable;
  } catch (err) {
    throw s3Error(uri, 'GetObject', err);
  }
}

function s3Error(uri: string, op: string, err: unknown): ModelgateError {
  const e = err as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
  const status = e?.$metadata?.httpStatusCode;
  if (status === 404 || e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.name === 'NoSuchBucket') {
    return new ModelgateError('artifact_not_found', `${uri}: no such object (${op}: ${e?.name ?? status})`, {
      cause: err,
    });
  }
  if (status === 403 || e?.name === 'AccessDenied' || e?.name === 'Forbidden') {
    return new ModelgateError('artifact_access_denied', `${uri}: access denied (${op})`, { cause: err });
  }
  return new ModelgateError(
    'artifact_unreadable',
    `${uri}: ${op} failed: ${e?.name ?? 'error'}${e?.message ? `: ${e.message}` : ''}`,
    { cause: err },
  );
}
