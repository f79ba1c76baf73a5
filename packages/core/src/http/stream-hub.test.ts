import { describe, expect, it } from 'vitest';
import { MemoryBroadcaster } from '../memory/broadcaster.js';
import type { StreamEvent } from '../ports/events.js';
import { joinTenantEvents } from './stream-hub.js';
import { CountingBroadcaster } from './testing/fixture.js';

const event = (tenantId: string, id: string): StreamEvent => ({
  id,
  tenantId,
  type: 'call_event_updated',
  data: { id },
  createdAt: new Date(0).toISOString(),
});

describe('joinTenantEvents', () => {
  it('shares one subscription per tenant and releases it with the last stream', async () => {
    const broadcaster = new CountingBroadcaster();
    const seen: Record<string, string[]> = { a1: [], a2: [], b1: [] };
    const leaveA1 = await joinTenantEvents(broadcaster, 'a', (e) => seen.a1?.push(e.id));
    const leaveA2 = await joinTenantEvents(broadcaster, 'a', (e) => seen.a2?.push(e.id));
    const leaveB1 = await joinTenantEvents(broadcaster, 'b', (e) => seen.b1?.push(e.id));
    expect(broadcaster.active).toBe(2);
    await broadcaster.publish(event('a', '1'));
    await broadcaster.publish(event('b', '1'));
    await leaveA1();
    await leaveA1();
    expect(broadcaster.active).toBe(2);
    await broadcaster.publish(event('a', '2'));
    await leaveA2();
    await leaveB1();
    expect(broadcaster.active).toBe(0);
    expect(seen).toEqual({ a1: ['1'], a2: ['1', '2'], b1: ['1'] });
  });

  it('keeps delivering to the other streams when one listener throws', async () => {
    const broadcaster = new MemoryBroadcaster();
    const seen: string[] = [];
    const leave1 = await joinTenantEvents(broadcaster, 't', () => {
      throw new Error('boom');
    });
    const leave2 = await joinTenantEvents(broadcaster, 't', (e) => seen.push(e.id));
    await broadcaster.publish(event('t', '7'));
    expect(seen).toEqual(['7']);
    await leave1();
    await leave2();
  });

  it('fails the join and forgets the tenant when the subscription fails', async () => {
    let attempts = 0;
    const broadcaster = new MemoryBroadcaster();
    const flaky = {
      publish: (e: StreamEvent) => broadcaster.publish(e),
      subscribe: async (tenantId: string, listener: (e: StreamEvent) => void) => {
        attempts += 1;
        if (attempts === 1) throw new Error('redis down');
        return broadcaster.subscribe(tenantId, listener);
      },
    };
    await expect(joinTenantEvents(flaky, 't', () => undefined)).rejects.toThrow('redis down');
    const leave = await joinTenantEvents(flaky, 't', () => undefined);
    expect(attempts).toBe(2);
    await leave();
  });
});
