import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createdIds, deliver, testCall } from './deliver.js';
import { fakeProvider } from './fake-provider.js';
import {
  countRecords,
  dropSchema,
  type Instance,
  migrateSchema,
  pgUrl,
  startInstance,
  TENANT,
  uniqueSchema,
} from './instances.js';
import { deletePrefix, redisUrl, sleep, testClient, uniquePrefix, waitFor } from './support.js';

const SECRET = 'two-bridges-secret';
const CALLS = 100;
const DELIVERIES = 10;

describe.skipIf(!pgUrl || !redisUrl)('two bridges sharing Postgres + Redis', () => {
  const schema = uniqueSchema('two');
  const prefix = uniquePrefix('two');
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    await migrateSchema(pgUrl!, schema);
    const common = { pgUrl: pgUrl!, schema, redisUrl: redisUrl!, prefix, provider: fakeProvider(SECRET) };
    [a, b] = await Promise.all([startInstance(common), startInstance(common)]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await dropSchema(pgUrl!, schema);
    const admin = testClient();
    await deletePrefix(admin, prefix);
    await admin.quit();
  });

  it('stores 100 calls delivered 10 times each, concurrently across both instances, exactly once', async () => {
    const deliveries: Array<Promise<number[]>> = [];
    for (let n = 0; n < CALLS; n++) {
      for (let d = 0; d < DELIVERIES; d++) deliveries.push(deliver(d % 2 === 0 ? a : b, SECRET, testCall(n)));
    }
    const statuses = (await Promise.all(deliveries)).flat();
    // Every delivery ends 2xx; the races in between are 409 (another request holds the claim).
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);

    expect(await countRecords(pgUrl!, schema)).toBe(CALLS);
    await waitFor(() => createdIds(a).length >= CALLS && createdIds(b).length >= CALLS);
    await sleep(200); // room for a stray extra event to arrive before asserting "exactly"
    const expected = Array.from({ length: CALLS }, (_, n) => `call-${n}`).sort();
    for (const instance of [a, b]) {
      expect(createdIds(instance)).toHaveLength(CALLS);
      expect([...createdIds(instance)].sort()).toEqual(expected);
    }
    const log = await a.bridge.runtime.eventLog.readAfter(TENANT.id, '0', 1000);
    expect(log.events.filter((e) => e.type === 'call_event_created')).toHaveLength(CALLS);
  });
});
