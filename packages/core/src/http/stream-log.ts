// What an SSE stream reads from the event log: the replay of what a client missed, the gap reads of
// live streams, and the frames both send.
import type { StreamEvent } from '../ports/events.js';
import type { BridgeRuntime } from '../runtime.js';
import { guardStore } from './calls.js';
import { compareEventIds, isEventId } from './event-ids.js';
import { withoutInternalKeys } from './public-interaction.js';
import { serializeSse } from './sse.js';

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
}

function resync(cursor: string, reason: string): Start {
  return {
    frames: [
      serializeSse({ event: 'resync', id: cursor, data: JSON.stringify({ reason, lastEventId: cursor }) }),
    ],
    cursor,
    first: null,
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
      frames.push(eventFrame(event));
      first ??= event.id;
      cursor = event.id;
    }
    if (page.events.length < REPLAY_PAGE) break;
  }
  return { frames, cursor, first };
}

/** One event as an SSE frame; its data is the record as the calls API serves it (`publicInteraction`). */
function eventFrame(event: StreamEvent): string {
  const data = JSON.stringify(withoutInternalKeys(event.data));
  return serializeSse({ event: event.type, id: event.id, data });
}

/** The last frame encoded per bridge: a fan-out to N streams serializes each event once, not N times. */
const lastFrame = new WeakMap<BridgeRuntime, { key: string; bytes: Uint8Array }>();

export function eventBytes(runtime: BridgeRuntime, event: StreamEvent): Uint8Array {
  // (tenant, id) names one event of the bridge's log, so the same key means the same frame.
  const key = `${event.tenantId}\u0000${event.id}`;
  const cached = lastFrame.get(runtime);
  if (cached?.key === key) return cached.bytes;
  const bytes = encoder.encode(eventFrame(event));
  lastFrame.set(runtime, { key, bytes });
  return bytes;
}

/** The gap reads of a bridge in flight: the streams that see one gap read the log once. */
const gapReads = new WeakMap<BridgeRuntime, Map<string, Promise<Start>>>();

/**
 * What the log holds after `cursor`, read once for every stream of the tenant at that cursor that
 * received the same event (`seen`): a read shared with a stream that received a later event
 * could have started before that event was appended.
 */
export function readGap(
  runtime: BridgeRuntime,
  tenantId: string,
  cursor: string,
  seen: string,
): Promise<Start> {
  let reads = gapReads.get(runtime);
  if (!reads) {
    reads = new Map();
    gapReads.set(runtime, reads);
  }
  const key = `${tenantId}\u0000${cursor}\u0000${seen}`;
  let read = reads.get(key);
  if (!read) {
    const map = reads;
    read = replay(runtime, tenantId, cursor).finally(() => map.delete(key));
    reads.set(key, read);
  }
  return read;
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
