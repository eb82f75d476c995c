/** JSON Schema (draft-07) of a scenario file; docs/scenario.md documents the same fields. */

const duration = {
  description: 'a duration such as "250ms", "90s", "5m", "1.5h", "1d", or a number of seconds',
  anyOf: [
    { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)?(ms|s|m|h|d)$' },
    { type: 'number', minimum: 0 },
  ],
};

const glob = { type: 'string', minLength: 1, maxLength: 256 };
const rate = { type: 'number', minimum: 0, maximum: 1 };

const latency = {
  type: 'object',
  additionalProperties: false,
  required: ['median'],
  properties: {
    distribution: { enum: ['lognormal', 'constant'] },
    median: duration,
    p99: duration,
    sigma: { type: 'number', minimum: 0, maximum: 5 },
  },
};

const target = {
  type: 'object',
  additionalProperties: false,
  properties: { profile: glob, model: glob, endpoint: glob, variant: glob },
};

const windowed = { at: duration, duration };
const reason = { type: 'string', minLength: 1, maxLength: 1024 };

/** One fault type: `type`, `at`, `duration` and its own fields, nothing else; `rest` adds constraints. */
function faultKind(type: string, properties: Record<string, unknown>, rest: Record<string, unknown> = {}) {
  return {
    if: { properties: { type: { const: type } } },
    then: { additionalProperties: false, properties: { type: true, ...windowed, ...properties }, ...rest },
  };
}

export const scenarioSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://modelgate.dev/schemas/scenario.json',
  title: 'modelgate simulator scenario',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    seed: { type: 'integer', minimum: 0, maximum: 4294967295 },
    start: { type: 'string', format: 'date-time' },
    account: { type: 'string', pattern: '^[0-9]{12}$' },
    region: { type: 'string', pattern: '^[a-z]{2}(-[a-z]+)+-[0-9]+$' },
    timings: {
      type: 'object',
      additionalProperties: false,
      properties: {
        createEndpoint: duration,
        provisionFleet: duration,
        terminateFleet: duration,
        updateWeights: duration,
        scaleInstances: duration,
        deleteEndpoint: duration,
      },
    },
    traffic: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['endpoint'],
        properties: {
          endpoint: glob,
          rps: { type: 'number', minimum: 0, maximum: 5000 },
          schedule: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['at', 'rps'],
              properties: { at: duration, rps: { type: 'number', minimum: 0, maximum: 5000 } },
            },
          },
          interpolate: { enum: ['step', 'linear'] },
        },
        description: 'set exactly one of rps (a constant rate) or schedule',
        oneOf: [{ required: ['rps'] }, { required: ['schedule'] }],
      },
    },
    input: {
      type: 'object',
      additionalProperties: false,
      properties: {
        features: { type: 'integer', minimum: 1, maximum: 256 },
        contentType: { enum: ['text/csv', 'application/json'] },
      },
    },
    models: {
      type: 'object',
      propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          match: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            properties: { name: glob, image: glob, modelDataUrl: glob },
          },
          latency,
          overhead: latency,
          errors: {
            type: 'object',
            additionalProperties: false,
            properties: { rate4xx: rate, rate5xx: rate, modelErrorRate: rate },
          },
          prediction: {
            type: 'object',
            additionalProperties: false,
            properties: {
              labels: {
                type: 'object',
                minProperties: 1,
                additionalProperties: { type: 'number', minimum: 0 },
              },
              score: {
                type: 'object',
                additionalProperties: false,
                required: ['mean', 'sd'],
                properties: {
                  mean: { type: 'number', minimum: 0, maximum: 1 },
                  sd: { type: 'number', minimum: 0, maximum: 1 },
                },
              },
              disagreement: rate,
            },
            description: 'set labels or score, not both',
            not: { required: ['labels', 'score'] },
          },
        },
      },
    },
    modelPackages: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        properties: {
          group: { type: 'string', pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$' },
          version: { type: 'integer', minimum: 1, maximum: 99999 },
          name: { type: 'string', pattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$' },
          approval: { enum: ['Approved', 'Rejected', 'PendingManualApproval'] },
          status: { enum: ['Pending', 'InProgress', 'Completed', 'Failed', 'Deleting'] },
          image: { type: 'string', minLength: 1 },
          modelDataUrl: { type: 'string', minLength: 1 },
          description: { type: 'string', maxLength: 1024 },
          approvalDescription: { type: 'string', maxLength: 1024 },
        },
        description: 'set group and version (a versioned package) or name (an unversioned one), not both',
        oneOf: [
          { required: ['group', 'version'], not: { required: ['name'] } },
          { required: ['name'], not: { required: ['group'] } },
        ],
      },
    },
    faults: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type'],
        properties: {
          type: { enum: ['latencySpike', 'errorBurst', 'updateFailure', 'throttling', 'stuckEndpoint'] },
        },
        allOf: [
          faultKind(
            'latencySpike',
            { target, factor: { type: 'number', minimum: 0 }, addMs: { type: 'number', minimum: 0 } },
            {
              description: 'set factor and/or addMs',
              anyOf: [{ required: ['factor'] }, { required: ['addMs'] }],
            },
          ),
          faultKind(
            'errorBurst',
            { target, rate4xx: rate, rate5xx: rate, modelErrorRate: rate },
            {
              description: 'set at least one of rate4xx, rate5xx, modelErrorRate',
              anyOf: [{ required: ['rate4xx'] }, { required: ['rate5xx'] }, { required: ['modelErrorRate'] }],
            },
          ),
          faultKind('updateFailure', {
            endpoint: glob,
            failLaunch: { type: 'boolean' },
            batch: { type: 'integer', minimum: 1 },
            rollbackFails: { type: 'boolean' },
            reason,
          }),
          faultKind('throttling', {
            service: { enum: ['sagemaker', 'cloudwatch', 'all'] },
            operations: {
              type: 'array',
              minItems: 1,
              items: { type: 'string', pattern: '^[A-Z][A-Za-z]+$' },
            },
            probability: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
          }),
          faultKind('stuckEndpoint', { endpoint: glob, failAfter: duration, reason }),
        ],
      },
    },
    limits: {
      type: 'object',
      additionalProperties: false,
      properties: {
        instances: {
          type: 'object',
          propertyNames: { pattern: '^ml\\.[a-z0-9-]+\\.[a-z0-9]+$' },
          additionalProperties: { type: 'integer', minimum: 0 },
        },
      },
    },
    dataCapture: {
      type: 'object',
      additionalProperties: false,
      properties: { maxRecordsPerMinute: { type: 'integer', minimum: 0, maximum: 1000000 } },
    },
    metrics: {
      type: 'object',
      additionalProperties: false,
      properties: { retention: duration },
    },
  },
} as const;
