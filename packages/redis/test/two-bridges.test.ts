import { describe, expect, it } from 'vitest';
import { createdCalls, deliver } from './deliver.js';
import { countRecords, pgUrl, TENANT } from './instances.js';
import { twoInstances, withoutServers } from './suite-setup.js';
import { sleep, waitFor } from './support.js';

const CALLS = 100;
const DELIVERIES = 10;

describe.skipIf(withoutServers)('two bridges sharing Postgres + Redis', () => {
  const pair = twoInstances('two');

  it('stores 100 signed Ringover calls delivered 10 times each, concurrently across both instances, exactly once', {
    timeout: 180_000,
  }, async () => {
    const { a, b, schema } = pair;
    const deliveries: Array<Promise<number[]>> = [];
    for (let n = 0; n < CALLS; n++) {
      for (let d = 0; d < DELIVERIES; d++) deliveries.push(deliver(d % 2 === 0 ? a : b, n));
    }
    const statuses = (await Promise.all(deliveries)).flat();
    // Every delivery ends 2xx; the races in between are 409 (another request holds the claim).
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);

    expect(await countRecords(pgUrl!, schema)).toBe(CALLS);
    // The log holds one creation per call; a failure lists the calls created twice, with the
    // event ids and the record ids and versions each creation carried.
    const log = await a.bridge.runtime.eventLog.readAfter(TENANT.id, '0', 1000);
    const creations = new Map<string, string[]>();
    for (const e of log.events.filter((x) => x.type === 'call_event_created')) {
      const record = e.data as { sourceRecordId: string; id: string; version: number };
      const seen = creations.get(record.sourceRecordId) ?? [];
      creations.set(record.sourceRecordId, [
        ...seen,
        `event ${e.id}: record ${record.id} v${record.version}`,
      ]);
    }
    expect([...creations].filter(([, list]) => list.length > 1)).toEqual([]);
    expect(creations.size).toBe(CALLS);
    await waitFor(() => createdCalls(a).length >= CALLS && createdCalls(b).length >= CALLS);
    await sleep(200); // room for a stray extra event to arrive before asserting "exactly"
    const expected = Array.from({ length: CALLS }, (_, n) => n);
    for (const instance of [a, b]) {
      expect(createdCalls(instance)).toHaveLength(CALLS);
      expect([...createdCalls(instance)].sort((x, y) => x - y)).toEqual(expected);
    }
  });
});
