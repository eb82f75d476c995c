import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  MAX_SPEC_BYTES,
  closest,
  formatPath,
  parsePath,
  parseYaml
} from "./cli-chunk-LUBGO62J.js";
import {
  require_formats,
  require_ucs2length
} from "./cli-chunk-R3MT7KFA.js";
import {
  InputError,
  formatProblem
} from "./cli-chunk-LIZCHGMP.js";
import {
  candidateModelName,
  instancesFor,
  nativeUpdateSeconds,
  planRollout
} from "./cli-chunk-A66SPB3H.js";
import {
  formatDuration,
  parseDuration
} from "./cli-chunk-F6UYTWT2.js";
import {
  UsageError
} from "./cli-chunk-OSPYVRYB.js";
import {
  __toESM
} from "./cli-chunk-O5NZ25FZ.js";

// src/cli/spec-input.ts
import { parseArgs } from "node:util";

// src/spec/load.ts
import { readFile, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/spec/defaults.ts
var DEFAULTS = {
  region: "us-east-1",
  environment: "production",
  variant: "AllTraffic",
  instanceCount: 1,
  dataCaptureSamplingPercent: 100,
  allAtOnceBakeSeconds: 600,
  stepBakeSeconds: 600,
  linearStepPercent: 20,
  linearBakeSeconds: 600,
  blueGreenBakeSeconds: 600,
  terminationWaitSeconds: 0,
  shadowSamplingPercent: 100,
  agreementMinSamples: 100,
  abCandidatePercent: 50,
  abAlpha: 0.05,
  rollingBatchPercent: 25,
  rollingWaitSeconds: 300,
  rollingRollbackBatchPercent: 100,
  gateAlpha: 0.05,
  minInvocations: 100,
  periodSeconds: 60,
  maxExtensionSeconds: 600,
  watchSeconds: 0,
  deadlineSeconds: 24 * 3600,
  stepTimeoutSeconds: 30 * 60,
  nullPercent: 0,
  datasetDriftPercent: 50,
  driftBins: 10
};
var MAX_EXECUTION_BOUNDS = { min: 600, max: 28800 };
function defaultRollingMaxExecution(batches, waitSeconds) {
  const wanted = batches * (waitSeconds + 600);
  return Math.min(MAX_EXECUTION_BOUNDS.max, Math.max(MAX_EXECUTION_BOUNDS.min, wanted));
}

// src/spec/normalize.ts
var obj = (v) => v && typeof v === "object" && !Array.isArray(v) ? v : {};
var str = (v) => typeof v === "string" ? v : void 0;
var num = (v) => typeof v === "number" ? v : void 0;
var bool = (v) => typeof v === "boolean" ? v : void 0;
var strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
var stringMap = (v) => Object.fromEntries(Object.entries(obj(v)).filter(([, x]) => typeof x === "string"));
var seconds = (v, fallback) => {
  const s = str(v);
  return s === void 0 ? fallback : parseDuration(s) ?? fallback;
};
var defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
function normalizeModel(raw) {
  const m = obj(raw);
  return defined({
    name: str(m.name) ?? "",
    artifact: str(m.artifact) ?? "",
    sha256: str(m.sha256)?.toLowerCase(),
    image: str(m.image) ?? "",
    metadata: str(m.metadata),
    modelPackageArn: str(m.modelPackageArn),
    environment: stringMap(m.environment),
    executionRoleArn: str(m.executionRoleArn)
  });
}
function normalizeChecks(raw) {
  const c = obj(raw);
  const out = {};
  if (c.artifact !== void 0) {
    const a = obj(c.artifact);
    out.artifact = defined({
      minSizeBytes: num(a.minSizeBytes),
      maxSizeBytes: num(a.maxSizeBytes),
      requiredFiles: strings(a.requiredFiles),
      imageAllowList: strings(a.imageAllowList),
      requireApproval: bool(a.requireApproval) ?? true
    });
  }
  if (c.data !== void 0) {
    const d = obj(c.data);
    const columns = (Array.isArray(d.columns) ? d.columns : []).map((x) => {
      const col = obj(x);
      return defined({
        name: str(col.name) ?? "",
        type: col.type,
        maxNullPercent: num(col.maxNullPercent) ?? DEFAULTS.nullPercent,
        min: num(col.min),
        max: num(col.max),
        allowed: Array.isArray(col.allowed) ? col.allowed : void 0,
        unique: bool(col.unique) ?? false,
        drift: bool(col.drift) ?? true
      });
    });
    let drift;
    if (d.drift !== void 0) {
      const dr = obj(d.drift);
      drift = defined({
        numerical: Array.isArray(dr.numerical) ? dr.numerical : void 0,
        categorical: Array.isArray(dr.categorical) ? dr.categorical : void 0,
        thresholds: obj(dr.thresholds),
        columns: obj(dr.columns),
        datasetDriftPercent: num(dr.datasetDriftPercent) ?? DEFAULTS.datasetDriftPercent,
        bins: num(dr.bins) ?? DEFAULTS.driftBins
      });
    }
    out.data = defined({ reference: str(d.reference), current: str(d.current) ?? "", columns, drift });
  }
  if (c.evaluation !== void 0) {
    const e = obj(c.evaluation);
    out.evaluation = defined({
      candidate: str(e.candidate) ?? "",
      baseline: str(e.baseline),
      require: strings(e.require)
    });
  }
  return out;
}
function normalizeTarget(raw) {
  const t = obj(raw);
  let dataCapture;
  if (t.dataCapture !== void 0) {
    const dc = obj(t.dataCapture);
    dataCapture = defined({
      enabled: bool(dc.enabled) ?? true,
      samplingPercent: num(dc.samplingPercent) ?? DEFAULTS.dataCaptureSamplingPercent,
      destination: str(dc.destination) ?? "",
      kmsKeyId: str(dc.kmsKeyId)
    });
  }
  return defined({
    provider: t.provider === "local" ? "local" : "sagemaker",
    region: str(t.region) ?? DEFAULTS.region,
    endpoint: str(t.endpoint) ?? "",
    endpointUrl: str(t.endpointUrl),
    variant: str(t.variant) ?? DEFAULTS.variant,
    environment: str(t.environment) ?? DEFAULTS.environment,
    instanceType: str(t.instanceType) ?? "",
    instanceCount: num(t.instanceCount) ?? DEFAULTS.instanceCount,
    dataCapture,
    tags: stringMap(t.tags)
  });
}
function normalizeStrategy(raw, instanceCount) {
  const s = obj(raw);
  const mode = (fallback) => s.mode === "native" || s.mode === "driven" ? s.mode : fallback;
  switch (s.type) {
    case "all-at-once":
      return { type: "all-at-once", bakeSeconds: seconds(s.bake, DEFAULTS.allAtOnceBakeSeconds) };
    case "canary": {
      const steps = (Array.isArray(s.steps) ? s.steps : []).map((x) => {
        const step = obj(x);
        const weight = num(step.weight) ?? 0;
        return { weight, bakeSeconds: seconds(step.bake, weight >= 100 ? 0 : DEFAULTS.stepBakeSeconds) };
      });
      return { type: "canary", mode: mode("driven"), steps };
    }
    case "linear":
      return {
        type: "linear",
        mode: mode("driven"),
        stepPercent: num(s.stepPercent) ?? DEFAULTS.linearStepPercent,
        bakeSeconds: seconds(s.bake, DEFAULTS.linearBakeSeconds)
      };
    case "blue-green":
      return {
        type: "blue-green",
        mode: mode("native"),
        bakeSeconds: seconds(s.bake, DEFAULTS.blueGreenBakeSeconds),
        terminationWaitSeconds: seconds(s.terminationWait, DEFAULTS.terminationWaitSeconds)
      };
    case "shadow": {
      let agreement;
      if (s.agreement !== void 0) {
        const a = obj(s.agreement);
        agreement = defined({
          metric: a.metric === "mean-abs-diff" ? "mean-abs-diff" : "match-rate",
          threshold: num(a.threshold) ?? 0,
          field: str(a.field),
          minSamples: num(a.minSamples) ?? DEFAULTS.agreementMinSamples
        });
      }
      return defined({
        type: "shadow",
        samplingPercent: num(s.samplingPercent) ?? DEFAULTS.shadowSamplingPercent,
        durationSeconds: seconds(s.duration, 0),
        agreement,
        onSuccess: s.onSuccess === "discard" ? "discard" : "promote"
      });
    }
    case "ab-test": {
      const metric = normalizeAbMetric(s.metric);
      const test = str(s.test) ?? (metric.kind === "proportion" ? "fisher" : "mann-whitney");
      return defined({
        type: "ab-test",
        candidatePercent: num(s.candidatePercent) ?? DEFAULTS.abCandidatePercent,
        durationSeconds: seconds(s.duration, 0),
        minSamplesPerVariant: num(s.minSamplesPerVariant),
        metric,
        alpha: num(s.alpha) ?? DEFAULTS.abAlpha,
        test,
        onNoWinner: s.onNoWinner === "promote" ? "promote" : "keep-baseline"
      });
    }
    case "rolling": {
      const batchPercent = num(s.batchPercent) ?? DEFAULTS.rollingBatchPercent;
      const waitSeconds = seconds(s.wait, DEFAULTS.rollingWaitSeconds);
      const batches = Math.ceil(instanceCount / instancesFor(instanceCount, batchPercent));
      return {
        type: "rolling",
        batchPercent,
        waitSeconds,
        rollbackBatchPercent: num(s.rollbackBatchPercent) ?? DEFAULTS.rollingRollbackBatchPercent,
        maxExecutionSeconds: seconds(s.maxExecution, defaultRollingMaxExecution(batches, waitSeconds))
      };
    }
    default:
      throw new Error(`normalizeStrategy: unknown type ${String(s.type)}`);
  }
}
var BUILTIN_AB_KIND = {
  error_rate: "proportion",
  client_error_rate: "proportion",
  model_error_rate: "proportion",
  latency_avg: "continuous",
  latency_p50: "continuous",
  latency_p90: "continuous",
  latency_p95: "continuous",
  latency_p99: "continuous"
};
function isBuiltinAbMetric(name) {
  return name in BUILTIN_AB_KIND;
}
function normalizeAbMetric(raw) {
  const m = obj(raw);
  const name = str(m.name) ?? "";
  const builtin = BUILTIN_AB_KIND[name];
  const kind = str(m.kind) ?? builtin ?? "proportion";
  return defined({
    name,
    namespace: str(m.namespace),
    kind,
    trials: str(m.trials) ?? (kind === "proportion" && !builtin ? "Invocations" : void 0),
    goal: str(m.goal) ?? (builtin ? "minimize" : "maximize")
  });
}
function gateRulesPath(raw) {
  return Array.isArray(raw) ? "gates" : "gates.rules";
}
function derivedGateId(rule) {
  if (typeof rule.alarm === "string") {
    const slug = rule.alarm.toLowerCase().replace(/[^a-z0-9_.-]+/g, "-").replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
    return `alarm-${slug || "unnamed"}`.slice(0, 64).replace(/[^a-z0-9]+$/, "");
  }
  const parts = [];
  if (rule.max !== void 0) parts.push("max");
  if (rule.min !== void 0) parts.push("min");
  if (rule.maxRatioToBaseline !== void 0) parts.push("ratio");
  if (typeof rule.test === "string") parts.push(rule.test);
  return [String(rule.metric), ...parts].join("-");
}
function normalizeGates(raw) {
  const g = Array.isArray(raw) ? { rules: raw } : obj(raw);
  const rules = (Array.isArray(g.rules) ? g.rules : []).map((x) => {
    const r = obj(x);
    const id = str(r.id) ?? derivedGateId(r);
    if (typeof r.alarm === "string") return { kind: "alarm", id, alarm: r.alarm };
    return defined({
      kind: "metric",
      id,
      metric: r.metric,
      max: num(r.max),
      min: num(r.min),
      maxRatioToBaseline: num(r.maxRatioToBaseline),
      test: str(r.test),
      alpha: num(r.alpha) ?? DEFAULTS.gateAlpha
    });
  });
  return {
    rules,
    minInvocations: num(g.minInvocations) ?? DEFAULTS.minInvocations,
    periodSeconds: seconds(g.period, DEFAULTS.periodSeconds),
    onInconclusive: g.onInconclusive === "pass" ? "pass" : "fail",
    maxExtensionSeconds: seconds(g.maxExtension, DEFAULTS.maxExtensionSeconds)
  };
}
function normalizeRollback(raw) {
  const r = obj(raw);
  return {
    enabled: bool(r.enabled) ?? true,
    watchSeconds: seconds(r.watch, DEFAULTS.watchSeconds),
    deadlineSeconds: seconds(r.deadline, DEFAULTS.deadlineSeconds),
    stepTimeoutSeconds: seconds(r.stepTimeout, DEFAULTS.stepTimeoutSeconds),
    createAlarms: bool(r.createAlarms) ?? true
  };
}

// src/spec/schema.json
var schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/modelgate/modelgate/schema/modelgate.schema.json",
  title: "modelgate deployment spec (apiVersion modelgate/v1)",
  description: "One file, modelgate.yaml, describes the model, the checks it must pass, where it goes, how traffic moves to it and which gates decide each promotion. Durations are strings such as 90s, 10m, 1h or 1h30m; percentages are numbers from 0 to 100; error rates are fractions from 0 to 1; latency is in milliseconds.",
  type: "object",
  "x-expected": "a mapping with apiVersion, model, target and strategy",
  required: ["apiVersion", "model", "target", "strategy"],
  additionalProperties: false,
  properties: {
    apiVersion: {
      description: "The spec format version. Always modelgate/v1.",
      const: "modelgate/v1",
      "x-expected": "modelgate/v1"
    },
    model: { $ref: "#/$defs/model" },
    checks: { $ref: "#/$defs/checks" },
    target: { $ref: "#/$defs/target" },
    strategy: { $ref: "#/$defs/strategy" },
    gates: { $ref: "#/$defs/gates" },
    rollback: { $ref: "#/$defs/rollback" },
    policies: {
      description: "Policy sources, in order: builtin:<pack> or a path (folder or file of policy YAML) relative to this spec. Default: none.",
      type: "array",
      uniqueItems: true,
      items: {
        type: "string",
        minLength: 1,
        "x-expected": "builtin:<pack> or a path relative to the spec"
      },
      default: []
    }
  },
  $defs: {
    duration: {
      description: "A duration: whole numbers with units d, h, m, s in that order, e.g. 90s, 10m, 1h, 1h30m, 2d.",
      type: "string",
      pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
      "x-expected": "a duration such as 90s, 10m, 1h or 1h30m"
    },
    percent: {
      description: "A percentage, 0 to 100.",
      type: "number",
      minimum: 0,
      maximum: 100,
      "x-expected": "a percentage from 0 to 100"
    },
    path: {
      type: "string",
      minLength: 1,
      "x-expected": "a path relative to the spec or an s3:// URI"
    },
    stringMap: {
      type: "object",
      additionalProperties: { type: "string", "x-expected": "a string (quote numbers and booleans)" }
    },
    model: {
      description: "The model to deploy.",
      type: "object",
      "x-expected": "a mapping with name, artifact and image",
      required: ["name", "artifact", "image"],
      additionalProperties: false,
      properties: {
        name: {
          description: "Model name: letters, digits and hyphens, at most 54 characters. The SageMaker model and the candidate variant are named <name>-<first 8 hex of sha256>.",
          type: "string",
          minLength: 1,
          maxLength: 54,
          pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$",
          "x-expected": "letters, digits and single hyphens, starting and ending with a letter or digit, at most 54 characters"
        },
        artifact: {
          description: "The model artifact: a local path relative to the spec, or an s3://bucket/key URI.",
          $ref: "#/$defs/path"
        },
        sha256: {
          description: "Expected sha256 of the artifact (64 hex characters). Also names the candidate variant.",
          type: "string",
          pattern: "^[0-9a-fA-F]{64}$",
          "x-expected": "64 hexadecimal characters"
        },
        image: {
          description: "The inference container image URI, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1.",
          type: "string",
          minLength: 1,
          pattern: "^[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$",
          "x-expected": "an image reference such as registry/repository:tag or repository@sha256:<digest>"
        },
        metadata: {
          description: "Path to the model card / metadata JSON, relative to the spec.",
          type: "string",
          minLength: 1
        },
        modelPackageArn: {
          description: "A SageMaker model-package ARN (model registry); its approval status is checked.",
          type: "string",
          pattern: "^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/[a-zA-Z0-9](?:-*[a-zA-Z0-9])*(?:/[0-9]+)?$",
          "x-expected": "arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>"
        },
        environment: {
          description: "Environment variables for the container (at most 100). Values are strings.",
          type: "object",
          maxProperties: 100,
          propertyNames: {
            pattern: "^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$",
            "x-expected": "an environment variable name (letters, digits, underscore)"
          },
          additionalProperties: {
            type: "string",
            maxLength: 1024,
            "x-expected": "a string of at most 1024 characters (quote numbers and booleans)"
          },
          default: {}
        },
        executionRoleArn: {
          description: "IAM role SageMaker assumes for the model.",
          type: "string",
          pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$",
          "x-expected": "arn:aws:iam::<account>:role/<name>"
        }
      }
    },
    checks: {
      description: "Checks run before anything moves: the artifact, the data and the evaluation metrics.",
      type: "object",
      additionalProperties: false,
      properties: {
        artifact: { $ref: "#/$defs/artifactCheck" },
        data: { $ref: "#/$defs/dataCheck" },
        evaluation: { $ref: "#/$defs/evaluationCheck" }
      }
    },
    artifactCheck: {
      type: "object",
      additionalProperties: false,
      properties: {
        minSizeBytes: {
          type: "integer",
          minimum: 0,
          description: "Smallest acceptable artifact size in bytes."
        },
        maxSizeBytes: {
          type: "integer",
          minimum: 1,
          description: "Largest acceptable artifact size in bytes."
        },
        requiredFiles: {
          description: "Paths that must exist inside a .tar.gz artifact, e.g. code/inference.py. Default: none.",
          type: "array",
          items: { type: "string", minLength: 1 },
          default: []
        },
        imageAllowList: {
          description: "Patterns the image must match (* matches any run of characters). Default: any image.",
          type: "array",
          items: { type: "string", minLength: 1 },
          default: []
        },
        requireApproval: {
          description: "With model.modelPackageArn: require the registry status Approved. Default true.",
          type: "boolean",
          default: true
        }
      }
    },
    driftMethod: {
      enum: ["psi", "ks", "wasserstein", "chi2", "jensen-shannon"],
      "x-expected": "one of psi, ks, wasserstein, chi2, jensen-shannon"
    },
    column: {
      type: "object",
      "x-expected": "a mapping with name and type",
      required: ["name", "type"],
      additionalProperties: false,
      properties: {
        name: { type: "string", minLength: 1 },
        type: {
          enum: ["number", "integer", "string", "boolean", "category"],
          "x-expected": "one of number, integer, string, boolean, category"
        },
        maxNullPercent: {
          $ref: "#/$defs/percent",
          description: "Largest acceptable share of nulls, percent. Default 0."
        },
        min: { type: "number" },
        max: { type: "number" },
        allowed: {
          description: "Allowed values (string and category columns).",
          type: "array",
          minItems: 1,
          items: { type: ["string", "number", "boolean"] }
        },
        unique: {
          type: "boolean",
          default: false,
          description: "Values must be unique. Default false."
        },
        drift: {
          type: "boolean",
          default: true,
          description: "Whether the column takes part in drift detection. Default true."
        }
      }
    },
    dataCheck: {
      type: "object",
      "x-expected": "a mapping with current (and usually reference)",
      required: ["current"],
      additionalProperties: false,
      properties: {
        reference: {
          description: "Reference data set (training data): CSV, JSON Lines or Parquet by extension.",
          $ref: "#/$defs/path"
        },
        current: { description: "Current data set (recent production inputs).", $ref: "#/$defs/path" },
        columns: { type: "array", items: { $ref: "#/$defs/column" }, default: [] },
        drift: {
          type: "object",
          additionalProperties: false,
          properties: {
            numerical: { type: "array", minItems: 1, items: { $ref: "#/$defs/driftMethod" } },
            categorical: { type: "array", minItems: 1, items: { $ref: "#/$defs/driftMethod" } },
            thresholds: {
              description: "Per-method thresholds (p-value for ks and chi2, distance for the others).",
              type: "object",
              propertyNames: { $ref: "#/$defs/driftMethod" },
              additionalProperties: { type: "number", minimum: 0 },
              default: {}
            },
            columns: {
              description: "Per-column overrides of method and threshold.",
              type: "object",
              additionalProperties: {
                type: "object",
                additionalProperties: false,
                properties: {
                  method: { $ref: "#/$defs/driftMethod" },
                  threshold: { type: "number", minimum: 0 }
                }
              },
              default: {}
            },
            datasetDriftPercent: {
              $ref: "#/$defs/percent",
              description: "The data set drifts when at least this percentage of checked columns drift. Default 50."
            },
            bins: {
              type: "integer",
              minimum: 2,
              maximum: 1e3,
              default: 10,
              description: "Quantile bins for PSI on numerical columns. Default 10."
            }
          }
        }
      }
    },
    evaluationCheck: {
      type: "object",
      "x-expected": "a mapping with candidate, baseline and require",
      required: ["candidate"],
      additionalProperties: false,
      properties: {
        candidate: { description: "Candidate metrics JSON.", $ref: "#/$defs/path" },
        baseline: { description: "Baseline (production) metrics JSON.", $ref: "#/$defs/path" },
        require: {
          description: "CEL expressions over candidate and baseline, e.g. candidate.auc >= baseline.auc - 0.005.",
          type: "array",
          items: { type: "string", minLength: 1 },
          default: []
        }
      }
    },
    target: {
      description: "Where the model goes.",
      type: "object",
      "x-expected": "a mapping with provider, endpoint and instanceType",
      required: ["provider", "endpoint", "instanceType"],
      additionalProperties: false,
      properties: {
        provider: {
          description: "sagemaker (AWS) or local (the embedded SageMaker simulator).",
          enum: ["sagemaker", "local"],
          "x-expected": "sagemaker or local"
        },
        region: {
          description: "AWS region. Required for sagemaker; default us-east-1 for local.",
          type: "string",
          pattern: "^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
          "x-expected": "an AWS region such as us-east-1"
        },
        endpoint: {
          description: "The SageMaker endpoint name.",
          type: "string",
          pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
          "x-expected": "a SageMaker endpoint name: letters, digits and hyphens, at most 63 characters"
        },
        endpointUrl: {
          description: "Overrides the AWS endpoint URL (how the simulator is reached).",
          type: "string",
          format: "uri",
          pattern: "^https?://",
          "x-expected": "an http:// or https:// URL"
        },
        variant: {
          description: "Name of the live production variant (the baseline). Default AllTraffic, the SageMaker SDK's default.",
          type: "string",
          pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
          default: "AllTraffic",
          "x-expected": "a SageMaker variant name: letters, digits and hyphens, at most 63 characters"
        },
        environment: {
          description: "Deployment environment name (GitHub environment, policy input). Default production.",
          type: "string",
          minLength: 1,
          maxLength: 255,
          default: "production"
        },
        instanceType: {
          description: "SageMaker instance type, e.g. ml.m5.large.",
          type: "string",
          pattern: "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$",
          "x-expected": "an ml.* instance type such as ml.m5.large"
        },
        instanceCount: {
          description: "Instances in the production fleet. Default 1.",
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 1,
          "x-expected": "a whole number from 1 to 100"
        },
        dataCapture: {
          description: "Endpoint data capture (required for shadow agreement).",
          type: "object",
          "x-expected": "a mapping with destination",
          required: ["destination"],
          additionalProperties: false,
          properties: {
            enabled: { type: "boolean", default: true, description: "Default true." },
            samplingPercent: {
              $ref: "#/$defs/percent",
              description: "Percent of requests captured. Default 100."
            },
            destination: {
              description: "s3:// URI for sagemaker; a local folder for the simulator.",
              type: "string",
              minLength: 1
            },
            kmsKeyId: { type: "string", minLength: 1 }
          }
        },
        tags: {
          description: "Tags put on the endpoint and the resources modelgate creates (at most 50).",
          type: "object",
          maxProperties: 50,
          propertyNames: {
            minLength: 1,
            maxLength: 128,
            pattern: "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
            "x-expected": "a tag key of at most 128 characters, not starting with aws:"
          },
          additionalProperties: {
            type: "string",
            maxLength: 256,
            "x-expected": "a string of at most 256 characters"
          },
          default: {}
        }
      }
    },
    mode: {
      description: "driven: modelgate shifts the weights (UpdateEndpointWeightsAndCapacities) and gates every step; native: SageMaker's own blue/green traffic routing with auto-rollback alarms.",
      enum: ["driven", "native"],
      "x-expected": "driven or native"
    },
    weightStep: {
      type: "object",
      "x-expected": "a mapping with weight (and bake)",
      required: ["weight"],
      additionalProperties: false,
      properties: {
        weight: {
          $ref: "#/$defs/percent",
          description: "Percent of production traffic on the candidate during this step."
        },
        bake: {
          $ref: "#/$defs/duration",
          description: "How long the step holds before its gates decide. Default 10m, and 0s for the final 100% step."
        }
      }
    },
    strategy: {
      description: "How traffic moves to the candidate.",
      type: "object",
      "x-expected": "a mapping with type and that strategy's parameters",
      required: ["type"],
      properties: {
        type: {
          enum: ["all-at-once", "canary", "linear", "blue-green", "shadow", "ab-test", "rolling"],
          "x-expected": "one of all-at-once, canary, linear, blue-green, shadow, ab-test, rolling"
        }
      },
      allOf: [
        {
          if: { properties: { type: { const: "all-at-once" } }, required: ["type"] },
          then: {
            description: "Switch all traffic at once (SageMaker blue/green ALL_AT_ONCE) and bake with gates and alarms.",
            additionalProperties: false,
            properties: {
              type: true,
              bake: {
                $ref: "#/$defs/duration",
                description: "Baking period after the switch. Default 10m."
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "canary" } }, required: ["type"] },
          then: {
            description: "Shift traffic in explicit, ascending steps ending at 100.",
            required: ["steps"],
            additionalProperties: false,
            properties: {
              type: true,
              mode: { $ref: "#/$defs/mode", description: "Default driven." },
              steps: {
                description: "Ascending weights ending with { weight: 100 }. Native mode: exactly one step below 100 (at most 50), then 100; the final bake becomes SageMaker's TerminationWaitInSeconds.",
                type: "array",
                minItems: 1,
                maxItems: 20,
                items: { $ref: "#/$defs/weightStep" }
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "linear" } }, required: ["type"] },
          then: {
            description: "Shift traffic in equal steps of stepPercent until 100.",
            additionalProperties: false,
            properties: {
              type: true,
              mode: { $ref: "#/$defs/mode", description: "Default driven." },
              stepPercent: {
                type: "number",
                exclusiveMinimum: 0,
                maximum: 100,
                default: 20,
                description: "Percent added at each step. Default 20. Native mode: a whole number from 10 to 50.",
                "x-expected": "a percentage above 0 and at most 100"
              },
              bake: { $ref: "#/$defs/duration", description: "Bake after each step. Default 10m." }
            }
          }
        },
        {
          if: { properties: { type: { const: "blue-green" } }, required: ["type"] },
          then: {
            description: "Provision a full second fleet, switch all traffic, bake, then retire the old fleet.",
            additionalProperties: false,
            properties: {
              type: true,
              mode: { $ref: "#/$defs/mode", description: "Default native." },
              bake: {
                $ref: "#/$defs/duration",
                description: "Baking period on the new fleet with 100% of traffic. Default 10m."
              },
              terminationWait: {
                $ref: "#/$defs/duration",
                description: "How long the old fleet is kept after the bake. Default 0s (SageMaker's default)."
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "shadow" } }, required: ["type"] },
          then: {
            description: "Mirror production requests to the candidate, which answers nobody; compare it with production.",
            required: ["duration"],
            additionalProperties: false,
            properties: {
              type: true,
              samplingPercent: {
                $ref: "#/$defs/percent",
                description: "Percent of production requests mirrored to the candidate. Default 100."
              },
              duration: { $ref: "#/$defs/duration", description: "How long the shadow runs." },
              agreement: {
                description: "Prediction agreement between candidate and production, read from data capture.",
                type: "object",
                "x-expected": "a mapping with metric and threshold",
                required: ["metric", "threshold"],
                additionalProperties: false,
                properties: {
                  metric: {
                    enum: ["match-rate", "mean-abs-diff"],
                    description: "match-rate for labels (threshold is the minimum, 0 to 1); mean-abs-diff for scores (threshold is the maximum).",
                    "x-expected": "match-rate or mean-abs-diff"
                  },
                  threshold: { type: "number", minimum: 0 },
                  field: {
                    type: "string",
                    minLength: 1,
                    description: "JSON field of the response holding the prediction. Default: the whole body."
                  },
                  minSamples: {
                    type: "integer",
                    minimum: 1,
                    default: 100,
                    description: "Paired samples needed before agreement can decide. Default 100."
                  }
                }
              },
              onSuccess: {
                enum: ["promote", "discard"],
                default: "promote",
                description: "After a passing shadow: promote the candidate to production, or discard it. Default promote.",
                "x-expected": "promote or discard"
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "ab-test" } }, required: ["type"] },
          then: {
            description: "Fixed split for a duration, then a winner by a statistical test on a chosen metric.",
            required: ["duration"],
            additionalProperties: false,
            properties: {
              type: true,
              candidatePercent: {
                $ref: "#/$defs/percent",
                description: "Percent of traffic on the candidate during the test. Default 50."
              },
              duration: { $ref: "#/$defs/duration", description: "How long the test runs." },
              minSamplesPerVariant: {
                type: "integer",
                minimum: 1,
                description: "Stop early once each variant has this many samples."
              },
              metric: {
                description: "The metric that picks the winner: a built-in gate metric (error_rate, latency_p99, ...) or a custom CloudWatch metric with a namespace.",
                type: "object",
                "x-expected": "a mapping with name (and for a custom metric: namespace, kind, goal)",
                required: ["name"],
                additionalProperties: false,
                properties: {
                  name: { type: "string", minLength: 1, maxLength: 255 },
                  namespace: { type: "string", minLength: 1, maxLength: 255 },
                  kind: {
                    enum: ["proportion", "continuous"],
                    description: "proportion: successes over trials; continuous: per-request values. Inferred for built-in metrics.",
                    "x-expected": "proportion or continuous"
                  },
                  trials: {
                    type: "string",
                    minLength: 1,
                    description: "For a proportion: the metric counting trials. Default Invocations."
                  },
                  goal: {
                    enum: ["maximize", "minimize"],
                    description: "Which direction wins. Built-in metrics: minimize.",
                    "x-expected": "maximize or minimize"
                  }
                }
              },
              alpha: {
                type: "number",
                exclusiveMinimum: 0,
                maximum: 0.5,
                default: 0.05,
                description: "Significance level. Default 0.05.",
                "x-expected": "a number above 0 and at most 0.5"
              },
              test: {
                enum: ["fisher", "binomial", "mann-whitney", "welch"],
                description: "Default fisher for a proportion, mann-whitney for a continuous metric.",
                "x-expected": "one of fisher, binomial, mann-whitney, welch"
              },
              onNoWinner: {
                enum: ["keep-baseline", "promote"],
                default: "keep-baseline",
                description: "No significant difference: keep the baseline (default) or promote the candidate.",
                "x-expected": "keep-baseline or promote"
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "rolling" } }, required: ["type"] },
          then: {
            description: "SageMaker RollingUpdatePolicy: replace the fleet in batches, watching alarms.",
            additionalProperties: false,
            properties: {
              type: true,
              batchPercent: {
                $ref: "#/$defs/percent",
                description: "Batch size as percent of capacity, 5 to 50. Default 25."
              },
              wait: {
                $ref: "#/$defs/duration",
                description: "Bake after each batch, at most 1h. Default 5m."
              },
              rollbackBatchPercent: {
                $ref: "#/$defs/percent",
                description: "Rollback batch size, percent of capacity. Default 100 (all at once)."
              },
              maxExecution: {
                $ref: "#/$defs/duration",
                description: "SageMaker's MaximumExecutionTimeoutInSeconds, 10m to 8h. Default: batches x (wait + 10m), within those bounds."
              }
            }
          }
        }
      ]
    },
    metricName: {
      enum: [
        "error_rate",
        "client_error_rate",
        "model_error_rate",
        "latency_avg",
        "latency_p50",
        "latency_p90",
        "latency_p95",
        "latency_p99",
        "invocations"
      ],
      "x-expected": "one of error_rate, client_error_rate, model_error_rate, latency_avg, latency_p50, latency_p90, latency_p95, latency_p99, invocations"
    },
    gateId: {
      description: "Stable id used in plans and reports. Default derived from the rule (error_rate-max, latency_p99-ratio, alarm-<name>).",
      type: "string",
      pattern: "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$",
      "x-expected": "lower-case letters, digits, _ . - (at most 64 characters)"
    },
    gateRule: {
      description: "A metric rule (metric with max, min, maxRatioToBaseline and/or test) or an alarm rule (alarm).",
      type: "object",
      "x-expected": "a metric rule {metric, max|min|maxRatioToBaseline|test} or an alarm rule {alarm}",
      if: { required: ["alarm"] },
      then: {
        additionalProperties: false,
        properties: {
          id: { $ref: "#/$defs/gateId" },
          alarm: {
            description: "A CloudWatch alarm name: the gate fails while it is in ALARM; native modes also use it for auto-rollback.",
            type: "string",
            minLength: 1,
            maxLength: 255
          }
        }
      },
      else: {
        required: ["metric"],
        additionalProperties: false,
        properties: {
          id: { $ref: "#/$defs/gateId" },
          metric: {
            $ref: "#/$defs/metricName",
            description: "Rates are fractions 0 to 1, latency is milliseconds, invocations a count per window."
          },
          max: { type: "number", minimum: 0, description: "The candidate fails above this." },
          min: { type: "number", minimum: 0, description: "The candidate fails below this." },
          maxRatioToBaseline: {
            type: "number",
            exclusiveMinimum: 0,
            description: "Candidate / baseline must be at most this (e.g. 1.2 for latency)."
          },
          test: {
            enum: ["mann-whitney", "fisher", "binomial"],
            description: "Statistical comparison with the baseline: fails when the candidate is significantly worse. mann-whitney for latency, fisher or binomial for rates.",
            "x-expected": "mann-whitney, fisher or binomial"
          },
          alpha: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 0.5,
            default: 0.05,
            description: "Significance level of test. Default 0.05.",
            "x-expected": "a number above 0 and at most 0.5"
          }
        }
      }
    },
    gateRules: {
      type: "array",
      maxItems: 20,
      items: { $ref: "#/$defs/gateRule" }
    },
    gates: {
      description: "What decides each promotion. A list of rules, or a mapping with rules and settings.",
      if: { type: "array" },
      then: { $ref: "#/$defs/gateRules" },
      else: {
        type: "object",
        "x-expected": "a list of gate rules, or a mapping with rules",
        additionalProperties: false,
        properties: {
          rules: { $ref: "#/$defs/gateRules" },
          minInvocations: {
            type: "integer",
            minimum: 0,
            default: 100,
            description: "Candidate invocations needed in a window before metric gates decide. Default 100."
          },
          period: {
            $ref: "#/$defs/duration",
            description: "CloudWatch period the gates read: 1m or a multiple of 1m. Default 1m."
          },
          onInconclusive: {
            enum: ["fail", "pass"],
            default: "fail",
            description: "What an inconclusive gate does once the bake cannot be extended any more. Default fail.",
            "x-expected": "fail or pass"
          },
          maxExtension: {
            $ref: "#/$defs/duration",
            description: "How long a bake may be extended while waiting for samples. Default 10m."
          }
        }
      }
    },
    rollback: {
      description: "Rollback and time limits.",
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          type: "boolean",
          default: true,
          description: "Roll back automatically on a failed gate, an error, a timeout or a cancel. Default true."
        },
        watch: {
          $ref: "#/$defs/duration",
          description: "Keep watching the gates after promotion; a failure restores the previous config. Default 0s (no watch)."
        },
        deadline: {
          $ref: "#/$defs/duration",
          description: "Overall deadline for the rollout. Default 24h."
        },
        stepTimeout: {
          $ref: "#/$defs/duration",
          description: "Longest wait for one endpoint update to reach InService. Default 30m."
        },
        createAlarms: {
          type: "boolean",
          default: true,
          description: "Create CloudWatch alarms from max/min metric gates for native auto-rollback. Default true."
        }
      }
    }
  }
};

// src/spec/schema-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_formats = __toESM(require_formats(), 1);
var runtime_ucs2length = import_ucs2length.default.default ?? import_ucs2length.default;
var formats = { uri: import_formats.fullFormats.uri };
var validate = validate20;
var schema31 = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/modelgate/modelgate/schema/modelgate.schema.json",
  title: "modelgate deployment spec (apiVersion modelgate/v1)",
  description: "One file, modelgate.yaml, describes the model, the checks it must pass, where it goes, how traffic moves to it and which gates decide each promotion. Durations are strings such as 90s, 10m, 1h or 1h30m; percentages are numbers from 0 to 100; error rates are fractions from 0 to 1; latency is in milliseconds.",
  type: "object",
  "x-expected": "a mapping with apiVersion, model, target and strategy",
  required: ["apiVersion", "model", "target", "strategy"],
  additionalProperties: false,
  properties: {
    apiVersion: {
      description: "The spec format version. Always modelgate/v1.",
      const: "modelgate/v1",
      "x-expected": "modelgate/v1"
    },
    model: { $ref: "#/$defs/model" },
    checks: { $ref: "#/$defs/checks" },
    target: { $ref: "#/$defs/target" },
    strategy: { $ref: "#/$defs/strategy" },
    gates: { $ref: "#/$defs/gates" },
    rollback: { $ref: "#/$defs/rollback" },
    policies: {
      description: "Policy sources, in order: builtin:<pack> or a path (folder or file of policy YAML) relative to this spec. Default: none.",
      type: "array",
      uniqueItems: true,
      items: { type: "string", minLength: 1, "x-expected": "builtin:<pack> or a path relative to the spec" },
      default: []
    }
  },
  $defs: {
    duration: {
      description: "A duration: whole numbers with units d, h, m, s in that order, e.g. 90s, 10m, 1h, 1h30m, 2d.",
      type: "string",
      pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
      "x-expected": "a duration such as 90s, 10m, 1h or 1h30m"
    },
    percent: {
      description: "A percentage, 0 to 100.",
      type: "number",
      minimum: 0,
      maximum: 100,
      "x-expected": "a percentage from 0 to 100"
    },
    path: { type: "string", minLength: 1, "x-expected": "a path relative to the spec or an s3:// URI" },
    stringMap: {
      type: "object",
      additionalProperties: { type: "string", "x-expected": "a string (quote numbers and booleans)" }
    },
    model: {
      description: "The model to deploy.",
      type: "object",
      "x-expected": "a mapping with name, artifact and image",
      required: ["name", "artifact", "image"],
      additionalProperties: false,
      properties: {
        name: {
          description: "Model name: letters, digits and hyphens, at most 54 characters. The SageMaker model and the candidate variant are named <name>-<first 8 hex of sha256>.",
          type: "string",
          minLength: 1,
          maxLength: 54,
          pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$",
          "x-expected": "letters, digits and single hyphens, starting and ending with a letter or digit, at most 54 characters"
        },
        artifact: {
          description: "The model artifact: a local path relative to the spec, or an s3://bucket/key URI.",
          $ref: "#/$defs/path"
        },
        sha256: {
          description: "Expected sha256 of the artifact (64 hex characters). Also names the candidate variant.",
          type: "string",
          pattern: "^[0-9a-fA-F]{64}$",
          "x-expected": "64 hexadecimal characters"
        },
        image: {
          description: "The inference container image URI, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1.",
          type: "string",
          minLength: 1,
          pattern: "^[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$",
          "x-expected": "an image reference such as registry/repository:tag or repository@sha256:<digest>"
        },
        metadata: {
          description: "Path to the model card / metadata JSON, relative to the spec.",
          type: "string",
          minLength: 1
        },
        modelPackageArn: {
          description: "A SageMaker model-package ARN (model registry); its approval status is checked.",
          type: "string",
          pattern: "^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/[a-zA-Z0-9](?:-*[a-zA-Z0-9])*(?:/[0-9]+)?$",
          "x-expected": "arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>"
        },
        environment: {
          description: "Environment variables for the container (at most 100). Values are strings.",
          type: "object",
          maxProperties: 100,
          propertyNames: {
            pattern: "^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$",
            "x-expected": "an environment variable name (letters, digits, underscore)"
          },
          additionalProperties: {
            type: "string",
            maxLength: 1024,
            "x-expected": "a string of at most 1024 characters (quote numbers and booleans)"
          },
          default: {}
        },
        executionRoleArn: {
          description: "IAM role SageMaker assumes for the model.",
          type: "string",
          pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$",
          "x-expected": "arn:aws:iam::<account>:role/<name>"
        }
      }
    },
    checks: {
      description: "Checks run before anything moves: the artifact, the data and the evaluation metrics.",
      type: "object",
      additionalProperties: false,
      properties: {
        artifact: { $ref: "#/$defs/artifactCheck" },
        data: { $ref: "#/$defs/dataCheck" },
        evaluation: { $ref: "#/$defs/evaluationCheck" }
      }
    },
    artifactCheck: {
      type: "object",
      additionalProperties: false,
      properties: {
        minSizeBytes: {
          type: "integer",
          minimum: 0,
          description: "Smallest acceptable artifact size in bytes."
        },
        maxSizeBytes: {
          type: "integer",
          minimum: 1,
          description: "Largest acceptable artifact size in bytes."
        },
        requiredFiles: {
          description: "Paths that must exist inside a .tar.gz artifact, e.g. code/inference.py. Default: none.",
          type: "array",
          items: { type: "string", minLength: 1 },
          default: []
        },
        imageAllowList: {
          description: "Patterns the image must match (* matches any run of characters). Default: any image.",
          type: "array",
          items: { type: "string", minLength: 1 },
          default: []
        },
        requireApproval: {
          description: "With model.modelPackageArn: require the registry status Approved. Default true.",
          type: "boolean",
          default: true
        }
      }
    },
    driftMethod: {
      enum: ["psi", "ks", "wasserstein", "chi2", "jensen-shannon"],
      "x-expected": "one of psi, ks, wasserstein, chi2, jensen-shannon"
    },
    column: {
      type: "object",
      "x-expected": "a mapping with name and type",
      required: ["name", "type"],
      additionalProperties: false,
      properties: {
        name: { type: "string", minLength: 1 },
        type: {
          enum: ["number", "integer", "string", "boolean", "category"],
          "x-expected": "one of number, integer, string, boolean, category"
        },
        maxNullPercent: {
          $ref: "#/$defs/percent",
          description: "Largest acceptable share of nulls, percent. Default 0."
        },
        min: { type: "number" },
        max: { type: "number" },
        allowed: {
          description: "Allowed values (string and category columns).",
          type: "array",
          minItems: 1,
          items: { type: ["string", "number", "boolean"] }
        },
        unique: { type: "boolean", default: false, description: "Values must be unique. Default false." },
        drift: {
          type: "boolean",
          default: true,
          description: "Whether the column takes part in drift detection. Default true."
        }
      }
    },
    dataCheck: {
      type: "object",
      "x-expected": "a mapping with current (and usually reference)",
      required: ["current"],
      additionalProperties: false,
      properties: {
        reference: {
          description: "Reference data set (training data): CSV, JSON Lines or Parquet by extension.",
          $ref: "#/$defs/path"
        },
        current: { description: "Current data set (recent production inputs).", $ref: "#/$defs/path" },
        columns: { type: "array", items: { $ref: "#/$defs/column" }, default: [] },
        drift: {
          type: "object",
          additionalProperties: false,
          properties: {
            numerical: { type: "array", minItems: 1, items: { $ref: "#/$defs/driftMethod" } },
            categorical: { type: "array", minItems: 1, items: { $ref: "#/$defs/driftMethod" } },
            thresholds: {
              description: "Per-method thresholds (p-value for ks and chi2, distance for the others).",
              type: "object",
              propertyNames: { $ref: "#/$defs/driftMethod" },
              additionalProperties: { type: "number", minimum: 0 },
              default: {}
            },
            columns: {
              description: "Per-column overrides of method and threshold.",
              type: "object",
              additionalProperties: {
                type: "object",
                additionalProperties: false,
                properties: {
                  method: { $ref: "#/$defs/driftMethod" },
                  threshold: { type: "number", minimum: 0 }
                }
              },
              default: {}
            },
            datasetDriftPercent: {
              $ref: "#/$defs/percent",
              description: "The data set drifts when at least this percentage of checked columns drift. Default 50."
            },
            bins: {
              type: "integer",
              minimum: 2,
              maximum: 1e3,
              default: 10,
              description: "Quantile bins for PSI on numerical columns. Default 10."
            }
          }
        }
      }
    },
    evaluationCheck: {
      type: "object",
      "x-expected": "a mapping with candidate, baseline and require",
      required: ["candidate"],
      additionalProperties: false,
      properties: {
        candidate: { description: "Candidate metrics JSON.", $ref: "#/$defs/path" },
        baseline: { description: "Baseline (production) metrics JSON.", $ref: "#/$defs/path" },
        require: {
          description: "CEL expressions over candidate and baseline, e.g. candidate.auc >= baseline.auc - 0.005.",
          type: "array",
          items: { type: "string", minLength: 1 },
          default: []
        }
      }
    },
    target: {
      description: "Where the model goes.",
      type: "object",
      "x-expected": "a mapping with provider, endpoint and instanceType",
      required: ["provider", "endpoint", "instanceType"],
      additionalProperties: false,
      properties: {
        provider: {
          description: "sagemaker (AWS) or local (the embedded SageMaker simulator).",
          enum: ["sagemaker", "local"],
          "x-expected": "sagemaker or local"
        },
        region: {
          description: "AWS region. Required for sagemaker; default us-east-1 for local.",
          type: "string",
          pattern: "^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
          "x-expected": "an AWS region such as us-east-1"
        },
        endpoint: {
          description: "The SageMaker endpoint name.",
          type: "string",
          pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
          "x-expected": "a SageMaker endpoint name: letters, digits and hyphens, at most 63 characters"
        },
        endpointUrl: {
          description: "Overrides the AWS endpoint URL (how the simulator is reached).",
          type: "string",
          format: "uri",
          pattern: "^https?://",
          "x-expected": "an http:// or https:// URL"
        },
        variant: {
          description: "Name of the live production variant (the baseline). Default AllTraffic, the SageMaker SDK's default.",
          type: "string",
          pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
          default: "AllTraffic",
          "x-expected": "a SageMaker variant name: letters, digits and hyphens, at most 63 characters"
        },
        environment: {
          description: "Deployment environment name (GitHub environment, policy input). Default production.",
          type: "string",
          minLength: 1,
          maxLength: 255,
          default: "production"
        },
        instanceType: {
          description: "SageMaker instance type, e.g. ml.m5.large.",
          type: "string",
          pattern: "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$",
          "x-expected": "an ml.* instance type such as ml.m5.large"
        },
        instanceCount: {
          description: "Instances in the production fleet. Default 1.",
          type: "integer",
          minimum: 1,
          maximum: 100,
          default: 1,
          "x-expected": "a whole number from 1 to 100"
        },
        dataCapture: {
          description: "Endpoint data capture (required for shadow agreement).",
          type: "object",
          "x-expected": "a mapping with destination",
          required: ["destination"],
          additionalProperties: false,
          properties: {
            enabled: { type: "boolean", default: true, description: "Default true." },
            samplingPercent: {
              $ref: "#/$defs/percent",
              description: "Percent of requests captured. Default 100."
            },
            destination: {
              description: "s3:// URI for sagemaker; a local folder for the simulator.",
              type: "string",
              minLength: 1
            },
            kmsKeyId: { type: "string", minLength: 1 }
          }
        },
        tags: {
          description: "Tags put on the endpoint and the resources modelgate creates (at most 50).",
          type: "object",
          maxProperties: 50,
          propertyNames: {
            minLength: 1,
            maxLength: 128,
            pattern: "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
            "x-expected": "a tag key of at most 128 characters, not starting with aws:"
          },
          additionalProperties: {
            type: "string",
            maxLength: 256,
            "x-expected": "a string of at most 256 characters"
          },
          default: {}
        }
      }
    },
    mode: {
      description: "driven: modelgate shifts the weights (UpdateEndpointWeightsAndCapacities) and gates every step; native: SageMaker's own blue/green traffic routing with auto-rollback alarms.",
      enum: ["driven", "native"],
      "x-expected": "driven or native"
    },
    weightStep: {
      type: "object",
      "x-expected": "a mapping with weight (and bake)",
      required: ["weight"],
      additionalProperties: false,
      properties: {
        weight: {
          $ref: "#/$defs/percent",
          description: "Percent of production traffic on the candidate during this step."
        },
        bake: {
          $ref: "#/$defs/duration",
          description: "How long the step holds before its gates decide. Default 10m, and 0s for the final 100% step."
        }
      }
    },
    strategy: {
      description: "How traffic moves to the candidate.",
      type: "object",
      "x-expected": "a mapping with type and that strategy's parameters",
      required: ["type"],
      properties: {
        type: {
          enum: ["all-at-once", "canary", "linear", "blue-green", "shadow", "ab-test", "rolling"],
          "x-expected": "one of all-at-once, canary, linear, blue-green, shadow, ab-test, rolling"
        }
      },
      allOf: [
        {
          if: { properties: { type: { const: "all-at-once" } }, required: ["type"] },
          then: {
            description: "Switch all traffic at once (SageMaker blue/green ALL_AT_ONCE) and bake with gates and alarms.",
            additionalProperties: false,
            properties: {
              type: true,
              bake: { $ref: "#/$defs/duration", description: "Baking period after the switch. Default 10m." }
            }
          }
        },
        {
          if: { properties: { type: { const: "canary" } }, required: ["type"] },
          then: {
            description: "Shift traffic in explicit, ascending steps ending at 100.",
            required: ["steps"],
            additionalProperties: false,
            properties: {
              type: true,
              mode: { $ref: "#/$defs/mode", description: "Default driven." },
              steps: {
                description: "Ascending weights ending with { weight: 100 }. Native mode: exactly one step below 100 (at most 50), then 100; the final bake becomes SageMaker's TerminationWaitInSeconds.",
                type: "array",
                minItems: 1,
                maxItems: 20,
                items: { $ref: "#/$defs/weightStep" }
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "linear" } }, required: ["type"] },
          then: {
            description: "Shift traffic in equal steps of stepPercent until 100.",
            additionalProperties: false,
            properties: {
              type: true,
              mode: { $ref: "#/$defs/mode", description: "Default driven." },
              stepPercent: {
                type: "number",
                exclusiveMinimum: 0,
                maximum: 100,
                default: 20,
                description: "Percent added at each step. Default 20. Native mode: a whole number from 10 to 50.",
                "x-expected": "a percentage above 0 and at most 100"
              },
              bake: { $ref: "#/$defs/duration", description: "Bake after each step. Default 10m." }
            }
          }
        },
        {
          if: { properties: { type: { const: "blue-green" } }, required: ["type"] },
          then: {
            description: "Provision a full second fleet, switch all traffic, bake, then retire the old fleet.",
            additionalProperties: false,
            properties: {
              type: true,
              mode: { $ref: "#/$defs/mode", description: "Default native." },
              bake: {
                $ref: "#/$defs/duration",
                description: "Baking period on the new fleet with 100% of traffic. Default 10m."
              },
              terminationWait: {
                $ref: "#/$defs/duration",
                description: "How long the old fleet is kept after the bake. Default 0s (SageMaker's default)."
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "shadow" } }, required: ["type"] },
          then: {
            description: "Mirror production requests to the candidate, which answers nobody; compare it with production.",
            required: ["duration"],
            additionalProperties: false,
            properties: {
              type: true,
              samplingPercent: {
                $ref: "#/$defs/percent",
                description: "Percent of production requests mirrored to the candidate. Default 100."
              },
              duration: { $ref: "#/$defs/duration", description: "How long the shadow runs." },
              agreement: {
                description: "Prediction agreement between candidate and production, read from data capture.",
                type: "object",
                "x-expected": "a mapping with metric and threshold",
                required: ["metric", "threshold"],
                additionalProperties: false,
                properties: {
                  metric: {
                    enum: ["match-rate", "mean-abs-diff"],
                    description: "match-rate for labels (threshold is the minimum, 0 to 1); mean-abs-diff for scores (threshold is the maximum).",
                    "x-expected": "match-rate or mean-abs-diff"
                  },
                  threshold: { type: "number", minimum: 0 },
                  field: {
                    type: "string",
                    minLength: 1,
                    description: "JSON field of the response holding the prediction. Default: the whole body."
                  },
                  minSamples: {
                    type: "integer",
                    minimum: 1,
                    default: 100,
                    description: "Paired samples needed before agreement can decide. Default 100."
                  }
                }
              },
              onSuccess: {
                enum: ["promote", "discard"],
                default: "promote",
                description: "After a passing shadow: promote the candidate to production, or discard it. Default promote.",
                "x-expected": "promote or discard"
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "ab-test" } }, required: ["type"] },
          then: {
            description: "Fixed split for a duration, then a winner by a statistical test on a chosen metric.",
            required: ["duration"],
            additionalProperties: false,
            properties: {
              type: true,
              candidatePercent: {
                $ref: "#/$defs/percent",
                description: "Percent of traffic on the candidate during the test. Default 50."
              },
              duration: { $ref: "#/$defs/duration", description: "How long the test runs." },
              minSamplesPerVariant: {
                type: "integer",
                minimum: 1,
                description: "Stop early once each variant has this many samples."
              },
              metric: {
                description: "The metric that picks the winner: a built-in gate metric (error_rate, latency_p99, ...) or a custom CloudWatch metric with a namespace.",
                type: "object",
                "x-expected": "a mapping with name (and for a custom metric: namespace, kind, goal)",
                required: ["name"],
                additionalProperties: false,
                properties: {
                  name: { type: "string", minLength: 1, maxLength: 255 },
                  namespace: { type: "string", minLength: 1, maxLength: 255 },
                  kind: {
                    enum: ["proportion", "continuous"],
                    description: "proportion: successes over trials; continuous: per-request values. Inferred for built-in metrics.",
                    "x-expected": "proportion or continuous"
                  },
                  trials: {
                    type: "string",
                    minLength: 1,
                    description: "For a proportion: the metric counting trials. Default Invocations."
                  },
                  goal: {
                    enum: ["maximize", "minimize"],
                    description: "Which direction wins. Built-in metrics: minimize.",
                    "x-expected": "maximize or minimize"
                  }
                }
              },
              alpha: {
                type: "number",
                exclusiveMinimum: 0,
                maximum: 0.5,
                default: 0.05,
                description: "Significance level. Default 0.05.",
                "x-expected": "a number above 0 and at most 0.5"
              },
              test: {
                enum: ["fisher", "binomial", "mann-whitney", "welch"],
                description: "Default fisher for a proportion, mann-whitney for a continuous metric.",
                "x-expected": "one of fisher, binomial, mann-whitney, welch"
              },
              onNoWinner: {
                enum: ["keep-baseline", "promote"],
                default: "keep-baseline",
                description: "No significant difference: keep the baseline (default) or promote the candidate.",
                "x-expected": "keep-baseline or promote"
              }
            }
          }
        },
        {
          if: { properties: { type: { const: "rolling" } }, required: ["type"] },
          then: {
            description: "SageMaker RollingUpdatePolicy: replace the fleet in batches, watching alarms.",
            additionalProperties: false,
            properties: {
              type: true,
              batchPercent: {
                $ref: "#/$defs/percent",
                description: "Batch size as percent of capacity, 5 to 50. Default 25."
              },
              wait: {
                $ref: "#/$defs/duration",
                description: "Bake after each batch, at most 1h. Default 5m."
              },
              rollbackBatchPercent: {
                $ref: "#/$defs/percent",
                description: "Rollback batch size, percent of capacity. Default 100 (all at once)."
              },
              maxExecution: {
                $ref: "#/$defs/duration",
                description: "SageMaker's MaximumExecutionTimeoutInSeconds, 10m to 8h. Default: batches x (wait + 10m), within those bounds."
              }
            }
          }
        }
      ]
    },
    metricName: {
      enum: [
        "error_rate",
        "client_error_rate",
        "model_error_rate",
        "latency_avg",
        "latency_p50",
        "latency_p90",
        "latency_p95",
        "latency_p99",
        "invocations"
      ],
      "x-expected": "one of error_rate, client_error_rate, model_error_rate, latency_avg, latency_p50, latency_p90, latency_p95, latency_p99, invocations"
    },
    gateId: {
      description: "Stable id used in plans and reports. Default derived from the rule (error_rate-max, latency_p99-ratio, alarm-<name>).",
      type: "string",
      pattern: "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$",
      "x-expected": "lower-case letters, digits, _ . - (at most 64 characters)"
    },
    gateRule: {
      description: "A metric rule (metric with max, min, maxRatioToBaseline and/or test) or an alarm rule (alarm).",
      type: "object",
      "x-expected": "a metric rule {metric, max|min|maxRatioToBaseline|test} or an alarm rule {alarm}",
      if: { required: ["alarm"] },
      then: {
        additionalProperties: false,
        properties: {
          id: { $ref: "#/$defs/gateId" },
          alarm: {
            description: "A CloudWatch alarm name: the gate fails while it is in ALARM; native modes also use it for auto-rollback.",
            type: "string",
            minLength: 1,
            maxLength: 255
          }
        }
      },
      else: {
        required: ["metric"],
        additionalProperties: false,
        properties: {
          id: { $ref: "#/$defs/gateId" },
          metric: {
            $ref: "#/$defs/metricName",
            description: "Rates are fractions 0 to 1, latency is milliseconds, invocations a count per window."
          },
          max: { type: "number", minimum: 0, description: "The candidate fails above this." },
          min: { type: "number", minimum: 0, description: "The candidate fails below this." },
          maxRatioToBaseline: {
            type: "number",
            exclusiveMinimum: 0,
            description: "Candidate / baseline must be at most this (e.g. 1.2 for latency)."
          },
          test: {
            enum: ["mann-whitney", "fisher", "binomial"],
            description: "Statistical comparison with the baseline: fails when the candidate is significantly worse. mann-whitney for latency, fisher or binomial for rates.",
            "x-expected": "mann-whitney, fisher or binomial"
          },
          alpha: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 0.5,
            default: 0.05,
            description: "Significance level of test. Default 0.05.",
            "x-expected": "a number above 0 and at most 0.5"
          }
        }
      }
    },
    gateRules: { type: "array", maxItems: 20, items: { $ref: "#/$defs/gateRule" } },
    gates: {
      description: "What decides each promotion. A list of rules, or a mapping with rules and settings.",
      if: { type: "array" },
      then: { $ref: "#/$defs/gateRules" },
      else: {
        type: "object",
        "x-expected": "a list of gate rules, or a mapping with rules",
        additionalProperties: false,
        properties: {
          rules: { $ref: "#/$defs/gateRules" },
          minInvocations: {
            type: "integer",
            minimum: 0,
            default: 100,
            description: "Candidate invocations needed in a window before metric gates decide. Default 100."
          },
          period: {
            $ref: "#/$defs/duration",
            description: "CloudWatch period the gates read: 1m or a multiple of 1m. Default 1m."
          },
          onInconclusive: {
            enum: ["fail", "pass"],
            default: "fail",
            description: "What an inconclusive gate does once the bake cannot be extended any more. Default fail.",
            "x-expected": "fail or pass"
          },
          maxExtension: {
            $ref: "#/$defs/duration",
            description: "How long a bake may be extended while waiting for samples. Default 10m."
          }
        }
      }
    },
    rollback: {
      description: "Rollback and time limits.",
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          type: "boolean",
          default: true,
          description: "Roll back automatically on a failed gate, an error, a timeout or a cancel. Default true."
        },
        watch: {
          $ref: "#/$defs/duration",
          description: "Keep watching the gates after promotion; a failure restores the previous config. Default 0s (no watch)."
        },
        deadline: { $ref: "#/$defs/duration", description: "Overall deadline for the rollout. Default 24h." },
        stepTimeout: {
          $ref: "#/$defs/duration",
          description: "Longest wait for one endpoint update to reach InService. Default 30m."
        },
        createAlarms: {
          type: "boolean",
          default: true,
          description: "Create CloudWatch alarms from max/min metric gates for native auto-rollback. Default true."
        }
      }
    }
  }
};
var schema32 = {
  description: "The model to deploy.",
  type: "object",
  "x-expected": "a mapping with name, artifact and image",
  required: ["name", "artifact", "image"],
  additionalProperties: false,
  properties: {
    name: {
      description: "Model name: letters, digits and hyphens, at most 54 characters. The SageMaker model and the candidate variant are named <name>-<first 8 hex of sha256>.",
      type: "string",
      minLength: 1,
      maxLength: 54,
      pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$",
      "x-expected": "letters, digits and single hyphens, starting and ending with a letter or digit, at most 54 characters"
    },
    artifact: {
      description: "The model artifact: a local path relative to the spec, or an s3://bucket/key URI.",
      $ref: "#/$defs/path"
    },
    sha256: {
      description: "Expected sha256 of the artifact (64 hex characters). Also names the candidate variant.",
      type: "string",
      pattern: "^[0-9a-fA-F]{64}$",
      "x-expected": "64 hexadecimal characters"
    },
    image: {
      description: "The inference container image URI, e.g. 123456789012.dkr.ecr.us-east-1.amazonaws.com/xgboost:1.7-1.",
      type: "string",
      minLength: 1,
      pattern: "^[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$",
      "x-expected": "an image reference such as registry/repository:tag or repository@sha256:<digest>"
    },
    metadata: {
      description: "Path to the model card / metadata JSON, relative to the spec.",
      type: "string",
      minLength: 1
    },
    modelPackageArn: {
      description: "A SageMaker model-package ARN (model registry); its approval status is checked.",
      type: "string",
      pattern: "^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/[a-zA-Z0-9](?:-*[a-zA-Z0-9])*(?:/[0-9]+)?$",
      "x-expected": "arn:aws:sagemaker:<region>:<account>:model-package/<group>/<version>"
    },
    environment: {
      description: "Environment variables for the container (at most 100). Values are strings.",
      type: "object",
      maxProperties: 100,
      propertyNames: {
        pattern: "^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$",
        "x-expected": "an environment variable name (letters, digits, underscore)"
      },
      additionalProperties: {
        type: "string",
        maxLength: 1024,
        "x-expected": "a string of at most 1024 characters (quote numbers and booleans)"
      },
      default: {}
    },
    executionRoleArn: {
      description: "IAM role SageMaker assumes for the model.",
      type: "string",
      pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$",
      "x-expected": "arn:aws:iam::<account>:role/<name>"
    }
  }
};
var schema33 = {
  type: "string",
  minLength: 1,
  "x-expected": "a path relative to the spec or an s3:// URI"
};
var func1 = runtime_ucs2length;
var pattern4 = new RegExp("^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$", "u");
var pattern5 = new RegExp("^[0-9a-fA-F]{64}$", "u");
var pattern6 = new RegExp(
  "^[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$",
  "u"
);
var pattern7 = new RegExp(
  "^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/[a-zA-Z0-9](?:-*[a-zA-Z0-9])*(?:/[0-9]+)?$",
  "u"
);
var pattern8 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$", "u");
var pattern9 = new RegExp("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property 'name'",
        schema: schema32.required,
        parentSchema: schema32,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.artifact === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "artifact" },
        message: "must have required property 'artifact'",
        schema: schema32.required,
        parentSchema: schema32,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.image === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "image" },
        message: "must have required property 'image'",
        schema: schema32.required,
        parentSchema: schema32,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "artifact" || key0 === "sha256" || key0 === "image" || key0 === "metadata" || key0 === "modelPackageArn" || key0 === "environment" || key0 === "executionRoleArn")) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema32,
          data
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) > 54) {
          const err4 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/maxLength",
            keyword: "maxLength",
            params: { limit: 54 },
            message: "must NOT have more than 54 characters",
            schema: 54,
            parentSchema: schema32.properties.name,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (func1(data0) < 1) {
          const err5 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema32.properties.name,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        if (!pattern4.test(data0)) {
          const err6 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$" },
            message: 'must match pattern "^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$"',
            schema: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9])*$",
            parentSchema: schema32.properties.name,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema32.properties.name.type,
          parentSchema: schema32.properties.name,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      let data1 = data.artifact;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err8 = {
            instancePath: instancePath + "/artifact",
            schemaPath: "#/$defs/path/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema33,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/artifact",
          schemaPath: "#/$defs/path/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.type,
          parentSchema: schema33,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.sha256 !== void 0) {
      let data2 = data.sha256;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err10 = {
            instancePath: instancePath + "/sha256",
            schemaPath: "#/properties/sha256/pattern",
            keyword: "pattern",
            params: { pattern: "^[0-9a-fA-F]{64}$" },
            message: 'must match pattern "^[0-9a-fA-F]{64}$"',
            schema: "^[0-9a-fA-F]{64}$",
            parentSchema: schema32.properties.sha256,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/sha256",
          schemaPath: "#/properties/sha256/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema32.properties.sha256.type,
          parentSchema: schema32.properties.sha256,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.image !== void 0) {
      let data3 = data.image;
      if (typeof data3 === "string") {
        if (func1(data3) < 1) {
          const err12 = {
            instancePath: instancePath + "/image",
            schemaPath: "#/properties/image/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema32.properties.image,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (!pattern6.test(data3)) {
          const err13 = {
            instancePath: instancePath + "/image",
            schemaPath: "#/properties/image/pattern",
            keyword: "pattern",
            params: {
              pattern: "^[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$"
            },
            message: 'must match pattern "^[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$"',
            schema: "^[a-z0-9][a-z0-9._-]*(?::[0-9]+)?(?:/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$",
            parentSchema: schema32.properties.image,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + "/image",
          schemaPath: "#/properties/image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema32.properties.image.type,
          parentSchema: schema32.properties.image,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.metadata !== void 0) {
      let data4 = data.metadata;
      if (typeof data4 === "string") {
        if (func1(data4) < 1) {
          const err15 = {
            instancePath: instancePath + "/metadata",
            schemaPath: "#/properties/metadata/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema32.properties.metadata,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/metadata",
          schemaPath: "#/properties/metadata/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema32.properties.metadata.type,
          parentSchema: schema32.properties.metadata,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.modelPackageArn !== void 0) {
      let data5 = data.modelPackageArn;
      if (typeof data5 === "string") {
        if (!pattern7.test(data5)) {
          const err17 = {
            instancePath: instancePath + "/modelPackageArn",
            schemaPath: "#/properties/modelPackageArn/pattern",
            keyword: "pattern",
            params: {
              pattern: "^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/[a-zA-Z0-9](?:-*[a-zA-Z0-9])*(?:/[0-9]+)?$"
            },
            message: 'must match pattern "^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/[a-zA-Z0-9](?:-*[a-zA-Z0-9])*(?:/[0-9]+)?$"',
            schema: "^arn:aws[a-z-]*:sagemaker:[a-z0-9-]+:[0-9]{12}:model-package/[a-zA-Z0-9](?:-*[a-zA-Z0-9])*(?:/[0-9]+)?$",
            parentSchema: schema32.properties.modelPackageArn,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/modelPackageArn",
          schemaPath: "#/properties/modelPackageArn/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema32.properties.modelPackageArn.type,
          parentSchema: schema32.properties.modelPackageArn,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data6 = data.environment;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length > 100) {
          const err19 = {
            instancePath: instancePath + "/environment",
            schemaPath: "#/properties/environment/maxProperties",
            keyword: "maxProperties",
            params: { limit: 100 },
            message: "must NOT have more than 100 properties",
            schema: 100,
            parentSchema: schema32.properties.environment,
            data: data6
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs23 = errors;
          if (typeof key1 === "string") {
            if (!pattern8.test(key1)) {
              const err20 = {
                instancePath: instancePath + "/environment",
                schemaPath: "#/properties/environment/propertyNames/pattern",
                keyword: "pattern",
                params: { pattern: "^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$" },
                message: 'must match pattern "^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$"',
                schema: "^[a-zA-Z_][a-zA-Z0-9_]{0,1023}$",
                parentSchema: schema32.properties.environment.propertyNames,
                data: key1,
                propertyName: key1
              };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var valid2 = _errs23 === errors;
          if (!valid2) {
            const err21 = {
              instancePath: instancePath + "/environment",
              schemaPath: "#/properties/environment/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
              schema: schema32.properties.environment.propertyNames,
              parentSchema: schema32.properties.environment,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (typeof data7 === "string") {
            if (func1(data7) > 1024) {
              const err22 = {
                instancePath: instancePath + "/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/environment/additionalProperties/maxLength",
                keyword: "maxLength",
                params: { limit: 1024 },
                message: "must NOT have more than 1024 characters",
                schema: 1024,
                parentSchema: schema32.properties.environment.additionalProperties,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = {
              instancePath: instancePath + "/environment/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/environment/additionalProperties/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema32.properties.environment.additionalProperties.type,
              parentSchema: schema32.properties.environment.additionalProperties,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
      } else {
        const err24 = {
          instancePath: instancePath + "/environment",
          schemaPath: "#/properties/environment/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema32.properties.environment.type,
          parentSchema: schema32.properties.environment,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.executionRoleArn !== void 0) {
      let data8 = data.executionRoleArn;
      if (typeof data8 === "string") {
        if (!pattern9.test(data8)) {
          const err25 = {
            instancePath: instancePath + "/executionRoleArn",
            schemaPath: "#/properties/executionRoleArn/pattern",
            keyword: "pattern",
            params: { pattern: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$" },
            message: 'must match pattern "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$"',
            schema: "^arn:aws[a-z-]*:iam::[0-9]{12}:role/[\\w+=,.@/-]{1,512}$",
            parentSchema: schema32.properties.executionRoleArn,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + "/executionRoleArn",
          schemaPath: "#/properties/executionRoleArn/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema32.properties.executionRoleArn.type,
          parentSchema: schema32.properties.executionRoleArn,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema32.type,
      parentSchema: schema32,
      data
    };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema34 = {
  description: "Checks run before anything moves: the artifact, the data and the evaluation metrics.",
  type: "object",
  additionalProperties: false,
  properties: {
    artifact: { $ref: "#/$defs/artifactCheck" },
    data: { $ref: "#/$defs/dataCheck" },
    evaluation: { $ref: "#/$defs/evaluationCheck" }
  }
};
var schema35 = {
  type: "object",
  additionalProperties: false,
  properties: {
    minSizeBytes: { type: "integer", minimum: 0, description: "Smallest acceptable artifact size in bytes." },
    maxSizeBytes: { type: "integer", minimum: 1, description: "Largest acceptable artifact size in bytes." },
    requiredFiles: {
      description: "Paths that must exist inside a .tar.gz artifact, e.g. code/inference.py. Default: none.",
      type: "array",
      items: { type: "string", minLength: 1 },
      default: []
    },
    imageAllowList: {
      description: "Patterns the image must match (* matches any run of characters). Default: any image.",
      type: "array",
      items: { type: "string", minLength: 1 },
      default: []
    },
    requireApproval: {
      description: "With model.modelPackageArn: require the registry status Approved. Default true.",
      type: "boolean",
      default: true
    }
  }
};
var schema36 = {
  type: "object",
  "x-expected": "a mapping with current (and usually reference)",
  required: ["current"],
  additionalProperties: false,
  properties: {
    reference: {
      description: "Reference data set (training data): CSV, JSON Lines or Parquet by extension.",
      $ref: "#/$defs/path"
    },
    current: { description: "Current data set (recent production inputs).", $ref: "#/$defs/path" },
    columns: { type: "array", items: { $ref: "#/$defs/column" }, default: [] },
    drift: {
      type: "object",
      additionalProperties: false,
      properties: {
        numerical: { type: "array", minItems: 1, items: { $ref: "#/$defs/driftMethod" } },
        categorical: { type: "array", minItems: 1, items: { $ref: "#/$defs/driftMethod" } },
        thresholds: {
          description: "Per-method thresholds (p-value for ks and chi2, distance for the others).",
          type: "object",
          propertyNames: { $ref: "#/$defs/driftMethod" },
          additionalProperties: { type: "number", minimum: 0 },
          default: {}
        },
        columns: {
          description: "Per-column overrides of method and threshold.",
          type: "object",
          additionalProperties: {
            type: "object",
            additionalProperties: false,
            properties: {
              method: { $ref: "#/$defs/driftMethod" },
              threshold: { type: "number", minimum: 0 }
            }
          },
          default: {}
        },
        datasetDriftPercent: {
          $ref: "#/$defs/percent",
          description: "The data set drifts when at least this percentage of checked columns drift. Default 50."
        },
        bins: {
          type: "integer",
          minimum: 2,
          maximum: 1e3,
          default: 10,
          description: "Quantile bins for PSI on numerical columns. Default 10."
        }
      }
    }
  }
};
var schema41 = {
  enum: ["psi", "ks", "wasserstein", "chi2", "jensen-shannon"],
  "x-expected": "one of psi, ks, wasserstein, chi2, jensen-shannon"
};
var schema40 = {
  description: "A percentage, 0 to 100.",
  type: "number",
  minimum: 0,
  maximum: 100,
  "x-expected": "a percentage from 0 to 100"
};
var schema39 = {
  type: "object",
  "x-expected": "a mapping with name and type",
  required: ["name", "type"],
  additionalProperties: false,
  properties: {
    name: { type: "string", minLength: 1 },
    type: {
      enum: ["number", "integer", "string", "boolean", "category"],
      "x-expected": "one of number, integer, string, boolean, category"
    },
    maxNullPercent: {
      $ref: "#/$defs/percent",
      description: "Largest acceptable share of nulls, percent. Default 0."
    },
    min: { type: "number" },
    max: { type: "number" },
    allowed: {
      description: "Allowed values (string and category columns).",
      type: "array",
      minItems: 1,
      items: { type: ["string", "number", "boolean"] }
    },
    unique: { type: "boolean", default: false, description: "Values must be unique. Default false." },
    drift: {
      type: "boolean",
      default: true,
      description: "Whether the column takes part in drift detection. Default true."
    }
  }
};
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "name" },
        message: "must have required property 'name'",
        schema: schema39.required,
        parentSchema: schema39,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property 'type'",
        schema: schema39.required,
        parentSchema: schema39,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "type" || key0 === "maxNullPercent" || key0 === "min" || key0 === "max" || key0 === "allowed" || key0 === "unique" || key0 === "drift")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema39,
          data
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err3 = {
            instancePath: instancePath + "/name",
            schemaPath: "#/properties/name/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema39.properties.name,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema39.properties.name.type,
          parentSchema: schema39.properties.name,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if (!(data1 === "number" || data1 === "integer" || data1 === "string" || data1 === "boolean" || data1 === "category")) {
        const err5 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema39.properties.type.enum },
          message: "must be equal to one of the allowed values",
          schema: schema39.properties.type.enum,
          parentSchema: schema39.properties.type,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.maxNullPercent !== void 0) {
      let data2 = data.maxNullPercent;
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 > 100 || isNaN(data2)) {
          const err6 = {
            instancePath: instancePath + "/maxNullPercent",
            schemaPath: "#/$defs/percent/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
            schema: 100,
            parentSchema: schema40,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data2 < 0 || isNaN(data2)) {
          const err7 = {
            instancePath: instancePath + "/maxNullPercent",
            schemaPath: "#/$defs/percent/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema40,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/maxNullPercent",
          schemaPath: "#/$defs/percent/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema40.type,
          parentSchema: schema40,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.min !== void 0) {
      let data3 = data.min;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err9 = {
          instancePath: instancePath + "/min",
          schemaPath: "#/properties/min/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema39.properties.min.type,
          parentSchema: schema39.properties.min,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.max !== void 0) {
      let data4 = data.max;
      if (!(typeof data4 == "number" && isFinite(data4))) {
        const err10 = {
          instancePath: instancePath + "/max",
          schemaPath: "#/properties/max/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema39.properties.max.type,
          parentSchema: schema39.properties.max,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.allowed !== void 0) {
      let data5 = data.allowed;
      if (Array.isArray(data5)) {
        if (data5.length < 1) {
          const err11 = {
            instancePath: instancePath + "/allowed",
            schemaPath: "#/properties/allowed/minItems",
            keyword: "minItems",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 items",
            schema: 1,
            parentSchema: schema39.properties.allowed,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 !== "string" && !(typeof data6 == "number" && isFinite(data6)) && typeof data6 !== "boolean") {
            const err12 = {
              instancePath: instancePath + "/allowed/" + i0,
              schemaPath: "#/properties/allowed/items/type",
              keyword: "type",
              params: { type: schema39.properties.allowed.items.type },
              message: "must be string,number,boolean",
              schema: schema39.properties.allowed.items.type,
              parentSchema: schema39.properties.allowed.items,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/allowed",
          schemaPath: "#/properties/allowed/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema39.properties.allowed.type,
          parentSchema: schema39.properties.allowed,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.unique !== void 0) {
      let data7 = data.unique;
      if (typeof data7 !== "boolean") {
        const err14 = {
          instancePath: instancePath + "/unique",
          schemaPath: "#/properties/unique/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema39.properties.unique.type,
          parentSchema: schema39.properties.unique,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data8 = data.drift;
      if (typeof data8 !== "boolean") {
        const err15 = {
          instancePath: instancePath + "/drift",
          schemaPath: "#/properties/drift/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema39.properties.drift.type,
          parentSchema: schema39.properties.drift,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
  } else {
    const err16 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema39.type,
      parentSchema: schema39,
      data
    };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.current === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "current" },
        message: "must have required property 'current'",
        schema: schema36.required,
        parentSchema: schema36,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "reference" || key0 === "current" || key0 === "columns" || key0 === "drift")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema36,
          data
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data0 = data.reference;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/reference",
            schemaPath: "#/$defs/path/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema33,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/reference",
          schemaPath: "#/$defs/path/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.type,
          parentSchema: schema33,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.current !== void 0) {
      let data1 = data.current;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err4 = {
            instancePath: instancePath + "/current",
            schemaPath: "#/$defs/path/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema33,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/current",
          schemaPath: "#/$defs/path/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.type,
          parentSchema: schema33,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      let data2 = data.columns;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate25(data2[i0], {
            instancePath: instancePath + "/columns/" + i0,
            parentData: data2,
            parentDataProperty: i0,
            rootData,
            dynamicAnchors
          })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/columns",
          schemaPath: "#/properties/columns/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema36.properties.columns.type,
          parentSchema: schema36.properties.columns,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.drift !== void 0) {
      let data4 = data.drift;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "numerical" || key1 === "categorical" || key1 === "thresholds" || key1 === "columns" || key1 === "datasetDriftPercent" || key1 === "bins")) {
            const err7 = {
              instancePath: instancePath + "/drift",
              schemaPath: "#/properties/drift/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema36.properties.drift,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data4.numerical !== void 0) {
          let data5 = data4.numerical;
          if (Array.isArray(data5)) {
            if (data5.length < 1) {
              const err8 = {
                instancePath: instancePath + "/drift/numerical",
                schemaPath: "#/properties/drift/properties/numerical/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
                schema: 1,
                parentSchema: schema36.properties.drift.properties.numerical,
                data: data5
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (!(data6 === "psi" || data6 === "ks" || data6 === "wasserstein" || data6 === "chi2" || data6 === "jensen-shannon")) {
                const err9 = {
                  instancePath: instancePath + "/drift/numerical/" + i1,
                  schemaPath: "#/$defs/driftMethod/enum",
                  keyword: "enum",
                  params: { allowedValues: schema41.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema41.enum,
                  parentSchema: schema41,
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
          } else {
            const err10 = {
              instancePath: instancePath + "/drift/numerical",
              schemaPath: "#/properties/drift/properties/numerical/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema36.properties.drift.properties.numerical.type,
              parentSchema: schema36.properties.drift.properties.numerical,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data4.categorical !== void 0) {
          let data7 = data4.categorical;
          if (Array.isArray(data7)) {
            if (data7.length < 1) {
              const err11 = {
                instancePath: instancePath + "/drift/categorical",
                schemaPath: "#/properties/drift/properties/categorical/minItems",
                keyword: "minItems",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 items",
                schema: 1,
                parentSchema: schema36.properties.drift.properties.categorical,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            const len2 = data7.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data8 = data7[i2];
              if (!(data8 === "psi" || data8 === "ks" || data8 === "wasserstein" || data8 === "chi2" || data8 === "jensen-shannon")) {
                const err12 = {
                  instancePath: instancePath + "/drift/categorical/" + i2,
                  schemaPath: "#/$defs/driftMethod/enum",
                  keyword: "enum",
                  params: { allowedValues: schema41.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema41.enum,
                  parentSchema: schema41,
                  data: data8
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
          } else {
            const err13 = {
              instancePath: instancePath + "/drift/categorical",
              schemaPath: "#/properties/drift/properties/categorical/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema36.properties.drift.properties.categorical.type,
              parentSchema: schema36.properties.drift.properties.categorical,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data4.thresholds !== void 0) {
          let data9 = data4.thresholds;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            for (const key2 in data9) {
              const _errs29 = errors;
              if (!(key2 === "psi" || key2 === "ks" || key2 === "wasserstein" || key2 === "chi2" || key2 === "jensen-shannon")) {
                const err14 = {
                  instancePath: instancePath + "/drift/thresholds",
                  schemaPath: "#/$defs/driftMethod/enum",
                  keyword: "enum",
                  params: { allowedValues: schema41.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema41.enum,
                  parentSchema: schema41,
                  data: key2,
                  propertyName: key2
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
              var valid12 = _errs29 === errors;
              if (!valid12) {
                const err15 = {
                  instancePath: instancePath + "/drift/thresholds",
                  schemaPath: "#/properties/drift/properties/thresholds/propertyNames",
                  keyword: "propertyNames",
                  params: { propertyName: key2 },
                  message: "property name must be valid",
                  schema: schema36.properties.drift.properties.thresholds.propertyNames,
                  parentSchema: schema36.properties.drift.properties.thresholds,
                  data: data9
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            for (const key3 in data9) {
              let data10 = data9[key3];
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err16 = {
                    instancePath: instancePath + "/drift/thresholds/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                    schemaPath: "#/properties/drift/properties/thresholds/additionalProperties/minimum",
                    keyword: "minimum",
                    params: { comparison: ">=", limit: 0 },
                    message: "must be >= 0",
                    schema: 0,
                    parentSchema: schema36.properties.drift.properties.thresholds.additionalProperties,
                    data: data10
                  };
                  if (vErrors === null) {
                    vErrors = [err16];
                  } else {
                    vErrors.push(err16);
                  }
                  errors++;
                }
              } else {
                const err17 = {
                  instancePath: instancePath + "/drift/thresholds/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/drift/properties/thresholds/additionalProperties/type",
                  keyword: "type",
                  params: { type: "number" },
                  message: "must be number",
                  schema: schema36.properties.drift.properties.thresholds.additionalProperties.type,
                  parentSchema: schema36.properties.drift.properties.thresholds.additionalProperties,
                  data: data10
                };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = {
              instancePath: instancePath + "/drift/thresholds",
              schemaPath: "#/properties/drift/properties/thresholds/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema36.properties.drift.properties.thresholds.type,
              parentSchema: schema36.properties.drift.properties.thresholds,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        if (data4.columns !== void 0) {
          let data11 = data4.columns;
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key4 in data11) {
              let data12 = data11[key4];
              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                for (const key5 in data12) {
                  if (!(key5 === "method" || key5 === "threshold")) {
                    const err19 = {
                      instancePath: instancePath + "/drift/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/drift/properties/columns/additionalProperties/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key5 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema36.properties.drift.properties.columns.additionalProperties,
                      data: data12
                    };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                }
                if (data12.method !== void 0) {
                  let data13 = data12.method;
                  if (!(data13 === "psi" || data13 === "ks" || data13 === "wasserstein" || data13 === "chi2" || data13 === "jensen-shannon")) {
                    const err20 = {
                      instancePath: instancePath + "/drift/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/method",
                      schemaPath: "#/$defs/driftMethod/enum",
                      keyword: "enum",
                      params: { allowedValues: schema41.enum },
                      message: "must be equal to one of the allowed values",
                      schema: schema41.enum,
                      parentSchema: schema41,
                      data: data13
                    };
                    if (vErrors === null) {
                      vErrors = [err20];
                    } else {
                      vErrors.push(err20);
                    }
                    errors++;
                  }
                }
                if (data12.threshold !== void 0) {
                  let data14 = data12.threshold;
                  if (typeof data14 == "number" && isFinite(data14)) {
                    if (data14 < 0 || isNaN(data14)) {
                      const err21 = {
                        instancePath: instancePath + "/drift/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold",
                        schemaPath: "#/properties/drift/properties/columns/additionalProperties/properties/threshold/minimum",
                        keyword: "minimum",
                        params: { comparison: ">=", limit: 0 },
                        message: "must be >= 0",
                        schema: 0,
                        parentSchema: schema36.properties.drift.properties.columns.additionalProperties.properties.threshold,
                        data: data14
                      };
                      if (vErrors === null) {
                        vErrors = [err21];
                      } else {
                        vErrors.push(err21);
                      }
                      errors++;
                    }
                  } else {
                    const err22 = {
                      instancePath: instancePath + "/drift/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold",
                      schemaPath: "#/properties/drift/properties/columns/additionalProperties/properties/threshold/type",
                      keyword: "type",
                      params: { type: "number" },
                      message: "must be number",
                      schema: schema36.properties.drift.properties.columns.additionalProperties.properties.threshold.type,
                      parentSchema: schema36.properties.drift.properties.columns.additionalProperties.properties.threshold,
                      data: data14
                    };
                    if (vErrors === null) {
                      vErrors = [err22];
                    } else {
                      vErrors.push(err22);
                    }
                    errors++;
                  }
                }
              } else {
                const err23 = {
                  instancePath: instancePath + "/drift/columns/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/drift/properties/columns/additionalProperties/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema36.properties.drift.properties.columns.additionalProperties.type,
                  parentSchema: schema36.properties.drift.properties.columns.additionalProperties,
                  data: data12
                };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
          } else {
            const err24 = {
              instancePath: instancePath + "/drift/columns",
              schemaPath: "#/properties/drift/properties/columns/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema36.properties.drift.properties.columns.type,
              parentSchema: schema36.properties.drift.properties.columns,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data4.datasetDriftPercent !== void 0) {
          let data15 = data4.datasetDriftPercent;
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 > 100 || isNaN(data15)) {
              const err25 = {
                instancePath: instancePath + "/drift/datasetDriftPercent",
                schemaPath: "#/$defs/percent/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 100 },
                message: "must be <= 100",
                schema: 100,
                parentSchema: schema40,
                data: data15
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data15 < 0 || isNaN(data15)) {
              const err26 = {
                instancePath: instancePath + "/drift/datasetDriftPercent",
                schemaPath: "#/$defs/percent/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema40,
                data: data15
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/drift/datasetDriftPercent",
              schemaPath: "#/$defs/percent/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema40.type,
              parentSchema: schema40,
              data: data15
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data4.bins !== void 0) {
          let data16 = data4.bins;
          if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
            const err28 = {
              instancePath: instancePath + "/drift/bins",
              schemaPath: "#/properties/drift/properties/bins/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema36.properties.drift.properties.bins.type,
              parentSchema: schema36.properties.drift.properties.bins,
              data: data16
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 > 1e3 || isNaN(data16)) {
              const err29 = {
                instancePath: instancePath + "/drift/bins",
                schemaPath: "#/properties/drift/properties/bins/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 1e3 },
                message: "must be <= 1000",
                schema: 1e3,
                parentSchema: schema36.properties.drift.properties.bins,
                data: data16
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data16 < 2 || isNaN(data16)) {
              const err30 = {
                instancePath: instancePath + "/drift/bins",
                schemaPath: "#/properties/drift/properties/bins/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 2 },
                message: "must be >= 2",
                schema: 2,
                parentSchema: schema36.properties.drift.properties.bins,
                data: data16
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
        }
      } else {
        const err31 = {
          instancePath: instancePath + "/drift",
          schemaPath: "#/properties/drift/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema36.properties.drift.type,
          parentSchema: schema36.properties.drift,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
  } else {
    const err32 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema36.type,
      parentSchema: schema36,
      data
    };
    if (vErrors === null) {
      vErrors = [err32];
    } else {
      vErrors.push(err32);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema46 = {
  type: "object",
  "x-expected": "a mapping with candidate, baseline and require",
  required: ["candidate"],
  additionalProperties: false,
  properties: {
    candidate: { description: "Candidate metrics JSON.", $ref: "#/$defs/path" },
    baseline: { description: "Baseline (production) metrics JSON.", $ref: "#/$defs/path" },
    require: {
      description: "CEL expressions over candidate and baseline, e.g. candidate.auc >= baseline.auc - 0.005.",
      type: "array",
      items: { type: "string", minLength: 1 },
      default: []
    }
  }
};
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.candidate === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "candidate" },
        message: "must have required property 'candidate'",
        schema: schema46.required,
        parentSchema: schema46,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "candidate" || key0 === "baseline" || key0 === "require")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema46,
          data
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.candidate !== void 0) {
      let data0 = data.candidate;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err2 = {
            instancePath: instancePath + "/candidate",
            schemaPath: "#/$defs/path/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema33,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/candidate",
          schemaPath: "#/$defs/path/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.type,
          parentSchema: schema33,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.baseline !== void 0) {
      let data1 = data.baseline;
      if (typeof data1 === "string") {
        if (func1(data1) < 1) {
          const err4 = {
            instancePath: instancePath + "/baseline",
            schemaPath: "#/$defs/path/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema33,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/baseline",
          schemaPath: "#/$defs/path/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema33.type,
          parentSchema: schema33,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.require !== void 0) {
      let data2 = data.require;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func1(data3) < 1) {
              const err6 = {
                instancePath: instancePath + "/require/" + i0,
                schemaPath: "#/properties/require/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema46.properties.require.items,
                data: data3
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/require/" + i0,
              schemaPath: "#/properties/require/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema46.properties.require.items.type,
              parentSchema: schema46.properties.require.items,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/require",
          schemaPath: "#/properties/require/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema46.properties.require.type,
          parentSchema: schema46.properties.require,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema46.type,
      parentSchema: schema46,
      data
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "artifact" || key0 === "data" || key0 === "evaluation")) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema34,
          data
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.artifact !== void 0) {
      let data0 = data.artifact;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          if (!(key1 === "minSizeBytes" || key1 === "maxSizeBytes" || key1 === "requiredFiles" || key1 === "imageAllowList" || key1 === "requireApproval")) {
            const err1 = {
              instancePath: instancePath + "/artifact",
              schemaPath: "#/$defs/artifactCheck/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema35,
              data: data0
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
        if (data0.minSizeBytes !== void 0) {
          let data1 = data0.minSizeBytes;
          if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
            const err2 = {
              instancePath: instancePath + "/artifact/minSizeBytes",
              schemaPath: "#/$defs/artifactCheck/properties/minSizeBytes/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema35.properties.minSizeBytes.type,
              parentSchema: schema35.properties.minSizeBytes,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 < 0 || isNaN(data1)) {
              const err3 = {
                instancePath: instancePath + "/artifact/minSizeBytes",
                schemaPath: "#/$defs/artifactCheck/properties/minSizeBytes/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema35.properties.minSizeBytes,
                data: data1
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
        }
        if (data0.maxSizeBytes !== void 0) {
          let data2 = data0.maxSizeBytes;
          if (!(typeof data2 == "number" && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
            const err4 = {
              instancePath: instancePath + "/artifact/maxSizeBytes",
              schemaPath: "#/$defs/artifactCheck/properties/maxSizeBytes/type",
              keyword: "type",
              params: { type: "integer" },
              message: "must be integer",
              schema: schema35.properties.maxSizeBytes.type,
              parentSchema: schema35.properties.maxSizeBytes,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 1 || isNaN(data2)) {
              const err5 = {
                instancePath: instancePath + "/artifact/maxSizeBytes",
                schemaPath: "#/$defs/artifactCheck/properties/maxSizeBytes/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 1 },
                message: "must be >= 1",
                schema: 1,
                parentSchema: schema35.properties.maxSizeBytes,
                data: data2
              };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          }
        }
        if (data0.requiredFiles !== void 0) {
          let data3 = data0.requiredFiles;
          if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data4 = data3[i0];
              if (typeof data4 === "string") {
                if (func1(data4) < 1) {
                  const err6 = {
                    instancePath: instancePath + "/artifact/requiredFiles/" + i0,
                    schemaPath: "#/$defs/artifactCheck/properties/requiredFiles/items/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema: schema35.properties.requiredFiles.items,
                    data: data4
                  };
                  if (vErrors === null) {
                    vErrors = [err6];
                  } else {
                    vErrors.push(err6);
                  }
                  errors++;
                }
              } else {
                const err7 = {
                  instancePath: instancePath + "/artifact/requiredFiles/" + i0,
                  schemaPath: "#/$defs/artifactCheck/properties/requiredFiles/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema35.properties.requiredFiles.items.type,
                  parentSchema: schema35.properties.requiredFiles.items,
                  data: data4
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = {
              instancePath: instancePath + "/artifact/requiredFiles",
              schemaPath: "#/$defs/artifactCheck/properties/requiredFiles/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema35.properties.requiredFiles.type,
              parentSchema: schema35.properties.requiredFiles,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.imageAllowList !== void 0) {
          let data5 = data0.imageAllowList;
          if (Array.isArray(data5)) {
            const len1 = data5.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data6 = data5[i1];
              if (typeof data6 === "string") {
                if (func1(data6) < 1) {
                  const err9 = {
                    instancePath: instancePath + "/artifact/imageAllowList/" + i1,
                    schemaPath: "#/$defs/artifactCheck/properties/imageAllowList/items/minLength",
                    keyword: "minLength",
                    params: { limit: 1 },
                    message: "must NOT have fewer than 1 characters",
                    schema: 1,
                    parentSchema: schema35.properties.imageAllowList.items,
                    data: data6
                  };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
              } else {
                const err10 = {
                  instancePath: instancePath + "/artifact/imageAllowList/" + i1,
                  schemaPath: "#/$defs/artifactCheck/properties/imageAllowList/items/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema35.properties.imageAllowList.items.type,
                  parentSchema: schema35.properties.imageAllowList.items,
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
          } else {
            const err11 = {
              instancePath: instancePath + "/artifact/imageAllowList",
              schemaPath: "#/$defs/artifactCheck/properties/imageAllowList/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema35.properties.imageAllowList.type,
              parentSchema: schema35.properties.imageAllowList,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data0.requireApproval !== void 0) {
          let data7 = data0.requireApproval;
          if (typeof data7 !== "boolean") {
            const err12 = {
              instancePath: instancePath + "/artifact/requireApproval",
              schemaPath: "#/$defs/artifactCheck/properties/requireApproval/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
              schema: schema35.properties.requireApproval.type,
              parentSchema: schema35.properties.requireApproval,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/artifact",
          schemaPath: "#/$defs/artifactCheck/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema35.type,
          parentSchema: schema35,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.data !== void 0) {
      if (!validate24(data.data, {
        instancePath: instancePath + "/data",
        parentData: data,
        parentDataProperty: "data",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
        errors = vErrors.length;
      }
    }
    if (data.evaluation !== void 0) {
      if (!validate28(data.evaluation, {
        instancePath: instancePath + "/evaluation",
        parentData: data,
        parentDataProperty: "evaluation",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err14 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema34.type,
      parentSchema: schema34,
      data
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema49 = {
  description: "Where the model goes.",
  type: "object",
  "x-expected": "a mapping with provider, endpoint and instanceType",
  required: ["provider", "endpoint", "instanceType"],
  additionalProperties: false,
  properties: {
    provider: {
      description: "sagemaker (AWS) or local (the embedded SageMaker simulator).",
      enum: ["sagemaker", "local"],
      "x-expected": "sagemaker or local"
    },
    region: {
      description: "AWS region. Required for sagemaker; default us-east-1 for local.",
      type: "string",
      pattern: "^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
      "x-expected": "an AWS region such as us-east-1"
    },
    endpoint: {
      description: "The SageMaker endpoint name.",
      type: "string",
      pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
      "x-expected": "a SageMaker endpoint name: letters, digits and hyphens, at most 63 characters"
    },
    endpointUrl: {
      description: "Overrides the AWS endpoint URL (how the simulator is reached).",
      type: "string",
      format: "uri",
      pattern: "^https?://",
      "x-expected": "an http:// or https:// URL"
    },
    variant: {
      description: "Name of the live production variant (the baseline). Default AllTraffic, the SageMaker SDK's default.",
      type: "string",
      pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
      default: "AllTraffic",
      "x-expected": "a SageMaker variant name: letters, digits and hyphens, at most 63 characters"
    },
    environment: {
      description: "Deployment environment name (GitHub environment, policy input). Default production.",
      type: "string",
      minLength: 1,
      maxLength: 255,
      default: "production"
    },
    instanceType: {
      description: "SageMaker instance type, e.g. ml.m5.large.",
      type: "string",
      pattern: "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$",
      "x-expected": "an ml.* instance type such as ml.m5.large"
    },
    instanceCount: {
      description: "Instances in the production fleet. Default 1.",
      type: "integer",
      minimum: 1,
      maximum: 100,
      default: 1,
      "x-expected": "a whole number from 1 to 100"
    },
    dataCapture: {
      description: "Endpoint data capture (required for shadow agreement).",
      type: "object",
      "x-expected": "a mapping with destination",
      required: ["destination"],
      additionalProperties: false,
      properties: {
        enabled: { type: "boolean", default: true, description: "Default true." },
        samplingPercent: {
          $ref: "#/$defs/percent",
          description: "Percent of requests captured. Default 100."
        },
        destination: {
          description: "s3:// URI for sagemaker; a local folder for the simulator.",
          type: "string",
          minLength: 1
        },
        kmsKeyId: { type: "string", minLength: 1 }
      }
    },
    tags: {
      description: "Tags put on the endpoint and the resources modelgate creates (at most 50).",
      type: "object",
      maxProperties: 50,
      propertyNames: {
        minLength: 1,
        maxLength: 128,
        pattern: "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
        "x-expected": "a tag key of at most 128 characters, not starting with aws:"
      },
      additionalProperties: {
        type: "string",
        maxLength: 256,
        "x-expected": "a string of at most 256 characters"
      },
      default: {}
    }
  }
};
var func15 = Object.prototype.hasOwnProperty;
var pattern10 = new RegExp("^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]$", "u");
var pattern11 = new RegExp("^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$", "u");
var pattern12 = new RegExp("^https?://", "u");
var pattern14 = new RegExp("^ml\\.[a-z0-9-]+\\.[a-z0-9]+$", "u");
var pattern15 = new RegExp("^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u");
var formats0 = formats.uri;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.provider === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "provider" },
        message: "must have required property 'provider'",
        schema: schema49.required,
        parentSchema: schema49,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.endpoint === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "endpoint" },
        message: "must have required property 'endpoint'",
        schema: schema49.required,
        parentSchema: schema49,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.instanceType === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "instanceType" },
        message: "must have required property 'instanceType'",
        schema: schema49.required,
        parentSchema: schema49,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func15.call(schema49.properties, key0)) {
        const err3 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema49,
          data
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.provider !== void 0) {
      let data0 = data.provider;
      if (!(data0 === "sagemaker" || data0 === "local")) {
        const err4 = {
          instancePath: instancePath + "/provider",
          schemaPath: "#/properties/provider/enum",
          keyword: "enum",
          params: { allowedValues: schema49.properties.provider.enum },
          message: "must be equal to one of the allowed values",
          schema: schema49.properties.provider.enum,
          parentSchema: schema49.properties.provider,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data1 = data.region;
      if (typeof data1 === "string") {
        if (!pattern10.test(data1)) {
          const err5 = {
            instancePath: instancePath + "/region",
            schemaPath: "#/properties/region/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]$" },
            message: 'must match pattern "^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]$"',
            schema: "^[a-z]{2}(?:-gov|-iso[a-z]*)?-[a-z]+-[0-9]$",
            parentSchema: schema49.properties.region,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/region",
          schemaPath: "#/properties/region/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.properties.region.type,
          parentSchema: schema49.properties.region,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.endpoint !== void 0) {
      let data2 = data.endpoint;
      if (typeof data2 === "string") {
        if (!pattern11.test(data2)) {
          const err7 = {
            instancePath: instancePath + "/endpoint",
            schemaPath: "#/properties/endpoint/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$" },
            message: 'must match pattern "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$"',
            schema: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
            parentSchema: schema49.properties.endpoint,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/endpoint",
          schemaPath: "#/properties/endpoint/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.properties.endpoint.type,
          parentSchema: schema49.properties.endpoint,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.endpointUrl !== void 0) {
      let data3 = data.endpointUrl;
      if (typeof data3 === "string") {
        if (!pattern12.test(data3)) {
          const err9 = {
            instancePath: instancePath + "/endpointUrl",
            schemaPath: "#/properties/endpointUrl/pattern",
            keyword: "pattern",
            params: { pattern: "^https?://" },
            message: 'must match pattern "^https?://"',
            schema: "^https?://",
            parentSchema: schema49.properties.endpointUrl,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        if (!formats0(data3)) {
          const err10 = {
            instancePath: instancePath + "/endpointUrl",
            schemaPath: "#/properties/endpointUrl/format",
            keyword: "format",
            params: { format: "uri" },
            message: 'must match format "uri"',
            schema: "uri",
            parentSchema: schema49.properties.endpointUrl,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/endpointUrl",
          schemaPath: "#/properties/endpointUrl/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.properties.endpointUrl.type,
          parentSchema: schema49.properties.endpointUrl,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.variant !== void 0) {
      let data4 = data.variant;
      if (typeof data4 === "string") {
        if (!pattern11.test(data4)) {
          const err12 = {
            instancePath: instancePath + "/variant",
            schemaPath: "#/properties/variant/pattern",
            keyword: "pattern",
            params: { pattern: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$" },
            message: 'must match pattern "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$"',
            schema: "^[a-zA-Z0-9](?:-*[a-zA-Z0-9]){0,62}$",
            parentSchema: schema49.properties.variant,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = {
          instancePath: instancePath + "/variant",
          schemaPath: "#/properties/variant/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.properties.variant.type,
          parentSchema: schema49.properties.variant,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.environment !== void 0) {
      let data5 = data.environment;
      if (typeof data5 === "string") {
        if (func1(data5) > 255) {
          const err14 = {
            instancePath: instancePath + "/environment",
            schemaPath: "#/properties/environment/maxLength",
            keyword: "maxLength",
            params: { limit: 255 },
            message: "must NOT have more than 255 characters",
            schema: 255,
            parentSchema: schema49.properties.environment,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func1(data5) < 1) {
          const err15 = {
            instancePath: instancePath + "/environment",
            schemaPath: "#/properties/environment/minLength",
            keyword: "minLength",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 characters",
            schema: 1,
            parentSchema: schema49.properties.environment,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/environment",
          schemaPath: "#/properties/environment/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.properties.environment.type,
          parentSchema: schema49.properties.environment,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.instanceType !== void 0) {
      let data6 = data.instanceType;
      if (typeof data6 === "string") {
        if (!pattern14.test(data6)) {
          const err17 = {
            instancePath: instancePath + "/instanceType",
            schemaPath: "#/properties/instanceType/pattern",
            keyword: "pattern",
            params: { pattern: "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$" },
            message: 'must match pattern "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$"',
            schema: "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$",
            parentSchema: schema49.properties.instanceType,
            data: data6
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + "/instanceType",
          schemaPath: "#/properties/instanceType/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema49.properties.instanceType.type,
          parentSchema: schema49.properties.instanceType,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.instanceCount !== void 0) {
      let data7 = data.instanceCount;
      if (!(typeof data7 == "number" && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
        const err19 = {
          instancePath: instancePath + "/instanceCount",
          schemaPath: "#/properties/instanceCount/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema49.properties.instanceCount.type,
          parentSchema: schema49.properties.instanceCount,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 100 || isNaN(data7)) {
          const err20 = {
            instancePath: instancePath + "/instanceCount",
            schemaPath: "#/properties/instanceCount/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
            schema: 100,
            parentSchema: schema49.properties.instanceCount,
            data: data7
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data7 < 1 || isNaN(data7)) {
          const err21 = {
            instancePath: instancePath + "/instanceCount",
            schemaPath: "#/properties/instanceCount/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema49.properties.instanceCount,
            data: data7
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.dataCapture !== void 0) {
      let data8 = data.dataCapture;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (data8.destination === void 0) {
          const err22 = {
            instancePath: instancePath + "/dataCapture",
            schemaPath: "#/properties/dataCapture/required",
            keyword: "required",
            params: { missingProperty: "destination" },
            message: "must have required property 'destination'",
            schema: schema49.properties.dataCapture.required,
            parentSchema: schema49.properties.dataCapture,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
        for (const key1 in data8) {
          if (!(key1 === "enabled" || key1 === "samplingPercent" || key1 === "destination" || key1 === "kmsKeyId")) {
            const err23 = {
              instancePath: instancePath + "/dataCapture",
              schemaPath: "#/properties/dataCapture/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema49.properties.dataCapture,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data8.enabled !== void 0) {
          let data9 = data8.enabled;
          if (typeof data9 !== "boolean") {
            const err24 = {
              instancePath: instancePath + "/dataCapture/enabled",
              schemaPath: "#/properties/dataCapture/properties/enabled/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
              schema: schema49.properties.dataCapture.properties.enabled.type,
              parentSchema: schema49.properties.dataCapture.properties.enabled,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        if (data8.samplingPercent !== void 0) {
          let data10 = data8.samplingPercent;
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 > 100 || isNaN(data10)) {
              const err25 = {
                instancePath: instancePath + "/dataCapture/samplingPercent",
                schemaPath: "#/$defs/percent/maximum",
                keyword: "maximum",
                params: { comparison: "<=", limit: 100 },
                message: "must be <= 100",
                schema: 100,
                parentSchema: schema40,
                data: data10
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data10 < 0 || isNaN(data10)) {
              const err26 = {
                instancePath: instancePath + "/dataCapture/samplingPercent",
                schemaPath: "#/$defs/percent/minimum",
                keyword: "minimum",
                params: { comparison: ">=", limit: 0 },
                message: "must be >= 0",
                schema: 0,
                parentSchema: schema40,
                data: data10
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          } else {
            const err27 = {
              instancePath: instancePath + "/dataCapture/samplingPercent",
              schemaPath: "#/$defs/percent/type",
              keyword: "type",
              params: { type: "number" },
              message: "must be number",
              schema: schema40.type,
              parentSchema: schema40,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data8.destination !== void 0) {
          let data11 = data8.destination;
          if (typeof data11 === "string") {
            if (func1(data11) < 1) {
              const err28 = {
                instancePath: instancePath + "/dataCapture/destination",
                schemaPath: "#/properties/dataCapture/properties/destination/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema49.properties.dataCapture.properties.destination,
                data: data11
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          } else {
            const err29 = {
              instancePath: instancePath + "/dataCapture/destination",
              schemaPath: "#/properties/dataCapture/properties/destination/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema49.properties.dataCapture.properties.destination.type,
              parentSchema: schema49.properties.dataCapture.properties.destination,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data8.kmsKeyId !== void 0) {
          let data12 = data8.kmsKeyId;
          if (typeof data12 === "string") {
            if (func1(data12) < 1) {
              const err30 = {
                instancePath: instancePath + "/dataCapture/kmsKeyId",
                schemaPath: "#/properties/dataCapture/properties/kmsKeyId/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema49.properties.dataCapture.properties.kmsKeyId,
                data: data12
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + "/dataCapture/kmsKeyId",
              schemaPath: "#/properties/dataCapture/properties/kmsKeyId/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema49.properties.dataCapture.properties.kmsKeyId.type,
              parentSchema: schema49.properties.dataCapture.properties.kmsKeyId,
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      } else {
        const err32 = {
          instancePath: instancePath + "/dataCapture",
          schemaPath: "#/properties/dataCapture/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema49.properties.dataCapture.type,
          parentSchema: schema49.properties.dataCapture,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data13 = data.tags;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (Object.keys(data13).length > 50) {
          const err33 = {
            instancePath: instancePath + "/tags",
            schemaPath: "#/properties/tags/maxProperties",
            keyword: "maxProperties",
            params: { limit: 50 },
            message: "must NOT have more than 50 properties",
            schema: 50,
            parentSchema: schema49.properties.tags,
            data: data13
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        for (const key2 in data13) {
          const _errs41 = errors;
          if (typeof key2 === "string") {
            if (func1(key2) > 128) {
              const err34 = {
                instancePath: instancePath + "/tags",
                schemaPath: "#/properties/tags/propertyNames/maxLength",
                keyword: "maxLength",
                params: { limit: 128 },
                message: "must NOT have more than 128 characters",
                schema: 128,
                parentSchema: schema49.properties.tags.propertyNames,
                data: key2,
                propertyName: key2
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (func1(key2) < 1) {
              const err35 = {
                instancePath: instancePath + "/tags",
                schemaPath: "#/properties/tags/propertyNames/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema49.properties.tags.propertyNames,
                data: key2,
                propertyName: key2
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (!pattern15.test(key2)) {
              const err36 = {
                instancePath: instancePath + "/tags",
                schemaPath: "#/properties/tags/propertyNames/pattern",
                keyword: "pattern",
                params: { pattern: "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$" },
                message: 'must match pattern "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"',
                schema: "^(?!aws:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",
                parentSchema: schema49.properties.tags.propertyNames,
                data: key2,
                propertyName: key2
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
          }
          var valid3 = _errs41 === errors;
          if (!valid3) {
            const err37 = {
              instancePath: instancePath + "/tags",
              schemaPath: "#/properties/tags/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key2 },
              message: "property name must be valid",
              schema: schema49.properties.tags.propertyNames,
              parentSchema: schema49.properties.tags,
              data: data13
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
        }
        for (const key3 in data13) {
          let data14 = data13[key3];
          if (typeof data14 === "string") {
            if (func1(data14) > 256) {
              const err38 = {
                instancePath: instancePath + "/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/tags/additionalProperties/maxLength",
                keyword: "maxLength",
                params: { limit: 256 },
                message: "must NOT have more than 256 characters",
                schema: 256,
                parentSchema: schema49.properties.tags.additionalProperties,
                data: data14
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = {
              instancePath: instancePath + "/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/tags/additionalProperties/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema49.properties.tags.additionalProperties.type,
              parentSchema: schema49.properties.tags.additionalProperties,
              data: data14
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + "/tags",
          schemaPath: "#/properties/tags/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema49.properties.tags.type,
          parentSchema: schema49.properties.tags,
          data: data13
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema49.type,
      parentSchema: schema49,
      data
    };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
var schema51 = {
  description: "How traffic moves to the candidate.",
  type: "object",
  "x-expected": "a mapping with type and that strategy's parameters",
  required: ["type"],
  properties: {
    type: {
      enum: ["all-at-once", "canary", "linear", "blue-green", "shadow", "ab-test", "rolling"],
      "x-expected": "one of all-at-once, canary, linear, blue-green, shadow, ab-test, rolling"
    }
  },
  allOf: [
    {
      if: { properties: { type: { const: "all-at-once" } }, required: ["type"] },
      then: {
        description: "Switch all traffic at once (SageMaker blue/green ALL_AT_ONCE) and bake with gates and alarms.",
        additionalProperties: false,
        properties: {
          type: true,
          bake: { $ref: "#/$defs/duration", description: "Baking period after the switch. Default 10m." }
        }
      }
    },
    {
      if: { properties: { type: { const: "canary" } }, required: ["type"] },
      then: {
        description: "Shift traffic in explicit, ascending steps ending at 100.",
        required: ["steps"],
        additionalProperties: false,
        properties: {
          type: true,
          mode: { $ref: "#/$defs/mode", description: "Default driven." },
          steps: {
            description: "Ascending weights ending with { weight: 100 }. Native mode: exactly one step below 100 (at most 50), then 100; the final bake becomes SageMaker's TerminationWaitInSeconds.",
            type: "array",
            minItems: 1,
            maxItems: 20,
            items: { $ref: "#/$defs/weightStep" }
          }
        }
      }
    },
    {
      if: { properties: { type: { const: "linear" } }, required: ["type"] },
      then: {
        description: "Shift traffic in equal steps of stepPercent until 100.",
        additionalProperties: false,
        properties: {
          type: true,
          mode: { $ref: "#/$defs/mode", description: "Default driven." },
          stepPercent: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 100,
            default: 20,
            description: "Percent added at each step. Default 20. Native mode: a whole number from 10 to 50.",
            "x-expected": "a percentage above 0 and at most 100"
          },
          bake: { $ref: "#/$defs/duration", description: "Bake after each step. Default 10m." }
        }
      }
    },
    {
      if: { properties: { type: { const: "blue-green" } }, required: ["type"] },
      then: {
        description: "Provision a full second fleet, switch all traffic, bake, then retire the old fleet.",
        additionalProperties: false,
        properties: {
          type: true,
          mode: { $ref: "#/$defs/mode", description: "Default native." },
          bake: {
            $ref: "#/$defs/duration",
            description: "Baking period on the new fleet with 100% of traffic. Default 10m."
          },
          terminationWait: {
            $ref: "#/$defs/duration",
            description: "How long the old fleet is kept after the bake. Default 0s (SageMaker's default)."
          }
        }
      }
    },
    {
      if: { properties: { type: { const: "shadow" } }, required: ["type"] },
      then: {
        description: "Mirror production requests to the candidate, which answers nobody; compare it with production.",
        required: ["duration"],
        additionalProperties: false,
        properties: {
          type: true,
          samplingPercent: {
            $ref: "#/$defs/percent",
            description: "Percent of production requests mirrored to the candidate. Default 100."
          },
          duration: { $ref: "#/$defs/duration", description: "How long the shadow runs." },
          agreement: {
            description: "Prediction agreement between candidate and production, read from data capture.",
            type: "object",
            "x-expected": "a mapping with metric and threshold",
            required: ["metric", "threshold"],
            additionalProperties: false,
            properties: {
              metric: {
                enum: ["match-rate", "mean-abs-diff"],
                description: "match-rate for labels (threshold is the minimum, 0 to 1); mean-abs-diff for scores (threshold is the maximum).",
                "x-expected": "match-rate or mean-abs-diff"
              },
              threshold: { type: "number", minimum: 0 },
              field: {
                type: "string",
                minLength: 1,
                description: "JSON field of the response holding the prediction. Default: the whole body."
              },
              minSamples: {
                type: "integer",
                minimum: 1,
                default: 100,
                description: "Paired samples needed before agreement can decide. Default 100."
              }
            }
          },
          onSuccess: {
            enum: ["promote", "discard"],
            default: "promote",
            description: "After a passing shadow: promote the candidate to production, or discard it. Default promote.",
            "x-expected": "promote or discard"
          }
        }
      }
    },
    {
      if: { properties: { type: { const: "ab-test" } }, required: ["type"] },
      then: {
        description: "Fixed split for a duration, then a winner by a statistical test on a chosen metric.",
        required: ["duration"],
        additionalProperties: false,
        properties: {
          type: true,
          candidatePercent: {
            $ref: "#/$defs/percent",
            description: "Percent of traffic on the candidate during the test. Default 50."
          },
          duration: { $ref: "#/$defs/duration", description: "How long the test runs." },
          minSamplesPerVariant: {
            type: "integer",
            minimum: 1,
            description: "Stop early once each variant has this many samples."
          },
          metric: {
            description: "The metric that picks the winner: a built-in gate metric (error_rate, latency_p99, ...) or a custom CloudWatch metric with a namespace.",
            type: "object",
            "x-expected": "a mapping with name (and for a custom metric: namespace, kind, goal)",
            required: ["name"],
            additionalProperties: false,
            properties: {
              name: { type: "string", minLength: 1, maxLength: 255 },
              namespace: { type: "string", minLength: 1, maxLength: 255 },
              kind: {
                enum: ["proportion", "continuous"],
                description: "proportion: successes over trials; continuous: per-request values. Inferred for built-in metrics.",
                "x-expected": "proportion or continuous"
              },
              trials: {
                type: "string",
                minLength: 1,
                description: "For a proportion: the metric counting trials. Default Invocations."
              },
              goal: {
                enum: ["maximize", "minimize"],
                description: "Which direction wins. Built-in metrics: minimize.",
                "x-expected": "maximize or minimize"
              }
            }
          },
          alpha: {
            type: "number",
            exclusiveMinimum: 0,
            maximum: 0.5,
            default: 0.05,
            description: "Significance level. Default 0.05.",
            "x-expected": "a number above 0 and at most 0.5"
          },
          test: {
            enum: ["fisher", "binomial", "mann-whitney", "welch"],
            description: "Default fisher for a proportion, mann-whitney for a continuous metric.",
            "x-expected": "one of fisher, binomial, mann-whitney, welch"
          },
          onNoWinner: {
            enum: ["keep-baseline", "promote"],
            default: "keep-baseline",
            description: "No significant difference: keep the baseline (default) or promote the candidate.",
            "x-expected": "keep-baseline or promote"
          }
        }
      }
    },
    {
      if: { properties: { type: { const: "rolling" } }, required: ["type"] },
      then: {
        description: "SageMaker RollingUpdatePolicy: replace the fleet in batches, watching alarms.",
        additionalProperties: false,
        properties: {
          type: true,
          batchPercent: {
            $ref: "#/$defs/percent",
            description: "Batch size as percent of capacity, 5 to 50. Default 25."
          },
          wait: { $ref: "#/$defs/duration", description: "Bake after each batch, at most 1h. Default 5m." },
          rollbackBatchPercent: {
            $ref: "#/$defs/percent",
            description: "Rollback batch size, percent of capacity. Default 100 (all at once)."
          },
          maxExecution: {
            $ref: "#/$defs/duration",
            description: "SageMaker's MaximumExecutionTimeoutInSeconds, 10m to 8h. Default: batches x (wait + 10m), within those bounds."
          }
        }
      }
    }
  ]
};
var schema52 = {
  description: "A duration: whole numbers with units d, h, m, s in that order, e.g. 90s, 10m, 1h, 1h30m, 2d.",
  type: "string",
  pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
  "x-expected": "a duration such as 90s, 10m, 1h or 1h30m"
};
var schema53 = {
  description: "driven: modelgate shifts the weights (UpdateEndpointWeightsAndCapacities) and gates every step; native: SageMaker's own blue/green traffic routing with auto-rollback alarms.",
  enum: ["driven", "native"],
  "x-expected": "driven or native"
};
var pattern16 = new RegExp("^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$", "u");
var schema54 = {
  type: "object",
  "x-expected": "a mapping with weight (and bake)",
  required: ["weight"],
  additionalProperties: false,
  properties: {
    weight: {
      $ref: "#/$defs/percent",
      description: "Percent of production traffic on the candidate during this step."
    },
    bake: {
      $ref: "#/$defs/duration",
      description: "How long the step holds before its gates decide. Default 10m, and 0s for the final 100% step."
    }
  }
};
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.weight === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "weight" },
        message: "must have required property 'weight'",
        schema: schema54.required,
        parentSchema: schema54,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "weight" || key0 === "bake")) {
        const err1 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema54,
          data
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.weight !== void 0) {
      let data0 = data.weight;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 100 || isNaN(data0)) {
          const err2 = {
            instancePath: instancePath + "/weight",
            schemaPath: "#/$defs/percent/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
            schema: 100,
            parentSchema: schema40,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 0 || isNaN(data0)) {
          const err3 = {
            instancePath: instancePath + "/weight",
            schemaPath: "#/$defs/percent/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema40,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + "/weight",
          schemaPath: "#/$defs/percent/type",
          keyword: "type",
          params: { type: "number" },
          message: "must be number",
          schema: schema40.type,
          parentSchema: schema40,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.bake !== void 0) {
      let data1 = data.bake;
      if (typeof data1 === "string") {
        if (!pattern16.test(data1)) {
          const err5 = {
            instancePath: instancePath + "/bake",
            schemaPath: "#/$defs/duration/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
            message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
            schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
            parentSchema: schema52,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = {
          instancePath: instancePath + "/bake",
          schemaPath: "#/$defs/duration/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema52.type,
          parentSchema: schema52,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema54.type,
      parentSchema: schema54,
      data
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("all-at-once" !== data.type) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "type" || key0 === "bake")) {
          const err2 = {
            instancePath,
            schemaPath: "#/allOf/0/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key0 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema51.allOf[0].then,
            data
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.bake !== void 0) {
        let data1 = data.bake;
        if (typeof data1 === "string") {
          if (!pattern16.test(data1)) {
            const err3 = {
              instancePath: instancePath + "/bake",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = {
            instancePath: instancePath + "/bake",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = true;
    }
  }
  if (!valid1) {
    const err5 = {
      instancePath,
      schemaPath: "#/allOf/0/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema51.allOf[0].if,
      parentSchema: schema51.allOf[0],
      data
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs12 = errors;
  let valid5 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("canary" !== data.type) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.steps === void 0) {
        const err8 = {
          instancePath,
          schemaPath: "#/allOf/1/then/required",
          keyword: "required",
          params: { missingProperty: "steps" },
          message: "must have required property 'steps'",
          schema: schema51.allOf[1].then.required,
          parentSchema: schema51.allOf[1].then,
          data
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      for (const key1 in data) {
        if (!(key1 === "type" || key1 === "mode" || key1 === "steps")) {
          const err9 = {
            instancePath,
            schemaPath: "#/allOf/1/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key1 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema51.allOf[1].then,
            data
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.mode !== void 0) {
        let data3 = data.mode;
        if (!(data3 === "driven" || data3 === "native")) {
          const err10 = {
            instancePath: instancePath + "/mode",
            schemaPath: "#/$defs/mode/enum",
            keyword: "enum",
            params: { allowedValues: schema53.enum },
            message: "must be equal to one of the allowed values",
            schema: schema53.enum,
            parentSchema: schema53,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
      if (data.steps !== void 0) {
        let data4 = data.steps;
        if (Array.isArray(data4)) {
          if (data4.length > 20) {
            const err11 = {
              instancePath: instancePath + "/steps",
              schemaPath: "#/allOf/1/then/properties/steps/maxItems",
              keyword: "maxItems",
              params: { limit: 20 },
              message: "must NOT have more than 20 items",
              schema: 20,
              parentSchema: schema51.allOf[1].then.properties.steps,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (data4.length < 1) {
            const err12 = {
              instancePath: instancePath + "/steps",
              schemaPath: "#/allOf/1/then/properties/steps/minItems",
              keyword: "minItems",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 items",
              schema: 1,
              parentSchema: schema51.allOf[1].then.properties.steps,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          const len0 = data4.length;
          for (let i0 = 0; i0 < len0; i0++) {
            if (!validate34(data4[i0], {
              instancePath: instancePath + "/steps/" + i0,
              parentData: data4,
              parentDataProperty: i0,
              rootData,
              dynamicAnchors
            })) {
              vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
              errors = vErrors.length;
            }
          }
        } else {
          const err13 = {
            instancePath: instancePath + "/steps",
            schemaPath: "#/allOf/1/then/properties/steps/type",
            keyword: "type",
            params: { type: "array" },
            message: "must be array",
            schema: schema51.allOf[1].then.properties.steps.type,
            parentSchema: schema51.allOf[1].then.properties.steps,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    var _valid1 = _errs15 === errors;
    valid5 = _valid1;
    if (valid5) {
      var props1 = true;
    }
  }
  if (!valid5) {
    const err14 = {
      instancePath,
      schemaPath: "#/allOf/1/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema51.allOf[1].if,
      parentSchema: schema51.allOf[1],
      data
    };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs24 = errors;
  let valid11 = true;
  const _errs25 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err15 = {};
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("linear" !== data.type) {
          const err16 = {};
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs25 === errors;
  errors = _errs24;
  if (vErrors !== null) {
    if (_errs24) {
      vErrors.length = _errs24;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs27 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key2 in data) {
        if (!(key2 === "type" || key2 === "mode" || key2 === "stepPercent" || key2 === "bake")) {
          const err17 = {
            instancePath,
            schemaPath: "#/allOf/2/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key2 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema51.allOf[2].then,
            data
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
      if (data.mode !== void 0) {
        let data7 = data.mode;
        if (!(data7 === "driven" || data7 === "native")) {
          const err18 = {
            instancePath: instancePath + "/mode",
            schemaPath: "#/$defs/mode/enum",
            keyword: "enum",
            params: { allowedValues: schema53.enum },
            message: "must be equal to one of the allowed values",
            schema: schema53.enum,
            parentSchema: schema53,
            data: data7
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.stepPercent !== void 0) {
        let data8 = data.stepPercent;
        if (typeof data8 == "number" && isFinite(data8)) {
          if (data8 > 100 || isNaN(data8)) {
            const err19 = {
              instancePath: instancePath + "/stepPercent",
              schemaPath: "#/allOf/2/then/properties/stepPercent/maximum",
              keyword: "maximum",
              params: { comparison: "<=", limit: 100 },
              message: "must be <= 100",
              schema: 100,
              parentSchema: schema51.allOf[2].then.properties.stepPercent,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data8 <= 0 || isNaN(data8)) {
            const err20 = {
              instancePath: instancePath + "/stepPercent",
              schemaPath: "#/allOf/2/then/properties/stepPercent/exclusiveMinimum",
              keyword: "exclusiveMinimum",
              params: { comparison: ">", limit: 0 },
              message: "must be > 0",
              schema: 0,
              parentSchema: schema51.allOf[2].then.properties.stepPercent,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        } else {
          const err21 = {
            instancePath: instancePath + "/stepPercent",
            schemaPath: "#/allOf/2/then/properties/stepPercent/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema51.allOf[2].then.properties.stepPercent.type,
            parentSchema: schema51.allOf[2].then.properties.stepPercent,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
      if (data.bake !== void 0) {
        let data9 = data.bake;
        if (typeof data9 === "string") {
          if (!pattern16.test(data9)) {
            const err22 = {
              instancePath: instancePath + "/bake",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data9
            };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        } else {
          const err23 = {
            instancePath: instancePath + "/bake",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data9
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      }
    }
    var _valid2 = _errs27 === errors;
    valid11 = _valid2;
    if (valid11) {
      var props2 = true;
    }
  }
  if (!valid11) {
    const err24 = {
      instancePath,
      schemaPath: "#/allOf/2/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema51.allOf[2].if,
      parentSchema: schema51.allOf[2],
      data
    };
    if (vErrors === null) {
      vErrors = [err24];
    } else {
      vErrors.push(err24);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs40 = errors;
  let valid16 = true;
  const _errs41 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.type === void 0 && (missing3 = "type")) {
      const err25 = {};
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("blue-green" !== data.type) {
          const err26 = {};
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs41 === errors;
  errors = _errs40;
  if (vErrors !== null) {
    if (_errs40) {
      vErrors.length = _errs40;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs43 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key3 in data) {
        if (!(key3 === "type" || key3 === "mode" || key3 === "bake" || key3 === "terminationWait")) {
          const err27 = {
            instancePath,
            schemaPath: "#/allOf/3/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key3 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema51.allOf[3].then,
            data
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
      if (data.mode !== void 0) {
        let data11 = data.mode;
        if (!(data11 === "driven" || data11 === "native")) {
          const err28 = {
            instancePath: instancePath + "/mode",
            schemaPath: "#/$defs/mode/enum",
            keyword: "enum",
            params: { allowedValues: schema53.enum },
            message: "must be equal to one of the allowed values",
            schema: schema53.enum,
            parentSchema: schema53,
            data: data11
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
      if (data.bake !== void 0) {
        let data12 = data.bake;
        if (typeof data12 === "string") {
          if (!pattern16.test(data12)) {
            const err29 = {
              instancePath: instancePath + "/bake",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data12
            };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        } else {
          const err30 = {
            instancePath: instancePath + "/bake",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      }
      if (data.terminationWait !== void 0) {
        let data13 = data.terminationWait;
        if (typeof data13 === "string") {
          if (!pattern16.test(data13)) {
            const err31 = {
              instancePath: instancePath + "/terminationWait",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data13
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        } else {
          const err32 = {
            instancePath: instancePath + "/terminationWait",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data13
          };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
      }
    }
    var _valid3 = _errs43 === errors;
    valid16 = _valid3;
    if (valid16) {
      var props3 = true;
    }
  }
  if (!valid16) {
    const err33 = {
      instancePath,
      schemaPath: "#/allOf/3/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema51.allOf[3].if,
      parentSchema: schema51.allOf[3],
      data
    };
    if (vErrors === null) {
      vErrors = [err33];
    } else {
      vErrors.push(err33);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  const _errs57 = errors;
  let valid22 = true;
  const _errs58 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing4;
    if (data.type === void 0 && (missing4 = "type")) {
      const err34 = {};
      if (vErrors === null) {
        vErrors = [err34];
      } else {
        vErrors.push(err34);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("shadow" !== data.type) {
          const err35 = {};
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      }
    }
  }
  var _valid4 = _errs58 === errors;
  errors = _errs57;
  if (vErrors !== null) {
    if (_errs57) {
      vErrors.length = _errs57;
    } else {
      vErrors = null;
    }
  }
  if (_valid4) {
    const _errs60 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.duration === void 0) {
        const err36 = {
          instancePath,
          schemaPath: "#/allOf/4/then/required",
          keyword: "required",
          params: { missingProperty: "duration" },
          message: "must have required property 'duration'",
          schema: schema51.allOf[4].then.required,
          parentSchema: schema51.allOf[4].then,
          data
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      for (const key4 in data) {
        if (!(key4 === "type" || key4 === "samplingPercent" || key4 === "duration" || key4 === "agreement" || key4 === "onSuccess")) {
          const err37 = {
            instancePath,
            schemaPath: "#/allOf/4/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key4 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema51.allOf[4].then,
            data
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
      if (data.samplingPercent !== void 0) {
        let data15 = data.samplingPercent;
        if (typeof data15 == "number" && isFinite(data15)) {
          if (data15 > 100 || isNaN(data15)) {
            const err38 = {
              instancePath: instancePath + "/samplingPercent",
              schemaPath: "#/$defs/percent/maximum",
              keyword: "maximum",
              params: { comparison: "<=", limit: 100 },
              message: "must be <= 100",
              schema: 100,
              parentSchema: schema40,
              data: data15
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data15 < 0 || isNaN(data15)) {
            const err39 = {
              instancePath: instancePath + "/samplingPercent",
              schemaPath: "#/$defs/percent/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema40,
              data: data15
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        } else {
          const err40 = {
            instancePath: instancePath + "/samplingPercent",
            schemaPath: "#/$defs/percent/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema40.type,
            parentSchema: schema40,
            data: data15
          };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
      if (data.duration !== void 0) {
        let data16 = data.duration;
        if (typeof data16 === "string") {
          if (!pattern16.test(data16)) {
            const err41 = {
              instancePath: instancePath + "/duration",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data16
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        } else {
          const err42 = {
            instancePath: instancePath + "/duration",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data16
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      }
      if (data.agreement !== void 0) {
        let data17 = data.agreement;
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
          if (data17.metric === void 0) {
            const err43 = {
              instancePath: instancePath + "/agreement",
              schemaPath: "#/allOf/4/then/properties/agreement/required",
              keyword: "required",
              params: { missingProperty: "metric" },
              message: "must have required property 'metric'",
              schema: schema51.allOf[4].then.properties.agreement.required,
              parentSchema: schema51.allOf[4].then.properties.agreement,
              data: data17
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (data17.threshold === void 0) {
            const err44 = {
              instancePath: instancePath + "/agreement",
              schemaPath: "#/allOf/4/then/properties/agreement/required",
              keyword: "required",
              params: { missingProperty: "threshold" },
              message: "must have required property 'threshold'",
              schema: schema51.allOf[4].then.properties.agreement.required,
              parentSchema: schema51.allOf[4].then.properties.agreement,
              data: data17
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          for (const key5 in data17) {
            if (!(key5 === "metric" || key5 === "threshold" || key5 === "field" || key5 === "minSamples")) {
              const err45 = {
                instancePath: instancePath + "/agreement",
                schemaPath: "#/allOf/4/then/properties/agreement/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key5 },
                message: "must NOT have additional properties",
                schema: false,
                parentSchema: schema51.allOf[4].then.properties.agreement,
                data: data17
              };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          }
          if (data17.metric !== void 0) {
            let data18 = data17.metric;
            if (!(data18 === "match-rate" || data18 === "mean-abs-diff")) {
              const err46 = {
                instancePath: instancePath + "/agreement/metric",
                schemaPath: "#/allOf/4/then/properties/agreement/properties/metric/enum",
                keyword: "enum",
                params: { allowedValues: schema51.allOf[4].then.properties.agreement.properties.metric.enum },
                message: "must be equal to one of the allowed values",
                schema: schema51.allOf[4].then.properties.agreement.properties.metric.enum,
                parentSchema: schema51.allOf[4].then.properties.agreement.properties.metric,
                data: data18
              };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          }
          if (data17.threshold !== void 0) {
            let data19 = data17.threshold;
            if (typeof data19 == "number" && isFinite(data19)) {
              if (data19 < 0 || isNaN(data19)) {
                const err47 = {
                  instancePath: instancePath + "/agreement/threshold",
                  schemaPath: "#/allOf/4/then/properties/agreement/properties/threshold/minimum",
                  keyword: "minimum",
                  params: { comparison: ">=", limit: 0 },
                  message: "must be >= 0",
                  schema: 0,
                  parentSchema: schema51.allOf[4].then.properties.agreement.properties.threshold,
                  data: data19
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            } else {
              const err48 = {
                instancePath: instancePath + "/agreement/threshold",
                schemaPath: "#/allOf/4/then/properties/agreement/properties/threshold/type",
                keyword: "type",
                params: { type: "number" },
                message: "must be number",
                schema: schema51.allOf[4].then.properties.agreement.properties.threshold.type,
                parentSchema: schema51.allOf[4].then.properties.agreement.properties.threshold,
                data: data19
              };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          }
          if (data17.field !== void 0) {
            let data20 = data17.field;
            if (typeof data20 === "string") {
              if (func1(data20) < 1) {
                const err49 = {
                  instancePath: instancePath + "/agreement/field",
                  schemaPath: "#/allOf/4/then/properties/agreement/properties/field/minLength",
                  keyword: "minLength",
                  params: { limit: 1 },
                  message: "must NOT have fewer than 1 characters",
                  schema: 1,
                  parentSchema: schema51.allOf[4].then.properties.agreement.properties.field,
                  data: data20
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            } else {
              const err50 = {
                instancePath: instancePath + "/agreement/field",
                schemaPath: "#/allOf/4/then/properties/agreement/properties/field/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema51.allOf[4].then.properties.agreement.properties.field.type,
                parentSchema: schema51.allOf[4].then.properties.agreement.properties.field,
                data: data20
              };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
          }
          if (data17.minSamples !== void 0) {
            let data21 = data17.minSamples;
            if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
              const err51 = {
                instancePath: instancePath + "/agreement/minSamples",
                schemaPath: "#/allOf/4/then/properties/agreement/properties/minSamples/type",
                keyword: "type",
                params: { type: "integer" },
                message: "must be integer",
                schema: schema51.allOf[4].then.properties.agreement.properties.minSamples.type,
                parentSchema: schema51.allOf[4].then.properties.agreement.properties.minSamples,
                data: data21
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (typeof data21 == "number" && isFinite(data21)) {
              if (data21 < 1 || isNaN(data21)) {
                const err52 = {
                  instancePath: instancePath + "/agreement/minSamples",
                  schemaPath: "#/allOf/4/then/properties/agreement/properties/minSamples/minimum",
                  keyword: "minimum",
                  params: { comparison: ">=", limit: 1 },
                  message: "must be >= 1",
                  schema: 1,
                  parentSchema: schema51.allOf[4].then.properties.agreement.properties.minSamples,
                  data: data21
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          }
        } else {
          const err53 = {
            instancePath: instancePath + "/agreement",
            schemaPath: "#/allOf/4/then/properties/agreement/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
            schema: schema51.allOf[4].then.properties.agreement.type,
            parentSchema: schema51.allOf[4].then.properties.agreement,
            data: data17
          };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      }
      if (data.onSuccess !== void 0) {
        let data22 = data.onSuccess;
        if (!(data22 === "promote" || data22 === "discard")) {
          const err54 = {
            instancePath: instancePath + "/onSuccess",
            schemaPath: "#/allOf/4/then/properties/onSuccess/enum",
            keyword: "enum",
            params: { allowedValues: schema51.allOf[4].then.properties.onSuccess.enum },
            message: "must be equal to one of the allowed values",
            schema: schema51.allOf[4].then.properties.onSuccess.enum,
            parentSchema: schema51.allOf[4].then.properties.onSuccess,
            data: data22
          };
          if (vErrors === null) {
            vErrors = [err54];
          } else {
            vErrors.push(err54);
          }
          errors++;
        }
      }
    }
    var _valid4 = _errs60 === errors;
    valid22 = _valid4;
    if (valid22) {
      var props4 = true;
    }
  }
  if (!valid22) {
    const err55 = {
      instancePath,
      schemaPath: "#/allOf/4/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema51.allOf[4].if,
      parentSchema: schema51.allOf[4],
      data
    };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  if (props0 !== true && props4 !== void 0) {
    if (props4 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props4);
    }
  }
  const _errs85 = errors;
  let valid28 = true;
  const _errs86 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing5;
    if (data.type === void 0 && (missing5 = "type")) {
      const err56 = {};
      if (vErrors === null) {
        vErrors = [err56];
      } else {
        vErrors.push(err56);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("ab-test" !== data.type) {
          const err57 = {};
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      }
    }
  }
  var _valid5 = _errs86 === errors;
  errors = _errs85;
  if (vErrors !== null) {
    if (_errs85) {
      vErrors.length = _errs85;
    } else {
      vErrors = null;
    }
  }
  if (_valid5) {
    const _errs88 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.duration === void 0) {
        const err58 = {
          instancePath,
          schemaPath: "#/allOf/5/then/required",
          keyword: "required",
          params: { missingProperty: "duration" },
          message: "must have required property 'duration'",
          schema: schema51.allOf[5].then.required,
          parentSchema: schema51.allOf[5].then,
          data
        };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      for (const key6 in data) {
        if (!(key6 === "type" || key6 === "candidatePercent" || key6 === "duration" || key6 === "minSamplesPerVariant" || key6 === "metric" || key6 === "alpha" || key6 === "test" || key6 === "onNoWinner")) {
          const err59 = {
            instancePath,
            schemaPath: "#/allOf/5/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key6 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema51.allOf[5].then,
            data
          };
          if (vErrors === null) {
            vErrors = [err59];
          } else {
            vErrors.push(err59);
          }
          errors++;
        }
      }
      if (data.candidatePercent !== void 0) {
        let data24 = data.candidatePercent;
        if (typeof data24 == "number" && isFinite(data24)) {
          if (data24 > 100 || isNaN(data24)) {
            const err60 = {
              instancePath: instancePath + "/candidatePercent",
              schemaPath: "#/$defs/percent/maximum",
              keyword: "maximum",
              params: { comparison: "<=", limit: 100 },
              message: "must be <= 100",
              schema: 100,
              parentSchema: schema40,
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (data24 < 0 || isNaN(data24)) {
            const err61 = {
              instancePath: instancePath + "/candidatePercent",
              schemaPath: "#/$defs/percent/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema40,
              data: data24
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        } else {
          const err62 = {
            instancePath: instancePath + "/candidatePercent",
            schemaPath: "#/$defs/percent/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema40.type,
            parentSchema: schema40,
            data: data24
          };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      }
      if (data.duration !== void 0) {
        let data25 = data.duration;
        if (typeof data25 === "string") {
          if (!pattern16.test(data25)) {
            const err63 = {
              instancePath: instancePath + "/duration",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data25
            };
            if (vErrors === null) {
              vErrors = [err63];
            } else {
              vErrors.push(err63);
            }
            errors++;
          }
        } else {
          const err64 = {
            instancePath: instancePath + "/duration",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data25
          };
          if (vErrors === null) {
            vErrors = [err64];
          } else {
            vErrors.push(err64);
          }
          errors++;
        }
      }
      if (data.minSamplesPerVariant !== void 0) {
        let data26 = data.minSamplesPerVariant;
        if (!(typeof data26 == "number" && !(data26 % 1) && !isNaN(data26) && isFinite(data26))) {
          const err65 = {
            instancePath: instancePath + "/minSamplesPerVariant",
            schemaPath: "#/allOf/5/then/properties/minSamplesPerVariant/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
            schema: schema51.allOf[5].then.properties.minSamplesPerVariant.type,
            parentSchema: schema51.allOf[5].then.properties.minSamplesPerVariant,
            data: data26
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        if (typeof data26 == "number" && isFinite(data26)) {
          if (data26 < 1 || isNaN(data26)) {
            const err66 = {
              instancePath: instancePath + "/minSamplesPerVariant",
              schemaPath: "#/allOf/5/then/properties/minSamplesPerVariant/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 1 },
              message: "must be >= 1",
              schema: 1,
              parentSchema: schema51.allOf[5].then.properties.minSamplesPerVariant,
              data: data26
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      }
      if (data.metric !== void 0) {
        let data27 = data.metric;
        if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
          if (data27.name === void 0) {
            const err67 = {
              instancePath: instancePath + "/metric",
              schemaPath: "#/allOf/5/then/properties/metric/required",
              keyword: "required",
              params: { missingProperty: "name" },
              message: "must have required property 'name'",
              schema: schema51.allOf[5].then.properties.metric.required,
              parentSchema: schema51.allOf[5].then.properties.metric,
              data: data27
            };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
          for (const key7 in data27) {
            if (!(key7 === "name" || key7 === "namespace" || key7 === "kind" || key7 === "trials" || key7 === "goal")) {
              const err68 = {
                instancePath: instancePath + "/metric",
                schemaPath: "#/allOf/5/then/properties/metric/additionalProperties",
                keyword: "additionalProperties",
                params: { additionalProperty: key7 },
                message: "must NOT have additional properties",
                schema: false,
                parentSchema: schema51.allOf[5].then.properties.metric,
                data: data27
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (data27.name !== void 0) {
            let data28 = data27.name;
            if (typeof data28 === "string") {
              if (func1(data28) > 255) {
                const err69 = {
                  instancePath: instancePath + "/metric/name",
                  schemaPath: "#/allOf/5/then/properties/metric/properties/name/maxLength",
                  keyword: "maxLength",
                  params: { limit: 255 },
                  message: "must NOT have more than 255 characters",
                  schema: 255,
                  parentSchema: schema51.allOf[5].then.properties.metric.properties.name,
                  data: data28
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
              if (func1(data28) < 1) {
                const err70 = {
                  instancePath: instancePath + "/metric/name",
                  schemaPath: "#/allOf/5/then/properties/metric/properties/name/minLength",
                  keyword: "minLength",
                  params: { limit: 1 },
                  message: "must NOT have fewer than 1 characters",
                  schema: 1,
                  parentSchema: schema51.allOf[5].then.properties.metric.properties.name,
                  data: data28
                };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            } else {
              const err71 = {
                instancePath: instancePath + "/metric/name",
                schemaPath: "#/allOf/5/then/properties/metric/properties/name/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema51.allOf[5].then.properties.metric.properties.name.type,
                parentSchema: schema51.allOf[5].then.properties.metric.properties.name,
                data: data28
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          if (data27.namespace !== void 0) {
            let data29 = data27.namespace;
            if (typeof data29 === "string") {
              if (func1(data29) > 255) {
                const err72 = {
                  instancePath: instancePath + "/metric/namespace",
                  schemaPath: "#/allOf/5/then/properties/metric/properties/namespace/maxLength",
                  keyword: "maxLength",
                  params: { limit: 255 },
                  message: "must NOT have more than 255 characters",
                  schema: 255,
                  parentSchema: schema51.allOf[5].then.properties.metric.properties.namespace,
                  data: data29
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
              if (func1(data29) < 1) {
                const err73 = {
                  instancePath: instancePath + "/metric/namespace",
                  schemaPath: "#/allOf/5/then/properties/metric/properties/namespace/minLength",
                  keyword: "minLength",
                  params: { limit: 1 },
                  message: "must NOT have fewer than 1 characters",
                  schema: 1,
                  parentSchema: schema51.allOf[5].then.properties.metric.properties.namespace,
                  data: data29
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            } else {
              const err74 = {
                instancePath: instancePath + "/metric/namespace",
                schemaPath: "#/allOf/5/then/properties/metric/properties/namespace/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema51.allOf[5].then.properties.metric.properties.namespace.type,
                parentSchema: schema51.allOf[5].then.properties.metric.properties.namespace,
                data: data29
              };
              if (vErrors === null) {
                vErrors = [err74];
              } else {
                vErrors.push(err74);
              }
              errors++;
            }
          }
          if (data27.kind !== void 0) {
            let data30 = data27.kind;
            if (!(data30 === "proportion" || data30 === "continuous")) {
              const err75 = {
                instancePath: instancePath + "/metric/kind",
                schemaPath: "#/allOf/5/then/properties/metric/properties/kind/enum",
                keyword: "enum",
                params: { allowedValues: schema51.allOf[5].then.properties.metric.properties.kind.enum },
                message: "must be equal to one of the allowed values",
                schema: schema51.allOf[5].then.properties.metric.properties.kind.enum,
                parentSchema: schema51.allOf[5].then.properties.metric.properties.kind,
                data: data30
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data27.trials !== void 0) {
            let data31 = data27.trials;
            if (typeof data31 === "string") {
              if (func1(data31) < 1) {
                const err76 = {
                  instancePath: instancePath + "/metric/trials",
                  schemaPath: "#/allOf/5/then/properties/metric/properties/trials/minLength",
                  keyword: "minLength",
                  params: { limit: 1 },
                  message: "must NOT have fewer than 1 characters",
                  schema: 1,
                  parentSchema: schema51.allOf[5].then.properties.metric.properties.trials,
                  data: data31
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            } else {
              const err77 = {
                instancePath: instancePath + "/metric/trials",
                schemaPath: "#/allOf/5/then/properties/metric/properties/trials/type",
                keyword: "type",
                params: { type: "string" },
                message: "must be string",
                schema: schema51.allOf[5].then.properties.metric.properties.trials.type,
                parentSchema: schema51.allOf[5].then.properties.metric.properties.trials,
                data: data31
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (data27.goal !== void 0) {
            let data32 = data27.goal;
            if (!(data32 === "maximize" || data32 === "minimize")) {
              const err78 = {
                instancePath: instancePath + "/metric/goal",
                schemaPath: "#/allOf/5/then/properties/metric/properties/goal/enum",
                keyword: "enum",
                params: { allowedValues: schema51.allOf[5].then.properties.metric.properties.goal.enum },
                message: "must be equal to one of the allowed values",
                schema: schema51.allOf[5].then.properties.metric.properties.goal.enum,
                parentSchema: schema51.allOf[5].then.properties.metric.properties.goal,
                data: data32
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
          }
        } else {
          const err79 = {
            instancePath: instancePath + "/metric",
            schemaPath: "#/allOf/5/then/properties/metric/type",
            keyword: "type",
            params: { type: "object" },
            message: "must be object",
            schema: schema51.allOf[5].then.properties.metric.type,
            parentSchema: schema51.allOf[5].then.properties.metric,
            data: data27
          };
          if (vErrors === null) {
            vErrors = [err79];
          } else {
            vErrors.push(err79);
          }
          errors++;
        }
      }
      if (data.alpha !== void 0) {
        let data33 = data.alpha;
        if (typeof data33 == "number" && isFinite(data33)) {
          if (data33 > 0.5 || isNaN(data33)) {
            const err80 = {
              instancePath: instancePath + "/alpha",
              schemaPath: "#/allOf/5/then/properties/alpha/maximum",
              keyword: "maximum",
              params: { comparison: "<=", limit: 0.5 },
              message: "must be <= 0.5",
              schema: 0.5,
              parentSchema: schema51.allOf[5].then.properties.alpha,
              data: data33
            };
            if (vErrors === null) {
              vErrors = [err80];
            } else {
              vErrors.push(err80);
            }
            errors++;
          }
          if (data33 <= 0 || isNaN(data33)) {
            const err81 = {
              instancePath: instancePath + "/alpha",
              schemaPath: "#/allOf/5/then/properties/alpha/exclusiveMinimum",
              keyword: "exclusiveMinimum",
              params: { comparison: ">", limit: 0 },
              message: "must be > 0",
              schema: 0,
              parentSchema: schema51.allOf[5].then.properties.alpha,
              data: data33
            };
            if (vErrors === null) {
              vErrors = [err81];
            } else {
              vErrors.push(err81);
            }
            errors++;
          }
        } else {
          const err82 = {
            instancePath: instancePath + "/alpha",
            schemaPath: "#/allOf/5/then/properties/alpha/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema51.allOf[5].then.properties.alpha.type,
            parentSchema: schema51.allOf[5].then.properties.alpha,
            data: data33
          };
          if (vErrors === null) {
            vErrors = [err82];
          } else {
            vErrors.push(err82);
          }
          errors++;
        }
      }
      if (data.test !== void 0) {
        let data34 = data.test;
        if (!(data34 === "fisher" || data34 === "binomial" || data34 === "mann-whitney" || data34 === "welch")) {
          const err83 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/allOf/5/then/properties/test/enum",
            keyword: "enum",
            params: { allowedValues: schema51.allOf[5].then.properties.test.enum },
            message: "must be equal to one of the allowed values",
            schema: schema51.allOf[5].then.properties.test.enum,
            parentSchema: schema51.allOf[5].then.properties.test,
            data: data34
          };
          if (vErrors === null) {
            vErrors = [err83];
          } else {
            vErrors.push(err83);
          }
          errors++;
        }
      }
      if (data.onNoWinner !== void 0) {
        let data35 = data.onNoWinner;
        if (!(data35 === "keep-baseline" || data35 === "promote")) {
          const err84 = {
            instancePath: instancePath + "/onNoWinner",
            schemaPath: "#/allOf/5/then/properties/onNoWinner/enum",
            keyword: "enum",
            params: { allowedValues: schema51.allOf[5].then.properties.onNoWinner.enum },
            message: "must be equal to one of the allowed values",
            schema: schema51.allOf[5].then.properties.onNoWinner.enum,
            parentSchema: schema51.allOf[5].then.properties.onNoWinner,
            data: data35
          };
          if (vErrors === null) {
            vErrors = [err84];
          } else {
            vErrors.push(err84);
          }
          errors++;
        }
      }
    }
    var _valid5 = _errs88 === errors;
    valid28 = _valid5;
    if (valid28) {
      var props5 = true;
    }
  }
  if (!valid28) {
    const err85 = {
      instancePath,
      schemaPath: "#/allOf/5/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema51.allOf[5].if,
      parentSchema: schema51.allOf[5],
      data
    };
    if (vErrors === null) {
      vErrors = [err85];
    } else {
      vErrors.push(err85);
    }
    errors++;
  }
  if (props0 !== true && props5 !== void 0) {
    if (props5 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props5);
    }
  }
  const _errs122 = errors;
  let valid34 = true;
  const _errs123 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing6;
    if (data.type === void 0 && (missing6 = "type")) {
      const err86 = {};
      if (vErrors === null) {
        vErrors = [err86];
      } else {
        vErrors.push(err86);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("rolling" !== data.type) {
          const err87 = {};
          if (vErrors === null) {
            vErrors = [err87];
          } else {
            vErrors.push(err87);
          }
          errors++;
        }
      }
    }
  }
  var _valid6 = _errs123 === errors;
  errors = _errs122;
  if (vErrors !== null) {
    if (_errs122) {
      vErrors.length = _errs122;
    } else {
      vErrors = null;
    }
  }
  if (_valid6) {
    const _errs125 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key8 in data) {
        if (!(key8 === "type" || key8 === "batchPercent" || key8 === "wait" || key8 === "rollbackBatchPercent" || key8 === "maxExecution")) {
          const err88 = {
            instancePath,
            schemaPath: "#/allOf/6/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key8 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema51.allOf[6].then,
            data
          };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
      }
      if (data.batchPercent !== void 0) {
        let data37 = data.batchPercent;
        if (typeof data37 == "number" && isFinite(data37)) {
          if (data37 > 100 || isNaN(data37)) {
            const err89 = {
              instancePath: instancePath + "/batchPercent",
              schemaPath: "#/$defs/percent/maximum",
              keyword: "maximum",
              params: { comparison: "<=", limit: 100 },
              message: "must be <= 100",
              schema: 100,
              parentSchema: schema40,
              data: data37
            };
            if (vErrors === null) {
              vErrors = [err89];
            } else {
              vErrors.push(err89);
            }
            errors++;
          }
          if (data37 < 0 || isNaN(data37)) {
            const err90 = {
              instancePath: instancePath + "/batchPercent",
              schemaPath: "#/$defs/percent/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema40,
              data: data37
            };
            if (vErrors === null) {
              vErrors = [err90];
            } else {
              vErrors.push(err90);
            }
            errors++;
          }
        } else {
          const err91 = {
            instancePath: instancePath + "/batchPercent",
            schemaPath: "#/$defs/percent/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema40.type,
            parentSchema: schema40,
            data: data37
          };
          if (vErrors === null) {
            vErrors = [err91];
          } else {
            vErrors.push(err91);
          }
          errors++;
        }
      }
      if (data.wait !== void 0) {
        let data38 = data.wait;
        if (typeof data38 === "string") {
          if (!pattern16.test(data38)) {
            const err92 = {
              instancePath: instancePath + "/wait",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data38
            };
            if (vErrors === null) {
              vErrors = [err92];
            } else {
              vErrors.push(err92);
            }
            errors++;
          }
        } else {
          const err93 = {
            instancePath: instancePath + "/wait",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data38
          };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
      }
      if (data.rollbackBatchPercent !== void 0) {
        let data39 = data.rollbackBatchPercent;
        if (typeof data39 == "number" && isFinite(data39)) {
          if (data39 > 100 || isNaN(data39)) {
            const err94 = {
              instancePath: instancePath + "/rollbackBatchPercent",
              schemaPath: "#/$defs/percent/maximum",
              keyword: "maximum",
              params: { comparison: "<=", limit: 100 },
              message: "must be <= 100",
              schema: 100,
              parentSchema: schema40,
              data: data39
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
          if (data39 < 0 || isNaN(data39)) {
            const err95 = {
              instancePath: instancePath + "/rollbackBatchPercent",
              schemaPath: "#/$defs/percent/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema40,
              data: data39
            };
            if (vErrors === null) {
              vErrors = [err95];
            } else {
              vErrors.push(err95);
            }
            errors++;
          }
        } else {
          const err96 = {
            instancePath: instancePath + "/rollbackBatchPercent",
            schemaPath: "#/$defs/percent/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema40.type,
            parentSchema: schema40,
            data: data39
          };
          if (vErrors === null) {
            vErrors = [err96];
          } else {
            vErrors.push(err96);
          }
          errors++;
        }
      }
      if (data.maxExecution !== void 0) {
        let data40 = data.maxExecution;
        if (typeof data40 === "string") {
          if (!pattern16.test(data40)) {
            const err97 = {
              instancePath: instancePath + "/maxExecution",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data40
            };
            if (vErrors === null) {
              vErrors = [err97];
            } else {
              vErrors.push(err97);
            }
            errors++;
          }
        } else {
          const err98 = {
            instancePath: instancePath + "/maxExecution",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data40
          };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
      }
    }
    var _valid6 = _errs125 === errors;
    valid34 = _valid6;
    if (valid34) {
      var props6 = true;
    }
  }
  if (!valid34) {
    const err99 = {
      instancePath,
      schemaPath: "#/allOf/6/if",
      keyword: "if",
      params: { failingKeyword: "then" },
      message: 'must match "then" schema',
      schema: schema51.allOf[6].if,
      parentSchema: schema51.allOf[6],
      data
    };
    if (vErrors === null) {
      vErrors = [err99];
    } else {
      vErrors.push(err99);
    }
    errors++;
  }
  if (props0 !== true && props6 !== void 0) {
    if (props6 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props6);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err100 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "type" },
        message: "must have required property 'type'",
        schema: schema51.required,
        parentSchema: schema51,
        data
      };
      if (vErrors === null) {
        vErrors = [err100];
      } else {
        vErrors.push(err100);
      }
      errors++;
    }
    if (props0 !== true) {
      props0 = props0 || {};
      props0.type = true;
    }
    if (data.type !== void 0) {
      let data41 = data.type;
      if (!(data41 === "all-at-once" || data41 === "canary" || data41 === "linear" || data41 === "blue-green" || data41 === "shadow" || data41 === "ab-test" || data41 === "rolling")) {
        const err101 = {
          instancePath: instancePath + "/type",
          schemaPath: "#/properties/type/enum",
          keyword: "enum",
          params: { allowedValues: schema51.properties.type.enum },
          message: "must be equal to one of the allowed values",
          schema: schema51.properties.type.enum,
          parentSchema: schema51.properties.type,
          data: data41
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
  } else {
    const err102 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema51.type,
      parentSchema: schema51,
      data
    };
    if (vErrors === null) {
      vErrors = [err102];
    } else {
      vErrors.push(err102);
    }
    errors++;
  }
  validate33.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate33.evaluated = { dynamicProps: true, dynamicItems: false };
var schema70 = {
  description: "What decides each promotion. A list of rules, or a mapping with rules and settings.",
  if: { type: "array" },
  then: { $ref: "#/$defs/gateRules" },
  else: {
    type: "object",
    "x-expected": "a list of gate rules, or a mapping with rules",
    additionalProperties: false,
    properties: {
      rules: { $ref: "#/$defs/gateRules" },
      minInvocations: {
        type: "integer",
        minimum: 0,
        default: 100,
        description: "Candidate invocations needed in a window before metric gates decide. Default 100."
      },
      period: {
        $ref: "#/$defs/duration",
        description: "CloudWatch period the gates read: 1m or a multiple of 1m. Default 1m."
      },
      onInconclusive: {
        enum: ["fail", "pass"],
        default: "fail",
        description: "What an inconclusive gate does once the bake cannot be extended any more. Default fail.",
        "x-expected": "fail or pass"
      },
      maxExtension: {
        $ref: "#/$defs/duration",
        description: "How long a bake may be extended while waiting for samples. Default 10m."
      }
    }
  }
};
var schema71 = { type: "array", maxItems: 20, items: { $ref: "#/$defs/gateRule" } };
var schema72 = {
  description: "A metric rule (metric with max, min, maxRatioToBaseline and/or test) or an alarm rule (alarm).",
  type: "object",
  "x-expected": "a metric rule {metric, max|min|maxRatioToBaseline|test} or an alarm rule {alarm}",
  if: { required: ["alarm"] },
  then: {
    additionalProperties: false,
    properties: {
      id: { $ref: "#/$defs/gateId" },
      alarm: {
        description: "A CloudWatch alarm name: the gate fails while it is in ALARM; native modes also use it for auto-rollback.",
        type: "string",
        minLength: 1,
        maxLength: 255
      }
    }
  },
  else: {
    required: ["metric"],
    additionalProperties: false,
    properties: {
      id: { $ref: "#/$defs/gateId" },
      metric: {
        $ref: "#/$defs/metricName",
        description: "Rates are fractions 0 to 1, latency is milliseconds, invocations a count per window."
      },
      max: { type: "number", minimum: 0, description: "The candidate fails above this." },
      min: { type: "number", minimum: 0, description: "The candidate fails below this." },
      maxRatioToBaseline: {
        type: "number",
        exclusiveMinimum: 0,
        description: "Candidate / baseline must be at most this (e.g. 1.2 for latency)."
      },
      test: {
        enum: ["mann-whitney", "fisher", "binomial"],
        description: "Statistical comparison with the baseline: fails when the candidate is significantly worse. mann-whitney for latency, fisher or binomial for rates.",
        "x-expected": "mann-whitney, fisher or binomial"
      },
      alpha: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 0.5,
        default: 0.05,
        description: "Significance level of test. Default 0.05.",
        "x-expected": "a number above 0 and at most 0.5"
      }
    }
  }
};
var schema73 = {
  description: "Stable id used in plans and reports. Default derived from the rule (error_rate-max, latency_p99-ratio, alarm-<name>).",
  type: "string",
  pattern: "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$",
  "x-expected": "lower-case letters, digits, _ . - (at most 64 characters)"
};
var schema75 = {
  enum: [
    "error_rate",
    "client_error_rate",
    "model_error_rate",
    "latency_avg",
    "latency_p50",
    "latency_p90",
    "latency_p95",
    "latency_p99",
    "invocations"
  ],
  "x-expected": "one of error_rate, client_error_rate, model_error_rate, latency_avg, latency_p50, latency_p90, latency_p95, latency_p99, invocations"
};
var pattern25 = new RegExp("^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$", "u");
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema72.type,
      parentSchema: schema72,
      data
    };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.alarm === void 0 && (missing0 = "alarm")) {
      const err1 = {};
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "id" || key0 === "alarm")) {
          const err2 = {
            instancePath,
            schemaPath: "#/then/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key0 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema72.then,
            data
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
      if (data.id !== void 0) {
        let data0 = data.id;
        if (typeof data0 === "string") {
          if (!pattern25.test(data0)) {
            const err3 = {
              instancePath: instancePath + "/id",
              schemaPath: "#/$defs/gateId/pattern",
              keyword: "pattern",
              params: { pattern: "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$" },
              message: 'must match pattern "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$"',
              schema: "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$",
              parentSchema: schema73,
              data: data0
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/gateId/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema73.type,
            parentSchema: schema73,
            data: data0
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      if (data.alarm !== void 0) {
        let data1 = data.alarm;
        if (typeof data1 === "string") {
          if (func1(data1) > 255) {
            const err5 = {
              instancePath: instancePath + "/alarm",
              schemaPath: "#/then/properties/alarm/maxLength",
              keyword: "maxLength",
              params: { limit: 255 },
              message: "must NOT have more than 255 characters",
              schema: 255,
              parentSchema: schema72.then.properties.alarm,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (func1(data1) < 1) {
            const err6 = {
              instancePath: instancePath + "/alarm",
              schemaPath: "#/then/properties/alarm/minLength",
              keyword: "minLength",
              params: { limit: 1 },
              message: "must NOT have fewer than 1 characters",
              schema: 1,
              parentSchema: schema72.then.properties.alarm,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = {
            instancePath: instancePath + "/alarm",
            schemaPath: "#/then/properties/alarm/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema72.then.properties.alarm.type,
            parentSchema: schema72.then.properties.alarm,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs11 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.metric === void 0) {
        const err8 = {
          instancePath,
          schemaPath: "#/else/required",
          keyword: "required",
          params: { missingProperty: "metric" },
          message: "must have required property 'metric'",
          schema: schema72.else.required,
          parentSchema: schema72.else,
          data
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      for (const key1 in data) {
        if (!(key1 === "id" || key1 === "metric" || key1 === "max" || key1 === "min" || key1 === "maxRatioToBaseline" || key1 === "test" || key1 === "alpha")) {
          const err9 = {
            instancePath,
            schemaPath: "#/else/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key1 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema72.else,
            data
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (data.id !== void 0) {
        let data2 = data.id;
        if (typeof data2 === "string") {
          if (!pattern25.test(data2)) {
            const err10 = {
              instancePath: instancePath + "/id",
              schemaPath: "#/$defs/gateId/pattern",
              keyword: "pattern",
              params: { pattern: "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$" },
              message: 'must match pattern "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$"',
              schema: "^[a-z0-9](?:[a-z0-9_.-]{0,62}[a-z0-9])?$",
              parentSchema: schema73,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        } else {
          const err11 = {
            instancePath: instancePath + "/id",
            schemaPath: "#/$defs/gateId/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema73.type,
            parentSchema: schema73,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
      if (data.metric !== void 0) {
        let data3 = data.metric;
        if (!(data3 === "error_rate" || data3 === "client_error_rate" || data3 === "model_error_rate" || data3 === "latency_avg" || data3 === "latency_p50" || data3 === "latency_p90" || data3 === "latency_p95" || data3 === "latency_p99" || data3 === "invocations")) {
          const err12 = {
            instancePath: instancePath + "/metric",
            schemaPath: "#/$defs/metricName/enum",
            keyword: "enum",
            params: { allowedValues: schema75.enum },
            message: "must be equal to one of the allowed values",
            schema: schema75.enum,
            parentSchema: schema75,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (data.max !== void 0) {
        let data4 = data.max;
        if (typeof data4 == "number" && isFinite(data4)) {
          if (data4 < 0 || isNaN(data4)) {
            const err13 = {
              instancePath: instancePath + "/max",
              schemaPath: "#/else/properties/max/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema72.else.properties.max,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        } else {
          const err14 = {
            instancePath: instancePath + "/max",
            schemaPath: "#/else/properties/max/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema72.else.properties.max.type,
            parentSchema: schema72.else.properties.max,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
      if (data.min !== void 0) {
        let data5 = data.min;
        if (typeof data5 == "number" && isFinite(data5)) {
          if (data5 < 0 || isNaN(data5)) {
            const err15 = {
              instancePath: instancePath + "/min",
              schemaPath: "#/else/properties/min/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema72.else.properties.min,
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        } else {
          const err16 = {
            instancePath: instancePath + "/min",
            schemaPath: "#/else/properties/min/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema72.else.properties.min.type,
            parentSchema: schema72.else.properties.min,
            data: data5
          };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
      if (data.maxRatioToBaseline !== void 0) {
        let data6 = data.maxRatioToBaseline;
        if (typeof data6 == "number" && isFinite(data6)) {
          if (data6 <= 0 || isNaN(data6)) {
            const err17 = {
              instancePath: instancePath + "/maxRatioToBaseline",
              schemaPath: "#/else/properties/maxRatioToBaseline/exclusiveMinimum",
              keyword: "exclusiveMinimum",
              params: { comparison: ">", limit: 0 },
              message: "must be > 0",
              schema: 0,
              parentSchema: schema72.else.properties.maxRatioToBaseline,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        } else {
          const err18 = {
            instancePath: instancePath + "/maxRatioToBaseline",
            schemaPath: "#/else/properties/maxRatioToBaseline/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema72.else.properties.maxRatioToBaseline.type,
            parentSchema: schema72.else.properties.maxRatioToBaseline,
            data: data6
          };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      if (data.test !== void 0) {
        let data7 = data.test;
        if (!(data7 === "mann-whitney" || data7 === "fisher" || data7 === "binomial")) {
          const err19 = {
            instancePath: instancePath + "/test",
            schemaPath: "#/else/properties/test/enum",
            keyword: "enum",
            params: { allowedValues: schema72.else.properties.test.enum },
            message: "must be equal to one of the allowed values",
            schema: schema72.else.properties.test.enum,
            parentSchema: schema72.else.properties.test,
            data: data7
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      if (data.alpha !== void 0) {
        let data8 = data.alpha;
        if (typeof data8 == "number" && isFinite(data8)) {
          if (data8 > 0.5 || isNaN(data8)) {
            const err20 = {
              instancePath: instancePath + "/alpha",
              schemaPath: "#/else/properties/alpha/maximum",
              keyword: "maximum",
              params: { comparison: "<=", limit: 0.5 },
              message: "must be <= 0.5",
              schema: 0.5,
              parentSchema: schema72.else.properties.alpha,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (data8 <= 0 || isNaN(data8)) {
            const err21 = {
              instancePath: instancePath + "/alpha",
              schemaPath: "#/else/properties/alpha/exclusiveMinimum",
              keyword: "exclusiveMinimum",
              params: { comparison: ">", limit: 0 },
              message: "must be > 0",
              schema: 0,
              parentSchema: schema72.else.properties.alpha,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        } else {
          const err22 = {
            instancePath: instancePath + "/alpha",
            schemaPath: "#/else/properties/alpha/type",
            keyword: "type",
            params: { type: "number" },
            message: "must be number",
            schema: schema72.else.properties.alpha.type,
            parentSchema: schema72.else.properties.alpha,
            data: data8
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    var _valid0 = _errs11 === errors;
    valid0 = _valid0;
    if (valid0) {
      if (props0 !== true) {
        props0 = true;
      }
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err23 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
      schema: schema72.if,
      parentSchema: schema72,
      data
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate39.errors = vErrors;
  evaluated0.props = props0;
  return errors === 0;
}
validate39.evaluated = { dynamicProps: true, dynamicItems: false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate38.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length > 20) {
      const err0 = {
        instancePath,
        schemaPath: "#/maxItems",
        keyword: "maxItems",
        params: { limit: 20 },
        message: "must NOT have more than 20 items",
        schema: 20,
        parentSchema: schema71,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate39(data[i0], {
        instancePath: instancePath + "/" + i0,
        parentData: data,
        parentDataProperty: i0,
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err1 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "array" },
      message: "must be array",
      schema: schema71.type,
      parentSchema: schema71,
      data
    };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
validate38.evaluated = { items: true, dynamicProps: false, dynamicItems: false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = true;
  const _errs1 = errors;
  if (!Array.isArray(data)) {
    const err0 = {};
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  errors = _errs0;
  if (vErrors !== null) {
    if (_errs0) {
      vErrors.length = _errs0;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs3 = errors;
    if (!validate38(data, { instancePath, parentData, parentDataProperty, rootData, dynamicAnchors })) {
      vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs3 === errors;
    valid0 = _valid0;
    if (valid0) {
      var items0 = true;
    }
    ifClause0 = "then";
  } else {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      for (const key0 in data) {
        if (!(key0 === "rules" || key0 === "minInvocations" || key0 === "period" || key0 === "onInconclusive" || key0 === "maxExtension")) {
          const err1 = {
            instancePath,
            schemaPath: "#/else/additionalProperties",
            keyword: "additionalProperties",
            params: { additionalProperty: key0 },
            message: "must NOT have additional properties",
            schema: false,
            parentSchema: schema70.else,
            data
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      if (data.rules !== void 0) {
        if (!validate38(data.rules, {
          instancePath: instancePath + "/rules",
          parentData: data,
          parentDataProperty: "rules",
          rootData,
          dynamicAnchors
        })) {
          vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
          errors = vErrors.length;
        }
      }
      if (data.minInvocations !== void 0) {
        let data1 = data.minInvocations;
        if (!(typeof data1 == "number" && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
          const err2 = {
            instancePath: instancePath + "/minInvocations",
            schemaPath: "#/else/properties/minInvocations/type",
            keyword: "type",
            params: { type: "integer" },
            message: "must be integer",
            schema: schema70.else.properties.minInvocations.type,
            parentSchema: schema70.else.properties.minInvocations,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 < 0 || isNaN(data1)) {
            const err3 = {
              instancePath: instancePath + "/minInvocations",
              schemaPath: "#/else/properties/minInvocations/minimum",
              keyword: "minimum",
              params: { comparison: ">=", limit: 0 },
              message: "must be >= 0",
              schema: 0,
              parentSchema: schema70.else.properties.minInvocations,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
      if (data.period !== void 0) {
        let data2 = data.period;
        if (typeof data2 === "string") {
          if (!pattern16.test(data2)) {
            const err4 = {
              instancePath: instancePath + "/period",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        } else {
          const err5 = {
            instancePath: instancePath + "/period",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      if (data.onInconclusive !== void 0) {
        let data3 = data.onInconclusive;
        if (!(data3 === "fail" || data3 === "pass")) {
          const err6 = {
            instancePath: instancePath + "/onInconclusive",
            schemaPath: "#/else/properties/onInconclusive/enum",
            keyword: "enum",
            params: { allowedValues: schema70.else.properties.onInconclusive.enum },
            message: "must be equal to one of the allowed values",
            schema: schema70.else.properties.onInconclusive.enum,
            parentSchema: schema70.else.properties.onInconclusive,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (data.maxExtension !== void 0) {
        let data4 = data.maxExtension;
        if (typeof data4 === "string") {
          if (!pattern16.test(data4)) {
            const err7 = {
              instancePath: instancePath + "/maxExtension",
              schemaPath: "#/$defs/duration/pattern",
              keyword: "pattern",
              params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
              message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
              schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
              parentSchema: schema52,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        } else {
          const err8 = {
            instancePath: instancePath + "/maxExtension",
            schemaPath: "#/$defs/duration/type",
            keyword: "type",
            params: { type: "string" },
            message: "must be string",
            schema: schema52.type,
            parentSchema: schema52,
            data: data4
          };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    } else {
      const err9 = {
        instancePath,
        schemaPath: "#/else/type",
        keyword: "type",
        params: { type: "object" },
        message: "must be object",
        schema: schema70.else.type,
        parentSchema: schema70.else,
        data
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = _valid0;
    if (valid0) {
      var props0 = true;
    }
    ifClause0 = "else";
  }
  if (!valid0) {
    const err10 = {
      instancePath,
      schemaPath: "#/if",
      keyword: "if",
      params: { failingKeyword: ifClause0 },
      message: 'must match "' + ifClause0 + '" schema',
      schema: schema70.if,
      parentSchema: schema70,
      data
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate37.errors = vErrors;
  evaluated0.props = props0;
  evaluated0.items = items0;
  return errors === 0;
}
validate37.evaluated = { dynamicProps: true, dynamicItems: true };
var schema78 = {
  description: "Rollback and time limits.",
  type: "object",
  additionalProperties: false,
  properties: {
    enabled: {
      type: "boolean",
      default: true,
      description: "Roll back automatically on a failed gate, an error, a timeout or a cancel. Default true."
    },
    watch: {
      $ref: "#/$defs/duration",
      description: "Keep watching the gates after promotion; a failure restores the previous config. Default 0s (no watch)."
    },
    deadline: { $ref: "#/$defs/duration", description: "Overall deadline for the rollout. Default 24h." },
    stepTimeout: {
      $ref: "#/$defs/duration",
      description: "Longest wait for one endpoint update to reach InService. Default 30m."
    },
    createAlarms: {
      type: "boolean",
      default: true,
      description: "Create CloudWatch alarms from max/min metric gates for native auto-rollback. Default true."
    }
  }
};
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "watch" || key0 === "deadline" || key0 === "stepTimeout" || key0 === "createAlarms")) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema78,
          data
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = {
          instancePath: instancePath + "/enabled",
          schemaPath: "#/properties/enabled/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema78.properties.enabled.type,
          parentSchema: schema78.properties.enabled,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.watch !== void 0) {
      let data1 = data.watch;
      if (typeof data1 === "string") {
        if (!pattern16.test(data1)) {
          const err2 = {
            instancePath: instancePath + "/watch",
            schemaPath: "#/$defs/duration/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
            message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
            schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
            parentSchema: schema52,
            data: data1
          };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = {
          instancePath: instancePath + "/watch",
          schemaPath: "#/$defs/duration/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema52.type,
          parentSchema: schema52,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.deadline !== void 0) {
      let data2 = data.deadline;
      if (typeof data2 === "string") {
        if (!pattern16.test(data2)) {
          const err4 = {
            instancePath: instancePath + "/deadline",
            schemaPath: "#/$defs/duration/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
            message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
            schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
            parentSchema: schema52,
            data: data2
          };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = {
          instancePath: instancePath + "/deadline",
          schemaPath: "#/$defs/duration/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema52.type,
          parentSchema: schema52,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.stepTimeout !== void 0) {
      let data3 = data.stepTimeout;
      if (typeof data3 === "string") {
        if (!pattern16.test(data3)) {
          const err6 = {
            instancePath: instancePath + "/stepTimeout",
            schemaPath: "#/$defs/duration/pattern",
            keyword: "pattern",
            params: { pattern: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$" },
            message: 'must match pattern "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$"',
            schema: "^(?=\\d)(?:\\d+d)?(?:\\d+h)?(?:\\d+m)?(?:\\d+s)?$",
            parentSchema: schema52,
            data: data3
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = {
          instancePath: instancePath + "/stepTimeout",
          schemaPath: "#/$defs/duration/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema52.type,
          parentSchema: schema52,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.createAlarms !== void 0) {
      let data4 = data.createAlarms;
      if (typeof data4 !== "boolean") {
        const err8 = {
          instancePath: instancePath + "/createAlarms",
          schemaPath: "#/properties/createAlarms/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema78.properties.createAlarms.type,
          parentSchema: schema78.properties.createAlarms,
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema78.type,
      parentSchema: schema78,
      data
    };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { props: true, dynamicProps: false, dynamicItems: false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "apiVersion" },
        message: "must have required property 'apiVersion'",
        schema: schema31.required,
        parentSchema: schema31,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "model" },
        message: "must have required property 'model'",
        schema: schema31.required,
        parentSchema: schema31,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.target === void 0) {
      const err2 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "target" },
        message: "must have required property 'target'",
        schema: schema31.required,
        parentSchema: schema31,
        data
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.strategy === void 0) {
      const err3 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "strategy" },
        message: "must have required property 'strategy'",
        schema: schema31.required,
        parentSchema: schema31,
        data
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "apiVersion" || key0 === "model" || key0 === "checks" || key0 === "target" || key0 === "strategy" || key0 === "gates" || key0 === "rollback" || key0 === "policies")) {
        const err4 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema31,
          data
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("modelgate/v1" !== data0) {
        const err5 = {
          instancePath: instancePath + "/apiVersion",
          schemaPath: "#/properties/apiVersion/const",
          keyword: "const",
          params: { allowedValue: "modelgate/v1" },
          message: "must be equal to constant",
          schema: "modelgate/v1",
          parentSchema: schema31.properties.apiVersion,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (!validate21(data.model, {
        instancePath: instancePath + "/model",
        parentData: data,
        parentDataProperty: "model",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.checks !== void 0) {
      if (!validate23(data.checks, {
        instancePath: instancePath + "/checks",
        parentData: data,
        parentDataProperty: "checks",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.target !== void 0) {
      if (!validate31(data.target, {
        instancePath: instancePath + "/target",
        parentData: data,
        parentDataProperty: "target",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
        errors = vErrors.length;
      }
    }
    if (data.strategy !== void 0) {
      if (!validate33(data.strategy, {
        instancePath: instancePath + "/strategy",
        parentData: data,
        parentDataProperty: "strategy",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.gates !== void 0) {
      if (!validate37(data.gates, {
        instancePath: instancePath + "/gates",
        parentData: data,
        parentDataProperty: "gates",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
    if (data.rollback !== void 0) {
      if (!validate44(data.rollback, {
        instancePath: instancePath + "/rollback",
        parentData: data,
        parentDataProperty: "rollback",
        rootData,
        dynamicAnchors
      })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
    }
    if (data.policies !== void 0) {
      let data7 = data.policies;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 === "string") {
            if (func1(data8) < 1) {
              const err6 = {
                instancePath: instancePath + "/policies/" + i0,
                schemaPath: "#/properties/policies/items/minLength",
                keyword: "minLength",
                params: { limit: 1 },
                message: "must NOT have fewer than 1 characters",
                schema: 1,
                parentSchema: schema31.properties.policies.items,
                data: data8
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/policies/" + i0,
              schemaPath: "#/properties/policies/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema31.properties.policies.items.type,
              parentSchema: schema31.properties.policies.items,
              data: data8
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        let i1 = data7.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data7[i1];
            if (typeof item0 !== "string") {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err8 = {
                instancePath: instancePath + "/policies",
                schemaPath: "#/properties/policies/uniqueItems",
                keyword: "uniqueItems",
                params: { i: i1, j: j0 },
                message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)",
                schema: true,
                parentSchema: schema31.properties.policies,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err9 = {
          instancePath: instancePath + "/policies",
          schemaPath: "#/properties/policies/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema31.properties.policies.type,
          parentSchema: schema31.properties.policies,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema31.type,
      parentSchema: schema31,
      data
    };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { props: true, dynamicProps: false, dynamicItems: false };

// src/spec/schema-check.ts
function checkSchema(parsed, file) {
  if (validate(parsed.value)) return [];
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const err of validate.errors ?? []) {
    const p = toProblem(err, parsed, file);
    if (!p) continue;
    const key = `${p.path}\0${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems;
}
function pointerToSegments(pointer, root) {
  if (pointer === "") return [];
  const out = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) {
      out.push(Number(key));
      node = node[Number(key)];
    } else {
      out.push(key);
      node = node && typeof node === "object" ? node[key] : void 0;
    }
  }
  return out;
}
function describe(value) {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the string ${JSON.stringify(truncate(value))}`;
  return `${typeof value} ${String(value)}`;
}
function truncate(s, n = 60) {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
function deref(s) {
  if (!s || typeof s !== "object") return void 0;
  const ref = s.$ref;
  if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
    const target = schema_default.$defs[ref.slice("#/$defs/".length)];
    return { ...target, ...s };
  }
  return s;
}
function expectedOf(s, describeField = false) {
  const d = deref(s);
  if (!d) return void 0;
  if (typeof d["x-expected"] === "string") return d["x-expected"];
  if (describeField && typeof d.description === "string") {
    const first = d.description.split(". ")[0].replace(/\.$/, "");
    return first.charAt(0).toLowerCase() + first.slice(1);
  }
  return void 0;
}
var NAMES_OF_TYPES = {
  object: "a mapping",
  array: "a list",
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "nothing"
};
function typeMessage(err) {
  const want = [].concat(err.params.type);
  const wanted = want.map((t) => NAMES_OF_TYPES[t] ?? t).join(" or ");
  const value = err.data;
  const parent = err.parentSchema;
  const isDuration = typeof parent?.pattern === "string" && parent.pattern.includes("\\d+d");
  if (isDuration && typeof value === "number") {
    return {
      message: `${value} has no unit`,
      expected: `a duration with its unit, e.g. ${value}s or ${value}m`
    };
  }
  if (want.includes("boolean") && typeof value === "string" && /^(yes|no|on|off|y|n)$/i.test(value)) {
    return {
      message: `${JSON.stringify(value)} is a string in YAML 1.2`,
      expected: "true or false"
    };
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    return { message: `${value} is not a finite number`, expected: expectedOf(parent) ?? wanted };
  }
  if (want.includes("string") && (typeof value === "number" || typeof value === "boolean")) {
    return {
      message: `expected a string, got ${describe(value)}`,
      expected: `${expectedOf(parent) ?? "a string"} (quote it)`
    };
  }
  const expected = expectedOf(parent);
  return {
    message: `expected ${wanted}, got ${describe(value)}`,
    expected: expected === wanted ? void 0 : expected
  };
}
function knownKeys(parent) {
  const props = deref(parent)?.properties;
  return props && typeof props === "object" ? Object.keys(props) : [];
}
function unknownKeyMessage(key, known) {
  const expected = known.length > 0 ? `one of ${known.join(", ")}` : void 0;
  if (key.endsWith("Seconds") && known.includes(key.slice(0, -"Seconds".length))) {
    const short = key.slice(0, -"Seconds".length);
    return {
      message: `unknown field "${key}": durations are written without the Seconds suffix; did you mean "${short}" (e.g. ${short}: 10m)?`,
      expected
    };
  }
  const guess = closest(key, known);
  return {
    message: guess ? `unknown field "${key}"; did you mean "${guess}"?` : `unknown field "${key}"`,
    expected
  };
}
function toProblem(err, parsed, file) {
  const segments = pointerToSegments(err.instancePath, parsed.value);
  let at = segments;
  let message;
  let expected;
  const parent = err.parentSchema;
  switch (err.keyword) {
    case "if":
      return void 0;
    // the branch's own errors say what is wrong
    case "required": {
      const field = err.params.missingProperty;
      at = [...segments, field];
      message = `missing required field "${field}"`;
      const props = deref(parent)?.properties ?? {};
      expected = expectedOf(props[field], true);
      break;
    }
    case "additionalProperties":
    case "unevaluatedProperties": {
      const key = err.params.additionalProperty ?? err.params.unevaluatedProperty;
      at = [...segments, key];
      ({ message, expected } = unknownKeyMessage(key, knownKeys(parent)));
      break;
    }
    case "type":
      ({ message, expected } = typeMessage(err));
      break;
    case "enum": {
      const allowed = err.params.allowedValues.map(String);
      const guess = typeof err.data === "string" ? closest(err.data, allowed) : void 0;
      message = `unknown value ${JSON.stringify(err.data)}${guess ? `; did you mean "${guess}"?` : ""}`;
      expected = expectedOf(parent) ?? `one of ${allowed.join(", ")}`;
      break;
    }
    case "const":
      message = `${describe(err.data)} is not supported`;
      expected = JSON.stringify(err.params.allowedValue);
      break;
    case "pattern":
    case "format":
      message = `${describe(err.data)} is not valid`;
      expected = expectedOf(parent);
      break;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const limit = err.params.limit;
      const word = {
        minimum: `at least ${limit}`,
        maximum: `at most ${limit}`,
        exclusiveMinimum: `above ${limit}`,
        exclusiveMaximum: `below ${limit}`
      }[err.keyword];
      message = `${String(err.data)} is out of range (must be ${word})`;
      expected = expectedOf(parent);
      break;
    }
    case "minLength":
      message = err.params.limit === 1 ? "must not be empty" : `must be at least ${err.params.limit} characters`;
      expected = expectedOf(parent);
      break;
    case "maxLength":
      message = `is ${String(err.data).length} characters, more than the ${err.params.limit} allowed`;
      expected = expectedOf(parent);
      break;
    case "minItems":
      message = err.params.limit === 1 ? "must not be an empty list" : `must have at least ${err.params.limit} items`;
      break;
    case "maxItems":
      message = `has ${err.data.length} items, more than the ${err.params.limit} allowed`;
      break;
    case "maxProperties":
      message = `has ${Object.keys(err.data).length} entries, more than the ${err.params.limit} allowed`;
      break;
    case "uniqueItems":
      message = `items ${err.params.j} and ${err.params.i} are the same`;
      break;
    case "propertyNames":
      return void 0;
    // reported through the nested error that carries the property name
    default:
      message = err.message ?? `fails ${err.keyword}`;
  }
  if (err.propertyName !== void 0 && err.keyword !== "required") {
    at = [...segments, err.propertyName];
    message = `invalid key ${JSON.stringify(err.propertyName)}: ${message}`;
  }
  const where = parsed.locate(at) ?? { line: 1, column: 1 };
  return {
    file,
    line: where.line,
    column: where.column,
    path: formatPath(at) || void 0,
    message,
    expected
  };
}

// src/spec/semantic.ts
var has = (o, key) => Object.hasOwn(obj(o), key);
var dur = (s) => formatDuration(s);
var NATIVE_WAIT_MAX = 3600;
var MAX_DURATION = 30 * 86400;
var DURATION_KEYS = /* @__PURE__ */ new Set([
  "bake",
  "terminationWait",
  "duration",
  "wait",
  "maxExecution",
  "period",
  "maxExtension",
  "watch",
  "deadline",
  "stepTimeout"
]);
var RATE_METRICS = /* @__PURE__ */ new Set(["error_rate", "client_error_rate", "model_error_rate"]);
function checkSemantics(sec, reportTo) {
  let found = 0;
  const report = (...args) => {
    found++;
    reportTo(...args);
  };
  for (const section of ["strategy", "gates", "rollback"])
    checkDurations(sec.raw[section], [section], report);
  if (sec.model && sec.checks) checkChecks(sec.checks, sec.model, report);
  if (sec.model) checkModel(sec.model, report);
  if (sec.target) checkTarget(sec.target, obj(sec.raw.target), report);
  if (sec.gates) checkGates(sec.gates, sec.raw.gates, report);
  if (sec.rollback) checkRollback(sec.rollback, sec.gates, report);
  if (sec.strategy && sec.target && sec.gates) {
    checkStrategy(sec.strategy, obj(sec.raw.strategy), sec.target, sec.gates, report);
  }
  if (sec.strategy?.type === "shadow" && sec.strategy.agreement && sec.target) {
    const dc = sec.target.dataCapture;
    if (!dc || !dc.enabled || dc.samplingPercent <= 0) {
      report(
        "strategy.agreement",
        `prediction agreement is read from data capture, and ${dc ? "target.dataCapture is disabled" : "target.dataCapture is not configured"}`,
        "target.dataCapture: { destination: s3://…, samplingPercent: … }"
      );
    }
  }
  if (sec.model && sec.target && sec.target.variant === candidateModelName(sec.model)) {
    report(
      "target.variant",
      `the live variant "${sec.target.variant}" has the name the candidate would get: this model version seems deployed already`,
      "distinct baseline and candidate variant names"
    );
  }
  const { model, checks, target, strategy, gates, rollback } = sec;
  if (found === 0 && model && checks && target && strategy && gates && rollback) {
    const spec = {
      apiVersion: "modelgate/v1",
      model,
      checks,
      target,
      strategy,
      gates,
      rollback,
      policies: []
    };
    checkAgainstPlan(spec, sec.raw, report);
  }
}
function checkDurations(node, path, report) {
  if (Array.isArray(node)) {
    node.forEach((x, i) => checkDurations(x, [...path, i], report));
    return;
  }
  if (!node || typeof node !== "object") return;
  for (const [k, v] of Object.entries(node)) {
    if (DURATION_KEYS.has(k) && typeof v === "string") {
      const s = parseDuration(v);
      if (s !== void 0 && s > MAX_DURATION) {
        report(formatPath([...path, k]), `${v} is longer than the 30-day limit`, "a duration of at most 30d");
      }
    } else {
      checkDurations(v, [...path, k], report);
    }
  }
}
function checkModel(m, report) {
  if (/^s3:/i.test(m.artifact)) {
    if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/\S+$/.test(m.artifact)) {
      report(
        "model.artifact",
        `"${m.artifact}" is not a valid S3 URI`,
        "s3://bucket/key with a lower-case bucket name"
      );
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(m.artifact)) {
    report(
      "model.artifact",
      `"${m.artifact}" is neither a local path nor an s3:// URI`,
      "a path relative to the spec or s3://bucket/key"
    );
  }
}
function checkChecks(c, m, report) {
  const a = c.artifact;
  if (a?.minSizeBytes !== void 0 && a.maxSizeBytes !== void 0 && a.minSizeBytes > a.maxSizeBytes) {
    report(
      "checks.artifact.minSizeBytes",
      `minSizeBytes ${a.minSizeBytes} is larger than maxSizeBytes ${a.maxSizeBytes}`,
      "minSizeBytes ≤ maxSizeBytes"
    );
  }
  if (a && a.requiredFiles.length > 0 && !/\.(tar\.gz|tgz)$/i.test(m.artifact)) {
    report(
      "checks.artifact.requiredFiles",
      `requiredFiles are looked up inside a .tar.gz artifact, but model.artifact is "${m.artifact}"`,
      "a model.artifact ending in .tar.gz, or no requiredFiles"
    );
  }
  const d = c.data;
  if (d) {
    const names = /* @__PURE__ */ new Map();
    d.columns.forEach((col, i) => {
      const at = `checks.data.columns[${i}]`;
      if (names.has(col.name)) {
        report(
          `${at}.name`,
          `column "${col.name}" is declared twice (first at columns[${names.get(col.name)}])`,
          "unique column names"
        );
      } else names.set(col.name, i);
      const numeric = col.type === "number" || col.type === "integer";
      if (!numeric && (col.min !== void 0 || col.max !== void 0)) {
        report(
          `${at}.${col.min !== void 0 ? "min" : "max"}`,
          `min and max apply to number and integer columns; "${col.name}" is ${col.type}`
        );
      }
      if (col.min !== void 0 && col.max !== void 0 && col.min > col.max) {
        report(`${at}.min`, `min ${col.min} is larger than max ${col.max}`, "min ≤ max");
      }
      const want = numeric ? "number" : col.type === "boolean" ? "boolean" : "string";
      col.allowed?.forEach((v, j) => {
        if (typeof v !== want) {
          report(
            `${at}.allowed[${j}]`,
            `${JSON.stringify(v)} is not a ${want}, but "${col.name}" is a ${col.type} column`,
            `${want} values`
          );
        }
      });
    });
    const drift = d.drift;
    if (drift) {
      if (!d.reference) {
        report(
          "checks.data.drift",
          "drift is measured against reference data, and checks.data.reference is not set",
          "checks.data.reference: <path to the training data>"
        );
      }
      drift.numerical?.forEach((mth, i) => {
        if (mth === "chi2")
          report(
            `checks.data.drift.numerical[${i}]`,
            "chi2 compares categories, not numbers",
            "psi, ks, wasserstein or jensen-shannon"
          );
      });
      drift.categorical?.forEach((mth, i) => {
        if (mth === "ks" || mth === "wasserstein") {
          report(
            `checks.data.drift.categorical[${i}]`,
            `${mth} compares numbers, not categories`,
            "psi, chi2 or jensen-shannon"
          );
        }
      });
      for (const mth of ["ks", "chi2"]) {
        const t = drift.thresholds[mth];
        if (t !== void 0 && t > 1)
          report(
            `checks.data.drift.thresholds.${mth}`,
            `${mth} takes a p-value threshold, and ${t} is above 1`,
            "a p-value between 0 and 1, e.g. 0.05"
          );
      }
      if (d.columns.length > 0) {
        const declared = d.columns.map((x) => x.name);
        for (const name of Object.keys(drift.columns)) {
          if (!declared.includes(name)) {
            const guess = closest(name, declared);
            report(
              `checks.data.drift.columns[${JSON.stringify(name)}]`,
              `"${name}" is not one of the declared columns${guess ? `; did you mean "${guess}"?` : ""}`,
              `one of ${declared.join(", ")}`
            );
          }
        }
      }
    }
  }
  const e = c.evaluation;
  if (e && !e.baseline) {
    e.require.forEach((expr, i) => {
      if (/\bbaseline\s*[.[]/.test(expr)) {
        report(
          `checks.evaluation.require[${i}]`,
          `"${expr}" reads baseline metrics, and checks.evaluation.baseline is not set`,
          "checks.evaluation.baseline: <path to the baseline metrics JSON>"
        );
      }
    });
  }
}
function checkTarget(t, raw, report) {
  if (t.provider === "sagemaker" && !has(raw, "region")) {
    report(
      "target.region",
      'missing required field "region" (provider sagemaker needs a region)',
      "an AWS region such as us-east-1"
    );
  }
  const dc = t.dataCapture;
  if (dc?.enabled && dc.samplingPercent === 0) {
    report(
      "target.dataCapture.samplingPercent",
      "data capture is enabled with a sampling of 0%: nothing would be captured",
      "a percentage above 0, or enabled: false"
    );
  }
  if (dc && t.provider === "sagemaker" && !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(dc.destination)) {
    report(
      "target.dataCapture.destination",
      `SageMaker captures to S3, and "${dc.destination}" is not an s3:// URI`,
      "s3://bucket/prefix"
    );
  }
}
function isRule(v) {
  return !!v && typeof v === "object" && !Array.isArray(v);
}
function checkGates(g, raw, report) {
  const base = gateRulesPath(raw);
  const rawRules = Array.isArray(raw) ? raw : obj(raw).rules;
  const seen = /* @__PURE__ */ new Map();
  g.rules.forEach((rule, i) => {
    const at = `${base}[${i}]`;
    const r = isRule(rawRules?.[i]) ? rawRules?.[i] : {};
    const explicit = typeof r.id === "string";
    if (explicit && (rule.id === "agreement" || rule.id === "ab-test")) {
      report(
        `${at}.id`,
        `the id "${rule.id}" is reserved for the ${rule.id === "ab-test" ? "A/B test verdict" : "shadow agreement check"}`,
        "another id"
      );
    }
    const first = seen.get(rule.id);
    if (first !== void 0) {
      report(
        explicit ? `${at}.id` : at,
        explicit ? `duplicate gate id "${rule.id}" (also ${base}[${first}])` : `duplicate gate id "${rule.id}", derived from the rule, as ${base}[${first}]; merge the two rules or give one an id`,
        "unique gate ids"
      );
    } else seen.set(rule.id, i);
    if (rule.kind === "metric") checkMetricGate(rule, r, at, report);
  });
  if (g.periodSeconds < 60 || g.periodSeconds % 60 !== 0) {
    report(
      "gates.period",
      `${dur(g.periodSeconds)} is not a whole number of minutes: SageMaker publishes endpoint metrics every minute`,
      "a period of 1m or a multiple of 1m"
    );
  }
}
function checkMetricGate(rule, raw, at, report) {
  const { metric } = rule;
  if (rule.max === void 0 && rule.min === void 0 && rule.maxRatioToBaseline === void 0 && rule.test === void 0) {
    report(at, `the ${metric} gate has no criterion`, "at least one of max, min, maxRatioToBaseline, test");
  }
  if (RATE_METRICS.has(metric)) {
    for (const k of ["max", "min"]) {
      const v = rule[k];
      if (v !== void 0 && v > 1) {
        report(
          `${at}.${k}`,
          `${metric} is a fraction from 0 to 1, and ${v} is above 1 (1% is 0.01)`,
          "a fraction from 0 to 1"
        );
      }
    }
  }
  if (rule.max !== void 0 && rule.min !== void 0 && rule.min > rule.max) {
    report(`${at}.min`, `min ${rule.min} is above max ${rule.max}: the gate can never pass`, "min ≤ max");
  }
  if (rule.test) {
    const latency = metric.startsWith("latency_");
    const fits = rule.test === "mann-whitney" ? latency : RATE_METRICS.has(metric);
    if (!fits) {
      const want = latency ? "mann-whitney" : RATE_METRICS.has(metric) ? "fisher or binomial" : "no test";
      report(`${at}.test`, `${rule.test} does not apply to ${metric}`, want);
    }
  }
  if (metric === "invocations" && rule.maxRatioToBaseline !== void 0) {
    report(
      `${at}.maxRatioToBaseline`,
      "invocations follow the traffic split, so their ratio to the baseline says nothing about the model",
      "a min on invocations, or a ratio on another metric"
    );
  }
  if (has(raw, "alpha") && rule.test === void 0) {
    report(
      `${at}.alpha`,
      "alpha is the significance level of a test, and this gate has no test",
      "test: mann-whitney, fisher or binomial"
    );
  }
}
function checkRollback(r, g, report) {
  if (r.stepTimeoutSeconds < 60) {
    report(
      "rollback.stepTimeout",
      `${dur(r.stepTimeoutSeconds)} is too short for any endpoint update`,
      "at least 1m (SageMaker updates usually take 5–10 minutes)"
    );
  }
  if (g && r.watchSeconds > 0 && g.rules.length === 0) {
    report(
      "rollback.watch",
      "a post-promotion watch needs gates to watch, and there are none",
      "gates, or no rollback.watch"
    );
  }
}
function checkStrategy(s, raw, t, g, report) {
  const period = g.periodSeconds;
  const noGates = g.rules.length === 0;
  const bakeAtLeastPeriod = (path, seconds2, what = "bake") => {
    if (seconds2 < period) {
      report(
        path,
        `${what} ${dur(seconds2)} is shorter than the gate period ${dur(period)}: its gates would have no complete metric window`,
        `at least ${dur(period)}`
      );
    }
  };
  const nativeWait = (path, seconds2, what) => {
    if (seconds2 > NATIVE_WAIT_MAX)
      report(
        path,
        `${dur(seconds2)} is longer than SageMaker's ${what} limit of 1h`,
        "at most 1h in native mode"
      );
  };
  const bakePath = (key) => has(raw, key) ? `strategy.${key}` : "strategy";
  switch (s.type) {
    case "all-at-once":
      if (!noGates) bakeAtLeastPeriod(bakePath("bake"), s.bakeSeconds);
      nativeWait(bakePath("bake"), s.bakeSeconds, "WaitIntervalInSeconds");
      break;
    case "canary":
      checkCanary(s, t, period, noGates, report);
      break;
    case "linear":
      checkLinear(s, raw, t, noGates, report, bakeAtLeastPeriod, nativeWait);
      break;
    case "blue-green":
      if (!noGates) bakeAtLeastPeriod(bakePath("bake"), s.bakeSeconds);
      if (s.mode === "native") {
        nativeWait(bakePath("bake"), s.bakeSeconds, "WaitIntervalInSeconds");
        nativeWait(bakePath("terminationWait"), s.terminationWaitSeconds, "TerminationWaitInSeconds");
      }
      break;
    case "shadow":
      if (s.samplingPercent <= 0) {
        report(
          "strategy.samplingPercent",
          "a shadow that receives 0% of requests sees nothing",
          "a percentage above 0"
        );
      }
      bakeAtLeastPeriod("strategy.duration", s.durationSeconds, "duration");
      if (s.agreement?.metric === "match-rate" && s.agreement.threshold > 1) {
        report(
          "strategy.agreement.threshold",
          `match-rate is a fraction from 0 to 1, and ${s.agreement.threshold} is above 1`,
          "a fraction such as 0.98"
        );
      }
      if (noGates && !s.agreement) {
        report(
          "strategy",
          "a shadow with no gates and no agreement check compares nothing",
          "gates, or strategy.agreement"
        );
      }
      break;
    case "ab-test":
      checkAbTest(s, raw, report, bakeAtLeastPeriod);
      break;
    case "rolling":
      checkRolling(s, raw, t, noGates, report, bakeAtLeastPeriod, nativeWait);
      break;
  }
}
function checkCanary(s, t, period, noGates, report) {
  const steps = s.steps;
  steps.forEach((step, i) => {
    const at = `strategy.steps[${i}]`;
    if (i === 0 && step.weight <= 0) {
      report(`${at}.weight`, "the first canary step sends no traffic to the candidate", "a weight above 0");
    }
    if (i > 0 && step.weight <= steps[i - 1].weight) {
      report(
        `${at}.weight`,
        `weights must increase: ${step.weight} comes after ${steps[i - 1].weight}`,
        `a weight above ${steps[i - 1].weight}`
      );
    }
    const needsBake = step.weight < 100 || step.bakeSeconds > 0;
    if (needsBake && step.bakeSeconds < period) {
      report(
        `${at}.bake`,
        `bake ${dur(step.bakeSeconds)} is shorter than the gate period ${dur(period)}: the step's gates would have no complete metric window`,
        `at least ${dur(period)}`
      );
    }
  });
  const last = steps[steps.length - 1];
  if (last && last.weight !== 100 && last.weight > (steps[steps.length - 2]?.weight ?? -1)) {
    report(
      `strategy.steps[${steps.length - 1}].weight`,
      `the last step's weight is ${last.weight}: the rollout never reaches 100%`,
      "a final step { weight: 100 }"
    );
  }
  if (steps.length === 1 && last.weight === 100) {
    report(
      "strategy.steps",
      "a canary needs at least one step below 100% (to switch everything at once use all-at-once or blue-green)",
      "steps such as [{ weight: 10 }, { weight: 100 }]"
    );
  }
  if (noGates) {
    report(
      "strategy",
      "a canary without gates can never fail: every step passes once its bake is over",
      "gates with at least one rule"
    );
  }
  if (s.mode !== "native") return;
  if (steps.length !== 2) {
    report(
      "strategy.steps",
      `native canary has exactly one step below 100% (SageMaker's CanarySize), then 100%; there are ${steps.length} steps`,
      "[{ weight: N, bake: … }, { weight: 100 }], or mode: driven for more steps"
    );
    return;
  }
  const canary = steps[0];
  if (canary.weight > 50) {
    report(
      "strategy.steps[0].weight",
      `SageMaker's canary is at most 50% of the fleet, and ${canary.weight} is more`,
      "a weight from 1 to 50"
    );
  }
  if (!Number.isInteger(canary.weight)) {
    report(
      "strategy.steps[0].weight",
      `SageMaker's canary size is a whole percentage, and ${canary.weight} is not`,
      "a whole number from 1 to 50"
    );
  }
  const instances = instancesFor(t.instanceCount, canary.weight);
  if (canary.weight <= 50 && instances * 2 > t.instanceCount) {
    report(
      "target.instanceCount",
      `a native canary of ${canary.weight}% on ${t.instanceCount} instance(s) is ${instances} instance(s), more than half the fleet, which SageMaker refuses`,
      `at least ${Math.max(2, Math.ceil(100 / canary.weight))} instances, or mode: driven`
    );
  }
  if (canary.bakeSeconds > NATIVE_WAIT_MAX) {
    report(
      "strategy.steps[0].bake",
      `${dur(canary.bakeSeconds)} is longer than SageMaker's WaitIntervalInSeconds limit of 1h`,
      "at most 1h in native mode"
    );
  }
  if (steps[1].bakeSeconds > NATIVE_WAIT_MAX) {
    report(
      "strategy.steps[1].bake",
      `the final bake becomes TerminationWaitInSeconds, and ${dur(steps[1].bakeSeconds)} is over its 1h limit`,
      "at most 1h in native mode"
    );
  }
}
function checkLinear(s, raw, t, noGates, report, bakeAtLeastPeriod, nativeWait) {
  const pPath = has(raw, "stepPercent") ? "strategy.stepPercent" : "strategy";
  const bPath = has(raw, "bake") ? "strategy.bake" : "strategy";
  if (s.stepPercent >= 100) {
    report(
      pPath,
      "a linear step of 100% moves everything in one step",
      "a stepPercent below 100, or strategy type all-at-once"
    );
  }
  bakeAtLeastPeriod(bPath, s.bakeSeconds);
  if (noGates) {
    report(
      "strategy",
      "a linear rollout without gates can never fail: every step passes once its bake is over",
      "gates with at least one rule"
    );
  }
  if (s.mode !== "native") return;
  if (!Number.isInteger(s.stepPercent) || s.stepPercent < 10 || s.stepPercent > 50) {
    report(
      pPath,
      `SageMaker's linear step is a whole percentage from 10 to 50, and ${s.stepPercent} is not`,
      "a whole number from 10 to 50, or mode: driven"
    );
  } else if (instancesFor(t.instanceCount, s.stepPercent) >= t.instanceCount) {
    report(
      "target.instanceCount",
      `with ${t.instanceCount} instance(s) a native linear step of ${s.stepPercent}% is the whole fleet: all traffic would move at once`,
      `at least ${Math.ceil(100 / s.stepPercent)} instances, or mode: driven`
    );
  }
  nativeWait(bPath, s.bakeSeconds, "WaitIntervalInSeconds");
}
function checkAbTest(s, raw, report, bakeAtLeastPeriod) {
  if (!has(raw, "metric")) {
    report(
      "strategy",
      "an A/B test needs a metric to pick a winner",
      "strategy.metric: { name, namespace, kind, goal }"
    );
  } else {
    const m = obj(raw.metric);
    const builtin = isBuiltinAbMetric(s.metric.name);
    if (!builtin && !has(m, "namespace")) {
      report(
        "strategy.metric",
        `"${s.metric.name}" is not a built-in metric, so it needs the CloudWatch namespace it is published in`,
        "namespace: <CloudWatch namespace>, or a built-in metric such as error_rate"
      );
    }
    if (!builtin && !has(m, "kind")) {
      report(
        "strategy.metric",
        `say whether "${s.metric.name}" is a proportion (successes per request) or continuous (a value per request)`,
        "kind: proportion or kind: continuous"
      );
    }
    if (!builtin && !has(m, "goal")) {
      report(
        "strategy.metric",
        `say whether a higher or a lower "${s.metric.name}" wins`,
        "goal: maximize or goal: minimize"
      );
    }
    if (builtin && s.metric.goal === "maximize") {
      report(
        "strategy.metric.goal",
        `a higher ${s.metric.name} is worse, so maximize would pick the worse model`,
        "goal: minimize"
      );
    }
    if (has(m, "trials") && s.metric.kind !== "proportion") {
      report(
        "strategy.metric.trials",
        "trials counts the denominator of a proportion, and this metric is continuous",
        "no trials, or kind: proportion"
      );
    }
    const fits = s.metric.kind === "proportion" ? ["fisher", "binomial"] : ["mann-whitney", "welch"];
    if (!fits.includes(s.test)) {
      report(
        has(raw, "test") ? "strategy.test" : "strategy",
        `${s.test} does not apply to a ${s.metric.kind} metric`,
        fits.join(" or ")
      );
    }
  }
  if (s.candidatePercent <= 0 || s.candidatePercent >= 100) {
    report(
      "strategy.candidatePercent",
      `an A/B split needs traffic on both variants, and ${s.candidatePercent}% leaves one empty`,
      "a percentage from 1 to 99"
    );
  }
  bakeAtLeastPeriod("strategy.duration", s.durationSeconds, "duration");
}
function checkRolling(s, raw, t, noGates, report, bakeAtLeastPeriod, nativeWait) {
  const path = (k) => has(raw, k) ? `strategy.${k}` : "strategy";
  if (s.batchPercent < 5 || s.batchPercent > 50) {
    report(
      path("batchPercent"),
      `SageMaker's rolling batch is 5% to 50% of capacity, and ${s.batchPercent} is outside`,
      "a percentage from 5 to 50"
    );
  }
  if (s.rollbackBatchPercent < 5) {
    report(
      path("rollbackBatchPercent"),
      `SageMaker's rollback batch is at least 5% of capacity, and ${s.rollbackBatchPercent} is less`,
      "a percentage from 5 to 100"
    );
  }
  if (!noGates) bakeAtLeastPeriod(path("wait"), s.waitSeconds, "wait");
  nativeWait(path("wait"), s.waitSeconds, "WaitIntervalInSeconds");
  const { min, max } = MAX_EXECUTION_BOUNDS;
  if (s.maxExecutionSeconds < min || s.maxExecutionSeconds > max) {
    report(
      path("maxExecution"),
      `${dur(s.maxExecutionSeconds)} is outside SageMaker's MaximumExecutionTimeoutInSeconds range`,
      "from 10m to 8h"
    );
  } else {
    const batches = Math.ceil(t.instanceCount / instancesFor(t.instanceCount, s.batchPercent));
    const waits = batches * s.waitSeconds;
    if (s.maxExecutionSeconds <= waits) {
      report(
        path("maxExecution"),
        `${batches} batches × wait ${dur(s.waitSeconds)} = ${dur(waits)} of waiting alone, which does not fit in maxExecution ${dur(s.maxExecutionSeconds)}`,
        `more than ${dur(waits)}`
      );
    }
  }
}
function checkAgainstPlan(spec, raw, report) {
  const plan = planRollout(spec);
  const base = gateRulesPath(raw.gates);
  const evaluated = new Set(plan.steps.flatMap((s) => s.gates));
  spec.gates.rules.forEach((g, i) => {
    if (!evaluated.has(g.id) && g.kind === "metric" && (g.maxRatioToBaseline !== void 0 || g.test !== void 0)) {
      report(
        `${base}[${i}]`,
        `gate "${g.id}" compares with the baseline, but no step of this ${spec.strategy.type} rollout bakes with the baseline serving beside the candidate, so it would never be evaluated`,
        "an absolute bound (max or min), or a canary, linear, shadow or A/B strategy"
      );
    }
  });
  const native = plan.steps.find((s) => s.native)?.native;
  if (native && spec.rollback.enabled) {
    const gatesPath = raw.gates === void 0 ? "strategy" : Array.isArray(raw.gates) ? "gates" : "gates.rules";
    if (native.alarms.length > 10) {
      report(
        gatesPath,
        `SageMaker accepts at most 10 auto-rollback alarms, and this spec gives ${native.alarms.length}`,
        "at most 10 alarm gates and max/min metric gates together"
      );
    }
    const explicitNative = obj(raw.strategy).mode === "native";
    if (native.alarms.length === 0 && (explicitNative || spec.gates.rules.length > 0)) {
      report(
        gatesPath,
        "SageMaker rolls a native update back on CloudWatch alarms only, and this spec gives it none",
        spec.rollback.createAlarms ? "an alarm gate or a max/min metric gate (modelgate creates its alarm), or mode: driven" : "an alarm gate, rollback.createAlarms: true with a max/min metric gate, or mode: driven"
      );
    }
    const nativeSeconds = nativeUpdateSeconds(plan.steps);
    if (native.policy === "blue-green" && nativeSeconds >= MAX_EXECUTION_BOUNDS.max) {
      report(
        "strategy",
        `the native update would last about ${dur(nativeSeconds)}, beyond SageMaker's 8h MaximumExecutionTimeoutInSeconds`,
        "shorter bakes, or mode: driven"
      );
    }
  }
  if (plan.expectedDurationSeconds > spec.rollback.deadlineSeconds) {
    const given = has(raw.rollback, "deadline");
    report(
      given ? "rollback.deadline" : raw.rollback === void 0 ? "strategy" : "rollback",
      `the rollout is expected to take ${dur(plan.expectedDurationSeconds)}, longer than rollback.deadline ${dur(spec.rollback.deadlineSeconds)}${given ? "" : ` (the default is ${dur(DEFAULTS.deadlineSeconds)})`}`,
      `a deadline of at least ${dur(plan.maxDurationSeconds)}`
    );
  }
}

// src/spec/types.ts
var API_VERSION = "modelgate/v1";

// src/spec/load.ts
async function loadSpecFile(path, options = {}) {
  const full = resolve(options.cwd ?? process.cwd(), path);
  let text;
  try {
    const info = await stat(full);
    if (info.isDirectory()) {
      throw new InputError([
        { file: path, message: "is a folder, not a spec file", expected: "the path of a modelgate.yaml" }
      ]);
    }
    if (info.size > MAX_SPEC_BYTES) {
      throw new InputError([
        {
          file: path,
          message: `the file is ${info.size} bytes, larger than the ${MAX_SPEC_BYTES}-byte limit for a spec`,
          expected: "a spec under 1 MiB"
        }
      ]);
    }
    text = await readFile(full, "utf8");
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = err.code;
    const message = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot be read (${err.message})`;
    throw new InputError([{ file: path, message, expected: "a readable modelgate.yaml spec" }]);
  }
  return loadSpecText(text, path, dirname(full));
}
var SECTIONS = ["model", "checks", "target", "strategy", "gates", "rollback"];
function loadSpecText(text, file, baseDir = ".") {
  const parsed = parseYaml(text.startsWith("\uFEFF") ? text.slice(1) : text, file);
  if (parsed.problems.length > 0) throw new InputError(sortProblems(parsed.problems));
  if (parsed.value === null || parsed.value === void 0) {
    throw new InputError([
      {
        file,
        line: 1,
        column: 1,
        message: "the spec is empty",
        expected: `a mapping starting with apiVersion: ${API_VERSION}`
      }
    ]);
  }
  const problems = checkSchema(parsed, file);
  const broken = new Set(problems.map((p) => p.path ? String(parsePath(p.path)[0]) : "*"));
  const clean = (section) => !broken.has("*") && !broken.has(section);
  const raw = parsed.value;
  const sec = { raw: broken.has("*") ? {} : raw };
  if (clean("model")) sec.model = normalizeModel(raw.model);
  if (clean("checks") && clean("model")) sec.checks = normalizeChecks(raw.checks);
  if (clean("target")) sec.target = normalizeTarget(raw.target);
  if (clean("strategy")) {
    const count = sec.target?.instanceCount ?? countOf(raw.target);
    sec.strategy = normalizeStrategy(raw.strategy, count);
  }
  if (clean("gates")) sec.gates = normalizeGates(raw.gates);
  if (clean("rollback")) sec.rollback = normalizeRollback(raw.rollback);
  if (!broken.has("*")) {
    checkSemantics(sec, (path, message, expected) => {
      const at = parsed.locate(path) ?? { line: 1, column: 1 };
      problems.push({ file, line: at.line, column: at.column, path, message, expected });
    });
  }
  if (problems.length > 0 || SECTIONS.some((s) => s !== "checks" && sec[s] === void 0)) {
    throw new InputError(sortProblems(problems));
  }
  const spec = {
    apiVersion: API_VERSION,
    model: sec.model,
    checks: sec.checks ?? {},
    target: sec.target,
    strategy: sec.strategy,
    gates: sec.gates,
    rollback: sec.rollback,
    policies: Array.isArray(raw.policies) ? raw.policies : []
  };
  const listGates = Array.isArray(raw.gates);
  return {
    spec,
    file,
    baseDir,
    locate: (path) => parsed.locate(toYamlPath(parsePath(path), listGates))
  };
}
function countOf(target) {
  const n = target?.instanceCount;
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= 100 ? n : 1;
}
function toYamlPath(segments, listGates) {
  const out = segments.map(
    (s) => typeof s === "string" && s.endsWith("Seconds") ? s.slice(0, -"Seconds".length) : s
  );
  if (listGates && out[0] === "gates" && out[1] === "rules") out.splice(1, 1);
  return out;
}
function sortProblems(problems) {
  return [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

// src/cli/spec-input.ts
var DEFAULT_SPEC = "modelgate.yaml";
function parseSpecArgs(argv, options) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(err.message);
  }
  if (parsed.positionals.length > 1) {
    throw new UsageError(
      `expected one spec file, got ${parsed.positionals.length}: ${parsed.positionals.join(" ")}`
    );
  }
  return { spec: parsed.positionals[0] ?? DEFAULT_SPEC, values: parsed.values };
}
async function loadSpecForCli(spec, io) {
  try {
    return await loadSpecFile(spec, { cwd: io.cwd });
  } catch (err) {
    printInputError(err, spec, io);
    return void 0;
  }
}
function printInputError(err, label, io) {
  if (!(err instanceof InputError)) throw err;
  for (const p of err.problems) io.stderr(`${formatProblem(p)}
`);
  const n = err.problems.length;
  io.stderr(`${label}: ${n} problem${n === 1 ? "" : "s"}
`);
}

export {
  DEFAULT_SPEC,
  parseSpecArgs,
  loadSpecForCli,
  printInputError
};
