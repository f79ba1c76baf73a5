// Bridges and event logs shared by the stream gap tests (stream-gaps, stream-gap-deadline and
// stream-gap-replica): a log whose reads can fail, hang, wait on a gate or lag like a replica.
import { vi } from 'vitest';
import { createCallBridge } from '../bridge.js';
import type { CallBridgeConfig } from '../config.js';
import { MemoryContactDirectory } from '../memory/contact-directory.js';
import { MemoryEventLog } from '../memory/event-log.js';
import { staticTenants } from '../memory/tenants.js';
import type { EventLog } from '../ports/events.js';
import { CountingBroadcaster } from './testing/fixture.js';
import { SseReader } from './testing/sse-reader.js';

/**
 * A bridge of tenant t1 on `eventLog`; `append(n)` logs an event `{ n }`, `open()` opens its stream
 * (from the newest id, or after `lastEventId`).
 */
export function bridgeOn(eventLog: EventLog, stream?: CallBridgeConfig['stream']) {
  /** Counts the live broadcaster subscriptions (`active`). */
  const broadcaster = new CountingBroadcaster();
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 't1', key: 'k1' }]),
    authenticate: () => ({ tenantId: 't1', userId: 'u1' }),
    contacts: new MemoryContactDirectory([]),
    stores: { eventLog, broadcaster },
    background: false,
    ...(stream ? { stream } : {}),
  });
  const append = (n: number) => bridge.runtime.eventLog.append('t1', 'call_event_updated', { n });
  const open = async (lastEventId?: string) => {
    const headers: Record<string, string> = lastEventId === undefined ? {} : { 'last-event-id': lastEventId };
    return new SseReader(await bridge.handle(new Request('http://x/api/v1/events/stream', { headers })));
  };
  return { bridge, append, open, broadcaster };
}

/**
 * A bridge whose log counts `readAfter` calls and can be made to fail, hang, wait on `gate`, or
 * answer like a read replica that stopped at id `replicaAt` (its `lastId` and `readAfter` know no
 * newer event), so a test can append events and publish them in any order (as several instances
 * do), or not at all (as pub/sub does while a subscriber reconnects).
 */
export function setup(stream?: CallBridgeConfig['stream']) {
  const inner = new MemoryEventLog();
  const log = {
    reads: 0,
    failing: false,
    hanging: false,
    gate: null as Promise<void> | null,
    replicaAt: null as number | null,
  };
  const behind = (id: string) => log.replicaAt !== null && Number(id) > log.replicaAt;
  const eventLog: EventLog = {
    append: (tenantId, type, data) => inner.append(tenantId, type, data),
    async lastId(tenantId) {
      const id = await inner.lastId(tenantId);
      if (id === null || !behind(id)) return id;
      return log.replicaAt === 0 ? null : String(log.replicaAt);
    },
    async readAfter(tenantId, afterId, limit) {
      log.reads += 1;
      if (log.failing) throw new Error('event log down');
      if (log.hanging) return new Promise(() => undefined);
      if (log.gate) await log.gate;
      // A replica behind `afterId` has not issued it: it answers as a log that restarted.
      if (behind(afterId)) return { events: [], truncated: true };
      const page = await inner.readAfter(tenantId, afterId, limit);
      return { ...page, events: page.events.filter((event) => !behind(event.id)) };
    },
  };
  return { ...bridgeOn(eventLog, stream), log };
}

/** The `n` of each event's data. */
export const ns = (events: { data: string }[]) => events.map((e) => JSON.parse(e.data).n as number);

/**
 * Watches the timers the stream's log reads start (in stream-log.ts, stream-gap-read.ts and
 * stream-waits.ts: opening and gap read deadlines, pauses between reads): `pending()` counts those
 * that neither ran nor were cleared, `started()` all of them. Undo with `vi.restoreAllMocks()`.
 */
export function watchGapTimers() {
  const pending = new Set<unknown>();
  let started = 0;
  const setTimeoutReal = globalThis.setTimeout;
  const clearTimeoutReal = globalThis.clearTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((run: () => void, ms?: number) => {
    const fromLog = /stream-(log|gap-read|waits)/.test(new Error().stack ?? '');
    const id = setTimeoutReal(() => {
      pending.delete(id);
      run();
    }, ms);
    if (fromLog) {
      started += 1;
      pending.add(id);
    }
    return id;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation(((id: Parameters<typeof clearTimeout>[0]) => {
    pending.delete(id);
    clearTimeoutReal(id);
  }) as typeof clearTimeout);
  return { pending: () => pending.size, started: () => started };
}

/** Resolves once `check()` holds (polled every 5 ms), or throws after `ms`. */
export async function until(check: () => boolean, ms = 2000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('The condition did not hold in time.');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
