import {
  CallbridgeError,
  type EventLog,
  parseEventId,
  type ReadAfterResult,
  type StreamEvent,
  type StreamEventType,
} from '@callbridge/core';
import { guard, isDataError, isMissingFunction } from '../errors.js';
import { APPEND_EVENTS_FUNCTION } from '../migrations/002-write-functions.js';
import { type Clock, clockParam, nowSql } from '../sql/clock.js';
import {
  type PostgresStoreOptions,
  type StoreContext,
  storeContext,
  tenantSetup,
  withTenant,
} from '../sql/context.js';
import { bindLiterals } from '../sql/ident.js';
import { assertStorableTenantId } from '../sql/tenant-id.js';
import { KeyedBatcher } from './batcher.js';
import { isoOf, jsonParam } from './interaction-rows.js';

/** Options of `PostgresEventLog`. */
export interface PostgresEventLogOptions extends PostgresStoreOptions {
  /** Newest events kept per tenant. Default 1000. */
  maxEventsPerTenant?: number;
  /** Events older than this are dropped. Default 24 h. */
  maxAgeMs?: number;
  /** Clock in ms since epoch. Default: the database clock. */
  now?: Clock;
  /** Most appends of one tenant combined into one transaction. Default 500. */
  maxBatch?: number;
}

/** The longest retention age the clock arithmetic holds: about 3,000 years, so the cutoff stays a valid timestamp. */
const MAX_AGE_MS = 1e14;

/** The largest id the log can issue: Postgres' bigint maximum. */
const MAX_EVENT_ID = 9223372036854775807n;

/** The counter row as `readAfter` reads it. */
interface HeadRow {
  last_id: string;
  through: string;
}

export interface EventRow {
  id: string;
  tenant_id: string;
  type: StreamEventType;
  data: unknown;
  created_at: Date | string;
}

/**
 * The highest id of tenant `tenant` created more than `$maxAge` ms before the time `$at` (null:
 * the database clock), or 0. Written so that it reads only those old events, however many newer
 * ones the tenant has:
 * - the cutoff is a sub-select, computed once per statement, so it is a bound of the
 *   `(tenant_id, created_at)` index scan; `clock_timestamp()` compared row by row is volatile
 *   and would filter every event of the tenant instead;
 * - `max(e.id + 0)` keeps the planner from answering `max(e.id)` with a backward scan of the
 *   primary key that filters on `created_at`, which also visits every newer event first.
 */
const oldestKept = (events: string, tenant: string, at: number, maxAge: number) =>
  `COALESCE((SELECT max(e.id + 0) FROM ${events} e WHERE e.tenant_id = ${tenant}
    AND e.created_at < (SELECT ${nowSql(at)} - $${maxAge}::float8 * interval '1 millisecond')), 0)`;

/**
 * The highest id retention drops for tenant $1: everything beyond the newest $2 events, and
 * every event created more than $4 ms before the time $3 (null: the database clock). Reads the
 * counter row `ec`.
 */
const THROUGH = (events: string) =>
  `GREATEST(ec.dropped_through, ec.last_id - $2::bigint, ${oldestKept(events, '$1', 3, 4)})`;

/**
 * `EventLog` on Postgres. Ids come from a per-tenant counter row incremented in the append
 * transaction: the row lock serializes appends of one tenant, so ids are 1, 2, 3... in commit
 * order and never reused, and a reader never sees id n+1 before id n is committed. Because that
 * lock is held until the commit is flushed to disk, concurrent appends of one tenant in this
 * process are combined into one transaction (`maxBatch`), so a hot tenant costs one flush per
 * batch rather than per event. Retention (count and age) is applied on append; `readAfter` reports
 * `truncated` when events after `afterId` were dropped or `afterId` is newer than the log, exactly
 * like core's `MemoryEventLog`. Runs under row-level security per tenant.
 */
export class PostgresEventLog implements EventLog {
  readonly #ctx: StoreContext;
  readonly #maxEvents: number;
  readonly #maxAgeMs: number;
  readonly #now: Clock | undefined;
  readonly #batcher: KeyedBatcher<string, StreamEvent>;
  /** False once the schema turned out not to have `callbridge_append_events` (not migrated yet). */
  #useFunction = true;

  constructor(options: PostgresEventLogOptions) {
    this.#ctx = storeContext(options);
    // Limits past what SQL can compute with (Infinity, counts over bigint, ages before the first
    // timestamp) keep every event, as in core's `MemoryEventLog`: they are capped here.
    this.#maxEvents = Math.min(Math.floor(options.maxEventsPerTenant ?? 1000), Number.MAX_SAFE_INTEGER);
    this.#maxAgeMs = Math.min(options.maxAgeMs ?? 24 * 60 * 60 * 1000, MAX_AGE_MS);
    this.#now = options.now;
    // A batch the server refuses for its data is appended again one event at a time, so a bad
    // event fails its own call only.
    this.#batcher = new KeyedBatcher(
      (tenantId, items) => this.#appendBatch(tenantId, items),
      options.maxBatch ?? 500,
      isDataError,
    );
    if (!(this.#maxEvents >= 1) || !(this.#maxAgeMs > 0)) {
      throw new CallbridgeError('configuration_error', 'Event log retention must keep at least one event.', {
        hint: 'Set maxEventsPerTenant >= 1 and maxAgeMs > 0.',
      });
    }
  }

  /** The parameters $2..$4 of `THROUGH` at time `at` (ISO, or null for the database clock). */
  #retention(at: string | null): [number, string | null, number] {
    return [this.#maxEvents, at, this.#maxAgeMs];
  }

  append(tenantId: string, type: StreamEventType, data: unknown): Promise<StreamEvent> {
    // Serialized here, so a value JSON cannot encode fails this call only, not its batch.
    return guard('events.append', async () => {
      assertStorableTenantId(tenantId);
      return this.#batcher.add(tenantId, jsonParam({ type, data: data ?? null }));
    });
  }

  /**
   * Appends a batch of one tenant's events in one transaction: the counter row moves by the batch
   * size (its lock orders batches, so ids follow commit order), the events are inserted, and
   * retention prunes what falls out of the window.
   */
  async #appendBatch(tenantId: string, items: string[]): Promise<StreamEvent[]> {
    if (this.#useFunction) {
      // The same statement as below, kept planned by the server (migration 2): tenant setup and
      // the call in one round trip, one implicit transaction.
      try {
        const [, res] = await this.#ctx.client.script(
          `${tenantSetup(this.#ctx, tenantId)};\n${bindLiterals(
            `SELECT id, tenant_id, type, data, created_at FROM ${this.#ctx.table(APPEND_EVENTS_FUNCTION)}($1, $2::jsonb, $3, $4::bigint, $5::float8)`,
            [tenantId, `[${items.join(',')}]`, clockParam(this.#now), this.#maxEvents, this.#maxAgeMs],
          )}`,
        );
        return ((res?.rows ?? []) as unknown as EventRow[]).map(toEvent);
      } catch (error) {
        // Nothing was written (the script is one transaction): send the statement itself.
        if (!isMissingFunction(error)) throw error;
        this.#useFunction = false;
      }
    }
    const counters = this.#ctx.table('event_counters');
    const events = this.#ctx.table('events');
    // One statement: move the counter by the batch size (its row lock orders batches) and record
    // how far retention now drops ($5 events, $6 ms), insert the batch, delete what was dropped.
    // Events of this very batch beyond the window are hidden by `readAfter` and deleted next time.
    const sql = `WITH c AS (
        INSERT INTO ${counters} AS ec (tenant_id, last_id, dropped_through)
        VALUES ($1, $2::bigint, GREATEST(0, $2::bigint - $5::bigint))
        ON CONFLICT (tenant_id) DO UPDATE SET
          last_id = ec.last_id + $2::bigint,
          dropped_through = GREATEST(ec.dropped_through, ec.last_id + $2::bigint - $5::bigint,
            ${oldestKept(events, '$1', 3, 6)})
        RETURNING ec.last_id, ec.dropped_through, ${nowSql(3)} AS at
      ),
      ins AS (
        INSERT INTO ${events} (tenant_id, id, type, data, created_at)
        SELECT $1, c.last_id - $2::bigint + x.ord, x.item->>'type', x.item->'data', c.at
        FROM c, jsonb_array_elements($4::jsonb) WITH ORDINALITY AS x(item, ord)
        RETURNING id, tenant_id, type, data, created_at
      ),
      gone AS (DELETE FROM ${events} e USING c WHERE e.tenant_id = $1 AND e.id <= c.dropped_through)
      SELECT id::text AS id, tenant_id, type, data, created_at FROM ins ORDER BY ins.id`;
    // Tenant setup and the statement in one round trip (one implicit transaction, no BEGIN/COMMIT).
    const [, res] = await this.#ctx.client.script(
      `${tenantSetup(this.#ctx, tenantId)};\n${bindLiterals(sql, [
        tenantId,
        items.length,
        clockParam(this.#now),
        `[${items.join(',')}]`,
        this.#maxEvents,
        this.#maxAgeMs,
      ])}`,
    );
    return ((res?.rows ?? []) as unknown as EventRow[]).map(toEvent);
  }

  async readAfter(tenantId: string, afterId: string, limit = 1000): Promise<ReadAfterResult> {
    const after = parseEventId(afterId);
    // Newer than any id the bigint counter can issue (and not bindable as one): like any id newer
    // than the log, nothing to read and `truncated`, so the client resyncs.
    if (after > MAX_EVENT_ID) return { events: [], truncated: true };
    const counters = this.#ctx.table('event_counters');
    const events = this.#ctx.table('events');
    const take = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : 1000;
    assertStorableTenantId(tenantId);
    return guard('events.readAfter', () =>
      withTenant(this.#ctx.client, this.#ctx, tenantId, async (tx) => {
        // One statement, so one snapshot: the counter row and the events it bounds are read as of
        // the same instant. Read apart, an append committing in between could prune events after
        // `afterId` that the counter row said were kept, and they would be skipped silently.
        const res = await tx.query<HeadRow & Partial<EventRow>>(
          `WITH head AS (
             SELECT ec.last_id, ${THROUGH(events)} AS through FROM ${counters} ec WHERE ec.tenant_id = $1
           )
           SELECT head.last_id::text AS last_id, head.through::text AS through,
             ev.id::text AS id, ev.tenant_id, ev.type, ev.data, ev.created_at
           FROM head LEFT JOIN LATERAL (
             SELECT * FROM ${events} ev WHERE ev.tenant_id = $1 AND ev.id > GREATEST($5::bigint, head.through)
             ORDER BY ev.id LIMIT $6
           ) ev ON true
           ORDER BY ev.id`,
          [tenantId, ...this.#retention(clockParam(this.#now)), after.toString(), take],
        );
        const counter = res.rows[0];
        if (!counter) return { events: [], truncated: after > 0n };
        const truncated = after < BigInt(counter.through) || after > BigInt(counter.last_id);
        const rows = res.rows.filter((row): row is HeadRow & EventRow => row.id != null);
        return { events: rows.map(toEvent), truncated };
      }),
    );
  }

  lastId(tenantId: string): Promise<string | null> {
    const counters = this.#ctx.table('event_counters');
    return guard('events.lastId', async () => {
      assertStorableTenantId(tenantId);
      return withTenant(this.#ctx.client, this.#ctx, tenantId, async (tx) => {
        const res = await tx.query<{ last_id: string }>(
          `SELECT last_id::text AS last_id FROM ${counters} WHERE tenant_id = $1`,
          [tenantId],
        );
        const last = res.rows[0]?.last_id;
        return last && last !== '0' ? last : null;
      });
    });
  }
}

export function toEvent(row: EventRow): StreamEvent {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    type: row.type,
    data: row.data,
    createdAt: isoOf(row.created_at),
  };
}
