import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StreamEvent } from '../ports/events.js';
import { createConformanceFixture } from './testing/fixture.js';

/** The fixture's heartbeat period: intervals of this delay are the streams' heartbeats. */
const HEARTBEAT_MS = 100;

afterEach(() => {
  vi.restoreAllMocks();
});

/** Counts the heartbeat intervals started and cleared from now on. */
function watchHeartbeats() {
  const started: unknown[] = [];
  const cleared: unknown[] = [];
  const setIntervalReal = globalThis.setInterval;
  const clearIntervalReal = globalThis.clearInterval;
  vi.spyOn(globalThis, 'setInterval').mockImplementation(((run: () => void, ms?: number) => {
    const id = setIntervalReal(run, ms);
    if (ms === HEARTBEAT_MS) started.push(id);
    return id;
  }) as typeof setInterval);
  vi.spyOn(globalThis, 'clearInterval').mockImplementation(((id: Parameters<typeof clearInterval>[0]) => {
    if (started.includes(id)) cleared.push(id);
    clearIntervalReal(id);
  }) as typeof clearInterval);
  return { running: () => started.length - cleared.length, started: () => started.length };
}

async function openStream(fixture: ReturnType<typeof createConformanceFixture>, lastEventId?: string) {
  const headers: Record<string, string> = { authorization: fixture.auth('tenant-a') };
  if (lastEventId !== undefined) headers['last-event-id'] = lastEventId;
  const response = await fixture.bridge.handle(
    new Request(`http://x${fixture.basePath}/events/stream`, { headers }),
  );
  expect(response.status).toBe(200);
  return response.body?.getReader() as ReadableStreamDefaultReader<Uint8Array>;
}

/** Reads until the body ends; false when it is still going after `chunks` chunks (heartbeats). */
async function endsWithin(reader: ReadableStreamDefaultReader<Uint8Array>, chunks: number) {
  for (let i = 0; i < chunks; i++) if ((await reader.read()).done) return true;
  return false;
}

/** An event of tenant-a with about `size` bytes of data. */
function bigEvent(id: number, size: number): StreamEvent {
  return {
    id: String(id),
    tenantId: 'tenant-a',
    type: 'call_event_updated',
    data: { padding: 'x'.repeat(size) },
  } as unknown as StreamEvent;
}

describe('bridge.close() and open streams', () => {
  it('ends every open stream: heartbeats cleared, subscriptions released, bodies ended', async () => {
    const heartbeats = watchHeartbeats();
    const fixture = createConformanceFixture();
    const readers = [await openStream(fixture), await openStream(fixture)];
    for (const reader of readers) await reader.read();
    expect(heartbeats.running()).toBe(2);
    expect(fixture.broadcaster.active).toBe(1);
    await fixture.bridge.close();
    for (const reader of readers) expect(await endsWithin(reader, 5)).toBe(true);
    expect(heartbeats.running()).toBe(0);
    expect(fixture.broadcaster.active).toBe(0);
  });

  it('ends a stream opened after close at once', async () => {
    const heartbeats = watchHeartbeats();
    const fixture = createConformanceFixture();
    await fixture.bridge.close();
    const reader = await openStream(fixture);
    expect(await endsWithin(reader, 5)).toBe(true);
    expect(heartbeats.running()).toBe(0);
    expect(fixture.broadcaster.active).toBe(0);
  });
});

describe('a client too far behind', () => {
  it('is dropped with its queued frames once live, instead of keeping them until it reads', async () => {
    const fixture = createConformanceFixture();
    const reader = await openStream(fixture);
    // The client reads nothing while 1.5 MiB of events are published.
    for (let id = 1; id <= 15; id++) await fixture.bridge.runtime.broadcaster.publish(bigEvent(id, 100_000));
    expect(fixture.broadcaster.active).toBe(0);
    await expect(reader.read()).rejects.toThrow(/too far behind/);
    await fixture.bridge.close();
  });

  it('keeps a client that reads when two large events (a long transcript, twice) arrive back to back', async () => {
    const fixture = createConformanceFixture();
    const reader = await openStream(fixture);
    // call_event_updated and call_ai_completed of one record with a long transcript: each frame
    // is under the limit, both together are over it before the client had a chance to read.
    await fixture.bridge.runtime.broadcaster.publish(bigEvent(1, 700_000));
    await fixture.bridge.runtime.broadcaster.publish(bigEvent(2, 700_000));
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes('id: 2\n')) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toContain('id: 1\n');
    expect(text).toContain('id: 2\n');
    expect(fixture.broadcaster.active).toBe(1);
    await reader.cancel();
    await fixture.bridge.close();
  });

  it('still gets a replay past the limit up to the limit, then the stream closes so it resumes', async () => {
    const heartbeats = watchHeartbeats();
    const fixture = createConformanceFixture();
    const { eventLog, broadcaster } = fixture.bridge.runtime;
    for (let n = 0; n < 15; n++) {
      const event = await eventLog.append('tenant-a', 'call_event_updated', {
        padding: 'x'.repeat(100_000),
      } as never);
      await broadcaster.publish(event);
    }
    const reader = await openStream(fixture, '0');
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
    }
    expect(bytes).toBeGreaterThan(1024 * 1024);
    expect(bytes).toBeLessThan(15 * 100_000);
    expect(fixture.broadcaster.active).toBe(0);
    // The closed stream keeps no heartbeat (which would keep the process alive).
    expect(heartbeats.running()).toBe(0);
    await fixture.bridge.close();
  });
});
