// A replay reads the log page by page after the last id it sent, up to the log's newest id: a page
// shorter than asked for (a log with its own page limit) is not the end, and a page that moves it no
// further (a log that leaks another tenant's rows, or ignores `afterId`) must end the read, not repeat it.
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryEventLog } from '../memory/event-log.js';
import type { EventLog, StreamEvent } from '../ports/events.js';
import { bridgeOn } from './stream-gaps.test-util.js';
import { SseReader } from './testing/sse-reader.js';

const PAGE = 500;

/** A log of tenant t1 with `own` events whose reads answer `page(afterId)` instead (a macrotask later). */
function brokenLog(page: (inner: MemoryEventLog, afterId: string) => Promise<StreamEvent[]>) {
  const inner = new MemoryEventLog({ maxEventsPerTenant: 5000 });
  const state = { reads: 0, stopped: false };
  const eventLog: EventLog = {
    append: (tenantId, type, data) => inner.append(tenantId, type, data),
    lastId: (tenantId) => inner.lastId(tenantId),
    async readAfter(_tenantId, afterId) {
      state.reads += 1;
      // A macrotask per read, so a read that repeats forever leaves the test's timers running.
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (state.stopped) return { events: [], truncated: false };
      return { events: await page(inner, afterId), truncated: false };
    },
  };
  return { eventLog, state };
}

const foreign = (n: number): StreamEvent => ({
  id: String(n),
  tenantId: 'other',
  type: 'call_event_created',
  data: { n, secret: 'other-tenant' },
  createdAt: new Date(0).toISOString(),
});

const cases = {
  "a log that answers a full page of another tenant's events": async () =>
    Array.from({ length: PAGE }, (_, i) => foreign(i + 1)),
  'a log that ignores afterId and answers its oldest events again': async (inner: MemoryEventLog) =>
    (await inner.readAfter('t1', '0', PAGE)).events,
};

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('a replay over a log whose page does not move past the last id', () => {
  for (const [name, page] of Object.entries(cases)) {
    it(`ends its read and opens the stream: ${name}`, async () => {
      const { eventLog, state } = brokenLog(page);
      stops.push(() => {
        state.stopped = true;
      });
      const { bridge, append } = bridgeOn(eventLog, { heartbeatMs: 400 });
      for (let n = 1; n <= PAGE + 2; n++) await append(n);
      const response = await bridge.handle(
        new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '0' } }),
      );
      // Repeating the read until the replay deadline answered 503, and the read went on after it.
      expect(response.status).toBe(200);
      const before = state.reads;
      expect(before).toBeLessThanOrEqual(3);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(state.reads).toBe(before);
      const reader = new SseReader(response);
      const sent = await reader.take(name.includes('ignores') ? PAGE : 0);
      expect(sent.map((event) => Number(event.id))).toEqual(
        Array.from({ length: sent.length }, (_, i) => i + 1),
      );
      expect(reader.raw).not.toContain('other-tenant');
      await reader.cancel();
      await bridge.close();
    });
  }
});

describe('a replay over a log whose pages are shorter than asked for', () => {
  it('reads on to the newest id, so the client gets every missed event at once', async () => {
    // `readAfter` returns "at most `limit`" events: a log may cap its pages (a store's own limit).
    const inner = new MemoryEventLog({ maxEventsPerTenant: 5000 });
    const eventLog: EventLog = {
      append: (tenantId, type, data) => inner.append(tenantId, type, data),
      lastId: (tenantId) => inner.lastId(tenantId),
      readAfter: (tenantId, afterId, limit) =>
        inner.readAfter(tenantId, afterId, Math.min(limit ?? 1000, 100)),
    };
    const { bridge, append } = bridgeOn(eventLog, { heartbeatMs: 5000 });
    for (let n = 1; n <= 250; n++) await append(n);
    const response = await bridge.handle(
      new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '0' } }),
    );
    const reader = new SseReader(response);
    const sent = await reader.take(250, { timeoutMs: 1000 });
    expect(sent.map((event) => Number(event.id))).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    await reader.cancel();
    await bridge.close();
  });
});
