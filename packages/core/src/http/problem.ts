import { CallbridgeError, isCallbridgeError } from '../errors.js';
import type { Logger } from '../ports/logger.js';

/** The RFC 9457 body every callbridge error response carries. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  [extra: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** Seconds a client should wait before retrying after a 503. */
export const STORE_RETRY_AFTER_SECONDS = 5;

/** A JSON response with `no-store` caching. */
export function jsonResponse(body: unknown, status = 200, headers?: HeadersInit): Response {
  const json = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };
  if (headers === undefined) return new Response(JSON.stringify(body), { status, headers: json });
  const h = new Headers(headers);
  h.set('content-type', json['content-type']);
  h.set('cache-control', json['cache-control']);
  return new Response(JSON.stringify(body), { status, headers: h });
}

/** The problem+json response of a CallbridgeError (extra headers such as `Allow` may be added). */
export function problemResponse(error: CallbridgeError, headers: HeadersInit = {}): Response {
  const status = error.status;
  const body: ProblemDetails = {
    ...(error.details ?? {}),
    type: `https://callbridge.dev/errors/${error.code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code: error.code,
    detail: error.message,
  };
  const h = new Headers(headers);
  h.set('content-type', 'application/problem+json; charset=utf-8');
  h.set('cache-control', 'no-store');
  if (status === 503 && !h.has('retry-after')) h.set('retry-after', String(STORE_RETRY_AFTER_SECONDS));
  return new Response(JSON.stringify(body), { status, headers: h });
}

/**
 * Maps anything thrown while handling a request to a problem response. CallbridgeErrors keep
 * their code and message; anything else becomes a 500 `internal_error` that leaks nothing.
 */
export function errorToResponse(error: unknown, logger: Logger): Response {
  if (isCallbridgeError(error)) {
    if (error.status >= 500)
      logger.error('callbridge request failed', { code: error.code, status: error.status });
    return problemResponse(error);
  }
  logger.error('callbridge request failed with an unexpected error', {
    error: error instanceof Error ? error.name : typeof error,
  });
  return problemResponse(
    new CallbridgeError('internal_error', 'The request failed unexpectedly.', {
      hint: 'See the server logs for the cause; retrying later may succeed.',
    }),
  );
}
