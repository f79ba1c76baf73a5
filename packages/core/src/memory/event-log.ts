import { CallbridgeError } from '../errors.js';
import { clonePlain } from '../json/clone.js';
import type { EventLog, ReadAfterResult, StreamEvent, StreamEventType } from '../ports/events.js';

/** How much of each tenant's log is kept. */
export interface EventLogRetention {
  /** Newest events kept per tenant. Default 1000. */
  maxEventsPerTenant?: number;
  /** Events older than this are dropped. Default 24 h. */
  maxAgeMs?: number;
}

/** Options of `MemoryEventLog`. */
export interface MemoryEventLogOptions extends EventLogRetention {
  /** Clock in ms since epoch. Default `Date.now`. */
  now?: () => number;
}

interface TenantLog {
  lastId: bigint;
  /** Highest id dropped by retention (0 when nothing was dropped). */
  droppedThrough: bigint;
  /**
   * Kept events start at `events[head]`; the entries before it were dropped by retention and are
   * cut off the array in batches, so dropping the oldest event does not shift the array each time.
   */
  events: Array<StreamEvent & { at: number }>;
  head: number;
}

/** Parses a decimal event id; '0' means "from the beginning". */
export function parseEventId(id: string): bigint {
  if (!/^\d{1,30}$/.test(id)) {
    throw new CallbridgeError('invalid_query', 'The event id is not a decimal id of this log.', {
      hint: 'Pass the `id` of an event received earlier (Last-Event-ID), or "0" to read from the start.',
    });
  }
  return BigInt(id);
}

/**
 * `EventLog` in process memory: per-tenant ids 1, 2, 3... (decimal strings, never reused), bounded
 * by `maxEventsPerTenant` and `maxAgeMs`. `readAfter` reports `truncated` when events after
 * `afterId` were dropped, or when `afterId` is newer than anything this log has issued (a log
 * that restarted), so the client resyncs.
 */
export class MemoryEventLog implements EventLog {
  readonly #tenants = new Map<string, TenantLog>();
  readonly #maxEvents: number;
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  constructor(options: MemoryEventLogOptions = {}) {
    this.#maxEvents = options.maxEventsPerTenant ?? 1000;
    this.#maxAgeMs = options.maxAgeMs ?? 24 * 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
    if (!(this.#maxEvents >= 1) || !(this.#maxAgeMs > 0)) {
      throw new CallbridgeError('configuration_error', 'Event log retention must keep at least one event.', {
        hint: 'Set maxEventsPerTenant >= 1 and maxAgeMs > 0.',
      });
    }
  }

  async append(tenantId: string, type: StreamEventType, data: unknown): Promise<StreamEvent> {
    const log = this.#log(tenantId);
    const at = this.#now();
    log.lastId += 1n;
    const id = log.lastId.toString();
    const createdAt = new Date(at).toISOString();
    // The log keeps its own copy of `data`; the caller keeps the object it passed.
    log.events.push({ id, tenantId, type, data: clonePlain(data), createdAt, at });
    this.#prune(log);
    return { id, tenantId, type, data, createdAt };
  }

  async readAfter(tenantId: string, afterId: string, limit = 1000): Promise<ReadAfterResult> {
    const after = parseEventId(afterId);
    const log = this.#tenants.get(tenantId);
    if (!log) return { events: [], truncated: after > 0n };
    this.#prune(log);
    const truncated = after < log.droppedThrough || after > log.lastId;
    const events: StreamEvent[] = [];
    const max = Math.max(0, limit);
    for (let i = log.head; i < log.events.length && events.length < max; i++) {
      const { id, tenantId: owner, type, data, createdAt } = log.events[i] as StreamEvent & { at: number };
      if (BigInt(id) > after) events.push({ id, tenantId: owner, type, data: clonePlain(data), createdAt });
    }
    return { events, truncated };
  }

  async lastId(tenantId: string): Promise<string | null> {
    const log = this.#tenants.get(tenantId);
    return log && log.lastId > 0n ? log.lastId.toString() : null;
  }

  #log(tenantId: string): TenantLog {
    let log = this.#tenants.get(tenantId);
    if (!log) {
      log = { lastId: 0n, droppedThrough: 0n, events: [], head: 0 };
      this.#tenants.set(tenantId, log);
    }
    return log;
  }

  #prune(log: TenantLog): void {
    const oldest = this.#now() - this.#maxAgeMs;
    const { events } = log;
    let drop = log.head + Math.max(0, events.length - log.head - this.#maxEvents);
    while (drop < events.length && (events[drop]?.at ?? 0) < oldest) drop++;
    if (drop === log.head) return;
    const last = events[drop - 1];
    if (last) log.droppedThrough = BigInt(last.id);
    log.head = drop;
    // Cut the dropped entries off once they are at least half of the array: amortized O(1).
    if (log.head * 2 >= events.length) {
      events.splice(0, log.head);
      log.head = 0;
    }
  }
}
