import { CallbridgeError, readResponseLimited, redactPhoneNumbers } from '@callbridge/core';

/** Most bytes of an error answer read for its `error` text. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** The default per-request timeout of the REST client, in ms. */
export const DEFAULT_RINGOVER_TIMEOUT_MS = 15_000;
/** The longest timeout a timer can hold (about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Checks the REST client options that a typo could make unusable; `name` is how the option is
 * written where it was given (`timeoutMs`, or `rest.timeoutMs` in `ringover()`).
 */
export function validateTimeoutMs(value: unknown, name: string, where: string): void {
  if (value === undefined) return;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_TIMEOUT_MS) return;
  throw new CallbridgeError(
    'configuration_error',
    `Invalid \`${name}\` in ${where}: ${String(value).slice(0, 20)} is not a positive number of milliseconds.`,
    {
      hint: `Set \`${name}\` to the longest one Ringover REST request may take, in ms (default ${DEFAULT_RINGOVER_TIMEOUT_MS}, at most ${MAX_TIMEOUT_MS}), or leave it out.`,
    },
  );
}

/** The numeric options of the REST client: what each must be, and its default. */
const NUMBER_RULES = {
  requestsPerSecond: {
    ok: (n: number) => n > 0,
    what: 'a rate above 0 (requests per second)',
    byDefault: '2',
  },
  maxRetries: {
    ok: (n: number) => Number.isInteger(n) && n >= 0,
    what: 'a whole number, 0 or more',
    byDefault: '4',
  },
  retryBaseMs: { ok: (n: number) => n >= 0, what: 'a delay in ms, 0 or more', byDefault: '1000' },
  maxResponseBytes: { ok: (n: number) => n > 0, what: 'a size in bytes above 0', byDefault: '16 MiB' },
} as const;

/**
 * Checks every numeric option of the REST client; `prefix` is `rest.` when they were given to
 * `ringover()`. A bad one is a `configuration_error` naming it and saying what it must be.
 */
export function validateClientOptions(
  options: Record<string, unknown> | undefined,
  prefix: string,
  where: string,
): void {
  validateTimeoutMs(options?.timeoutMs, `${prefix}timeoutMs`, where);
  for (const [key, rule] of Object.entries(NUMBER_RULES)) {
    const value = options?.[key];
    if (value === undefined || (typeof value === 'number' && Number.isFinite(value) && rule.ok(value)))
      continue;
    throw new CallbridgeError(
      'configuration_error',
      `Invalid \`${prefix}${key}\` in ${where}: ${String(value).slice(0, 20)} is not ${rule.what}.`,
      { hint: `Set \`${prefix}${key}\` to ${rule.what} (default ${rule.byDefault}), or leave it out.` },
    );
  }
}

/** The longest `Retry-After` the client waits for; a longer one fails the call at once. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** A request that outlived its timeout (after the retries). */
export function timeoutError(timeoutMs: number, cause: unknown): CallbridgeError {
  return new CallbridgeError(
    'upstream_error',
    `The Ringover API did not answer within ${timeoutMs} ms (timeoutMs).`,
    {
      cause,
      hint: 'Retry later. If the API is only slow, raise `timeoutMs` (`ringover({ rest: { timeoutMs } })` or the RingoverClient option; default 15000).',
    },
  );
}

/**
 * Settles like `promise`, or rejects with the signal's reason as soon as it aborts (a stream a
 * test double or a proxy keeps open is not always cancelled by the fetch signal).
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * The error of a final non-2xx answer, with the API's `error` text (the API key and phone numbers
 * in it redacted: the error is logged) and how to fix it.
 */
export async function failureOf(
  response: Response,
  client: { baseUrl: string; apiKey: string },
  signal: AbortSignal,
  retryAfterSeconds: number | null = null,
): Promise<CallbridgeError> {
  const { baseUrl, apiKey } = client;
  let reason = '';
  try {
    const bytes = await untilAborted(
      readResponseLimited(response, MAX_ERROR_BODY_BYTES, 'The Ringover API'),
      signal,
    );
    const body = JSON.parse(new TextDecoder().decode(bytes)) as { error?: unknown };
    if (typeof body.error === 'string') {
      // The key the answer may echo, then phone numbers, before the cut (no half-readable number).
      const text = apiKey ? body.error.split(apiKey).join('[redacted]') : body.error;
      reason = ` ("${redactPhoneNumbers(text).slice(0, 80)}")`;
    }
  } catch {
    // not JSON, too large or too slow: the status says enough
    void response.body?.cancel().catch(() => undefined);
  }
  if (retryAfterSeconds !== null) {
    const code = response.status === 429 ? 'rate_limited' : 'upstream_error';
    return new CallbridgeError(
      code,
      `The Ringover API answered ${response.status}${reason} and asked to retry after ${retryAfterSeconds} s.`,
      { hint: 'Try again after that time (the client itself waits at most 60 s for a Retry-After).' },
    );
  }
  if (response.status === 429) {
    return new CallbridgeError('rate_limited', `The Ringover API kept answering 429${reason}.`, {
      hint: 'Ringover allows 2 requests per second per key; share one client per key or reconcile less often.',
    });
  }
  if (response.status === 401 || response.status === 403) {
    const us = baseUrl.includes('public-api-us') ? 'US' : 'EU';
    return new CallbridgeError(
      'upstream_error',
      `The Ringover API refused the key (${response.status})${reason}.`,
      {
        status: 502,
        hint: `Check the key and its rights (Calls: read; Monitoring for the whole team). It is sent bare in Authorization to the ${us} host; US keys start with "US_".`,
      },
    );
  }
  return new CallbridgeError('upstream_error', `The Ringover API answered ${response.status}${reason}.`, {
    hint: 'Retry later; check the request parameters (dates at most 15 days apart).',
  });
}
