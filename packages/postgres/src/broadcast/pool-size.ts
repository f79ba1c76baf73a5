import { CallbridgeError } from '@callbridge/core';
import type { PgPoolLike } from '../sql/drivers.js';

/** Broadcasters not yet closed, per pool: each keeps one of its connections for LISTEN. */
const listening = new WeakMap<PgPoolLike, number>();

/**
 * Reserves a pool connection for one more broadcaster's LISTEN, and returns the function that
 * gives it back (once). Refuses a `pg` Pool that would have no connection left for anything else:
 * its broadcasters keep one each for as long as they run, and publishing, reading the event log
 * and every store on the pool need another, which would never come.
 */
export function reserveListenConnection(pool: PgPoolLike): () => void {
  const max = (pool as { options?: { max?: unknown } }).options?.max;
  const taken = listening.get(pool) ?? 0;
  if (typeof max === 'number' && max < taken + 2) {
    throw new CallbridgeError(
      'configuration_error',
      taken === 0
        ? `PostgresBroadcaster needs a pool of at least 2 connections, got max ${max}.`
        : `PostgresBroadcaster needs a pool of at least ${taken + 2} connections for ${taken + 1} broadcasters, got max ${max}.`,
      {
        hint: `Give the pool \`max: ${taken + 2}\` or more: each broadcaster keeps one connection for LISTEN, the others publish and read the event log. Or share one broadcaster, or close the other first.`,
      },
    );
  }
  listening.set(pool, taken + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    listening.set(pool, Math.max(0, (listening.get(pool) ?? 1) - 1));
  };
}
