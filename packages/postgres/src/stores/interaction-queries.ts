import {
  CallbridgeError,
  type CallStats,
  decodeListCursor,
  type InteractionFilter,
  type ListOptions,
} from '@callbridge/core';
import { occurredAtSql } from '../migrations/003-occurred-at-milliseconds.js';

/** A WHERE clause and its parameters, built from a list filter. */
export interface WhereClause {
  sql: string;
  params: unknown[];
}

/** The list filters of `table`, each as a parameterized condition; always scoped by tenant. */
export function listWhere(
  table: string,
  tenantId: string,
  filter: InteractionFilter,
  options: ListOptions,
): WhereClause {
  const params: unknown[] = [tenantId];
  const conditions = ['tenant_id = $1'];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (filter.direction) add((n) => `metadata->>'direction' = ${n}`, filter.direction);
  if (filter.source) add((n) => `source = ${n}`, filter.source);
  if (filter.contactId) add((n) => `contact_id = ${n}`, filter.contactId);
  if (filter.caseId) add((n) => `case_id = ${n}`, filter.caseId);
  // A call type selects calls: an SMS record is never 'ringing' or 'missed'.
  if (filter.callType) add((n) => `event_type = 'CALL' AND metadata->>'callType' = ${n}`, filter.callType);
  if (filter.eventType) add((n) => `event_type = ${n}`, filter.eventType);
  if (filter.from) add((n) => `occurred_at >= ${n}::text::timestamptz`, timeBound(filter.from, 'from'));
  if (filter.to) add((n) => `occurred_at < ${n}::text::timestamptz`, timeBound(filter.to, 'to'));
  if (options.cursor) {
    const cursor = decodeListCursor(options.cursor);
    // No stored id holds a NUL (Postgres text cannot): a cursor with one was not made by a list.
    if (cursor.id.includes('\u0000')) throw badCursor();
    // A cursor of ours holds a stored occurredAt, which the server already read once: sent as is,
    // and read to the millisecond as it was stored. Anything else is read the JavaScript way,
    // like core's in-memory store.
    const occurredAt = STRICT_ISO.test(cursor.occurredAt)
      ? cursor.occurredAt
      : timeBound(cursor.occurredAt, 'cursor');
    params.push(occurredAt, cursor.id);
    const [text, id] = [`$${params.length - 1}::text`, `$${params.length}::text`];
    // The page ended on a stored row: its stored time, whatever wrote it (an instance of a release
    // before migration 3 still running writes the microseconds), so no record is skipped or listed
    // twice. A row since changed or gone: the cursor's time, as it is stored now.
    const stored = `(SELECT c.occurred_at FROM ${table} c WHERE c.tenant_id = $1 AND c.id = ${id} AND c.occurred_at_iso = ${text})`;
    conditions.push(`(occurred_at, id) < (COALESCE(${stored}, ${occurredAtSql(text)}), ${id})`);
  }
  return { sql: conditions.join(' AND '), params };
}

/** An ISO-8601 date-time with a zone, in a form the server reads as JavaScript does. */
const STRICT_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A time bound of a list or of stats as the server must read it: the instant JavaScript (and so
 * core's in-memory store) reads from `value`, as UTC ISO. A date alone is UTC midnight, not
 * midnight in the session's TimeZone. `invalid_query` when it is no date the server can hold.
 */
export function timeBound(value: string, what: string): string {
  const ms = Date.parse(value);
  const iso = Number.isNaN(ms) ? '' : new Date(ms).toISOString();
  if (!/^\d{4}-/.test(iso)) throw badTime(what, value);
  return iso;
}

/** The `invalid_query` error of a time the store cannot compare. */
export function badTime(what: string, value: unknown): CallbridgeError {
  return new CallbridgeError(
    'invalid_query',
    `The ${what} time ${JSON.stringify(value)} is not a usable date.`,
    {
      hint: 'Pass an ISO-8601 date-time with a time zone between the years 0000 and 9999, such as 2026-03-01T00:00:00Z; page with `nextCursor` unchanged.',
    },
  );
}

/** The `invalid_query` error of a cursor no list page could have returned. */
export function badCursor(): CallbridgeError {
  return new CallbridgeError('invalid_query', 'The list cursor is not valid.', {
    hint: 'Pass the `nextCursor` of a previous page unchanged, or omit it to start from the first page.',
  });
}

/** Rejects a page size outside 1..100, like core's in-memory store. */
export function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new CallbridgeError('invalid_query', `List limit must be an integer from 1 to 100, got ${limit}.`, {
      hint: 'Pass `limit` between 1 and 100 and page with `nextCursor`.',
    });
  }
  return limit;
}

/** Counts shared by the totals and the per-day rows. */
const COUNTS = `count(*)::int AS total,
  (count(*) FILTER (WHERE metadata->>'callType' = 'answered'))::int AS answered,
  (count(*) FILTER (WHERE metadata->>'callType' = 'missed'))::int AS missed,
  (count(*) FILTER (WHERE metadata->>'callType' = 'voicemail'))::int AS voicemail`;

const STATS_WHERE = `tenant_id = $1 AND event_type = 'CALL'
  AND occurred_at >= $2::text::timestamptz AND occurred_at < $3::text::timestamptz`;

/** Totals over [from, to): counts by direction and outcome, mean duration. */
export function totalsSql(table: string): string {
  return `SELECT ${COUNTS},
    (count(*) FILTER (WHERE metadata->>'direction' = 'inbound'))::int AS inbound,
    (count(*) FILTER (WHERE metadata->>'direction' = 'outbound'))::int AS outbound,
    (avg((metadata->>'durationSeconds')::float8)
      FILTER (WHERE jsonb_typeof(metadata->'durationSeconds') = 'number'))::float8 AS average
  FROM ${table} WHERE ${STATS_WHERE}`;
}

/** One row per UTC day that has calls, ascending. */
export function perDaySql(table: string): string {
  return `SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS date, ${COUNTS}
  FROM ${table} WHERE ${STATS_WHERE}
  GROUP BY 1 ORDER BY 1`;
}

/** Row shapes of the two statistics queries. */
export interface TotalsRow {
  total: number;
  answered: number;
  missed: number;
  voicemail: number;
  inbound: number;
  outbound: number;
  average: number | null;
}

/** Assembles `CallStats` from the two statistics queries. */
export function toStats(totals: TotalsRow | undefined, perDay: CallStats['perDay']): CallStats {
  return {
    total: totals?.total ?? 0,
    inbound: totals?.inbound ?? 0,
    outbound: totals?.outbound ?? 0,
    answered: totals?.answered ?? 0,
    missed: totals?.missed ?? 0,
    voicemail: totals?.voicemail ?? 0,
    averageDurationSeconds: totals?.average ?? null,
    perDay: perDay.map((d) => ({
      date: d.date,
      total: d.total,
      answered: d.answered,
      missed: d.missed,
      voicemail: d.voicemail,
    })),
  };
}
