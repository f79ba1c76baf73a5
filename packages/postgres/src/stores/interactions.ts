import {
  type CallStats,
  encodeListCursor,
  type Interaction,
  type InteractionFilter,
  type InteractionStore,
  type InteractionUpsert,
  type ListOptions,
  type ListPage,
  type Source,
  type UpsertResult,
} from '@callbridge/core';
import { guard } from '../errors.js';
import {
  INSERT_INTERACTION_FUNCTION,
  UPDATE_INTERACTION_FUNCTION,
} from '../migrations/002-write-functions.js';
import type { SqlExecutor } from '../sql/client.js';
import type { Clock } from '../sql/clock.js';
import {
  type PostgresStoreOptions,
  type StoreContext,
  storeContext,
  tenantSetup,
  withTenant,
} from '../sql/context.js';
import { assertStorableTenantId } from '../sql/tenant-id.js';
import {
  badTime,
  checkLimit,
  listWhere,
  perDaySql,
  type TotalsRow,
  timeBound,
  toStats,
  totalsSql,
} from './interaction-queries.js';
import { INTERACTION_COLUMNS, type InteractionRow, rowToInteraction } from './interaction-rows.js';
import { upsertInteraction } from './interaction-upsert.js';

/**
 * The server refused a time of the query (22007, 22008, 22009): only a cursor it cannot read (a
 * well-formed but impossible date, such as February 30, or an offset beyond ±15:59 that
 * JavaScript reads) gets there. A bad query, not an outage.
 */
function badCursorTime(error: unknown): never {
  const code = (error as { code?: unknown } | null)?.code;
  throw code === '22007' || code === '22008' || code === '22009' ? badTime('cursor', 'in the cursor') : error;
}

/** Options of `PostgresInteractionStore`. */
export interface PostgresInteractionStoreOptions extends PostgresStoreOptions {
  /** Clock in ms since epoch for createdAt / updatedAt. Default `Date.now`. */
  now?: Clock;
  /** Id of new records. Default `crypto.randomUUID()`. */
  id?: () => string;
}

/**
 * `InteractionStore` on Postgres. Records merge on (tenant_id, source, source_record_id) with
 * core's `mergeInteraction` under a row lock (see `upsertInteraction`); metadata and insights are
 * jsonb; lists page by an opaque cursor over (occurredAt desc, id desc); stats are computed in
 * SQL per UTC day. Every call runs in a tenant-scoped transaction under row-level security.
 * Failures reject with `store_unavailable` (503).
 */
export class PostgresInteractionStore implements InteractionStore {
  readonly #ctx: StoreContext;
  readonly #now: () => string;
  readonly #newId: () => string;
  /** False once the schema turned out not to have the interaction write functions. */
  #useFunction = true;

  constructor(options: PostgresInteractionStoreOptions) {
    this.#ctx = storeContext(options);
    const clock = options.now ?? Date.now;
    this.#now = () => new Date(clock()).toISOString();
    this.#newId = options.id ?? (() => crypto.randomUUID());
  }

  #scoped<T>(what: string, tenantId: string, fn: Parameters<typeof withTenant<T>>[3]): Promise<T> {
    return guard(`interactions.${what}`, async () => {
      assertStorableTenantId(tenantId);
      return withTenant(this.#ctx.client, this.#ctx, tenantId, fn);
    });
  }

  upsert(input: InteractionUpsert): Promise<UpsertResult> {
    return guard('interactions.upsert', async () => {
      assertStorableTenantId(input.tenantId);
      return upsertInteraction(this.#target(input.tenantId), input, this.#now, this.#newId);
    });
  }

  /** Where an upsert of `tenantId`'s record runs. */
  #target(tenantId: string) {
    const ctx = this.#ctx;
    return {
      client: ctx.client,
      setup: tenantSetup(ctx, tenantId),
      table: ctx.table('interactions'),
      locked: <T>(fn: (tx: SqlExecutor) => Promise<T>) => withTenant(ctx.client, ctx, tenantId, fn),
      insertFunction: this.#useFunction ? ctx.table(INSERT_INTERACTION_FUNCTION) : null,
      updateFunction: this.#useFunction ? ctx.table(UPDATE_INTERACTION_FUNCTION) : null,
      functionMissing: () => {
        this.#useFunction = false;
      },
    };
  }

  get(tenantId: string, id: string): Promise<Interaction | null> {
    return this.#one('get', tenantId, 'id = $2', [id]);
  }

  getBySource(tenantId: string, source: Source, sourceRecordId: string): Promise<Interaction | null> {
    return this.#one('getBySource', tenantId, 'source = $2 AND source_record_id = $3', [
      source,
      sourceRecordId,
    ]);
  }

  #one(what: string, tenantId: string, where: string, params: unknown[]): Promise<Interaction | null> {
    return this.#scoped(what, tenantId, async (tx) => {
      const res = await tx.query<InteractionRow>(
        `SELECT ${INTERACTION_COLUMNS} FROM ${this.#ctx.table('interactions')} WHERE tenant_id = $1 AND ${where}`,
        [tenantId, ...params],
      );
      const row = res.rows[0];
      return row ? rowToInteraction(row) : null;
    });
  }

  async list(
    tenantId: string,
    filter: InteractionFilter,
    options: ListOptions,
  ): Promise<ListPage<Interaction>> {
    const limit = checkLimit(options.limit);
    const where = listWhere(this.#ctx.table('interactions'), tenantId, filter, options);
    const rows = await this.#scoped('list', tenantId, async (tx) => {
      const res = await tx
        .query<InteractionRow>(
          `SELECT ${INTERACTION_COLUMNS} FROM ${this.#ctx.table('interactions')} WHERE ${where.sql}
         ORDER BY occurred_at DESC, id DESC LIMIT ${limit + 1}`,
          where.params,
        )
        .catch(badCursorTime);
      return res.rows;
    });
    const items = rows.slice(0, limit).map(rowToInteraction);
    const last = items[items.length - 1];
    const nextCursor =
      rows.length > limit && last ? encodeListCursor({ occurredAt: last.occurredAt, id: last.id }) : null;
    return { items, nextCursor };
  }

  stats(tenantId: string, range: { from: string; to: string }): Promise<CallStats> {
    const table = this.#ctx.table('interactions');
    return this.#scoped('stats', tenantId, async (tx) => {
      const params = [tenantId, timeBound(range.from, 'from'), timeBound(range.to, 'to')];
      const totals = await tx.query<TotalsRow>(totalsSql(table), params);
      const perDay = await tx.query<CallStats['perDay'][number]>(perDaySql(table), params);
      return toStats(totals.rows[0], perDay.rows);
    });
  }
}
