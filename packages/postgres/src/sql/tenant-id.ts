import { CallbridgeError } from '@callbridge/core';

/**
 * The longest tenant id the stores take, in UTF-8 bytes. The id is part of the key of every tenant
 * table, and a btree index entry holds at most about 2.7 KB (with the record's other key parts),
 * so a longer id would fail on some writes and not others, depending on how well it compresses.
 */
export const MAX_TENANT_ID_BYTES = 1024;

/** True when the stores can key rows by `tenantId`. */
export function isStorableTenantId(tenantId: string): boolean {
  // Fast path: no string of at most a quarter of the limit in UTF-16 units is over it in UTF-8.
  return (
    tenantId.length <= MAX_TENANT_ID_BYTES / 4 ||
    new TextEncoder().encode(tenantId).byteLength <= MAX_TENANT_ID_BYTES
  );
}

/** Refuses a tenant id the stores cannot key rows by (see `MAX_TENANT_ID_BYTES`). */
export function assertStorableTenantId(tenantId: string): void {
  if (isStorableTenantId(tenantId)) return;
  throw new CallbridgeError(
    'configuration_error',
    `A tenant id of ${new TextEncoder().encode(tenantId).byteLength} bytes is longer than the Postgres stores take (${MAX_TENANT_ID_BYTES} bytes).`,
    {
      hint: `Give the tenant a shorter id (at most ${MAX_TENANT_ID_BYTES} bytes in UTF-8) in your tenant directory and authenticate function.`,
    },
  );
}
