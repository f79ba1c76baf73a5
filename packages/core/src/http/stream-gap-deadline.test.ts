import { afterEach, describe, expect, it, vi } from 'vitest';
import { readGap } from './stream-gap-read.js';
import { setup, until, watchGapTimers } from './stream-gaps.test-util.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A signal that never aborts: a waiter that stays. */
const staying = () => new AbortController().signal;

describe('a gap read that does not answer', () => {
  it('ends the stream after stream.heartbeatMs, without waiting for 1000 held events', async () => {
    const { bridge, append, open, log } = setup({ heartbeatMs: 200 });
    const reader = await open();
    await append(1); // appended, lost by pub/sub
    log.hanging = true;
    await bridge.runtime.broadcaster.publish(await append(2));
    const started = Date.now();
    // Heartbeats come meanwhile; the stream then ends so the client resumes from its last id.
    await expect(reader.take(1, { timeoutMs: 3000 })).rejects.toThrow('The SSE stream ended.');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(reader.raw).not.toContain('id: 2\n');
    expect(reader.raw).not.toContain('event: resync');
    await bridge.close();
  });

  it('is forgotten at its deadline: the next stream at that point reads the log again', async () => {
    const { bridge, append, log } = setup({ heartbeatMs: 100 });
    await append(1);
    await append(2);
    log.hanging = true;
    await expect(readGap(bridge.runtime, 't1', '0', '2', staying())).rejects.toThrow(
      /did not return the missed events within 100 ms/,
    );
    log.hanging = false;
    const readsBefore = log.reads;
    const found = await readGap(bridge.runtime, 't1', '0', '2', staying());
    expect(found.cursor).toBe('2');
    expect(log.reads).toBe(readsBefore + 1);
    await bridge.close();
  });

  it('is shared under one deadline timer, which bridge.close() clears with the streams', async () => {
    const timers = watchGapTimers();
    const { bridge, append, open, log } = setup({ heartbeatMs: 60_000 });
    const readers = [await open(), await open()];
    await append(1);
    log.hanging = true;
    const readsBefore = log.reads;
    await bridge.runtime.broadcaster.publish(await append(2));
    await until(() => log.reads > readsBefore);
    expect(log.reads - readsBefore).toBe(1);
    expect(timers.pending()).toBe(1);
    await bridge.close();
    for (const reader of readers) await expect(reader.next(1000)).rejects.toThrow('The SSE stream ended.');
    expect(timers.pending()).toBe(0);
  });

  it('stops, and is forgotten, when every stream waiting for it ends', async () => {
    const timers = watchGapTimers();
    const { bridge, append, open, log } = setup({ heartbeatMs: 60_000 });
    const readers = [await open(), await open()];
    const opening = timers.started(); // the two opening replays' deadlines, cleared already
    expect(timers.pending()).toBe(0);
    await append(1);
    log.hanging = true;
    await bridge.runtime.broadcaster.publish(await append(2));
    await until(() => timers.started() === opening + 1);
    await readers[0]?.cancel();
    expect(timers.pending()).toBe(1); // the other stream still waits
    await readers[1]?.cancel();
    await until(() => timers.pending() === 0);
    // Forgotten: the same gap read again asks the log again instead of joining the hung read.
    log.hanging = false;
    const readsBefore = log.reads;
    expect((await readGap(bridge.runtime, 't1', '0', '2', staying())).cursor).toBe('2');
    expect(log.reads).toBe(readsBefore + 1);
    await bridge.close();
  });
});

describe('an opening replay that does not answer', () => {
  it('answers 503 store_unavailable after stream.heartbeatMs and holds no subscription', async () => {
    const { bridge, append, log, broadcaster } = setup({ heartbeatMs: 100 });
    await append(1);
    log.hanging = true;
    const started = Date.now();
    const response = await bridge.handle(
      new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '0' } }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).not.toBeNull();
    expect(await response.json()).toMatchObject({
      code: 'store_unavailable',
      detail: expect.stringMatching(/did not answer the stream's replay within 100 ms/),
    });
    expect(broadcaster.active).toBe(0);
    await bridge.close();
  });

  it('releases the stream at once when the client leaves while the log is read', async () => {
    const timers = watchGapTimers();
    const { bridge, append, log, broadcaster } = setup({ heartbeatMs: 60_000 });
    await append(1);
    log.hanging = true;
    const client = new AbortController();
    const answer = bridge.handle(
      new Request('http://x/api/v1/events/stream', {
        headers: { 'last-event-id': '0' },
        signal: client.signal,
      }),
    );
    await until(() => log.reads > 0);
    client.abort();
    const response = await answer;
    expect(response.status).toBe(204);
    expect(timers.pending()).toBe(0);
    expect(broadcaster.active).toBe(0);
    await bridge.close();
  });

  it.each([
    ['a log that does not answer', { hanging: true, lastEventId: '0' }],
    ['a client id above the log (the wait for a replica behind)', { hanging: false, lastEventId: '99' }],
  ])(
    'ends with bridge.close() while it reads %s: no subscription or timer outlives close()',
    async (_, opening) => {
      const timers = watchGapTimers();
      const { bridge, append, log, broadcaster } = setup({ heartbeatMs: 60_000 });
      await append(1);
      log.hanging = opening.hanging;
      let settled = false;
      const answer = bridge
        .handle(
          new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': opening.lastEventId } }),
        )
        .finally(() => {
          settled = true;
        });
      await until(() => log.reads > 0 || broadcaster.active > 0);
      await bridge.close();
      expect(broadcaster.active).toBe(0);
      expect(timers.pending()).toBe(0);
      await until(() => settled, 500);
      const response = await answer;
      // The stream ends at once, as one opened on a closed bridge does: the client reconnects.
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('');
    },
  );
});
