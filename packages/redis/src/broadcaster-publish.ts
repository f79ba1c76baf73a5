import type { StreamEvent } from '@callbridge/core';
import type { Redis } from 'ioredis';

// KEYS[1] the tenant's newest-event hash; ARGV[1] channel, ARGV[2] id, ARGV[3] event JSON,
// ARGV[4] ttl ms. Keeps the event with the greatest id (decimal ids: longer is greater, then by
// characters), then publishes it, in one round trip.
const PUBLISH_LUA = `
local current = redis.call('HGET', KEYS[1], 'id')
local id = ARGV[2]
if not current or #id > #current or (#id == #current and id > current) then
  redis.call('HSET', KEYS[1], 'id', id, 'event', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return redis.call('PUBLISH', ARGV[1], ARGV[3])`;

/** How long the newest event of a tenant is kept for subscribers that reconnect: one day. */
const NEWEST_TTL_MS = 86_400_000;

export type Scripted = Redis & {
  callbridgePublish(key: string, channel: string, id: string, event: string, ttl: number): Promise<number>;
};

export function defineScripts(redis: Redis): Scripted {
  const r = redis as Scripted;
  if (typeof r.callbridgePublish !== 'function') {
    redis.defineCommand('callbridgePublish', { numberOfKeys: 1, lua: PUBLISH_LUA });
  }
  return r;
}

/** Keeps `event` as its tenant's newest (under `newestKey`) when it is, and publishes it on `channel`. */
export function publishNewest(
  redis: Scripted,
  newestKey: string,
  channel: string,
  event: StreamEvent,
): Promise<number> {
  return redis.callbridgePublish(newestKey, channel, String(event.id), JSON.stringify(event), NEWEST_TTL_MS);
}
