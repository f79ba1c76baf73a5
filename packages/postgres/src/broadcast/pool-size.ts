import { CallbridgeError } from '@callbridge/core';
import type { PgPoolLike } from '../sql/drivers.js';

/**
 * Refuses a `pg` Pool of fewer than two connections: the broadcaster keeps one for LISTEN for as
 * long as it runs, and publishing and reading the event log need another, which would never come.
 */
export function assertPoolSize(pool: PgPoolLike): void {
  const max = (pool as { options?: { max?: unknown } }).options?.max;
  if (typeof max !== 'number' || max >= 2) return;
  throw new CallbridgeError(
    'configuration_error',
    `PostgresBroadcaster needs a pool of at least 2 connections, got max ${max}.`,
    {
      hint: 'Give the pool `max: 2` or more: one connection is kept for LISTEN, the others publish and read the event log.',
    },
  );
}
