import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { CallbridgeClientError, errorFromResponse, networkError } from '../errors.js';
import { backoffDelay, retryAfterMs } from './backoff.js';
import { clock } from './clock.js';
import { toStreamMessage } from './message.js';
import type { EventStreamClient, EventStreamClientOptions, StreamListener, StreamSnapshot } from './types.js';

export type { EventStreamClient, EventStreamClientOptions } from './types.js';

/**
 * Statuses after which retrying cannot help (a 401 can: getHeaders may refresh the token; a 429 or
 * 503 can, after its `Retry-After`).
 */
const FATAL = new Set([400, 403, 404, 405, 406, 410, 415]);

/** A listener's exception goes to the page's error handling (window `error`), or the console. */
const report = (error: unknown) =>
  ((globalThis as { reportError?: (e: unknown) => void }).reportError ?? console.error)(error);

/**
 * Creates an SSE client on `fetch` + eventsource-parser, so it can send auth headers. It
 * reconnects with exponential backoff (1 s → 30 s, jitter, honouring the server's `retry:` and a
 * refusal's `Retry-After` up to `maxRetryMs`), resumes with `Last-Event-ID`, aborts the previous
 * request before each retry, and pauses while the page is hidden. Nothing touches `window` or
 * `document` until `open()`.
 */
export function createEventStreamClient(
  url: string,
  options: EventStreamClientOptions = {},
): EventStreamClient {
  let snapshot: StreamSnapshot = {
    status: 'closed',
    lastEventId: options.lastEventId ?? null,
    paused: false,
    error: null,
  };
  const listeners = new Set<StreamListener>();
  const watchers = new Set<() => void>();
  let running = false;
  let generation = 0;
  let attempt = 0;
  let serverRetryMs: number | null = null;
  /** When a refusal's `Retry-After` lets the next connect start (0: at once), also after a pause. */
  let notBefore = 0;
  let controller: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  let removeVisibility: (() => void) | null = null;

  const set = (patch: Partial<StreamSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const watcher of [...watchers]) watcher();
  };
  const each = (call: (listener: StreamListener) => void) => {
    for (const listener of [...listeners]) {
      // One removed by an earlier listener of this dispatch is not called (as with DOM events).
      if (!listeners.has(listener)) continue;
      try {
        call(listener);
      } catch (error) {
        report(error);
      }
    }
  };
  const fail = (error: CallbridgeClientError) => {
    set({ error });
    each((l) => l.onError?.(error));
  };
  const shouldPause = () => {
    const p = options.pauseWhenHidden ?? true;
    return typeof p === 'function' ? p() : p;
  };
  const isHidden = () =>
    typeof document !== 'undefined' && document.visibilityState === 'hidden' && shouldPause();

  /** Aborts the request and cancels timers; anything still in flight becomes stale. */
  const stop = () => {
    generation++;
    clearTimeout(retryTimer);
    clearTimeout(watchdog);
    controller?.abort();
    controller = null;
  };

  /**
   * Stops for good after the server's answer (204, or a status retrying cannot help). Closed
   * before the listeners hear the error, so one that reconnects from onError stays connecting.
   */
  const end = (error?: CallbridgeClientError) => {
    running = false;
    clearTimeout(watchdog);
    set({ status: 'closed' });
    if (error) fail(error);
  };

  const pause = () => {
    stop();
    set({ status: 'closed', paused: true });
  };

  const scheduleRetry = (error?: CallbridgeClientError, after?: number) => {
    stop();
    const gen = generation;
    if (error) fail(error);
    // A listener that closed or reconnected from onError decided: no retry replaces its choice.
    if (!running || gen !== generation) return;
    if (isHidden()) return pause();
    const delay = backoffDelay(attempt++, {
      initialMs: options.initialRetryMs,
      maxMs: options.maxRetryMs,
      serverRetryMs,
      retryAfterMs: after,
      random: options.random,
    });
    notBefore = after ? Date.now() + delay : 0;
    set({ status: 'retrying' });
    retryTimer = setTimeout(connect, delay);
  };

  const armWatchdog = (gen: number) => {
    const ms = options.inactivityTimeoutMs ?? 60_000;
    clearTimeout(watchdog);
    if (ms <= 0) return;
    watchdog = setTimeout(() => {
      if (gen !== generation) return;
      scheduleRetry(
        new CallbridgeClientError('stream_timeout', `No event or heartbeat for ${ms} ms; reconnecting.`),
      );
    }, ms);
  };

  const dispatch = (message: EventSourceMessage) => {
    const id = message.id === undefined ? snapshot.lastEventId : message.id || null;
    if (id !== snapshot.lastEventId) set({ lastEventId: id });
    const out = toStreamMessage(message, id);
    if (out instanceof CallbridgeClientError) return fail(out);
    if (!out) return;
    each((l) => l.onMessage?.(out));
  };

  async function read(body: ReadableStream<Uint8Array>, gen: number) {
    // A listener may close or reconnect mid-chunk: the rest of the chunk is then not dispatched,
    // so the resume id stays on the last event delivered and the server sends the rest again.
    const parser = createParser({
      onEvent: (message) => gen === generation && dispatch(message),
      onRetry: (ms) => (serverRetryMs = ms),
    });
    const reader = body.getReader();
    const decoder = new TextDecoder();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || gen !== generation) return;
        armWatchdog(gen);
        parser.feed(decoder.decode(value, { stream: true }));
      }
    } finally {
      reader.releaseLock();
    }
  }

  async function connect() {
    stop();
    if (!running) return;
    if (isHidden()) return pause();
    const gen = generation;
    const ctrl = new AbortController();
    controller = ctrl;
    if (snapshot.status !== 'retrying') set({ status: 'connecting', paused: false });
    // A request that never answers (a connection that died while the device slept) retries too.
    armWatchdog(gen);
    try {
      let headers: Headers;
      try {
        headers = new Headers(await options.getHeaders?.());
      } catch (cause) {
        if (gen !== generation) return;
        return scheduleRetry(
          new CallbridgeClientError('unauthenticated', 'getHeaders threw; the stream retries with backoff.', {
            cause,
          }),
        );
      }
      if (gen !== generation) return;
      headers.set('Accept', 'text/event-stream');
      if (snapshot.lastEventId) headers.set('Last-Event-ID', snapshot.lastEventId);
      const doFetch = options.fetch ?? fetch;
      const response = await doFetch(url, {
        headers,
        signal: ctrl.signal,
        cache: 'no-store',
        credentials: options.credentials,
      });
      if (gen !== generation) return;
      if (response.status === 204) return end();
      if (!response.ok) {
        const error = await errorFromResponse(response, 'The event stream');
        if (gen !== generation) return;
        if (FATAL.has(response.status)) return end(error);
        return scheduleRetry(error, retryAfterMs(response.headers));
      }
      const type = response.headers.get('content-type') ?? '';
      // Media types are case-insensitive (RFC 9110).
      if (!type.toLowerCase().includes('text/event-stream') || !response.body) {
        return scheduleRetry(
          new CallbridgeClientError(
            'invalid_response',
            `The event stream answered "${type}", not text/event-stream. Check the URL and any proxy.`,
            { status: response.status },
          ),
        );
      }
      // In: the backoff starts over, and an earlier refusal's Retry-After no longer applies.
      attempt = notBefore = 0;
      clock.skewMs = Date.parse(response.headers.get('date') as string) - Date.now() || 0;
      set({ status: 'open', error: null, paused: false });
      armWatchdog(gen);
      await read(response.body, gen);
      if (gen === generation) scheduleRetry();
    } catch (cause) {
      if (gen !== generation) return;
      const error = networkError(cause, 'The event stream');
      scheduleRetry(error instanceof CallbridgeClientError ? error : undefined);
    }
  }

  /** Pauses or resumes by the page's visibility and `pauseWhenHidden`'s current answer. */
  const onVisibility = () => {
    if (!running) return;
    if (isHidden()) {
      if (!snapshot.paused) pause();
    } else if (snapshot.paused) {
      attempt = 0;
      set({ paused: false, status: 'connecting' });
      // Not before a refusal's Retry-After that was still running when the page was hidden.
      retryTimer = setTimeout(connect, notBefore - Date.now());
    }
  };

  const open = () => {
    if (running) return;
    running = true;
    attempt = 0;
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', onVisibility);
      removeVisibility = () => document.removeEventListener('visibilitychange', onVisibility);
    }
    set({ status: 'closed', error: null });
    void connect();
  };

  return {
    open,
    close() {
      running = false;
      stop();
      removeVisibility?.();
      removeVisibility = null;
      set({ status: 'closed', paused: false });
    },
    reconnect() {
      if (!running) return open();
      attempt = 0;
      set({ status: 'connecting' });
      void connect();
    },
    refreshPause: onVisibility,
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    getSnapshot: () => snapshot,
  };
}
