import { afterEach, describe, expect, it, vi } from 'vitest';
import { ns, setup, watchGapTimers } from './stream-gaps.test-util.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * An open stream that sent events 1 and 2; then the log's reads come from a replica stopped at
 * `replicaAt`, and `unpublished` more events are appended (lost by pub/sub) before one is
 * published: a gap the replica cannot fill yet.
 */
async function afterLaggingGap(replicaAt: number, unpublished: number, stream?: { heartbeatMs: number }) {
  const { bridge, append, open, log } = setup(stream);
  const reader = await open();
  for (const n of [1, 2]) await bridge.runtime.broadcaster.publish(await append(n));
  expect((await reader.take(2)).map((e) => e.id)).toEqual(['1', '2']);
  log.replicaAt = replicaAt;
  let last = 2;
  for (let i = 0; i < unpublished; i++) await append(++last);
  await bridge.runtime.broadcaster.publish(await append(++last));
  return { bridge, append, reader, log, last };
}

describe('a gap read answered by a replica behind the stream', () => {
  it.each([
    ['behind the last id sent', 1, 1],
    ['at the last id sent', 2, 1],
    ['between the last id sent and the published event', 3, 2],
  ])(
    '(%s) neither resyncs nor goes back: the stream waits for the log to catch up',
    async (_, replicaAt, unpublished) => {
      const { bridge, append, reader, log, last } = await afterLaggingGap(replicaAt, unpublished);
      // Held while the replica lags: a live event after the one that showed the gap.
      await bridge.runtime.broadcaster.publish(await append(last + 1));
      await new Promise((resolve) => setTimeout(resolve, 150));
      log.replicaAt = null;
      const expected = Array.from({ length: last - 1 }, (_, i) => i + 3);
      const events = await reader.take(expected.length);
      expect(events.map((e) => e.event)).not.toContain('resync');
      expect(ns(events)).toEqual(expected);
      expect(events.map((e) => e.id)).toEqual(expected.map(String));
      // Gaps are still read afterwards (the lagging answer did not pass for a log that skips ids):
      // two events published in reverse order go out in order.
      const first = await append(last + 2);
      const second = await append(last + 3);
      await bridge.runtime.broadcaster.publish(second);
      await bridge.runtime.broadcaster.publish(first);
      expect(ns(await reader.take(2))).toEqual([last + 2, last + 3]);
      await expect(reader.next(100)).rejects.toThrow(/No SSE event/);
      expect(reader.raw).not.toContain('event: resync');
      await reader.cancel();
      await bridge.close();
    },
  );

  it('ends the stream, without a resync, when the replica has not caught up by the deadline', async () => {
    const timers = watchGapTimers();
    const { bridge, reader } = await afterLaggingGap(1, 1, { heartbeatMs: 300 });
    await expect(reader.take(1, { timeoutMs: 3000 })).rejects.toThrow('The SSE stream ended.');
    expect(reader.raw).not.toContain('event: resync');
    // After events 1 and 2, only heartbeats, at id 2: the client's position never went back.
    const ids = [...reader.raw.matchAll(/^id: (\d+)$/gm)].map((match) => match[1]);
    expect(ids.slice(0, 2)).toEqual(['1', '2']);
    expect(new Set(ids.slice(2))).toEqual(new Set(ids.length > 2 ? ['2'] : []));
    // It asked again meanwhile, and left no pause or deadline timer behind.
    expect(timers.started()).toBeGreaterThan(2);
    expect(timers.pending()).toBe(0);
    await bridge.close();
  });
});

describe('a client reconnecting with an id above the log it reads', () => {
  it('from a replica behind: waits for it to catch up and resumes without a resync', async () => {
    const { bridge, append, open, log } = setup();
    for (const n of [1, 2, 3]) await append(n);
    log.replicaAt = 1; // the client got 3 from the primary; this replica has only 1 yet
    setTimeout(() => {
      log.replicaAt = null;
    }, 200);
    const reader = await open('3');
    await bridge.runtime.broadcaster.publish(await append(4));
    expect((await reader.take(1)).map((e) => e.id)).toEqual(['4']);
    expect(reader.raw).not.toContain('event: resync');
    await reader.cancel();
    await bridge.close();
  });

  it.each([
    ['after a short wait', undefined, 2000],
    // A 503 would be answered again on every retry: the client would never get past it.
    ['by the deadline, not a 503, when stream.heartbeatMs is below the wait', { heartbeatMs: 100 }, 750],
  ])('from a log that was reset: resyncs to its newest id %s', async (_, stream, withinMs) => {
    const timers = watchGapTimers();
    const { bridge, append, open, broadcaster } = setup(stream);
    for (const n of [1, 2, 3]) await append(n);
    const started = Date.now();
    const reader = await open('99');
    const [first] = await reader.take(1);
    expect(first?.event).toBe('resync');
    expect(first?.id).toBe('3');
    expect(JSON.parse(first?.data ?? '{}')).toMatchObject({ reason: 'unknown_id' });
    expect(Date.now() - started).toBeLessThan(withinMs);
    expect(timers.pending()).toBe(0);
    await reader.cancel();
    expect(broadcaster.active).toBe(0);
    await bridge.close();
  });

  it('from a log that fails while it is asked again: answers 503, not the resync of its first answer', async () => {
    const timers = watchGapTimers();
    const { bridge, append, broadcaster } = setup({ heartbeatMs: 60_000 });
    for (const n of [1, 2, 3]) await append(n);
    const eventLog = bridge.runtime.eventLog;
    const lastId = eventLog.lastId.bind(eventLog);
    let asks = 0;
    vi.spyOn(eventLog, 'lastId').mockImplementation(async (tenantId) => {
      asks += 1;
      if (asks > 1) throw new Error('event log down');
      return lastId(tenantId);
    });
    const response = await bridge.handle(
      new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '99' } }),
    );
    expect(asks).toBe(2);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ code: 'store_unavailable' });
    expect(timers.pending()).toBe(0);
    expect(broadcaster.active).toBe(0);
    await bridge.close();
  });
});
