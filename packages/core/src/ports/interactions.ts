import type { Direction, Source } from '../model/call-event.js';
import type { CallType, Interaction, InteractionUpsert, UpsertResult } from '../model/interaction.js';

export interface InteractionFilter {
  direction?: Direction;
  source?: Source;
  contactId?: string;
  caseId?: string;
  /** metadata.callType, among calls only (eventType 'CALL'): an SMS never matches. */
  callType?: CallType;
  eventType?: 'CALL' | 'SMS';
  /** Inclusive lower bound on occurredAt (ISO). */
  from?: string;
  /** Exclusive upper bound on occurredAt (ISO). */
  to?: string;
}

export interface ListOptions {
  /** 1..100. */
  limit: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string | null;
}

export interface ListPage<T> {
  items: T[];
  /** Null on the last page. */
  nextCursor: string | null;
}

export interface CallStats {
  total: number;
  inbound: number;
  outbound: number;
  answered: number;
  missed: number;
  voicemail: number;
  /** Mean duration in seconds over calls with a duration, or null. */
  averageDurationSeconds: number | null;
  /** One entry per UTC day in the range that has calls, ascending. */
  perDay: Array<{ date: string; total: number; answered: number; missed: number; voicemail: number }>;
}

/**
 * Where interactions live. `upsert` merges on (tenantId, source, sourceRecordId) atomically, with
 * exactly the rules of `mergeInteraction` (no lost update under concurrency).
 * Lists are ordered by occurredAt descending, then id descending.
 */
export interface InteractionStore {
  upsert(input: InteractionUpsert): Promise<UpsertResult>;
  get(tenantId: string, id: string): Promise<Interaction | null>;
  getBySource(tenantId: string, source: Source, sourceRecordId: string): Promise<Interaction | null>;
  list(tenantId: string, filter: InteractionFilter, options: ListOptions): Promise<ListPage<Interaction>>;
  /** Calls only (eventType CALL) with occurredAt in [from, to). */
  stats(tenantId: string, range: { from: string; to: string }): Promise<CallStats>;
}
