import { CallbridgeError } from '../errors.js';
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
  events: Array<StreamEvent & { at: number }>;
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
    const event = { id: log.lastId.toString(), tenantId, type, data, createdAt: new Date(at).toISOString() };
    log.events.push({ ...structuredClone(event), at });
    this.#prune(log);
    return event;
  }

  async readAfter(tenantId: string, afterId: string, limit = 1000): Promise<ReadAfterResult> {
    const after = parseEventId(afterId);
    const log = this.#tenants.get(tenantId);
    if (!log) return { events: [], truncated: after > 0n };
    this.#prune(log);
    const truncated = after < log.droppedThrough || after > log.lastId;
    const events = log.events
      .filter((event) => BigInt(event.id) > after)
      .slice(0, Math.max(0, limit))
      .map(({ at: _at, ...event }) => structuredClone(event));
    return { events, truncated };
  }

  async lastId(tenantId: string): Promise<string | null> {
    const log = this.#tenants.get(tenantId);
    return log && log.lastId > 0n ? log.lastId.toString() : null;
  }

  #log(tenantId: string): TenantLog {
    let log = this.#tenants.get(tenantId);
    if (!log) {
      log = { lastId: 0n, droppedThrough: 0n, events: [] };
      this.#tenants.set(tenantId, log);
    }
    return log;
  }

  #prune(log: TenantLog): void {
    const oldest = this.#now() - this.#maxAgeMs;
    let drop = Math.max(0, log.events.length - this.#maxEvents);
    while (drop < log.events.length && (log.events[drop]?.at ?? 0) < oldest) drop++;
    if (drop === 0) return;
    const last = log.events[drop - 1];
    if (last) log.droppedThrough = BigInt(last.id);
    log.events.splice(0, drop);
  }
}
