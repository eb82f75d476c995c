import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  Environment,
  patternToRegExp
} from "./cli-chunk-Q6QKO4RO.js";
import {
  closest
} from "./cli-chunk-LUBGO62J.js";
import {
  require_dist
} from "./cli-chunk-5W6KL5HJ.js";
import {
  InputError,
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import {
  __toESM
} from "./cli-chunk-O5NZ25FZ.js";

// src/policy/functions.ts
var globCache = /* @__PURE__ */ new Map();
function matchesGlob(value, pattern) {
  let re = globCache.get(pattern);
  if (!re) {
    re = patternToRegExp(pattern);
    if (globCache.size > 1e3) globCache.clear();
    globCache.set(pattern, re);
  }
  return re.test(value);
}
var UNIT_SECONDS = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
function parseDurationSeconds(text) {
  const m = /^(-?)((?:\d+(?:\.\d+)?|\.\d+)(?:h|ms|m|s|us|µs|ns))+$/.exec(text);
  if (!m || text === "-") throw new Error(`invalid duration "${text}" (expected e.g. "90s", "10m", "1h30m")`);
  let total = 0;
  for (const part of text.replace(/^-/, "").matchAll(/(\d+(?:\.\d+)?|\.\d+)(h|ms|m|s|us|µs|ns)/g)) {
    total += Number(part[1]) * UNIT_SECONDS[part[2]];
  }
  return m[1] === "-" ? -total : total;
}

// schema/facts.schema.json
var facts_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/modelgate/modelgate/schema/facts.schema.json",
  title: "modelgate policy facts",
  description: "The facts document every policy rule is evaluated against (`modelgate policy eval --json` prints it). Each top-level property is a CEL variable. In CEL, `integer` fields are `int`, `number` fields are `double`, nullable fields compare with `== null`, and optional fields (not in `required`) are tested with `has()`. `artifact`, `data`, `evaluation` and `endpoint` are null when the check did not run or the state is unknown.",
  type: "object",
  additionalProperties: false,
  required: ["spec", "plan", "artifact", "data", "evaluation", "git", "environment", "now", "endpoint"],
  properties: {
    spec: {
      $ref: "#/$defs/Spec"
    },
    plan: {
      $ref: "#/$defs/Plan"
    },
    artifact: {
      description: "Artifact check results; null when the artifact check did not run.",
      anyOf: [
        {
          $ref: "#/$defs/ArtifactFacts"
        },
        {
          type: "null"
        }
      ]
    },
    data: {
      description: "Data check results (schema, drift); null when the data check did not run.",
      anyOf: [
        {
          $ref: "#/$defs/DataFacts"
        },
        {
          type: "null"
        }
      ]
    },
    evaluation: {
      description: "Evaluation metrics comparison; null when the evaluation check did not run.",
      anyOf: [
        {
          $ref: "#/$defs/EvaluationFacts"
        },
        {
          type: "null"
        }
      ]
    },
    git: {
      $ref: "#/$defs/GitFacts"
    },
    environment: {
      $ref: "#/$defs/EnvironmentFacts"
    },
    now: {
      $ref: "#/$defs/NowFacts"
    },
    endpoint: {
      description: "The endpoint's current state; null when it was not looked up.",
      anyOf: [
        {
          $ref: "#/$defs/EndpointFacts"
        },
        {
          type: "null"
        }
      ]
    }
  },
  $defs: {
    StringMap: {
      type: "object",
      additionalProperties: {
        type: "string"
      }
    },
    FreeForm: {
      description: "Any JSON value (dyn in CEL)."
    },
    Spec: {
      description: "The normalised deployment spec (durations in seconds, defaults filled in).",
      type: "object",
      additionalProperties: false,
      required: ["apiVersion", "model", "checks", "target", "strategy", "gates", "rollback", "policies"],
      properties: {
        apiVersion: {
          const: "modelgate/v1"
        },
        model: {
          $ref: "#/$defs/ModelSpec"
        },
        checks: {
          $ref: "#/$defs/ChecksSpec"
        },
        target: {
          $ref: "#/$defs/TargetSpec"
        },
        strategy: {
          $ref: "#/$defs/Strategy"
        },
        gates: {
          $ref: "#/$defs/GatesSpec"
        },
        rollback: {
          $ref: "#/$defs/RollbackSpec"
        },
        policies: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    ModelSpec: {
      type: "object",
      additionalProperties: false,
      required: ["name", "artifact", "image", "environment"],
      properties: {
        name: {
          type: "string"
        },
        artifact: {
          type: "string",
          description: "A local path (relative to the spec) or an s3:// URI."
        },
        sha256: {
          type: "string",
          pattern: "^[0-9a-f]{64}$"
        },
        image: {
          type: "string"
        },
        metadata: {
          type: "string"
        },
        modelPackageArn: {
          type: "string"
        },
        environment: {
          $ref: "#/$defs/StringMap"
        },
        executionRoleArn: {
          type: "string"
        }
      }
    },
    ChecksSpec: {
      type: "object",
      additionalProperties: false,
      properties: {
        artifact: {
          $ref: "#/$defs/ArtifactCheckSpec"
        },
        data: {
          $ref: "#/$defs/DataCheckSpec"
        },
        evaluation: {
          $ref: "#/$defs/EvaluationCheckSpec"
        }
      }
    },
    ArtifactCheckSpec: {
      type: "object",
      additionalProperties: false,
      required: ["requiredFiles", "imageAllowList", "requireApproval"],
      properties: {
        minSizeBytes: {
          type: "integer",
          minimum: 0
        },
        maxSizeBytes: {
          type: "integer",
          minimum: 0
        },
        requiredFiles: {
          type: "array",
          items: {
            type: "string"
          }
        },
        imageAllowList: {
          type: "array",
          items: {
            type: "string"
          }
        },
        requireApproval: {
          type: "boolean"
        }
      }
    },
    ColumnSpec: {
      type: "object",
      additionalProperties: false,
      required: ["name", "type", "maxNullPercent", "unique", "drift"],
      properties: {
        name: {
          type: "string"
        },
        type: {
          enum: ["number", "integer", "string", "boolean", "category"]
        },
        maxNullPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        min: {
          type: "number"
        },
        max: {
          type: "number"
        },
        allowed: {
          type: "array",
          items: {
            type: ["string", "number", "boolean"]
          }
        },
        unique: {
          type: "boolean"
        },
        drift: {
          type: "boolean"
        }
      }
    },
    DriftMethod: {
      enum: ["psi", "ks", "wasserstein", "chi2", "jensen-shannon"]
    },
    DriftColumnOverride: {
      type: "object",
      additionalProperties: false,
      properties: {
        method: {
          $ref: "#/$defs/DriftMethod"
        },
        threshold: {
          type: "number"
        }
      }
    },
    DriftSpec: {
      type: "object",
      additionalProperties: false,
      required: ["thresholds", "columns", "datasetDriftPercent", "bins"],
      properties: {
        numerical: {
          type: "array",
          items: {
            $ref: "#/$defs/DriftMethod"
          }
        },
        categorical: {
          type: "array",
          items: {
            $ref: "#/$defs/DriftMethod"
          }
        },
        thresholds: {
          type: "object",
          additionalProperties: {
            type: "number"
          }
        },
        columns: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/DriftColumnOverride"
          }
        },
        datasetDriftPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        bins: {
          type: "integer",
          minimum: 1
        }
      }
    },
    DataCheckSpec: {
      type: "object",
      additionalProperties: false,
      required: ["current", "columns"],
      properties: {
        reference: {
          type: "string"
        },
        current: {
          type: "string"
        },
        columns: {
          type: "array",
          items: {
            $ref: "#/$defs/ColumnSpec"
          }
        },
        drift: {
          $ref: "#/$defs/DriftSpec"
        }
      }
    },
    EvaluationCheckSpec: {
      type: "object",
      additionalProperties: false,
      required: ["candidate", "require"],
      properties: {
        candidate: {
          type: "string"
        },
        baseline: {
          type: "string"
        },
        require: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    DataCaptureSpec: {
      type: "object",
      additionalProperties: false,
      required: ["enabled", "samplingPercent", "destination"],
      properties: {
        enabled: {
          type: "boolean"
        },
        samplingPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        destination: {
          type: "string"
        },
        kmsKeyId: {
          type: "string"
        }
      }
    },
    TargetSpec: {
      type: "object",
      additionalProperties: false,
      required: ["provider", "region", "endpoint", "environment", "instanceType", "instanceCount", "tags"],
      properties: {
        provider: {
          enum: ["sagemaker", "local"]
        },
        region: {
          type: "string"
        },
        endpoint: {
          type: "string"
        },
        endpointUrl: {
          type: "string"
        },
        variant: {
          type: "string",
          description: "Name of the live production variant (the baseline); the loader fills in AllTraffic."
        },
        environment: {
          type: "string"
        },
        instanceType: {
          type: "string"
        },
        instanceCount: {
          type: "integer",
          minimum: 1
        },
        dataCapture: {
          $ref: "#/$defs/DataCaptureSpec"
        },
        tags: {
          $ref: "#/$defs/StringMap"
        }
      }
    },
    TrafficMode: {
      enum: ["driven", "native"]
    },
    WeightStep: {
      type: "object",
      additionalProperties: false,
      required: ["weight", "bakeSeconds"],
      properties: {
        weight: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        bakeSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    Strategy: {
      description: "One of the strategy shapes, told apart by `type`. In CEL it is one message with every variant's fields; a field of another variant is absent (test with has()).",
      oneOf: [
        {
          $ref: "#/$defs/AllAtOnceStrategy"
        },
        {
          $ref: "#/$defs/CanaryStrategy"
        },
        {
          $ref: "#/$defs/LinearStrategy"
        },
        {
          $ref: "#/$defs/BlueGreenStrategy"
        },
        {
          $ref: "#/$defs/ShadowStrategy"
        },
        {
          $ref: "#/$defs/AbTestStrategy"
        },
        {
          $ref: "#/$defs/RollingStrategy"
        }
      ]
    },
    AllAtOnceStrategy: {
      type: "object",
      additionalProperties: false,
      required: ["type", "bakeSeconds"],
      properties: {
        type: {
          const: "all-at-once"
        },
        bakeSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    CanaryStrategy: {
      type: "object",
      additionalProperties: false,
      required: ["type", "mode", "steps"],
      properties: {
        type: {
          const: "canary"
        },
        mode: {
          $ref: "#/$defs/TrafficMode"
        },
        steps: {
          type: "array",
          items: {
            $ref: "#/$defs/WeightStep"
          }
        }
      }
    },
    LinearStrategy: {
      type: "object",
      additionalProperties: false,
      required: ["type", "mode", "stepPercent", "bakeSeconds"],
      properties: {
        type: {
          const: "linear"
        },
        mode: {
          $ref: "#/$defs/TrafficMode"
        },
        stepPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        bakeSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    BlueGreenStrategy: {
      type: "object",
      additionalProperties: false,
      required: ["type", "mode", "bakeSeconds", "terminationWaitSeconds"],
      properties: {
        type: {
          const: "blue-green"
        },
        mode: {
          $ref: "#/$defs/TrafficMode"
        },
        bakeSeconds: {
          type: "number",
          minimum: 0
        },
        terminationWaitSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    ShadowAgreement: {
      type: "object",
      additionalProperties: false,
      required: ["metric", "threshold", "minSamples"],
      properties: {
        metric: {
          enum: ["match-rate", "mean-abs-diff"]
        },
        threshold: {
          type: "number"
        },
        field: {
          type: "string"
        },
        minSamples: {
          type: "integer",
          minimum: 0
        }
      }
    },
    ShadowStrategy: {
      type: "object",
      additionalProperties: false,
      required: ["type", "samplingPercent", "durationSeconds", "onSuccess"],
      properties: {
        type: {
          const: "shadow"
        },
        samplingPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        durationSeconds: {
          type: "number",
          minimum: 0
        },
        agreement: {
          $ref: "#/$defs/ShadowAgreement"
        },
        onSuccess: {
          enum: ["promote", "discard"]
        }
      }
    },
    AbMetricSpec: {
      type: "object",
      additionalProperties: false,
      required: ["name", "kind", "goal"],
      properties: {
        name: {
          type: "string"
        },
        namespace: {
          type: "string"
        },
        kind: {
          enum: ["proportion", "continuous"]
        },
        trials: {
          type: "string"
        },
        goal: {
          enum: ["maximize", "minimize"]
        }
      }
    },
    AbTestStrategy: {
      type: "object",
      additionalProperties: false,
      required: ["type", "candidatePercent", "durationSeconds", "metric", "alpha", "test", "onNoWinner"],
      properties: {
        type: {
          const: "ab-test"
        },
        candidatePercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        durationSeconds: {
          type: "number",
          minimum: 0
        },
        minSamplesPerVariant: {
          type: "integer",
          minimum: 0
        },
        metric: {
          $ref: "#/$defs/AbMetricSpec"
        },
        alpha: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1
        },
        test: {
          enum: ["fisher", "binomial", "mann-whitney", "welch"]
        },
        onNoWinner: {
          enum: ["keep-baseline", "promote"]
        }
      }
    },
    RollingStrategy: {
      type: "object",
      additionalProperties: false,
      required: ["type", "batchPercent", "waitSeconds", "rollbackBatchPercent", "maxExecutionSeconds"],
      properties: {
        type: {
          const: "rolling"
        },
        batchPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        waitSeconds: {
          type: "number",
          minimum: 0
        },
        rollbackBatchPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        maxExecutionSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    GateMetric: {
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
      ]
    },
    Gate: {
      description: "A metric gate or an alarm gate, told apart by `kind`. In CEL it is one message with both shapes' fields.",
      oneOf: [
        {
          $ref: "#/$defs/MetricGate"
        },
        {
          $ref: "#/$defs/AlarmGate"
        }
      ]
    },
    MetricGate: {
      type: "object",
      additionalProperties: false,
      required: ["kind", "id", "metric", "alpha"],
      properties: {
        kind: {
          const: "metric"
        },
        id: {
          type: "string"
        },
        metric: {
          $ref: "#/$defs/GateMetric"
        },
        max: {
          type: "number"
        },
        min: {
          type: "number"
        },
        maxRatioToBaseline: {
          type: "number"
        },
        test: {
          enum: ["mann-whitney", "fisher", "binomial"]
        },
        alpha: {
          type: "number"
        }
      }
    },
    AlarmGate: {
      type: "object",
      additionalProperties: false,
      required: ["kind", "id", "alarm"],
      properties: {
        kind: {
          const: "alarm"
        },
        id: {
          type: "string"
        },
        alarm: {
          type: "string"
        }
      }
    },
    GatesSpec: {
      type: "object",
      additionalProperties: false,
      required: ["rules", "minInvocations", "periodSeconds", "onInconclusive", "maxExtensionSeconds"],
      properties: {
        rules: {
          type: "array",
          items: {
            $ref: "#/$defs/Gate"
          }
        },
        minInvocations: {
          type: "integer",
          minimum: 0
        },
        periodSeconds: {
          type: "number",
          minimum: 0
        },
        onInconclusive: {
          enum: ["fail", "pass"]
        },
        maxExtensionSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    RollbackSpec: {
      type: "object",
      additionalProperties: false,
      required: ["enabled", "watchSeconds", "deadlineSeconds", "stepTimeoutSeconds", "createAlarms"],
      properties: {
        enabled: {
          type: "boolean"
        },
        watchSeconds: {
          type: "number",
          minimum: 0
        },
        deadlineSeconds: {
          type: "number",
          minimum: 0
        },
        stepTimeoutSeconds: {
          type: "number",
          minimum: 0
        },
        createAlarms: {
          type: "boolean"
        }
      }
    },
    Plan: {
      description: "The rollout plan `planRollout()` made from the spec.",
      type: "object",
      additionalProperties: false,
      required: [
        "schemaVersion",
        "strategy",
        "mode",
        "endpoint",
        "model",
        "variants",
        "steps",
        "expectedDurationSeconds",
        "maxDurationSeconds",
        "cost",
        "notes"
      ],
      properties: {
        schemaVersion: {
          const: 1
        },
        strategy: {
          enum: ["all-at-once", "canary", "linear", "blue-green", "shadow", "ab-test", "rolling"]
        },
        mode: {
          $ref: "#/$defs/TrafficMode"
        },
        endpoint: {
          type: "string"
        },
        model: {
          type: "string"
        },
        variants: {
          $ref: "#/$defs/PlanVariants"
        },
        candidateModel: {
          type: "string",
          description: "SageMaker model name for the candidate."
        },
        instanceCount: {
          type: "integer",
          minimum: 1,
          description: "Instances in the production fleet."
        },
        gates: {
          type: "array",
          items: {
            $ref: "#/$defs/Gate"
          },
          description: "The spec's gate rules, as the steps' gates refer to them."
        },
        autoRollback: {
          type: "boolean",
          description: "rollback.enabled."
        },
        steps: {
          type: "array",
          items: {
            $ref: "#/$defs/PlanStep"
          }
        },
        expectedDurationSeconds: {
          type: "number",
          minimum: 0
        },
        maxDurationSeconds: {
          type: "number",
          minimum: 0
        },
        cost: {
          $ref: "#/$defs/PlanCost"
        },
        notes: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    PlanVariants: {
      type: "object",
      additionalProperties: false,
      required: ["baseline", "candidate"],
      properties: {
        baseline: {
          type: "string"
        },
        candidate: {
          type: "string"
        }
      }
    },
    PlanCost: {
      type: "object",
      additionalProperties: false,
      required: ["instanceType", "hourlyUsd", "extraInstanceHours", "extraUsd", "priceRegion", "priceDate"],
      properties: {
        instanceType: {
          type: "string"
        },
        hourlyUsd: {
          type: ["number", "null"],
          description: "null when the instance type is not priced."
        },
        extraInstanceHours: {
          type: "number",
          minimum: 0
        },
        extraUsd: {
          type: ["number", "null"],
          description: "null when the price is unknown."
        },
        priceRegion: {
          type: "string"
        },
        priceDate: {
          type: "string"
        }
      }
    },
    TrafficSplit: {
      type: "object",
      additionalProperties: false,
      required: ["baseline", "candidate"],
      properties: {
        baseline: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        candidate: {
          type: "number",
          minimum: 0,
          maximum: 100
        }
      }
    },
    InstanceSplit: {
      type: "object",
      additionalProperties: false,
      required: ["baseline", "candidate"],
      properties: {
        baseline: {
          type: "integer",
          minimum: 0
        },
        candidate: {
          type: "integer",
          minimum: 0
        }
      }
    },
    StepOutcome: {
      enum: ["next", "rollback", "extend", "complete", "keep-baseline"]
    },
    PlanStep: {
      type: "object",
      additionalProperties: false,
      required: [
        "index",
        "name",
        "action",
        "traffic",
        "shadowPercent",
        "instances",
        "bakeSeconds",
        "gates",
        "minInvocations",
        "maxExtensionSeconds",
        "onPass",
        "onFail",
        "onInconclusive"
      ],
      properties: {
        index: {
          type: "integer",
          minimum: 0
        },
        name: {
          type: "string"
        },
        action: {
          enum: [
            "provision",
            "shift",
            "native-update",
            "native-phase",
            "shadow",
            "experiment",
            "finalize",
            "watch"
          ]
        },
        traffic: {
          $ref: "#/$defs/TrafficSplit"
        },
        shadowPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        instances: {
          $ref: "#/$defs/InstanceSplit"
        },
        bakeSeconds: {
          type: "number",
          minimum: 0
        },
        updateSeconds: {
          type: "number",
          minimum: 0,
          description: "Estimated time of the endpoint change at the step's start."
        },
        gates: {
          type: "array",
          items: {
            type: "string"
          }
        },
        minInvocations: {
          type: "integer",
          minimum: 0
        },
        maxExtensionSeconds: {
          type: "number",
          minimum: 0
        },
        onPass: {
          $ref: "#/$defs/StepOutcome"
        },
        onFail: {
          $ref: "#/$defs/StepOutcome"
        },
        onInconclusive: {
          $ref: "#/$defs/StepOutcome"
        },
        native: {
          $ref: "#/$defs/NativeDeployment"
        }
      }
    },
    NativeTrafficRouting: {
      type: "object",
      additionalProperties: false,
      required: ["type", "waitSeconds"],
      properties: {
        type: {
          enum: ["ALL_AT_ONCE", "CANARY", "LINEAR"]
        },
        sizePercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        waitSeconds: {
          type: "number",
          minimum: 0
        }
      }
    },
    NativeRolling: {
      type: "object",
      additionalProperties: false,
      required: ["batchPercent", "waitSeconds", "rollbackBatchPercent"],
      properties: {
        batchPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        waitSeconds: {
          type: "number",
          minimum: 0
        },
        rollbackBatchPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        }
      }
    },
    NativeDeployment: {
      type: "object",
      additionalProperties: false,
      required: ["policy", "maxExecutionSeconds", "alarms"],
      properties: {
        policy: {
          enum: ["blue-green", "rolling"]
        },
        trafficRouting: {
          $ref: "#/$defs/NativeTrafficRouting"
        },
        terminationWaitSeconds: {
          type: "number",
          minimum: 0
        },
        rolling: {
          $ref: "#/$defs/NativeRolling"
        },
        maxExecutionSeconds: {
          type: "number",
          minimum: 0
        },
        alarms: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    ImageFacts: {
      type: "object",
      additionalProperties: false,
      required: ["uri", "allowListed", "matchedPattern", "allowList"],
      properties: {
        uri: {
          type: "string"
        },
        allowListed: {
          type: "boolean",
          description: "True when the allow-list is empty (no restriction) or a pattern matched."
        },
        matchedPattern: {
          type: ["string", "null"]
        },
        allowList: {
          type: "array",
          items: {
            type: "string"
          }
        }
      }
    },
    RegistryFacts: {
      type: "object",
      additionalProperties: false,
      required: ["arn", "approvalStatus", "packageStatus", "approvalRequired", "approvalDescription"],
      properties: {
        arn: {
          type: "string"
        },
        approvalStatus: {
          type: ["string", "null"],
          description: "Approved, Rejected or PendingManualApproval; null when the registry did not say."
        },
        packageStatus: {
          type: ["string", "null"]
        },
        approvalRequired: {
          type: "boolean"
        },
        approvalDescription: {
          type: ["string", "null"]
        }
      }
    },
    ModelCardFacts: {
      type: "object",
      additionalProperties: false,
      required: ["path", "valid", "errors", "card"],
      properties: {
        path: {
          type: "string"
        },
        valid: {
          type: "boolean"
        },
        errors: {
          type: "array",
          items: {
            type: "string"
          }
        },
        card: {
          $ref: "#/$defs/FreeForm"
        }
      }
    },
    ArtifactFacts: {
      type: "object",
      additionalProperties: false,
      required: [
        "passed",
        "problems",
        "uri",
        "location",
        "sha256Expected",
        "sha256Actual",
        "sha256Source",
        "sha256Matches",
        "sizeBytes",
        "minSizeBytes",
        "maxSizeBytes",
        "sizeWithinBounds",
        "files",
        "requiredFiles",
        "missingFiles",
        "metadata",
        "image",
        "registry"
      ],
      properties: {
        passed: {
          type: "boolean"
        },
        problems: {
          type: "array",
          items: {
            type: "string"
          }
        },
        uri: {
          type: "string"
        },
        location: {
          enum: ["local", "s3"]
        },
        sha256Expected: {
          type: ["string", "null"]
        },
        sha256Actual: {
          type: ["string", "null"]
        },
        sha256Source: {
          enum: ["computed", "s3-checksum", null]
        },
        sha256Matches: {
          type: ["boolean", "null"],
          description: "null when the spec gives no sha256."
        },
        sizeBytes: {
          type: ["integer", "null"],
          minimum: 0
        },
        minSizeBytes: {
          type: ["integer", "null"],
          minimum: 0
        },
        maxSizeBytes: {
          type: ["integer", "null"],
          minimum: 0
        },
        sizeWithinBounds: {
          type: ["boolean", "null"]
        },
        files: {
          type: ["array", "null"],
          items: {
            type: "string"
          }
        },
        requiredFiles: {
          type: "array",
          items: {
            type: "string"
          }
        },
        missingFiles: {
          type: "array",
          items: {
            type: "string"
          }
        },
        metadata: {
          anyOf: [
            {
              $ref: "#/$defs/ModelCardFacts"
            },
            {
              type: "null"
            }
          ]
        },
        image: {
          $ref: "#/$defs/ImageFacts"
        },
        registry: {
          anyOf: [
            {
              $ref: "#/$defs/RegistryFacts"
            },
            {
              type: "null"
            }
          ]
        }
      }
    },
    DatasetFacts: {
      type: "object",
      additionalProperties: false,
      required: ["path", "format", "rows", "bytes"],
      properties: {
        path: {
          type: "string"
        },
        format: {
          enum: ["csv", "jsonl", "parquet"]
        },
        rows: {
          type: "integer",
          minimum: 0
        },
        bytes: {
          type: "integer",
          minimum: 0
        }
      }
    },
    ValueExample: {
      type: "object",
      additionalProperties: false,
      required: ["row", "value"],
      properties: {
        row: {
          type: "integer",
          minimum: 1
        },
        value: {
          type: "string"
        }
      }
    },
    SchemaViolation: {
      type: "object",
      additionalProperties: false,
      required: ["column", "rule", "message", "count", "examples"],
      properties: {
        column: {
          type: "string"
        },
        rule: {
          enum: ["missing", "type", "null-rate", "min", "max", "allowed", "unique"]
        },
        message: {
          type: "string"
        },
        count: {
          type: "integer",
          minimum: 0
        },
        examples: {
          type: "array",
          items: {
            $ref: "#/$defs/ValueExample"
          }
        }
      }
    },
    ColumnFacts: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "type",
        "present",
        "rows",
        "nulls",
        "nullPercent",
        "maxNullPercent",
        "min",
        "max",
        "distinct",
        "distinctCapped",
        "unique",
        "violations"
      ],
      properties: {
        name: {
          type: "string"
        },
        type: {
          type: "string"
        },
        present: {
          type: "boolean"
        },
        rows: {
          type: "integer",
          minimum: 0
        },
        nulls: {
          type: "integer",
          minimum: 0
        },
        nullPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        maxNullPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        min: {
          type: ["number", "null"]
        },
        max: {
          type: ["number", "null"]
        },
        distinct: {
          type: ["integer", "null"],
          minimum: 0
        },
        distinctCapped: {
          type: "boolean"
        },
        unique: {
          type: ["boolean", "null"]
        },
        violations: {
          type: "array",
          items: {
            $ref: "#/$defs/SchemaViolation"
          }
        }
      }
    },
    SchemaFacts: {
      type: "object",
      additionalProperties: false,
      required: ["passed", "problems", "columns", "violations"],
      properties: {
        passed: {
          type: "boolean"
        },
        problems: {
          type: "array",
          items: {
            type: "string"
          }
        },
        columns: {
          type: "array",
          items: {
            $ref: "#/$defs/ColumnFacts"
          }
        },
        violations: {
          type: "array",
          items: {
            $ref: "#/$defs/SchemaViolation"
          }
        }
      }
    },
    DriftTestResult: {
      type: "object",
      additionalProperties: false,
      required: ["method", "statistic", "pValue", "threshold", "drifted"],
      properties: {
        method: {
          type: "string"
        },
        statistic: {
          type: "number"
        },
        pValue: {
          type: ["number", "null"],
          description: "For statistical tests; null for distances."
        },
        threshold: {
          type: "number"
        },
        drifted: {
          type: "boolean"
        }
      }
    },
    FeatureDrift: {
      type: "object",
      additionalProperties: false,
      required: [
        "column",
        "kind",
        "referenceRows",
        "currentRows",
        "sampled",
        "tests",
        "method",
        "statistic",
        "pValue",
        "threshold",
        "drifted"
      ],
      properties: {
        column: {
          type: "string"
        },
        kind: {
          enum: ["numerical", "categorical"]
        },
        referenceRows: {
          type: "integer",
          minimum: 0
        },
        currentRows: {
          type: "integer",
          minimum: 0
        },
        sampled: {
          type: "boolean",
          description: "Numerical tests ran on a uniform random sample of the values (more rows than the sample limit)."
        },
        tests: {
          type: "array",
          items: {
            $ref: "#/$defs/DriftTestResult"
          }
        },
        method: {
          type: "string"
        },
        statistic: {
          type: "number"
        },
        pValue: {
          type: ["number", "null"]
        },
        threshold: {
          type: "number"
        },
        drifted: {
          type: "boolean"
        }
      }
    },
    SkippedColumn: {
      type: "object",
      additionalProperties: false,
      required: ["column", "reason"],
      properties: {
        column: {
          type: "string"
        },
        reason: {
          type: "string"
        }
      }
    },
    DriftFacts: {
      type: "object",
      additionalProperties: false,
      required: [
        "features",
        "skipped",
        "checked",
        "drifted",
        "driftedShare",
        "datasetDriftPercent",
        "datasetDrift"
      ],
      properties: {
        features: {
          type: "array",
          items: {
            $ref: "#/$defs/FeatureDrift"
          }
        },
        skipped: {
          type: "array",
          items: {
            $ref: "#/$defs/SkippedColumn"
          }
        },
        checked: {
          type: "integer",
          minimum: 0
        },
        drifted: {
          type: "integer",
          minimum: 0
        },
        driftedShare: {
          type: "number",
          minimum: 0,
          maximum: 1,
          description: "drifted / checked, 0–1."
        },
        datasetDriftPercent: {
          type: "number",
          minimum: 0,
          maximum: 100
        },
        datasetDrift: {
          type: "boolean"
        }
      }
    },
    DataFacts: {
      type: "object",
      additionalProperties: false,
      required: ["passed", "problems", "reference", "current", "schema", "drift"],
      properties: {
        passed: {
          type: "boolean"
        },
        problems: {
          type: "array",
          items: {
            type: "string"
          }
        },
        reference: {
          anyOf: [
            {
              $ref: "#/$defs/DatasetFacts"
            },
            {
              type: "null"
            }
          ]
        },
        current: {
          $ref: "#/$defs/DatasetFacts"
        },
        schema: {
          $ref: "#/$defs/SchemaFacts"
        },
        drift: {
          anyOf: [
            {
              $ref: "#/$defs/DriftFacts"
            },
            {
              type: "null"
            }
          ]
        }
      }
    },
    RequirementResult: {
      type: "object",
      additionalProperties: false,
      required: ["expr", "passed", "error"],
      properties: {
        expr: {
          type: "string"
        },
        passed: {
          type: "boolean"
        },
        error: {
          type: ["string", "null"]
        }
      }
    },
    EvaluationFacts: {
      type: "object",
      additionalProperties: false,
      required: ["passed", "problems", "candidate", "baseline", "requirements"],
      properties: {
        passed: {
          type: "boolean"
        },
        problems: {
          type: "array",
          items: {
            type: "string"
          }
        },
        candidate: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/FreeForm"
          }
        },
        baseline: {
          type: ["object", "null"],
          additionalProperties: {
            $ref: "#/$defs/FreeForm"
          }
        },
        requirements: {
          type: "array",
          items: {
            $ref: "#/$defs/RequirementResult"
          }
        }
      }
    },
    GitFacts: {
      type: "object",
      additionalProperties: false,
      required: [
        "event",
        "ref",
        "base",
        "head",
        "sha",
        "actor",
        "isFork",
        "labels",
        "pullRequest",
        "repository"
      ],
      properties: {
        event: {
          type: "string",
          description: "The GitHub event name (pull_request, push, workflow_dispatch, …), or `local` outside GitHub Actions."
        },
        ref: {
          type: "string",
          description: "The ref being deployed; empty when unknown."
        },
        base: {
          type: ["string", "null"],
          description: "A pull request's base branch; null otherwise."
        },
        head: {
          type: ["string", "null"],
          description: "A pull request's head branch; null otherwise."
        },
        sha: {
          type: "string"
        },
        actor: {
          type: "string"
        },
        isFork: {
          type: "boolean",
          description: "Whether the pull request's head repository is a fork."
        },
        labels: {
          type: "array",
          items: {
            type: "string"
          }
        },
        pullRequest: {
          type: ["integer", "null"],
          minimum: 1
        },
        repository: {
          type: "string",
          description: "owner/name; empty when unknown."
        }
      }
    },
    EnvironmentFacts: {
      type: "object",
      additionalProperties: false,
      required: ["name"],
      properties: {
        name: {
          type: "string",
          description: "The deployment environment (spec.target.environment unless overridden)."
        }
      }
    },
    NowFacts: {
      type: "object",
      additionalProperties: false,
      required: ["timestamp", "date", "weekday", "dayOfWeek", "hour", "minute"],
      properties: {
        timestamp: {
          type: "string",
          format: "date-time",
          description: 'The evaluation time (a CEL timestamp: now.timestamp.getHours("Europe/Berlin")).'
        },
        date: {
          type: "string",
          pattern: "^\\d{4}-\\d{2}-\\d{2}$",
          description: "UTC date."
        },
        weekday: {
          enum: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
          description: "UTC weekday name."
        },
        dayOfWeek: {
          type: "integer",
          minimum: 0,
          maximum: 6,
          description: "UTC, 0 = Sunday."
        },
        hour: {
          type: "integer",
          minimum: 0,
          maximum: 23,
          description: "UTC hour."
        },
        minute: {
          type: "integer",
          minimum: 0,
          maximum: 59
        }
      }
    },
    EndpointVariantFacts: {
      type: "object",
      additionalProperties: false,
      required: ["name", "weight", "trafficPercent", "instanceType", "instanceCount", "image"],
      properties: {
        name: {
          type: "string"
        },
        weight: {
          type: "number",
          minimum: 0,
          description: "The raw CurrentWeight."
        },
        trafficPercent: {
          type: "number",
          minimum: 0,
          maximum: 100,
          description: "weight / sum of weights."
        },
        instanceType: {
          type: ["string", "null"]
        },
        instanceCount: {
          type: ["integer", "null"],
          minimum: 0
        },
        image: {
          type: ["string", "null"]
        }
      }
    },
    EndpointDataCapture: {
      type: "object",
      additionalProperties: false,
      required: ["enabled", "samplingPercent", "destination", "kmsKeyId"],
      properties: {
        enabled: {
          type: "boolean"
        },
        samplingPercent: {
          type: ["number", "null"],
          minimum: 0,
          maximum: 100
        },
        destination: {
          type: ["string", "null"]
        },
        kmsKeyId: {
          type: ["string", "null"]
        }
      }
    },
    EndpointFacts: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "exists",
        "status",
        "configName",
        "variants",
        "shadowVariants",
        "dataCapture",
        "tags"
      ],
      properties: {
        name: {
          type: "string"
        },
        exists: {
          type: "boolean",
          description: "false on a first deployment."
        },
        status: {
          type: ["string", "null"],
          description: "EndpointStatus (InService, Updating, …); null when the endpoint does not exist."
        },
        configName: {
          type: ["string", "null"]
        },
        variants: {
          type: "array",
          items: {
            $ref: "#/$defs/EndpointVariantFacts"
          }
        },
        shadowVariants: {
          type: "array",
          items: {
            $ref: "#/$defs/EndpointVariantFacts"
          }
        },
        dataCapture: {
          anyOf: [
            {
              $ref: "#/$defs/EndpointDataCapture"
            },
            {
              type: "null"
            }
          ]
        },
        tags: {
          $ref: "#/$defs/StringMap"
        }
      }
    }
  }
};

// src/policy/shapes.ts
var defs = facts_schema_default.$defs;
var messages = /* @__PURE__ */ new Map();
function fail(where2, message) {
  throw new Error(`schema/facts.schema.json ${where2}: ${message}`);
}
function refName(ref, where2) {
  const m = /^#\/\$defs\/([A-Za-z0-9]+)$/.exec(ref);
  if (!m || !defs[m[1]]) fail(where2, `unresolvable $ref ${ref}`);
  return m[1];
}
function isNullSchema(s) {
  return s.type === "null";
}
function withNullable(shape, nullable) {
  return nullable && !shape.nullable ? { ...shape, nullable: true } : shape;
}
function compileDef(name) {
  const def = defs[name];
  if (def.oneOf || def.anyOf) return compile(def, name, name);
  if (def.properties) {
    let type = messages.get(name);
    if (!type) {
      type = { name, fields: /* @__PURE__ */ new Map(), required: new Set(def.required ?? []) };
      messages.set(name, type);
      for (const [key, sub] of Object.entries(def.properties)) {
        type.fields.set(key, compile(sub, `${name}.${key}`));
      }
      for (const r of type.required)
        if (!type.fields.has(r)) fail(name, `required field ${r} is not a property`);
    }
    return { kind: "message", nullable: false, type, description: def.description };
  }
  return compile(def, name);
}
function scalar(t, s, where2, nullable) {
  const description = s.description;
  switch (t) {
    case "string":
      return s.format === "date-time" ? { kind: "string", nullable, timestamp: true, description } : { kind: "string", nullable, description };
    case "integer":
      return { kind: "int", nullable, description };
    case "number":
      return { kind: "double", nullable, description };
    case "boolean":
      return { kind: "bool", nullable, description };
    case "array":
      if (!s.items) fail(where2, "an array needs items");
      return { kind: "list", nullable, item: compile(s.items, `${where2}[]`), description };
    case "object":
      if (s.properties) fail(where2, "inline objects with properties must be $defs");
      if (!s.additionalProperties || s.additionalProperties === true) return { kind: "dyn", nullable };
      return {
        kind: "map",
        nullable,
        value: compile(s.additionalProperties, `${where2}{}`),
        description
      };
    default:
      return fail(where2, `unsupported type ${t}`);
  }
}
function compile(s, where2, ownName) {
  const description = s.description;
  if (typeof s.$ref === "string") {
    const shape = compileDef(refName(s.$ref, where2));
    return description ? { ...shape, description } : shape;
  }
  const union = s.oneOf ?? s.anyOf;
  if (union) {
    const nullable2 = union.some(isNullSchema);
    const members = union.filter((m) => !isNullSchema(m)).map((m, i) => compile(m, `${where2}|${i}`));
    if (members.length === 1) return withNullable({ ...members[0], description }, nullable2);
    if (!ownName) fail(where2, "a union of several objects must be a $defs entry of its own");
    return { kind: "message", nullable: nullable2, type: mergeVariants(ownName, members, where2), description };
  }
  if ("const" in s) {
    if (typeof s.const === "string") return { kind: "string", nullable: false, enum: [s.const], description };
    if (Number.isInteger(s.const)) return { kind: "int", nullable: false, description };
    fail(where2, "unsupported const");
  }
  if (Array.isArray(s.enum)) {
    const values = s.enum;
    const strings = values.filter((v) => typeof v === "string");
    const nullable2 = values.includes(null);
    if (strings.length + (nullable2 ? 1 : 0) !== values.length) fail(where2, "only string enums are supported");
    return { kind: "string", nullable: nullable2, enum: strings, description };
  }
  if (s.type === void 0) return { kind: "dyn", nullable: true, description };
  const types = Array.isArray(s.type) ? s.type : [s.type];
  const nullable = types.includes("null");
  const rest = types.filter((t) => t !== "null");
  if (rest.length === 1) return scalar(rest[0], s, where2, nullable);
  if (rest.every((t) => ["string", "number", "integer", "boolean"].includes(t))) {
    return { kind: "dyn", nullable, description };
  }
  return fail(where2, `unsupported type list ${JSON.stringify(s.type)}`);
}
function sameShape(a, b) {
  if (a.kind !== b.kind) return false;
  if (a.kind === "message" && b.kind === "message") return a.type === b.type;
  if (a.kind === "list" && b.kind === "list") return sameShape(a.item, b.item);
  if (a.kind === "map" && b.kind === "map") return sameShape(a.value, b.value);
  return true;
}
function mergeVariants(name, members, where2) {
  const existing = messages.get(name);
  if (existing) return existing;
  const type = { name, fields: /* @__PURE__ */ new Map(), required: /* @__PURE__ */ new Set(), variants: [] };
  messages.set(name, type);
  members.forEach((m, i) => {
    if (m.kind !== "message") fail(where2, "a union of objects may only contain objects");
    type.variants.push(m.type.name);
    for (const [key, shape] of m.type.fields) {
      const prev = type.fields.get(key);
      if (!prev) {
        type.fields.set(key, shape);
      } else if (!sameShape(prev, shape)) {
        fail(where2, `field ${key} has different types in ${m.type.name} and an earlier variant`);
      } else if (prev.kind === "string" && shape.kind === "string" && prev.enum && shape.enum) {
        type.fields.set(key, { ...prev, enum: [.../* @__PURE__ */ new Set([...prev.enum, ...shape.enum])] });
      } else if (prev.kind === "string" && shape.kind === "string") {
        type.fields.set(key, { ...prev, enum: void 0 });
      }
    }
    const required = m.type.required;
    if (i === 0) for (const r of required) type.required.add(r);
    else for (const r of [...type.required]) if (!required.has(r)) type.required.delete(r);
  });
  return type;
}
function compileRoot() {
  const root = facts_schema_default;
  const out = /* @__PURE__ */ new Map();
  for (const [key, sub] of Object.entries(root.properties)) {
    out.set(key, compile(sub, key));
  }
  return out;
}
var FACT_SHAPES = compileRoot();
function messageTypes() {
  const ordered = [];
  const seen = /* @__PURE__ */ new Set();
  const visitShape = (s) => {
    if (s.kind === "message") visit(s.type);
    else if (s.kind === "list") visitShape(s.item);
    else if (s.kind === "map") visitShape(s.value);
  };
  const visit = (t) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const f of t.fields.values()) visitShape(f);
    ordered.push(t);
  };
  for (const s of FACT_SHAPES.values()) visitShape(s);
  return ordered;
}
function shapeAt(segments) {
  let shape = FACT_SHAPES.get(segments[0]);
  for (const seg of segments.slice(1)) {
    if (!shape) return void 0;
    if (seg === "[]") {
      shape = shape.kind === "list" ? shape.item : shape.kind === "map" ? shape.value : void 0;
    } else if (shape.kind === "message") {
      shape = shape.type.fields.get(seg);
    } else if (shape.kind === "map") {
      shape = shape.value;
    } else {
      return void 0;
    }
  }
  return shape;
}

// src/policy/cel-env.ts
var runtimes = /* @__PURE__ */ new Map();
function runtimeOf(type) {
  let rt = runtimes.get(type);
  if (!rt) {
    const ctor = { [type.name]: class {
    } }[type.name];
    rt = { ctor, nullValue: Object.freeze(new ctor()) };
    runtimes.set(type, rt);
  }
  return rt;
}
function celTypeOf(shape) {
  if (shape.kind === "message") return shape.type.name;
  if (shape.nullable || shape.kind === "dyn") return "dyn";
  switch (shape.kind) {
    case "string":
      return shape.timestamp ? "google.protobuf.Timestamp" : "string";
    case "int":
    case "double":
    case "bool":
      return shape.kind;
    case "list":
      return `list<${celTypeOf(shape.item)}>`;
    case "map":
      return `map<string, ${celTypeOf(shape.value)}>`;
  }
}
function nullableMessages() {
  const out = /* @__PURE__ */ new Set();
  const visit = (s) => {
    if (s.kind === "message" && s.nullable) out.add(s.type);
    if (s.kind === "list") visit(s.item);
    if (s.kind === "map") visit(s.value);
  };
  for (const s of FACT_SHAPES.values()) visit(s);
  for (const t of messageTypes()) for (const f of t.fields.values()) visit(f);
  return out;
}
function createEnvironment() {
  const env = new Environment({ enableOptionalTypes: true, homogeneousAggregateLiterals: false });
  for (const type of messageTypes()) {
    const fields = {};
    for (const [name, shape] of type.fields) fields[name] = celTypeOf(shape);
    env.registerType(type.name, { ctor: runtimeOf(type).ctor, fields });
  }
  for (const type of nullableMessages()) {
    const { nullValue } = runtimeOf(type);
    env.registerOperator(`${type.name} == null`, (a, b) => {
      const isNull = (v) => v === null || v === nullValue;
      return isNull(a) && isNull(b);
    });
  }
  env.registerOperator("double == int", (a, b) => a === Number(b));
  env.registerFunction(
    "string.matchesGlob(string): bool",
    (value, pattern) => matchesGlob(value, pattern),
    { description: "Whole-string match against a pattern where * matches any run of characters." }
  );
  env.registerFunction("seconds(string): double", (text) => parseDurationSeconds(text), {
    description: 'Seconds in a duration string such as "90s", "10m" or "1h30m".'
  });
  for (const [name, shape] of FACT_SHAPES) {
    env.registerVariable(name, celTypeOf(shape), { description: shape.description ?? `the ${name} facts` });
  }
  return env;
}
var shared;
function policyEnvironment() {
  shared ??= createEnvironment();
  return shared;
}
function describe(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  return typeof v === "object" ? "an object" : `${typeof v} ${JSON.stringify(v)}`;
}
function convert(shape, value, path, problems) {
  if (value === null) {
    if (!shape.nullable) problems.push({ path, message: `is null but may not be` });
    return shape.kind === "message" ? runtimeOf(shape.type).nullValue : null;
  }
  const bad = (expected) => {
    problems.push({ path, message: `expected ${expected}, got ${describe(value)}` });
    return null;
  };
  switch (shape.kind) {
    case "dyn":
      return value;
    case "string":
      if (typeof value !== "string") return bad("a string");
      if (shape.enum && !shape.enum.includes(value)) return bad(`one of ${shape.enum.join(", ")}`);
      if (shape.timestamp) {
        const d = new Date(value);
        return Number.isNaN(d.getTime()) ? bad("an ISO 8601 timestamp") : d;
      }
      return value;
    case "int":
      if (typeof value === "bigint") return value;
      return typeof value === "number" && Number.isSafeInteger(value) ? BigInt(value) : bad("an integer");
    case "double":
      return typeof value === "number" ? value : bad("a number");
    case "bool":
      return typeof value === "boolean" ? value : bad("a boolean");
    case "list":
      if (!Array.isArray(value)) return bad("a list");
      return value.map((v, i) => convert(shape.item, v, `${path}[${i}]`, problems));
    case "map": {
      if (typeof value !== "object" || Array.isArray(value)) return bad("an object");
      const out = /* @__PURE__ */ new Map();
      for (const [k, v] of Object.entries(value)) {
        if (v !== void 0) out.set(k, convert(shape.value, v, `${path}.${k}`, problems));
      }
      return out;
    }
    case "message": {
      if (typeof value !== "object" || Array.isArray(value)) return bad("an object");
      const src = value;
      const out = new (runtimeOf(shape.type)).ctor();
      for (const [name, field] of shape.type.fields) {
        const v = src[name];
        if (v === void 0) {
          if (shape.type.required.has(name))
            problems.push({ path: `${path}.${name}`, message: "is missing" });
          continue;
        }
        out[name] = convert(field, v, `${path}.${name}`, problems);
      }
      return out;
    }
  }
}
function toCelContext(facts) {
  const problems = [];
  const context = {};
  const src = facts;
  for (const [name, shape] of FACT_SHAPES) {
    if (src[name] === void 0) {
      problems.push({ path: name, message: "is missing" });
      continue;
    }
    context[name] = convert(shape, src[name], name, problems);
  }
  return { context, problems };
}
function isCelNull(v) {
  if (v === null) return true;
  if (v && typeof v === "object") {
    for (const rt of runtimes.values()) if (rt.nullValue === v) return true;
  }
  return false;
}

// src/policy/reads.ts
var ITERATION_MACROS = /* @__PURE__ */ new Set(["all", "exists", "exists_one", "map", "filter"]);
var FILTERED = "~filtered";
function elementOf(path) {
  return [...path[path.length - 1] === FILTERED ? path.slice(0, -1) : path, "[*]"];
}
function literal(node) {
  return node.op === "value" ? node.args : void 0;
}
function pathOf(node, scope) {
  switch (node.op) {
    case "id": {
      if (scope.has(node.args)) return scope.get(node.args) ?? void 0;
      return FACT_SHAPES.has(node.args) ? [node.args] : void 0;
    }
    case ".":
    case ".?": {
      const base = pathOf(node.args[0], scope);
      return base && base[base.length - 1] !== FILTERED ? [...base, node.args[1]] : void 0;
    }
    case "[]":
    case "[?]": {
      const base = pathOf(node.args[0], scope);
      if (!base) return void 0;
      if (base[base.length - 1] === FILTERED) return elementOf(base);
      const key = literal(node.args[1]);
      if (typeof key === "bigint" || typeof key === "number") return [...base, `[${key}]`];
      if (typeof key === "string") return [...base, `[${JSON.stringify(key)}]`];
      return [...base, "[*]"];
    }
    case "rcall": {
      const [name, receiver, args] = node.args;
      if (name !== "filter" || args.length !== 2) return void 0;
      const base = pathOf(receiver, scope);
      return base && (base[base.length - 1] === FILTERED ? base : [...base, FILTERED]);
    }
    default:
      return void 0;
  }
}
function formatPath(segments) {
  return segments.filter((s) => s !== FILTERED).map((s, i) => i === 0 || s.startsWith("[") ? s : `.${s}`).join("");
}
function enumOf(segments) {
  const shape = shapeAt(segments.filter((s) => s !== FILTERED).map((s) => s.startsWith("[") ? "[]" : s));
  return shape?.kind === "string" ? shape.enum : void 0;
}
function analyseExpression(ast) {
  const found = [];
  const problems = [];
  const checkEnum = (pathNode, valueNode, scope) => {
    const path = pathOf(pathNode, scope);
    const value = literal(valueNode);
    if (!path || typeof value !== "string") return;
    const allowed = enumOf(path);
    if (allowed && !allowed.includes(value)) {
      problems.push({
        message: `${formatPath(path)} is never ${JSON.stringify(value)} (it is one of ${allowed.join(", ")})`,
        start: valueNode.range.start,
        end: valueNode.range.end
      });
    }
  };
  const walk = (node, scope) => {
    switch (node.op) {
      case "value":
        return;
      case "id":
      case ".":
      case ".?":
      case "[]":
      case "[?]": {
        const path = pathOf(node, scope);
        if (path) found.push(path);
        let n = node;
        while (n.op === "." || n.op === ".?" || n.op === "[]" || n.op === "[?]") {
          if (n.op === "[]" || n.op === "[?]") walk(n.args[1], scope);
          n = n.args[0];
        }
        if (n.op !== "id") walk(n, scope);
        return;
      }
      case "rcall": {
        const [name, receiver, args] = node.args;
        if (ITERATION_MACROS.has(name) && args[0]?.op === "id") {
          walk(receiver, scope);
          const base = pathOf(receiver, scope);
          const inner = new Map(scope).set(args[0].args, base ? elementOf(base) : null);
          if (args.length === 3 && args[1].op === "id" && name !== "map" && name !== "filter") {
            inner.set(args[1].args, base ? elementOf(base) : null);
          }
          for (const a of args.slice(1)) walk(a, inner);
          return;
        }
        if (name === "bind" && receiver.op === "id" && receiver.args === "cel" && args[0]?.op === "id") {
          walk(args[1], scope);
          const inner = new Map(scope).set(args[0].args, pathOf(args[1], scope) ?? null);
          walk(args[2], inner);
          return;
        }
        walk(receiver, scope);
        for (const a of args) walk(a, scope);
        return;
      }
      case "call":
        for (const a of node.args[1]) walk(a, scope);
        return;
      case "list":
        for (const a of node.args) walk(a, scope);
        return;
      case "map":
        for (const [k, v] of node.args) {
          walk(k, scope);
          walk(v, scope);
        }
        return;
      case "?:":
        for (const a of node.args) walk(a, scope);
        return;
      case "!_":
      case "-_":
        walk(node.args, scope);
        return;
      case "==":
      case "!=":
        checkEnum(node.args[0], node.args[1], scope);
        checkEnum(node.args[1], node.args[0], scope);
        walk(node.args[0], scope);
        walk(node.args[1], scope);
        return;
      case "in":
        if (node.args[1].op === "list")
          for (const item of node.args[1].args) checkEnum(node.args[0], item, scope);
        walk(node.args[0], scope);
        walk(node.args[1], scope);
        return;
      default: {
        const [a, b] = node.args;
        walk(a, scope);
        walk(b, scope);
      }
    }
  };
  walk(ast, /* @__PURE__ */ new Map());
  const formatted = found.map(formatPath);
  const unique = [...new Set(formatted)];
  const isPrefix = (p, of) => of.length > p.length && of.startsWith(p) && /^[.[]/.test(of[p.length]);
  return { reads: unique.filter((p) => !unique.some((q) => isPrefix(p, q))), problems };
}

// src/policy/suggest.ts
function didYouMean(word, candidates) {
  const c = closest(word, candidates, Math.max(2, Math.floor(word.length / 3)));
  return c ? ` (did you mean "${c}"?)` : "";
}

// src/policy/compile.ts
var MESSAGES = new Map(messageTypes().map((t) => [t.name, t]));
var MACROS = ["has", "all", "exists", "exists_one", "map", "filter", "bind"];
var functionNames;
function knownFunctions() {
  functionNames ??= /* @__PURE__ */ new Set([
    ...policyEnvironment().getDefinitions().functions.map((f) => f.name),
    ...MACROS
  ]);
  return functionNames;
}
function explainTypeError(err) {
  const summary = err.summary ?? err.message ?? String(err);
  const node = err.node;
  if (err.code === "unknown_variable" && node?.op === "id") {
    return `unknown variable "${node.args}"${didYouMean(node.args, FACT_SHAPES.keys())}; the facts are ${[...FACT_SHAPES.keys()].join(", ")}`;
  }
  if (err.code === "no_such_key" && node && (node.op === "." || node.op === ".?")) {
    const operand = node.args[0];
    const base = baseSegments(operand);
    const shape = base && shapeAt(base.map((s) => s.startsWith("[") ? "[]" : s));
    const typeName = operand.checkedType?.name;
    const type = shape?.kind === "message" ? shape.type : typeName ? MESSAGES.get(typeName) : void 0;
    if (type) {
      const field = node.args[1];
      const label = shape?.kind === "message" && base ? formatPath(base) : `${operand.input.slice(operand.range.start, operand.range.end)} (a ${type.name})`;
      return `${label} has no field "${field}"${didYouMean(field, type.fields.keys())}`;
    }
  }
  if (err.code === "no_matching_overload" && node && (node.op === "call" || node.op === "rcall")) {
    const name = node.args[0];
    if (!knownFunctions().has(name)) return `unknown function "${name}"${didYouMean(name, knownFunctions())}`;
  }
  return summary;
}
function baseSegments(node) {
  if (node.op === "id") return [node.args];
  if (node.op === "." || node.op === ".?") {
    const b = baseSegments(node.args[0]);
    return b && [...b, node.args[1]];
  }
  if (node.op === "[]" || node.op === "[?]") {
    const b = baseSegments(node.args[0]);
    return b && [...b, "[*]"];
  }
  return void 0;
}
function compileExpression(source, locate, resultType) {
  const env = policyEnvironment();
  let parsed;
  try {
    parsed = env.parse(source);
  } catch (e) {
    const err = e;
    return {
      reads: [],
      problems: [
        { offset: err.range?.start ?? 0, message: `CEL syntax error: ${err.summary ?? err.message}` }
      ]
    };
  }
  const checked = parsed.check();
  if (!checked.valid) {
    const err = checked.error ?? {};
    return {
      reads: [],
      problems: [{ offset: err.range?.start ?? 0, message: `CEL type error: ${explainTypeError(err)}` }]
    };
  }
  const problems = [];
  if (resultType === "bool" && checked.type !== "bool" && checked.type !== "dyn") {
    problems.push({ offset: 0, message: `must be a bool expression, but its type is ${checked.type}` });
  }
  const analysis = analyseExpression(parsed.ast);
  for (const p of analysis.problems)
    problems.push({ offset: p.start, message: `CEL type error: ${p.message}` });
  return { expr: { source, evaluate: parsed, locate }, reads: analysis.reads, problems };
}

// src/policy/template.ts
function compileTemplate(template, locate) {
  const parts = [];
  const reads = [];
  const problems = [];
  const re = /\{\{([\s\S]*?)\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    if (m.index > last) parts.push({ text: template.slice(last, m.index) });
    last = m.index + m[0].length;
    const inner = m[1];
    const lead = inner.length - inner.trimStart().length;
    const start = m.index + 2 + lead;
    const source = inner.trim();
    if (source === "") {
      problems.push({ offset: m.index, message: "empty {{ }} placeholder" });
      continue;
    }
    const r = compileExpression(source, (o) => locate(start + o), "any");
    for (const p of r.problems) problems.push({ offset: start + p.offset, message: p.message });
    reads.push(...r.reads);
    if (r.expr) parts.push({ expr: r.expr });
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  const unclosed = template.indexOf("{{", last);
  if (unclosed >= 0) problems.push({ offset: unclosed, message: "unclosed {{ placeholder" });
  return { parts, reads, problems };
}
function renderValue(v) {
  if (typeof v === "string") return v;
  return JSON.stringify(toPlain(v)) ?? String(v);
}
function toPlain(v) {
  if (isCelNull(v)) return null;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "number") return Number.isInteger(v) ? v : Number(v.toPrecision(12));
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (v instanceof Map) return Object.fromEntries([...v].map(([k, x]) => [String(k), toPlain(x)]));
  if (v && typeof v === "object") {
    if (typeof v.toString === "function" && v.constructor?.name === "Duration") {
      return String(v);
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toPlain(x)]));
  }
  return v;
}
function renderTemplate(parts, context) {
  let out = "";
  for (const part of parts) {
    if (part.text !== void 0) {
      out += part.text;
      continue;
    }
    try {
      out += renderValue(part.expr.evaluate(context));
    } catch (e) {
      out += `<error: ${e.summary ?? e.message}>`;
    }
  }
  return out;
}

// src/policy/types.ts
var DECISION_KINDS = [
  "allow",
  "deny",
  "warn",
  "waived",
  "error",
  "skipped"
];

// src/policy/evaluate.ts
var WAIVER_LABEL_PREFIX = "modelgate-waive:";
var NULL_SECTION_HINTS = {
  artifact: "the artifact check did not run",
  data: "the data check did not run",
  evaluation: "the evaluation check did not run",
  endpoint: "the endpoint state was not looked up"
};
function waiversFromLabels(labels) {
  return labels.filter((l) => l.startsWith(WAIVER_LABEL_PREFIX) && l.length > WAIVER_LABEL_PREFIX.length).map((l) => ({
    ruleId: l.slice(WAIVER_LABEL_PREFIX.length).trim(),
    reason: `pull-request label "${l}"`,
    by: null,
    source: "label"
  }));
}
function findSelect(node, end) {
  if ((node.op === "." || node.op === ".?") && node.range.end === end) return node;
  const args = node.args;
  const children = [];
  const collect = (v) => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === "object" && "op" in v) children.push(v);
  };
  collect(args);
  for (const c of children) {
    const found = findSelect(c, end);
    if (found) return found;
  }
  return void 0;
}
function segmentsOf(node) {
  if (node.op === "id") return [node.args];
  if (node.op === "." || node.op === ".?") {
    const b = segmentsOf(node.args[0]);
    return b && [...b, node.args[1]];
  }
  if (node.op === "[]" && node.args[1].op === "value") {
    const b = segmentsOf(node.args[0]);
    const k = node.args[1].args;
    return b && [...b, typeof k === "string" ? `[${JSON.stringify(k)}]` : `[${String(k)}]`];
  }
  return void 0;
}
function valueAt(facts, segments) {
  let v = facts;
  for (const s of segments) {
    if (v === null || typeof v !== "object") return { found: false, value: void 0 };
    const key = s.startsWith("[") ? JSON.parse(s.slice(1, -1)) : s;
    v = v[key];
    if (v === void 0) return { found: false, value: void 0 };
  }
  return { found: true, value: v };
}
function explain(err, expr, facts) {
  const summary = err.summary ?? err.message ?? String(err);
  if (err.code === "no_such_key" && err.range) {
    const select = findSelect(expr.evaluate.ast, err.range.end);
    const sel = select && (select.op === "." || select.op === ".?") ? select : void 0;
    const base = sel ? segmentsOf(sel.args[0]) : void 0;
    if (sel && base) {
      const field = sel.args[1];
      const at = valueAt(facts, base);
      const basePath = formatPath(base);
      if (at.found && at.value === null) {
        const hint = base.length === 1 ? NULL_SECTION_HINTS[base[0]] : void 0;
        return `${basePath} is null${hint ? ` (${hint})` : ""}, so ${basePath}.${field} cannot be read; test \`${basePath} != null\` first`;
      }
      if (at.found) {
        return `${basePath}.${field} is not set; test \`has(${basePath}.${field})\` first`;
      }
    }
  }
  if (/\bnull\b/.test(summary)) return `${summary} (a fact it uses is null)`;
  return summary;
}
function run(expr, context, facts) {
  let value;
  try {
    value = expr.evaluate(context);
  } catch (e) {
    const err = e;
    return { error: explain(err, expr, facts), location: expr.locate(err.range?.start ?? 0) };
  }
  if (typeof value !== "boolean") {
    return { error: `evaluated to ${String(value)}, not a bool`, location: expr.locate(0) };
  }
  return { value };
}
function where(l) {
  return `${l.file}:${l.line}:${l.column}`;
}
function decide(rule, context, facts) {
  const base = {
    ruleId: rule.id,
    description: rule.description,
    severity: rule.severity,
    reads: rule.reads,
    waivable: rule.waivable,
    location: rule.location,
    origin: rule.origin
  };
  const error = (expression, o) => ({
    ...base,
    decision: "error",
    message: `${expression} could not be evaluated at ${where(o.location)}: ${o.error}`,
    error: { expression, message: o.error, location: o.location }
  });
  if (rule.when) {
    const w = run(rule.when, context, facts);
    if ("error" in w) return error("when", w);
    if (!w.value) return { ...base, decision: "skipped", message: "not applicable (`when` is false)" };
  }
  const r = run(rule.require, context, facts);
  if ("error" in r) return error("require", r);
  const decision = r.value ? "allow" : rule.severity;
  const message = rule.message ? renderTemplate(rule.message, context) : rule.description || (r.value ? "requirement met" : `requirement not met: ${rule.require.source}`);
  return { ...base, decision, message };
}
function applyWaivers(decisions, waivers) {
  const byId = new Map(decisions.map((d) => [d.ruleId, d]));
  return waivers.map((w) => {
    const d = byId.get(w.ruleId);
    if (!d) return { ...w, status: "unknown-rule", note: `no loaded rule has the id "${w.ruleId}"` };
    if (d.decision === "waived") {
      return { ...w, status: "not-needed", note: `already waived by ${d.waiver?.reason}` };
    }
    if (d.decision === "error") {
      const out2 = {
        ...w,
        status: "refused",
        note: "the rule could not be evaluated; an error is never waived — fix the rule or the facts"
      };
      d.waiver ??= out2;
      return out2;
    }
    if (d.decision !== "deny") {
      return { ...w, status: "not-needed", note: `the rule's decision is ${d.decision}` };
    }
    if (!d.waivable) {
      const out2 = { ...w, status: "refused", note: `rule "${d.ruleId}" is not waivable` };
      d.waiver ??= out2;
      return out2;
    }
    const out = { ...w, status: "applied" };
    d.decision = "waived";
    d.waiver = out;
    d.message = `${d.message} — waived (${w.reason}${w.by ? `, by ${w.by}` : ""})`;
    return out;
  });
}
function evaluatePolicies(policies, facts, options = {}) {
  const { context, problems } = toCelContext(facts);
  if (problems.length > 0) {
    throw new ModelgateError(
      "invalid_facts",
      `the facts document does not match schema/facts.schema.json:
${problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`
    );
  }
  const decisions = policies.rules.map((rule) => decide(rule, context, facts));
  const waivers = applyWaivers(decisions, [
    ...waiversFromLabels(facts.git.labels),
    ...options.waivers ?? []
  ]);
  const counts = Object.fromEntries(DECISION_KINDS.map((k) => [k, 0]));
  for (const d of decisions) counts[d.decision]++;
  return { decisions, denied: counts.deny + counts.error > 0, counts, waivers };
}

// src/policy/format.ts
var MARK = {
  allow: "ok",
  deny: "XX",
  warn: "!!",
  waived: "~~",
  error: "XX",
  skipped: "--"
};
function decisionLines(d, idWidth) {
  const head = `  ${MARK[d.decision]} ${d.decision.padEnd(7)} ${d.ruleId.padEnd(idWidth)}  [${d.severity}${d.waivable ? ", waivable" : ""}]`;
  const lines = [head, `       ${d.message}`];
  if (d.waiver) {
    const w = d.waiver;
    const who = w.by ? `, by ${w.by}` : "";
    lines.push(
      `       waiver (${w.source}${who}): ${w.status}${w.note ? ` — ${w.note}` : ""}; reason: ${w.reason}`
    );
  }
  if (d.reads.length > 0) lines.push(`       reads: ${d.reads.join(", ")}`);
  lines.push(`       rule: ${d.location.file}:${d.location.line}:${d.location.column}`);
  return lines;
}
function formatPolicyResult(result) {
  const idWidth = Math.max(0, ...result.decisions.map((d) => d.ruleId.length));
  const out = [];
  for (const d of result.decisions) out.push(...decisionLines(d, idWidth));
  const unattached = result.waivers.filter((w) => w.status === "unknown-rule" || w.status === "not-needed");
  if (unattached.length > 0) {
    out.push("", "Waivers not used:");
    for (const w of unattached) out.push(`  ${w.ruleId} (${w.source}): ${w.status} — ${w.note}`);
  }
  const c = result.counts;
  const tally = `${c.allow} allow, ${c.deny} deny, ${c.error} error, ${c.warn} warn, ${c.waived} waived, ${c.skipped} skipped`;
  out.push("", `${result.denied ? "DENIED" : "ALLOWED"}: ${result.decisions.length} rules — ${tally}`);
  return `${out.join("\n")}
`;
}
function formatTestReport(report, display = (f) => f) {
  const out = [];
  for (const f of report.files) {
    out.push(display(f.file));
    if (f.error) {
      for (const line of f.error.split("\n")) out.push(`  ERROR ${line}`);
    }
    for (const c of f.cases) {
      out.push(`  ${c.passed ? "PASS" : "FAIL"}  ${c.name}`);
      for (const failure of c.failures) out.push(`        ${failure}`);
    }
  }
  out.push("", `${report.passed} passed, ${report.failed} failed`);
  return `${out.join("\n")}
`;
}

// src/policy/builtin.ts
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var BUILTIN_PREFIX = "builtin:";
function findBuiltinPoliciesDir(fromUrl = import.meta.url) {
  let dir = dirname(fileURLToPath(fromUrl));
  for (; ; ) {
    const candidate = join(dir, "policies");
    if (existsSync(join(candidate, "baseline"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `modelgate's built-in policies were not found above ${dirname(fileURLToPath(fromUrl))}`
      );
    }
    dir = parent;
  }
}
var cached;
function builtinPoliciesDir() {
  cached ??= findBuiltinPoliciesDir();
  return cached;
}
function builtinPacks() {
  const root = builtinPoliciesDir();
  return readdirSync(root).filter((name) => !name.startsWith(".") && statSync(join(root, name)).isDirectory()).sort();
}
function builtinPackDir(ref) {
  const name = ref.startsWith(BUILTIN_PREFIX) ? ref.slice(BUILTIN_PREFIX.length) : ref;
  return builtinPacks().includes(name) ? join(builtinPoliciesDir(), name) : void 0;
}

// src/policy/load.ts
var import_yaml2 = __toESM(require_dist(), 1);
import { readdir, readFile, stat } from "node:fs/promises";
import { join as join2, relative, resolve } from "node:path";

// src/policy/source-map.ts
function scalarOffsetMapper(text, node, lineCounter) {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  const value = String(node.value ?? "");
  let p = start;
  const type = node.type;
  if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") p += 1;
  if (type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED") {
    const nl = text.indexOf("\n", start);
    p = nl < 0 ? valueEnd : nl + 1;
  }
  const positions = new Array(value.length + 1);
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    let q = p;
    while (q < valueEnd && text[q] !== c) q++;
    if (q < valueEnd) {
      positions[i] = q;
      p = q + 1;
    } else {
      positions[i] = Math.min(p, Math.max(start, valueEnd - 1));
    }
  }
  positions[value.length] = value.length > 0 ? positions[value.length - 1] + 1 : p;
  return (offset) => {
    const at = positions[Math.max(0, Math.min(offset, value.length))];
    const pos = lineCounter.linePos(at);
    return { line: pos.line, column: pos.col };
  };
}

// src/policy/yaml-doc.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlDoc(text, file) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  const problems = doc.errors.map((e) => {
    const p = lineCounter.linePos(e.pos[0]);
    return { file, line: p.line, column: p.col, message: `YAML error: ${e.message.split("\n")[0]}` };
  });
  return { doc, lineCounter, problems };
}

// src/policy/load.ts
var FILE_KEYS = ["rules", "description"];
var RULE_KEYS = ["id", "description", "when", "require", "severity", "message", "waivable"];
var MAX_RULE_ID_LENGTH = 34;
var RULE_ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
function isPolicyTestFile(name) {
  return /\.test\.ya?ml$/.test(name);
}
function isPolicyFile(name) {
  return /\.ya?ml$/.test(name) && !isPolicyTestFile(name);
}
function compilePolicyText(text, file, origin = file) {
  const { doc, lineCounter, problems } = parseYamlDoc(text, file);
  const at = (offset) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { file, line: p.line, column: p.col };
  };
  const nodeAt = (node) => at(node?.range?.[0]);
  const problem = (loc, path, message, expected) => problems.push({ ...loc, ...path ? { path } : {}, message, ...expected ? { expected } : {} });
  if (problems.length > 0) return { rules: [], problems };
  const root = doc.contents;
  if (!(0, import_yaml2.isMap)(root)) {
    problem(nodeAt(root), "", "a policy file must be a mapping with a `rules` list", "rules: [...]");
    return { rules: [], problems };
  }
  for (const pair of root.items) {
    const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : "";
    if (!FILE_KEYS.includes(key)) {
      problem(
        nodeAt(pair.key),
        key,
        `unknown key "${key}"${didYouMean(key, FILE_KEYS)}`,
        FILE_KEYS.join(" or ")
      );
    }
  }
  const rulesNode = root.get("rules", true);
  if (!(0, import_yaml2.isSeq)(rulesNode)) {
    problem(nodeAt(rulesNode ?? root), "rules", "a policy file needs a `rules` list", "a list of rules");
    return { rules: [], problems };
  }
  const rules = [];
  rulesNode.items.forEach((item, index) => {
    const rule = compileRule(item, `rules[${index}]`);
    if (rule) rules.push(rule);
  });
  return { rules, problems };
  function compileRule(node, path) {
    if (!(0, import_yaml2.isMap)(node)) {
      problem(nodeAt(node), path, "a rule must be a mapping", `keys ${RULE_KEYS.join(", ")}`);
      return void 0;
    }
    const before = problems.length;
    for (const pair of node.items) {
      const key = (0, import_yaml2.isScalar)(pair.key) ? String(pair.key.value) : "";
      if (!RULE_KEYS.includes(key)) {
        problem(
          nodeAt(pair.key),
          `${path}.${key}`,
          `unknown key "${key}"${didYouMean(key, RULE_KEYS)}`,
          `one of ${RULE_KEYS.join(", ")}`
        );
      }
    }
    const scalar2 = (key, type, required) => {
      const v = node.get(key, true);
      if (v === void 0 || v === null) {
        if (required) problem(nodeAt(node), `${path}.${key}`, `missing required key "${key}"`);
        return void 0;
      }
      if (!(0, import_yaml2.isScalar)(v) || typeof v.value !== type || type === "string" && v.value.trim() === "") {
        problem(
          nodeAt(v),
          `${path}.${key}`,
          `must be a non-empty ${type}`,
          type === "string" ? "a string" : "true or false"
        );
        return void 0;
      }
      return v;
    };
    const idNode = scalar2("id", "string", true);
    const id = idNode?.value;
    if (idNode && id !== void 0) {
      if (!RULE_ID.test(id)) {
        problem(
          nodeAt(idNode),
          `${path}.id`,
          `invalid rule id "${id}"`,
          "lowercase letters, digits and . _ - separators"
        );
      } else if (id.length > MAX_RULE_ID_LENGTH) {
        problem(
          nodeAt(idNode),
          `${path}.id`,
          `rule id "${id}" is ${id.length} characters; the waiver label modelgate-waive:<id> must fit GitHub's 50`,
          `at most ${MAX_RULE_ID_LENGTH} characters`
        );
      }
    }
    const descriptionNode = scalar2("description", "string", false);
    const severityNode = scalar2("severity", "string", false);
    const severity = severityNode?.value ?? "deny";
    if (severityNode && severity !== "deny" && severity !== "warn") {
      problem(nodeAt(severityNode), `${path}.severity`, `invalid severity "${severity}"`, "deny or warn");
    }
    const waivableNode = scalar2("waivable", "boolean", false);
    const reads = [];
    const expression = (key) => {
      const n = scalar2(key, "string", key === "require");
      if (!n) return void 0;
      const map = scalarOffsetMapper(text, n, lineCounter);
      const locate = (o) => ({ file, ...map(o) });
      const r = compileExpression(n.value, locate, "bool");
      for (const p of r.problems) problem(locate(p.offset), `${path}.${key}`, p.message);
      reads.push(...r.reads);
      return r.expr;
    };
    const when = expression("when");
    const require2 = expression("require");
    let message;
    const messageNode = scalar2("message", "string", false);
    if (messageNode) {
      const map = scalarOffsetMapper(text, messageNode, lineCounter);
      const locate = (o) => ({ file, ...map(o) });
      const t = compileTemplate(messageNode.value, locate);
      for (const p of t.problems) problem(locate(p.offset), `${path}.message`, p.message);
      reads.push(...t.reads);
      message = t.parts;
    }
    if (problems.length > before || !id || !require2) return void 0;
    const unique = [...new Set(reads)];
    const isPrefix = (p, of) => of.length > p.length && of.startsWith(p) && /^[.[]/.test(of[p.length]);
    return {
      id,
      description: descriptionNode?.value ?? "",
      severity,
      waivable: waivableNode?.value ?? false,
      when,
      require: require2,
      message,
      reads: unique.filter((p) => !unique.some((q) => isPrefix(p, q))),
      location: nodeAt(idNode),
      origin
    };
  }
}
function checkDuplicateIds(rules, problems) {
  const first = /* @__PURE__ */ new Map();
  for (const r of rules) {
    const prev = first.get(r.id);
    if (!prev) {
      first.set(r.id, r);
      continue;
    }
    const where2 = `${prev.location.file}:${prev.location.line}:${prev.location.column}`;
    problems.push({
      ...r.location,
      path: "id",
      message: `duplicate rule id "${r.id}" (also defined at ${where2})`,
      expected: "rule ids unique across every loaded policy file"
    });
  }
}
function compilePolicySet(files) {
  const rules = [];
  const problems = [];
  for (const f of files) {
    const r = compilePolicyText(f.text, f.file, f.origin);
    rules.push(...r.rules);
    problems.push(...r.problems);
  }
  checkDuplicateIds(rules, problems);
  if (problems.length > 0) throw new InputError(problems, "invalid_policy");
  return { rules, files: files.map((f) => f.file) };
}
async function policyFilesIn(dir) {
  const out = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort(
    (a, b) => a.name.localeCompare(b.name)
  )) {
    if (entry.name.startsWith(".") && entry.isDirectory()) continue;
    const p = join2(dir, entry.name);
    if (entry.isDirectory()) out.push(...await policyFilesIn(p));
    else if (isPolicyFile(entry.name)) out.push(p);
  }
  return out;
}
async function resolvePolicyFiles(refs, options) {
  const out = [];
  const problems = [];
  const shown = options.displayDir ?? options.baseDir;
  const specProblem = (i, message, expected) => {
    const at = options.spec?.locate(`policies[${i}]`);
    problems.push({
      file: options.spec?.file ?? "<policies>",
      line: at?.line,
      column: at?.column,
      path: `policies[${i}]`,
      message,
      expected
    });
  };
  for (const [i, ref] of refs.entries()) {
    if (ref.startsWith(BUILTIN_PREFIX)) {
      const dir = builtinPackDir(ref);
      if (!dir) {
        const name = ref.slice(BUILTIN_PREFIX.length);
        specProblem(
          i,
          `unknown built-in policy pack "${name}"${didYouMean(name, builtinPacks())}`,
          builtinPacks().map((p) => BUILTIN_PREFIX + p).join(", ")
        );
        continue;
      }
      for (const path of await policyFilesIn(dir)) {
        out.push({ path, display: `${ref}/${relative(dir, path)}`, origin: ref });
      }
      continue;
    }
    const abs = resolve(options.baseDir, ref);
    const info = await stat(abs).catch(() => void 0);
    if (!info) {
      specProblem(
        i,
        `policy path "${ref}" does not exist (resolved to ${abs})`,
        "a policy file or folder relative to the spec"
      );
    } else if (info.isDirectory()) {
      const files = await policyFilesIn(abs);
      if (files.length === 0) specProblem(i, `policy folder "${ref}" holds no .yaml files`);
      for (const path of files)
        out.push({ path, display: join2(shown, ref, relative(abs, path)), origin: ref });
    } else {
      out.push({ path: abs, display: join2(shown, ref), origin: ref });
    }
  }
  if (problems.length > 0) throw new InputError(problems, "invalid_policy");
  const seen = /* @__PURE__ */ new Set();
  return out.filter((f) => !seen.has(f.path) && seen.add(f.path));
}
async function loadPolicies(refs, options) {
  const files = await resolvePolicyFiles(refs, options);
  const texts = await Promise.all(
    files.map(async (f) => ({ file: f.display, origin: f.origin, text: await readFile(f.path, "utf8") }))
  );
  return compilePolicySet(texts);
}

export {
  didYouMean,
  DECISION_KINDS,
  evaluatePolicies,
  formatPolicyResult,
  formatTestReport,
  BUILTIN_PREFIX,
  builtinPoliciesDir,
  builtinPacks,
  builtinPackDir,
  parseYamlDoc,
  isPolicyTestFile,
  compilePolicySet,
  loadPolicies
};
