import type { CallStats, CallType, Direction, Interaction, ListPage, Source } from '@callbridge/core';
import { CallbridgeClientError, errorFromResponse, networkError } from '../errors.js';
import type { GetHeaders } from '../stream/types.js';
import { toIso } from './iso.js';

/** Filters of `GET /calls`. Dates are ISO strings or Date objects; `to` is exclusive. */
export interface CallFilters {
  direction?: Direction;
  source?: Source;
  contactId?: string;
  caseId?: string;
  callType?: CallType;
  from?: string | Date;
  to?: string | Date;
  /** Page size, 1..100 (server default when omitted). */
  limit?: number;
}

/** A date range for `GET /calls/stats`. */
export interface StatsRange {
  from: string | Date;
  to: string | Date;
}

/** Options of {@link createCallsClient}. */
export interface CallsClientOptions {
  /** Where the callbridge routes are mounted. Default `/api/v1`. */
  baseUrl?: string;
  /** Auth headers, awaited before every request; if it throws, the request rejects with `unauthenticated`. */
  getHeaders?: GetHeaders;
  /** A fetch implementation; defaults to the global one. */
  fetch?: typeof fetch;
  /** `credentials` of every request (e.g. `include` for cookie auth across origins). */
  credentials?: RequestCredentials;
}

/** Per-request options. */
export interface RequestOptions {
  signal?: AbortSignal;
}

/** A typed client of the callbridge calls API. Every failure is a `CallbridgeClientError`. */
export interface CallsClient {
  /** One page of calls, newest first; pass the previous page's `nextCursor` as `cursor`. */
  list(
    filters?: CallFilters & { cursor?: string | null },
    options?: RequestOptions,
  ): Promise<ListPage<Interaction>>;
  /** One call with its insights. Rejects with code `not_found` for an unknown (or another tenant's) id. */
  get(id: string, options?: RequestOptions): Promise<Interaction>;
  /** Counts, answered / missed and per-day totals over `[from, to)`. */
  stats(range: StatsRange, options?: RequestOptions): Promise<CallStats>;
  /** The absolute or root-relative URL of a path under `baseUrl`, e.g. `url('/events/stream')`. */
  url(path: string, query?: Record<string, string | number | Date | null | undefined>): string;
}

/**
 * Creates a client of the calls API (`GET /calls`, `/calls/:id`, `/calls/stats`).
 *
 * @example
 * const calls = createCallsClient({ getHeaders: () => ({ Authorization: `Bearer ${token}` }) });
 * const page = await calls.list({ direction: 'inbound', limit: 20 });
 */
export function createCallsClient(options: CallsClientOptions = {}): CallsClient {
  const base = (options.baseUrl ?? '/api/v1').replace(/\/+$/, '');

  const url: CallsClient['url'] = (path, query = {}) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      // Empty values and invalid dates (toIso gives null) are left out.
      const v = toIso(value);
      if (v != null && v !== '') params.set(key, String(v));
    }
    const search = params.toString();
    return `${base}${path}${search ? `?${search}` : ''}`;
  };

  async function request<T>(
    path: string,
    what: string,
    init: RequestOptions,
    query?: Parameters<typeof url>[1],
  ) {
    let headers: Headers;
    try {
      headers = new Headers(await options.getHeaders?.());
    } catch (cause) {
      throw new CallbridgeClientError('unauthenticated', `${what} failed: getHeaders threw.`, { cause });
    }
    headers.set('Accept', 'application/json');
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(url(path, query), {
        headers,
        signal: init.signal,
        credentials: options.credentials,
      });
    } catch (cause) {
      throw networkError(cause, what);
    }
    if (!response.ok) throw await errorFromResponse(response, what);
    try {
      return (await response.json()) as T;
    } catch (cause) {
      throw new CallbridgeClientError('invalid_response', `${what} did not answer JSON. Check the baseUrl.`, {
        status: response.status,
        cause,
      });
    }
  }

  return {
    url,
    list: (filters = {}, init = {}) => request('/calls', 'Listing calls', init, { ...filters }),
    get: (id, init = {}) => request(`/calls/${encodeURIComponent(id)}`, 'Loading the call', init),
    stats: (range, init = {}) =>
      request('/calls/stats', 'Loading call stats', init, { from: range.from, to: range.to }),
  };
}
