/**
 * Stable machine-readable error codes. They appear as `code` in problem+json bodies and in
 * `CallbridgeError.code`; never renamed once published.
 */
export type CallbridgeErrorCode =
  // request shape
  | 'malformed_body'
  | 'invalid_json'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'raw_body_unavailable'
  | 'method_not_allowed'
  | 'not_found'
  | 'invalid_query'
  | 'malformed_request'
  // authentication and verification
  | 'unauthenticated'
  | 'forbidden'
  | 'signature_missing'
  | 'signature_invalid'
  | 'signature_scheme_unsupported'
  | 'signature_expired'
  | 'signature_payload_mismatch'
  | 'signature_algorithm_rejected'
  | 'signature_wrong_key_block'
  | 'verification_token_invalid'
  | 'account_mismatch'
  | 'unknown_tenant'
  | 'secret_not_configured'
  // delivery
  | 'delivery_in_progress'
  // infrastructure
  | 'store_unavailable'
  | 'upstream_error'
  | 'rate_limited'
  | 'too_many_streams'
  | 'timeout'
  | 'configuration_error'
  | 'internal_error';

export interface CallbridgeErrorOptions {
  /** HTTP status the error maps to. Defaults from the code. */
  status?: number;
  /** A sentence that tells the integrator how to fix it. Never contains a secret. */
  hint?: string;
  cause?: unknown;
  /** Extra fields copied into the problem+json body (never secrets or phone numbers). */
  details?: Record<string, unknown>;
}

const DEFAULT_STATUS: Record<CallbridgeErrorCode, number> = {
  malformed_body: 400,
  invalid_json: 400,
  unsupported_media_type: 415,
  payload_too_large: 413,
  raw_body_unavailable: 500,
  method_not_allowed: 405,
  not_found: 404,
  invalid_query: 400,
  malformed_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  signature_missing: 401,
  signature_invalid: 401,
  signature_scheme_unsupported: 401,
  signature_expired: 401,
  signature_payload_mismatch: 401,
  signature_algorithm_rejected: 401,
  signature_wrong_key_block: 401,
  verification_token_invalid: 401,
  account_mismatch: 401,
  unknown_tenant: 404,
  secret_not_configured: 500,
  delivery_in_progress: 409,
  store_unavailable: 503,
  upstream_error: 502,
  rate_limited: 429,
  too_many_streams: 429,
  timeout: 504,
  configuration_error: 500,
  internal_error: 500,
};

/**
 * The one error type of callbridge. Every failure a caller can act on carries a stable `code`,
 * the HTTP `status` it maps to, and a message that says how to fix it.
 */
export class CallbridgeError extends Error {
  override readonly name = 'CallbridgeError';
  readonly code: CallbridgeErrorCode;
  readonly status: number;
  readonly hint: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: CallbridgeErrorCode, message: string, options: CallbridgeErrorOptions = {}) {
    super(options.hint ? `${message} ${options.hint}` : message, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? DEFAULT_STATUS[code];
    this.hint = options.hint;
    this.details = options.details;
  }
}

/** True for a CallbridgeError (also across duplicated package copies). */
export function isCallbridgeError(value: unknown): value is CallbridgeError {
  return (
    value instanceof CallbridgeError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'CallbridgeError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}

/** Wraps any failure of a store so the HTTP layer answers 503 and the provider retries. */
export function storeUnavailable(what: string, cause: unknown): CallbridgeError {
  return new CallbridgeError('store_unavailable', `${what} is unavailable.`, {
    cause,
    hint: 'Retry after the delay in Retry-After (providers retry webhooks by themselves); check the store connection if it persists.',
  });
}
