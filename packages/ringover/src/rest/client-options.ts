import type { Logger } from '@callbridge/core';

/** REST hosts. Keys starting `US_` belong to the US platform and fail on the EU host. */
export const RINGOVER_API_HOSTS = {
  eu: 'https://public-api.ringover.com/v2',
  us: 'https://public-api-us.ringover.com/v2',
} as const;

/** The base URL of a key: the forced region, else `US_` keys → US, others → EU. */
export function ringoverBaseUrl(apiKey: string, region?: 'eu' | 'us' | null): string {
  return RINGOVER_API_HOSTS[region ?? (apiKey.startsWith('US_') ? 'us' : 'eu')];
}

/** Options of `RingoverClient`. */
export interface RingoverClientOptions {
  /** Sent bare in `Authorization` (no `Bearer`). Never logged. */
  apiKey: string;
  region?: 'eu' | 'us' | null;
  /** Overrides the host (tests, proxies). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Default 2 (Ringover's limit per key). */
  requestsPerSecond?: number;
  /** Retries after a 429, a 5xx or a network error. Default 4. */
  maxRetries?: number;
  /** First backoff delay; doubles each retry. Default 1000 ms. */
  retryBaseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  logger?: Logger;
  /**
   * Largest answer read, in bytes. Default 16 MiB (`DEFAULT_MAX_RESPONSE_BYTES`), far above a page
   * of 1000 calls; a larger answer fails with `upstream_error` instead of filling the memory.
   */
  maxResponseBytes?: number;
  /**
   * Longest one request may take, answer body included, in ms. Default 15000. A request past it
   * is aborted and retried like a network error; the last one fails with `upstream_error`.
   */
  timeoutMs?: number;
}
