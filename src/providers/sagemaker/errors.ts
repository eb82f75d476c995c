import { ProviderError, type ProviderErrorKind } from '../../rollout/ports.js';

interface SdkError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

/**
 * Maps an AWS SDK error to a ProviderError. SageMaker reports "not found", "already exists" and
 * "in progress" all as ValidationException; only the message tells them apart.
 */
export function toProviderError(operation: string, err: unknown): ProviderError {
  if (err instanceof ProviderError) return err;
  const e = (err ?? {}) as SdkError;
  const code = e.name ?? e.code ?? 'Error';
  const message = e.message ?? String(err);
  const status = e.$metadata?.httpStatusCode;
  return new ProviderError(classify(code, message, status), operation, message, code, err);
}

function classify(code: string, message: string, status: number | undefined): ProviderErrorKind {
  if (/could not find|does not exist|not found/i.test(message) || code === 'ResourceNotFound')
    return 'not-found';
  if (/already exist/i.test(message)) return 'already-exists';
  if (/in-progress|in progress/i.test(message)) return 'in-progress';
  if (/throttl|too many requests|rate exceeded/i.test(code + ' ' + message)) return 'throttled';
  if (code === 'ResourceLimitExceeded' || code === 'LimitExceededFault' || code === 'LimitExceeded')
    return 'limit';
  if (/AccessDenied|UnrecognizedClient|InvalidClientTokenId|ExpiredToken|Unauthorized/.test(code))
    return 'access-denied';
  if (
    code === 'ValidationException' ||
    code.startsWith('InvalidParameter') ||
    code.startsWith('MissingParameter')
  )
    return 'validation';
  if (
    (status !== undefined && status >= 500) ||
    /ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up|TimeoutError/i.test(code + message)
  )
    return 'transient';
  return 'other';
}
