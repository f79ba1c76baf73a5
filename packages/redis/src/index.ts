/**
 * @callbridge/redis: Redis and BullMQ implementations of callbridge's scale-out ports.
 * `RedisDedupeStore` (claims with SET NX PX), `RedisBroadcaster` (per-tenant pub/sub over one
 * subscriber connection), `BullMQJobQueue` (background jobs with retries) and
 * `createRedisPorts` to build all three from one URL.
 */
export { RedisBroadcaster, type RedisBroadcasterOptions } from './broadcaster.js';
export { COMMITTED_MARKER, RedisDedupeStore, type RedisDedupeStoreOptions } from './dedupe-store.js';
export { decodeJobId, encodeJobId } from './job-ids.js';
export { BullMQJobQueue, type BullMQJobQueueOptions } from './job-queue.js';
export { DEFAULT_PREFIX, normalizePrefix } from './keys.js';
export { type CreateRedisPortsOptions, createRedisPorts, type RedisPorts } from './ports.js';
