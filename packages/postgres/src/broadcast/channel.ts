import { createHash } from 'node:crypto';
import type { StreamEvent } from '@callbridge/core';

/** NOTIFY payloads must stay under 8000 bytes; larger events travel through the overflow table. */
export const MAX_INLINE_PAYLOAD_BYTES = 7900;

/**
 * The NOTIFY channel of one tenant: `<prefix>_<md5(schema, tenant)>`, always a valid identifier
 * under Postgres' 63-byte limit whatever the tenant id contains. Listeners also check the
 * event's tenantId, so even a hash collision cannot cross tenants.
 */
export function tenantChannel(prefix: string, schema: string, tenantId: string): string {
  const hash = createHash('md5').update(`${schema}\u0000${tenantId}`).digest('hex');
  return `${prefix.slice(0, 30)}_${hash}`;
}

/** What travels in a NOTIFY payload: the event itself, or a reference to an overflow row. */
export type WirePayload = { e: StreamEvent } | { ref: string; tenantId: string };

/** Parses a NOTIFY payload; null when it is not one of ours. */
export function parsePayload(payload: string | undefined): WirePayload | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<{ e: StreamEvent; ref: string; tenantId: string }>;
    if (value.e && typeof value.e.tenantId === 'string') return { e: value.e };
    if (typeof value.ref === 'string' && typeof value.tenantId === 'string') {
      return { ref: value.ref, tenantId: value.tenantId };
    }
  } catch {
    // Not ours: ignored.
  }
  return null;
}
