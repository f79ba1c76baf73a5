import { CallbridgeError } from '../errors.js';
import { clonePlain } from '../json/clone.js';
import type { Source } from '../model/call-event.js';
import type { Interaction, InteractionUpsert, UpsertResult } from '../model/interaction.js';
import { mergeInteraction } from '../model/merge.js';
import type {
  CallStats,
  InteractionFilter,
  InteractionStore,
  ListOptions,
  ListPage,
} from '../ports/interactions.js';
import { decodeListCursor, encodeListCursor } from './cursor.js';

/** Options of `MemoryInteractionStore`. */
export interface MemoryInteractionStoreOptions {
  /** Id of new records. Default `crypto.randomUUID()`. */
  id?: () => string;
  /** Clock in ms since epoch. Default `Date.now`. */
  now?: () => number;
}

const sourceKey = (tenantId: string, source: string, sourceRecordId: string) =>
  `${tenantId}\u0000${source}\u0000${sourceRecordId}`;

/** Sorts by occurredAt descending, then id descending. */
function compareDesc(a: { occurredAt: string; id: string }, b: { occurredAt: string; id: string }): number {
  const dt = Date.parse(b.occurredAt) - Date.parse(a.occurredAt);
  if (dt !== 0) return dt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** True when `item` matches every set field of `filter`. */
export function matchesInteractionFilter(item: Interaction, filter: InteractionFilter): boolean {
  const at = Date.parse(item.occurredAt);
  if (filter.direction && item.metadata.direction !== filter.direction) return false;
  if (filter.source && item.source !== filter.source) return false;
  if (filter.contactId && item.contactId !== filter.contactId) return false;
  if (filter.caseId && item.caseId !== filter.caseId) return false;
  // A call type selects calls: an SMS record is never 'ringing' or 'missed'.
  if (filter.callType && (item.eventType !== 'CALL' || item.metadata.callType !== filter.callType))
    return false;
  if (filter.eventType && item.eventType !== filter.eventType) return false;
  if (filter.from && at < Date.parse(filter.from)) return false;
  if (filter.to && at >= Date.parse(filter.to)) return false;
  return true;
}

function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw new CallbridgeError('invalid_query', `List limit ${limit} is out of range.`, {
      hint: 'Pass an integer limit between 1 and 100.',
    });
  }
}

/** Computes `CallStats` over calls (eventType CALL); `perDay` groups by the UTC day of occurredAt. */
export function computeCallStats(calls: Interaction[]): CallStats {
  const stats: CallStats = {
    total: 0,
    inbound: 0,
    outbound: 0,
    answered: 0,
    missed: 0,
    voicemail: 0,
    averageDurationSeconds: null,
    perDay: [],
  };
  const days = new Map<string, CallStats['perDay'][number]>();
  let durationSum = 0;
  let durationCount = 0;
  for (const call of calls) {
    const m = call.metadata;
    const date = new Date(Date.parse(call.occurredAt)).toISOString().slice(0, 10);
    const day = days.get(date) ?? { date, total: 0, answered: 0, missed: 0, voicemail: 0 };
    days.set(date, day);
    stats.total++;
    day.total++;
    if (m.direction === 'inbound') stats.inbound++;
    if (m.direction === 'outbound') stats.outbound++;
    if (m.callType === 'answered' || m.callType === 'missed' || m.callType === 'voicemail') {
      stats[m.callType]++;
      day[m.callType]++;
    }
    if (typeof m.durationSeconds === 'number') {
      durationSum += m.durationSeconds;
      durationCount++;
    }
  }
  stats.averageDurationSeconds = durationCount > 0 ? durationSum / durationCount : null;
  stats.perDay = [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return stats;
}

/**
 * `InteractionStore` in process memory. Upserts are atomic (the merge runs synchronously between
 * read and write) and apply `mergeInteraction`. Returned records are copies.
 */
export class MemoryInteractionStore implements InteractionStore {
  readonly #bySource = new Map<string, Interaction>();
  /** Records by tenant, then by id: `get` and `list` read only the tenant's own map. */
  readonly #byTenant = new Map<string, Map<string, Interaction>>();
  readonly #id: () => string;
  readonly #now: () => number;

  constructor(options: MemoryInteractionStoreOptions = {}) {
    this.#id = options.id ?? (() => crypto.randomUUID());
    this.#now = options.now ?? Date.now;
  }

  async upsert(input: InteractionUpsert): Promise<UpsertResult> {
    const key = sourceKey(input.tenantId, input.source, input.sourceRecordId);
    const existing = this.#bySource.get(key) ?? null;
    const now = new Date(this.#now()).toISOString();
    const result = mergeInteraction(existing, input, { id: this.#id, now });
    if (result.changed) {
      const stored = clonePlain(result.interaction);
      this.#bySource.set(key, stored);
      let tenant = this.#byTenant.get(stored.tenantId);
      if (!tenant) {
        tenant = new Map();
        this.#byTenant.set(stored.tenantId, tenant);
      }
      tenant.set(stored.id, stored);
    }
    // mergeInteraction returns a record that shares no object with `existing` or `input` (fresh
    // metadata and insights, or a clone of the stored record when nothing changed), so the
    // caller can have it as is: the stored copy above is the only clone needed.
    return result;
  }

  async get(tenantId: string, id: string): Promise<Interaction | null> {
    // Looked up in the tenant's own map: an id of another tenant is not found.
    const found = this.#byTenant.get(tenantId)?.get(id);
    return found ? clonePlain(found) : null;
  }

  async getBySource(tenantId: string, source: Source, sourceRecordId: string): Promise<Interaction | null> {
    const found = this.#bySource.get(sourceKey(tenantId, source, sourceRecordId));
    return found ? clonePlain(found) : null;
  }

  async list(
    tenantId: string,
    filter: InteractionFilter,
    options: ListOptions,
  ): Promise<ListPage<Interaction>> {
    assertLimit(options.limit);
    const after = options.cursor ? decodeListCursor(options.cursor) : null;
    const items = this.#tenant(tenantId)
      .filter((item) => matchesInteractionFilter(item, filter))
      .filter((item) => !after || compareDesc(after, item) < 0)
      .sort(compareDesc);
    const page = items.slice(0, options.limit);
    const last = page[page.length - 1];
    const nextCursor =
      items.length > options.limit && last
        ? encodeListCursor({ occurredAt: last.occurredAt, id: last.id })
        : null;
    return { items: page.map((item) => clonePlain(item)), nextCursor };
  }

  async stats(tenantId: string, range: { from: string; to: string }): Promise<CallStats> {
    const calls = this.#tenant(tenantId).filter((item) =>
      matchesInteractionFilter(item, { eventType: 'CALL', from: range.from, to: range.to }),
    );
    return computeCallStats(calls);
  }

  #tenant(tenantId: string): Interaction[] {
    return [...(this.#byTenant.get(tenantId)?.values() ?? [])];
  }
}
