import type { SqlClient } from './client.js';
import { type Clock, clockParam, nowSql } from './clock.js';

/**
 * Deletes up to `batch` rows of `table` whose `expires_at` has passed. Housekeeping only: a failed
 * sweep is ignored (the write before it already succeeded). "Now" is a subquery, evaluated once
 * before the scan: compared with clock_timestamp() (volatile) as it is, `expires_at` would be a
 * filter, and a sweep finding fewer than a batch of expired rows would read every row that
 * expires; as a value, it bounds the index scan. A row written again meanwhile is a new row
 * version the ctid no longer names: it is kept.
 */
export async function sweepExpired(
  client: SqlClient,
  table: string,
  clock: Clock | undefined,
  batch: number,
): Promise<void> {
  await client
    .query(
      `DELETE FROM ${table} WHERE ctid IN (
         SELECT ctid FROM ${table} WHERE expires_at <= (SELECT ${nowSql(1)}) LIMIT ${batch})`,
      [clockParam(clock)],
    )
    .catch(() => undefined);
}
