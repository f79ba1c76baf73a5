import { describe, expect, it } from 'vitest';
import { createCallBridge } from '../bridge.js';
import { MemoryContactDirectory } from '../memory/contact-directory.js';
import { MemoryEventLog } from '../memory/event-log.js';
import { staticTenants } from '../memory/tenants.js';
import type { EventLog, ReadAfterResult } from '../ports/events.js';
import { SseReader } from './testing/sse-reader.js';

/**
 * An event log whose `readAfter` pauses until released, so events can be published while a
 * stream is replaying. `snapshot: 'before'` reads when called (events published during the pause
 * are only in the live buffer); `'after'` reads on release (they are in both replay and buffer).
 */
function pausedLog(snapshot: 'before' | 'after') {
  const inner = new MemoryEventLog();
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered: () => void = () => undefined;
  const paused = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const log: EventLog = {
    append: (tenantId, type, data) => inner.append(tenantId, type, data),
    lastId: (tenantId) => inner.lastId(tenantId),
    async readAfter(tenantId, afterId, limit): Promise<ReadAfterResult> {
      const early = snapshot === 'before' ? await inner.readAfter(tenantId, afterId, limit) : null;
      entered();
      await released;
      return early ?? inner.readAfter(tenantId, afterId, limit);
    },
  };
  return { log, release, paused };
}

function setup(snapshot: 'before' | 'after') {
  const paused = pausedLog(snapshot);
  const bridge = createCallBridge({
    providers: [],
    tenants: staticTenants([{ id: 't1', key: 'k1' }]),
    authenticate: () => ({ tenantId: 't1', userId: 'u1' }),
    contacts: new MemoryContactDirectory([]),
    stores: { eventLog: paused.log },
    background: false,
  });
  const emit = async (n: number) => {
    const event = await bridge.runtime.eventLog.append('t1', 'call_event_updated', { n });
    await bridge.runtime.broadcaster.publish(event);
  };
  return { bridge, emit, ...paused };
}

describe('stream replay/live boundary', () => {
  for (const snapshot of ['before', 'after'] as const) {
    it(`delivers each event once, in order, when events arrive during replay (log read ${snapshot} them)`, async () => {
      const { bridge, emit, release, paused } = setup(snapshot);
      await emit(1);
      const pending = bridge.handle(
        new Request('http://x/api/v1/events/stream', { headers: { 'last-event-id': '0' } }),
      );
      await paused;
      await emit(2);
      await emit(3);
      release();
      const reader = new SseReader(await pending);
      const replayed = await reader.take(3);
      await emit(4);
      const [live] = await reader.take(1);
      expect([...replayed, live].map((e) => e?.id)).toEqual(['1', '2', '3', '4']);
      expect([...replayed, live].map((e) => JSON.parse(e?.data ?? '{}').n)).toEqual([1, 2, 3, 4]);
      await reader.cancel();
      await bridge.close();
    });
  }
});

describe('stream cleanup', () => {
  it('clears the heartbeat timer and unsubscribes when the request aborts', async () => {
    const { bridge, release } = setup('after');
    release();
    const abort = new AbortController();
    let active = 0;
    const subscribe = bridge.runtime.broadcaster.subscribe.bind(bridge.runtime.broadcaster);
    bridge.runtime.broadcaster.subscribe = async (tenantId, listener) => {
      const off = await subscribe(tenantId, listener);
      active += 1;
      return async () => {
        active -= 1;
        await off();
      };
    };
    const cleared: unknown[] = [];
    const realClear = globalThis.clearInterval;
    globalThis.clearInterval = ((id: Parameters<typeof clearInterval>[0]) => {
      cleared.push(id);
      realClear(id);
    }) as typeof clearInterval;
    try {
      const response = await bridge.handle(
        new Request('http://x/api/v1/events/stream', { signal: abort.signal }),
      );
      const reader = response.body?.getReader();
      await reader?.read();
      expect(active).toBe(1);
      abort.abort();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(active).toBe(0);
      expect(cleared).toHaveLength(1);
    } finally {
      globalThis.clearInterval = realClear;
      await bridge.close();
    }
  });
});

describe('stream frame reuse', () => {
  it('never serves one bridge the frame of another bridge with the same tenant and id', async () => {
    const first = setup('after');
    const second = setup('after');
    first.release();
    second.release();
    const open = async (bridge: typeof first.bridge) =>
      new SseReader(await bridge.handle(new Request('http://x/api/v1/events/stream')));
    const a = await open(first.bridge);
    const b = await open(second.bridge);
    await first.emit(100);
    await second.emit(200);
    const [fromA] = await a.take(1);
    const [fromB] = await b.take(1);
    expect([fromA?.id, fromB?.id]).toEqual(['1', '1']);
    expect(JSON.parse(fromA?.data ?? '{}').n).toBe(100);
    expect(JSON.parse(fromB?.data ?? '{}').n).toBe(200);
    await a.cancel();
    await b.cancel();
    await first.bridge.close();
    await second.bridge.close();
  });
});
