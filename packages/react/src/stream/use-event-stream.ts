import type { Interaction, StreamEventType } from '@callbridge/core';
import type { CallbridgeClientError } from '../errors.js';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from '../react.js';
import type { EventStreamClient, EventStreamClientOptions } from './client.js';
import { acquireEventStream } from './shared.js';
import type {
  CallStreamEvent,
  GetHeaders,
  ResyncStreamEvent,
  StreamMessage,
  StreamSnapshot,
} from './types.js';

/** A handler per call event type; each gets the Interaction after the change. */
export type CallEventHandlers = {
  [K in StreamEventType]?: (interaction: Interaction, event: CallStreamEvent) => void;
};

/** Options of {@link useEventStream}. Handlers may change every render: the latest ones are used. */
export interface UseEventStreamOptions
  extends Pick<
    EventStreamClientOptions,
    'initialRetryMs' | 'maxRetryMs' | 'inactivityTimeoutMs' | 'credentials'
  > {
  /**
   * Auth headers, awaited before every (re)connect, so return the current (refreshed) token.
   * Components share a connection only when they pass the same function (a module-level one).
   */
  getHeaders?: GetHeaders;
  /** Handlers per event type, or one function for every call event. */
  onEvent?: CallEventHandlers | ((event: CallStreamEvent) => void);
  /** The server could not resume (the gap is older than its log): reload your data from the API. */
  onResync?: (event: ResyncStreamEvent) => void;
  /** A failure of the stream (it keeps retrying unless the error is final). */
  onError?: (error: CallbridgeClientError) => void;
  /**
   * Disconnect while the page is hidden and resume when visible. Default true. A shared connection
   * pauses only while every component on it allows pausing: false keeps it running for all.
   */
  pauseWhenHidden?: boolean;
  /** False keeps this component off the stream. Default true. */
  enabled?: boolean;
  /** A fetch implementation (tests, proxies). */
  fetch?: typeof fetch;
  /**
   * Resume from this id (sent as `Last-Event-ID`) when this hook opens its first connection, e.g.
   * an id kept from an earlier page. Once the hook has seen an event, its own last id wins.
   */
  lastEventId?: string | null;
}

/** What {@link useEventStream} returns. */
export interface UseEventStreamResult extends StreamSnapshot {
  /** Reconnects now, skipping any pending backoff. The same function on every render. */
  reconnect(): void;
}

const IDLE: StreamSnapshot = { status: 'closed', lastEventId: null, paused: false, error: null };
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The stream a URL names: its origin and path. Two URLs that differ only in their query (a
 * refreshed `?token=`) are the same stream, so the hook's resume id carries over to the new one.
 */
function streamOf(url: string): string {
  try {
    const parsed = new URL(url, 'http://relative.invalid');
    return parsed.origin + parsed.pathname;
  } catch {
    return url;
  }
}

function deliver(options: UseEventStreamOptions, message: StreamMessage): void {
  if (message.type === 'heartbeat') return;
  if (message.type === 'resync') {
    options.onResync?.(message);
    return;
  }
  const on = options.onEvent;
  if (typeof on === 'function') on(message);
  else on?.[message.type]?.(message.data, message);
}

/**
 * Subscribes to the callbridge SSE stream (e.g. `/api/v1/events/stream`). Every component using
 * the same URL with equal `credentials`, `initialRetryMs`, `maxRetryMs` and `inactivityTimeoutMs`
 * and the same `getHeaders` and `fetch` functions (by identity, when it connects) shares one
 * connection; changing the URL or one of the options reconnects, resuming. The connection
 * reconnects with backoff, resumes with Last-Event-ID and pauses while the page is hidden. Safe in
 * StrictMode and on the server (connects only in an effect).
 *
 * @example
 * const { status } = useEventStream('/api/v1/events/stream', {
 *   getHeaders: async () => ({ Authorization: `Bearer ${await getToken()}` }),
 *   onEvent: { call_event_created: (call) => setCalls((c) => [call, ...c]) },
 * });
 */
export function useEventStream(
  url: string | null | undefined,
  options: UseEventStreamOptions = {},
): UseEventStreamResult {
  const latest = useRef(options);
  useIsomorphicLayoutEffect(() => {
    latest.current = options;
  });
  const [snapshot, setSnapshot] = useState<StreamSnapshot>(IDLE);
  const clientRef = useRef<EventStreamClient | null>(null);
  /** The last event id this hook saw, and on which stream: a new URL of that stream resumes from it. */
  const resume = useRef<{ stream: string; id: string } | null>(null);
  const enabled = options.enabled ?? true;
  const { initialRetryMs, maxRetryMs, inactivityTimeoutMs, credentials } = options;

  useEffect(() => {
    if (!url || !enabled) {
      setSnapshot(IDLE);
      return;
    }
    const stream = streamOf(url);
    const carried = resume.current?.stream === stream ? resume.current.id : null;
    const { client, release } = acquireEventStream(
      url,
      {
        getHeaders: () => latest.current.getHeaders,
        pauseWhenHidden: () => latest.current.pauseWhenHidden ?? true,
        fetch: () => latest.current.fetch,
        onMessage: (message) => deliver(latest.current, message),
        onError: (error) => latest.current.onError?.(error),
      },
      {
        initialRetryMs,
        maxRetryMs,
        inactivityTimeoutMs,
        credentials,
        lastEventId: carried ?? latest.current.lastEventId ?? null,
      },
    );
    const remember = () => {
      const id = client.getSnapshot().lastEventId;
      if (id) resume.current = { stream, id };
    };
    clientRef.current = client;
    remember();
    setSnapshot(client.getSnapshot());
    const unwatch = client.watch(() => {
      remember();
      setSnapshot(client.getSnapshot());
    });
    return () => {
      remember();
      unwatch();
      release();
      clientRef.current = null;
    };
  }, [url, enabled, initialRetryMs, maxRetryMs, inactivityTimeoutMs, credentials]);

  const pauseWhenHidden = options.pauseWhenHidden ?? true;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the subscriber reads the prop lazily; a change must still apply at once on a hidden page.
  useEffect(() => clientRef.current?.refreshPause(), [pauseWhenHidden]);

  // Stable, like a state setter: an effect or memo may depend on it.
  const reconnect = useCallback(() => clientRef.current?.reconnect(), []);
  return { ...snapshot, reconnect };
}
