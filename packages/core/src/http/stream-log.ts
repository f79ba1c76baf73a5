// What an SSE stream reads from the event log when it opens: the replay of what a client missed
// (bounded, and patient with a read replica behind), and the frames it and the gap reads
// (stream-gap-read.ts) send.
import { CallbridgeError } from '../errors.js';
import type { StreamEvent } from '../ports/events.js';
import type { BridgeRuntime } from '../runtime.js';
import { guardStore } from './calls.js';
import { compareEventIds, isEventId } from './event-ids.js';
import { servedContext, withoutInternalKeys } from './public-interaction.js';
import { serializeSse } from './sse.js';
import { REREAD_FIRST_MS, sleep, untilAborted } from './stream-waits.js';

/** Events read from the log per page while replaying. */
const REPLAY_PAGE = 500;

const encoder = new TextEncoder();

/** What a replay or a gap read found in the log. */
export interface Start {
  /** Frames to send before going live. */
  frames: string[];
  /** Id of the last event the client has (after the frames): live events must be newer. */
  cursor: string;
  /** Id of the first event of the frames (null for none, or a resync). */
  first: string | null;
  /** Why the frames are a `resync` event instead of the missed events, when they are. */
  resync?: 'invalid_id' | 'unknown_id' | 'truncated';
}

function resync(cursor: string, reason: NonNullable<Start['resync']>): Start {
  return {
    frames: [
      serializeSse({ event: 'resync', id: cursor, data: JSON.stringify({ reason, lastEventId: cursor }) }),
    ],
    cursor,
    first: null,
    resync: reason,
  };
}

/** The tenant's newest event id ('0' for none); an event log failure is a 503. */
export async function newestId(runtime: BridgeRuntime, tenantId: string): Promise<string> {
  return (await guardStore('The event log', () => runtime.eventLog.lastId(tenantId))) ?? '0';
}

/** Works out what a (re)connecting client missed: replayed events, or a `resync` event. */
export async function replay(runtime: BridgeRuntime, tenantId: string, requested: string): Promise<Start> {
  const newest = await newestId(runtime, tenantId);
  if (!isEventId(requested)) return resync(newest, 'invalid_id');
  if (compareEventIds(requested, newest) > 0) return resync(newest, 'unknown_id');
  const frames: string[] = [];
  let first: string | null = null;
  let cursor = requested;
  for (;;) {
    const from = cursor;
    const page = await guardStore('The event log', () =>
      runtime.eventLog.readAfter(tenantId, from, REPLAY_PAGE),
    );
    if (page.truncated) return resync(await newestId(runtime, tenantId), 'truncated');
    for (const event of page.events) {
      if (event.tenantId !== tenantId || compareEventIds(event.id, cursor) <= 0) continue;
      frames.push(eventFrame(runtime, event));
      first ??= event.id;
      cursor = event.id;
    }
    // The log has every id up to `newest`: a page short of it (a log that caps its pages below
    // REPLAY_PAGE, as "at most `limit`" allows) is read on from, an empty one ends the replay.
    if (page.events.length === 0 || compareEventIds(cursor, newest) >= 0) break;
    // A page with nothing of this tenant after `from` (a log that leaks another tenant's rows or
    // ignores `afterId`) would be read again forever: the replay ends with what it has.
    if (cursor === from) {
      runtime.logger.warn(
        'callbridge event log answered a page with no event of the tenant after the id asked for; replay stopped there',
        { tenantId, afterId: from },
      );
      break;
    }
  }
  return { frames, cursor, first };
}

/** One event as an SSE frame; its data is the record as the calls API serves it (`publicInteraction`). */
function eventFrame(runtime: BridgeRuntime, event: StreamEvent): string {
  const data = JSON.stringify(withoutInternalKeys(event.data, servedContext(runtime)));
  return serializeSse({ event: event.type, id: event.id, data });
}

/** The last frame encoded per bridge: a fan-out to N streams serializes each event once, not N times. */
const lastFrame = new WeakMap<BridgeRuntime, { key: string; bytes: Uint8Array }>();

export function eventBytes(runtime: BridgeRuntime, event: StreamEvent): Uint8Array {
  // (tenant, id) names one event of the bridge's log, so the same key means the same frame.
  const key = `${event.tenantId}\u0000${event.id}`;
  const cached = lastFrame.get(runtime);
  if (cached?.key === key) return cached.bytes;
  const bytes = encoder.encode(eventFrame(runtime, event));
  lastFrame.set(runtime, { key, bytes });
  return bytes;
}

/**
 * The replay a stream opens with ({@link replay}), bounded: past `stream.heartbeatMs` it rejects
 * with `store_unavailable` (503, the client retries), and it rejects at once when `signal` aborts
 * (the client left, or the stream ended), so a hung event log never holds the stream's
 * subscription. A client id above the log's newest is asked again for a replica behind (see
 * {@link REPLICA_CATCH_UP_MS}); when the deadline comes first, the `resync` the log answered is
 * the answer (a 503 would be answered again on every retry). No timer or listener outlives it.
 */
export function openingReplay(
  runtime: BridgeRuntime,
  tenantId: string,
  requested: string,
  signal: AbortSignal,
): Promise<Start> {
  const bounded = new AbortController();
  const ms = runtime.stream.heartbeatMs;
  const timer = setTimeout(() => {
    bounded.abort(
      new CallbridgeError(
        'store_unavailable',
        `The event log did not answer the stream's replay within ${ms} ms (stream.heartbeatMs).`,
        { hint: 'Retry after the delay in Retry-After; check the event log store if it persists.' },
      ),
    );
  }, ms);
  const onAbort = (): void => bounded.abort(signal.reason);
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  /** The log's `unknown_id` resync while it is asked again: the answer if the deadline comes first. */
  let unknown: Start | null = null;
  const waiting = (found: Start): void => {
    unknown = found;
  };
  return untilAborted(
    replayAfterReplica(runtime, tenantId, requested, bounded.signal, waiting),
    bounded.signal,
  )
    .catch((error: unknown) => {
      // Only the deadline falls back to it: a log that fails meanwhile is a 503, as at first.
      if (unknown && bounded.signal.aborted && !signal.aborted) return unknown;
      throw error;
    })
    .finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    });
}

/**
 * How long a reconnecting client's id above the log's newest is taken for a read replica behind
 * (asked again after pauses of 50, 100, 200 and 400 ms) before it gets `resync` (`unknown_id`),
 * as it does from a log that was reset.
 */
const REPLICA_CATCH_UP_MS = 750;

/**
 * {@link replay}, asked again while the requested id is above the log's newest, up to
 * {@link REPLICA_CATCH_UP_MS}; `waiting` hears each `unknown_id` answer before the pause.
 */
async function replayAfterReplica(
  runtime: BridgeRuntime,
  tenantId: string,
  requested: string,
  signal: AbortSignal,
  waiting: (found: Start) => void,
): Promise<Start> {
  let waited = 0;
  for (let pause = REREAD_FIRST_MS; ; pause *= 2) {
    const found = await replay(runtime, tenantId, requested);
    if (found.resync !== 'unknown_id' || waited + pause > REPLICA_CATCH_UP_MS) return found;
    waiting(found);
    await sleep(pause, signal);
    waited += pause;
  }
}

/**
 * Bridges whose event log skips ids: a gap read found nothing between the last event sent and the
 * event that showed the gap. A custom EventLog may issue ids that are increasing but not
 * consecutive; its streams then send every newer event as it comes instead of reading the log for
 * each one.
 */
export const skipsIds = new WeakSet<BridgeRuntime>();

/** The id before an event's id, computed once per event however many streams receive it. */
let lastPrevious: { event: StreamEvent; id: string } | null = null;

export function previousId(event: StreamEvent): string {
  if (lastPrevious?.event === event) return lastPrevious.id;
  const id = (BigInt(event.id) - 1n).toString();
  lastPrevious = { event, id };
  return id;
}
