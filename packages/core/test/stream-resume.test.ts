import {
  createCallBridge,
  MemoryBroadcaster,
  MemoryBroadcastHub,
  MemoryContactDirectory,
  MemoryEventLog,
  MemoryInteractionStore,
  staticTenants,
} from '@callbridge/core';
import { makeCallEvent, SseReader } from '@callbridge/core/testing';
import { describe, expect, it } from 'vitest';

// Invariant 8: the stream resumes. A client that reconnects with Last-Event-ID to another
// instance (sharing the event log, as with @callbridge/postgres) gets exactly what it missed.

describe('invariant 8: resume across instances', () => {
  it('replays what a client missed from the shared log when it reconnects to another instance', async () => {
    const shared = { eventLog: new MemoryEventLog(), interactions: new MemoryInteractionStore() };
    const hub = new MemoryBroadcastHub();
    const instance = () =>
      createCallBridge({
        providers: [],
        tenants: staticTenants([{ id: 'tenant-1', key: 'k1' }]),
        authenticate: () => ({ tenantId: 'tenant-1', userId: 'user-1' }),
        contacts: new MemoryContactDirectory(),
        stores: { ...shared, broadcaster: new MemoryBroadcaster({ hub }) },
      });
    const [one, two] = [instance(), instance()];
    const open = async (bridge: typeof one, lastEventId?: string) => {
      const abort = new AbortController();
      const headers: Record<string, string> = lastEventId ? { 'last-event-id': lastEventId } : {};
      const response = await bridge.handle(
        new Request('http://crm.test/api/v1/events/stream', { headers, signal: abort.signal }),
      );
      return { reader: new SseReader(response), abort };
    };
    const record = (data: string | undefined) =>
      (JSON.parse(data ?? '{}') as { sourceRecordId: string }).sourceRecordId;

    const first = await open(one);
    await one.ingest(makeCallEvent({ sourceRecordId: 'seen' }));
    const [seen] = await first.reader.take(1);
    first.abort.abort();
    await first.reader.cancel();

    await one.ingest(makeCallEvent({ sourceRecordId: 'missed-1' }));
    await two.ingest(makeCallEvent({ sourceRecordId: 'missed-2' }));
    const again = await open(two, seen?.id ?? undefined);
    const missed = await again.reader.take(2);
    expect(missed.map((event) => record(event.data))).toEqual(['missed-1', 'missed-2']);
    await one.ingest(makeCallEvent({ sourceRecordId: 'live' }));
    const [live] = await again.reader.take(1);
    expect(record(live?.data)).toBe('live');
    expect(Number(live?.id)).toBeGreaterThan(Number(missed[1]?.id));
    again.abort.abort();
    await again.reader.cancel();
    await Promise.all([one.close(), two.close()]);
  });
});
