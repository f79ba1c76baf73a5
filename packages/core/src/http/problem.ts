import { redactSecrets } from '../background/redact.js';
import { CallbridgeError, isCallbridgeError } from '../errors.js';
import { redactPhoneNumbers } from '../phone/redact.js';
import type { Logger } from '../ports/logger.js';
import { type BridgeReply, toWebResponse } from './exchange.js';

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

const JSON_TYPE = 'application/json; charset=utf-8';
const PROBLEM_TYPE = 'application/problem+json; charset=utf-8';

/** Extra headers, lower-cased, as a plain record. */
function headerRecord(headers: HeadersInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  for (const [name, value] of new Headers(headers)) out[name] = value;
  return out;
}

/** A JSON reply with `no-store` caching (see {@link jsonResponse} for the web `Response`). */
export function jsonReply(body: unknown, status = 200, headers?: HeadersInit): BridgeReply {
  const h = headerRecord(headers);
  h['content-type'] = JSON_TYPE;
  h['cache-control'] = 'no-store';
  return { status, headers: h, body: JSON.stringify(body) };
}

/** A JSON response with `no-store` caching. */
export function jsonResponse(body: unknown, status = 200, headers?: HeadersInit): Response {
  return toWebResponse(jsonReply(body, status, headers));
}

/** The problem+json reply of a CallbridgeError (extra headers such as `Allow` may be added). */
export function problemReply(error: CallbridgeError, headers?: HeadersInit): BridgeReply {
  const status = error.status;
  const body: ProblemDetails = {
    ...(error.details ?? {}),
    type: `https://callbridge.dev/errors/${error.code}`,
    title: TITLES[status] ?? 'Error',
    status,
    code: error.code,
    detail: error.message,
  };
  const h = headerRecord(headers);
  h['content-type'] = PROBLEM_TYPE;
  h['cache-control'] = 'no-store';
  if (status === 503 && h['retry-after'] === undefined) h['retry-after'] = String(STORE_RETRY_AFTER_SECONDS);
  return { status, headers: h, body: JSON.stringify(body) };
}

/** The problem+json response of a CallbridgeError (extra headers such as `Allow` may be added). */
export function problemResponse(error: CallbridgeError, headers?: HeadersInit): Response {
  return toWebResponse(problemReply(error, headers));
}

/**
 * Maps anything thrown while handling a request to a problem response. CallbridgeErrors keep
 * their code and message; anything else becomes a 500 `internal_error` that leaks nothing.
 */
export function errorToReply(error: unknown, logger: Logger): BridgeReply {
  if (isCallbridgeError(error)) {
    if (error.status >= 500)
      logger.error('callbridge request failed', {
        code: error.code,
        status: error.status,
        // A store or a directory that threw: its own error says whether it is down or a bug.
        ...(error.cause !== undefined ? causeFields(error.cause) : {}),
      });
    return problemReply(error);
  }
  // The cause, with URLs cut to host and path, token-like values and phone numbers redacted: the
  // reply tells the operator to look here, so the log must say what failed.
  const { name, message } = describe(error);
  logger.error('callbridge request failed with an unexpected error', { error: name, message });
  return problemReply(
    new CallbridgeError('internal_error', 'The request failed unexpectedly.', {
      hint: 'See the server logs for the cause; retrying later may succeed.',
    }),
  );
}

/** An error's message as it may be logged: URLs cut, token-like values and phone numbers redacted, 500 characters at most. */
export function loggableMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return redactPhoneNumbers(redactSecrets(text)).slice(0, 500);
}

/** The name and message of an error for the log ({@link loggableMessage}). */
function describe(error: unknown): { name: string; message: string } {
  return { name: error instanceof Error ? error.name : typeof error, message: loggableMessage(error) };
}

function causeFields(cause: unknown): { cause: string; causeMessage: string } {
  const { name, message } = describe(cause);
  return { cause: name, causeMessage: message };
}

/** {@link errorToReply} as a web `Response`. */
export function errorToResponse(error: unknown, logger: Logger): Response {
  return toWebResponse(errorToReply(error, logger));
}
