import {
  broadcasterConformance,
  dedupeStoreConformance,
  jobQueueConformance,
} from '@callbridge/core/testing';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deletePrefix, redisUrl, testClient, uniquePrefix } from '../test/support.js';
import { RedisBroadcaster } from './broadcaster.js';
import { RedisDedupeStore } from './dedupe-store.js';
import { BullMQJobQueue } from './job-queue.js';

const t = { describe, it, expect, beforeEach, afterEach };

// Core's conformance suites, run against the real Redis of the machine (skipped without one).
describe.skipIf(!redisUrl)('@callbridge/redis on real Redis', () => {
  const prefix = uniquePrefix('conformance');
  let redis: Redis;

  beforeAll(() => {
    redis = testClient();
  });
  afterAll(async () => {
    await deletePrefix(redis, prefix);
    await redis.quit();
  });

  dedupeStoreConformance(t, {
    name: 'RedisDedupeStore',
    create: () => new RedisDedupeStore({ redis, prefix }),
  });

  broadcasterConformance(t, {
    name: 'RedisBroadcaster',
    create: () => new RedisBroadcaster({ redis, prefix }),
    cleanup: (broadcaster) => broadcaster.close?.(),
    // Two instances: each its own publishing client and subscriber connection, one Redis.
    createPair: () => {
      const [one, two] = [testClient(), testClient()];
      const pair = [one, two].map((client) => {
        const broadcaster = new RedisBroadcaster({ redis: client, prefix });
        const close = broadcaster.close.bind(broadcaster);
        broadcaster.close = async () => {
          await close();
          await client.quit();
        };
        return broadcaster;
      });
      return [pair[0]!, pair[1]!];
    },
  });

  jobQueueConformance(t, {
    name: 'BullMQJobQueue',
    create: () =>
      new BullMQJobQueue({ connection: { ...redis.options, maxRetriesPerRequest: null }, prefix }),
    // Every queue of the suite shares one Redis and prefix: a new one is a restart.
    durable: true,
  });
});
