import { createRequire as __mgCreateRequire } from 'node:module';
const require = __mgCreateRequire(import.meta.url);
import {
  binomTest,
  fisherExact,
  mannWhitneyU,
  rateRatioMsprt,
  welchTTest
} from "./cli-chunk-LYXHFEKS.js";
import {
  systemClock
} from "./cli-chunk-QHJQBZGW.js";
import {
  PROFILE_ENV,
  captureRoot,
  startSimulator
} from "./cli-chunk-RWUGUOFG.js";
import {
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client
} from "./cli-chunk-R45B3ZH3.js";
import {
  AddTagsCommand,
  CreateEndpointCommand,
  CreateEndpointConfigCommand,
  CreateModelCommand,
  DeleteEndpointCommand,
  DeleteTagsCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  ListTagsCommand,
  SageMakerClient,
  UpdateEndpointCommand,
  UpdateEndpointWeightsAndCapacitiesCommand
} from "./cli-chunk-3YA2SYSA.js";
import {
  defaultProvider
} from "./cli-chunk-4DW6D2E2.js";
import {
  AwsJson1_0Protocol,
  AwsSdkSigV4Signer,
  NODE_AUTH_SCHEME_PREFERENCE_OPTIONS,
  resolveAwsSdkSigV4Config
} from "./cli-chunk-SQNJ3LC7.js";
import {
  NodeHttpHandler
} from "./cli-chunk-5JP7KZIK.js";
import {
  BinaryDecisionDiagram,
  Client,
  DEFAULT_RETRY_MODE,
  DefaultIdentityProviderConfig,
  EndpointCache,
  NODE_APP_ID_CONFIG_OPTIONS,
  NODE_MAX_ATTEMPT_CONFIG_OPTIONS,
  NODE_RETRY_MODE_CONFIG_OPTIONS,
  NoOpLogger,
  ServiceException,
  awsEndpointFunctions,
  createDefaultUserAgentProvider,
  customEndpointFunctions,
  decideEndpoint,
  emitWarningIfUnsupportedVersion,
  emitWarningIfUnsupportedVersion2,
  getAwsRegionExtensionConfiguration,
  getDefaultExtensionConfiguration,
  getDefaultSocketTimeout,
  getEndpointPlugin,
  getHostHeaderPlugin,
  getHttpAuthSchemeEndpointRuleSetPlugin,
  getHttpSigningPlugin,
  getLoggerPlugin,
  getRecursionDetectionPlugin,
  getRetryPlugin,
  getUserAgentPlugin,
  loadConfigsForDefaultMode,
  makeBuilder,
  resolveAwsRegionExtensionConfiguration,
  resolveDefaultRuntimeConfig,
  resolveEndpointConfig,
  resolveHostHeaderConfig,
  resolveRetryConfig,
  resolveUserAgentConfig
} from "./cli-chunk-NX6QLHHV.js";
import {
  NODE_REGION_CONFIG_FILE_OPTIONS,
  NODE_REGION_CONFIG_OPTIONS,
  NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS,
  NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS,
  SelectorType,
  booleanSelector,
  getContentLengthPlugin,
  getHttpHandlerExtensionConfiguration,
  loadConfig,
  numberSelector,
  resolveDefaultsModeConfig,
  resolveHttpHandlerRuntimeConfig,
  resolveRegionConfig
} from "./cli-chunk-F3DIOZNX.js";
import {
  loadSpecForCli,
  parseSpecArgs
} from "./cli-chunk-EBIEURGI.js";
import {
  InputError,
  ModelgateError
} from "./cli-chunk-LIZCHGMP.js";
import {
  gateAlarmName,
  planRollout
} from "./cli-chunk-A66SPB3H.js";
import {
  formatDuration,
  parseDuration
} from "./cli-chunk-F6UYTWT2.js";
import {
  EXIT,
  UsageError
} from "./cli-chunk-OSPYVRYB.js";
import {
  Sha256Node
} from "./cli-chunk-XGQK6XAH.js";
import {
  TypeRegistry,
  calculateBodyLength,
  fromBase64,
  fromUtf8,
  getSchemaSerdePlugin,
  getSmithyContext,
  normalizeProvider,
  parseUrl,
  streamCollector,
  toBase64,
  toUtf8
} from "./cli-chunk-MVJRBNRW.js";

// src/cli/commands/deploy.ts
import { writeFile } from "node:fs/promises";
import { hostname, userInfo } from "node:os";
import { resolve as resolve2 } from "node:path";

// src/providers/local/remote-clock.ts
async function sampleSimulator(url, fetchImpl = globalThis.fetch, timeoutMs = 2e3) {
  const before = performance.now();
  let body;
  try {
    const res = await fetchImpl(`${url.replace(/\/+$/, "")}/`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) return void 0;
    body = await res.json();
  } catch {
    return void 0;
  }
  const after = performance.now();
  const b2 = body;
  if (b2?.service !== "modelgate-simulator" || typeof b2.time !== "number" || !Number.isFinite(b2.time))
    return void 0;
  return { sim: b2.time * 1e3, real: (before + after) / 2 };
}
async function followSimulatorClock(url, o = {}) {
  const fetchImpl = o.fetch ?? globalThis.fetch;
  const first = await sampleSimulator(url, fetchImpl);
  if (!first) return void 0;
  await new Promise((r2) => setTimeout(r2, o.sampleMs ?? 300));
  let latest = await sampleSimulator(url, fetchImpl) ?? first;
  const estimate = (a2, b2) => b2.real - a2.real > 0 && b2.sim > a2.sim ? (b2.sim - a2.sim) / (b2.real - a2.real) : 1;
  let speed = estimate(first, latest);
  let returned = -Infinity;
  const now = () => {
    returned = Math.max(returned, latest.sim + (performance.now() - latest.real) * speed);
    return returned;
  };
  let busy = false;
  const timer = setInterval(async () => {
    if (busy) return;
    busy = true;
    const s = await sampleSimulator(url, fetchImpl).finally(() => busy = false);
    if (s) {
      latest = s;
      speed = estimate(first, s);
    }
  }, o.resyncMs ?? 2e3);
  timer.unref?.();
  return {
    get speed() {
      return speed;
    },
    now,
    stop: () => clearInterval(timer),
    sleep(ms, signal) {
      return new Promise((resolve3, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const due = now() + Math.max(0, ms);
        let t;
        const onAbort = () => {
          clearTimeout(t);
          reject(signal?.reason);
        };
        const tick = () => {
          const left = due - now();
          if (left <= 0) {
            signal?.removeEventListener("abort", onAbort);
            return resolve3();
          }
          t = setTimeout(tick, Math.max(1, Math.min(left / speed, 1e3)));
        };
        signal?.addEventListener("abort", onAbort, { once: true });
        tick();
      });
    }
  };
}

// src/providers/sagemaker/capture.ts
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/rollout/ports.ts
var ProviderError = class extends Error {
  kind;
  operation;
  awsCode;
  constructor(kind, operation, message, awsCode, cause) {
    super(`${operation}: ${message}`, { cause });
    this.name = "ProviderError";
    this.kind = kind;
    this.operation = operation;
    this.awsCode = awsCode;
  }
  /** Worth trying again after a pause (the SDK already retried throttling and 5xx). */
  get retryable() {
    return this.kind === "throttled" || this.kind === "transient" || this.kind === "in-progress";
  }
};

// src/providers/sagemaker/errors.ts
function toProviderError(operation, err) {
  if (err instanceof ProviderError) return err;
  const e2 = err ?? {};
  const code = e2.name ?? e2.code ?? "Error";
  const message = e2.message ?? String(err);
  const status = e2.$metadata?.httpStatusCode;
  return new ProviderError(classify(code, message, status), operation, message, code, err);
}
function classify(code, message, status) {
  if (/could not find|does not exist|not found/i.test(message) || code === "ResourceNotFound")
    return "not-found";
  if (/already exist/i.test(message)) return "already-exists";
  if (/in-progress|in progress/i.test(message)) return "in-progress";
  if (/throttl|too many requests|rate exceeded/i.test(code + " " + message)) return "throttled";
  if (code === "ResourceLimitExceeded" || code === "LimitExceededFault" || code === "LimitExceeded")
    return "limit";
  if (/AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|Unauthorized/.test(code))
    return "access-denied";
  if (code === "ValidationException" || code.startsWith("InvalidParameter") || code.startsWith("MissingParameter"))
    return "validation";
  if (status !== void 0 && status >= 500 || /ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|TimeoutError/i.test(code + message))
    return "transient";
  return "other";
}

// src/providers/sagemaker/capture.ts
function parseCaptureLines(text, variant) {
  const out = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    let rec;
    try {
      rec = JSON.parse(line);
    } catch {
      continue;
    }
    const meta = rec.eventMetadata ?? {};
    const o = rec.captureData?.endpointOutput;
    const id = meta.inferenceId ?? meta.eventId;
    if (!id || o?.data === void 0) continue;
    const data = o.encoding === "BASE64" ? Buffer.from(o.data, "base64").toString("utf8") : o.data;
    out.push({
      eventId: id,
      variant,
      time: meta.inferenceTime ? Date.parse(meta.inferenceTime) : 0,
      output: data,
      outputEncoding: o.encoding
    });
  }
  return out;
}
function recordsInWindow(text, variant, since, until) {
  return parseCaptureLines(text, variant).filter((r2) => r2.time === 0 || r2.time >= since && r2.time < until);
}
function localRoot(baseDir) {
  return (destination) => destination.startsWith("file:") ? fileURLToPath(destination) : resolve(baseDir, destination);
}
var LocalCaptureReader = class {
  constructor(root2 = localRoot(process.cwd())) {
    this.root = root2;
  }
  root;
  async read(destination, endpoint, sinceMs, untilMs) {
    const root2 = join(this.root(destination), endpoint);
    let variants;
    try {
      variants = await readdir(root2);
    } catch {
      return [];
    }
    const records = [];
    for (const variant of variants) {
      for (const file of await walk(join(root2, variant))) {
        if (!/\.jsonl?$/.test(file)) continue;
        records.push(...recordsInWindow(await readFile(file, "utf8"), variant, sinceMs, untilMs));
      }
    }
    return records;
  }
};
async function walk(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files = [];
  for (const e2 of entries) {
    const p = join(dir, e2.name);
    if (e2.isDirectory()) files.push(...await walk(p));
    else files.push(p);
  }
  return files;
}
var S3CaptureReader = class {
  constructor(client) {
    this.client = client;
  }
  client;
  async read(destination, endpoint, sinceMs, untilMs) {
    const m = /^s3:\/\/([^/]+)\/?(.*)$/.exec(destination);
    if (!m) throw new Error(`data capture destination "${destination}" is not an s3:// URI`);
    const [, Bucket, rawPrefix] = m;
    const prefix = `${rawPrefix.replace(/\/?$/, rawPrefix ? "/" : "")}${endpoint}/`;
    const records = [];
    let ContinuationToken;
    try {
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken })
        );
        for (const obj of page.Contents ?? []) {
          if (!obj.Key || obj.LastModified && obj.LastModified.getTime() < sinceMs) continue;
          const variant = obj.Key.slice(prefix.length).split("/")[0];
          const body = await this.client.send(new GetObjectCommand({ Bucket, Key: obj.Key }));
          const text = await body.Body?.transformToString("utf8") ?? "";
          records.push(...recordsInWindow(text, variant, sinceMs, untilMs));
        }
        ContinuationToken = page.NextContinuationToken;
      } while (ContinuationToken);
    } catch (err) {
      throw toProviderError("S3 data capture", err);
    }
    return records;
  }
};
function captureReader(s3, baseDir = process.cwd()) {
  const local = new LocalCaptureReader(localRoot(baseDir));
  let remote;
  return {
    read(destination, endpoint, since, until) {
      if (destination.startsWith("s3://")) {
        remote ??= new S3CaptureReader(s3());
        return remote.read(destination, endpoint, since, until);
      }
      return local.read(destination, endpoint, since, until);
    }
  };
}

// node_modules/@smithy/middleware-compression/dist-es/NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS.js
var NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME = "AWS_DISABLE_REQUEST_COMPRESSION";
var NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME = "disable_request_compression";
var DEFAULT_DISABLE_REQUEST_COMPRESSION = false;
var NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => booleanSelector(env, NODE_DISABLE_REQUEST_COMPRESSION_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => booleanSelector(profile, NODE_DISABLE_REQUEST_COMPRESSION_INI_NAME, SelectorType.CONFIG),
  default: DEFAULT_DISABLE_REQUEST_COMPRESSION
};

// node_modules/@smithy/middleware-compression/dist-es/NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS.js
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME = "AWS_REQUEST_MIN_COMPRESSION_SIZE_BYTES";
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME = "request_min_compression_size_bytes";
var DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES = 10240;
var NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS = {
  environmentVariableSelector: (env) => numberSelector(env, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_ENV_NAME, SelectorType.ENV),
  configFileSelector: (profile) => numberSelector(profile, NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_INI_NAME, SelectorType.CONFIG),
  default: DEFAULT_NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES
};

// node_modules/@smithy/middleware-compression/dist-es/resolveCompressionConfig.js
var resolveCompressionConfig = (input) => {
  const { disableRequestCompression, requestMinCompressionSizeBytes: _requestMinCompressionSizeBytes } = input;
  return Object.assign(input, {
    disableRequestCompression: normalizeProvider(disableRequestCompression),
    requestMinCompressionSizeBytes: async () => {
      const requestMinCompressionSizeBytes = await normalizeProvider(_requestMinCompressionSizeBytes)();
      if (requestMinCompressionSizeBytes < 0 || requestMinCompressionSizeBytes > 10485760) {
        throw new RangeError(`The value for requestMinCompressionSizeBytes must be between 0 and 10485760 inclusive. The provided value ${requestMinCompressionSizeBytes} is outside this range."`);
      }
      return requestMinCompressionSizeBytes;
    }
  });
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthSchemeProvider.js
var defaultCloudWatchHttpAuthSchemeParametersProvider = async (config, context, input) => {
  return {
    operation: getSmithyContext(context).operation,
    region: await normalizeProvider(config.region)() || (() => {
      throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
    })()
  };
};
function createAwsAuthSigv4HttpAuthOption(authParameters) {
  return {
    schemeId: "aws.auth#sigv4",
    signingProperties: {
      name: "monitoring",
      region: authParameters.region
    },
    propertiesExtractor: (config, context) => ({
      signingProperties: {
        config,
        context
      }
    })
  };
}
var defaultCloudWatchHttpAuthSchemeProvider = (authParameters) => {
  const options = [];
  switch (authParameters.operation) {
    default: {
      options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
    }
  }
  return options;
};
var resolveHttpAuthSchemeConfig = (config) => {
  const config_0 = resolveAwsSdkSigV4Config(config);
  return Object.assign(config_0, {
    authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
  });
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/EndpointParameters.js
var resolveClientEndpointParameters = (options) => {
  return Object.assign(options, {
    useDualstackEndpoint: options.useDualstackEndpoint ?? false,
    useFipsEndpoint: options.useFipsEndpoint ?? false,
    defaultSigningName: "monitoring"
  });
};
var commonParams = {
  UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
  Endpoint: { type: "builtInParams", name: "endpoint" },
  Region: { type: "builtInParams", name: "region" },
  UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
};

// node_modules/@aws-sdk/client-cloudwatch/package.json
var package_default = {
  name: "@aws-sdk/client-cloudwatch",
  version: "3.1164.0",
  description: "AWS SDK for JavaScript Cloudwatch Client for Node.js, Browser and React Native",
  homepage: "https://github.com/aws/aws-sdk-js-v3/tree/main/clients/client-cloudwatch",
  license: "Apache-2.0",
  author: {
    name: "AWS SDK for JavaScript Team",
    url: "https://aws.amazon.com/sdk-for-javascript/"
  },
  repository: {
    type: "git",
    url: "https://github.com/aws/aws-sdk-js-v3.git",
    directory: "clients/client-cloudwatch"
  },
  files: [
    "dist-*/**"
  ],
  sideEffects: false,
  main: "./dist-cjs/index.js",
  module: "./dist-es/index.js",
  browser: {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.browser"
  },
  types: "./dist-types/index.d.ts",
  typesVersions: {
    "<4.5": {
      "dist-types/*": [
        "dist-types/ts3.4/*"
      ]
    }
  },
  "react-native": {
    "./dist-es/runtimeConfig": "./dist-es/runtimeConfig.native"
  },
  scripts: {
    build: "concurrently 'yarn:build:types' 'yarn:build:es' && yarn build:cjs",
    "build:cjs": "node ../../scripts/compilation/inline",
    "build:es": "premove dist-es && tsc -p tsconfig.es.json",
    "build:include:deps": 'yarn g:turbo run build -F="$npm_package_name"',
    "build:types": "premove dist-types && tsc -p tsconfig.types.json",
    "build:types:downlevel": "downlevel-dts dist-types dist-types/ts3.4",
    clean: "premove dist-cjs dist-es dist-types",
    "extract:docs": "api-extractor run --local",
    "generate:client": "node ../../scripts/generate-clients/single-service",
    test: "yarn g:vitest run --passWithNoTests",
    "test:watch": "yarn g:vitest watch --passWithNoTests",
    "test:integration": "yarn g:vitest run --passWithNoTests -c vitest.config.integ.mts",
    "test:integration:watch": "yarn g:vitest watch --passWithNoTests -c vitest.config.integ.mts",
    "test:e2e": "yarn g:vitest run -c vitest.config.e2e.mts",
    "test:e2e:watch": "yarn g:vitest watch -c vitest.config.e2e.mts",
    "test:index": "tsc -p tsconfig.test.json && node ./test/index-objects.spec.mjs"
  },
  dependencies: {
    "@aws-sdk/core": "^3.980.1",
    "@aws-sdk/credential-provider-node": "^3.972.94",
    "@aws-sdk/types": "^3.975.0",
    "@smithy/core": "^3.38.0",
    "@smithy/fetch-http-handler": "^5.8.0",
    "@smithy/middleware-compression": "^4.6.2",
    "@smithy/node-http-handler": "^4.14.0",
    "@smithy/types": "^4.19.0",
    tslib: "^2.6.2"
  },
  devDependencies: {
    "@smithy/snapshot-testing": "^2.4.0",
    "@tsconfig/node20": "20.1.8",
    "@types/node": "^20.14.8",
    concurrently: "7.0.0",
    "downlevel-dts": "0.10.1",
    premove: "4.0.0",
    typescript: "~7.0.2",
    vitest: "^4.0.17"
  },
  engines: {
    node: ">=20.0.0"
  }
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/bdd.js
var k = "ref";
var a = -1;
var b = true;
var c = "isSet";
var d = "PartitionResult";
var e = "booleanEquals";
var f = "getAttr";
var g = { [k]: "Endpoint" };
var h = { [k]: d };
var i = {};
var j = [{ [k]: "Region" }];
var _data = {
  conditions: [
    [c, [g]],
    [c, j],
    ["aws.partition", j, d],
    [e, [{ [k]: "UseFIPS" }, b]],
    [e, [{ [k]: "UseDualStack" }, b]],
    ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]],
    [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
    [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]]
  ],
  results: [
    [a],
    [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
    [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
    [g, i],
    ["https://monitoring.{Region}.{PartitionResult#dnsSuffix}", i],
    ["https://monitoring.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    ["https://monitoring-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
    [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
    ["https://monitoring-fips.{Region}.{PartitionResult#dnsSuffix}", i],
    [a, "FIPS is enabled but this partition does not support FIPS"],
    [a, "DualStack is enabled but this partition does not support DualStack"],
    [a, "Invalid Configuration: Missing Region"]
  ]
};
var root = 2;
var r = 1e8;
var nodes = new Int32Array([
  -1,
  1,
  -1,
  0,
  14,
  3,
  1,
  4,
  r + 11,
  2,
  5,
  r + 11,
  3,
  8,
  6,
  4,
  7,
  r + 4,
  7,
  r + 5,
  r + 10,
  4,
  11,
  9,
  5,
  r + 4,
  10,
  6,
  r + 8,
  r + 9,
  5,
  r + 5,
  12,
  6,
  13,
  r + 7,
  7,
  r + 6,
  r + 7,
  3,
  r + 1,
  15,
  4,
  r + 2,
  r + 3
]);
var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

// node_modules/@aws-sdk/client-cloudwatch/dist-es/endpoint/endpointResolver.js
var cache = new EndpointCache({
  size: 50,
  params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
});
var defaultEndpointResolver = (endpointParams, context = {}) => {
  return cache.get(endpointParams, () => decideEndpoint(bdd, {
    endpointParams,
    logger: context.logger
  }));
};
customEndpointFunctions.aws = awsEndpointFunctions;

// node_modules/@aws-sdk/client-cloudwatch/dist-es/models/CloudWatchServiceException.js
var CloudWatchServiceException = class _CloudWatchServiceException extends ServiceException {
  static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch#CloudWatchServiceException";
  constructor(options) {
    super(options);
    Object.setPrototypeOf(this, _CloudWatchServiceException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/models/errors.js
var ConflictException = class _ConflictException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ConflictException";
  name = "ConflictException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConflictException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConflictException.prototype);
    this.Message = opts.Message;
  }
};
var KmsAccessDeniedException = class _KmsAccessDeniedException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsAccessDeniedException";
  name = "KmsAccessDeniedException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsAccessDeniedException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsAccessDeniedException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyDisabledException = class _KmsKeyDisabledException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsKeyDisabledException";
  name = "KmsKeyDisabledException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyDisabledException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyDisabledException.prototype);
    this.Message = opts.Message;
  }
};
var KmsKeyNotFoundException = class _KmsKeyNotFoundException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#KmsKeyNotFoundException";
  name = "KmsKeyNotFoundException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "KmsKeyNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _KmsKeyNotFoundException.prototype);
    this.Message = opts.Message;
  }
};
var ResourceNotFoundException = class _ResourceNotFoundException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceNotFoundException";
  name = "ResourceNotFoundException";
  $fault = "client";
  ResourceType;
  ResourceId;
  Message;
  constructor(opts) {
    super({
      name: "ResourceNotFoundException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
    this.ResourceType = opts.ResourceType;
    this.ResourceId = opts.ResourceId;
    this.Message = opts.Message;
  }
};
var ConcurrentModificationException = class _ConcurrentModificationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ConcurrentModificationException";
  name = "ConcurrentModificationException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "ConcurrentModificationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ConcurrentModificationException.prototype);
    this.Message = opts.Message;
  }
};
var DashboardInvalidInputError = class _DashboardInvalidInputError extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#DashboardInvalidInputError";
  name = "DashboardInvalidInputError";
  $fault = "client";
  dashboardValidationMessages;
  constructor(opts) {
    super({
      name: "DashboardInvalidInputError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DashboardInvalidInputError.prototype);
    this.dashboardValidationMessages = opts.dashboardValidationMessages;
  }
};
var DashboardNotFoundError = class _DashboardNotFoundError extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#DashboardNotFoundError";
  name = "DashboardNotFoundError";
  $fault = "client";
  constructor(opts) {
    super({
      name: "DashboardNotFoundError",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _DashboardNotFoundError.prototype);
  }
};
var ResourceConflict = class _ResourceConflict extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceConflict";
  name = "ResourceConflict";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceConflict",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceConflict.prototype);
  }
};
var ResourceNotFound = class _ResourceNotFound extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ResourceNotFound";
  name = "ResourceNotFound";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ResourceNotFound",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ResourceNotFound.prototype);
  }
};
var InternalServiceFault = class _InternalServiceFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InternalServiceFault";
  name = "InternalServiceFault";
  $fault = "server";
  Message;
  constructor(opts) {
    super({
      name: "InternalServiceFault",
      $fault: "server",
      ...opts
    });
    Object.setPrototypeOf(this, _InternalServiceFault.prototype);
    this.Message = opts.Message;
  }
};
var InvalidParameterCombinationException = class _InvalidParameterCombinationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidParameterCombinationException";
  name = "InvalidParameterCombinationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterCombinationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterCombinationException.prototype);
  }
};
var InvalidParameterValueException = class _InvalidParameterValueException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidParameterValueException";
  name = "InvalidParameterValueException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidParameterValueException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidParameterValueException.prototype);
  }
};
var MissingRequiredParameterException = class _MissingRequiredParameterException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#MissingRequiredParameterException";
  name = "MissingRequiredParameterException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "MissingRequiredParameterException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _MissingRequiredParameterException.prototype);
  }
};
var InvalidNextToken = class _InvalidNextToken extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidNextToken";
  name = "InvalidNextToken";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidNextToken",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidNextToken.prototype);
  }
};
var LimitExceededException = class _LimitExceededException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#LimitExceededException";
  name = "LimitExceededException";
  $fault = "client";
  Message;
  constructor(opts) {
    super({
      name: "LimitExceededException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededException.prototype);
    this.Message = opts.Message;
  }
};
var LimitExceededFault = class _LimitExceededFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#LimitExceededFault";
  name = "LimitExceededFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "LimitExceededFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _LimitExceededFault.prototype);
  }
};
var InvalidFormatFault = class _InvalidFormatFault extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#InvalidFormatFault";
  name = "InvalidFormatFault";
  $fault = "client";
  constructor(opts) {
    super({
      name: "InvalidFormatFault",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _InvalidFormatFault.prototype);
  }
};
var ValidationException = class _ValidationException extends CloudWatchServiceException {
  static shapeId = "com.amazonaws.cloudwatch#ValidationException";
  name = "ValidationException";
  $fault = "client";
  constructor(opts) {
    super({
      name: "ValidationException",
      $fault: "client",
      ...opts
    });
    Object.setPrototypeOf(this, _ValidationException.prototype);
  }
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/schemas/schemas_0.js
var _A = "Average";
var _AA = "AlarmActions";
var _AAV = "ApproximateAggregateValue";
var _AAl = "AlarmArn";
var _AC = "ActionConfiguration";
var _ACA = "AlarmContributorAttributes";
var _ACI = "AlarmContributorId";
var _ACUT = "AlarmConfigurationUpdatedTimestamp";
var _ACl = "AlarmContributor";
var _ADIn = "AnomalyDetectorIds";
var _ADT = "AnomalyDetectorTypes";
var _ADl = "AlarmDescription";
var _AE = "ActionsEnabled";
var _AEg = "AggregationExpression";
var _AHI = "AlarmHistoryItem";
var _AI = "AccountId";
var _ALLC = "ActionLogLineCount";
var _ALLRA = "ActionLogLineRoleArn";
var _AN = "AlarmName";
var _ANP = "AlarmNamePrefix";
var _ANl = "AlarmNames";
var _AP = "ActionPrefix";
var _APQLC = "AlarmPromQLCriteria";
var _AR = "AlarmRule";
var _ASB = "ActionsSuppressedBy";
var _ASEP = "ActionsSuppressorExtensionPeriod";
var _ASR = "ActionsSuppressedReason";
var _ASWP = "ActionsSuppressorWaitPeriod";
var _ASc = "ActionsSuppressor";
var _ASd = "AdditionalStatistics";
var _ASg = "AggregationStatistic";
var _AT = "AlarmType";
var _ATP = "AlarmTagsPropagation";
var _ATl = "AlarmTypes";
var _AUC = "ApproximateUniqueCount";
var _AV = "AggregateValue";
var _AVp = "ApproximateValue";
var _At = "Attributes";
var _CA = "ContributorAttributes";
var _CAo = "CompositeAlarm";
var _CAom = "CompositeAlarms";
var _CE = "ConflictException";
var _CI = "ContributorId";
var _CME = "ConcurrentModificationException";
var _CO = "ComparisonOperator";
var _COAN = "ChildrenOfAlarmName";
var _Co = "Contributors";
var _Cod = "Code";
var _Cou = "Counts";
var _D = "Dimensions";
var _DAAI = "DisableAlarmActionsInput";
var _DADIe = "DescribeAnomalyDetectorsInput";
var _DAHI = "DescribeAlarmHistoryInput";
var _DAI = "DeleteAlarmsInput";
var _DAIe = "DescribeAlarmsInput";
var _DAO = "DescribeAlarmsOutput";
var _DAes = "DescribeAlarms";
var _DDI = "DeleteDashboardsInput";
var _DIIE = "DashboardInvalidInputError";
var _DIRI = "DeleteInsightRulesInput";
var _DIRIi = "DisableInsightRulesInput";
var _DNFE = "DashboardNotFoundError";
var _DNa = "DashboardNames";
var _DP = "DataPath";
var _DTA = "DatapointsToAlarm";
var _DVM = "DashboardValidationMessage";
var _DVMa = "DashboardValidationMessages";
var _Da = "Datapoint";
var _Dat = "Datapoints";
var _Di = "Dimension";
var _E = "Enabled";
var _EAAI = "EnableAlarmActionsInput";
var _EC = "EvaluationCriteria";
var _EDn = "EndDate";
var _EI = "EvaluationInterval";
var _EIRI = "EnableInsightRulesInput";
var _ELSCP = "EvaluateLowSampleCountPercentile";
var _EP = "EvaluationPeriods";
var _ES = "ExtendedStatistics";
var _ESv = "EvaluationState";
var _ESx = "ExtendedStatistic";
var _ET = "EndTime";
var _ETK = "ExcludedTagKeys";
var _ETO = "EndTimeOffset";
var _EW = "EvaluationWindow";
var _En = "Entity";
var _Ex = "Expression";
var _GIRRI = "GetInsightRuleReportInput";
var _GIRRO = "GetInsightRuleReportOutput";
var _GMD = "GetMetricData";
var _GMDI = "GetMetricDataInput";
var _GMDO = "GetMetricDataOutput";
var _GMSI = "GetMetricStatisticsInput";
var _HD = "HistoryData";
var _HIT = "HistoryItemType";
var _HS = "HistorySummary";
var _I = "Id";
var _IDA = "InsufficientDataActions";
var _IFF = "InvalidFormatFault";
var _IM = "IncludeMetrics";
var _INT = "InvalidNextToken";
var _IPCE = "InvalidParameterCombinationException";
var _IPVE = "InvalidParameterValueException";
var _IRC = "InsightRuleContributor";
var _IRCD = "InsightRuleContributorDatapoint";
var _IRCDn = "InsightRuleContributorDatapoints";
var _IRCn = "InsightRuleContributors";
var _IRMD = "InsightRuleMetricDatapoint";
var _IRMDn = "InsightRuleMetricDatapoints";
var _ISF = "InternalServiceFault";
var _ITK = "IncludedTagKeys";
var _K = "Keys";
var _KA = "KeyAttributes";
var _KADE = "KmsAccessDeniedException";
var _KKDE = "KmsKeyDisabledException";
var _KKNFE = "KmsKeyNotFoundException";
var _KL = "KeyLabels";
var _Ke = "Key";
var _L = "Label";
var _LA = "LogAlarms";
var _LAMRI = "ListAlarmMuteRulesInput";
var _LAo = "LogAlarm";
var _LEE = "LimitExceededException";
var _LEF = "LimitExceededFault";
var _LGI = "LogGroupIdentifiers";
var _LMO = "ListMetricsOutput";
var _LO = "LabelOptions";
var _M = "Message";
var _MA = "MetricAlarms";
var _MAe = "MetricAlarm";
var _MCC = "MaxContributorCount";
var _MCV = "MaxContributorValue";
var _MDQ = "MetricDataQueries";
var _MDQe = "MetricDataQuery";
var _MDR = "MetricDataResults";
var _MDRM = "MetricDataResultMessages";
var _MDRe = "MetricDataResult";
var _MDa = "MaxDatapoints";
var _MDe = "MetricDatapoints";
var _MDes = "MessageData";
var _MDet = "MetricDatum";
var _MN = "MetricName";
var _MNe = "MetricNames";
var _MR = "MaxRecords";
var _MRPE = "MissingRequiredParameterException";
var _MRa = "MaxResults";
var _MSF = "MetricStreamFilter";
var _MSSC = "MetricStreamStatisticsConfiguration";
var _MSSIM = "MetricStreamStatisticsIncludeMetrics";
var _MSSM = "MetricStreamStatisticsMetric";
var _MSe = "MetricStat";
var _MTu = "MuteTargets";
var _Ma = "Maximum";
var _Me = "Metrics";
var _Mes = "Messages";
var _Met = "Metric";
var _Mi = "Minimum";
var _N = "Namespace";
var _NT = "NextToken";
var _Na = "Name";
var _Nam = "Names";
var _OAw = "OwningAccounts";
var _OB = "OrderBy";
var _OKA = "OKActions";
var _OSEAWUPE = "OnlyStartEvaluatingAfterWarmUpPeriodEnds";
var _OTEMS = "OTelEnrichmentMetricSelector";
var _P = "Period";
var _PCAI = "PutCompositeAlarmInput";
var _PLAI = "PutLogAlarmInput";
var _PMA = "PutMetricAlarm";
var _PMAI = "PutMetricAlarmInput";
var _POAN = "ParentsOfAlarmName";
var _PP = "PendingPeriod";
var _PQLC = "PromQLCriteria";
var _Q = "Query";
var _QARN = "QueryARN";
var _QRTA = "QueryResultsToAlarm";
var _QRTE = "QueryResultsToEvaluate";
var _QS = "QueryString";
var _RARN = "ResourceARN";
var _RC = "ResourceConflict";
var _RD = "ReturnData";
var _RI = "ResourceId";
var _RMS = "ResourceMetricSelection";
var _RN = "RuleNames";
var _RNF = "ResourceNotFound";
var _RNFE = "ResourceNotFoundException";
var _RNu = "RuleName";
var _RP = "RecoveryPeriod";
var _RT = "ResourceType";
var _SAS = "SetAlarmState";
var _SASI = "SetAlarmStateInput";
var _SB = "ScanBy";
var _SC = "SampleCount";
var _SCc = "ScheduleConfiguration";
var _SCta = "StatusCode";
var _SD = "StartDate";
var _SE = "ScheduleExpression";
var _SMSI = "StartMetricStreamsInput";
var _SMSIt = "StopMetricStreamsInput";
var _SQC = "ScheduledQueryConfiguration";
var _SQRARN = "ScheduledQueryRoleARN";
var _SR = "StateReason";
var _SRD = "StateReasonData";
var _SRt = "StorageResolution";
var _SS = "StatisticSet";
var _ST = "StartTime";
var _STO = "StartTimeOffset";
var _STT = "StateTransitionedTimestamp";
var _SUT = "StateUpdatedTimestamp";
var _SV = "StateValue";
var _SVt = "StatisticValues";
var _SW = "SlidingWindow";
var _St = "Stat";
var _Sta = "Statistic";
var _Stat = "Statistics";
var _Statu = "Statuses";
var _Su = "Sum";
var _T = "Timestamp";
var _TK = "TagKeys";
var _TL = "TagList";
var _TMD = "TreatMissingData";
var _TMI = "ThresholdMetricId";
var _Ta = "Tags";
var _Tag = "Tag";
var _Th = "Threshold";
var _Ti = "Timezone";
var _Tim = "Timestamps";
var _U = "Unit";
var _UC = "UniqueContributors";
var _URI = "UntagResourceInput";
var _V = "Value";
var _VE = "ValidationException";
var _Va = "Values";
var _WCW = "WallClockWindow";
var _WUC = "WarmUpConfiguration";
var _WUPDIM = "WarmUpPeriodDurationInMinutes";
var _aQE = "awsQueryError";
var _c = "client";
var _dVM = "dashboardValidationMessages";
var _e = "error";
var _hE = "httpError";
var _m = "message";
var _s = "smithy.ts.sdk.synthetic.com.amazonaws.cloudwatch";
var _se = "server";
var n0 = "com.amazonaws.cloudwatch";
var _s_registry = new TypeRegistry(_s);
var CloudWatchServiceException$ = [-3, _s, "CloudWatchServiceException", 0, [], []];
_s_registry.registerError(CloudWatchServiceException$, CloudWatchServiceException);
var n0_registry = new TypeRegistry(n0);
var ConcurrentModificationException$ = [
  -3,
  n0,
  _CME,
  { [_aQE]: [`ConcurrentModificationException`, 429], [_e]: _c, [_hE]: 429 },
  [_M],
  [0]
];
n0_registry.registerError(ConcurrentModificationException$, ConcurrentModificationException);
var ConflictException$ = [
  -3,
  n0,
  _CE,
  { [_e]: _c, [_hE]: 409 },
  [_M],
  [0]
];
n0_registry.registerError(ConflictException$, ConflictException);
var DashboardInvalidInputError$ = [
  -3,
  n0,
  _DIIE,
  { [_aQE]: [`InvalidParameterInput`, 400], [_e]: _c, [_hE]: 400 },
  [_m, _dVM],
  [0, () => DashboardValidationMessages]
];
n0_registry.registerError(DashboardInvalidInputError$, DashboardInvalidInputError);
var DashboardNotFoundError$ = [
  -3,
  n0,
  _DNFE,
  { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(DashboardNotFoundError$, DashboardNotFoundError);
var InternalServiceFault$ = [
  -3,
  n0,
  _ISF,
  { [_aQE]: [`InternalServiceError`, 500], [_e]: _se, [_hE]: 500 },
  [_M],
  [0]
];
n0_registry.registerError(InternalServiceFault$, InternalServiceFault);
var InvalidFormatFault$ = [
  -3,
  n0,
  _IFF,
  { [_aQE]: [`InvalidFormat`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidFormatFault$, InvalidFormatFault);
var InvalidNextToken$ = [
  -3,
  n0,
  _INT,
  { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
var InvalidParameterCombinationException$ = [
  -3,
  n0,
  _IPCE,
  { [_aQE]: [`InvalidParameterCombination`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterCombinationException$, InvalidParameterCombinationException);
var InvalidParameterValueException$ = [
  -3,
  n0,
  _IPVE,
  { [_aQE]: [`InvalidParameterValue`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(InvalidParameterValueException$, InvalidParameterValueException);
var KmsAccessDeniedException$ = [
  -3,
  n0,
  _KADE,
  { [_e]: _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsAccessDeniedException$, KmsAccessDeniedException);
var KmsKeyDisabledException$ = [
  -3,
  n0,
  _KKDE,
  { [_e]: _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsKeyDisabledException$, KmsKeyDisabledException);
var KmsKeyNotFoundException$ = [
  -3,
  n0,
  _KKNFE,
  { [_e]: _c },
  [_M],
  [0],
  1
];
n0_registry.registerError(KmsKeyNotFoundException$, KmsKeyNotFoundException);
var LimitExceededException$ = [
  -3,
  n0,
  _LEE,
  { [_aQE]: [`LimitExceededException`, 400], [_e]: _c, [_hE]: 400 },
  [_M],
  [0]
];
n0_registry.registerError(LimitExceededException$, LimitExceededException);
var LimitExceededFault$ = [
  -3,
  n0,
  _LEF,
  { [_aQE]: [`LimitExceeded`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(LimitExceededFault$, LimitExceededFault);
var MissingRequiredParameterException$ = [
  -3,
  n0,
  _MRPE,
  { [_aQE]: [`MissingParameter`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(MissingRequiredParameterException$, MissingRequiredParameterException);
var ResourceConflict$ = [
  -3,
  n0,
  _RC,
  { [_aQE]: [`ResourceConflict`, 409], [_e]: _c, [_hE]: 409 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceConflict$, ResourceConflict);
var ResourceNotFound$ = [
  -3,
  n0,
  _RNF,
  { [_aQE]: [`ResourceNotFound`, 404], [_e]: _c, [_hE]: 404 },
  [_m],
  [0]
];
n0_registry.registerError(ResourceNotFound$, ResourceNotFound);
var ResourceNotFoundException$ = [
  -3,
  n0,
  _RNFE,
  { [_aQE]: [`ResourceNotFoundException`, 404], [_e]: _c, [_hE]: 404 },
  [_RT, _RI, _M],
  [0, 0, 0]
];
n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
var ValidationException$ = [
  -3,
  n0,
  _VE,
  { [_aQE]: [`ValidationError`, 400], [_e]: _c, [_hE]: 400 },
  [_m],
  [0]
];
n0_registry.registerError(ValidationException$, ValidationException);
var errorTypeRegistries = [
  _s_registry,
  n0_registry
];
var ActionConfiguration$ = [
  3,
  n0,
  _AC,
  0,
  [_ATP],
  [() => AlarmTagsPropagation$]
];
var AlarmContributor$ = [
  3,
  n0,
  _ACl,
  0,
  [_CI, _CA, _SR, _STT],
  [0, 128 | 0, 0, 4],
  3
];
var AlarmHistoryItem$ = [
  3,
  n0,
  _AHI,
  0,
  [_AN, _ACI, _AT, _T, _HIT, _HS, _HD, _ACA],
  [0, 0, 0, 4, 0, 0, 0, 128 | 0]
];
var AlarmPromQLCriteria$ = [
  3,
  n0,
  _APQLC,
  0,
  [_Q, _PP, _RP],
  [0, 1, 1],
  1
];
var AlarmTagsPropagation$ = [
  3,
  n0,
  _ATP,
  0,
  [_E, _ITK, _ETK],
  [2, 64 | 0, 64 | 0],
  1
];
var CompositeAlarm$ = [
  3,
  n0,
  _CAo,
  0,
  [_AE, _AA, _AAl, _ACUT, _ADl, _AN, _AR, _IDA, _OKA, _SR, _SRD, _SUT, _SV, _STT, _ASB, _ASR, _ASc, _ASWP, _ASEP, _AC],
  [2, 64 | 0, 0, 4, 0, 0, 0, 64 | 0, 64 | 0, 0, 0, 4, 0, 4, 0, 0, 0, 1, 1, () => ActionConfiguration$]
];
var DashboardValidationMessage$ = [
  3,
  n0,
  _DVM,
  0,
  [_DP, _M],
  [0, 0]
];
var Datapoint$ = [
  3,
  n0,
  _Da,
  0,
  [_T, _SC, _A, _Su, _Mi, _Ma, _U, _ES],
  [4, 1, 1, 1, 1, 1, 0, 128 | 1]
];
var DeleteAlarmsInput$ = [
  3,
  n0,
  _DAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var DeleteDashboardsInput$ = [
  3,
  n0,
  _DDI,
  0,
  [_DNa],
  [64 | 0],
  1
];
var DeleteInsightRulesInput$ = [
  3,
  n0,
  _DIRI,
  0,
  [_RN],
  [64 | 0],
  1
];
var DescribeAlarmHistoryInput$ = [
  3,
  n0,
  _DAHI,
  0,
  [_AN, _ACI, _ATl, _HIT, _SD, _EDn, _MR, _NT, _SB],
  [0, 0, 64 | 0, 0, 4, 4, 1, 0, 0]
];
var DescribeAlarmsInput$ = [
  3,
  n0,
  _DAIe,
  0,
  [_ANl, _ANP, _ATl, _COAN, _POAN, _SV, _AP, _MR, _NT],
  [64 | 0, 0, 64 | 0, 0, 0, 0, 0, 1, 0]
];
var DescribeAlarmsOutput$ = [
  3,
  n0,
  _DAO,
  0,
  [_CAom, _MA, _LA, _NT],
  [() => CompositeAlarms, () => MetricAlarms, () => LogAlarms, 0]
];
var DescribeAnomalyDetectorsInput$ = [
  3,
  n0,
  _DADIe,
  0,
  [_ADIn, _NT, _MRa, _N, _MN, _D, _ADT],
  [64 | 0, 0, 1, 0, 0, () => Dimensions, 64 | 0]
];
var Dimension$ = [
  3,
  n0,
  _Di,
  0,
  [_Na, _V],
  [0, 0],
  2
];
var DisableAlarmActionsInput$ = [
  3,
  n0,
  _DAAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var DisableInsightRulesInput$ = [
  3,
  n0,
  _DIRIi,
  0,
  [_RN],
  [64 | 0],
  1
];
var EnableAlarmActionsInput$ = [
  3,
  n0,
  _EAAI,
  0,
  [_ANl],
  [64 | 0],
  1
];
var EnableInsightRulesInput$ = [
  3,
  n0,
  _EIRI,
  0,
  [_RN],
  [64 | 0],
  1
];
var Entity$ = [
  3,
  n0,
  _En,
  0,
  [_KA, _At],
  [128 | 0, 128 | 0]
];
var GetInsightRuleReportInput$ = [
  3,
  n0,
  _GIRRI,
  0,
  [_RNu, _ST, _ET, _P, _MCC, _Me, _OB],
  [0, 4, 4, 1, 1, 64 | 0, 0],
  4
];
var GetInsightRuleReportOutput$ = [
  3,
  n0,
  _GIRRO,
  0,
  [_KL, _ASg, _AV, _AUC, _Co, _MDe],
  [64 | 0, 0, 1, 1, () => InsightRuleContributors, () => InsightRuleMetricDatapoints]
];
var GetMetricDataInput$ = [
  3,
  n0,
  _GMDI,
  0,
  [_MDQ, _ST, _ET, _NT, _SB, _MDa, _LO],
  [() => MetricDataQueries, 4, 4, 0, 0, 1, () => LabelOptions$],
  3
];
var GetMetricDataOutput$ = [
  3,
  n0,
  _GMDO,
  0,
  [_MDR, _NT, _Mes],
  [() => MetricDataResults, 0, () => MetricDataResultMessages]
];
var GetMetricStatisticsInput$ = [
  3,
  n0,
  _GMSI,
  0,
  [_N, _MN, _ST, _ET, _P, _D, _Stat, _ES, _U],
  [0, 0, 4, 4, 1, () => Dimensions, 64 | 0, 64 | 0, 0],
  5
];
var InsightRuleContributor$ = [
  3,
  n0,
  _IRC,
  0,
  [_K, _AAV, _Dat],
  [64 | 0, 1, () => InsightRuleContributorDatapoints],
  3
];
var InsightRuleContributorDatapoint$ = [
  3,
  n0,
  _IRCD,
  0,
  [_T, _AVp],
  [4, 1],
  2
];
var InsightRuleMetricDatapoint$ = [
  3,
  n0,
  _IRMD,
  0,
  [_T, _UC, _MCV, _SC, _A, _Su, _Mi, _Ma],
  [4, 1, 1, 1, 1, 1, 1, 1],
  1
];
var LabelOptions$ = [
  3,
  n0,
  _LO,
  0,
  [_Ti],
  [0]
];
var ListAlarmMuteRulesInput$ = [
  3,
  n0,
  _LAMRI,
  0,
  [_AN, _Statu, _MR, _NT],
  [0, 64 | 0, 1, 0]
];
var ListMetricsOutput$ = [
  3,
  n0,
  _LMO,
  0,
  [_Me, _NT, _OAw],
  [() => Metrics, 0, 64 | 0]
];
var LogAlarm$ = [
  3,
  n0,
  _LAo,
  0,
  [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _SQC, _QRTE, _QRTA, _Th, _CO, _TMD, _STT, _ESv, _ALLC, _ALLRA, _WUC, _AC],
  [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 4, 0, 1, 0, () => WarmUpConfiguration$, () => ActionConfiguration$]
];
var MessageData$ = [
  3,
  n0,
  _MDes,
  0,
  [_Cod, _V],
  [0, 0]
];
var Metric$ = [
  3,
  n0,
  _Met,
  0,
  [_N, _MN, _D],
  [0, 0, () => Dimensions]
];
var MetricAlarm$ = [
  3,
  n0,
  _MAe,
  0,
  [_AN, _AAl, _ADl, _ACUT, _AE, _OKA, _AA, _IDA, _SV, _SR, _SRD, _SUT, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _TMI, _ESv, _STT, _EW, _WUC, _EC, _EI, _AC],
  [0, 0, 0, 4, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 4, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, 0, 0, 4, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$]
];
var MetricDataQuery$ = [
  3,
  n0,
  _MDQe,
  0,
  [_I, _MSe, _Ex, _L, _RD, _P, _AI],
  [0, () => MetricStat$, 0, 0, 2, 1, 0],
  1
];
var MetricDataResult$ = [
  3,
  n0,
  _MDRe,
  0,
  [_I, _L, _Tim, _Va, _SCta, _Mes],
  [0, 0, 64 | 4, 64 | 1, 0, () => MetricDataResultMessages]
];
var MetricDatum$ = [
  3,
  n0,
  _MDet,
  0,
  [_MN, _D, _T, _V, _SVt, _Va, _Cou, _U, _SRt],
  [0, () => Dimensions, 4, 1, () => StatisticSet$, 64 | 1, 64 | 1, 0, 1],
  1
];
var MetricStat$ = [
  3,
  n0,
  _MSe,
  0,
  [_Met, _P, _St, _U],
  [() => Metric$, 1, 0, 0],
  3
];
var MetricStreamFilter$ = [
  3,
  n0,
  _MSF,
  0,
  [_N, _MNe],
  [0, 64 | 0]
];
var MetricStreamStatisticsConfiguration$ = [
  3,
  n0,
  _MSSC,
  0,
  [_IM, _ASd],
  [() => MetricStreamStatisticsIncludeMetrics, 64 | 0],
  2
];
var MetricStreamStatisticsMetric$ = [
  3,
  n0,
  _MSSM,
  0,
  [_N, _MN],
  [0, 0],
  2
];
var MuteTargets$ = [
  3,
  n0,
  _MTu,
  0,
  [_ANl],
  [64 | 0],
  1
];
var OTelEnrichmentMetricSelector$ = [
  3,
  n0,
  _OTEMS,
  0,
  [_N, _MNe],
  [0, 64 | 0],
  1
];
var PutCompositeAlarmInput$ = [
  3,
  n0,
  _PCAI,
  0,
  [_AN, _AR, _AE, _AA, _ADl, _IDA, _OKA, _Ta, _ASc, _ASWP, _ASEP, _AC],
  [0, 0, 2, 64 | 0, 0, 64 | 0, 64 | 0, () => TagList, 0, 1, 1, () => ActionConfiguration$],
  2
];
var PutLogAlarmInput$ = [
  3,
  n0,
  _PLAI,
  0,
  [_AN, _SQC, _QRTE, _QRTA, _Th, _CO, _ADl, _ALLC, _ALLRA, _AE, _OKA, _AA, _IDA, _TMD, _Ta, _WUC, _AC],
  [0, () => ScheduledQueryConfiguration$, 1, 1, 1, 0, 0, 1, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, () => TagList, () => WarmUpConfiguration$, () => ActionConfiguration$],
  6
];
var PutMetricAlarmInput$ = [
  3,
  n0,
  _PMAI,
  0,
  [_AN, _ADl, _AE, _OKA, _AA, _IDA, _MN, _N, _Sta, _ESx, _D, _P, _U, _EP, _DTA, _Th, _CO, _TMD, _ELSCP, _Me, _Ta, _TMI, _EW, _WUC, _EC, _EI, _AC],
  [0, 0, 2, 64 | 0, 64 | 0, 64 | 0, 0, 0, 0, 0, () => Dimensions, 1, 0, 1, 1, 1, 0, 0, 0, () => MetricDataQueries, () => TagList, 0, () => EvaluationWindow$, () => WarmUpConfiguration$, () => EvaluationCriteria$, 1, () => ActionConfiguration$],
  1
];
var ResourceMetricSelection$ = [
  3,
  n0,
  _RMS,
  0,
  [_IM],
  [64 | 0],
  1
];
var ScheduleConfiguration$ = [
  3,
  n0,
  _SCc,
  0,
  [_SE, _STO, _ETO],
  [0, 1, 1],
  2
];
var ScheduledQueryConfiguration$ = [
  3,
  n0,
  _SQC,
  0,
  [_QS, _SQRARN, _SCc, _AEg, _LGI, _QARN, _Ta],
  [0, 0, () => ScheduleConfiguration$, 0, 64 | 0, 0, () => TagList],
  4
];
var SetAlarmStateInput$ = [
  3,
  n0,
  _SASI,
  0,
  [_AN, _SV, _SR, _SRD],
  [0, 0, 0, 0],
  3
];
var SlidingWindow$ = [
  3,
  n0,
  _SW,
  0,
  [],
  []
];
var StartMetricStreamsInput$ = [
  3,
  n0,
  _SMSI,
  0,
  [_Nam],
  [64 | 0],
  1
];
var StatisticSet$ = [
  3,
  n0,
  _SS,
  0,
  [_SC, _Su, _Mi, _Ma],
  [1, 1, 1, 1],
  4
];
var StopMetricStreamsInput$ = [
  3,
  n0,
  _SMSIt,
  0,
  [_Nam],
  [64 | 0],
  1
];
var Tag$ = [
  3,
  n0,
  _Tag,
  0,
  [_Ke, _V],
  [0, 0],
  2
];
var UntagResourceInput$ = [
  3,
  n0,
  _URI,
  0,
  [_RARN, _TK],
  [0, 64 | 0],
  2
];
var WallClockWindow$ = [
  3,
  n0,
  _WCW,
  0,
  [_Ti],
  [0]
];
var WarmUpConfiguration$ = [
  3,
  n0,
  _WUC,
  0,
  [_WUPDIM, _OSEAWUPE],
  [1, 2],
  1
];
var __Unit = "unit";
var AlarmMuteRuleStatuses = 64 | 0;
var AlarmNames = 64 | 0;
var AlarmTagsPropagationTagKeys = 64 | 0;
var AlarmTypes = 64 | 0;
var AnomalyDetectorIds = 64 | 0;
var AnomalyDetectorTypes = 64 | 0;
var CompositeAlarms = [
  1,
  n0,
  _CAom,
  0,
  () => CompositeAlarm$
];
var Counts = 64 | 1;
var DashboardNames = 64 | 0;
var DashboardValidationMessages = [
  1,
  n0,
  _DVMa,
  0,
  () => DashboardValidationMessage$
];
var DatapointValues = 64 | 1;
var Dimensions = [
  1,
  n0,
  _D,
  0,
  () => Dimension$
];
var ExtendedStatistics = 64 | 0;
var InsightRuleContributorDatapoints = [
  1,
  n0,
  _IRCDn,
  0,
  () => InsightRuleContributorDatapoint$
];
var InsightRuleContributorKeyLabels = 64 | 0;
var InsightRuleContributorKeys = 64 | 0;
var InsightRuleContributors = [
  1,
  n0,
  _IRCn,
  0,
  () => InsightRuleContributor$
];
var InsightRuleMetricDatapoints = [
  1,
  n0,
  _IRMDn,
  0,
  () => InsightRuleMetricDatapoint$
];
var InsightRuleMetricList = 64 | 0;
var InsightRuleNames = 64 | 0;
var LogAlarms = [
  1,
  n0,
  _LA,
  0,
  () => LogAlarm$
];
var LogGroupIdentifiers = 64 | 0;
var MetricAlarms = [
  1,
  n0,
  _MA,
  0,
  () => MetricAlarm$
];
var MetricDataQueries = [
  1,
  n0,
  _MDQ,
  0,
  () => MetricDataQuery$
];
var MetricDataResultMessages = [
  1,
  n0,
  _MDRM,
  0,
  () => MessageData$
];
var MetricDataResults = [
  1,
  n0,
  _MDR,
  0,
  () => MetricDataResult$
];
var MetricNameList = 64 | 0;
var Metrics = [
  1,
  n0,
  _Me,
  0,
  () => Metric$
];
var MetricStreamFilterMetricNames = 64 | 0;
var MetricStreamNames = 64 | 0;
var MetricStreamStatisticsAdditionalStatistics = 64 | 0;
var MetricStreamStatisticsIncludeMetrics = [
  1,
  n0,
  _MSSIM,
  0,
  () => MetricStreamStatisticsMetric$
];
var MuteTargetAlarmNameList = 64 | 0;
var OTelEnrichmentMetricNameList = 64 | 0;
var OwningAccounts = 64 | 0;
var ResourceList = 64 | 0;
var Statistics = 64 | 0;
var TagKeyList = 64 | 0;
var TagList = [
  1,
  n0,
  _TL,
  0,
  () => Tag$
];
var Timestamps = 64 | 4;
var Values = 64 | 1;
var ContributorAttributes = 128 | 0;
var DatapointValueMap = 128 | 1;
var EntityAttributesMap = 128 | 0;
var EntityKeyAttributesMap = 128 | 0;
var EvaluationCriteria$ = [
  4,
  n0,
  _EC,
  0,
  [_PQLC],
  [() => AlarmPromQLCriteria$]
];
var EvaluationWindow$ = [
  4,
  n0,
  _EW,
  0,
  [_WCW, _SW],
  [() => WallClockWindow$, () => SlidingWindow$]
];
var DescribeAlarms$ = [
  9,
  n0,
  _DAes,
  0,
  () => DescribeAlarmsInput$,
  () => DescribeAlarmsOutput$
];
var GetMetricData$ = [
  9,
  n0,
  _GMD,
  0,
  () => GetMetricDataInput$,
  () => GetMetricDataOutput$
];
var PutMetricAlarm$ = [
  9,
  n0,
  _PMA,
  0,
  () => PutMetricAlarmInput$,
  () => __Unit
];
var SetAlarmState$ = [
  9,
  n0,
  _SAS,
  0,
  () => SetAlarmStateInput$,
  () => __Unit
];

// node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.shared.js
var getRuntimeConfig = (config) => {
  return {
    apiVersion: "2010-08-01",
    base64Decoder: config?.base64Decoder ?? fromBase64,
    base64Encoder: config?.base64Encoder ?? toBase64,
    disableHostPrefix: config?.disableHostPrefix ?? false,
    endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
    extensions: config?.extensions ?? [],
    httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultCloudWatchHttpAuthSchemeProvider,
    httpAuthSchemes: config?.httpAuthSchemes ?? [
      {
        schemeId: "aws.auth#sigv4",
        identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
        signer: new AwsSdkSigV4Signer()
      }
    ],
    logger: config?.logger ?? new NoOpLogger(),
    protocol: config?.protocol ?? AwsJson1_0Protocol,
    protocolSettings: config?.protocolSettings ?? {
      defaultNamespace: "com.amazonaws.cloudwatch",
      errorTypeRegistries,
      xmlNamespace: "http://monitoring.amazonaws.com/doc/2010-08-01/",
      version: "2010-08-01",
      serviceTarget: "GraniteServiceVersion20100801",
      awsQueryCompatible: true
    },
    serviceId: config?.serviceId ?? "CloudWatch",
    sha256: config?.sha256 ?? Sha256Node,
    urlParser: config?.urlParser ?? parseUrl,
    utf8Decoder: config?.utf8Decoder ?? fromUtf8,
    utf8Encoder: config?.utf8Encoder ?? toUtf8
  };
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeConfig.js
var getRuntimeConfig2 = (config) => {
  emitWarningIfUnsupportedVersion2(process.version);
  const defaultsMode = resolveDefaultsModeConfig(config);
  const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
  const clientSharedValues = getRuntimeConfig(config);
  emitWarningIfUnsupportedVersion(process.version);
  const loaderConfig = {
    profile: config?.profile,
    logger: clientSharedValues.logger
  };
  return {
    ...clientSharedValues,
    ...config,
    runtime: "node",
    defaultsMode,
    authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
    bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
    credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
    defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
    defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: package_default.version }),
    disableRequestCompression: config?.disableRequestCompression ?? loadConfig(NODE_DISABLE_REQUEST_COMPRESSION_CONFIG_OPTIONS, config),
    maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
    region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
    requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
    requestMinCompressionSizeBytes: config?.requestMinCompressionSizeBytes ?? loadConfig(NODE_REQUEST_MIN_COMPRESSION_SIZE_BYTES_CONFIG_OPTIONS, config),
    retryMode: config?.retryMode ?? loadConfig({
      ...NODE_RETRY_MODE_CONFIG_OPTIONS,
      default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
    }, config),
    streamCollector: config?.streamCollector ?? streamCollector,
    useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
    userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
  };
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/auth/httpAuthExtensionConfiguration.js
var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
  const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
  let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
  let _credentials = runtimeConfig.credentials;
  return {
    setHttpAuthScheme(httpAuthScheme) {
      const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
      if (index === -1) {
        _httpAuthSchemes.push(httpAuthScheme);
      } else {
        _httpAuthSchemes.splice(index, 1, httpAuthScheme);
      }
    },
    httpAuthSchemes() {
      return _httpAuthSchemes;
    },
    setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
      _httpAuthSchemeProvider = httpAuthSchemeProvider;
    },
    httpAuthSchemeProvider() {
      return _httpAuthSchemeProvider;
    },
    setCredentials(credentials) {
      _credentials = credentials;
    },
    credentials() {
      return _credentials;
    }
  };
};
var resolveHttpAuthRuntimeConfig = (config) => {
  return {
    httpAuthSchemes: config.httpAuthSchemes(),
    httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
    credentials: config.credentials()
  };
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/runtimeExtensions.js
var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
  const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
  extensions.forEach((extension) => extension.configure(extensionConfiguration));
  return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/CloudWatchClient.js
var CloudWatchClient = class extends Client {
  config;
  constructor(...[configuration]) {
    const _config_0 = getRuntimeConfig2(configuration || {});
    super(_config_0);
    this.initConfig = _config_0;
    const _config_1 = resolveClientEndpointParameters(_config_0);
    const _config_2 = resolveUserAgentConfig(_config_1);
    const _config_3 = resolveRetryConfig(_config_2);
    const _config_4 = resolveRegionConfig(_config_3);
    const _config_5 = resolveHostHeaderConfig(_config_4);
    const _config_6 = resolveEndpointConfig(_config_5);
    const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
    const _config_8 = resolveCompressionConfig(_config_7);
    const _config_9 = resolveRuntimeExtensions(_config_8, configuration?.extensions || []);
    this.config = _config_9;
    this.middlewareStack.use(getSchemaSerdePlugin(this.config));
    this.middlewareStack.use(getUserAgentPlugin(this.config));
    this.middlewareStack.use(getRetryPlugin(this.config));
    this.middlewareStack.use(getContentLengthPlugin(this.config));
    this.middlewareStack.use(getHostHeaderPlugin(this.config));
    this.middlewareStack.use(getLoggerPlugin(this.config));
    this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
    this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
      httpAuthSchemeParametersProvider: defaultCloudWatchHttpAuthSchemeParametersProvider,
      identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
        "aws.auth#sigv4": config.credentials
      })
    }));
    this.middlewareStack.use(getHttpSigningPlugin(this.config));
  }
  destroy() {
    super.destroy();
  }
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commandBuilder.js
var command = makeBuilder(commonParams, "GraniteServiceVersion20100801", "CloudWatchClient", getEndpointPlugin);
var _ep0 = {};
var _mw0 = (Command, cs, config, o) => [];

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/DescribeAlarmsCommand.js
var DescribeAlarmsCommand = class extends command(_ep0, _mw0, "DescribeAlarms", DescribeAlarms$) {
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/GetMetricDataCommand.js
var GetMetricDataCommand = class extends command(_ep0, _mw0, "GetMetricData", GetMetricData$) {
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/PutMetricAlarmCommand.js
var PutMetricAlarmCommand = class extends command(_ep0, _mw0, "PutMetricAlarm", PutMetricAlarm$) {
};

// node_modules/@aws-sdk/client-cloudwatch/dist-es/commands/SetAlarmStateCommand.js
var SetAlarmStateCommand = class extends command(_ep0, _mw0, "SetAlarmState", SetAlarmState$) {
};

// src/providers/sagemaker/clients.ts
function counting(service, onCall) {
  return (next, ctx) => (args) => {
    onCall(service, (ctx.commandName ?? "Unknown").replace(/Command$/, ""));
    return next(args);
  };
}
var COUNTER = { step: "initialize", name: "modelgateCallCounter" };
function attempts(service, onAttempt) {
  return (next, ctx) => async (args) => {
    const op = (ctx.commandName ?? "Unknown").replace(/Command$/, "");
    try {
      const out = await next(args);
      onAttempt(service, op);
      return out;
    } catch (err) {
      onAttempt(service, op, err?.name ?? "Error");
      throw err;
    }
  };
}
var ATTEMPTS = { step: "deserialize", priority: "high", name: "modelgateAttemptCounter" };
function createClients(opts) {
  const common = {
    region: opts.region,
    maxAttempts: opts.maxAttempts ?? 8,
    retryMode: opts.retryMode ?? "adaptive",
    ...opts.endpointUrl ? { endpoint: opts.endpointUrl } : {},
    ...opts.credentials ? { credentials: opts.credentials } : {}
  };
  const sagemaker = new SageMakerClient(common);
  const cloudwatch = new CloudWatchClient(common);
  if (opts.onCall) {
    sagemaker.middlewareStack.add(counting("SageMaker", opts.onCall), COUNTER);
    cloudwatch.middlewareStack.add(counting("CloudWatch", opts.onCall), COUNTER);
  }
  if (opts.onAttempt) {
    sagemaker.middlewareStack.add(attempts("SageMaker", opts.onAttempt), ATTEMPTS);
    cloudwatch.middlewareStack.add(attempts("CloudWatch", opts.onAttempt), ATTEMPTS);
  }
  const s3 = () => {
    const client = new S3Client({ ...common, forcePathStyle: Boolean(opts.endpointUrl) });
    if (opts.onCall) client.middlewareStack.add(counting("S3", opts.onCall), COUNTER);
    return client;
  };
  return { sagemaker, cloudwatch, s3 };
}

// src/providers/sagemaker/endpoints.ts
function tagValue(v) {
  return v.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, "_").slice(0, 256);
}
function toTags(tags) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value: tagValue(Value) }));
}
function variantState(v) {
  return {
    name: v.VariantName ?? "",
    currentWeight: v.CurrentWeight,
    desiredWeight: v.DesiredWeight,
    currentInstances: v.CurrentInstanceCount ?? 0,
    desiredInstances: v.DesiredInstanceCount
  };
}
function toVariant(v) {
  return {
    VariantName: v.name,
    ModelName: v.model,
    InitialInstanceCount: v.instanceCount,
    InstanceType: v.instanceType,
    InitialVariantWeight: v.weight
  };
}
function fromVariant(v) {
  return {
    name: v.VariantName ?? "",
    model: v.ModelName ?? "",
    instanceType: v.InstanceType ?? "",
    instanceCount: v.InitialInstanceCount ?? 1,
    weight: v.InitialVariantWeight ?? 1
  };
}
var clampExecution = (s) => Math.min(28800, Math.max(600, Math.round(s)));
function toDeploymentConfig(d2) {
  const alarms = d2.alarms.length ? { AutoRollbackConfiguration: { Alarms: d2.alarms.slice(0, 10).map((AlarmName) => ({ AlarmName })) } } : {};
  if (d2.policy === "rolling" && d2.rolling) {
    return {
      RollingUpdatePolicy: {
        MaximumBatchSize: { Type: "CAPACITY_PERCENT", Value: d2.rolling.batchPercent },
        WaitIntervalInSeconds: d2.rolling.waitSeconds,
        MaximumExecutionTimeoutInSeconds: clampExecution(d2.maxExecutionSeconds),
        RollbackMaximumBatchSize: { Type: "CAPACITY_PERCENT", Value: d2.rolling.rollbackBatchPercent }
      },
      ...alarms
    };
  }
  const r2 = d2.trafficRouting ?? { type: "ALL_AT_ONCE", waitSeconds: 0 };
  const size = r2.sizePercent !== void 0 ? { Type: "CAPACITY_PERCENT", Value: r2.sizePercent } : void 0;
  return {
    BlueGreenUpdatePolicy: {
      TrafficRoutingConfiguration: {
        Type: r2.type,
        WaitIntervalInSeconds: r2.waitSeconds,
        ...r2.type === "CANARY" && size ? { CanarySize: size } : {},
        ...r2.type === "LINEAR" && size ? { LinearStepSize: size } : {}
      },
      TerminationWaitInSeconds: d2.terminationWaitSeconds ?? 0,
      MaximumExecutionTimeoutInSeconds: clampExecution(d2.maxExecutionSeconds)
    },
    ...alarms
  };
}
var SageMakerEndpoints = class {
  constructor(client) {
    this.client = client;
  }
  client;
  arns = /* @__PURE__ */ new Map();
  async call(operation, fn) {
    try {
      return await fn();
    } catch (err) {
      throw toProviderError(operation, err);
    }
  }
  /** undefined when the resource does not exist. */
  async orNotFound(operation, fn) {
    try {
      return await fn();
    } catch (err) {
      const e2 = toProviderError(operation, err);
      if (e2.kind === "not-found") return void 0;
      throw e2;
    }
  }
  describeEndpoint(name) {
    return this.orNotFound("DescribeEndpoint", async () => {
      const out = await this.client.send(new DescribeEndpointCommand({ EndpointName: name }));
      this.arns.set(name, out.EndpointArn ?? "");
      return {
        name,
        arn: out.EndpointArn ?? "",
        status: out.EndpointStatus ?? "Unknown",
        configName: out.EndpointConfigName,
        failureReason: out.FailureReason || void 0,
        production: (out.ProductionVariants ?? []).map(variantState),
        shadow: (out.ShadowProductionVariants ?? []).map(variantState),
        pendingConfigName: out.PendingDeploymentSummary?.EndpointConfigName
      };
    });
  }
  describeEndpointConfig(name) {
    return this.orNotFound("DescribeEndpointConfig", async () => {
      const out = await this.client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name }));
      const dc = out.DataCaptureConfig;
      return {
        name,
        production: (out.ProductionVariants ?? []).map(fromVariant),
        shadow: (out.ShadowProductionVariants ?? []).map(fromVariant),
        ...dc?.EnableCapture && dc.DestinationS3Uri ? {
          dataCapture: {
            samplingPercent: dc.InitialSamplingPercentage ?? 100,
            destination: dc.DestinationS3Uri,
            ...dc.KmsKeyId ? { kmsKeyId: dc.KmsKeyId } : {}
          }
        } : {}
      };
    });
  }
  async createModel(def, tags) {
    const container = def.modelPackageArn ? { ModelPackageName: def.modelPackageArn, Environment: def.environment } : { Image: def.image, ModelDataUrl: def.artifact, Environment: def.environment };
    await this.createOrReuse(
      "CreateModel",
      () => this.client.send(
        new CreateModelCommand({
          ModelName: def.name,
          PrimaryContainer: container,
          ExecutionRoleArn: def.executionRoleArn,
          Tags: toTags(tags)
        })
      )
    );
  }
  async createEndpointConfig(def, tags) {
    await this.createOrReuse(
      "CreateEndpointConfig",
      () => this.client.send(
        new CreateEndpointConfigCommand({
          EndpointConfigName: def.name,
          ProductionVariants: def.production.map(toVariant),
          ...def.shadow.length ? { ShadowProductionVariants: def.shadow.map(toVariant) } : {},
          ...def.dataCapture ? {
            DataCaptureConfig: {
              EnableCapture: true,
              InitialSamplingPercentage: def.dataCapture.samplingPercent,
              DestinationS3Uri: def.dataCapture.destination,
              KmsKeyId: def.dataCapture.kmsKeyId,
              CaptureOptions: [{ CaptureMode: "Input" }, { CaptureMode: "Output" }]
            }
          } : {},
          Tags: toTags(tags)
        })
      )
    );
  }
  /** Names carry the deployment id, so "already exists" means a re-run of the same deployment. */
  async createOrReuse(operation, fn) {
    try {
      await fn();
    } catch (err) {
      const e2 = toProviderError(operation, err);
      if (e2.kind !== "already-exists") throw e2;
    }
  }
  async createEndpoint(name, configName, tags) {
    await this.call(
      "CreateEndpoint",
      () => this.client.send(
        new CreateEndpointCommand({ EndpointName: name, EndpointConfigName: configName, Tags: toTags(tags) })
      )
    );
  }
  async updateEndpoint(name, configName, deployment) {
    await this.call(
      "UpdateEndpoint",
      () => this.client.send(
        new UpdateEndpointCommand({
          EndpointName: name,
          EndpointConfigName: configName,
          ...deployment ? { DeploymentConfig: toDeploymentConfig(deployment) } : {}
        })
      )
    );
  }
  async updateWeights(name, weights) {
    await this.call(
      "UpdateEndpointWeightsAndCapacities",
      () => this.client.send(
        new UpdateEndpointWeightsAndCapacitiesCommand({
          EndpointName: name,
          DesiredWeightsAndCapacities: weights.map((w) => ({
            VariantName: w.variant,
            DesiredWeight: w.weight
          }))
        })
      )
    );
  }
  async deleteEndpoint(name) {
    await this.call(
      "DeleteEndpoint",
      () => this.client.send(new DeleteEndpointCommand({ EndpointName: name }))
    );
  }
  async arn(endpoint) {
    const known = this.arns.get(endpoint);
    if (known) return known;
    const state = await this.describeEndpoint(endpoint);
    if (!state)
      throw toProviderError("ListTags", {
        name: "ValidationException",
        message: `Could not find endpoint "${endpoint}".`
      });
    return state.arn;
  }
  async readTags(endpoint) {
    const ResourceArn = await this.arn(endpoint);
    const tags = {};
    let NextToken;
    do {
      const out = await this.call(
        "ListTags",
        () => this.client.send(new ListTagsCommand({ ResourceArn, NextToken, MaxResults: 100 }))
      );
      for (const t of out.Tags ?? []) if (t.Key) tags[t.Key] = t.Value ?? "";
      NextToken = out.NextToken;
    } while (NextToken);
    return tags;
  }
  async writeTags(endpoint, tags) {
    if (Object.keys(tags).length === 0) return;
    const ResourceArn = await this.arn(endpoint);
    await this.call(
      "AddTags",
      () => this.client.send(new AddTagsCommand({ ResourceArn, Tags: toTags(tags) }))
    );
  }
  async removeTags(endpoint, keys) {
    if (keys.length === 0) return;
    const ResourceArn = await this.arn(endpoint);
    await this.call(
      "DeleteTags",
      () => this.client.send(new DeleteTagsCommand({ ResourceArn, TagKeys: keys }))
    );
  }
};

// src/providers/sagemaker/metrics.ts
var STATISTICS = /* @__PURE__ */ new Set(["SampleCount", "Average", "Sum", "Minimum", "Maximum"]);
function dimensions(t) {
  const d2 = [
    { Name: "EndpointName", Value: t.endpoint },
    { Name: "VariantName", Value: t.variant }
  ];
  if (t.endpointConfig) d2.push({ Name: "EndpointConfigName", Value: t.endpointConfig });
  return d2;
}
var CloudWatchMetrics = class {
  constructor(client) {
    this.client = client;
  }
  client;
  async getMetricData(queries, startMs, endMs) {
    const byId = new Map(
      queries.map((q) => [q.id, { id: q.id, timestamps: [], values: [], complete: true }])
    );
    let NextToken;
    try {
      do {
        const out = await this.client.send(
          new GetMetricDataCommand({
            MetricDataQueries: queries.map((q) => ({
              Id: q.id,
              MetricStat: {
                Metric: { Namespace: q.namespace, MetricName: q.metric, Dimensions: dimensions(q.target) },
                Period: q.periodSeconds,
                Stat: q.stat
              },
              ReturnData: true
            })),
            StartTime: new Date(startMs),
            EndTime: new Date(endMs),
            ScanBy: "TimestampAscending",
            NextToken
          })
        );
        for (const r2 of out.MetricDataResults ?? []) {
          const s = r2.Id ? byId.get(r2.Id) : void 0;
          if (!s) continue;
          const ts = r2.Timestamps ?? [];
          const vs = r2.Values ?? [];
          for (let i2 = 0; i2 < Math.min(ts.length, vs.length); i2++) {
            s.timestamps.push(new Date(ts[i2]).getTime());
            s.values.push(vs[i2]);
          }
          if (r2.StatusCode && r2.StatusCode !== "Complete") s.complete = false;
        }
        NextToken = out.NextToken;
      } while (NextToken);
    } catch (err) {
      throw toProviderError("GetMetricData", err);
    }
    for (const s of byId.values()) sortSeries(s);
    return [...byId.values()];
  }
  async describeAlarms(names) {
    const found = [];
    for (let i2 = 0; i2 < names.length; i2 += 100) {
      let NextToken;
      do {
        try {
          const out = await this.client.send(
            new DescribeAlarmsCommand({
              AlarmNames: names.slice(i2, i2 + 100),
              AlarmTypes: ["MetricAlarm", "CompositeAlarm"],
              NextToken
            })
          );
          for (const a2 of [...out.MetricAlarms ?? [], ...out.CompositeAlarms ?? []]) {
            if (a2.AlarmName)
              found.push({
                name: a2.AlarmName,
                state: a2.StateValue ?? "INSUFFICIENT_DATA",
                reason: a2.StateReason
              });
          }
          NextToken = out.NextToken;
        } catch (err) {
          throw toProviderError("DescribeAlarms", err);
        }
      } while (NextToken);
    }
    return found;
  }
  async putAlarm(def) {
    const stat = STATISTICS.has(def.stat) ? { Statistic: def.stat } : { ExtendedStatistic: def.stat };
    try {
      await this.client.send(
        new PutMetricAlarmCommand({
          AlarmName: def.name,
          AlarmDescription: def.description,
          Namespace: def.namespace,
          MetricName: def.metric,
          Dimensions: dimensions(def.target),
          ...stat,
          Period: def.periodSeconds,
          EvaluationPeriods: def.evaluationPeriods,
          DatapointsToAlarm: def.datapointsToAlarm,
          Threshold: def.threshold,
          ComparisonOperator: def.comparison,
          TreatMissingData: def.treatMissingData,
          Tags: Object.entries(def.tags).map(([Key, Value]) => ({ Key, Value }))
        })
      );
    } catch (err) {
      throw toProviderError("PutMetricAlarm", err);
    }
  }
  async setAlarmState(name, state, reason) {
    try {
      await this.client.send(
        new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: reason.slice(0, 1023) })
      );
    } catch (err) {
      throw toProviderError("SetAlarmState", err);
    }
  }
};
function sortSeries(s) {
  const order = s.timestamps.map((t, i2) => [t, s.values[i2]]).sort((a2, b2) => a2[0] - b2[0]);
  s.timestamps = order.map((p) => p[0]);
  s.values = order.map((p) => p[1]);
}

// src/providers/sagemaker/names.ts
import { createHash } from "node:crypto";
var SAGEMAKER_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;
var MAX = 63;
function shortId(deploymentId) {
  if (/^[a-zA-Z0-9]{1,10}$/.test(deploymentId)) return deploymentId.toLowerCase();
  return createHash("sha256").update(deploymentId).digest("hex").slice(0, 8);
}
function clean(part) {
  return part.replace(/[^a-zA-Z0-9-]+/g, "-").replace(/-+/g, "-").replace(/^-+|-+$/g, "");
}
function resourceName(base, ...suffix) {
  const tail = suffix.map(clean).filter(Boolean).join("-");
  const room = MAX - (tail ? tail.length + 1 : 0);
  const head = clean(base).slice(0, Math.max(1, room)).replace(/-+$/, "") || "mg";
  const name = tail ? `${head}-${tail}` : head;
  if (!SAGEMAKER_NAME.test(name))
    throw new Error(`cannot build a SageMaker name from "${base}" and "${tail}"`);
  return name;
}
function deploymentNames(input) {
  const id = shortId(input.deploymentId);
  return {
    model: resourceName(input.model, id),
    config: (kind) => resourceName(input.endpoint, id, kind),
    alarm: (gateId) => `modelgate-${input.endpoint}-${id}-${gateId}`.slice(0, 255)
  };
}

// src/providers/sagemaker/index.ts
function createSageMakerProvider(opts) {
  const clients = createClients(opts);
  return {
    endpoints: new SageMakerEndpoints(clients.sagemaker),
    metrics: new CloudWatchMetrics(clients.cloudwatch),
    capture: opts.capture ?? captureReader(clients.s3, opts.baseDir)
  };
}

// src/rollout/control.ts
function parseControl(text) {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (t === "promote" || t === "abort" || t === "hold" || t === "resume") return { kind: t };
  const m = /^extend[ =:_+]?(.+)$/.exec(t);
  if (m) {
    const seconds = parseDuration(m[1].trim());
    if (seconds !== void 0 && seconds > 0) return { kind: "extend", seconds };
    return { error: `"${text}": extend needs a duration such as 10m or 1h30m` };
  }
  return {
    error: `"${text}" is not a control command (expected promote, abort, hold, resume or extend <duration>)`
  };
}
function describeControl(c2) {
  return c2.kind === "extend" ? `extend ${c2.seconds}s` : c2.kind;
}

// src/rollout/progress.ts
var hhmmss = (ms) => new Date(ms).toISOString().slice(11, 19);
function progressLine(e2, totalSteps) {
  const t = `[${hhmmss(e2.at)}]`;
  switch (e2.type) {
    case "deployment-started": {
      const p = e2.plan;
      return `${t} ${e2.resumed ? "resuming" : "deploying"} ${p.model} to ${e2.endpoint}: ${p.strategy} (${p.mode}), ${p.steps.length} steps, ~${formatDuration(p.expectedDurationSeconds)} — deployment ${e2.deploymentId}`;
    }
    case "lock-acquired":
      return `${t} lock acquired until ${hhmmss(e2.expiresAt)}${e2.tookOverFrom ? ` (took over a stale lock: ${e2.tookOverFrom})` : ""}`;
    case "provisioned":
      return `${t} endpoint serves ${e2.endpointConfig} (model ${e2.model})`;
    case "step-started":
      return `${t} step ${e2.step.index + 1}${totalSteps ? `/${totalSteps}` : ""}: ${e2.step.name}`;
    case "traffic-shifted":
      return `${t}   traffic baseline ${e2.traffic.baseline}% / candidate ${e2.traffic.candidate}%${e2.shadowPercent ? `, shadow ${e2.shadowPercent}% mirrored` : ""} (verified)`;
    case "metrics-read":
      return void 0;
    case "gate-evaluated": {
      const mark = e2.result.status === "pass" ? "pass" : e2.result.status === "fail" ? "FAIL" : "wait";
      return `${t}   gate ${e2.result.gateId}: ${mark} — ${e2.result.summary}`;
    }
    case "bake-extended":
      return `${t}   bake extended by ${formatDuration(e2.bySeconds)}: ${e2.reason}`;
    case "control-command":
      return `${t}   control "${describeControl(e2.command)}" ${e2.acknowledged ? "acknowledged" : "not applied"}${e2.note ? `: ${e2.note}` : ""}`;
    case "step-passed":
      return `${t}   step ${e2.stepIndex + 1} passed`;
    case "promoted":
      return `${t} PROMOTED: ${e2.endpointConfig}`;
    case "rolling-back":
      return `${t} ROLLING BACK (${e2.reason}): ${e2.detail}`;
    case "rolled-back":
      return `${t} rolled back to ${e2.endpointConfig || "(endpoint deleted)"}${e2.verified ? ", verified" : " — NOT YET VERIFIED"}`;
    case "rollback-failed": {
      const s = e2.state;
      const variants = s.variants.map((v) => `${v.name}${v.shadow ? " (shadow)" : ""} weight ${v.weight} × ${v.instances}`).join(", ");
      return `${t} ROLLBACK FAILED: ${e2.error}
${t}   endpoint ${s.endpoint}: ${s.status} on ${s.endpointConfig ?? "?"}${s.failureReason ? ` (FailureReason: ${s.failureReason})` : ""}; ${variants || "no variants"}`;
    }
    case "warning":
      return `${t}   warning: ${e2.message}`;
    case "done":
      return `${t} done: ${e2.outcome} — ${e2.summary}`;
  }
}

// src/rollout/run-deployment.ts
import { randomBytes } from "node:crypto";

// src/rollout/context.ts
var DEFAULT_TUNING = {
  pollSeconds: 30,
  evaluationDelaySeconds: 10,
  lockTtlSeconds: 900,
  lockSettleSeconds: 2,
  waitInitialSeconds: 1,
  waitMaxSeconds: 10,
  rollbackAttempts: 3
};
var RolloutAbort = class extends ModelgateError {
  reason;
  constructor(reason, message, options) {
    super(reason, message, options);
    this.name = "RolloutAbort";
    this.reason = reason;
  }
};
function makeEmitter(o) {
  return (type, payload) => {
    const event = {
      type,
      at: o.clock.now(),
      deploymentId: o.deploymentId,
      ...payload
    };
    try {
      o.emit(event);
    } catch {
    }
  };
}
var LockLost = class extends ModelgateError {
  constructor(message) {
    super("lock_lost", message);
    this.name = "LockLost";
  }
};

// src/rollout/verify.ts
var TOLERANCE = 0.5;
function trafficShares(state) {
  if (state.production.some((v) => v.currentWeight === void 0)) return void 0;
  const total = state.production.reduce((a2, v) => a2 + (v.currentWeight ?? 0), 0);
  const out = {};
  for (const v of state.production) out[v.name] = total > 0 ? 100 * (v.currentWeight ?? 0) / total : 0;
  return out;
}
function verifyState(state, exp) {
  if (!state) return { ok: false, kind: "wrong", detail: "the endpoint does not exist" };
  if (state.status !== "InService")
    return { ok: false, kind: "wrong", detail: `status is ${state.status}, expected InService` };
  if (state.configName === void 0)
    return { ok: false, kind: "unverifiable", detail: "DescribeEndpoint returned no EndpointConfigName" };
  if (state.configName !== exp.config) {
    const why = state.failureReason ? ` (FailureReason: ${state.failureReason})` : "";
    return {
      ok: false,
      kind: "wrong",
      detail: `serving config ${state.configName}, expected ${exp.config}${why}`
    };
  }
  const shares = trafficShares(state);
  if (exp.traffic || exp.noTrafficOn?.length) {
    if (!shares)
      return {
        ok: false,
        kind: "unverifiable",
        detail: "DescribeEndpoint returned no CurrentWeight for some variant"
      };
  }
  if (exp.traffic && shares) {
    for (const name of Object.keys(shares)) {
      if (!(name in exp.traffic))
        return { ok: false, kind: "wrong", detail: `unexpected production variant ${name}` };
    }
    for (const [name, want] of Object.entries(exp.traffic)) {
      const got = shares[name];
      if (got === void 0)
        return { ok: false, kind: "wrong", detail: `production variant ${name} is missing` };
      if (Math.abs(got - want) > TOLERANCE)
        return {
          ok: false,
          kind: "wrong",
          detail: `${name} has ${fmt(got)}% of traffic, expected ${fmt(want)}%`
        };
    }
  }
  for (const name of exp.noTrafficOn ?? []) {
    if ((shares?.[name] ?? 0) > 0)
      return { ok: false, kind: "wrong", detail: `${name} still has ${fmt(shares[name])}% of traffic` };
  }
  for (const name of exp.shadow ?? []) {
    if (!state.shadow.some((v) => v.name === name))
      return { ok: false, kind: "wrong", detail: `shadow variant ${name} is missing` };
  }
  return { ok: true };
}
var fmt = (n) => `${+n.toFixed(2)}`;
function snapshot(state, endpoint) {
  if (!state) return { endpoint, status: "NotFound", variants: [] };
  return {
    endpoint,
    status: state.status,
    ...state.configName ? { endpointConfig: state.configName } : {},
    ...state.failureReason ? { failureReason: state.failureReason } : {},
    variants: [
      ...state.production.map((v) => ({
        name: v.name,
        weight: v.currentWeight ?? v.desiredWeight ?? 0,
        instances: v.currentInstances
      })),
      ...state.shadow.map((v) => ({
        name: v.name,
        weight: v.currentWeight ?? v.desiredWeight ?? 0,
        instances: v.currentInstances,
        shadow: true
      }))
    ]
  };
}

// src/rollout/actions.ts
function abortOnly(r2) {
  return async () => {
    if (r2.now() - r2.lastControlRead < r2.t.pollSeconds * 1e3) return;
    const cmd = await r2.readControl(/* @__PURE__ */ new Set(["abort"]));
    if (cmd) {
      r2.emit("control-command", { command: cmd, acknowledged: true, note: "rolling back" });
      throw new RolloutAbort("aborted", "abort requested through the control tag");
    }
    await r2.renewLockIfDue();
  };
}
async function switchConfig(r2, def, traffic, shadow = []) {
  const now = await r2.describe();
  if (now?.configName === def.name && now.status === "InService") return;
  await r2.call(() => r2.endpoints.createEndpointConfig(def, r2.resourceTags));
  if (now?.status !== "Updating" || now.pendingConfigName !== def.name)
    await r2.call(() => r2.endpoints.updateEndpoint(r2.endpoint, def.name));
  const state = await r2.settle(abortOnly(r2), 0, "config");
  r2.verify(state, { config: def.name, traffic, shadow }, `UpdateEndpoint to ${def.name}`);
  r2.emit("provisioned", { endpointConfig: def.name, model: r2.layout.model });
}
function shifted(r2, step, traffic, shadowPercent = 0) {
  r2.emit("traffic-shifted", { stepIndex: step.index, traffic, shadowPercent });
}
function modelDef(r2) {
  const m = r2.o.spec.model;
  return {
    name: r2.layout.model,
    image: m.image,
    artifact: m.artifact,
    environment: m.environment,
    ...m.executionRoleArn ? { executionRoleArn: m.executionRoleArn } : {},
    ...m.modelPackageArn ? { modelPackageArn: m.modelPackageArn } : {}
  };
}
async function createFirst(r2, tags) {
  const def = r2.layout.final;
  const variant = def.production[0].name;
  await r2.call(() => r2.endpoints.createModel(modelDef(r2), r2.resourceTags));
  await r2.call(() => r2.endpoints.createEndpointConfig(def, r2.resourceTags));
  await r2.call(() => r2.endpoints.createEndpoint(r2.endpoint, def.name, { ...r2.o.spec.target.tags, ...tags }));
  r2.servingVariant = variant;
  const state = await r2.settle(abortOnly(r2));
  r2.verify(state, { config: def.name, traffic: { [variant]: 100 } }, `CreateEndpoint ${r2.endpoint}`);
  r2.emit("provisioned", { endpointConfig: def.name, model: r2.layout.model });
}
async function ensureRamp(r2) {
  await switchConfig(r2, r2.layout.ramp, { [r2.layout.baseline.name]: 100, [r2.layout.candidateVariant]: 0 });
}
async function shiftWeights(r2, step) {
  const base = r2.layout.baseline.name;
  const cand = r2.layout.candidateVariant;
  const want = { [base]: step.traffic.baseline, [cand]: step.traffic.candidate };
  const now = await r2.describe();
  const shares = now?.status === "InService" && now.configName === r2.layout.ramp.name ? trafficShares(now) : void 0;
  if (!shares || Math.abs((shares[cand] ?? -1) - step.traffic.candidate) >= 0.5) {
    await r2.call(
      () => r2.endpoints.updateWeights(r2.endpoint, [
        { variant: base, weight: step.traffic.baseline },
        { variant: cand, weight: step.traffic.candidate }
      ])
    );
    const state = await r2.settle(abortOnly(r2), 0, "weights");
    r2.verify(
      state,
      { config: r2.layout.ramp.name, traffic: want },
      `weights ${step.traffic.baseline}/${step.traffic.candidate}`
    );
  }
  shifted(r2, step, step.traffic);
}
function targetsFor(r2, step) {
  const ep = r2.endpoint;
  if (r2.first) return { candidate: { endpoint: ep, variant: r2.servingVariant } };
  const base = r2.layout.baseline.name;
  switch (step.action) {
    case "provision":
    case "shift":
    case "experiment":
    case "shadow":
      return {
        baseline: { endpoint: ep, variant: base },
        candidate: { endpoint: ep, variant: r2.layout.candidateVariant }
      };
    case "native-update":
    case "native-phase":
      if (r2.nativeInFlight) {
        return {
          baseline: { endpoint: ep, variant: base, endpointConfig: r2.layout.lastGoodConfig },
          candidate: { endpoint: ep, variant: base, endpointConfig: r2.layout.native.name }
        };
      }
      return { candidate: { endpoint: ep, variant: base } };
    default:
      return { candidate: { endpoint: ep, variant: r2.servingVariant } };
  }
}
async function applyStep(r2, step) {
  if (r2.first) {
    if (step.action !== "watch" && step.action !== "native-phase")
      shifted(r2, step, { baseline: 0, candidate: 100 });
    return;
  }
  const base = r2.layout.baseline.name;
  switch (step.action) {
    case "provision":
      await ensureRamp(r2);
      if (step.traffic.candidate > 0) await shiftWeights(r2, step);
      else shifted(r2, step, { baseline: 100, candidate: 0 });
      return;
    case "shift":
    case "experiment":
      await ensureRamp(r2);
      await shiftWeights(r2, step);
      return;
    case "shadow":
      await switchConfig(r2, r2.layout.shadow, { [base]: 100 }, [r2.layout.candidateVariant]);
      shifted(r2, step, { baseline: 100, candidate: 0 }, step.shadowPercent);
      return;
    case "finalize": {
      const serving = r2.layout.final.production[0].name;
      await switchConfig(r2, r2.layout.final, { [serving]: 100 });
      r2.servingVariant = serving;
      shifted(r2, step, { baseline: 0, candidate: 100 });
      return;
    }
    case "native-update":
    case "native-phase":
    case "watch":
      return;
  }
}

// src/rollout/bake.ts
var ALL = /* @__PURE__ */ new Set(["promote", "abort", "hold", "resume", "extend"]);
async function bake(r2, step, monitor, opts = {}) {
  const clock = r2.o.clock;
  let deadline = r2.now() + step.bakeSeconds * 1e3;
  let extendedMs = 0;
  const maxExtensionMs = step.maxExtensionSeconds * 1e3;
  const periodMs = r2.o.spec.gates.periodSeconds * 1e3;
  let heldSince;
  let last;
  for (; ; ) {
    r2.checkCancelled();
    r2.checkDeadline();
    const cmd = await r2.readControl(ALL);
    if (cmd) {
      const note = applyControl(cmd);
      r2.emit("control-command", { command: cmd, acknowledged: true, ...note ? { note } : {} });
      if (cmd.kind === "abort") throw new RolloutAbort("aborted", "abort requested through the control tag");
      if (cmd.kind === "promote") {
        const e3 = await monitor.evaluate(true);
        if (e3?.status === "fail") return verdict(e3, false);
        return { status: "pass", results: e3?.results ?? [], promotedByCommand: true, last: e3 ?? last };
      }
    }
    await r2.renewLockIfDue();
    const atDeadline = heldSince === void 0 && r2.now() >= deadline;
    const e2 = atDeadline ? void 0 : await monitor.evaluate(false);
    if (e2) last = e2;
    if (e2?.status === "fail") return verdict(e2, false);
    if (e2 && opts.done?.(e2)) {
      const f2 = await monitor.evaluate(true);
      if (f2) return verdict(f2, false);
    }
    let retryDecision = false;
    if (atDeadline) {
      const f2 = await monitor.evaluate(true);
      if (!f2) retryDecision = true;
      else if (f2.status !== "inconclusive") return verdict(f2, false);
      else {
        if (extendedMs >= maxExtensionMs) return verdict(f2, false);
        const by = Math.min(periodMs, maxExtensionMs - extendedMs);
        extendedMs += by;
        deadline += by;
        const waiting = f2.results.filter((x) => x.status === "inconclusive").map((x) => x.summary);
        r2.emit("bake-extended", {
          stepIndex: step.index,
          bySeconds: by / 1e3,
          reason: waiting.join("; ") || "gates inconclusive"
        });
      }
    }
    const due = heldSince === void 0 && !retryDecision ? deadline : Infinity;
    const wake = Math.min(r2.now() + r2.t.pollSeconds * 1e3, monitor.nextDue(), due, r2.deadlineAt + 1);
    await clock.sleep(Math.max(1, wake - r2.now()), r2.o.signal);
  }
  function verdict(e2, promotedByCommand) {
    return {
      status: e2?.status ?? "inconclusive",
      results: e2?.results ?? [],
      promotedByCommand,
      last: e2 ?? last
    };
  }
  function applyControl(cmd) {
    switch (cmd.kind) {
      case "hold":
        if (heldSince !== void 0) return "already held";
        heldSince = r2.now();
        return "bake clock paused; gates keep running";
      case "resume": {
        if (heldSince === void 0) return "not held";
        const held = r2.now() - heldSince;
        deadline += held;
        heldSince = void 0;
        return `resumed after ${Math.round(held / 1e3)}s on hold`;
      }
      case "extend":
        deadline += cmd.seconds * 1e3;
        return `bake extended by ${cmd.seconds}s`;
      case "promote":
        return "skipping the rest of the bake (a failing gate still rolls back)";
      case "abort":
        return "rolling back";
    }
  }
}

// src/gates/alarms.ts
var ALARMABLE = {
  // Invocation5XXErrors / 4XXErrors are 1 per failed request, 0 otherwise: their Average is the rate.
  error_rate: { metric: "Invocation5XXErrors", stat: () => "Average", scale: 1 },
  client_error_rate: { metric: "Invocation4XXErrors", stat: () => "Average", scale: 1 },
  // Read the same way (1 per failed request); CloudWatch has no per-request rate for it otherwise.
  model_error_rate: { metric: "InvocationModelErrors", stat: () => "Average", scale: 1 },
  // ModelLatency is in microseconds; gate thresholds are in milliseconds.
  latency_avg: { metric: "ModelLatency", stat: () => "Average", scale: 1e3 },
  latency_p50: { metric: "ModelLatency", stat: () => "p50", scale: 1e3 },
  latency_p90: { metric: "ModelLatency", stat: () => "p90", scale: 1e3 },
  latency_p95: { metric: "ModelLatency", stat: () => "p95", scale: 1e3 },
  latency_p99: { metric: "ModelLatency", stat: () => "p99", scale: 1e3 }
};
function alarmsFromGates(gates, ctx) {
  const out = [];
  for (const g2 of gates) {
    if (g2.kind !== "metric") continue;
    const a2 = ALARMABLE[g2.metric];
    const bound = g2.max ?? g2.min;
    if (!a2 || bound === void 0) continue;
    const above = g2.max !== void 0;
    out.push({
      name: ctx.name(g2.id),
      namespace: "AWS/SageMaker",
      metric: a2.metric,
      target: ctx.target,
      stat: a2.stat(g2.metric),
      periodSeconds: ctx.periodSeconds,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: bound * a2.scale,
      comparison: above ? "GreaterThanThreshold" : "LessThanThreshold",
      treatMissingData: "notBreaching",
      description: `modelgate gate ${g2.id} (${g2.metric} ${above ? ">" : "<"} ${bound}) for deployment ${ctx.deploymentId}`,
      tags: { "modelgate:deployment-id": ctx.deploymentId, "modelgate:gate": g2.id }
    });
  }
  return out;
}
function abortAlarm(ctx) {
  return {
    name: ctx.name("abort"),
    namespace: "AWS/SageMaker",
    metric: "Invocation5XXErrors",
    target: ctx.target,
    stat: "Sum",
    periodSeconds: ctx.periodSeconds,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    threshold: 1e15,
    comparison: "GreaterThanThreshold",
    treatMissingData: "notBreaching",
    description: `modelgate abort switch for deployment ${ctx.deploymentId}: set to ALARM to roll the native deployment back`,
    tags: { "modelgate:deployment-id": ctx.deploymentId, "modelgate:gate": "abort" }
  };
}

// src/rollout/native.ts
var ALL2 = /* @__PURE__ */ new Set(["promote", "abort", "hold", "resume", "extend"]);
var SETTLED = /* @__PURE__ */ new Set(["InService", "Failed", "UpdateRollbackFailed", "OutOfService"]);
async function startNative(r2, step) {
  const def = r2.layout.native;
  const native = step.native;
  if (!native)
    throw new RolloutAbort(
      "api-error",
      `step "${step.name}" is a native update without a DeploymentConfig in the plan`
    );
  const spec = r2.o.spec;
  const ctx = {
    name: (gateId) => gateId === "abort" ? `modelgate-${r2.endpoint}-abort-switch` : gateAlarmName(r2.endpoint, gateId),
    target: { endpoint: r2.endpoint, variant: def.production[0].name, endpointConfig: def.name },
    periodSeconds: spec.gates.periodSeconds,
    deploymentId: r2.o.deploymentId
  };
  const abort = abortAlarm(ctx);
  r2.abortAlarm = abort.name;
  const now = await r2.describe();
  if (now?.configName === def.name && now.status === "InService") return;
  if (now?.status === "Updating" && now.pendingConfigName === def.name) {
    r2.nativeInFlight = true;
    r2.nativeDeadlineAt = r2.now() + (native.maxExecutionSeconds + spec.rollback.stepTimeoutSeconds) * 1e3;
    return;
  }
  await r2.call(() => r2.endpoints.createEndpointConfig(def, r2.resourceTags));
  const created = spec.rollback.createAlarms ? alarmsFromGates(r2.gates, ctx) : [];
  for (const a2 of [abort, ...created]) await r2.call(() => r2.o.ports.metrics.putAlarm(a2));
  await r2.call(
    () => r2.o.ports.metrics.setAlarmState(abort.name, "OK", `armed for deployment ${r2.o.deploymentId}`)
  );
  const known = /* @__PURE__ */ new Set([
    abort.name,
    ...created.map((a2) => a2.name),
    ...r2.gates.flatMap((g2) => g2.kind === "alarm" ? [g2.alarm] : [])
  ]);
  const skipped = native.alarms.filter((a2) => !known.has(a2));
  if (skipped.length)
    r2.emit("warning", {
      message: `no CloudWatch alarm can express ${skipped.join(", ")}; modelgate evaluates those gates itself`
    });
  const alarms = [
    abort.name,
    ...native.alarms.filter((a2) => known.has(a2)),
    ...[...known].filter((a2) => a2 !== abort.name)
  ];
  const unique = [...new Set(alarms)];
  if (unique.length > 10)
    r2.emit("warning", {
      message: `SageMaker takes at most 10 rollback alarms; using ${unique.slice(0, 10).join(", ")}`
    });
  await r2.call(
    () => r2.endpoints.updateEndpoint(r2.endpoint, def.name, { ...native, alarms: unique.slice(0, 10) })
  );
  r2.nativeInFlight = true;
  r2.nativeDeadlineAt = r2.now() + (native.maxExecutionSeconds + spec.rollback.stepTimeoutSeconds) * 1e3;
}
async function watchNative(r2, step, monitor, last) {
  const clock = r2.o.clock;
  const needTraffic = step.action === "native-update";
  let bakeEnd = needTraffic ? Infinity : r2.now() + ((step.updateSeconds ?? 0) + step.bakeSeconds) * 1e3;
  const provisionDeadline = r2.now() + r2.o.spec.rollback.stepTimeoutSeconds * 1e3;
  for (; ; ) {
    r2.checkCancelled();
    r2.checkDeadline();
    const cmd = await r2.readControl(ALL2);
    if (cmd?.kind === "abort") {
      r2.emit("control-command", { command: cmd, acknowledged: true, note: "rolling back" });
      throw new RolloutAbort("aborted", "abort requested through the control tag");
    }
    if (cmd)
      r2.emit("control-command", {
        command: cmd,
        acknowledged: false,
        note: "not possible during a native deployment: SageMaker keeps its own timers"
      });
    await r2.renewLockIfDue();
    if (r2.nativeInFlight && r2.now() > r2.nativeDeadlineAt) {
      throw new RolloutAbort(
        "timeout",
        `the native update did not finish within its MaximumExecutionTimeout plus the step timeout`
      );
    }
    if (r2.nativeInFlight) {
      const state = await r2.describe();
      if (!state || SETTLED.has(state.status)) {
        r2.nativeInFlight = false;
        r2.verify(state, { config: r2.layout.native.name }, `native update to ${r2.layout.native.name}`);
        r2.servingVariant = r2.layout.native.production[0].name;
        r2.emit("provisioned", { endpointConfig: r2.layout.native.name, model: r2.layout.model });
        r2.emit("traffic-shifted", {
          stepIndex: step.index,
          traffic: { baseline: 0, candidate: 100 },
          shadowPercent: 0
        });
        bakeEnd = Math.min(bakeEnd, r2.now());
      }
    }
    const e2 = await monitor.evaluate(false);
    if (e2?.status === "fail")
      return { status: "fail", results: e2.results, promotedByCommand: false, last: e2 };
    if (bakeEnd === Infinity) {
      const first = e2?.data.series.candidate.find((p) => p.invocations > 0);
      if (first) bakeEnd = first.start + step.bakeSeconds * 1e3;
      else if (r2.now() > provisionDeadline)
        throw new RolloutAbort(
          "timeout",
          `the new fleet took no traffic within ${r2.o.spec.rollback.stepTimeoutSeconds}s`
        );
    }
    if (r2.now() >= bakeEnd && (!last || !r2.nativeInFlight)) break;
    const wake = Math.min(
      r2.now() + r2.t.pollSeconds * 1e3,
      monitor.nextDue(),
      bakeEnd > r2.now() ? bakeEnd : Infinity
    );
    await clock.sleep(Math.max(1, wake - r2.now()), r2.o.signal);
  }
  for (; ; ) {
    const f2 = await monitor.evaluate(true);
    if (f2) return { status: f2.status, results: f2.results, promotedByCommand: false, last: f2 };
    r2.checkCancelled();
    r2.checkDeadline();
    await clock.sleep(r2.t.pollSeconds * 1e3, r2.o.signal);
  }
}

// src/gates/tests.ts
function baselineRate(b2) {
  return Math.min(1 - 1e-12, Math.max(b2.successes, 0.5) / b2.trials);
}
function countTest(test, c2, b2, alternative) {
  if (c2.trials === 0 || b2.trials === 0) return 1;
  if (test === "fisher") {
    return fisherExact(
      [
        [c2.successes, c2.trials - c2.successes],
        [b2.successes, b2.trials - b2.successes]
      ],
      { alternative }
    ).pvalue;
  }
  return binomTest(c2.successes, c2.trials, { p: baselineRate(b2), alternative }).pvalue;
}
function sampleTest(test, x, y, alternative) {
  try {
    if (test === "mann-whitney") return mannWhitneyU(x, y, { alternative }).pvalue;
    return welchTTest(x, y, { alternative }).pvalue;
  } catch (err) {
    if (err.code === "stats_undefined") return Number.NaN;
    throw err;
  }
}
function oneSidedGreater(test, d2) {
  if (test === "mann-whitney")
    return sampleTest("mann-whitney", d2.candidate, d2.baseline, "greater");
  return countTest(test, d2.candidate, d2.baseline, "greater");
}
function interimRateTest(c2, b2, alpha) {
  const total = c2.trials + b2.trials;
  if (c2.trials === 0 || b2.trials === 0 || c2.successes + b2.successes === 0) return 1;
  return rateRatioMsprt(c2.successes, b2.successes, {
    canaryShare: c2.trials / total,
    alternative: "greater",
    alpha
  }).pvalue;
}

// src/gates/ab-test.ts
var AB_GATE = "ab-test";
var SM = "AWS/SageMaker";
var BUILTIN = {
  error_rate: { metric: "Invocation5XXErrors" },
  client_error_rate: { metric: "Invocation4XXErrors" },
  model_error_rate: { metric: "InvocationModelErrors" },
  latency_avg: { metric: "ModelLatency", stat: "Average" },
  latency_p50: { metric: "ModelLatency", stat: "p50" },
  latency_p90: { metric: "ModelLatency", stat: "p90" },
  latency_p95: { metric: "ModelLatency", stat: "p95" },
  latency_p99: { metric: "ModelLatency", stat: "p99" }
};
function abMetrics(s) {
  const builtin = BUILTIN[s.metric.name];
  const ns = builtin ? SM : s.metric.namespace ?? SM;
  const metric = builtin?.metric ?? s.metric.name;
  if (s.metric.kind === "proportion") {
    const trials = s.metric.trials && s.metric.trials !== "Invocations" ? { namespace: ns, metric: s.metric.trials } : { namespace: SM, metric: "Invocations" };
    return [
      { key: "succ", namespace: ns, metric, stat: "Sum" },
      { key: "trials", ...trials, stat: "Sum" }
    ];
  }
  return [
    { key: "avg", namespace: ns, metric, stat: builtin?.stat ?? "Average" },
    { key: "cnt", namespace: ns, metric, stat: "SampleCount" }
  ];
}
var fmt2 = (v) => `${+v.toPrecision(4)}`;
function decideAbTest(s, data) {
  const { alpha, test, metric } = s;
  const proportion = metric.kind === "proportion";
  const nOf = (role) => data.extra[role][proportion ? "trials" : "cnt"] ?? 0;
  const samples = { candidate: nOf("candidate"), baseline: nOf("baseline") };
  const samplesReached = s.minSamplesPerVariant !== void 0 && samples.candidate >= s.minSamplesPerVariant && samples.baseline >= s.minSamplesPerVariant;
  const base = { gateId: AB_GATE, evidence: { metric: metric.name, test, alpha, samples } };
  const none = (why) => ({
    result: { ...base, status: "inconclusive", summary: why },
    winner: "none",
    samplesReached
  });
  let c2;
  let b2;
  let p;
  if (proportion) {
    if (test !== "fisher" && test !== "binomial")
      return none(`${test} does not apply to a proportion metric; use fisher or binomial`);
    const sc = data.extra.candidate.succ ?? 0;
    const sb = data.extra.baseline.succ ?? 0;
    if (!samples.candidate || !samples.baseline) return none(`no ${metric.name} trials yet on both variants`);
    if (sc > samples.candidate || sb > samples.baseline)
      return none(`${metric.name} exceeds its trials; check metric.trials`);
    c2 = sc / samples.candidate;
    b2 = sb / samples.baseline;
    p = countTest(
      test,
      { successes: sc, trials: samples.candidate },
      { successes: sb, trials: samples.baseline },
      "two-sided"
    );
  } else {
    if (test !== "mann-whitney" && test !== "welch")
      return none(`${test} does not apply to a continuous metric; use mann-whitney or welch`);
    const series = (role) => data.series[role].map((f2) => f2.extra?.avg).filter((v) => v !== void 0 && Number.isFinite(v));
    const x = series("candidate");
    const y = series("baseline");
    if (x.length < 2 || y.length < 2)
      return none(`${metric.name}: ${x.length}/${y.length} per-period samples, need 2 each`);
    const unit = BUILTIN[metric.name]?.metric === "ModelLatency" ? 1e3 : 1;
    c2 = x.reduce((a2, v) => a2 + v, 0) / x.length / unit;
    b2 = y.reduce((a2, v) => a2 + v, 0) / y.length / unit;
    p = sampleTest(test, x, y, "two-sided");
    base.evidence.samples = { candidate: x.length, baseline: y.length };
  }
  if (Number.isNaN(p)) return none(`${metric.name}: ${test} is undefined on these samples (no variation)`);
  const evidence = { ...base.evidence, candidate: c2, baseline: b2, pValue: p };
  const pv = p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
  if (!(p < alpha)) {
    return {
      result: {
        ...base,
        evidence,
        status: "inconclusive",
        summary: `${metric.name}: candidate ${fmt2(c2)} vs baseline ${fmt2(b2)}, p=${pv} ≥ α=${alpha}: no winner`
      },
      winner: "none",
      samplesReached
    };
  }
  const candidateBetter = metric.goal === "maximize" ? c2 > b2 : c2 < b2;
  return {
    result: {
      ...base,
      evidence,
      status: candidateBetter ? "pass" : "fail",
      summary: `${metric.name}: candidate ${fmt2(c2)} vs baseline ${fmt2(b2)}, p=${pv} < α=${alpha}: ${candidateBetter ? "candidate" : "baseline"} wins`
    },
    winner: candidateBetter ? "candidate" : "baseline",
    samplesReached
  };
}

// src/rollout/layout.ts
function candidateVariantName(plan, baselineName) {
  if (plan.variants.candidate !== baselineName) return plan.variants.candidate;
  if (plan.variants.baseline !== baselineName) return plan.variants.baseline;
  return `${plan.variants.candidate}-2`.slice(0, 63);
}
var maxCandidateInstances = (steps) => Math.max(
  1,
  ...steps.filter((s) => s.action === "shift" || s.action === "provision" || s.action === "experiment").map((s) => s.instances.candidate)
);
function buildLayout(input) {
  const { spec, plan, names, lastGood } = input;
  const base = lastGood?.production[0];
  const candidateVariant = candidateVariantName(plan, base?.name);
  const servingName = base?.name ?? plan.variants.baseline;
  const capture = spec.target.dataCapture?.enabled ? {
    dataCapture: {
      samplingPercent: spec.target.dataCapture.samplingPercent,
      destination: spec.target.dataCapture.destination,
      ...spec.target.dataCapture.kmsKeyId ? { kmsKeyId: spec.target.dataCapture.kmsKeyId } : {}
    }
  } : {};
  const candidate = (name, instanceCount, weight) => ({
    name,
    model: input.model,
    instanceType: spec.target.instanceType,
    instanceCount,
    weight
  });
  const rampInstances = maxCandidateInstances(plan.steps);
  const shadowStep = plan.steps.find((s) => s.action === "shadow");
  const baseline = base ? { ...base, weight: 100 } : void 0;
  return {
    model: input.model,
    baseline: base,
    lastGoodConfig: lastGood?.name,
    candidateVariant,
    ramp: {
      name: names.config("ramp"),
      production: baseline ? [baseline, candidate(candidateVariant, rampInstances, 0)] : [candidate(candidateVariant, spec.target.instanceCount, 1)],
      shadow: [],
      ...capture
    },
    final: {
      name: names.config(lastGood ? "final" : "first"),
      production: [candidate(servingName, spec.target.instanceCount, 1)],
      shadow: [],
      ...capture
    },
    shadow: {
      name: names.config("shadow"),
      production: baseline ? [baseline] : [],
      // The shadow's weight relative to production's sets the share of requests mirrored.
      shadow: [
        candidate(
          candidateVariant,
          Math.max(1, shadowStep?.instances.candidate ?? 1),
          shadowStep?.shadowPercent ?? 100
        )
      ],
      ...capture
    },
    native: {
      name: names.config("native"),
      production: [candidate(servingName, base?.instanceCount ?? spec.target.instanceCount, 1)],
      shadow: [],
      ...capture
    }
  };
}

// src/rollout/tags.ts
var TAG = {
  deploymentId: "modelgate:deployment-id",
  phase: "modelgate:phase",
  lastGoodConfig: "modelgate:last-good-config",
  /** The known-good config before the last promotion: what `modelgate rollback` restores after one. */
  previousGoodConfig: "modelgate:previous-good-config",
  reason: "modelgate:reason",
  lock: "modelgate:lock",
  lockHolder: "modelgate:lock-holder",
  lockExpires: "modelgate:lock-expires",
  control: "modelgate:control",
  controlAck: "modelgate:control-ack",
  updatedAt: "modelgate:updated-at"
};
var FINAL_PHASES = /* @__PURE__ */ new Set(["promoted", "rolled-back", "kept-baseline"]);
function stepPhase(index) {
  return `step-${index}`;
}
function stepOfPhase(phase) {
  const m = phase ? /^step-(\d+)$/.exec(phase) : null;
  return m ? Number(m[1]) : void 0;
}
function iso(ms) {
  return new Date(ms).toISOString();
}

// src/rollout/lock.ts
function readLock(tags) {
  const id = tags[TAG.lock];
  if (!id) return void 0;
  const expiresAt = Date.parse(tags[TAG.lockExpires] ?? "");
  return {
    deploymentId: id,
    holder: tags[TAG.lockHolder] ?? id,
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : 0
  };
}
function lockState(tags, deploymentId, now) {
  const lock = readLock(tags);
  if (!lock) return { kind: "free" };
  if (lock.deploymentId === deploymentId) return { kind: "ours", lock };
  return lock.expiresAt > now ? { kind: "held", lock } : { kind: "stale", lock };
}
function describeHolder(lock) {
  const who = lock.holder && lock.holder !== lock.deploymentId ? ` (${lock.holder})` : "";
  return `deployment ${lock.deploymentId}${who}, lock expires ${iso(lock.expiresAt)}`;
}
function lockTags(deploymentId, holder, expiresAt) {
  return { [TAG.lock]: deploymentId, [TAG.lockHolder]: holder, [TAG.lockExpires]: iso(expiresAt) };
}
async function acquireLock(o) {
  const before = o.tags ?? await o.endpoints.readTags(o.endpoint);
  const state = lockState(before, o.deploymentId, o.clock.now());
  if (state.kind === "held") return { ok: false, holder: state.lock, lostRace: false };
  const expiresAt = o.clock.now() + o.ttlMs;
  await o.endpoints.writeTags(o.endpoint, lockTags(o.deploymentId, o.holder, expiresAt));
  await o.clock.sleep(o.settleMs, o.signal);
  const after = await o.endpoints.readTags(o.endpoint);
  const mine = readLock(after);
  if (!mine || mine.deploymentId !== o.deploymentId) {
    return {
      ok: false,
      holder: mine ?? { deploymentId: "unknown", holder: "unknown", expiresAt: 0 },
      lostRace: true
    };
  }
  return {
    ok: true,
    expiresAt,
    resumed: state.kind === "ours",
    ...state.kind === "stale" ? { tookOverFrom: state.lock } : {},
    tags: before
  };
}

// src/gates/agreement.ts
var AGREEMENT_GATE = "agreement";
function extractPrediction(body, field) {
  const text = body.trim();
  if (!field) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  let v;
  try {
    v = JSON.parse(text);
  } catch {
    return void 0;
  }
  for (const key of field.split(".")) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[key];
  }
  return v;
}
function asNumber(v) {
  if (typeof v === "number") return v;
  if (Array.isArray(v) && v.length === 1) return asNumber(v[0]);
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return void 0;
}
function evaluateAgreement(spec, records, variants) {
  const prod = /* @__PURE__ */ new Map();
  for (const r2 of records) if (r2.variant === variants.production) prod.set(r2.eventId, r2);
  let pairs = 0;
  let matches = 0;
  let absDiff = 0;
  let unparsable = 0;
  for (const s of records) {
    if (s.variant !== variants.shadow) continue;
    const p = prod.get(s.eventId);
    if (!p) continue;
    const a2 = extractPrediction(p.output, spec.field);
    const b2 = extractPrediction(s.output, spec.field);
    if (spec.metric === "match-rate") {
      pairs++;
      if (JSON.stringify(a2) === JSON.stringify(b2)) matches++;
    } else {
      const x = asNumber(a2);
      const y = asNumber(b2);
      if (x === void 0 || y === void 0) {
        unparsable++;
        continue;
      }
      pairs++;
      absDiff += Math.abs(x - y);
    }
  }
  const metric = spec.metric;
  const base = {
    gateId: AGREEMENT_GATE,
    evidence: { metric, threshold: spec.threshold, samples: { candidate: pairs } }
  };
  const extra = unparsable ? `, ${unparsable} non-numeric pairs skipped` : "";
  if (pairs < spec.minSamples) {
    return {
      ...base,
      status: "inconclusive",
      summary: `${metric}: ${pairs} paired predictions < ${spec.minSamples} needed${extra}`
    };
  }
  const value = metric === "match-rate" ? matches / pairs : absDiff / pairs;
  const ok = metric === "match-rate" ? value >= spec.threshold : value <= spec.threshold;
  const op = metric === "match-rate" ? ok ? "≥" : "<" : ok ? "≤" : ">";
  return {
    ...base,
    evidence: { ...base.evidence, candidate: value },
    status: ok ? "pass" : "fail",
    summary: `${metric} ${+value.toPrecision(4)} ${op} ${spec.threshold} (${pairs} paired predictions${extra})`
  };
}

// src/gates/combine.ts
function combineStatus(results) {
  if (results.some((r2) => r2.status === "fail")) return "fail";
  if (results.some((r2) => r2.status === "inconclusive")) return "inconclusive";
  return "pass";
}

// src/gates/alarm-gate.ts
function evaluateAlarmGate(gate, alarm) {
  if (!alarm) {
    return {
      gateId: gate.id,
      status: "fail",
      summary: `alarm ${gate.alarm} does not exist`,
      evidence: { alarmState: "MISSING" }
    };
  }
  const status = alarm.state === "ALARM" ? "fail" : "pass";
  const why = alarm.reason ? `: ${alarm.reason}` : "";
  return {
    gateId: gate.id,
    status,
    summary: `alarm ${gate.alarm} is ${alarm.state}${status === "fail" ? why : ""}`,
    evidence: { alarmState: alarm.state }
  };
}

// src/gates/figures.ts
var RATE_METRICS = /* @__PURE__ */ new Set(["error_rate", "client_error_rate", "model_error_rate"]);
function isRate(metric) {
  return RATE_METRICS.has(metric);
}
function isLatency(metric) {
  return metric.startsWith("latency_");
}
function percentileOf(metric) {
  const m = /^latency_(p\d+(?:\.\d+)?)$/.exec(metric);
  return m ? m[1] : void 0;
}
function errorCount(f2, metric) {
  if (metric === "error_rate") return f2.errors5xx;
  if (metric === "client_error_rate") return f2.errors4xx;
  if (metric === "model_error_rate") return f2.modelErrors;
  throw new Error(`${metric} is not a rate`);
}
function metricValue(f2, metric) {
  if (!f2) return void 0;
  if (metric === "invocations") return f2.invocations;
  if (isRate(metric)) return f2.invocations > 0 ? errorCount(f2, metric) / f2.invocations : void 0;
  if (metric === "latency_avg") return f2.latencyAvgMs;
  const p = percentileOf(metric);
  return p ? f2.latencyMs[p] : void 0;
}
function formatValue(metric, v) {
  if (v === void 0 || Number.isNaN(v)) return "n/a";
  if (isRate(metric)) return `${+(v * 100).toPrecision(3)}%`;
  if (isLatency(metric)) return `${+v.toPrecision(4)} ms`;
  return v.toLocaleString("en-US");
}

// src/gates/metric-gate.ts
var MIN_PERIODS = 5;
function evaluateMetricGate(gate, data, ctx) {
  const cand = data.window.variants.candidate;
  const base = data.window.variants.baseline;
  const value = metricValue(cand, gate.metric);
  const baseValue = metricValue(base, gate.metric);
  const n = cand?.invocations ?? 0;
  const nb = base?.invocations;
  const evidence = {
    metric: gate.metric,
    ...value !== void 0 ? { candidate: value } : {},
    ...baseValue !== void 0 ? { baseline: baseValue } : {},
    samples: { candidate: n, ...nb !== void 0 ? { baseline: nb } : {} }
  };
  const fmt3 = (v) => formatValue(gate.metric, v);
  const result = (status2, text) => ({
    gateId: gate.id,
    status: status2,
    summary: `${gate.metric} ${text} (n=${n.toLocaleString("en-US")}${nb !== void 0 ? `, baseline n=${nb.toLocaleString("en-US")}` : ""})`,
    evidence
  });
  if (gate.metric === "invocations") {
    evidence.candidate = n;
    if (gate.min !== void 0) evidence.threshold = gate.min;
    if (gate.min !== void 0 && n < gate.min)
      return result("inconclusive", `${fmt3(n)} < ${fmt3(gate.min)} so far`);
    if (gate.max !== void 0 && n > gate.max) {
      evidence.threshold = gate.max;
      return result("fail", `${fmt3(n)} > ${fmt3(gate.max)}`);
    }
    return result("pass", `${fmt3(n)} within bounds`);
  }
  if (n < ctx.minInvocations || value === void 0) {
    evidence.threshold = gate.max ?? gate.min;
    return result("inconclusive", `${fmt3(value)}: too few invocations (${n} < ${ctx.minInvocations})`);
  }
  const checks = [];
  if (gate.max !== void 0) {
    evidence.threshold = gate.max;
    checks.push(
      value > gate.max ? { status: "fail", text: `${fmt3(value)} > ${fmt3(gate.max)}` } : { status: "pass", text: `${fmt3(value)} ≤ ${fmt3(gate.max)}` }
    );
  }
  if (gate.min !== void 0) {
    evidence.threshold ??= gate.min;
    checks.push(
      value < gate.min ? { status: "fail", text: `${fmt3(value)} < ${fmt3(gate.min)}` } : { status: "pass", text: `${fmt3(value)} ≥ ${fmt3(gate.min)}` }
    );
  }
  if (gate.maxRatioToBaseline !== void 0) checks.push(ratioCheck(gate, data, evidence, ctx));
  if (gate.test !== void 0) checks.push(testCheck(gate, data, evidence, ctx));
  const worst = checks.find((c2) => c2.status === "fail") ?? checks.find((c2) => c2.status === "inconclusive");
  const status = worst?.status ?? "pass";
  return result(status, (worst ? [worst] : checks).map((c2) => c2.text).join("; ") || `${fmt3(value)}`);
}
function ratioCheck(gate, data, evidence, ctx) {
  const limit = gate.maxRatioToBaseline;
  const cand = data.window.variants.candidate;
  const base = data.window.variants.baseline;
  const value = metricValue(cand, gate.metric);
  evidence.threshold ??= limit;
  if (!base || base.invocations === 0)
    return { status: "pass", text: `ratio to baseline not evaluated: no baseline traffic` };
  if (base.invocations < ctx.minInvocations)
    return { status: "inconclusive", text: `baseline has too few invocations (${base.invocations})` };
  let b2 = metricValue(base, gate.metric);
  if (b2 === void 0) return { status: "inconclusive", text: `no baseline ${gate.metric} yet` };
  if (isRate(gate.metric)) b2 = Math.max(b2, 1 / base.invocations);
  const ratio = b2 === 0 ? value === 0 ? 1 : Number.POSITIVE_INFINITY : value / b2;
  evidence.ratio = ratio;
  const r2 = Number.isFinite(ratio) ? `${+ratio.toPrecision(3)}×` : "∞×";
  return ratio > limit ? { status: "fail", text: `${r2} baseline > ${limit}×` } : { status: "pass", text: `${r2} baseline ≤ ${limit}×` };
}
function testCheck(gate, data, evidence, ctx) {
  const cand = data.window.variants.candidate;
  const base = data.window.variants.baseline;
  evidence.alpha = gate.alpha;
  evidence.test = gate.test;
  if (!base || base.invocations === 0)
    return { status: "pass", text: `${gate.test} not evaluated: no baseline traffic` };
  let p;
  if (gate.test === "fisher" || gate.test === "binomial") {
    if (!isRate(gate.metric))
      return { status: "fail", text: `${gate.test} applies to error rates, not ${gate.metric}` };
    const c2 = { successes: errorCount(cand, gate.metric), trials: cand.invocations };
    const b2 = { successes: errorCount(base, gate.metric), trials: base.invocations };
    if (ctx.interim) {
      p = interimRateTest(c2, b2, gate.alpha);
      evidence.test = `${gate.test} (interim: mixture SPRT)`;
    } else {
      p = oneSidedGreater(gate.test, { candidate: c2, baseline: b2 });
    }
  } else {
    const pick = (role) => data.series[role].filter((f2) => f2.invocations > 0).map(
      (f2) => isLatency(gate.metric) ? percentileOf(gate.metric) ? f2.latencyMs[percentileOf(gate.metric)] : f2.latencyAvgMs : metricValue(f2, gate.metric)
    ).filter((v) => v !== void 0 && Number.isFinite(v));
    const x = pick("candidate");
    const y = pick("baseline");
    evidence.samples = { candidate: x.length, baseline: y.length };
    const need = ctx.minPeriods ?? MIN_PERIODS;
    if (x.length < need || y.length < need)
      return {
        status: "inconclusive",
        text: `mann-whitney needs ${need} per-period samples each (have ${x.length}/${y.length})`
      };
    p = oneSidedGreater("mann-whitney", { candidate: x, baseline: y });
  }
  if (Number.isNaN(p))
    return { status: "inconclusive", text: `${gate.test}: undefined on these samples (no variation)` };
  evidence.pValue = p;
  const pv = p < 1e-4 ? p.toExponential(1) : p.toFixed(4);
  return p < gate.alpha ? { status: "fail", text: `${evidence.test}: candidate worse than baseline, p=${pv} < α=${gate.alpha}` } : { status: "pass", text: `${evidence.test}: no significant degradation, p=${pv} ≥ α=${gate.alpha}` };
}

// src/gates/evaluate.ts
function evaluateGates(gates, data, alarms, ctx) {
  return gates.map(
    (g2) => g2.kind === "alarm" ? evaluateAlarmGate(g2, alarms.get(g2.alarm)) : evaluateMetricGate(g2, data, ctx)
  );
}
function lastPeriod(data, periodMs) {
  const c2 = data.series.candidate;
  const last = c2[c2.length - 1];
  if (!last) return void 0;
  const pick = (s) => s.filter((p) => p.start === last.start);
  const cand = pick(data.series.candidate);
  const base = pick(data.series.baseline);
  const end = last.start + periodMs;
  return {
    window: { start: last.start, end, variants: { candidate: cand[0], baseline: base[0] } },
    series: { candidate: cand, baseline: base },
    extra: { candidate: cand[0]?.extra ?? {}, baseline: base[0]?.extra ?? {} },
    complete: data.complete
  };
}
function percentilesFor(gates) {
  const out = /* @__PURE__ */ new Set();
  for (const g2 of gates) {
    if (g2.kind !== "metric") continue;
    const m = /^latency_(p\d+(?:\.\d+)?)$/.exec(g2.metric);
    if (m) out.add(m[1]);
  }
  return [...out];
}

// src/gates/queries.ts
var NS = "AWS/SageMaker";
var ROLES = ["baseline", "candidate"];
var COUNTS = [
  ["inv", "Invocations", "invocations"],
  ["e5", "Invocation5XXErrors", "errors5xx"],
  ["e4", "Invocation4XXErrors", "errors4xx"],
  ["me", "InvocationModelErrors", "modelErrors"]
];
var pid = (p) => p.replace(".", "_");
function buildQueries(req) {
  const qs = [];
  const windowSeconds = Math.round((req.endMs - req.startMs) / 1e3);
  for (const role of ROLES) {
    const target = req.targets[role];
    if (!target) continue;
    const r2 = role[0];
    const q = (id, metric, stat, periodSeconds = req.periodSeconds, namespace = NS) => qs.push({ id: `${r2}_${id}`, namespace, metric, target, stat, periodSeconds });
    for (const [id, metric] of COUNTS) q(id, metric, "Sum");
    q("lavg", "ModelLatency", "Average");
    q("lcnt", "ModelLatency", "SampleCount");
    for (const p of req.percentiles) {
      q(`l${pid(p)}`, "ModelLatency", p);
      if (windowSeconds >= 60 && windowSeconds % 60 === 0) q(`w${pid(p)}`, "ModelLatency", p, windowSeconds);
    }
    for (const x of req.extra ?? []) q(`x${x.key}`, x.metric, x.stat, req.periodSeconds, x.namespace);
  }
  return qs;
}
var US_PER_MS = 1e3;
function parseWindow(req, results) {
  const byId = new Map(results.map((s) => [s.id, s]));
  const series = { baseline: [], candidate: [] };
  const variants = { baseline: void 0, candidate: void 0 };
  const extra = { baseline: {}, candidate: {} };
  for (const role of ROLES) {
    if (!req.targets[role]) continue;
    const r2 = role[0];
    const get = (id) => byId.get(`${r2}_${id}`);
    const starts = /* @__PURE__ */ new Set();
    for (const [id] of COUNTS) get(id)?.timestamps.forEach((t) => starts.add(t));
    const at = (id, t) => {
      const s = get(id);
      const i2 = s ? s.timestamps.indexOf(t) : -1;
      return i2 >= 0 ? s.values[i2] : void 0;
    };
    const periods = [...starts].sort((a2, b2) => a2 - b2).map((t) => {
      const latencyMs = {};
      for (const p of req.percentiles) {
        const v = at(`l${pid(p)}`, t);
        if (v !== void 0) latencyMs[p] = v / US_PER_MS;
      }
      const avg = at("lavg", t);
      const extra2 = {};
      for (const x of req.extra ?? []) {
        const v = at(`x${x.key}`, t);
        if (v !== void 0) extra2[x.key] = v;
      }
      return {
        start: t,
        invocations: at("inv", t) ?? 0,
        errors5xx: at("e5", t) ?? 0,
        errors4xx: at("e4", t) ?? 0,
        modelErrors: at("me", t) ?? 0,
        ...avg !== void 0 ? { latencyAvgMs: avg / US_PER_MS } : {},
        latencyMs,
        latencySamples: at("lcnt", t) ?? 0,
        extra: extra2
      };
    });
    series[role] = periods;
    const windowPercentile = (p) => {
      const w = get(`w${pid(p)}`);
      return w && w.values.length ? w.values[0] / US_PER_MS : void 0;
    };
    if (periods.length) variants[role] = aggregate(periods, req.percentiles, windowPercentile);
    extra[role] = aggregateExtra(periods, req.extra ?? []);
  }
  return {
    window: { start: req.startMs, end: req.endMs, variants },
    series,
    extra,
    complete: results.every((s) => s.complete)
  };
}
function aggregate(periods, percentiles, windowPercentile) {
  const sum = (f2) => periods.reduce((a2, p) => a2 + f2(p), 0);
  const latencySamples = sum((p) => p.latencySamples ?? 0);
  const weighted = sum((p) => (p.latencyAvgMs ?? 0) * (p.latencySamples ?? 0));
  const latencyMs = {};
  for (const p of percentiles) {
    const w = windowPercentile(p);
    const v = w ?? (periods.length === 1 ? periods[0].latencyMs[p] : void 0);
    if (v !== void 0) latencyMs[p] = v;
  }
  return {
    invocations: sum((p) => p.invocations),
    errors5xx: sum((p) => p.errors5xx),
    errors4xx: sum((p) => p.errors4xx),
    modelErrors: sum((p) => p.modelErrors),
    ...latencySamples > 0 ? { latencyAvgMs: weighted / latencySamples } : {},
    latencyMs,
    latencySamples
  };
}
function aggregateExtra(periods, extra) {
  const agg = {};
  for (const x of extra) {
    const vals = periods.map((p) => p.extra?.[x.key]).filter((v) => v !== void 0);
    if (!vals.length) continue;
    const total = vals.reduce((a2, b2) => a2 + b2, 0);
    agg[x.key] = x.stat === "Sum" || x.stat === "SampleCount" ? total : total / vals.length;
  }
  return agg;
}

// src/gates/read.ts
async function readWindow(metrics, req) {
  const queries = req.endMs > req.startMs ? buildQueries(req) : [];
  const series = queries.length ? await metrics.getMetricData(queries, req.startMs, req.endMs) : [];
  return parseWindow(req, series);
}

// src/rollout/monitor.ts
function stepGates(gates, step) {
  const ids = new Set(step.gates);
  return gates.filter((g2) => ids.has(g2.id));
}
var GateMonitor = class {
  constructor(deps2, setup) {
    this.deps = deps2;
    this.setup = setup;
    this.periodMs = deps2.spec.gates.periodSeconds * 1e3;
    this.gates = stepGates(deps2.gates, setup.step);
  }
  deps;
  setup;
  periodMs;
  gates;
  lastEnd = -Infinity;
  previous = /* @__PURE__ */ new Map();
  get windowStartAligned() {
    return Math.floor(this.setup.windowStart / this.periodMs) * this.periodMs;
  }
  completeEnd(now) {
    return Math.floor((now - this.deps.tuning.evaluationDelaySeconds * 1e3) / this.periodMs) * this.periodMs;
  }
  /** The earliest time a period not yet evaluated will be readable. */
  nextDue() {
    const end = Math.max(this.completeEnd(this.deps.clock.now()), this.windowStartAligned);
    return end + this.periodMs + this.deps.tuning.evaluationDelaySeconds * 1e3;
  }
  /**
   * Evaluates when a new period completed, or always when `final` (the bake's decision).
   * undefined: nothing new to read, or CloudWatch could not be read this time.
   */
  async evaluate(final) {
    const { clock, ports, spec, emit } = this.deps;
    const stepIndex = this.setup.step.index;
    const end = Math.max(this.completeEnd(clock.now()), this.windowStartAligned);
    const fresh = end > this.lastEnd && end > this.windowStartAligned;
    if (!fresh && !final) return void 0;
    const start = this.windowStartAligned;
    let data;
    let alarms;
    try {
      data = await readWindow(ports.metrics, {
        targets: this.setup.targets,
        percentiles: percentilesFor(this.gates),
        periodSeconds: spec.gates.periodSeconds,
        startMs: start,
        endMs: Math.max(end, start),
        extra: this.setup.ab ? abMetrics(this.setup.ab) : void 0
      });
      alarms = await this.readAlarms();
    } catch (err) {
      if (!(err instanceof ProviderError && err.retryable)) throw err;
      emit("warning", {
        message: `metrics unavailable for step ${stepIndex + 1} (${err.message}); reading again at the next poll`
      });
      return void 0;
    }
    this.lastEnd = Math.max(this.lastEnd, end);
    this.deps.cursor.end = Math.max(this.deps.cursor.end ?? -Infinity, end);
    emit("metrics-read", { stepIndex, window: data.window });
    const ctx = { minInvocations: this.setup.step.minInvocations, interim: !final };
    const results = evaluateGates(this.gates, data, alarms, ctx);
    const newest = fresh ? lastPeriod(data, this.periodMs) : void 0;
    if (newest && data.series.candidate.length > 1) {
      const bounds = this.gates.flatMap((g2) => g2.kind === "metric" ? [{ ...g2, test: void 0 }] : []);
      const quick = evaluateGates(bounds, newest, alarms, ctx);
      for (const q of quick) {
        if (q.status !== "fail") continue;
        const i2 = results.findIndex((r2) => r2.gateId === q.gateId);
        if (i2 >= 0 && results[i2].status !== "fail")
          results[i2] = { ...q, summary: `newest ${spec.gates.periodSeconds}s period: ${q.summary}` };
      }
    }
    if (final && this.setup.agreement) results.push(await this.agreement(start, clock.now()));
    if (final && this.setup.ab && this.setup.step.gates.includes(AB_GATE))
      results.push(decideAbTest(this.setup.ab, data).result);
    for (const r2 of results) {
      if (final || r2.status === "fail" || this.previous.get(r2.gateId) !== r2.status)
        emit("gate-evaluated", { stepIndex, result: r2 });
      this.previous.set(r2.gateId, r2.status);
    }
    return { status: combineStatus(results), results, data, fresh };
  }
  async readAlarms() {
    const names = this.gates.flatMap((g2) => g2.kind === "alarm" ? [g2.alarm] : []);
    if (!names.length) return /* @__PURE__ */ new Map();
    const found = await this.deps.ports.metrics.describeAlarms(names);
    return new Map(found.map((a2) => [a2.name, { state: a2.state, reason: a2.reason }]));
  }
  async agreement(start, now) {
    const a2 = this.setup.agreement;
    if (!this.deps.ports.capture) {
      return {
        gateId: AGREEMENT_GATE,
        status: "fail",
        summary: "no data-capture reader configured",
        evidence: {}
      };
    }
    const records = await this.deps.ports.capture.read(a2.destination, a2.endpoint, start, now + 1);
    return evaluateAgreement(a2.spec, records, a2.variants);
  }
};

// src/rollout/wait.ts
var SETTLED2 = /* @__PURE__ */ new Set(["InService", "Failed", "UpdateRollbackFailed", "OutOfService"]);
var WaitTimeoutError = class extends ModelgateError {
  state;
  constructor(endpoint, seconds, state) {
    super(
      "timeout",
      `${endpoint} did not settle within ${Math.round(seconds)}s (last status ${state?.status ?? "unknown"})`
    );
    this.state = state;
  }
};
async function waitSettled(o) {
  const random = o.random ?? Math.random;
  const deadline = o.clock.now() + o.timeoutMs;
  let delay = o.initialDelayMs ?? 1e3;
  const maxDelay = o.maxDelayMs ?? 1e4;
  let last;
  const started = o.clock.now();
  let lastBusy = started;
  if (o.expectedMs !== void 0 && o.expectedMs > 0) {
    await o.clock.sleep(Math.min(o.expectedMs * 0.9, o.timeoutMs), o.signal);
  }
  for (; ; ) {
    o.signal?.throwIfAborted();
    let settled = false;
    try {
      last = await o.endpoints.describeEndpoint(o.endpoint);
      settled = !last || SETTLED2.has(last.status);
    } catch (err) {
      if (!(err instanceof ProviderError && err.retryable)) throw err;
    }
    await o.onPoll?.(last);
    if (settled) {
      o.onSettled?.(lastBusy - started);
      return last;
    }
    lastBusy = o.clock.now();
    const left = deadline - o.clock.now();
    if (left <= 0) throw new WaitTimeoutError(o.endpoint, o.timeoutMs / 1e3, last);
    const jittered = delay * (0.5 + random() / 2);
    await o.clock.sleep(Math.min(jittered, left), o.signal);
    delay = Math.min(delay * 1.5, maxDelay);
  }
}

// src/rollout/rollback.ts
async function rollback(r2, reason, detail) {
  r2.emit("rolling-back", { reason, detail });
  const result = await restore(r2, { reason: `${reason}: ${detail}` });
  if (result.ok) {
    r2.emit("rolled-back", { endpointConfig: r2.layout.lastGoodConfig ?? "", verified: true });
  } else if (result.interrupted) {
    r2.emit("rolled-back", { endpointConfig: r2.layout.lastGoodConfig ?? "", verified: false });
  } else {
    r2.emit("rollback-failed", {
      error: result.error ?? "unknown error",
      state: snapshot(result.state, r2.endpoint)
    });
  }
  return result;
}
async function restore(r2, o) {
  const hard = r2.o.hardSignal;
  let lastError = "";
  let state;
  for (let attempt = 1; attempt <= r2.t.rollbackAttempts; attempt++) {
    try {
      state = await revertOnce(r2, attempt, o.reason);
      return { ok: true, interrupted: false, state };
    } catch (err) {
      lastError = err.message;
      if (hard?.aborted) return { ok: false, interrupted: true, error: lastError, state };
      r2.emit("warning", {
        message: `rollback attempt ${attempt}/${r2.t.rollbackAttempts} failed: ${lastError}`
      });
      try {
        await r2.o.clock.sleep(2 ** attempt * 5e3, hard);
      } catch {
        return { ok: false, interrupted: true, error: lastError, state };
      }
    }
  }
  try {
    state = await r2.endpoints.describeEndpoint(r2.endpoint);
  } catch (err) {
    lastError += `; DescribeEndpoint also failed: ${err.message}`;
  }
  return { ok: false, interrupted: false, error: lastError, state };
}
async function settle(r2, onPoll) {
  return waitSettled({
    clock: r2.o.clock,
    endpoints: r2.endpoints,
    endpoint: r2.endpoint,
    timeoutMs: r2.o.spec.rollback.stepTimeoutSeconds * 1e3,
    signal: r2.o.hardSignal,
    random: r2.o.random,
    initialDelayMs: r2.t.waitInitialSeconds * 1e3,
    maxDelayMs: r2.t.waitMaxSeconds * 1e3,
    // A rollback can outlast the lock's TTL; keep it, so nothing deploys over a rollback in progress.
    onPoll: async (s) => {
      if (s) await r2.renewLockIfDue();
      await onPoll?.(s);
    }
  });
}
async function revertOnce(r2, attempt, reason) {
  const lkg = r2.layout.lastGoodConfig;
  let state = await r2.endpoints.describeEndpoint(r2.endpoint);
  if (r2.first) return deleteFirst(r2, state);
  if (!lkg) throw new Error(`no last known-good config is known for ${r2.endpoint}`);
  const base = r2.layout.baseline.name;
  const cand = r2.layout.candidateVariant;
  const shiftable = (s) => s?.status === "InService" && s.configName !== lkg && (trafficShares(s)?.[cand] ?? 0) > 0 && s.production.some((v2) => v2.name === base);
  const weightsBack = () => r2.endpoints.updateWeights(r2.endpoint, [
    { variant: base, weight: 100 },
    { variant: cand, weight: 0 }
  ]);
  if (shiftable(state)) await weightsBack();
  else if (r2.abortAlarm && state && state.status !== "InService") await tripAbort(r2, reason);
  if (attempt === 1) await r2.setPhase("rolling-back", { [TAG.reason]: reason.slice(0, 250) });
  state = await settle(r2, async (s) => {
    if (r2.abortAlarm && r2.nativeInFlight && s && s.status !== "InService") await tripAbort(r2, reason);
  });
  r2.nativeInFlight = false;
  if (shiftable(state)) {
    await weightsBack();
    state = await settle(r2);
  }
  if (state?.configName !== lkg) {
    await r2.endpoints.updateEndpoint(r2.endpoint, lkg);
    state = await settle(r2);
  }
  const v = verifyState(state, { config: lkg, ...cand !== base ? { noTrafficOn: [cand] } : {} });
  if (!v.ok) throw new Error(`after restoring ${lkg}: ${v.detail}`);
  return state;
}
async function tripAbort(r2, reason) {
  try {
    await r2.o.ports.metrics.setAlarmState(r2.abortAlarm, "ALARM", `modelgate rollback: ${reason}`);
  } catch (err) {
    if (!(err instanceof ProviderError && err.retryable)) throw err;
  }
}
async function deleteFirst(r2, state) {
  if (state && state.status !== "Deleting") {
    if (state.status === "Creating" || state.status === "Updating") state = await settle(r2);
    if (state && state.status !== "Deleting") await r2.endpoints.deleteEndpoint(r2.endpoint);
  }
  const after = await settle(r2);
  if (after) throw new Error(`endpoint ${r2.endpoint} still exists (${after.status}) after DeleteEndpoint`);
  return void 0;
}

// src/rollout/state.ts
var RolloutState = class {
  constructor(o) {
    this.o = o;
    this.t = { ...DEFAULT_TUNING, ...o.tuning };
    this.emit = makeEmitter(o);
    this.endpoint = o.plan.endpoint;
    this.names = deploymentNames({
      model: o.spec.model.name,
      endpoint: o.plan.endpoint,
      deploymentId: o.deploymentId
    });
    this.startedAt = o.clock.now();
    this.deadlineAt = this.startedAt + o.spec.rollback.deadlineSeconds * 1e3;
  }
  o;
  t;
  emit;
  endpoint;
  names;
  layout;
  /** No endpoint existed: the candidate is the first model; rollback deletes the endpoint. */
  first = false;
  startedAt;
  deadlineAt;
  lockExpiresAt = 0;
  /** Set while a native (SageMaker-driven) update of this deployment is in flight. */
  abortAlarm;
  nativeInFlight = false;
  /** The variant name the candidate serves under once it is the production variant. */
  servingVariant = "";
  /** Latest time a native deployment may still be running (its MaximumExecutionTimeout plus provisioning). */
  nativeDeadlineAt = Infinity;
  /** End of the newest metric period evaluated: the next step's window starts there, so no minute goes unread. */
  cursor = {};
  /** When the control tag was last read. */
  lastControlRead = -Infinity;
  /** Commands read during a wait, applied by the next bake. */
  pending = [];
  /** The gate rules with ids, as the plan's steps refer to them. */
  get gates() {
    return this.o.plan.gates ?? this.o.spec.gates.rules;
  }
  get endpoints() {
    return this.o.ports.endpoints;
  }
  now() {
    return this.o.clock.now();
  }
  /** Tags on every resource this deployment creates, so each one traces back to it. */
  get resourceTags() {
    return {
      ...this.o.spec.target.tags,
      [TAG.deploymentId]: this.o.deploymentId,
      "modelgate:model": this.o.spec.model.name
    };
  }
  /** Tag writes are state for the next run; one that fails is reported, not fatal. */
  async tag(tags) {
    try {
      await this.endpoints.writeTags(this.endpoint, { ...tags, [TAG.updatedAt]: iso(this.now()) });
    } catch (err) {
      this.emit("warning", {
        message: `could not write endpoint tags (${Object.keys(tags).join(", ")}): ${err.message}`
      });
    }
  }
  async setPhase(phase, extra = {}) {
    await this.tag({ [TAG.phase]: phase, [TAG.deploymentId]: this.o.deploymentId, ...extra });
  }
  async releaseLock() {
    try {
      await this.endpoints.removeTags(this.endpoint, [TAG.lock, TAG.lockHolder, TAG.lockExpires]);
    } catch (err) {
      this.emit("warning", { message: `could not release the lock: ${err.message}` });
    }
  }
  async renewLockIfDue() {
    const ttl = this.t.lockTtlSeconds * 1e3;
    if (this.lockExpiresAt - this.now() > ttl / 2) return;
    this.lockExpiresAt = this.now() + ttl;
    await this.tag(lockTags(this.o.deploymentId, this.o.holder, this.lockExpiresAt));
  }
  checkDeadline() {
    if (this.now() > this.deadlineAt) {
      throw new RolloutAbort(
        "timeout",
        `the rollout passed its overall deadline of ${this.o.spec.rollback.deadlineSeconds}s`
      );
    }
  }
  checkCancelled() {
    if (this.o.signal?.aborted)
      throw new RolloutAbort(
        "cancelled",
        `cancelled: ${String(this.o.signal.reason?.message ?? this.o.signal.reason)}`
      );
  }
  /**
   * Reads the control tag. Commands outside `accept` stay queued for the next bake; each command
   * taken is acknowledged on the endpoint (control tag removed, `control-ack` written) and in the events.
   */
  async readControl(accept) {
    let tags;
    this.lastControlRead = this.now();
    try {
      tags = await this.endpoints.readTags(this.endpoint);
    } catch (err) {
      if (err instanceof ProviderError && err.retryable) return void 0;
      throw err;
    }
    if (tags[TAG.lock] !== this.o.deploymentId) {
      throw new LockLost(
        `the lock on ${this.endpoint} now belongs to ${tags[TAG.lockHolder] ?? tags[TAG.lock] ?? "nobody"}; stopped without touching the endpoint`
      );
    }
    const raw = tags[TAG.control];
    if (!raw) return this.takePending(accept);
    const parsed = parseControl(raw);
    if ("error" in parsed) {
      this.emit("warning", { message: `control tag ignored: ${parsed.error}` });
      await this.ack(`rejected "${raw}"`);
      return void 0;
    }
    await this.ack(describeControl(parsed));
    if (!accept.has(parsed.kind)) {
      this.pending.push(parsed);
      this.emit("control-command", {
        command: parsed,
        acknowledged: true,
        note: "queued: applies when the current endpoint update finishes"
      });
      return void 0;
    }
    return parsed;
  }
  takePending(accept) {
    const i2 = this.pending.findIndex((c2) => accept.has(c2.kind));
    return i2 >= 0 ? this.pending.splice(i2, 1)[0] : void 0;
  }
  async ack(what) {
    try {
      await this.endpoints.removeTags(this.endpoint, [TAG.control]);
    } catch (err) {
      this.emit("warning", { message: `could not clear the control tag: ${err.message}` });
    }
    await this.tag({ [TAG.controlAck]: `${what} by ${this.o.deploymentId} at ${iso(this.now())}` });
  }
  /**
   * A control-plane call that rides out throttling and transient errors beyond the SDK's own
   * retries (a burst can outlast them), pausing through the clock.
   */
  call(fn, signal = this.o.signal) {
    return this.retrying(fn, (err) => err.kind === "throttled" || err.kind === "transient", signal);
  }
  /** DescribeEndpoint that rides out throttling beyond the SDK's retries. */
  describe(signal = this.o.signal) {
    return this.retrying(
      () => this.endpoints.describeEndpoint(this.endpoint),
      (err) => err.retryable,
      signal
    );
  }
  async retrying(fn, retry, signal) {
    for (let attempt = 1; ; attempt++) {
      try {
        return await fn();
      } catch (err) {
        if (!(err instanceof ProviderError && retry(err)) || attempt >= 5) throw err;
        await this.o.clock.sleep(2 ** attempt * 1e3, signal);
      }
    }
  }
  /** How long each kind of update took on this endpoint so far (lower bounds), to poll at the right time. */
  learned = /* @__PURE__ */ new Map();
  /** Waits for the endpoint to settle, bounded by the step timeout and the overall deadline. */
  async settle(onPoll, extraMs = 0, kind) {
    const stepMs = this.o.spec.rollback.stepTimeoutSeconds * 1e3 + extraMs;
    const left = this.deadlineAt - this.now();
    try {
      return await waitSettled({
        clock: this.o.clock,
        endpoints: this.endpoints,
        endpoint: this.endpoint,
        timeoutMs: Math.max(0, Math.min(stepMs, left)),
        signal: this.o.signal,
        random: this.o.random,
        initialDelayMs: this.t.waitInitialSeconds * 1e3,
        maxDelayMs: this.t.waitMaxSeconds * 1e3,
        onPoll,
        ...kind ? { expectedMs: this.learned.get(kind), onSettled: (ms) => this.learned.set(kind, ms) } : {}
      });
    } catch (err) {
      if (err instanceof WaitTimeoutError) throw new RolloutAbort("timeout", err.message, { cause: err });
      throw err;
    }
  }
  /** After every wait: the endpoint must serve what was asked, not merely be InService. */
  verify(state, exp, what) {
    const v = verifyState(state, exp);
    if (v.ok) return;
    const prefix = v.kind === "unverifiable" ? `cannot verify ${what}` : `${what} did not take effect`;
    throw new RolloutAbort("verification-failed", `${prefix}: ${v.detail}`);
  }
};

// src/rollout/executor.ts
async function executeRollout(o) {
  let started = false;
  const r2 = new RolloutState({
    ...o,
    emit: (e2) => {
      started ||= e2.type === "deployment-started";
      o.emit(e2);
    }
  });
  const result = await run(r2);
  if (!started) r2.emit("deployment-started", { plan: o.plan, endpoint: r2.endpoint, resumed: false });
  r2.emit("done", { outcome: result.outcome, summary: result.summary });
  return result;
}
async function run(r2) {
  let start;
  try {
    start = await prepare(r2);
  } catch (err) {
    if (r2.layout && r2.first && r2.o.spec.rollback.enabled) return failed(r2, err);
    if (r2.layout && r2.lockExpiresAt > 0 && r2.o.spec.rollback.enabled) return failed(r2, err);
    return { outcome: "refused", summary: `refused: ${err.message}` };
  }
  if (typeof start !== "number") return start;
  try {
    const steps = r2.o.plan.steps;
    for (let i2 = start; i2 < steps.length; i2++) {
      const outcome = await runStep(r2, steps[i2]);
      if (outcome === "next") continue;
      if (outcome === "complete") return await complete(r2);
      if (outcome === "keep-baseline")
        return await keepBaseline(r2, `step ${steps[i2].name} decided to keep the baseline`);
      throw new RolloutAbort("gate-failed", `step "${steps[i2].name}" failed its gates`);
    }
    return await complete(r2);
  } catch (err) {
    return failed(r2, err);
  }
}
function classify2(r2, err) {
  if (err instanceof RolloutAbort) return { reason: err.reason, detail: err.message };
  if (r2.o.signal?.aborted)
    return {
      reason: "cancelled",
      detail: `cancelled (${String(r2.o.signal.reason?.message ?? r2.o.signal.reason)})`
    };
  if (err instanceof ProviderError) return { reason: "api-error", detail: err.message };
  return { reason: "api-error", detail: err?.message ?? String(err) };
}
async function failed(r2, err) {
  if (err instanceof LockLost) {
    r2.emit("warning", { message: err.message });
    return { outcome: "refused", summary: err.message };
  }
  const { reason, detail } = classify2(r2, err);
  if (!r2.o.spec.rollback.enabled) {
    const state = await r2.endpoints.describeEndpoint(r2.endpoint).catch(() => void 0);
    r2.emit("warning", { message: `rollback is disabled in the spec; the endpoint is left as it is` });
    return {
      outcome: "unsafe",
      summary: `${reason}: ${detail}; rollback disabled, endpoint left as is`,
      endpoint: snapshot(state, r2.endpoint)
    };
  }
  const res = await rollback(r2, reason, detail);
  if (res.ok) {
    await r2.setPhase("rolled-back");
    await r2.releaseLock();
    const where = r2.layout.lastGoodConfig ? `restored ${r2.layout.lastGoodConfig}` : `deleted the first deployment's endpoint`;
    return { outcome: "rolled-back", summary: `rolled back (${reason}): ${detail}; ${where}, verified` };
  }
  const snap = snapshot(res.state, r2.endpoint);
  if (res.interrupted) {
    return {
      outcome: "unsafe",
      summary: `rollback sent but not verified before exit (${reason}: ${detail}); re-run deployment ${r2.o.deploymentId} or \`modelgate rollback --endpoint ${r2.endpoint}\``,
      endpoint: snap
    };
  }
  return {
    outcome: "unsafe",
    summary: `ROLLBACK FAILED after ${reason} (${detail}): ${res.error}`,
    endpoint: snap
  };
}
async function missingAlarms(r2) {
  const gates = r2.gates.flatMap(
    (g2) => g2.kind === "alarm" && r2.o.plan.steps.some((s) => s.gates.includes(g2.id)) ? [g2] : []
  );
  if (!gates.length) return [];
  const found = new Set(
    (await r2.o.ports.metrics.describeAlarms(gates.map((g2) => g2.alarm))).map((a2) => a2.name)
  );
  return gates.filter((g2) => !found.has(g2.alarm));
}
var candidateModel = (r2) => r2.o.plan.candidateModel ?? r2.names.model;
async function prepare(r2) {
  const { o } = r2;
  const missing = await missingAlarms(r2);
  if (missing.length) {
    return {
      outcome: "refused",
      summary: `refused: alarm gate${missing.length > 1 ? "s" : ""} ${missing.map((g2) => `${g2.id} (alarm ${g2.alarm})`).join(", ")} name${missing.length > 1 ? "" : "s"} no existing CloudWatch alarm; create it or remove the gate. Nothing was changed`
    };
  }
  let state = await r2.describe();
  const started = (resumed2) => r2.emit("deployment-started", { plan: o.plan, endpoint: r2.endpoint, resumed: resumed2 });
  const lockFor = () => lockTags(o.deploymentId, o.holder, r2.now() + r2.t.lockTtlSeconds * 1e3);
  if (!state) {
    r2.first = true;
    r2.layout = buildLayout({ spec: o.spec, plan: o.plan, names: r2.names, model: candidateModel(r2) });
    started(false);
    const tags2 = {
      ...lockFor(),
      [TAG.deploymentId]: o.deploymentId,
      [TAG.phase]: stepPhase(0)
    };
    r2.lockExpiresAt = Date.parse(tags2[TAG.lockExpires]);
    try {
      await createFirst(r2, tags2);
    } catch (err) {
      if (err instanceof ProviderError && err.kind === "already-exists") {
        return {
          outcome: "refused",
          summary: `refused: endpoint ${r2.endpoint} was created by someone else meanwhile`
        };
      }
      throw err;
    }
    r2.emit("lock-acquired", { owner: o.holder, expiresAt: r2.lockExpiresAt });
    r2.emit("warning", {
      message: `first deployment to ${r2.endpoint}: no baseline exists, the candidate serves all traffic; gates without a baseline are not evaluated and a rollback deletes the endpoint`
    });
    return 0;
  }
  const tags = await r2.endpoints.readTags(r2.endpoint);
  if (tags[TAG.deploymentId] === o.deploymentId && FINAL_PHASES.has(tags[TAG.phase] ?? "") && tags[TAG.lock] !== o.deploymentId) {
    const phase2 = tags[TAG.phase];
    started(true);
    return {
      outcome: phase2,
      summary: `deployment ${o.deploymentId} already finished on ${r2.endpoint}: ${phase2}`
    };
  }
  const lock = await acquireLock({
    endpoints: r2.endpoints,
    clock: o.clock,
    endpoint: r2.endpoint,
    deploymentId: o.deploymentId,
    holder: o.holder,
    ttlMs: r2.t.lockTtlSeconds * 1e3,
    settleMs: r2.t.lockSettleSeconds * 1e3,
    signal: o.signal,
    tags
  });
  if (!lock.ok) {
    started(false);
    const how = lock.lostRace ? "another run took the lock at the same moment: " : "";
    return {
      outcome: "refused",
      summary: `refused: ${r2.endpoint} is locked by ${how}${describeHolder(lock.holder)}`
    };
  }
  r2.lockExpiresAt = lock.expiresAt;
  const resumed = lock.resumed;
  const phase = lock.tags[TAG.phase];
  const unfinished = phase !== void 0 && !FINAL_PHASES.has(phase);
  const lkgName = (resumed || lock.tookOverFrom && unfinished) && lock.tags[TAG.lastGoodConfig] ? lock.tags[TAG.lastGoodConfig] : state.configName;
  const lastGood = lkgName ? await r2.endpoints.describeEndpointConfig(lkgName) : void 0;
  r2.layout = buildLayout({ spec: o.spec, plan: o.plan, names: r2.names, model: candidateModel(r2), lastGood });
  started(resumed);
  r2.emit("lock-acquired", {
    owner: o.holder,
    expiresAt: lock.expiresAt,
    ...lock.tookOverFrom ? { tookOverFrom: describeHolder(lock.tookOverFrom) } : {}
  });
  if (!lastGood) {
    await r2.releaseLock();
    return {
      outcome: "refused",
      summary: `refused: the last known-good config ${lkgName ?? "(none)"} of ${r2.endpoint} cannot be read; nothing was changed`
    };
  }
  if (lock.tookOverFrom && unfinished) {
    r2.emit("warning", {
      message: `deployment ${lock.tookOverFrom.deploymentId} was left unfinished (${phase}); restoring ${lkgName} before starting`
    });
    const res = await restore(r2, { reason: `abandoned deployment ${lock.tookOverFrom.deploymentId}` });
    if (!res.ok) throw new Error(`could not restore ${lkgName} after the abandoned deployment: ${res.error}`);
    state = await r2.describe() ?? state;
  }
  if (resumed && phase === "rolling-back")
    throw new RolloutAbort("cancelled", `resuming the interrupted rollback of ${o.deploymentId}`);
  if (!resumed && (state.status !== "InService" || lastGood.production.length !== 1 || lastGood.shadow.length)) {
    await r2.releaseLock();
    const why = state.status !== "InService" ? `is ${state.status}` : `serves ${lastGood.production.length} production and ${lastGood.shadow.length} shadow variants (expected one production variant)`;
    return { outcome: "refused", summary: `refused: ${r2.endpoint} ${why}; nothing was changed` };
  }
  if (resumed && state.status !== "InService") await r2.settle();
  await r2.endpoints.createModel(modelDef(r2), r2.resourceTags);
  await r2.setPhase(resumed && phase ? phase : "starting", { [TAG.lastGoodConfig]: lkgName });
  const serving = [r2.layout.final, r2.layout.native].find((c2) => c2.name === state.configName);
  r2.servingVariant = serving ? serving.production[0].name : r2.layout.candidateVariant;
  const from = resumed ? stepOfPhase(phase) ?? 0 : 0;
  if (resumed)
    r2.emit("warning", {
      message: `resuming deployment ${o.deploymentId} at step ${from} (${o.plan.steps[from]?.name ?? "end"})`
    });
  return from;
}
async function runStep(r2, step) {
  r2.checkCancelled();
  r2.checkDeadline();
  r2.emit("step-started", { step });
  await r2.setPhase(stepPhase(step.index));
  const native = step.action === "native-update" || step.action === "native-phase";
  if (step.action === "native-update" && !r2.first) await startNative(r2, step);
  else await applyStep(r2, step);
  if (!native && step.bakeSeconds <= 0 && step.gates.length === 0) return stepPassed(r2, step, step.onPass);
  const monitor = new GateMonitor(deps(r2), monitorSetup(r2, step));
  let verdict;
  if (native && !r2.first) {
    const next = r2.o.plan.steps[step.index + 1];
    verdict = await watchNative(r2, step, monitor, next?.action !== "native-phase");
  } else {
    const ab = step.action === "experiment" && r2.o.spec.strategy.type === "ab-test" ? r2.o.spec.strategy : void 0;
    verdict = await bake(
      r2,
      step,
      monitor,
      ab ? { done: (e2) => decideAbTest(ab, e2.data).samplesReached } : {}
    );
  }
  if (verdict.status === "fail") {
    if (step.onFail !== "rollback") return step.onFail === "next" ? stepPassed(r2, step, "next") : step.onFail;
    throw new RolloutAbort("gate-failed", failures(verdict.results));
  }
  if (verdict.status === "pass") return stepPassed(r2, step, step.onPass);
  const outcome = step.onInconclusive === "extend" ? r2.o.spec.gates.onInconclusive === "pass" ? step.onPass : "rollback" : step.onInconclusive;
  if (outcome === "rollback")
    throw new RolloutAbort(
      "gate-failed",
      `step "${step.name}" stayed inconclusive: ${inconclusive(verdict.results)}`
    );
  r2.emit("warning", {
    message: `step "${step.name}" inconclusive (${inconclusive(verdict.results)}); continuing as the plan says: ${outcome}`
  });
  return outcome === "keep-baseline" ? outcome : stepPassed(r2, step, outcome);
}
function stepPassed(r2, step, outcome) {
  r2.emit("step-passed", { stepIndex: step.index });
  return outcome;
}
var failures = (rs) => rs.filter((x) => x.status === "fail").map((x) => `${x.gateId}: ${x.summary}`).join("; ") || "gate failed";
var inconclusive = (rs) => rs.filter((x) => x.status === "inconclusive").map((x) => `${x.gateId}: ${x.summary}`).join("; ");
var deps = (r2) => ({
  spec: r2.o.spec,
  gates: r2.gates,
  ports: r2.o.ports,
  clock: r2.o.clock,
  emit: r2.emit,
  tuning: r2.t,
  cursor: r2.cursor
});
function monitorSetup(r2, step) {
  const spec = r2.o.spec;
  const strategy = spec.strategy;
  const windowStart = Math.min(r2.now(), r2.cursor.end ?? r2.now());
  const setup = { step, targets: targetsFor(r2, step), windowStart };
  if (step.action === "shadow" && strategy.type === "shadow" && strategy.agreement && spec.target.dataCapture) {
    setup.agreement = {
      spec: strategy.agreement,
      destination: spec.target.dataCapture.destination,
      endpoint: r2.endpoint,
      variants: { production: r2.layout.baseline?.name ?? "", shadow: r2.layout.candidateVariant }
    };
  }
  if (step.action === "experiment" && strategy.type === "ab-test") setup.ab = strategy;
  return setup;
}
async function complete(r2) {
  const state = await r2.describe();
  const serving = state?.configName;
  const candidateServes = serving === r2.layout.final.name || serving === r2.layout.native.name;
  if (!candidateServes)
    return keepBaseline(r2, "the plan finished without making the candidate the production variant");
  await r2.setPhase("promoted", {
    [TAG.lastGoodConfig]: serving,
    ...r2.layout.lastGoodConfig ? { [TAG.previousGoodConfig]: r2.layout.lastGoodConfig } : {}
  });
  await r2.releaseLock();
  r2.emit("promoted", { endpointConfig: serving });
  return { outcome: "promoted", summary: `promoted ${r2.o.spec.model.name} on ${r2.endpoint} (${serving})` };
}
async function keepBaseline(r2, why) {
  const res = await restore(r2, { reason: why });
  if (!res.ok) {
    r2.emit("rollback-failed", {
      error: res.error ?? "restore failed",
      state: snapshot(res.state, r2.endpoint)
    });
    return {
      outcome: "unsafe",
      summary: `could not restore the baseline (${why}): ${res.error}`,
      endpoint: snapshot(res.state, r2.endpoint)
    };
  }
  r2.emit("traffic-shifted", {
    stepIndex: r2.o.plan.steps.length - 1,
    traffic: { baseline: 100, candidate: 0 },
    shadowPercent: 0
  });
  await r2.setPhase("kept-baseline");
  await r2.releaseLock();
  return {
    outcome: "kept-baseline",
    summary: `baseline kept on ${r2.endpoint} (${r2.layout.lastGoodConfig}): ${why}`
  };
}

// src/rollout/run-deployment.ts
var DEPLOYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:/=+@-]{0,127}$/;
function exitCodeFor(outcome) {
  if (outcome === "promoted" || outcome === "kept-baseline") return 0;
  if (outcome === "unsafe") return 3;
  return 1;
}
function newDeploymentId(clock = systemClock) {
  return `mg-${Math.floor(clock.now()).toString(36)}-${randomBytes(2).toString("hex")}`;
}
function preflight(o) {
  const { spec, file, locate } = o.loaded;
  const at = (path) => ({ file, path, ...locate(path) ?? {} });
  const problems = [];
  if (o.requireS3Artifact && !spec.model.artifact.startsWith("s3://") && !spec.model.modelPackageArn) {
    problems.push({
      ...at("model.artifact"),
      message: `"${spec.model.artifact}" is not in S3; SageMaker loads models from S3`,
      expected: "an s3:// URI or model.modelPackageArn"
    });
  }
  if (spec.strategy.type === "shadow" && spec.strategy.agreement && !spec.target.dataCapture?.enabled) {
    problems.push({
      ...at("strategy.agreement"),
      message: "prediction agreement is read from data capture, which is off",
      expected: "target.dataCapture with a destination"
    });
  }
  if (o.deploymentId !== void 0 && !DEPLOYMENT_ID.test(o.deploymentId)) {
    problems.push({
      file: "--deployment-id",
      message: `"${o.deploymentId}" is not a valid deployment id`,
      expected: "letters, digits and ._:/=+@- (at most 128)"
    });
  }
  if (problems.length) throw new InputError(problems);
}
async function runDeployment(o) {
  preflight(o);
  const clock = o.clock ?? systemClock;
  const plan = o.plan ?? planRollout(o.loaded.spec);
  const deploymentId = o.deploymentId ?? newDeploymentId(clock);
  const events = [];
  const result = await executeRollout({
    spec: o.loaded.spec,
    plan,
    deploymentId,
    holder: o.holder ?? deploymentId,
    ports: o.provider,
    clock,
    signal: o.signal,
    hardSignal: o.hardSignal,
    random: o.random,
    tuning: o.tuning,
    emit: (e2) => {
      events.push(e2);
      for (const l of o.listeners ?? []) {
        try {
          l(e2);
        } catch {
        }
      }
    }
  });
  return { ...result, deploymentId, exitCode: exitCodeFor(result.outcome), plan, events };
}

// src/cli/commands/deploy.ts
var SIMULATOR_CREDENTIALS = { accessKeyId: "modelgate-local", secretAccessKey: "modelgate-local" };
var CANCEL_GRACE_MS = 8e3;
function holderFromEnv(env) {
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_RUN_ID) {
    return `github ${env.GITHUB_REPOSITORY ?? ""} run ${env.GITHUB_RUN_ID}${env.GITHUB_ACTOR ? ` by ${env.GITHUB_ACTOR}` : ""}`.replace(
      /\s+/g,
      " "
    );
  }
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
  }
  return `${user}@${hostname()}`;
}
function defaultDeploymentId(env) {
  return env.GITHUB_ACTIONS === "true" && env.GITHUB_RUN_ID ? `gh-${env.GITHUB_RUN_ID}` : void 0;
}
function graceSignal(signal) {
  const hard = new AbortController();
  let timer;
  const onAbort = () => {
    timer = setTimeout(() => hard.abort(new Error("cancel grace period over")), CANCEL_GRACE_MS);
    timer.unref();
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener("abort", onAbort, { once: true });
  return {
    signal: hard.signal,
    dispose: () => (clearTimeout(timer), signal.removeEventListener("abort", onAbort))
  };
}
function positiveNumber(name, v) {
  if (v === void 0) return void 0;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} must be a positive number, got "${v}"`);
  return n;
}
var deployCommand = {
  usage: `Usage: modelgate deploy [SPEC] [--provider local|sagemaker] [--scenario FILE] [--speed N]
                        [--report-json FILE] [--deployment-id ID]

Plans SPEC (default: modelgate.yaml) and drives the endpoint through every step: traffic moves,
gates are read from CloudWatch each metric period, and a failed gate, an API error, a timeout or a
cancel (Ctrl-C) rolls back to the last known-good config, verified. Progress is printed live.

Options:
  --provider P        local (the embedded SageMaker + CloudWatch simulator) or sagemaker
                      (real AWS, default credential chain); default: the spec's target.provider.
                      With sagemaker and a target.endpointUrl that is a \`modelgate sim serve\`,
                      the rollout follows the simulator's clock
  --scenario FILE     simulator scenario (traffic, model behaviour, faults); local only
  --speed N           simulated seconds per real second; local only (default 600)
  --seed N            simulator random seed; local only
  --no-baseline       local only: start without an endpoint (a first deployment); by default
                      the simulator starts with the endpoint serving a baseline model
  --report-json FILE  write the outcome, plan and every event as JSON
  --deployment-id ID  re-using an id resumes (or cleanly rolls back) that deployment;
                      default gh-<run id> in GitHub Actions, else a fresh id

Steering a running rollout: set the endpoint tag modelgate:control to promote, abort, hold,
resume or "extend 10m" (see docs/rollout.md).

Exit codes: 0 promoted (or baseline kept as the spec decided), 1 rolled back, refused or invalid
spec, 2 usage error, 3 left in an unsafe state (the exact endpoint state is printed).`,
  async run(argv, io) {
    const { spec: specPath, values } = parseSpecArgs(argv, {
      provider: { type: "string" },
      scenario: { type: "string" },
      speed: { type: "string" },
      seed: { type: "string" },
      "report-json": { type: "string" },
      "deployment-id": { type: "string" },
      "no-baseline": { type: "boolean" }
    });
    const speed = positiveNumber("speed", values.speed);
    const seed = values.seed === void 0 ? void 0 : Number(values.seed);
    if (seed !== void 0 && !Number.isInteger(seed))
      throw new UsageError(`--seed must be an integer, got "${values.seed}"`);
    const loaded = await loadSpecForCli(specPath, io);
    if (!loaded) return EXIT.failed;
    const provider = values.provider ?? loaded.spec.target.provider;
    if (provider !== "local" && provider !== "sagemaker")
      throw new UsageError(`--provider must be local or sagemaker, got "${provider}"`);
    if (provider === "sagemaker" && (values.scenario || speed || seed !== void 0 || values["no-baseline"])) {
      throw new UsageError("--scenario, --speed, --seed and --no-baseline apply to --provider local only");
    }
    let clock = systemClock;
    let stop;
    let ports;
    const region = loaded.spec.target.region;
    if (provider === "local") {
      const standInPackage = modelPackageStandIn(loaded.spec);
      const sim = await startSimulator({
        speed: speed ?? 600,
        ...standInPackage ? { extraModelPackages: [standInPackage] } : {},
        ...values.scenario ? { scenario: resolve2(io.cwd, values.scenario) } : {},
        ...seed !== void 0 ? { seed } : {}
      });
      clock = sim.clock;
      stop = async () => sim.stop();
      io.stdout(
        `simulator at ${sim.url} (speed ×${speed ?? 600}${values.scenario ? `, scenario ${values.scenario}` : ""})
`
      );
      ports = createSageMakerProvider({
        region,
        endpointUrl: sim.url,
        credentials: SIMULATOR_CREDENTIALS,
        capture: new LocalCaptureReader((d2) => captureRoot(d2, sim.dataDir))
      });
      if (standInPackage && sim.scenario.modelPackages.includes(standInPackage)) {
        io.stdout(
          `simulator: model package ${standInPackage.name} is not in the scenario; registered a stand-in (Approved)
`
        );
      }
      const profiles = new Set(sim.scenario.profiles.map((p) => p.name));
      const raw = ports.endpoints;
      if (profiles.has("candidate")) ports.endpoints = withProfile(raw, "candidate");
      try {
        for (const line of await standInAlarms(ports.metrics, loaded.spec)) io.stdout(`${line}
`);
        if (!values["no-baseline"]) {
          const line = await seedLocalBaseline(raw, clock, loaded.spec, io.signal, profiles.has("baseline"));
          if (line) io.stdout(`${line}
`);
        }
      } catch (err) {
        await stop();
        throw err;
      }
    } else {
      const url = loaded.spec.target.endpointUrl;
      const follow = url ? await followSimulatorClock(url) : void 0;
      if (follow) {
        clock = follow;
        stop = async () => follow.stop();
        io.stdout(`simulator at ${url} (speed ×${Math.round(follow.speed)}): following its clock
`);
      }
      const hasKeys = !!io.env.AWS_ACCESS_KEY_ID || !!io.env.AWS_WEB_IDENTITY_TOKEN_FILE || !!io.env.AWS_PROFILE;
      try {
        ports = createSageMakerProvider({
          region,
          endpointUrl: url,
          ...follow && !hasKeys ? { credentials: SIMULATOR_CREDENTIALS } : {},
          baseDir: loaded.baseDir
        });
      } catch (err) {
        follow?.stop();
        throw err;
      }
    }
    const grace = graceSignal(io.signal);
    const steps = { n: 0 };
    try {
      const result = await runDeployment({
        loaded,
        provider: ports,
        clock,
        signal: io.signal,
        hardSignal: grace.signal,
        deploymentId: values["deployment-id"] ?? defaultDeploymentId(io.env),
        holder: holderFromEnv(io.env),
        requireS3Artifact: provider === "sagemaker" && !loaded.spec.target.endpointUrl,
        listeners: [
          (e2) => {
            if (e2.type === "deployment-started") steps.n = e2.plan.steps.length;
            const line = progressLine(e2, steps.n);
            if (line) (e2.type === "rollback-failed" ? io.stderr : io.stdout)(`${line}
`);
          }
        ]
      });
      if (values["report-json"]) await writeReport(io, values["report-json"], result);
      return result.exitCode;
    } finally {
      grace.dispose();
      await stop?.();
    }
  }
};
function modelPackageStandIn(spec) {
  const arn = spec.model.modelPackageArn;
  const name = arn && /:model-package\/(.+)$/.exec(arn)?.[1];
  if (!name) return void 0;
  const [group, version] = name.split("/");
  return {
    name,
    ...version !== void 0 ? { group, version: Number(version) } : {},
    approval: "Approved",
    status: "Completed",
    image: spec.model.image,
    modelDataUrl: spec.model.artifact,
    description: "modelgate simulator stand-in"
  };
}
async function standInAlarms(metrics, spec) {
  const names = spec.gates.rules.flatMap((g2) => g2.kind === "alarm" ? [g2.alarm] : []);
  if (!names.length) return [];
  const found = new Set((await metrics.describeAlarms(names)).map((a2) => a2.name));
  const lines = [];
  const variant = spec.target.variant ?? "AllTraffic";
  for (const name of names.filter((n) => !found.has(n))) {
    await metrics.putAlarm({
      name,
      namespace: "AWS/SageMaker",
      metric: "Invocation5XXErrors",
      target: { endpoint: spec.target.endpoint, variant },
      stat: "Average",
      periodSeconds: spec.gates.periodSeconds,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      threshold: 0.01,
      comparison: "GreaterThanThreshold",
      treatMissingData: "notBreaching",
      description: "modelgate simulator stand-in",
      tags: {}
    });
    lines.push(
      `simulator: alarm ${name} does not exist here; created a stand-in (5xx rate of ${spec.target.endpoint}/${variant} > 1%)`
    );
  }
  return lines;
}
function withProfile(endpoints, profile) {
  const createModel = (def, tags) => endpoints.createModel(
    { ...def, environment: { ...def.environment, [PROFILE_ENV]: def.environment[PROFILE_ENV] ?? profile } },
    tags
  );
  return Object.assign(Object.create(endpoints), { createModel });
}
async function seedLocalBaseline(endpoints, clock, spec, signal, profile) {
  const endpoint = spec.target.endpoint;
  if (await endpoints.describeEndpoint(endpoint)) return void 0;
  const model = `${spec.model.name}-baseline`.slice(0, 63);
  const config = `${endpoint}-baseline`.slice(0, 63);
  const environment = { ...spec.model.environment, ...profile ? { [PROFILE_ENV]: "baseline" } : {} };
  await endpoints.createModel(
    { name: model, image: spec.model.image, artifact: spec.model.artifact, environment },
    {}
  );
  const variant = {
    name: spec.target.variant ?? "AllTraffic",
    model,
    instanceType: spec.target.instanceType,
    instanceCount: spec.target.instanceCount,
    weight: 1
  };
  await endpoints.createEndpointConfig({ name: config, production: [variant], shadow: [] }, {});
  await endpoints.createEndpoint(endpoint, config, {});
  const state = await waitSettled({ clock, endpoints, endpoint, timeoutMs: 36e5, signal });
  if (state?.status !== "InService")
    throw new ModelgateError(
      "sim_baseline",
      `the simulator could not start ${endpoint}: ${state?.status ?? "gone"}`
    );
  return `simulator: ${endpoint} serves the baseline model ${model} (${config}); --no-baseline starts without it`;
}
async function writeReport(io, file, result) {
  const { deploymentId, outcome, exitCode, summary, endpoint, plan, events } = result;
  const body = {
    schemaVersion: 1,
    deploymentId,
    outcome,
    exitCode,
    summary,
    ...endpoint ? { endpoint } : {},
    plan,
    events
  };
  await writeFile(resolve2(io.cwd, file), `${JSON.stringify(body, null, 2)}
`);
}

export {
  createSageMakerProvider,
  trafficShares,
  verifyState,
  snapshot,
  TAG,
  FINAL_PHASES,
  iso,
  lockState,
  describeHolder,
  lockTags,
  waitSettled,
  SIMULATOR_CREDENTIALS,
  CANCEL_GRACE_MS,
  holderFromEnv,
  defaultDeploymentId,
  deployCommand
};
