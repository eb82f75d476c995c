import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  DescribeModelPackageCommand
} from "./cli-chunk-3YA2SYSA.js";
import "./cli-chunk-4DW6D2E2.js";
import "./cli-chunk-HBOVLPDC.js";
import "./cli-chunk-SQNJ3LC7.js";
import "./cli-chunk-5JP7KZIK.js";
import "./cli-chunk-NX6QLHHV.js";
import "./cli-chunk-F3DIOZNX.js";
import {
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import "./cli-chunk-XGQK6XAH.js";
import "./cli-chunk-MVJRBNRW.js";
import "./cli-chunk-O5NZ25FZ.js";

// src/checks/registry.ts
async function checkRegistry(client, arn, approvalRequired, signal) {
  try {
    const out = await client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }), {
      abortSignal: signal
    });
    return {
      arn,
      approvalStatus: out.ModelApprovalStatus ?? null,
      packageStatus: out.ModelPackageStatus ?? null,
      approvalRequired,
      approvalDescription: out.ApprovalDescription ?? null
    };
  } catch (err) {
    const e = err;
    if (e?.name === "ValidationException" || e?.name === "ResourceNotFound") {
      throw new ModelgateError(
        "model_package_not_found",
        `model.modelPackageArn: ${arn}: the model registry does not know it (${e.message ?? e.name})`,
        { cause: err }
      );
    }
    throw new ModelgateError(
      "registry_unreachable",
      `model.modelPackageArn: DescribeModelPackage failed: ${e?.name ?? "error"}${e?.message ? `: ${e.message}` : ""}`,
      { cause: err }
    );
  }
}
export {
  checkRegistry
};
