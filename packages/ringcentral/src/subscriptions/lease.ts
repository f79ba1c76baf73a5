import type { DedupeStore, Logger } from '@callbridge/core';
import type { Clock } from '../client/clock.js';

/** Default life of a lease whose holder died before releasing it. */
export const DEFAULT_LEASE_TTL_MS = 60_000;
/** Default wait between two tries while another instance holds the lease. */
export const DEFAULT_LEASE_RETRY_DELAY_MS = 500;
/** Default number of tries after the first (40 × 500 ms = 20 s). */
export const DEFAULT_LEASE_MAX_RETRIES = 40;

/**
 * A lease, shared by every instance, around creating a subscription: only its holder lists and
 * creates, so instances that start together create it once.
 */
export interface SubscriptionLeaseOptions {
  /**
   * The store every instance shares (Redis or Postgres when several instances run). Its `claim`
   * with a TTL is the lease and `release` ends it; nothing is ever committed.
   */
  store: DedupeStore;
  /** The lease key, one per subscription: e.g. `ringcentral:subscription:<tenantId>`. */
  key: string;
  /**
   * How long the lease lives if its holder dies before releasing it: longer than a create round
   * trip (RingCentral's validation request to the address, then a list). Default 60 000 ms.
   */
  ttlMs?: number;
  /** Wait between two tries while another instance holds the lease. Default 500 ms. */
  retryDelayMs?: number;
  /**
   * Tries after the first before this pass gives up and leaves the subscription to the holder
   * (or, if the holder died, to a later pass once the TTL has run out). Default 40.
   */
  maxRetries?: number;
}

/** What {@link withLease} did: ran `work` while holding the lease, or gave up waiting for it. */
export type LeaseOutcome<T> = { held: true; value: T } | { held: false };

/** `clock.sleep(ms)`, cut short by `signal`: rejects with its reason when it aborts. */
function sleepUnlessAborted(clock: Clock, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return clock.sleep(ms);
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    clock.sleep(ms).then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Claims the lease (waiting `retryDelayMs` between tries, at most `maxRetries` times, through
 * `clock.sleep`), runs `work`, and releases the lease whatever `work` did. A failed release is
 * only logged: the lease then ends with its TTL. While waiting, an aborted `signal` (the job's,
 * when the bridge closes) ends the wait at once with the signal's reason.
 */
export async function withLease<T>(
  lease: SubscriptionLeaseOptions,
  clock: Clock,
  logger: Logger,
  signal: AbortSignal | undefined,
  work: () => Promise<T>,
): Promise<LeaseOutcome<T>> {
  const ttlMs = lease.ttlMs ?? DEFAULT_LEASE_TTL_MS;
  const retryDelayMs = lease.retryDelayMs ?? DEFAULT_LEASE_RETRY_DELAY_MS;
  const maxRetries = lease.maxRetries ?? DEFAULT_LEASE_MAX_RETRIES;
  for (let attempt = 0; ; attempt++) {
    const claim = await lease.store.claim(lease.key, ttlMs);
    if (claim.status === 'claimed') {
      const startedAt = clock.now();
      try {
        return { held: true, value: await work() };
      } finally {
        if (clock.now() - startedAt > ttlMs) {
          logger.warn('ringcentral: the subscription lease ran out before the work was done', {
            key: lease.key,
            ttlMs,
          });
        }
        try {
          await lease.store.release(lease.key, claim.token);
        } catch (error) {
          logger.warn('ringcentral: releasing the subscription lease failed; it ends with its TTL', {
            key: lease.key,
            error: error instanceof Error ? error.message : String(error),
          });
        }
      }
    }
    if (attempt >= maxRetries) return { held: false };
    if (attempt === 0) {
      logger.debug('ringcentral: another instance holds the subscription lease; waiting', {
        key: lease.key,
      });
    }
    await sleepUnlessAborted(clock, retryDelayMs, signal);
  }
}
