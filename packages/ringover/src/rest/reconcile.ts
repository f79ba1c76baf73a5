import { isCallbridgeError, type ProviderRuntime, redactPhoneNumbers } from '@callbridge/core';
import type { RingoverClient } from './client.js';
import type { RingoverCallRow } from './schema.js';
import { callRowToEvent } from './to-event.js';
import { toMs } from './windows.js';

/** Options of `reconcileRingoverCalls`. */
export interface ReconcileOptions {
  client: RingoverClient;
  /**
   * With `interactions`, a row without `channel_id` (the usual case) takes the channel of the call
   * already stored from the webhook, so that delivery counts as a duplicate.
   */
  runtime: Pick<ProviderRuntime, 'ingest' | 'logger' | 'now'> &
    Partial<Pick<ProviderRuntime, 'interactions'>>;
  tenantId: string;
  /** Start of the range (calls started at or after). */
  since: Date | string | number;
  /** End of the range; default now. */
  until?: Date | string | number;
  /**
   * Ingest only the rows of calls that ended at or after this time (or have no end time): the
   * ones that ended before were ingested by an earlier run, and are counted in `alreadyReconciled`.
   * Default: every row.
   */
  endedAfter?: Date | string | number;
  /** Rows per page, ≤ 1000. Default 500 (the API may serve fewer; paging goes on). */
  pageSize?: number;
  /** Largest number of `/calls` pages the run reads; past it the run fails. Default 1000. */
  maxPages?: number;
  /** Aborts the run: its REST requests, their retries and waits (each request also has its timeout). */
  signal?: AbortSignal;
}

/** What a reconciliation did. */
export interface ReconcileResult {
  /** Rows read from the API that match the schema (a malformed row is only in `skipped`). */
  fetched: number;
  /** Rows stored (the webhooks had missed them, or they added to the record). */
  stored: number;
  /** Rows whose delivery was already stored by the webhook path. */
  duplicates: number;
  /**
   * Rows left out: they do not match the schema, or the pipeline refused their event (each
   * logged, without phone numbers).
   */
  skipped: number;
  /** Rows of calls that ended before `endedAfter`, not ingested again (also in `fetched`). */
  alreadyReconciled: number;
  /** ISO end of the range covered; the next run can start here. */
  until: string;
}

/**
 * Pages through `/calls` in [since, until) and ingests every row through the same pipeline as the
 * webhooks, with the same record and delivery ids: calls the webhooks missed are stored, calls
 * they already delivered are duplicates, and nothing is stored twice.
 */
export async function reconcileRingoverCalls(options: ReconcileOptions): Promise<ReconcileResult> {
  const untilMs = options.until === undefined ? options.runtime.now() : toMs(options.until);
  const result: ReconcileResult = {
    fetched: 0,
    stored: 0,
    duplicates: 0,
    skipped: 0,
    alreadyReconciled: 0,
    until: new Date(untilMs).toISOString(),
  };
  const rows = options.client.iterateCalls({
    since: options.since,
    until: untilMs,
    ...(options.pageSize ? { pageSize: options.pageSize } : {}),
    ...(options.maxPages !== undefined ? { maxPages: options.maxPages } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onSkippedRow: () => {
      result.skipped += 1;
    },
  });
  const endedAfterSeconds = options.endedAfter === undefined ? null : toMs(options.endedAfter) / 1000;
  for await (const row of rows) {
    result.fetched += 1;
    if (endedAfterSeconds !== null && row.end_time != null && row.end_time < endedAfterSeconds) {
      result.alreadyReconciled += 1;
      continue;
    }
    const outcome = await ingestRow(options, row, untilMs);
    if (outcome === 'refused') result.skipped += 1;
    else if (outcome === 'duplicate') result.duplicates += 1;
    else result.stored += 1;
  }
  options.runtime.logger.info('ringover: reconciliation done', { tenantId: options.tenantId, ...result });
  return result;
}

/** True when `text` holds a control character (U+0000–U+001F, U+007F): core refuses it in a key. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Ingests one row. A row the pipeline refuses (`malformed_body`: an id no store takes) costs only
 * itself: logged and `refused`. One whose delivery a webhook is storing at that moment
 * (`delivery_in_progress`) is a duplicate. Any other failure (the store) fails the run.
 */
async function ingestRow(
  options: ReconcileOptions,
  row: RingoverCallRow,
  untilMs: number,
): Promise<'stored' | 'duplicate' | 'refused'> {
  const refused = (why: string) => {
    options.runtime.logger.warn('ringover: skipped a /calls row the pipeline refused', {
      tenantId: options.tenantId,
      cdrId: row.cdr_id,
      error: redactPhoneNumbers(why, [row.from_number, row.to_number, row.contact_number]).slice(0, 300),
    });
    return 'refused' as const;
  };
  if (hasControlCharacter(row.call_id)) return refused('call_id contains control characters');
  try {
    const event = callRowToEvent(
      row,
      options.tenantId,
      untilMs,
      await storedChannelOf(options, row.call_id, row.channel_id),
    );
    const outcome = await options.runtime.ingest(event);
    return outcome.status === 'duplicate' ? 'duplicate' : 'stored';
  } catch (error) {
    if (isCallbridgeError(error) && error.code === 'delivery_in_progress') return 'duplicate';
    if (isCallbridgeError(error) && error.code === 'malformed_body') return refused(error.message);
    throw error;
  }
}

/** The channel of the call as a webhook stored it (`sessionId`), when the row has none. */
async function storedChannelOf(
  options: ReconcileOptions,
  callId: string,
  rowChannelId: string | null | undefined,
): Promise<string | null> {
  if (rowChannelId || !options.runtime.interactions) return null;
  const record = await options.runtime.interactions.getBySource(options.tenantId, 'RINGOVER', callId);
  const sessionId = record?.metadata.sessionId;
  return typeof sessionId === 'string' && sessionId.length > 0 ? sessionId : null;
}
