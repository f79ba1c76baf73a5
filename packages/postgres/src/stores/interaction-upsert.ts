import { type InteractionUpsert, mergeInteraction, type UpsertResult } from '@callbridge/core';
import type { SqlExecutor } from '../sql/client.js';
import {
  dropNul,
  INTERACTION_COLUMNS,
  type InteractionRow,
  interactionParams,
  jsonParam,
  rowToInteraction,
} from './interaction-rows.js';

/** How often an upsert retries when a concurrent writer created the row between two statements. */
const MAX_ATTEMPTS = 5;

/**
 * The atomic merge, inside a tenant-scoped transaction:
 * 1. `SELECT ... FOR UPDATE` locks the row of (tenant, source, sourceRecordId) if it exists;
 * 2. core's `mergeInteraction` computes the new record in JS (the single source of the rules);
 * 3. `UPDATE` writes it while the lock is held, or, for a new key,
 *    `INSERT ... ON CONFLICT (tenant_id, source, source_record_id) DO NOTHING` creates it. When a
 *    concurrent transaction won the insert, the loop locks the row it created and merges into it.
 * Concurrent upserts of one key therefore serialize on the row lock: none reads a stale record,
 * so no update is lost.
 */
export async function upsertInteraction(
  tx: SqlExecutor,
  table: string,
  patch: InteractionUpsert,
  now: () => string,
  newId: () => string,
): Promise<UpsertResult> {
  const input = withoutNul(patch);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const found = await tx.query<InteractionRow>(
      `SELECT ${INTERACTION_COLUMNS} FROM ${table}
       WHERE tenant_id = $1 AND source = $2 AND source_record_id = $3 FOR UPDATE`,
      [input.tenantId, input.source, input.sourceRecordId],
    );
    const row = found.rows[0];
    if (row) {
      const result = mergeInteraction(rowToInteraction(row), input, { id: newId, now: now() });
      if (result.changed) {
        const i = result.interaction;
        await tx.query(
          `UPDATE ${table} SET event_type = $3, title = $4, body = $5, occurred_at = $6::text::timestamptz,
             occurred_at_iso = $6::text, updated_at = $7::text::timestamptz, contact_id = $8, case_id = $9,
             metadata = $10::jsonb, insights = $11::jsonb, version = $12
           WHERE id = $1 AND tenant_id = $2`,
          [
            i.id,
            i.tenantId,
            i.eventType,
            i.title,
            i.body,
            i.occurredAt,
            i.updatedAt,
            i.contactId,
            i.caseId,
            jsonParam(i.metadata ?? {}),
            i.insights ? jsonParam(i.insights) : null,
            i.version,
          ],
        );
      }
      return result;
    }
    const result = mergeInteraction(null, input, { id: newId, now: now() });
    const inserted = await tx.query(
      `INSERT INTO ${table} (id, tenant_id, source, source_record_id, event_type, title, body, occurred_at,
         occurred_at_iso, created_at, updated_at, contact_id, case_id, metadata, insights, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::timestamptz, $8::text, $9::text::timestamptz,
         $10::text::timestamptz, $11, $12, $13::jsonb, $14::jsonb, $15)
       ON CONFLICT (tenant_id, source, source_record_id) DO NOTHING`,
      interactionParams(result.interaction),
    );
    if (inserted.rowCount === 1) return result;
  }
  throw new Error(`upsert of one interaction kept conflicting after ${MAX_ATTEMPTS} attempts`);
}

/**
 * The patch with NUL characters removed from its strings (Postgres text and jsonb cannot store
 * them), so what `upsert` returns is exactly what was stored and a repeated event stays a no-op.
 */
function withoutNul(input: InteractionUpsert): InteractionUpsert {
  return JSON.stringify(input).includes('\\u0000') ? JSON.parse(JSON.stringify(input, dropNul)) : input;
}
