import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);

// src/checks/s3-location.ts
function parseS3Uri(uri) {
  const m = /^s3:\/\/([^/]+)\/(.+)$/.exec(uri);
  if (!m) return null;
  return { bucket: m[1], key: m[2] };
}
function trustedSha256(checksum, checksumType) {
  if (!checksum) return { sha256: null, checksumNote: null };
  if (checksumType === "COMPOSITE" || /-\d+$/.test(checksum)) {
    return { sha256: null, checksumNote: "S3 holds a composite (multipart) checksum, not the file digest" };
  }
  if (checksumType !== void 0 && checksumType !== "FULL_OBJECT") {
    return { sha256: null, checksumNote: `S3 checksum type ${checksumType} is not a full-object digest` };
  }
  const digest = Buffer.from(checksum, "base64");
  if (digest.length !== 32) {
    return { sha256: null, checksumNote: "S3 returned a ChecksumSHA256 that is not a 32-byte digest" };
  }
  return { sha256: digest.toString("hex"), checksumNote: null };
}

export {
  parseS3Uri,
  trustedSha256
};
