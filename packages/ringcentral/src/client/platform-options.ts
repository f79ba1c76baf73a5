// What a RingCentralClient is made with, and what one platform call says.
import type { Logger } from '@callbridge/core';
import type { Clock } from './clock.js';
import type { RateGroup } from './pacer.js';

/** The production platform URL (`SDK.server.production`). */
export const RINGCENTRAL_SERVER = 'https://platform.ringcentral.com';

/** Credentials of a RingCentral app authorized with the JWT flow. */
export interface RingCentralCredentials {
  clientId: string;
  clientSecret: string;
  /** The JWT credential of the user the app acts as (developer console → Credentials). */
  jwt: string;
  /** Platform URL. Default `https://platform.ringcentral.com`. */
  server?: string;
}

/** Options of {@link RingCentralClient}. */
export interface RingCentralClientOptions extends RingCentralCredentials {
  /** Requests per minute per rate group. Defaults: heavy 10, medium 40, light 50, auth 5. */
  rateLimits?: Partial<Record<RateGroup, number>>;
  /** Retries after a 429 or a 5xx before giving up. Default 5. */
  maxRetries?: number;
  /** Wait after a 429 without `Retry-After`. Default 60 000 ms. */
  defaultRetryAfterMs?: number;
  /** First backoff after a 5xx; doubles each retry. Default 1 000 ms. */
  backoffMs?: number;
  /** Injectable time source (tests advance a fake clock instead of waiting). */
  clock?: Clock;
  logger?: Logger;
  /** The fetch the SDK uses. Default: the global fetch, looked up at call time. */
  fetch?: typeof fetch;
  /**
   * Largest answer read, in bytes: JSON answers, tokens and errors (recordings are bounded by the
   * bridge's `recordings.maxBytes`). Default 16 MiB (`DEFAULT_MAX_RESPONSE_BYTES`); a larger answer
   * fails with `upstream_error` instead of filling the memory.
   */
  maxResponseBytes?: number;
}

/** One platform call. */
export interface PlatformRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** A path (`/restapi/v1.0/...`) or an absolute URL (navigation links, media `contentUri`). */
  url: string;
  query?: Record<string, string | number | boolean>;
  body?: unknown;
  /** The API's rate-limit group (`x-throttling-group`). */
  group: RateGroup;
  /** What the call does, for error messages ("list subscriptions"). */
  what: string;
  /** Retry 5xx answers with exponential backoff. Default: true for GET. */
  retryServerErrors?: boolean;
  /**
   * Ends the call when it aborts (a recording download's timeout, the job queue closing): the
   * request in flight, and any wait for a session, a rate-limit slot or a retry. The call then
   * rejects with `signal.reason`.
   */
  signal?: AbortSignal;
  /**
   * `'manual'`: a redirect answer is handed back as it came (status and `Location`), not
   * followed, so the caller checks its target first (core's recording download does).
   */
  redirect?: 'follow' | 'manual';
}
