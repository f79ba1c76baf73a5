import type { CallbridgeErrorCode } from '@callbridge/core';

/** Codes of failures that happen in the browser before or instead of a server answer. */
export type ClientErrorCode = 'network_error' | 'invalid_response' | 'http_error' | 'stream_timeout';

/** Fields of an `application/problem+json` body (RFC 9457) as callbridge servers send them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  code?: string;
  detail?: string;
}

/**
 * The error every callbridge browser API rejects with: the calls client, the hooks and the event
 * stream. `code` is the server's stable problem `code` (e.g. `unauthenticated`, `not_found`) or a
 * client-side code (`network_error`, `invalid_response`, `http_error`, `stream_timeout`).
 */
export class CallbridgeClientError extends Error {
  override readonly name = 'CallbridgeClientError';
  readonly code: CallbridgeErrorCode | ClientErrorCode;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  /** The problem+json body when the server sent one. */
  readonly problem: ProblemDetails | undefined;

  constructor(
    code: CallbridgeErrorCode | ClientErrorCode,
    message: string,
    options: { status?: number; problem?: ProblemDetails; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    this.status = options.status ?? 0;
    this.problem = options.problem;
  }
}

const HINTS: Record<number, string> = {
  401: 'Check that getHeaders returns a valid, unexpired bearer token.',
  403: 'The token is valid but not allowed to read this tenant.',
  404: 'Check the baseUrl (default /api/v1) and the id.',
};

/** Builds a CallbridgeClientError from a non-2xx response, reading a problem+json body if any. */
export async function errorFromResponse(response: Response, what: string): Promise<CallbridgeClientError> {
  let problem: ProblemDetails | undefined;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    problem = (await response.json().catch(() => undefined)) as ProblemDetails | undefined;
  }
  const code = (problem?.code as CallbridgeErrorCode | undefined) ?? 'http_error';
  const reason = problem?.detail ?? problem?.title ?? `HTTP ${response.status}`;
  const hint = HINTS[response.status];
  const sentence = /[.!?]$/.test(reason) ? reason : `${reason}.`;
  return new CallbridgeClientError(code, `${what} failed: ${sentence}${hint ? ` ${hint}` : ''}`, {
    status: response.status,
    problem,
  });
}

/** Wraps a fetch rejection (offline, DNS, CORS) unless it is an abort, which is rethrown as is. */
export function networkError(cause: unknown, what: string): unknown {
  if (cause instanceof Error && cause.name === 'AbortError') return cause;
  return new CallbridgeClientError(
    'network_error',
    `${what} failed: the server could not be reached. Check the URL, CORS and that the server runs.`,
    { cause },
  );
}
