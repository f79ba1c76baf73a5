import type { Interaction, StreamEventType } from '@callbridge/core';
import type { CallbridgeClientError } from '../errors.js';

/** Where a stream connection is. `closed` also covers a stream paused while the tab is hidden. */
export type StreamStatus = 'connecting' | 'open' | 'retrying' | 'closed';

/** What a stream exposes to the UI. */
export interface StreamSnapshot {
  status: StreamStatus;
  /** Id of the last event received; sent as `Last-Event-ID` when the stream reconnects. */
  lastEventId: string | null;
  /** True while the stream is paused because the page is hidden. */
  paused: boolean;
  /** The last failure (cleared once the stream is open again). */
  error: CallbridgeClientError | null;
}

/** One call event from the stream: the Interaction after the change. */
export interface CallStreamEvent {
  type: StreamEventType;
  id: string | null;
  data: Interaction;
}

/** The server's `resync`: the resume id was older than its log; reload lists from the API. */
export interface ResyncStreamEvent {
  type: 'resync';
  id: string | null;
  data: unknown;
}

/** Every event the client dispatches (`heartbeat` only keeps the inactivity watchdog quiet). */
export type StreamMessage = CallStreamEvent | ResyncStreamEvent | { type: 'heartbeat'; id: string | null };

/** Receives what one stream connection produces. */
export interface StreamListener {
  onMessage?(message: StreamMessage): void;
  onError?(error: CallbridgeClientError): void;
}

/** Headers for a request, read again before every (re)connect so refreshed tokens are used. */
export type GetHeaders = () => HeadersInit | undefined | Promise<HeadersInit | undefined>;

/** Options of {@link createEventStreamClient}. */
export interface EventStreamClientOptions {
  /** Headers (e.g. `Authorization`), awaited before every connect so a refreshed token is used. */
  getHeaders?: GetHeaders;
  /** A fetch implementation; defaults to the global one (read at connect time, never at import). */
  fetch?: typeof fetch;
  /** Resume from this id on the first connect (sent as `Last-Event-ID`). */
  lastEventId?: string | null;
  /**
   * Disconnect while `document.visibilityState` is `hidden` and reconnect (resuming) when the page
   * is visible again. Default true. A function is asked each time the page is hidden, and again
   * on {@link EventStreamClient.refreshPause} when its answer may have changed.
   */
  pauseWhenHidden?: boolean | (() => boolean);
  /** First reconnect delay in ms. Default 1000. */
  initialRetryMs?: number;
  /**
   * Largest reconnect delay in ms. Default 30000. It also caps a refusal's `Retry-After` (503,
   * 429): the client waits what that says, up to this.
   */
  maxRetryMs?: number;
  /**
   * Reconnect when nothing (not even a `heartbeat`) arrived for this many ms, counted from the
   * request on, so a request that never answers is retried too. Default 60000; 0 turns the
   * watchdog off.
   */
  inactivityTimeoutMs?: number;
  /** `credentials` of the fetch (e.g. `include` for cookie auth across origins). */
  credentials?: RequestCredentials;
  /** Randomness for the backoff jitter; injectable for tests. */
  random?: () => number;
}

/** One SSE connection that reconnects by itself. Framework-free: the React hook wraps it. */
export interface EventStreamClient {
  /** Starts connecting (no-op when already running). */
  open(): void;
  /** Stops for good: aborts the request and cancels timers. `open()` starts again. */
  close(): void;
  /** Drops the current connection and reconnects now, without waiting for the backoff. */
  reconnect(): void;
  /**
   * Applies `pauseWhenHidden` again now, for when its answer changed while the page is hidden:
   * pauses a running connection, or resumes a paused one at once. No-op while closed.
   */
  refreshPause(): void;
  /** Adds a listener of events and errors; returns its removal. */
  listen(listener: StreamListener): () => void;
  /** Calls `onChange` whenever the snapshot changes; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  /** The current status, resume id, pause flag and error. */
  getSnapshot(): StreamSnapshot;
}
