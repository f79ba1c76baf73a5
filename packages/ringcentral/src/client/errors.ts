import { CallbridgeError, parseRetryAfter } from '@callbridge/core';
import { z } from 'zod';

const ErrorBodySchema = z.looseObject({
  errorCode: z.string().optional(),
  message: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
  errors: z
    .array(z.looseObject({ errorCode: z.string().optional(), message: z.string().optional() }))
    .optional(),
});

/** The first RingCentral error of a response body: `errors[0]`, the top level, or OAuth's `error`. */
export interface RingCentralErrorInfo {
  errorCode: string | null;
  message: string | null;
  /** OAuth's `error` (`invalid_grant`, `invalid_client`), which the token endpoint sends beside `errors[]`. */
  oauthError?: string | null;
}

/** Reads `errors[].errorCode` (or the top-level / OAuth fields) out of an error body. */
export function parseRingCentralError(text: string): RingCentralErrorInfo {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { errorCode: null, message: null };
  }
  const parsed = ErrorBodySchema.safeParse(json);
  if (!parsed.success) return { errorCode: null, message: null };
  const body = parsed.data;
  const first = body.errors?.find((e) => e.errorCode || e.message);
  return {
    errorCode: first?.errorCode ?? body.errorCode ?? body.error ?? null,
    message: first?.message ?? body.message ?? body.error_description ?? null,
    oauthError: body.error ?? null,
  };
}

const SUBSCRIPTION_PERMISSION =
  'The app lacks a permission these event filters need: add "Webhook Subscriptions" and, for RingSense insights, "RingSense" to the app in the RingCentral developer console (RingSense apps need RingCentral approval), then use a JWT of a user with RingSense (AI Conversation Expert) access.';

const HINTS: Record<string, string> = {
  'CMN-301': 'The rate limit of this API group was exceeded; callbridge waits for Retry-After.',
  'SUB-505': 'The app already has 30 subscriptions for this user; delete unused ones.',
  'SUB-508': 'An event filter is invalid; check `eventFilters` and the app permissions.',
  'SUB-525':
    'RingCentral could not validate the webhook address: make sure it is reachable over HTTPS and routed to the bridge before subscribing.',
  'SUB-405': SUBSCRIPTION_PERMISSION,
  'SUB-406': SUBSCRIPTION_PERMISSION,
  'CMN-401':
    'The app lacks the permission the message names: add it to the app in the RingCentral developer console (ReadCallLog, ReadCallRecording, Webhook Subscriptions, RingSense), then log in again.',
  'CMN-408':
    'The JWT user lacks the permission the message names: give the user a role with it in the RingCentral admin portal (e.g. company call log and call recordings access), or use the JWT of a user who has it.',
  'OAU-213': 'The refresh token expired; callbridge logs in again with the JWT.',
  invalid_grant: 'The JWT credential was rejected; create a new JWT in the RingCentral developer console.',
  invalid_client: 'The client id or secret is wrong; check the app credentials.',
};

/**
 * Builds the CallbridgeError of a failed RingCentral call from its status and body. The
 * RingCentral code lands in `details.errorCode`; 429 maps to `rate_limited`, everything else to
 * `upstream_error`.
 */
export function toCallbridgeError(
  what: string,
  status: number,
  bodyText: string,
  options: { retryAfterMs?: number; cause?: unknown } = {},
): CallbridgeError {
  const info = parseRingCentralError(bodyText);
  const code = status === 429 ? 'rate_limited' : 'upstream_error';
  const label = info.errorCode ? `${status} ${info.errorCode}` : String(status);
  const hint =
    (info.errorCode ? HINTS[info.errorCode] : undefined) ??
    (info.oauthError ? HINTS[info.oauthError] : undefined) ??
    (status === 401 || status === 403
      ? 'Check the app permissions (scopes) and the JWT user rights in RingCentral.'
      : status >= 500
        ? 'RingCentral failed; the call is retried with backoff.'
        : 'Check the request against the RingCentral API reference.');
  return new CallbridgeError(
    code,
    `RingCentral ${what} failed with ${label}${info.message ? `: ${info.message}` : ''}.`,
    {
      hint,
      cause: options.cause,
      details: {
        provider: 'ringcentral',
        upstreamStatus: status,
        errorCode: info.errorCode,
        ...(options.retryAfterMs !== undefined ? { retryAfterMs: options.retryAfterMs } : {}),
      },
    },
  );
}

/** `Retry-After` in ms (seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(response: Response, now = Date.now()): number | null {
  return parseRetryAfter(response.headers.get('retry-after'), now);
}
