/**
 * An error the simulated service returns on the wire. `code` is the error code clients see
 * (`e.name` in the AWS SDK); for CloudWatch `queryCode` is the awsQuery code sent in the
 * `x-amzn-query-error` header and `code` the JSON shape name.
 */
export class AwsError extends Error {
  readonly code: string;
  readonly status: number;
  readonly queryCode: string | undefined;
  readonly fault: 'Sender' | 'Receiver';
  /** Extra members of a modeled error shape (runtime ModelError: OriginalStatusCode …). */
  readonly extra: Record<string, unknown>;

  constructor(
    code: string,
    message: string,
    options: {
      status?: number;
      queryCode?: string;
      fault?: 'Sender' | 'Receiver';
      extra?: Record<string, unknown>;
    } = {},
  ) {
    super(message);
    this.name = 'AwsError';
    this.code = code;
    this.status = options.status ?? 400;
    this.queryCode = options.queryCode;
    this.fault = options.fault ?? (this.status >= 500 ? 'Receiver' : 'Sender');
    this.extra = options.extra ?? {};
  }
}

// ── SageMaker (awsJson1_1) ────────────────────────────────────────────────────────────────────

/** Bad input, not found, already exists, in progress: SageMaker reports them all this way. */
export const validation = (message: string) => new AwsError('ValidationException', message);
export const resourceLimit = (message: string) => new AwsError('ResourceLimitExceeded', message);
export const conflict = (message: string) => new AwsError('ConflictException', message);
export const throttling = () => new AwsError('ThrottlingException', 'Rate exceeded');
export const serialization = (message: string) => new AwsError('SerializationException', message);
export const unknownOperation = (target: string) =>
  new AwsError(
    'UnknownOperationException',
    `The operation ${target} is not supported by the modelgate simulator.`,
  );
export const internalFailure = () =>
  new AwsError(
    'InternalFailure',
    'The request processing has failed because of an unknown error, exception or failure.',
    {
      status: 500,
    },
  );

// ── CloudWatch (awsJson1_0, awsQuery-compatible) ──────────────────────────────────────────────

export const cw = {
  invalidParameterValue: (message: string) =>
    new AwsError('InvalidParameterValueException', message, { queryCode: 'InvalidParameterValue' }),
  invalidParameterCombination: (message: string) =>
    new AwsError('InvalidParameterCombinationException', message, {
      queryCode: 'InvalidParameterCombination',
    }),
  missingParameter: (name: string) =>
    new AwsError('MissingRequiredParameterException', `The parameter ${name} is required.`, {
      queryCode: 'MissingParameter',
    }),
  resourceNotFound: (message: string) =>
    new AwsError('ResourceNotFound', message, { status: 404, queryCode: 'ResourceNotFound' }),
  invalidNextToken: () =>
    new AwsError('InvalidNextToken', 'The service returned an invalid or expired next token.', {
      queryCode: 'InvalidNextToken',
    }),
  invalidFormat: (message: string) =>
    new AwsError('InvalidFormatFault', message, { queryCode: 'InvalidFormat' }),
  limitExceeded: (message: string) =>
    new AwsError('LimitExceededFault', message, { queryCode: 'LimitExceeded' }),
  validation: (message: string) => new AwsError('ValidationError', message, { queryCode: 'ValidationError' }),
  throttling: () => new AwsError('Throttling', 'Rate exceeded', { queryCode: 'Throttling' }),
  serialization: (message: string) =>
    new AwsError('SerializationException', message, { queryCode: 'SerializationException' }),
  internal: () =>
    new AwsError('InternalServiceFault', 'Internal service error.', {
      status: 500,
      queryCode: 'InternalServiceError',
    }),
};

// ── SageMaker Runtime (restJson1) ─────────────────────────────────────────────────────────────

export const rt = {
  limitExceeded: (message: string) =>
    new AwsError('LimitExceededFault', message, { queryCode: 'LimitExceeded' }),
  validation: (message: string) => new AwsError('ValidationError', message),
  modelError: (message: string, originalStatus: number, originalMessage: string, logStreamArn: string) =>
    new AwsError('ModelError', message, {
      status: 424,
      extra: {
        OriginalStatusCode: originalStatus,
        OriginalMessage: originalMessage,
        LogStreamArn: logStreamArn,
      },
    }),
  internal: (message = 'An internal error occurred while processing the request.') =>
    new AwsError('InternalFailure', message, { status: 500 }),
  serviceUnavailable: (message = 'The service is unavailable. Try your call again.') =>
    new AwsError('ServiceUnavailable', message, { status: 503 }),
};
