import { createHash } from 'node:crypto';
import type { StreamEvent } from '@callbridge/core';

/** NOTIFY payloads must stay under 8000 bytes; larger events travel through the overflow table. */
export const MAX_INLINE_PAYLOAD_BYTES = 7900;

/**
 * The NOTIFY channel of one tenant: `<prefix>_<md5(schema, tenant)>`, always a valid identifier
 * under Postgres' 63-byte limit whatever the prefix and the tenant id contain (the prefix is cut
 * to its first 30 bytes). Listeners also check the event's tenantId, so even a hash collision
 * cannot cross tenants.
 */
export function tenantChannel(prefix: string, schema: string, tenantId: string): string {
  const hash = createHash('md5').update(`${schema}\u0000${tenantId}`).digest('hex');
  return `${headBytes(prefix, 30)}_${hash}`;
}

/** The longest start of `text` that is at most `max` bytes in UTF-8, never half a character. */
function headBytes(text: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const char of text) {
    bytes += new TextEncoder().encode(char).byteLength;
    if (bytes > max) break;
    out += char;
  }
  return out;
}

/**
 * What travels in a NOTIFY payload: the event itself, or a reference to an overflow row (with the
 * tenant id when it fits; the fetched event's tenant is what listeners check).
 */
export type WirePayload = { e: StreamEvent } | { ref: string };

/** Parses a NOTIFY payload; null when it is not one of ours. */
export function parsePayload(payload: string | undefined): WirePayload | null {
  if (!payload) return null;
  try {
    const value = JSON.parse(payload) as Partial<{ e: StreamEvent; ref: string }>;
    if (value.e && typeof value.e.tenantId === 'string') return { e: value.e };
    if (typeof value.ref === 'string') return { ref: value.ref };
  } catch {
    // Not ours: ignored.
  }
  return null;
}
