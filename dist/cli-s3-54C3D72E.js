import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  parseS3Uri,
  trustedSha256
} from "./cli-chunk-7FOUQCVV.js";
import {
  GetObjectCommand,
  HeadObjectCommand
} from "./cli-chunk-R45B3ZH3.js";
import "./cli-chunk-4DW6D2E2.js";
import "./cli-chunk-HBOVLPDC.js";
import "./cli-chunk-BMXPKJ4A.js";
import "./cli-chunk-SQNJ3LC7.js";
import "./cli-chunk-5JP7KZIK.js";
import "./cli-chunk-NX6QLHHV.js";
import "./cli-chunk-F3DIOZNX.js";
import {
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import "./cli-chunk-7MPLTVIZ.js";
import "./cli-chunk-XGQK6XAH.js";
import "./cli-chunk-MVJRBNRW.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/checks/s3.ts
async function headObject(client, uri, signal) {
  const loc = parseS3Uri(uri);
  if (!loc) throw new ModelgateError("invalid_s3_uri", `${uri}: not an s3://bucket/key URI`);
  let out;
  try {
    out = await client.send(
      new HeadObjectCommand({ Bucket: loc.bucket, Key: loc.key, ChecksumMode: "ENABLED" }),
      { abortSignal: signal }
    );
  } catch (err) {
    throw s3Error(uri, "HeadObject", err);
  }
  const checksum = trustedSha256(out.ChecksumSHA256, out.ChecksumType);
  return { sizeBytes: Number(out.ContentLength ?? 0), ...checksum };
}
async function getObjectStream(client, uri, signal) {
  const loc = parseS3Uri(uri);
  if (!loc) throw new ModelgateError("invalid_s3_uri", `${uri}: not an s3://bucket/key URI`);
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: loc.bucket, Key: loc.key }), {
      abortSignal: signal
    });
    if (!out.Body) throw new Error("the response has no body");
    return out.Body;
  } catch (err) {
    throw s3Error(uri, "GetObject", err);
  }
}
function s3Error(uri, op, err) {
  const e = err;
  const status = e?.$metadata?.httpStatusCode;
  if (status === 404 || e?.name === "NotFound" || e?.name === "NoSuchKey" || e?.name === "NoSuchBucket") {
    return new ModelgateError("artifact_not_found", `${uri}: no such object (${op}: ${e?.name ?? status})`, {
      cause: err
    });
  }
  if (status === 403 || e?.name === "AccessDenied" || e?.name === "Forbidden") {
    return new ModelgateError("artifact_access_denied", `${uri}: access denied (${op})`, { cause: err });
  }
  return new ModelgateError(
    "artifact_unreadable",
    `${uri}: ${op} failed: ${e?.name ?? "error"}${e?.message ? `: ${e.message}` : ""}`,
    { cause: err }
  );
}
export {
  getObjectStream,
  headObject
};
