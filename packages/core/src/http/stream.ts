import type { StreamEvent, Unsubscribe } from '../ports/events.js';
import type { BridgeRuntime } from '../runtime.js';
import { requireStreamPrincipal } from './auth.js';
import { guardStore } from './calls.js';
import { compareEventIds } from './event-ids.js';
import { EVENT_STREAM_HIGH_WATER_MARK, type EventSink, EventStreamAnswer } from './event-stream.js';
import type { BridgeReply, BridgeRequest } from './exchange.js';
import { claimStreamSlot, tooManyStreams, trackStream } from './open-streams.js';
import { loggableMessage } from './problem.js';
import { retryWithJitter, SSE_HEADERS, serializeSse } from './sse.js';
import { readGap } from './stream-gap-read.js';
import { joinTenantEvents } from './stream-hub.js';
import { eventBytes, newestId, openingReplay, previousId, type Start, skipsIds } from './stream-log.js';

/**
 * A client this far behind (bytes queued when the next frame is to be written) is dropped; it
 * reconnects and resumes from the log. The backlog is judged before each frame, not after, so
 * one large frame (a record with a long transcript) never counts against the client, and the
 * queue stays under this limit plus one frame. A replay that passes it is closed (the client
 * reads what was queued and resumes after it); a live stream that passes it fails, which discards
 * the queue and ends the connection at once.
 */
const MAX_QUEUED_BYTES = 1024 * 1024;

/**
 * GET /events/stream: the authenticated tenant's events as SSE. It subscribes first (buffering),
 * then replays what the client missed since `Last-Event-ID` (the header, or `?lastEventId=` when
 * the header is absent or empty), then drains the buffer skipping anything already replayed, so
 * there is no gap and no duplicate.
 * Sends a named `heartbeat` event every `heartbeatMs` and a jittered `retry:` hint; releases the
 * subscription and timers when the request aborts or the body is cancelled.
 */
export async function handleStream(
  runtime: BridgeRuntime,
  request: BridgeRequest,
  url: URL,
): Promise<EventStreamAnswer | BridgeReply> {
  const { tenantId } = await requireStreamPrincipal(runtime, request.toRequest(), url);
  // The slot is taken before anything is awaited, so concurrent opens count; the stream gives it
  // back when it ends, however it ends (and here when it fails to open).
  const release = claimStreamSlot(runtime, tenantId);
  if (!release) return tooManyStreams(runtime);
  try {
    // An empty header (a polyfill that always sends it, a proxy that keeps the name only) says
    // nothing: the query parameter decides then.
    const sent = request.headers.get('last-event-id') || url.searchParams.get('lastEventId');
    // A fresh client starts from the log's newest id, read before subscribing: anything appended
    // between that read and the subscription is replayed, so nothing falls in between.
    const requested = sent === null || sent === '' ? await newestId(runtime, tenantId) : sent;
    return await openStream(runtime, tenantId, requested, request.signal, release);
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Most live events one stream holds while it reads the log (its replay, or a gap). As many as the
 * in-memory log keeps per tenant by default: a client further behind than that must resync anyway.
 */
export const MAX_HELD_EVENTS = 1000;

/**
 * Subscribes, replays, and returns the stream, ready to start; `signal` aborting releases it. Only the
 * signal is kept for the stream's life (a web Request's signal keeps its Request alive, see
 * `fromWebRequest`), so a Node server holds no Request per open stream.
 *
 * Live events are sent in id order with no gap. Instances publish in the order their appends
 * finish, not in id order, and pub/sub drops what is published while a subscriber reconnects: an
 * event whose id does not follow the last one sent makes the stream read the missing ones from the
 * log (which has every id below a published one) before sending it, instead of skipping them.
 * `releaseSlot` gives the tenant's stream slot back when the stream ends.
 */
async function openStream(
  runtime: BridgeRuntime,
  tenantId: string,
  requested: string,
  signal: AbortSignal,
  releaseSlot: () => void,
): Promise<EventStreamAnswer | BridgeReply> {
  /** Where frames go, once the adapter started the stream. */
  let sink: EventSink | null = null;
  let closed = false;
  let cursor = '0';
  /** Events received while the log is read (the replay, or a gap being filled); null while live. */
  let held: StreamEvent[] | null = [];
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let unsubscribe: Unsubscribe | null = null;
  let untrack: (() => void) | null = null;
  /**
   * Aborts when the stream ends: it stops waiting for a gap read (and the read, if no one waits).
   * Made by the first gap read only, so a stream that never reads one holds no controller.
   */
  let ended: AbortController | null = null;
  /** Aborts the opening replay when the stream ends before it is answered (bridge.close()). */
  let opening: AbortController | null = null;

  /** Releases the stream; with a `failure` its queued frames are discarded instead of sent. */
  const cleanup = (failure?: Error): void => {
    if (closed) return;
    closed = true;
    if (heartbeat !== undefined) clearInterval(heartbeat);
    signal.removeEventListener('abort', onAbort);
    untrack?.();
    releaseSlot();
    held = null;
    ended?.abort();
    opening?.abort();
    unsubscribe?.().catch((error: unknown) =>
      runtime.logger.warn('callbridge stream unsubscribe failed', { error: loggableMessage(error) }),
    );
    try {
      if (failure) sink?.abort(failure);
      else sink?.close();
    } catch {
      // already closed or cancelled by the reader
    }
  };
  const onAbort = (): void => cleanup();

  const write = (frame: string | Uint8Array): void => {
    if (closed || !sink) return;
    let queued: number;
    try {
      queued = sink.queuedBytes();
      if (queued <= EVENT_STREAM_HIGH_WATER_MARK + MAX_QUEUED_BYTES) sink.write(frame);
    } catch (error) {
      // The sink failed (its response is gone, a wrapper threw): this stream ends here, and the
      // error goes no further, so the tenant's other streams, the heartbeat timer and a gap read
      // are never interrupted by it.
      runtime.logger.warn('callbridge stream could not write to its client; closing it', {
        tenantId,
        error: loggableMessage(error),
      });
      cleanup(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    if (queued > EVENT_STREAM_HIGH_WATER_MARK + MAX_QUEUED_BYTES) {
      runtime.logger.warn('callbridge stream client too slow; closing so it resumes from the log', {
        tenantId,
      });
      // Live (the heartbeat runs): the client stopped reading, so what is queued is dropped.
      cleanup(heartbeat === undefined ? undefined : new Error('The SSE client is too far behind.'));
    }
  };

  const send = (event: StreamEvent): void => {
    if (event.tenantId !== tenantId || compareEventIds(event.id, cursor) <= 0) return;
    cursor = event.id;
    write(eventBytes(runtime, event));
  };

  /** A live event: sent when it follows the cursor, else held while the log fills the gap. */
  const receive = (event: StreamEvent): void => {
    if (closed || event.tenantId !== tenantId) return;
    if (held) {
      held.push(event);
      // The log is slow to answer (a replay or a gap read): rather than hold events without bound,
      // end the stream; the client resumes from its last id, from the log.
      if (held.length > MAX_HELD_EVENTS) {
        runtime.logger.warn(
          'callbridge stream held too many events while reading the log; closing so it resumes',
          {
            tenantId,
          },
        );
        cleanup();
      }
      return;
    }
    // The common case, once per stream per event: the event follows the last one sent. Log ids
    // and the cursor are canonical decimals, so string equality is enough here.
    const previous = previousId(event);
    if (previous === cursor || compareEventIds(previous, cursor) === 0) {
      cursor = event.id;
      write(eventBytes(runtime, event));
      return;
    }
    if (compareEventIds(event.id, cursor) <= 0) return;
    if (skipsIds.has(runtime)) {
      send(event);
      return;
    }
    held = [event];
    void fillGap(event);
  };

  /**
   * Sends what the log holds after the cursor, then the held events. A read that fails or does
   * not reach `seen` in time (`readGap`) ends the stream: the client resumes from its last id.
   */
  const fillGap = async (seen: StreamEvent): Promise<void> => {
    let found: Start;
    try {
      ended ??= new AbortController();
      found = await readGap(runtime, tenantId, cursor, seen.id, ended.signal);
    } catch (error) {
      if (closed) return;
      runtime.logger.warn(
        'callbridge stream could not read missed events; closing so it resumes from the log',
        { tenantId, error: loggableMessage(error) },
      );
      cleanup();
      return;
    }
    // The log's first event after the cursor is `seen` itself: it has nothing in between, so its
    // ids are not consecutive and a gap says nothing; the bridge stops reading for it. (An answer
    // with nothing after the cursor is a replica behind: `readGap` asks again, it never gets here.)
    if (found.first === seen.id) skipsIds.add(runtime);
    if (closed) return;
    for (const frame of found.frames) write(frame);
    cursor = found.cursor;
    const events = held ?? [];
    held = null;
    // The answer reaches `seen` (its frames hold it, or a resync past it): the rest follow it.
    for (const event of events.slice(1)) receive(event);
  };

  unsubscribe = await guardStore('The broadcaster', () =>
    joinTenantEvents(runtime.broadcaster, tenantId, receive),
  );
  // From here on the client leaving or bridge.close() (at once on a bridge already closed) ends
  // the stream, its opening replay too: no subscription or timer of it outlives either.
  untrack = trackStream(runtime, cleanup);
  if (signal.aborted) cleanup();
  else if (!closed) signal.addEventListener('abort', onAbort, { once: true });
  let start: Start | null = null;
  if (!closed) {
    opening = new AbortController();
    try {
      start = await openingReplay(runtime, tenantId, requested, opening.signal);
    } catch (error) {
      // Ended meanwhile (the client left, bridge.close(), too many events held): answered below.
      if (!closed) {
        cleanup();
        throw error;
      }
    } finally {
      opening = null;
    }
  }
  // The client left: nobody reads the answer.
  if (signal.aborted) {
    cleanup();
    return { status: 204, headers: {}, body: null };
  }

  /** Starts the stream into `started`: the retry hint, the replay, the held events, the heartbeat. */
  const begin = (started: EventSink): void => {
    sink = started;
    // Ended while replaying (too many events held) or before the adapter started it: an empty
    // body, the client resumes.
    if (closed) {
      try {
        started.close();
      } catch {
        // nothing more to end
      }
      return;
    }
    write(serializeSse({ retry: retryWithJitter(runtime.stream.retryMs) }));
    for (const frame of start?.frames ?? []) write(frame);
    cursor = start?.cursor ?? cursor;
    start = null;
    // Received during the replay, possibly before their predecessors were appended: checked
    // for gaps like any live event.
    const buffered = byId(held ?? []);
    held = null;
    for (const event of buffered) receive(event);
    // A replay past the queue limit closed it: no heartbeat to leak.
    if (closed) return;
    heartbeat = setInterval(() => {
      write(
        serializeSse({
          event: 'heartbeat',
          id: cursor,
          data: JSON.stringify({ time: new Date(runtime.now()).toISOString() }),
        }),
      );
    }, runtime.stream.heartbeatMs);
  };
  return new EventStreamAnswer(SSE_HEADERS, begin, () => cleanup());
}

/** Events sorted by id (a copy). */
function byId(events: StreamEvent[]): StreamEvent[] {
  return [...events].sort((x, y) => compareEventIds(x.id, y.id));
}
