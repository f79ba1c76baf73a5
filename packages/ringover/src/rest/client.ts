import {
  CallbridgeError,
  DEFAULT_MAX_RESPONSE_BYTES,
  type Logger,
  parseJsonLossless,
  parseRetryAfter,
  readResponseLimited,
  silentLogger,
} from '@callbridge/core';
import {
  DEFAULT_RINGOVER_TIMEOUT_MS,
  failureOf,
  MAX_RETRY_AFTER_MS,
  timeoutError,
  untilAborted,
  validateClientOptions,
} from './client-errors.js';
import { RINGOVER_API_HOSTS, type RingoverClientOptions, ringoverBaseUrl } from './client-options.js';
import { IntervalLimiter, sleep as realSleep } from './limiter.js';
import { checkMaxPages, DEFAULT_MAX_PAGES, noCursorError, pageBoundError } from './paging.js';
import { callsPath, type ListCallsQuery } from './query.js';
import {
  type CheckedRows,
  checkAnswer,
  checkRows,
  RawCallListSchema,
  RawCallLogsSchema,
  type SkippedCallRow,
} from './rows.js';
import type { RingoverCallList, RingoverCallRow } from './schema.js';
import { fifteenDayWindows, toMs } from './windows.js';

export type { ListCallsQuery, SkippedCallRow };
export {
  DEFAULT_MAX_PAGES,
  DEFAULT_RINGOVER_TIMEOUT_MS,
  RINGOVER_API_HOSTS,
  type RingoverClientOptions,
  ringoverBaseUrl,
};

/** Options of one call: a signal that aborts it (with the retries and waits), besides the timeout. */
export interface RingoverRequestOptions {
  signal?: AbortSignal;
}

/** A small typed client for Ringover's `/calls` routes, with a 2 req/s limiter and 429 backoff. */
export class RingoverClient {
  readonly baseUrl: string;
  readonly #key: string;
  readonly #fetch: typeof fetch;
  readonly #limiter: IntervalLimiter;
  readonly #maxRetries: number;
  readonly #retryBaseMs: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #logger: Logger;
  readonly #maxResponseBytes: number;
  readonly #timeoutMs: number;
  readonly #now: () => number;

  constructor(options: RingoverClientOptions) {
    validateClientOptions({ ...options }, '', 'RingoverClient options');
    if (!options.apiKey) {
      throw new CallbridgeError('configuration_error', 'The Ringover REST client needs an API key.', {
        hint: 'Set `apiKey` (Ringover dashboard → Developer → API keys).',
      });
    }
    this.#key = options.apiKey;
    this.baseUrl = (options.baseUrl ?? ringoverBaseUrl(options.apiKey, options.region)).replace(/\/+$/, '');
    this.#fetch = options.fetch ?? ((input, init) => fetch(input, init));
    this.#sleep = options.sleep ?? realSleep;
    this.#limiter = new IntervalLimiter(options.requestsPerSecond ?? 2, options.now ?? Date.now, this.#sleep);
    this.#maxRetries = options.maxRetries ?? 4;
    this.#retryBaseMs = options.retryBaseMs ?? 1000;
    this.#logger = options.logger ?? silentLogger;
    this.#maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_RINGOVER_TIMEOUT_MS;
    this.#now = options.now ?? Date.now;
  }

  /**
   * `GET /calls`: one page. A 204 (no calls) is an empty list. A row that does not match is left
   * out and logged (see `iterateCalls`); an answer that is not a list of calls is `upstream_error`.
   */
  async listCalls(
    query: ListCallsQuery = {},
    options: RingoverRequestOptions = {},
  ): Promise<RingoverCallList> {
    return (await this.#page(query, options.signal)).list;
  }

  async #page(
    query: ListCallsQuery,
    signal: AbortSignal | undefined,
  ): Promise<CheckedRows & { list: RingoverCallList; count: number }> {
    const body = await this.#get(callsPath(query), false, signal);
    const page =
      body === null
        ? { call_list: [], call_list_count: 0, total_call_count: 0 }
        : checkAnswer(RawCallListSchema, body, 'GET /calls');
    const raw = page.call_list ?? [];
    const checked = this.#checkRows(raw, 'GET /calls');
    return { ...checked, count: raw.length, list: { ...page, call_list: checked.rows } as RingoverCallList };
  }

  /** `GET /calls/{call_id}`: every log of one call (empty when unknown; malformed rows left out). */
  async getCall(callId: string, options: RingoverRequestOptions = {}): Promise<RingoverCallRow[]> {
    const body = await this.#get(`/calls/${encodeURIComponent(callId)}`, true, options.signal);
    if (body === null) return [];
    return this.#checkRows(checkAnswer(RawCallLogsSchema, body, 'GET /calls/{id}'), 'GET /calls/{id}').rows;
  }

  #checkRows(raw: readonly unknown[], what: string): CheckedRows {
    const checked = checkRows(raw);
    for (const skip of checked.skipped) {
      this.#logger.warn(`ringover: skipped a malformed /calls row (${what})`, { ...skip });
    }
    return checked;
  }

  /**
   * Every call row started in [since, until), newest first within each 15-day window: the range
   * is split into windows and each is paged with the `last_id_returned` cursor. A row that does
   * not match the schema is skipped (logged, and passed to `onSkippedRow`); its integer `cdr_id`
   * still moves the cursor, so paging goes on past it.
   *
   * The API may cap `limit_count` below the `pageSize` asked, so a short page does not end a
   * window: paging ends on an empty page (or a 204). The counts a page reports
   * (`total_call_count`) do not end it: whether they count rows or calls (a transfer lists one row
   * per leg) is not documented. At most `maxPages` pages (default 1000) are read in all: past
   * them the bound is logged and the iteration fails with `upstream_error`, so an API that never
   * ends a list cannot keep a run going for ever.
   */
  async *iterateCalls(options: {
    since: Date | string | number;
    until: Date | string | number;
    pageSize?: number;
    /** Largest number of pages read (every window together). Default 1000. */
    maxPages?: number;
    signal?: AbortSignal;
    onSkippedRow?: (row: SkippedCallRow) => void;
  }) {
    const limit = Math.min(1000, options.pageSize ?? 500);
    const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    checkMaxPages(maxPages);
    let pages = 0;
    for (const [start, end] of fifteenDayWindows(toMs(options.since), toMs(options.until))) {
      let cursor: string | undefined;
      for (;;) {
        if (pages >= maxPages) throw this.#pageBoundHit(maxPages, start, end);
        pages += 1;
        const page = await this.#page(
          { start, end, limit, ...(cursor ? { lastIdReturned: cursor } : {}) },
          options.signal,
        );
        for (const skip of page.skipped) options.onSkippedRow?.(skip);
        yield* page.rows;
        if (page.count === 0) break;
        const oldest = page.oldestCdrId;
        if (oldest === null) {
          // A short page is most likely the last one: without a cursor, stop there.
          if (page.count < limit) break;
          throw noCursorError();
        }
        if (cursor !== undefined && BigInt(oldest) >= BigInt(cursor)) {
          // The API ignored the cursor: the rest of this window cannot be read.
          this.#logger.warn(
            'ringover: GET /calls ignored last_id_returned; the rest of the window is not read',
            {
              cursor,
              oldest,
              start: new Date(start).toISOString(),
              end: new Date(end).toISOString(),
            },
          );
          break;
        }
        cursor = oldest;
      }
    }
  }

  #pageBoundHit(maxPages: number, start: number, end: number): CallbridgeError {
    const window = { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
    this.#logger.warn('ringover: GET /calls paging stopped at the page bound; the rest is not read', {
      maxPages,
      ...window,
    });
    return pageBoundError(maxPages, window.start);
  }

  async #get(path: string, notFoundIsEmpty: boolean, caller?: AbortSignal): Promise<unknown | null> {
    for (let attempt = 0; ; attempt++) {
      caller?.throwIfAborted();
      await untilAborted(this.#limiter.wait(), caller);
      const timeout = AbortSignal.timeout(this.#timeoutMs);
      const signal = caller ? AbortSignal.any([timeout, caller]) : timeout;
      // A failure to retry (`why`), or the answer: null for "no content", else the JSON body.
      let outcome: { why: string; cause: unknown; waitMs?: number } | { body: unknown | null };
      try {
        outcome = await this.#attempt(path, notFoundIsEmpty, signal, attempt >= this.#maxRetries);
      } catch (cause) {
        if (caller?.aborted) throw caller.reason;
        if (cause instanceof CallbridgeError) throw cause;
        outcome = { why: timeout.aborted ? 'timeout' : 'network error', cause };
      }
      if ('body' in outcome) return outcome.body;
      if (attempt < this.#maxRetries) {
        await this.#backoff(attempt, outcome.why, caller, 'waitMs' in outcome ? outcome.waitMs : undefined);
        continue;
      }
      if (outcome.why === 'timeout') throw timeoutError(this.#timeoutMs, outcome.cause);
      throw new CallbridgeError('upstream_error', 'The Ringover API could not be reached.', {
        cause: outcome.cause,
        hint: 'Check the network and the API host (EU or US).',
      });
    }
  }

  /**
   * One request, answer body included, under `signal`: the body, or why to retry (a 429 or 5xx
   * before the `final` attempt). Throws on network errors, aborts and final failures.
   */
  async #attempt(
    path: string,
    notFoundIsEmpty: boolean,
    signal: AbortSignal,
    final: boolean,
  ): Promise<{ why: string; cause: unknown; waitMs?: number } | { body: unknown | null }> {
    const response = await this.#fetch(`${this.baseUrl}${path}`, {
      method: 'GET',
      headers: { authorization: this.#key, accept: 'application/json' },
      signal,
    });
    if (response.status === 204 || (notFoundIsEmpty && response.status === 404)) {
      void response.body?.cancel().catch(() => undefined);
      return { body: null };
    }
    if (response.ok) {
      let bytes: Uint8Array;
      try {
        bytes = await untilAborted(
          readResponseLimited(response, this.#maxResponseBytes, 'The Ringover API'),
          signal,
        );
      } catch (error) {
        void response.body?.cancel().catch(() => undefined);
        throw error;
      }
      try {
        return { body: parseJsonLossless(bytes) };
      } catch (cause) {
        // The API's fault, not the caller's: not the 400 `invalid_json` a webhook sender gets.
        throw new CallbridgeError(
          'upstream_error',
          `The Ringover API answered ${response.status} with a body that is not JSON.`,
          { cause, hint: 'Retry later: a proxy or a maintenance page may have answered for the API.' },
        );
      }
    }
    if (response.status === 429 || response.status >= 500) {
      // A wait the answer asks for (Ringover sends none, a proxy may): past a minute, fail now.
      const waitMs = parseRetryAfter(response.headers.get('retry-after'), this.#now());
      if (waitMs !== null && waitMs > MAX_RETRY_AFTER_MS) {
        throw await failureOf(response, this.#errorContext(), signal, Math.ceil(waitMs / 1000));
      }
      if (!final) {
        // Dropped unread: an error body may be anything, of any size.
        void response.body?.cancel().catch(() => undefined);
        return { why: `HTTP ${response.status}`, cause: null, ...(waitMs !== null ? { waitMs } : {}) };
      }
    }
    throw await failureOf(response, this.#errorContext(), signal);
  }

  /** What a failed answer's error needs: the host (EU or US), and the key to keep out of it. */
  #errorContext(): { baseUrl: string; apiKey: string } {
    return { baseUrl: this.baseUrl, apiKey: this.#key };
  }

  async #backoff(
    attempt: number,
    why: string,
    caller: AbortSignal | undefined,
    retryAfter?: number,
  ): Promise<void> {
    const delayMs = Math.max(this.#retryBaseMs * 2 ** attempt, retryAfter ?? 0);
    this.#logger.warn('ringover: REST call retried', { why, attempt: attempt + 1, delayMs });
    await untilAborted(this.#sleep(delayMs), caller);
  }
}
