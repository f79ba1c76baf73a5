import { type ClaimResult, checkStoreTtlMs, type DedupeStore, storeUnavailable } from '@callbridge/core';
import type { Redis } from 'ioredis';
import { normalizePrefix } from './keys.js';
import { checkTimeout, DEFAULT_COMMAND_TIMEOUT_MS, withTimeout } from './timeout.js';

/**
 * Prefix of the value a key holds once its delivery was stored (`=committed:<token>`). Claims
 * hold a bare random UUID, which never starts with `=`, so one GET tells a duplicate from a
 * delivery still in progress.
 */
export const COMMITTED_MARKER = '=committed:';

// KEYS[1] key; ARGV[1] token, ARGV[2] ttl ms, ARGV[3] marker.
// 1 = claimed, 2 = duplicate (committed), 3 = in progress (another live claim).
const CLAIM_LUA = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, #ARGV[3]) == ARGV[3] then return 2 end
return 3`;

// KEYS[1] key; ARGV[1] token, ARGV[2] ttl ms, ARGV[3] marker.
// Marks the key committed (for ttl) when the token owns it (claimed or already committed by it),
// or when the claim expired and nobody took it since (the delivery *was* stored, so it must be
// remembered). Returns 1 when committed, 0 when another caller owns or committed the key.
const COMMIT_LUA = `
local v = redis.call('GET', KEYS[1])
local done = ARGV[3] .. ARGV[1]
if v == false or v == ARGV[1] or v == done then
  redis.call('SET', KEYS[1], done, 'PX', ARGV[2])
  return 1
end
return 0`;

// KEYS[1] key; ARGV[1] token. Atomic compare-and-delete: only the owner's claim goes.
const RELEASE_LUA = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/** Options of {@link RedisDedupeStore}. */
export interface RedisDedupeStoreOptions {
  /** An ioredis client (shared with other ports is fine: every command here is a single round trip). */
  redis: Redis;
  /** Key prefix; `dedupe:` is appended. Default `callbridge:`. */
  prefix?: string;
  /**
   * Longest wait (ms) for Redis to answer a claim, commit or release before it rejects with
   * `store_unavailable` (the webhook answers 503) instead of waiting for a hung Redis forever.
   * Default 5 000; `Infinity` waits as long as ioredis does.
   */
  commandTimeoutMs?: number;
}

type Scripted = Redis & {
  callbridgeDedupeClaim(key: string, token: string, ttl: number, marker: string): Promise<number>;
  callbridgeDedupeCommit(key: string, token: string, ttl: number, marker: string): Promise<number>;
  callbridgeDedupeRelease(key: string, token: string): Promise<number>;
};

function defineScripts(redis: Redis): Scripted {
  const r = redis as Scripted;
  if (typeof r.callbridgeDedupeClaim !== 'function') {
    redis.defineCommand('callbridgeDedupeClaim', { numberOfKeys: 1, lua: CLAIM_LUA });
    redis.defineCommand('callbridgeDedupeCommit', { numberOfKeys: 1, lua: COMMIT_LUA });
    redis.defineCommand('callbridgeDedupeRelease', { numberOfKeys: 1, lua: RELEASE_LUA });
  }
  return r;
}

/**
 * A TTL as Redis takes it: whole ms, at least 1. Refused as `configuration_error` like every
 * store refuses it (core's `checkStoreTtlMs`): 0, negative, not finite, or over
 * `MAX_STORE_TTL_MS` (100 years), which Redis would fail as an outage (503) on every retry.
 */
function checkTtl(option: string, ttlMs: number): number {
  checkStoreTtlMs(option, ttlMs, ' (dedupe.claimTtlMs / dedupe.commitTtlMs)');
  return Math.max(1, Math.ceil(ttlMs));
}

/**
 * A {@link DedupeStore} on Redis, safe across any number of instances.
 *
 * - `claim`: `SET key <token> NX PX ttl`; when the key exists, its value tells a committed
 *   delivery (`duplicate`) from a live claim (`in_progress`), in the same Lua call.
 * - `commit`: replaces the owner's claim with a committed marker that lives `ttlMs`.
 * - `release`: deletes the key only while it still holds our token (atomic compare-and-delete),
 *   so a claim that expired and was taken by a retry is never deleted by the slow first caller.
 *
 * Redis failures, and commands Redis does not answer within `commandTimeoutMs`, surface as
 * `CallbridgeError('store_unavailable')` (HTTP 503: the provider retries).
 */
export class RedisDedupeStore implements DedupeStore {
  readonly #redis: Scripted;
  readonly #prefix: string;
  readonly #timeout: number;

  constructor(options: RedisDedupeStoreOptions) {
    this.#redis = defineScripts(options.redis);
    this.#prefix = `${normalizePrefix(options.prefix)}dedupe:`;
    this.#timeout = checkTimeout('commandTimeoutMs', options.commandTimeoutMs, DEFAULT_COMMAND_TIMEOUT_MS);
  }

  /** The Redis key that holds the state of `key`. */
  keyOf(key: string): string {
    return this.#prefix + key;
  }

  async claim(key: string, ttlMs: number): Promise<ClaimResult> {
    const ttl = checkTtl('DedupeStore.claim: ttlMs', ttlMs);
    const token = crypto.randomUUID();
    let result: number;
    try {
      result = await this.#bounded(
        this.#redis.callbridgeDedupeClaim(this.keyOf(key), token, ttl, COMMITTED_MARKER),
      );
    } catch (error) {
      throw storeUnavailable('The Redis dedupe store', error);
    }
    if (result === 1) return { status: 'claimed', token };
    return result === 2 ? { status: 'duplicate' } : { status: 'in_progress' };
  }

  async commit(key: string, token: string, ttlMs: number): Promise<void> {
    const ttl = checkTtl('DedupeStore.commit: ttlMs', ttlMs);
    try {
      await this.#bounded(this.#redis.callbridgeDedupeCommit(this.keyOf(key), token, ttl, COMMITTED_MARKER));
    } catch (error) {
      throw storeUnavailable('The Redis dedupe store', error);
    }
  }

  async release(key: string, token: string): Promise<void> {
    try {
      await this.#bounded(this.#redis.callbridgeDedupeRelease(this.keyOf(key), token));
    } catch (error) {
      throw storeUnavailable('The Redis dedupe store', error);
    }
  }

  /**
   * A command, or a rejection after `commandTimeoutMs`. A command that answers later still runs:
   * a late claim then holds the key until its TTL (the provider's retries get 409 until then), a
   * late commit records the delivery, a late release frees it.
   */
  #bounded<T>(command: Promise<T>): Promise<T> {
    return withTimeout(command, this.#timeout, 'Redis');
  }
}
