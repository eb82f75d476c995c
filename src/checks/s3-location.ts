/** S3 URIs and checksums: pure helpers, kept apart from the SDK so that loading them costs nothing. */

export interface S3Location {
  bucket: string;
  key: string;
}

/** `s3://bucket/some/key` → bucket and key; null when `uri` is not an s3:// URI. */
export function parseS3Uri(uri: string): S3Location | null {
  const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!m) return null;
  return { bucket: m[1], key: m[2] };
}

/** Decodes S3's base64 ChecksumSHA256 into hex, only when it is a digest of the whole object. */
export function trustedSha256(
  checksum: string | undefined,
  checksumType: string | undefined,
): { sha256: string | null; checksumNote: string | null } {
  if (!checksum) return { sha256: null, checksumNote: null };
  if (checksumType === 'COMPOSITE' || /-\d+$/.test(checksum)) {
    return { sha256: null, checksumNote: 'S3 holds a composite (multipart) checksum, not the file digest' };
  }
  if (checksumType !== undefined && checksumType !== 'FULL_OBJECT') {
    return { sha256: null, checksumNote: `S3 checksum type ${checksumType} is not a full-object digest` };
  }
  const digest = Buffer.from(checksum, 'base64');
  if (digest.length !== 32) {
    return { sha256: null, checksumNote: 'S3 returned a ChecksumSHA256 that is not a 32-byte digest' };
  }
  return { sha256: digest.toString('hex'), checksumNote: null };
}
