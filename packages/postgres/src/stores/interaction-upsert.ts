import {
  type Interaction,
  type InteractionUpsert,
  mergeInteraction,
  type UpsertResult,
} from '@callbridge/core';
import { isMissingFunction } from '../errors.js';
import { occurredAtSql } from '../migrations/003-occurred-at-milliseconds.js';
import type { SqlClient, SqlExecutor } from '../sql/client.js';
import { bindLiterals } from '../sql/ident.js';
import {
  dropNul,
  INTERACTION_COLUMNS,
  type InteractionRow,
  interactionParams,
  jsonParam,
  needsCleaning,
  rowToInteraction,
} from './interaction-rows.js';

/** How often an upsert retries when a concurrent writer created the row between two statements. */
const MAX_ATTEMPTS = 5;
/** Optimistic rounds (read, merge, compare-and-set on `version`) before taking the row lock. */
const OPTIMISTIC_ATTEMPTS = 3;

const insertSql = (
  table: string,
) => `INSERT INTO ${table} (id, tenant_id, source, source_record_id, event_type,
    title, body, occurred_at, occurred_at_iso, created_at, updated_at, contact_id, case_id, metadata, insights,
    version)
  VALUES ($1, $2, $3, $4, $5, $6, $7, ${occurredAtSql('$8::text')}, $8::text, $9::text::timestamptz,
    $10::text::timestamptz, $11, $12, $13::jsonb, $14::jsonb, $15)
  ON CONFLICT (tenant_id, source, source_record_id) DO NOTHING`;

/** The UPDATE of a merged record; `$13` (when given) is the version it was merged from. */
const updateSql = (table: string, where = '') => `UPDATE ${table} SET event_type = $3, title = $4, body = $5,
    occurred_at = ${occurredAtSql('$6::text')}, occurred_at_iso = $6::text, updated_at = $7::text::timestamptz,
    contact_id = $8, case_id = $9, metadata = $10::jsonb, insights = $11::jsonb, version = $12
  WHERE id = $1 AND tenant_id = $2${where}`;

const selectSql = (table: string) => `SELECT ${INTERACTION_COLUMNS} FROM ${table}
  WHERE tenant_id = $1 AND source = $2 AND source_record_id = $3`;

function updateParams(i: Interaction): unknown[] {
  return [
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
  ];
}

/** Where an upsert runs: the client, the tenant-scoping statement and the table. */
export interface UpsertTarget {
  client: SqlClient;
  /** `tenantSetup(...)` of the record's tenant. */
  setup: string;
  /** Quoted, schema-qualified interactions table. */
  table: string;
  /** Runs `fn` in a tenant-scoped transaction (`withTenant`), for the locked path. */
  locked<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * The quoted `callbridge_insert_interaction` function of the schema (migration 2), or null to
   * send the statements as SQL text.
   */
  insertFunction: string | null;
  /** The quoted `callbridge_update_interaction` function (migration 2), or null. */
  updateFunction: string | null;
  /** Called once the schema turned out not to have these functions (not migrated yet). */
  functionMissing(): void;
}

/** Writes a merged record if the stored one still has the version it was merged from. */
async function compareAndSet(target: UpsertTarget, merged: Interaction): Promise<boolean> {
  const { client, setup, table, updateFunction } = target;
  const params = [...updateParams(merged), merged.version - 1];
  if (updateFunction) {
    try {
      const [, res] = await client.script(
        `${setup};\n${bindLiterals(
          `SELECT ${updateFunction}($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11::jsonb, $12::integer, $13::integer) AS updated`,
          params,
        )}`,
      );
      return res?.rows[0]?.updated === true;
    } catch (error) {
      if (!isMissingFunction(error)) throw error;
      target.functionMissing();
    }
  }
  const [, updated] = await client.script(
    `${setup};\n${bindLiterals(`${updateSql(table, ' AND version = $13')} RETURNING 1 AS updated`, params)}`,
  );
  return updated?.rows.length === 1;
}

/** The INSERT of a new record and the read of the stored one when it already exists. */
async function insertOrRead(
  target: UpsertTarget,
  record: Interaction,
  key: string[],
): Promise<{ inserted: boolean; row: InteractionRow | undefined }> {
  const { client, setup, table, insertFunction } = target;
  if (insertFunction) {
    try {
      const [, res] = await client.script(
        `${setup};\n${bindLiterals(
          `SELECT * FROM ${insertFunction}($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14::jsonb, $15::integer)`,
          interactionParams(record),
        )}`,
      );
      const row = res?.rows[0] as (InteractionRow & { inserted: boolean }) | undefined;
      return { inserted: row?.inserted === true, row: row?.inserted === false ? row : undefined };
    } catch (error) {
      // Nothing was written (the script is one transaction): send the statements themselves.
      if (!isMissingFunction(error)) throw error;
      target.functionMissing();
    }
  }
  // The read skips the row this INSERT just wrote (its id is new), so a created record comes
  // back as one short row instead of the whole record parsed again.
  const [, inserted, found] = await client.script(
    `${setup};\n${bindLiterals(`${insertSql(table)} RETURNING 1 AS inserted`, interactionParams(record))};\n${bindLiterals(`${selectSql(table)} AND id <> $4`, [...key, record.id])}`,
  );
  return {
    inserted: inserted?.rows.length === 1,
    row: found?.rows[0] as InteractionRow | undefined,
  };
}

/**
 * Upserts one interaction, merging with core's `mergeInteraction` (the single source of the
 * rules). Each step is one round trip (`SqlClient.script`: tenant setup and statements in one
 * implicit transaction under row-level security):
 * 1. `INSERT ... ON CONFLICT DO NOTHING` of the record as new, then a read of the stored row
 *    (unless it is the one just inserted), through the schema's `callbridge_insert_interaction`
 *    function, whose plans the server keeps. A new key is done here, in one round trip.
 * 2. Otherwise the stored row is merged in JS and written with `UPDATE ... WHERE version = <read
 *    version>` (`callbridge_update_interaction`). Every change bumps `version`, so the write only lands on the exact record the merge
 *    read: a concurrent writer makes it miss, and the round starts again with a fresh read.
 * After `OPTIMISTIC_ATTEMPTS` missed rounds (a hot key) it falls back to `lockedUpsert`, which
 * serializes writers on the row lock. No update is lost either way.
 */
export async function upsertInteraction(
  target: UpsertTarget,
  patch: InteractionUpsert,
  now: () => string,
  newId: () => string,
): Promise<UpsertResult> {
  const input = withoutNul(patch);
  const { table } = target;
  const key = [input.tenantId, input.source, input.sourceRecordId];
  for (let attempt = 1; attempt <= OPTIMISTIC_ATTEMPTS; attempt++) {
    const created = mergeInteraction(null, input, { id: newId, now: now() });
    const { inserted, row } = await insertOrRead(target, created.interaction, key);
    if (inserted) return created;
    if (!row) continue;
    const result = mergeInteraction(rowToInteraction(row), input, { id: newId, now: now() });
    if (!result.changed) return result;
    if (await compareAndSet(target, result.interaction)) return result;
  }
  return target.locked((tx) => lockedUpsert(tx, table, input, now, newId));
}

/**
 * The merge under a row lock, inside a tenant-scoped transaction:
 * 1. `SELECT ... FOR UPDATE` locks the row of (tenant, source, sourceRecordId) if it exists;
 * 2. core's `mergeInteraction` computes the new record in JS;
 * 3. `UPDATE` writes it while the lock is held, or, for a new key,
 *    `INSERT ... ON CONFLICT (tenant_id, source, source_record_id) DO NOTHING` creates it. When a
 *    concurrent transaction won the insert, the loop locks the row it created and merges into it.
 * Concurrent upserts of one key therefore serialize on the row lock: none reads a stale record.
 */
export async function lockedUpsert(
  tx: SqlExecutor,
  table: string,
  input: InteractionUpsert,
  now: () => string,
  newId: () => string,
): Promise<UpsertResult> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const found = await tx.query<InteractionRow>(`${selectSql(table)} FOR UPDATE`, [
      input.tenantId,
      input.source,
      input.sourceRecordId,
    ]);
    const row = found.rows[0];
    if (row) {
      const result = mergeInteraction(rowToInteraction(row), input, { id: newId, now: now() });
      if (result.changed) await tx.query(updateSql(table), updateParams(result.interaction));
      return result;
    }
    const result = mergeInteraction(null, input, { id: newId, now: now() });
    const inserted = await tx.query(insertSql(table), interactionParams(result.interaction));
    if (inserted.rowCount === 1) return result;
  }
  throw new Error(`upsert of one interaction kept conflicting after ${MAX_ATTEMPTS} attempts`);
}

/**
 * The patch with NUL characters removed from its strings and object keys (Postgres text and jsonb
 * cannot store them; see `dropNul`), so what `upsert` returns is exactly what was stored and a
 * repeated event stays a no-op.
 */
function withoutNul(input: InteractionUpsert): InteractionUpsert {
  return needsCleaning(JSON.stringify(input)) ? JSON.parse(JSON.stringify(input, dropNul)) : input;
}
