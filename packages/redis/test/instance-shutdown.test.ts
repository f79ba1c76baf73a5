import type { StreamEventType } from '@callbridge/core';
import { describe, expect, it } from 'vitest';
import { createdCalls, deliver, post } from './deliver.js';
import { TENANT } from './instances.js';
import { twoInstances, withoutServers } from './suite-setup.js';
import { sleep, waitFor } from './support.js';
import { callNumberOf } from './webhooks.js';

describe.skipIf(withoutServers)('one instance shut down while a webhook is being stored', () => {
  // A short claim, so that without the wait a cut-off claim expires within the test.
  const pair = twoInstances('shutdown', { bridge: { dedupe: { claimTtlMs: 3000 } } });

  it('finishes it before the stores close: stored, announced on the other instance, and a duplicate there', {
    timeout: 60_000,
  }, async () => {
    const { a, b } = pair;
    // The webhook reaches the event log just as the instance shuts down.
    const log = a.bridge.runtime.eventLog;
    const append = log.append.bind(log);
    let entered: () => void = () => undefined;
    const appending = new Promise<void>((resolve) => {
      entered = resolve;
    });
    log.append = async (tenantId: string, type: StreamEventType, data: unknown) => {
      entered();
      await sleep(200);
      return append(tenantId, type, data);
    };
    const first = post(a, 1);
    await appending;
    // The documented shutdown: the bridge, then the Redis ports, then the pool.
    await a.close();
    const answered = await first;

    // The provider retries on the other instance (whatever the first answer was).
    const retries = await deliver(b, 1);
    const events = await b.bridge.runtime.eventLog.readAfter(TENANT.id, '0', 100);
    expect(events.events.map((e) => e.type)).toEqual(['call_event_created']);
    const record = events.events[0]?.data as { sourceRecordId: string } | undefined;
    expect(callNumberOf(record?.sourceRecordId ?? '')).toBe(1);
    await waitFor(() => createdCalls(b).includes(1));
    // The first delivery was stored before the pool closed, so the retry is a duplicate at once.
    expect(answered.status).toBe(200);
    expect(retries).toEqual([200]);
  });
});
