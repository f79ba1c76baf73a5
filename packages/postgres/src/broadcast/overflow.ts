import type { StreamEvent } from '@callbridge/core';
import type { PgPoolLike } from '../sql/drivers.js';
import { qualified } from '../sql/ident.js';
import { MAX_INLINE_PAYLOAD_BYTES } from './channel.js';

const byteLength = (text: string) => new TextEncoder().encode(text).byteLength;

/**
 * The NOTIFY payload of `event`, always under the 8000-byte limit: the event itself when it fits,
 * otherwise a reference to a row of the overflow table holding it. The reference names the tenant
 * too when that fits (older listeners need it), and only the row id when the tenant id alone is
 * too long: listeners check the fetched event's tenant either way. Overflow rows older than five
 * minutes are deleted as new ones are written.
 */
export async function notifyPayload(pool: PgPoolLike, schema: string, event: StreamEvent): Promise<string> {
  const inline = JSON.stringify({ e: event });
  if (byteLength(inline) <= MAX_INLINE_PAYLOAD_BYTES) return inline;
  const overflow = qualified(schema, 'notify_overflow');
  const row = await pool.query(
    `INSERT INTO ${overflow} (payload) VALUES ($1::jsonb) RETURNING id::text AS id`,
    [JSON.stringify(event)],
  );
  const { id } = row.rows[0] as { id: string };
  await pool.query(`DELETE FROM ${overflow} WHERE created_at < now() - interval '5 minutes'`);
  const named = JSON.stringify({ ref: id, tenantId: event.tenantId });
  return byteLength(named) <= MAX_INLINE_PAYLOAD_BYTES ? named : JSON.stringify({ ref: id });
}

/** The event an overflow reference points at; null when the row is gone. */
export async function fetchOverflow(
  pool: PgPoolLike,
  schema: string,
  ref: string,
): Promise<StreamEvent | null> {
  const overflow = qualified(schema, 'notify_overflow');
  const res = await pool.query(`SELECT payload FROM ${overflow} WHERE id = $1::bigint`, [ref]);
  return (res.rows[0] as { payload: StreamEvent } | undefined)?.payload ?? null;
}
