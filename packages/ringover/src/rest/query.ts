import { CallbridgeError } from '@callbridge/core';
import { toMs } from './windows.js';

/** Query of `GET /calls`. Dates go together and span at most 15 days. */
export interface ListCallsQuery {
  start?: Date | string | number;
  end?: Date | string | number;
  /** Page size, ≤ 1000. */
  limit?: number;
  /** Cursor: only rows with a `cdr_id` older than this one. */
  lastIdReturned?: string;
  callType?: 'ANSWERED' | 'MISSED' | 'OUT' | 'VOICEMAIL';
}

/** The path and query of `GET /calls`; dates are checked to come together. */
export function callsPath(query: ListCallsQuery): string {
  const params = new URLSearchParams();
  if ((query.start === undefined) !== (query.end === undefined)) {
    throw new CallbridgeError('invalid_query', 'Ringover needs start and end dates together.', {
      hint: 'Pass both `start` and `end` (at most 15 days apart), or neither.',
    });
  }
  if (query.start !== undefined && query.end !== undefined) {
    params.set('start_date', new Date(toMs(query.start)).toISOString());
    params.set('end_date', new Date(toMs(query.end)).toISOString());
  }
  if (query.limit !== undefined) params.set('limit_count', String(Math.min(1000, query.limit)));
  if (query.lastIdReturned !== undefined) params.set('last_id_returned', query.lastIdReturned);
  if (query.callType !== undefined) params.set('call_type', query.callType);
  const qs = params.toString();
  return `/calls${qs ? `?${qs}` : ''}`;
}
