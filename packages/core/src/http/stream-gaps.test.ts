import { describe, expect, it } from 'vitest';
import { MemoryEventLog } from '../memory/event-log.js';
import type { EventLog, StreamEvent } from '../ports/events.js';
import { MAX_HELD_EVENTS } from './stream.js';
import { bridgeOn, ns, setup } from './stream-gaps.test-util.js';
import { SseReader } from './testing/sse-reader.js';

/**
 * An open stream after event 1 was appended but never published (a gap); the log is `failing` or
 * `hanging` from then on.
 */
async function afterGap(state: 'failing' | 'hanging') {
  const { log, ...rest } = setup();
  const reader = await rest.open();
  await rest.append(1);
  log[state] = true;
  return { ...rest, reader };
}

describe('live stream gaps', () => {
  it('sends events published out of id order (two instances) in order, each once', async () => {
    const { bridge, append, open } = setup();
    const reader = await open();
    const first = await append(1);
    const second = await append(2);
    // The instance that appended 2 publishes first.
    await bridge.runtime.broadcaster.publish(second);
    await bridge.runtime.broadcaster.publish(first);
    const third = await append(3);
    await bridge.runtime.broadcaster.publish(third);
    const events = await reader.take(3);
    expect(events.map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(ns(events)).toEqual([1, 2, 3]);
    await expect(reader.next(100)).rejects.toThrow(/No SSE event/);
    await reader.cancel();
    await bridge.close();
  });

  it('reads from the log an event the broadcaster never delivered, before the next one', async () => {
    const { bridge, append, open } = setup();
    const reader = await open();
    await bridge.runtime.broadcaster.publish(await append(1));
    await append(2); // appended, lost by pub/sub
    await bridge.runtime.broadcaster.publish(await append(3));
    expect((await reader.take(3)).map((e) => e.id)).toEqual(['1', '2', '3']);
    await reader.cancel();
    await bridge.close();
  });

  it('reads one gap once for every stream of the tenant at the same point', async () => {
    const { bridge, append, open, log } = setup();
    const readers = await Promise.all([open(), open(), open()]);
    const readsBefore = log.reads;
    await append(1);
    await bridge.runtime.broadcaster.publish(await append(2));
    for (const reader of readers) expect((await reader.take(2)).map((e) => e.id)).toEqual(['1', '2']);
    expect(log.reads - readsBefore).toBe(1);
    for (const reader of readers) await reader.cancel();
    await bridge.close();
  });

  it('ends the stream, rather than skip, when the log cannot fill a gap', async () => {
    const { bridge, append, reader } = await afterGap('failing');
    await bridge.runtime.broadcaster.publish(await append(2));
    await expect(reader.next(1000)).rejects.toThrow('The SSE stream ended.');
    expect(reader.raw).not.toContain('id: 2');
    await bridge.close();
  });

  it('ends the stream, rather than hold events without bound, while a gap read hangs', async () => {
    const { bridge, append, reader } = await afterGap('hanging');
    // A gap (1 never published) starts a log read that never answers; live events keep coming.
    for (let n = 2; n <= MAX_HELD_EVENTS + 2; n++) await bridge.runtime.broadcaster.publish(await append(n));
    await expect(reader.next(1000)).rejects.toThrow('The SSE stream ended.');
    await bridge.close();
  });

  it('ends the stream, rather than hang open, when too many events arrive during its replay', async () => {
    const { bridge, append, log } = setup();
    let release = (): void => undefined;
    log.gate = new Promise((resolve) => {
      release = resolve;
    });
    const response = bridge.handle(
      new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '0' } }),
    );
    // The replay waits on the log while live events keep coming.
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (let n = 1; n <= MAX_HELD_EVENTS + 1; n++) await bridge.runtime.broadcaster.publish(await append(n));
    release();
    const reader = new SseReader(await response);
    await expect(reader.next(1000)).rejects.toThrow('The SSE stream ended.');
    await bridge.close();
  });

  it('reads the log once, not for every event, when a custom log issues ids that skip numbers', async () => {
    // Ids 2, 4, 6...: increasing, as the EventLog port asks, but not consecutive.
    const inner = new MemoryEventLog();
    let reads = 0;
    const double = (event: StreamEvent): StreamEvent => ({ ...event, id: String(Number(event.id) * 2) });
    const eventLog: EventLog = {
      append: async (tenantId, type, data) => double(await inner.append(tenantId, type, data)),
      lastId: async (tenantId) => {
        const id = await inner.lastId(tenantId);
        return id === null ? null : String(Number(id) * 2);
      },
      async readAfter(tenantId, afterId, limit) {
        reads += 1;
        const page = await inner.readAfter(tenantId, String(Math.floor(Number(afterId) / 2)), limit);
        return { ...page, events: page.events.map(double) };
      },
    };
    const { bridge, append, open } = bridgeOn(eventLog);
    const reader = await open();
    const readsBefore = reads;
    for (let n = 1; n <= 20; n++) await bridge.runtime.broadcaster.publish(await append(n));
    const events = await reader.take(20);
    expect(events.map((e) => e.id)).toEqual(Array.from({ length: 20 }, (_, i) => String((i + 1) * 2)));
    expect(reads - readsBefore).toBe(1);
    await reader.cancel();
    await bridge.close();
  });
});
