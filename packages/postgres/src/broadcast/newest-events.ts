import type { StreamEvent } from '@callbridge/core';
import type { SqlClient } from '../sql/client.js';
import { TENANT_SETTING, tenantSetup } from '../sql/context.js';
import { qualified, quoteLiteral } from '../sql/ident.js';
import { type EventRow, toEvent } from '../stores/event-log.js';

/**
 * The newest event of each tenant in the event log, in one round trip: one transaction in the
 * application `role`, `callbridge.tenant_id` set to each tenant in turn before its read, so
 * row-level security applies to every read as in the stores. What the NOTIFY listener compares
 * with after a reconnect.
 */
export async function newestEvents(
  client: SqlClient,
  schema: string,
  role: string | null,
  tenantIds: readonly string[],
): Promise<Map<string, StreamEvent>> {
  const found = new Map<string, StreamEvent>();
  if (tenantIds.length === 0) return found;
  const events = qualified(schema, 'events');
  const statements: string[] = [];
  tenantIds.forEach((tenantId, i) => {
    const tenant = quoteLiteral(tenantId);
    statements.push(
      i === 0
        ? tenantSetup({ role }, tenantId)
        : `SELECT set_config(${quoteLiteral(TENANT_SETTING)}, ${tenant}, true)`,
      `SELECT id::text AS id, tenant_id, type, data, created_at FROM ${events}
       WHERE tenant_id = ${tenant} ORDER BY id DESC LIMIT 1`,
    );
  });
  const results = await client.script(statements.join(';\n'));
  tenantIds.forEach((tenantId, i) => {
    const row = results[2 * i + 1]?.rows[0] as EventRow | undefined;
    if (row && row.tenant_id === tenantId) found.set(tenantId, toEvent(row));
  });
  return found;
}
